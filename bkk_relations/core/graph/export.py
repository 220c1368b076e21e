"""Writing the relationship graph out: slide-ready PNG/SVG/PDF pictures (16:9, title, the
legend beside the graph, notes, the date in the chosen calendar and the source; drawn by
``draw``), GraphML and GEXF for Gephi, and an Excel workbook of nodes, ties and risks with
their metrics.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import networkx as nx
from matplotlib.figure import Figure

from .. import files
from ..dates import BE_OFFSET
from ..excel import writer as excel_writer
from ..places import countries
from ..places.regions import REGION_TH
from ..records import vocab
from .aggregate import is_group
from .draw import (  # noqa: F401 - the drawing's names, as earlier versions exported them
    COLOR_BY,
    COLOR_BY_LABELS,
    EDGE_STYLES,
    FONT_FAMILY,
    KIND_COLOURS,
    DrawnGraph,
    category_label,
    draw_graph,
    draw_legend,
    edge_legend,
    fit_view,
    node_colours,
    node_sizes,
    register_fonts,
    render_legend,
    short_label,
    top_nodes,
)
from .layout import Annotation, Positions
from .model import METRIC_LABELS, Metrics, Risk, kind_label, metric_label, node_label, tie_label

PICTURE_FORMATS = (".png", ".svg", ".pdf")
DATA_FORMATS = (".graphml", ".gexf", ".xlsx")
FORMATS = PICTURE_FORMATS + DATA_FORMATS
SLIDE = (1920 / 144, 1080 / 144)  # inches: a 16:9 slide, 1920 × 1080 pixels at 144 dpi
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
MONTHS_TH = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
             "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]


def long_date(day: _dt.date, lang: str = "en", calendar: str = "gregorian") -> str:
    """``30 November 2026``, ``30 พฤศจิกายน 2569`` (Buddhist Era), as a slide gives a date."""
    year = day.year + BE_OFFSET if calendar == "buddhist" else day.year
    month = (MONTHS_TH if lang == "th" else MONTHS_EN)[day.month - 1]
    return f"{day.day} {month} {year}"


@dataclass
class PictureSpec:
    """What a picture shows besides the graph. ``label_limit`` None names every node of a
    small picture and the most important of a big one (as many as fit); ``sizes`` are marker
    areas when the caller has its own (a grouped view); ``notes`` are lines written under the
    picture (ties left out of a year view); ``source`` the line saying where the data come
    from."""

    title: str = "International relations network"
    subtitle: str = ""
    size_by: str = "degree"
    color_by: str = "kind"
    lang: str = "en"
    label_limit: int | None = None
    annotations: Sequence[Annotation] | dict | None = None
    calendar: str = "gregorian"
    source: str = ""
    notes: tuple[str, ...] = ()
    sizes: dict[str, float] | None = None
    limits: tuple[float, float, float, float] | None = None  # a zoomed part (x0, x1, y0, y1)


def size_note(spec: PictureSpec, metrics: Metrics, g: nx.Graph | None = None) -> str:
    """What the node size shows, one short line per fact: the legend is narrow."""
    th = spec.lang == "th"
    lines = [("ขนาดจุด: " if th else "Node size: ") + metric_label(spec.size_by, spec.lang)]
    if spec.size_by == "betweenness" and not metrics.betweenness_exact:
        lines.append(f"(ค่าประมาณจาก {metrics.betweenness_samples} จุดตัวอย่าง)" if th
                     else f"(approximate, {metrics.betweenness_samples} sampled sources)")
    if g is not None and any(is_group(n) for n in g):
        lines.append("กลุ่ม: จำนวนพันธมิตรในกลุ่ม" if th else "A group: partners in it")
    return "\n".join(lines)


def register_name(path: str, server: bool) -> str:
    """What a picture's source line calls the register: its file's name, or the name of
    the database on the server (``path``: the database's, without a password)."""
    if server:
        from urllib.parse import unquote, urlsplit

        url = urlsplit(path)
        return unquote(url.path.strip("/")) or url.hostname or "PostgreSQL"
    return Path(path).name


def source_line(spec: PictureSpec) -> str:
    th = spec.lang == "th"
    if spec.source:
        return ("ที่มา: " if th else "Source: ") + spec.source
    return "ที่มา: ทะเบียนความสัมพันธ์ระหว่างประเทศ (bkk_relations)" if th else \
        "Source: international relations register (bkk_relations)"


def render_figure(g: nx.Graph, pos: Positions, metrics: Metrics, spec: PictureSpec, *,
                  figsize: tuple[float, float] = SLIDE, today: str | None = None) -> Figure:
    """A slide-ready figure (16:9 by default): title, graph with every name that fits, the
    legend beside it (never over it), notes, the date in the chosen calendar and the
    source."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    register_fonts()
    fig = Figure(figsize=figsize)
    FigureCanvasAgg(fig)
    fig.text(0.02, 0.965, spec.title, fontsize=16, fontweight="bold", fontfamily=FONT_FAMILY,
             va="top")
    if spec.subtitle:
        fig.text(0.02, 0.915, spec.subtitle, fontsize=10, color="#444444",
                 fontfamily=FONT_FAMILY, va="top")
    foot = 0.025 + 0.025 * len(spec.notes)
    ax = fig.add_axes((0.01, foot + 0.035, 0.76, 0.89 - foot - 0.035))
    colours, legend = node_colours(g, spec.color_by, spec.lang)
    sizes = spec.sizes if spec.sizes is not None else node_sizes(
        g, metrics.values(spec.size_by))
    draw_graph(ax, g, pos, sizes=sizes, colours=colours, lang=spec.lang,
               label_limit=spec.label_limit, annotations=spec.annotations,
               limits=spec.limits)
    draw_legend(fig.add_axes((0.79, 0.08, 0.2, 0.8)), g, legend, lang=spec.lang,
                color_by=spec.color_by, size_note=size_note(spec, metrics, g))
    day = today or long_date(_dt.date.today(), spec.lang, spec.calendar)
    th = spec.lang == "th"
    counts = (f"{g.number_of_nodes():,} จุด · {g.number_of_edges():,} ความสัมพันธ์" if th
              else f"{g.number_of_nodes():,} nodes · {g.number_of_edges():,} links")
    footer = f"{'ข้อมูล ณ วันที่' if th else 'Data as of'} {day} · {counts} · {source_line(spec)}"
    for i, note in enumerate(spec.notes):
        fig.text(0.02, 0.02 + 0.025 * (len(spec.notes) - i), note, fontsize=8.5,
                 color="#8a5a00", fontfamily=FONT_FAMILY)
    fig.text(0.02, 0.02, footer, fontsize=8, color="#666666", fontfamily=FONT_FAMILY)
    return fig


def save_picture(fig: Figure, path: str | Path, dpi: int = 200) -> None:
    from matplotlib import rc_context

    big = sum(len(c.get_paths()) for ax in fig.axes for c in ax.collections) > 20000
    for ax in fig.axes:
        for c in ax.collections:
            c.set_rasterized(big)  # keeps huge SVG/PDF files small and quick to open
    with rc_context({"pdf.fonttype": 42, "svg.fonttype": "path"}):
        fig.savefig(str(path), dpi=dpi, metadata=_metadata(Path(path).suffix.lower()))


def _metadata(ext: str) -> dict[str, str] | None:
    if ext == ".pdf":
        return {"Title": "International relations network", "Creator": "bkk_relations"}
    if ext == ".svg":
        return {"Title": "International relations network"}
    return None


# -- data exports ---------------------------------------------------------------------------------
def with_metrics(g: nx.Graph, metrics: Metrics | None, pos: Positions | None) -> nx.Graph:
    """A copy of ``g`` whose nodes also carry their metrics and position."""
    h = g.copy()
    for n, d in h.nodes(data=True):
        if metrics is not None:
            d.update(degree=int(metrics.degree[n]),
                     weighted_degree=float(metrics.weighted_degree[n]),
                     betweenness=float(metrics.betweenness[n]),
                     eigenvector=float(metrics.eigenvector[n]),
                     community=int(metrics.community[n]), component=int(metrics.component[n]))
        if pos is not None and n in pos:
            d.update(x=float(pos[n][0]), y=float(pos[n][1]))
    if metrics is not None:
        h.graph["betweenness"] = metrics.betweenness_note
    return h


def write_graphml(g: nx.Graph, path: str | Path, metrics: Metrics | None = None,
                  pos: Positions | None = None) -> None:
    nx.write_graphml(with_metrics(g, metrics, pos), str(path))


def write_gexf(g: nx.Graph, path: str | Path, metrics: Metrics | None = None,
               pos: Positions | None = None, color_by: str = "kind",
               size_by: str = "degree") -> None:
    """GEXF for Gephi, with each node's position, colour and size in its ``viz`` data."""
    from matplotlib.colors import to_rgb

    h = with_metrics(g, metrics, pos)
    h.graph.pop("betweenness", None)  # GEXF keeps no graph attributes; avoid a warning
    colours, _ = node_colours(g, color_by)
    sizes = node_sizes(g, metrics.values(size_by)) if metrics is not None else {}
    for n, d in h.nodes(data=True):
        r, gr, b = (int(round(255 * c)) for c in to_rgb(colours[n]))
        viz: dict[str, object] = {"color": {"r": r, "g": gr, "b": b, "a": 1.0}}
        if pos is not None and n in pos:
            viz["position"] = {"x": pos[n][0] * 1000, "y": pos[n][1] * 1000, "z": 0.0}
        if n in sizes:
            viz["size"] = math.sqrt(sizes[n])
        d["viz"] = viz
    for _, _, d in h.edges(data=True):  # in GEXF an edge's "type" means its direction
        d["tie_type"], d["tie_types"] = d.pop("type"), d.pop("types")
    nx.write_gexf(h, str(path))


NODE_COLUMNS = [("node", "Node", "จุด"), ("label_en", "Name", "ชื่อภาษาอังกฤษ"),
                ("label_th", "Thai name", "ชื่อภาษาไทย"), ("kind", "Kind", "ลักษณะ"),
                ("country", "Country", "ประเทศ"), ("region", "Region", "ภูมิภาค"),
                ("status", "Status", "สถานะ"), ("sector", "Main sector", "สาขาหลัก"),
                ("degree", *METRIC_LABELS["degree"]),
                ("weighted_degree", *METRIC_LABELS["weighted_degree"]),
                ("betweenness", *METRIC_LABELS["betweenness"]),
                ("eigenvector", *METRIC_LABELS["eigenvector"]),
                ("community", "Community", "กลุ่มย่อย"), ("component", "Component", "ส่วนเชื่อมต่อ")]
EDGE_COLUMNS = [("source", "From", "จาก"), ("source_name", "From (name)", "จาก (ชื่อ)"),
                ("target", "To", "ถึง"), ("target_name", "To (name)", "ถึง (ชื่อ)"),
                ("type", "Main tie type", "ประเภทความสัมพันธ์หลัก"),
                ("types", "Tie types", "ประเภทความสัมพันธ์"),
                ("weight", "Number of ties", "จำนวนความสัมพันธ์"), ("start", "Since", "ตั้งแต่"),
                ("end", "Until", "ถึงปี"), ("status", "Status", "สถานะ"),
                ("agreements", "Agreement ids", "รหัสความตกลง"),
                ("projects", "Project ids", "รหัสโครงการ")]
# The workbook's sheets and its other words, in English and Thai.
_WORDS = {
    "Nodes": "จุด", "Ties": "ความสัมพันธ์", "Risks": "จุดเสี่ยง", "About": "เกี่ยวกับ",
    "Risk": "ความเสี่ยง", "Node": "จุด", "Through": "ผ่าน", "Ties on the link":
    "ความสัมพันธ์บนเส้นเชื่อม", "Nodes cut off": "จำนวนจุดที่ถูกตัดขาด",
    "Cut off (first 50)": "จุดที่ถูกตัดขาด (50 แรก)", "Item": "รายการ", "Value": "ค่า",
    "Title": "ชื่อเรื่อง", "View": "มุมมอง", "Exported": "วันที่ส่งออก",
    "Components": "จำนวนส่วนเชื่อมต่อ", "Communities": "จำนวนกลุ่มย่อย",
    "Modularity": "ค่าความเป็นกลุ่ม (modularity)",
    "Betweenness": "ความเป็นสื่อกลาง", "Degree": "จำนวนความสัมพันธ์",
    "Weighted degree": "ความสัมพันธ์ถ่วงน้ำหนัก", "Eigenvector": "ความสำคัญของเครือข่าย",
    "number of partners a node is tied to": "จำนวนคู่ความร่วมมือที่จุดนั้นเชื่อมโยงอยู่",
    "number of agreements and projects behind those ties":
        "จำนวนความตกลงและโครงการเบื้องหลังความสัมพันธ์เหล่านั้น",
    "1 = the best-connected node's neighbourhood": "1 = จุดที่เชื่อมโยงกับจุดสำคัญมากที่สุด",
    "tie": "ความสัมพันธ์เดียว", "node": "จุดเดียว", "unreachable": "ไม่เชื่อมกับเมืองหลัก",
}
# Measures rounded to what a reader can use (betweenness and eigenvector are shares of 1).
_DECIMALS = {"weighted_degree": 2, "betweenness": 4, "eigenvector": 4}


def _word(text: str, lang: str) -> str:
    return _WORDS.get(text, text) if lang == "th" else text


def _node_cells(h: nx.Graph, n: str, lang: str) -> list[object]:
    """A node's row: its measures rounded; in Thai its kind, country, region, status and
    sector as Thai words (English keeps the codes, as earlier workbooks had them)."""
    d = h.nodes[n]
    row: list[object] = [n]
    for key, *_titles in NODE_COLUMNS[1:]:
        value = d.get(key, "")
        if key in _DECIMALS and isinstance(value, float):
            value = round(value, _DECIMALS[key])
        elif lang == "th" and value and key in _WORDED:
            value = _thai_value(key, str(value))
        row.append(value)
    return row


_WORDED = ("kind", "country", "region", "status", "sector")


def _thai_value(key: str, value: str, statuses: dict | None = None) -> str:
    if key == "kind":
        return kind_label(value, "th")
    if key == "country":
        return countries.name(value, "th") or value
    if key == "region":
        return REGION_TH.get(value, value)
    if key == "status":
        return vocab.label(statuses or vocab.PARTNER_STATUSES, value, "th") or value
    if key == "sector":
        return vocab.label(vocab.SECTORS, value, "th") or value
    return value


_TIE_STATUSES = {**vocab.PROJECT_STATUSES, **vocab.AGREEMENT_STATUSES}


def write_excel(g: nx.Graph, path: str | Path, metrics: Metrics, risks: Sequence[Risk] = (),
                *, title: str = "International relations network", subtitle: str = "",
                lang: str = "en", calendar: str = "gregorian") -> None:
    """A workbook: Nodes (with metrics, ranked by betweenness), Ties, Risks, About, in
    ``lang`` (sheets, headers and words). Names are written as text, never as formulas or
    links (``excel_writer.write_cell``); each sheet prints as the reports do
    (``excel_writer.print_setup``)."""
    import xlsxwriter

    th = lang == "th"
    col = 2 if th else 1
    h = with_metrics(g, metrics, None)
    wb = xlsxwriter.Workbook(str(path), excel_writer.workbook_options())
    try:
        bold = wb.add_format({"bold": True, "bg_color": "#dde7f0", "border": 1,
                              "text_wrap": True, "valign": "top"})
        cell = {"text_wrap": True, "valign": "top"}
        styles = (bold, wb.add_format({**cell, "quote_prefix": True}), wb.add_format(cell),
                  f"{title} — {subtitle}" if subtitle else title, lang,
                  wb.add_format({"bottom": 1, "bottom_color": "#BFBFBF"}))
        nodes = sorted(h, key=lambda n: (-metrics.betweenness[n], -metrics.degree[n], n))
        rows = [_node_cells(h, n, lang) for n in nodes]
        _sheet(wb, _word("Nodes", lang), [c[col] for c in NODE_COLUMNS], rows, styles,
               key_columns=2)
        erows = []
        for a, b, d in h.edges(data=True):
            status = str(d["status"] or "")
            erows.append([a, node_label(h, a, lang), b, node_label(h, b, lang),
                          tie_label(str(d["type"]), lang),
                          ", ".join(tie_label(t, lang) for t in str(d["types"]).split(",")),
                          d["weight"], d["start"] or "", d["end"] or "",
                          _thai_value("status", status, _TIE_STATUSES) if th and status else status,
                          d["agreements"], d["projects"]])
        _sheet(wb, _word("Ties", lang), [c[col] for c in EDGE_COLUMNS], erows, styles,
               key_columns=2)
        rrows = [[_word(r.kind, lang), node_label(h, r.node, lang),
                  node_label(h, r.via, lang) if r.via else "", r.ties, len(r.cut_off),
                  "; ".join(node_label(h, n, lang) for n in r.cut_off[:50])]
                 for r in risks]
        _sheet(wb, _word("Risks", lang), [_word(t, lang) for t in (
            "Risk", "Node", "Through", "Ties on the link", "Nodes cut off",
            "Cut off (first 50)")], rrows, styles)
        today = _dt.date.today()
        about = [["Title", title], ["View", subtitle],
                 ["Exported", long_date(today, lang, calendar) if th else today.isoformat()],
                 ["Nodes", h.number_of_nodes()], ["Ties", h.number_of_edges()],
                 ["Components", metrics.components], ["Communities", metrics.communities],
                 ["Modularity", round(metrics.modularity, 4)],
                 ["Betweenness", metrics.betweenness_note if not th else
                  _betweenness_th(metrics)],
                 ["Degree", _word("number of partners a node is tied to", lang)],
                 ["Weighted degree",
                  _word("number of agreements and projects behind those ties", lang)],
                 ["Eigenvector", _word("1 = the best-connected node's neighbourhood", lang)]]
        about = [[_word(k, lang), v] for k, v in about]
        _sheet(wb, _word("About", lang), [_word("Item", lang), _word("Value", lang)], about,
               styles)
    finally:
        wb.close()


def _betweenness_th(metrics: Metrics) -> str:
    if metrics.betweenness_exact:
        return "ค่าที่คำนวณครบทุกจุด"
    return f"ค่าประมาณจาก {metrics.betweenness_samples} จุดตัวอย่าง"


def _sheet(wb, name: str, header: list[str], rows: list[list], styles: tuple,
           key_columns: int = 1) -> None:
    bold, quoted, plain, title, lang, rule = styles
    ws = wb.add_worksheet(name)
    for c, text in enumerate(header):
        ws.write_string(0, c, text, bold)
    wanted = [excel_writer.header_width(h) for h in header]
    for row in rows:
        for c, v in enumerate(row):
            wanted[c] = max(wanted[c], excel_writer.text_width(str(v)) + 2)
    widths = excel_writer.column_widths(
        [excel_writer.OutColumn(h) for h in header], wanted)
    ws.set_row(0, excel_writer.row_height(max(excel_writer.wrapped_lines(h, w * 0.9)
                                              for h, w in zip(header, widths, strict=True)),
                                          False))
    for r, row in enumerate(rows, start=1):
        lines, thai = 1, False
        for c, v in enumerate(row):
            excel_writer.write_cell(ws, r, c, v, plain, quoted=quoted)
            if isinstance(v, str):
                thai = thai or excel_writer.is_thai(v)  # a Thai line is taller, even alone
                if len(v) > widths[c] - 2:
                    lines = max(lines, excel_writer.wrapped_lines(v, widths[c]))
        if lines > 1 or thai:
            ws.set_row(r, excel_writer.row_height(lines, thai))
    for c, w in enumerate(widths):
        ws.set_column(c, c, w)
    excel_writer.print_setup(ws, widths, title=title, language=lang, head_row=0,
                             key_columns=key_columns, last_row=max(len(rows), 1))
    excel_writer.row_rules(ws, rule, 1, len(rows), len(header))
    ws.freeze_panes(1, 0)
    if rows:
        ws.autofilter(0, 0, len(rows), len(header) - 1)


# What XML 1.0 cannot hold (control characters but tab, newline and carriage return; U+FFFE,
# U+FFFF): a name from an old file or an import may have one, and GraphML, GEXF, SVG and the
# workbook are XML. Exports write U+FFFD (the replacement character) in its place and say how
# many names were changed.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def xml_text(text: str) -> str:
    return _NOT_XML.sub(REPLACEMENT, text)


def xml_safe(g: nx.Graph) -> tuple[nx.Graph, int]:
    """A copy of ``g`` whose texts XML can hold, and how many texts had to change."""
    h = g.copy()
    changed = 0
    for d in [h.graph, *(d for _, d in h.nodes(data=True)),
              *(d for _, _, d in h.edges(data=True))]:
        for key, value in d.items():
            if isinstance(value, str) and _NOT_XML.search(value):
                d[key] = xml_text(value)
                changed += 1
    return h, changed


def export_graph(path: str | Path, g: nx.Graph, pos: Positions, metrics: Metrics,
                 spec: PictureSpec, *, dpi: int = 200, risks: Sequence[Risk] = (),
                 today: str | None = None) -> int:
    """Write ``g`` in the format named by the file extension (FORMATS); return how many
    names (labels, acronyms, any text attribute) held characters the format cannot hold,
    which were written as U+FFFD."""
    ext = Path(path).suffix.lower()
    if ext not in FORMATS:
        raise ValueError(f"Cannot write '{ext or path}'; use one of {', '.join(FORMATS)}.")
    g, changed = xml_safe(g)
    spec = replace(spec, title=xml_text(spec.title), subtitle=xml_text(spec.subtitle))
    with files.replacing(path) as tmp:  # complete or not at all, never over a database
        if ext in PICTURE_FORMATS:
            save_picture(render_figure(g, pos, metrics, spec, today=today), tmp, dpi=dpi)
        elif ext == ".graphml":
            write_graphml(g, tmp, metrics, pos)
        elif ext == ".gexf":
            write_gexf(g, tmp, metrics, pos, spec.color_by, spec.size_by)
        else:
            write_excel(g, tmp, metrics, risks, title=spec.title, subtitle=spec.subtitle,
                        lang=spec.lang, calendar=spec.calendar)
    return changed
