"""Drawing the relationship graph with matplotlib (the same code draws the screen and the
exported pictures) and writing it out: PNG/SVG/PDF with title, legend and date, GraphML and
GEXF for Gephi, and an Excel workbook of nodes, ties and risks with their metrics.

No Qt here: pictures are drawn on matplotlib's Agg canvas with the bundled Noto fonts, so
Thai names render on a machine without Thai fonts.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import networkx as nx
import numpy as np
from matplotlib import patheffects
from matplotlib.collections import LineCollection, PathCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.text import Text

from ...resources import resource
from .. import files
from ..excel import writer as excel_writer
from ..places.regions import REGION_TH, REGIONS
from ..records import vocab
from .layout import Positions
from .model import (
    ENDED,
    HOME,
    NOT_YET,
    TIE_TYPES,
    Metrics,
    Risk,
    kind_label,
    metric_label,
    node_label,
    tie_label,
)

FONT_FAMILY = ["Noto Sans", "Noto Sans Thai", "DejaVu Sans"]
PICTURE_FORMATS = (".png", ".svg", ".pdf")
DATA_FORMATS = (".graphml", ".gexf", ".xlsx")
FORMATS = PICTURE_FORMATS + DATA_FORMATS
COLOR_BY = ["kind", "region", "sector"]
COLOR_BY_LABELS = {"kind": ("Kind", "ประเภท"), "region": ("Region", "ภูมิภาค"),
                   "sector": ("Main sector", "สาขาหลัก")}
KIND_COLOURS = {"home": "#c0392b", "city": "#2f6f9f", "organisation": "#e39b2d",
                "project": "#5e9f3f", "unit": "#8e6bb0"}
PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
           "#17becf", "#bcbd22", "#7f7f7f", "#aec7e8", "#ffbb78", "#98df8a", "#ff9896",
           "#c5b0d5", "#c49c94", "#f7b6d2", "#9edae5", "#dbdb8d", "#393b79"]
NO_VALUE = "#bdbdbd"
# Tie type -> (colour, line style, width): strong ties solid, networks dashed, projects dotted.
EDGE_STYLES: dict[str, tuple[str, str, float]] = {
    "sister_city": ("#c0392b", "solid", 1.6), "friendship_city": ("#e67e22", "solid", 1.4),
    "membership": ("#2f6f9f", "dashed", 1.3), "network_member": ("#5dade2", "dashed", 1.0),
    "mou": ("#27ae60", "dashdot", 1.3), "cooperation": ("#16a085", "dashdot", 1.2),
    "letter_of_intent": ("#7f8c8d", "dotted", 1.2), "project": ("#8e44ad", "dotted", 1.3),
    "co_project": ("#af7ac5", "dotted", 1.0), "lead_unit": ("#9e9e9e", "dotted", 0.9),
    "unit_of": ("#c8c8c8", "solid", 0.8),
}
DASHED_EDGES = 1500
_fonts_registered = False


def register_fonts() -> None:
    """Make the bundled fonts known to matplotlib (once)."""
    global _fonts_registered
    if _fonts_registered:
        return
    from matplotlib import font_manager

    for file in sorted(resource("fonts").glob("*.ttf")):
        font_manager.fontManager.addfont(str(file))
    _fonts_registered = True


# -- style -----------------------------------------------------------------------------------------
def _category(g: nx.Graph, node: str, color_by: str) -> str:
    d = g.nodes[node]
    if node == HOME or color_by == "kind":
        return str(d["kind"])
    return str(d.get(color_by) or "")


def category_label(value: str, color_by: str, lang: str = "en") -> str:
    if value == "home":
        return kind_label("home", lang)
    if color_by == "kind":
        return kind_label(value, lang)
    if not value:
        return "ไม่ระบุ" if lang == "th" else "None"
    if color_by == "region":
        return REGION_TH.get(value, value) if lang == "th" else value
    return vocab.label(vocab.SECTORS, value, lang)


def _palette_for(color_by: str) -> dict[str, str]:
    if color_by == "kind":
        return dict(KIND_COLOURS)
    keys = REGIONS if color_by == "region" else list(vocab.SECTORS)
    out = {k: PALETTE[i % len(PALETTE)] for i, k in enumerate(keys)}
    out.update({"home": KIND_COLOURS["home"], "": NO_VALUE})
    return out


def node_colours(g: nx.Graph, color_by: str = "kind", lang: str = "en"
                 ) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """A colour per node and the legend entries (label, colour) for the values present."""
    if color_by not in COLOR_BY:
        raise ValueError(f"Colour by one of {', '.join(COLOR_BY)}, not '{color_by}'.")
    palette = _palette_for(color_by)
    cats = {n: _category(g, n, color_by) for n in g}
    colours = {n: palette.get(c, NO_VALUE) for n, c in cats.items()}
    present = set(cats.values())
    order = [k for k in palette if k in present] + sorted(present - set(palette))
    return colours, [(category_label(c, color_by, lang), palette.get(c, NO_VALUE))
                     for c in order]


def node_sizes(g: nx.Graph, values: dict[str, float]) -> dict[str, float]:
    """Marker areas (points²) growing with the square root of the metric; smaller markers
    for bigger graphs so the picture does not turn into one blot."""
    n = max(1, g.number_of_nodes())
    biggest = 900.0 if n <= 100 else 500.0 if n <= 1000 else 220.0 if n <= 5000 else 90.0
    smallest = max(4.0, biggest * 0.05)
    top = max((abs(values.get(v, 0.0)) for v in g), default=0.0) or 1.0
    return {v: smallest + (biggest - smallest) * math.sqrt(abs(values.get(v, 0.0)) / top)
            for v in g}


def dashed(g: nx.Graph) -> bool:
    """Whether ties are told apart by dashes as well as colour: dashing thousands of long
    lines costs more than half the redraw time, so big graphs use colour alone."""
    return g.number_of_edges() <= DASHED_EDGES


def edge_legend(g: nx.Graph, lang: str = "en") -> list[tuple[str, str, str]]:
    present = {t for _, _, t in g.edges(data="type")}
    dashes = dashed(g)
    out = []
    for t in TIE_TYPES + sorted(present - set(TIE_TYPES)):
        if t in present:
            colour, style, _ = EDGE_STYLES.get(t, ("#999999", "solid", 1.0))
            out.append((tie_label(t, lang), colour, style if dashes else "solid"))
    return out


# -- drawing ---------------------------------------------------------------------------------------
@dataclass
class DrawnGraph:
    """The artists of one drawing, kept so the view can hit-test, relabel and move nodes."""

    nodes: list[str]
    xy: np.ndarray
    sizes: np.ndarray
    nodes_artist: PathCollection | None = None
    edge_artists: dict[str, LineCollection] = field(default_factory=dict)
    edge_nodes: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    labels: dict[str, Text] = field(default_factory=dict)
    index: dict[str, int] = field(default_factory=dict)


def draw_graph(ax, g: nx.Graph, pos: Positions, *, sizes: dict[str, float],
               colours: dict[str, str], lang: str = "en", label_limit: int = 25,
               annotations: dict[str, tuple[float, float]] | None = None) -> DrawnGraph:
    """Draw ``g`` on ``ax``: one line collection per tie type (ended ties faded), one scatter
    of nodes, names for the ``label_limit`` largest nodes. Returns the artists."""
    register_fonts()
    nodes = [n for n in g if n in pos]
    index = {n: i for i, n in enumerate(nodes)}
    xy = np.array([pos[n] for n in nodes], dtype=float).reshape(-1, 2)
    size = np.array([sizes.get(n, 20.0) for n in nodes], dtype=float)
    drawn = DrawnGraph(nodes, xy, size, index=index)
    m = g.number_of_edges()
    alpha = 0.9 if m < 300 else 0.55 if m < 3000 else 0.3 if m < 20000 else 0.15
    thin = 1.0 if m < 1000 else 0.6 if m < 10000 else 0.4
    by_type: dict[str, list[tuple[int, int, bool]]] = {}
    for a, b, d in g.edges(data=True):
        if a in index and b in index:
            faded = d.get("status") in ENDED or d.get("status") in NOT_YET
            by_type.setdefault(str(d["type"]), []).append((index[a], index[b], faded))
    dashes = dashed(g)
    for tie in sorted(by_type, key=lambda t: -TIE_TYPES.index(t) if t in TIE_TYPES else -99):
        colour, style, width = EDGE_STYLES.get(tie, ("#999999", "solid", 1.0))
        style = style if dashes else "solid"
        pairs = by_type[tie]
        segs = np.stack([xy[[i for i, _, _ in pairs]], xy[[j for _, j, _ in pairs]]], axis=1)
        rgba = np.tile(_rgba(colour, alpha), (len(pairs), 1))
        rgba[[f for _, _, f in pairs], 3] *= 0.3
        lc = LineCollection(segs, colors=rgba, linewidths=width * thin, linestyles=style,
                            zorder=1)
        ax.add_collection(lc)
        drawn.edge_artists[tie] = lc
        drawn.edge_nodes[tie] = [(i, j) for i, j, _ in pairs]
    if nodes:
        drawn.nodes_artist = ax.scatter(
            xy[:, 0], xy[:, 1], s=size, c=[colours.get(n, NO_VALUE) for n in nodes],
            edgecolors="white", linewidths=0.6 if len(nodes) <= 500 else 0.0, zorder=2)
    for region, (x, y) in (annotations or {}).items():
        ax.text(x, y, category_label(region, "region", lang), ha="center", va="bottom",
                fontsize=9, color="#555555", fontfamily=FONT_FAMILY, style="italic", zorder=3)
    for n in top_nodes(drawn, label_limit):
        add_label(ax, drawn, g, n, lang)
    fit_view(ax, xy)
    ax.set_aspect("equal", adjustable="datalim")
    ax.set_axis_off()
    return drawn


def _rgba(colour: str, alpha: float) -> np.ndarray:
    from matplotlib.colors import to_rgba

    return np.array(to_rgba(colour, alpha))


def fit_view(ax, xy: np.ndarray) -> None:
    """Show all of ``xy`` (with a margin) on ``ax``, equal aspect."""
    # Data limits plus autoscale (not set_xlim/set_ylim), so the equal aspect can widen
    # whichever side the axes' shape needs without matplotlib complaining.
    ax.dataLim.set_points(np.array([[-1.0, -1.0], [1.0, 1.0]]))
    if len(xy):
        lo, hi = xy.min(axis=0), xy.max(axis=0)
        pad = max(0.08, float(max(hi - lo)) * 0.06)
        # names are written to the right of the nodes: leave them room on that side
        ax.dataLim.set_points(np.array([lo - pad, hi + pad * np.array([3.0, 1.0])]))
    ax.ignore_existing_data_limits = False
    ax.set_autoscale_on(True)  # set_xlim (a zoom) turned it off
    ax.set_xmargin(0)
    ax.set_ymargin(0)
    ax.autoscale_view()


def top_nodes(drawn: DrawnGraph, limit: int, within: tuple[float, float, float, float]
              | None = None) -> list[str]:
    """The ``limit`` largest nodes (optionally only those inside x0, x1, y0, y1)."""
    idx = np.arange(len(drawn.nodes))
    if within is not None and len(idx):
        x0, x1, y0, y1 = within
        x, y = drawn.xy[:, 0], drawn.xy[:, 1]
        idx = idx[(x >= x0) & (x <= x1) & (y >= y0) & (y <= y1)]
    order = idx[np.argsort(-drawn.sizes[idx], kind="stable")][:max(0, limit)]
    return [drawn.nodes[i] for i in order]


def short_label(g: nx.Graph, node: str, lang: str = "en", limit: int = 30) -> str:
    """A name that fits beside a marker: the acronym of a long name, or the name cut short."""
    text = node_label(g, node, lang)
    if len(text) <= limit:
        return text
    acronym = str(g.nodes[node].get("acronym") or "")
    return acronym if acronym else text[:limit - 1].rstrip() + "…"


def add_label(ax, drawn: DrawnGraph, g: nx.Graph, node: str, lang: str) -> Text:
    i = drawn.index[node]
    x, y = drawn.xy[i]
    offset = math.sqrt(drawn.sizes[i]) / 2 + 2  # points: just beside the marker
    big = node == HOME
    text = ax.annotate(short_label(g, node, lang), (x, y), xytext=(offset, offset * 0.3),
                       textcoords="offset points", fontsize=9 if big else 7.5,
                       fontweight="bold" if big else "normal", fontfamily=FONT_FAMILY,
                       color="#222222", zorder=4, annotation_clip=True)
    text.set_path_effects([patheffects.withStroke(linewidth=2.5, foreground="white")])
    drawn.labels[node] = text
    return text


def draw_legend(ax, g: nx.Graph, colour_legend: Sequence[tuple[str, str]], *, lang: str,
                color_by: str, size_note: str) -> None:
    """One legend on ``ax`` (an empty axes beside the graph), top down: node colours, tie
    styles, and what the node size shows."""
    register_fonts()
    ax.set_axis_off()
    font = {"family": FONT_FAMILY, "size": 8}
    title_font = {"family": FONT_FAMILY, "size": 9, "weight": "bold"}
    blank = Line2D([], [], linestyle="", marker="")
    handles = [Line2D([], [], marker="o", linestyle="", markersize=7, markerfacecolor=c,
                      markeredgecolor="white") for _, c in colour_legend]
    texts = [label for label, _ in colour_legend]
    ties = edge_legend(g, lang)
    headers = []
    if ties:
        headers.append(len(texts) + 1)
        handles += [blank, blank]
        texts += ["", "ความสัมพันธ์" if lang == "th" else "Ties"]
        handles += [Line2D([], [], color=c, linestyle=st, linewidth=1.6) for _, c, st in ties]
        texts += [label for label, _, _ in ties]
    handles += [blank, blank]
    texts += ["", size_note]
    legend = ax.legend(handles, texts, loc="upper left", prop=font, frameon=False,
                       borderaxespad=0, handlelength=2.2,
                       title=COLOR_BY_LABELS[color_by][1 if lang == "th" else 0],
                       title_fontproperties=title_font, alignment="left")
    for i in headers:
        legend.get_texts()[i].set_fontweight("bold")
        legend.get_texts()[i].set_fontsize(9)
    legend.get_texts()[-1].set_color("#555555")


def render_legend(g: nx.Graph, colour_legend: Sequence[tuple[str, str]], *, lang: str,
                  color_by: str, size_note: str, width: float = 2.6, dpi: float = 100
                  ) -> Figure:
    """The legend alone, sized to its entries (the view shows it beside the graph, so
    panning and zooming never redraw it)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    fig = Figure(figsize=(width, 8), dpi=dpi)
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0.03, 0.0, 0.95, 0.99))
    draw_legend(ax, g, colour_legend, lang=lang, color_by=color_by, size_note=size_note)
    # Shrink the figure to the legend's height, measured once it is laid out.
    box = ax.get_legend().get_window_extent(fig.canvas.get_renderer())
    height = box.height / dpi + 0.15
    fig.set_size_inches(width, height)
    ax.set_position((0.03, 0.0, 0.95, 1 - 0.06 / height))
    return fig


@dataclass
class PictureSpec:
    """What a picture shows besides the graph."""

    title: str = "International relations network"
    subtitle: str = ""
    size_by: str = "degree"
    color_by: str = "kind"
    lang: str = "en"
    label_limit: int = 30
    annotations: dict[str, tuple[float, float]] | None = None


def size_note(spec: PictureSpec, metrics: Metrics) -> str:
    th = spec.lang == "th"
    note = ("ขนาดจุด: " if th else "Node size: ") + metric_label(spec.size_by, spec.lang)
    if spec.size_by == "betweenness" and not metrics.betweenness_exact:
        note += (f" (ค่าประมาณจาก {metrics.betweenness_samples} จุดตัวอย่าง)" if th
                 else f" (approximate, {metrics.betweenness_samples} sampled sources)")
    return note


def render_figure(g: nx.Graph, pos: Positions, metrics: Metrics, spec: PictureSpec, *,
                  figsize: tuple[float, float] = (13.33, 7.5), today: str | None = None
                  ) -> Figure:
    """A slide-ready figure (16:9 by default): title, graph, legend, date and notes."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    register_fonts()
    fig = Figure(figsize=figsize)
    FigureCanvasAgg(fig)
    fig.text(0.02, 0.965, spec.title, fontsize=16, fontweight="bold", fontfamily=FONT_FAMILY,
             va="top")
    if spec.subtitle:
        fig.text(0.02, 0.915, spec.subtitle, fontsize=10, color="#444444",
                 fontfamily=FONT_FAMILY, va="top")
    ax = fig.add_axes((0.01, 0.06, 0.76, 0.83))
    colours, legend = node_colours(g, spec.color_by, spec.lang)
    sizes = node_sizes(g, metrics.values(spec.size_by))
    draw_graph(ax, g, pos, sizes=sizes, colours=colours, lang=spec.lang,
               label_limit=spec.label_limit, annotations=spec.annotations)
    draw_legend(fig.add_axes((0.79, 0.08, 0.2, 0.8)), g, legend, lang=spec.lang,
                color_by=spec.color_by, size_note=size_note(spec, metrics))
    day = today or _dt.date.today().isoformat()
    th = spec.lang == "th"
    counts = (f"{g.number_of_nodes():,} จุด · {g.number_of_edges():,} ความสัมพันธ์" if th
              else f"{g.number_of_nodes():,} nodes · {g.number_of_edges():,} links")
    footer = f"{'ข้อมูล ณ วันที่' if th else 'Data as of'} {day} · {counts} · bkk_relations"
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


NODE_COLUMNS = [("node", "Node"), ("label_en", "Name"), ("label_th", "Thai name"),
                ("kind", "Kind"), ("country", "Country"), ("region", "Region"),
                ("status", "Status"), ("sector", "Main sector"), ("degree", "Ties (degree)"),
                ("weighted_degree", "Weighted degree"), ("betweenness", "Betweenness"),
                ("eigenvector", "Eigenvector centrality"), ("community", "Community"),
                ("component", "Component")]
EDGE_COLUMNS = [("source", "From"), ("source_name", "From (name)"), ("target", "To"),
                ("target_name", "To (name)"), ("type", "Main tie type"), ("types", "Tie types"),
                ("weight", "Number of ties"), ("start", "Since"), ("end", "Until"),
                ("status", "Status"), ("agreements", "Agreement ids"),
                ("projects", "Project ids")]


def write_excel(g: nx.Graph, path: str | Path, metrics: Metrics, risks: Sequence[Risk] = (),
                *, title: str = "International relations network", subtitle: str = "",
                lang: str = "en") -> None:
    """A workbook: Nodes (with metrics, ranked by betweenness), Ties, Risks, About. Names
    are written as text, never as formulas or links (``excel_writer.write_cell``)."""
    import xlsxwriter

    h = with_metrics(g, metrics, None)
    wb = xlsxwriter.Workbook(str(path), excel_writer.SAFE_OPTIONS)
    try:
        bold = wb.add_format({"bold": True, "bg_color": "#dde7f0", "border": 1})
        styles = (bold, wb.add_format({"quote_prefix": True}))
        nodes = sorted(h, key=lambda n: (-metrics.betweenness[n], -metrics.degree[n], n))
        rows = [[n, *(h.nodes[n].get(k, "") for k, _ in NODE_COLUMNS[1:])] for n in nodes]
        _sheet(wb, "Nodes", [t for _, t in NODE_COLUMNS], rows, styles)
        erows = []
        for a, b, d in h.edges(data=True):
            erows.append([a, node_label(h, a), b, node_label(h, b), tie_label(str(d["type"])),
                          ", ".join(tie_label(t) for t in str(d["types"]).split(",")),
                          d["weight"], d["start"] or "", d["end"] or "", d["status"],
                          d["agreements"], d["projects"]])
        _sheet(wb, "Ties", [t for _, t in EDGE_COLUMNS], erows, styles)
        rrows = [[r.kind, node_label(h, r.node), node_label(h, r.via) if r.via else "",
                  r.ties, len(r.cut_off), "; ".join(node_label(h, n) for n in r.cut_off[:50])]
                 for r in risks]
        _sheet(wb, "Risks", ["Risk", "Node", "Through", "Ties on the link", "Nodes cut off",
                             "Cut off (first 50)"], rrows, styles)
        about = [["Title", title], ["View", subtitle], ["Exported", _dt.date.today().isoformat()],
                 ["Nodes", h.number_of_nodes()], ["Ties", h.number_of_edges()],
                 ["Components", metrics.components], ["Communities", metrics.communities],
                 ["Modularity", round(metrics.modularity, 4)],
                 ["Betweenness", metrics.betweenness_note],
                 ["Degree", "number of partners a node is tied to"],
                 ["Weighted degree", "number of agreements and projects behind those ties"],
                 ["Eigenvector", "1 = the best-connected node's neighbourhood"]]
        _sheet(wb, "About", ["Item", "Value"], about, styles)
    finally:
        wb.close()


def _sheet(wb, name: str, header: list[str], rows: list[list], styles: tuple) -> None:
    bold, quoted = styles
    ws = wb.add_worksheet(name)
    for c, text in enumerate(header):
        ws.write_string(0, c, text, bold)
    widths = [len(h) + 2 for h in header]
    for r, row in enumerate(rows, start=1):
        for c, v in enumerate(row):
            excel_writer.write_cell(ws, r, c, v, quoted=quoted)
            widths[c] = min(60, max(widths[c], len(str(v)) + 2))
    for c, w in enumerate(widths):
        ws.set_column(c, c, w)
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
                 spec: PictureSpec, *, dpi: int = 200, risks: Sequence[Risk] = ()) -> int:
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
            save_picture(render_figure(g, pos, metrics, spec), tmp, dpi=dpi)
        elif ext == ".graphml":
            write_graphml(g, tmp, metrics, pos)
        elif ext == ".gexf":
            write_gexf(g, tmp, metrics, pos, spec.color_by, spec.size_by)
        else:
            write_excel(g, tmp, metrics, risks, title=spec.title, subtitle=spec.subtitle,
                        lang=spec.lang)
    return changed
