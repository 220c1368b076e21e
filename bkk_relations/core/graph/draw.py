"""Drawing the relationship graph with matplotlib: colours and sizes, ties by type, nodes,
names placed so they never collide, the legend, and framing the picture so nothing is cut
off. The window and the exported pictures draw with the same code.

No Qt here: pictures are drawn on matplotlib's Agg canvas with the bundled Noto fonts, so
Thai names render on a machine without Thai fonts.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

import networkx as nx
import numpy as np
from matplotlib import patheffects
from matplotlib.collections import LineCollection, PathCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.text import Text

from ...resources import resource
from ..places.regions import REGION_TH, REGIONS
from ..records import vocab
from .aggregate import is_group
from .labels import Box, LabelRequest, Placement, place_labels
from .layout import Annotation, Positions
from .model import ENDED, HOME, NOT_YET, TIE_TYPES, kind_label, node_label, tie_label

FONT_FAMILY = ["Noto Sans", "Noto Sans Thai", "DejaVu Sans"]
COLOR_BY = ["kind", "region", "sector", "goal"]
COLOR_BY_LABELS = {"kind": ("Kind", "ประเภท"), "region": ("Region", "ภูมิภาค"),
                   "sector": ("Main sector", "สาขาหลัก"), "goal": ("Main goal", "เป้าหมายหลัก")}
KIND_COLOURS = {"home": "#c0392b", "city": "#2f6f9f", "organisation": "#e39b2d",
                "project": "#5e9f3f", "unit": "#8e6bb0", "group": "#6c7a89"}
# Colours of regions and sectors; no red, which is the home city's.
PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2",
           "#17becf", "#bcbd22", "#7f7f7f", "#aec7e8", "#ffbb78", "#98df8a", "#ff9896",
           "#c5b0d5", "#c49c94", "#f7b6d2", "#9edae5", "#dbdb8d", "#393b79"]
NO_VALUE = "#bdbdbd"
LineStyle = Literal["solid", "dashed", "dashdot", "dotted"]  # as matplotlib names them
# Tie type -> (colour, line style, width): strong ties solid, networks dashed, projects dotted.
EDGE_STYLES: dict[str, tuple[str, LineStyle, float]] = {
    "sister_city": ("#c0392b", "solid", 1.6), "friendship_city": ("#e67e22", "solid", 1.4),
    "membership": ("#2f6f9f", "dashed", 1.3), "network_member": ("#5dade2", "dashed", 1.0),
    "mou": ("#27ae60", "dashdot", 1.3), "cooperation": ("#16a085", "dashdot", 1.2),
    "letter_of_intent": ("#7f8c8d", "dotted", 1.2), "project": ("#8e44ad", "dotted", 1.3),
    "co_project": ("#af7ac5", "dotted", 1.0), "lead_unit": ("#9e9e9e", "dotted", 0.9),
    "unit_of": ("#c8c8c8", "solid", 0.8),
}
DASHED_EDGES = 1500
BINNED_NODES = 2000  # above this, nodes are drawn by size class (much faster to redraw)
LABEL_FONT = 7.5  # points
HOME_FONT = 9.0
ANNOTATION_FONT = 9.0
LABEL_ALL_NODES = 150  # pictures of up to this many nodes try to name every node
LABEL_CANDIDATES = 60  # bigger pictures try to name this many of the most important
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
    keys = (REGIONS if color_by == "region" else list(vocab.SECTORS) if color_by == "sector"
            else [])
    out = {k: PALETTE[i % len(PALETTE)] for i, k in enumerate(keys)}
    out.update({"home": KIND_COLOURS["home"], "": NO_VALUE})
    return out


def node_colours(g: nx.Graph, color_by: str = "kind", lang: str = "en"
                 ) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """A colour per node and the legend entries (label, colour) for the values present."""
    if color_by not in COLOR_BY:
        raise ValueError(f"Colour by one of {', '.join(COLOR_BY)}, not '{color_by}'.")
    cats = {n: _category(g, n, color_by) for n in g}
    if color_by == "goal":  # the goals present, in a colour each (goal ids as keys)
        palette = _palette_for("goal")
        found = sorted({c for c in cats.values() if c.isdigit()}, key=int)
        palette.update({c: PALETTE[i % len(PALETTE)] for i, c in enumerate(found)})
    else:
        palette = _palette_for(color_by)
    colours = {n: palette.get(c, NO_VALUE) for n, c in cats.items()}
    present = set(cats.values())
    order = [k for k in palette if k in present] + sorted(present - set(palette))
    names = {str(d["goal"]): d.get("goal_th" if lang == "th" else "goal_en", d["goal"])
             for _, d in g.nodes(data=True) if "goal" in d} if color_by == "goal" else {}

    def shown(c: str) -> str:
        return names[c] if c in names else category_label(c, color_by, lang)

    return colours, [(shown(c), palette.get(c, NO_VALUE)) for c in order]


def size_range(n: int) -> tuple[float, float]:
    """(biggest, smallest) marker area in points² for a picture of ``n`` nodes."""
    biggest = 900.0 if n <= 100 else 500.0 if n <= 1000 else 220.0 if n <= 5000 else 90.0
    return biggest, max(4.0, biggest * 0.05)


def node_sizes(g: nx.Graph, values: dict[str, float]) -> dict[str, float]:
    """Marker areas (points²) growing with the square root of the metric; smaller markers
    for bigger graphs so the picture does not turn into one blot."""
    biggest, smallest = size_range(max(1, g.number_of_nodes()))
    top = max((abs(values.get(v, 0.0)) for v in g), default=0.0) or 1.0
    return {v: smallest + (biggest - smallest) * math.sqrt(abs(values.get(v, 0.0)) / top)
            for v in g}


def dashed(g: nx.Graph) -> bool:
    """Whether ties are told apart by dashes as well as colour: dashing thousands of long
    lines costs more than half the redraw time, so big graphs use colour alone."""
    return g.number_of_edges() <= DASHED_EDGES


def edge_legend(g: nx.Graph, lang: str = "en") -> list[tuple[str, str, LineStyle]]:
    present = {t for _, _, t in g.edges(data="type")}
    dashes = dashed(g)
    out: list[tuple[str, str, LineStyle]] = []
    for t in TIE_TYPES + sorted(present - set(TIE_TYPES)):
        if t in present:
            colour, style, _ = EDGE_STYLES.get(t, ("#999999", "solid", 1.0))
            out.append((tie_label(t, lang), colour, style if dashes else "solid"))
    return out


def short_label(g: nx.Graph, node: str, lang: str = "en", limit: int = 30) -> str:
    """A name that fits beside a marker: the acronym of a long name, or the name cut short;
    a group's name with how many partners it holds."""
    text = node_label(g, node, lang)
    if is_group(node):
        return f"{text} ({int(g.nodes[node].get('members', 0)):,})"
    if len(text) <= limit:
        return text
    acronym = str(g.nodes[node].get("acronym") or "")
    return acronym if acronym else text[:limit - 1].rstrip() + "…"


# -- ties ----------------------------------------------------------------------------------------
@dataclass
class EdgeSet:
    """The ties of a drawing as plain arrays, one entry per tie type (weakest first, so the
    strongest are drawn on top): what a worker thread needs to draw them on its own."""

    types: list[str]
    segments: list[np.ndarray]  # (k, 2, 2) data coordinates
    colours: list[np.ndarray]  # (k, 4) RGBA, ended ties faded
    widths: list[float]
    styles: list[str]
    pairs: list[list[tuple[int, int]]]  # node indices of each segment's ends


def edge_set(g: nx.Graph, xy: np.ndarray, index: dict[str, int]) -> EdgeSet:
    m = g.number_of_edges()
    alpha = 0.9 if m < 300 else 0.55 if m < 3000 else 0.3 if m < 20000 else 0.15
    thin = 1.0 if m < 1000 else 0.6 if m < 10000 else 0.4
    by_type: dict[str, list[tuple[int, int, bool]]] = {}
    for a, b, d in g.edges(data=True):
        if a in index and b in index:
            status = d.get("status")
            by_type.setdefault(str(d["type"]), []).append(
                (index[a], index[b], status in ENDED or status in NOT_YET))
    dashes = dashed(g)
    out = EdgeSet([], [], [], [], [], [])
    for tie in sorted(by_type, key=lambda t: -TIE_TYPES.index(t) if t in TIE_TYPES else 99):
        colour, style, width = EDGE_STYLES.get(tie, ("#999999", "solid", 1.0))
        rows = by_type[tie]
        ij = np.array([(i, j) for i, j, _ in rows], dtype=int)
        rgba = np.tile(_rgba(colour, alpha), (len(rows), 1))
        rgba[[f for _, _, f in rows], 3] *= 0.3
        out.types.append(tie)
        out.segments.append(np.stack([xy[ij[:, 0]], xy[ij[:, 1]]], axis=1))
        out.colours.append(rgba)
        out.widths.append(width * thin)
        out.styles.append(style if dashes else "solid")
        out.pairs.append([(int(i), int(j)) for i, j in ij])
    return out


def add_edges(ax, edges: EdgeSet) -> dict[str, LineCollection]:
    out = {}
    for tie, segs, rgba, width, style in zip(edges.types, edges.segments, edges.colours,
                                             edges.widths, edges.styles, strict=True):
        # A (k, 2, 2) array is k segments to matplotlib; its stubs only name a Sequence.
        lc = LineCollection(segs, colors=rgba, linewidths=width,  # type: ignore[arg-type]
                            linestyles=style, zorder=1)
        ax.add_collection(lc)
        out[tie] = lc
    return out


def render_edges(edges: EdgeSet, limits: tuple[float, float, float, float], width: int,
                 height: int, dpi: float = 100.0) -> np.ndarray:
    """The ties alone on a transparent picture of width×height pixels showing ``limits``
    (x0, x1, y0, y1): (height, width, 4) RGBA bytes. A figure of its own, so it can be drawn
    in another thread while the window keeps answering."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    fig = Figure(figsize=(max(1, width) / dpi, max(1, height) / dpi), dpi=dpi)
    fig.patch.set_alpha(0.0)
    canvas = FigureCanvasAgg(fig)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_axis_off()
    ax.patch.set_alpha(0.0)
    add_edges(ax, edges)
    ax.set_xlim(limits[0], limits[1])
    ax.set_ylim(limits[2], limits[3])
    canvas.draw()
    return np.asarray(canvas.buffer_rgba()).copy()


def _rgba(colour: str, alpha: float) -> np.ndarray:
    from matplotlib.colors import to_rgba

    return np.array(to_rgba(colour, alpha))


# -- nodes ---------------------------------------------------------------------------------------
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
    # big drawings: one collection per size class and colour, with the nodes each holds
    node_bins: list[tuple[PathCollection, np.ndarray]] = field(default_factory=list)
    edges: EdgeSet | None = None
    placement: Placement | None = None

    def radii_px(self, dpi: float) -> np.ndarray:
        """Each node's radius in pixels at ``dpi``."""
        return np.sqrt(self.sizes) / 2 * dpi / 72


def draw_nodes(ax, drawn: DrawnGraph, colours: list[str]) -> None:
    """One scatter of all nodes; above BINNED_NODES one scatter per size class and colour,
    which matplotlib stamps from one rendered marker instead of drawing each (a redraw of
    20,000 nodes in a tenth of the time)."""
    xy, size = drawn.xy, drawn.sizes
    if not len(xy):
        return
    if len(xy) <= BINNED_NODES:
        drawn.nodes_artist = ax.scatter(
            xy[:, 0], xy[:, 1], s=size, c=colours, edgecolors="white",
            linewidths=0.6 if len(xy) <= 500 else 0.0, zorder=2)
        return
    classes = np.minimum(11, (np.sqrt(size) / np.sqrt(size.max()) * 12).astype(int))
    colour_arr = np.array(colours)
    for c in np.unique(colour_arr):
        for k in np.unique(classes[colour_arr == c]):
            idx = np.flatnonzero((colour_arr == c) & (classes == k))
            art = ax.scatter(xy[idx, 0], xy[idx, 1], s=float(size[idx].mean()), c=str(c),
                             linewidths=0.0, zorder=2)
            drawn.node_bins.append((art, idx))


def move_node(drawn: DrawnGraph, node: str, x: float, y: float) -> None:
    """Move a drawn node (and the ends of its ties) to (x, y)."""
    i = drawn.index[node]
    drawn.xy[i] = (x, y)
    if drawn.nodes_artist is not None:
        drawn.nodes_artist.set_offsets(drawn.xy)
    for art, idx in drawn.node_bins:
        if i in idx:
            art.set_offsets(drawn.xy[idx])
    if drawn.edges is not None:
        for k, pairs in enumerate(drawn.edges.pairs):
            segs = drawn.edges.segments[k]
            for s, (a, b) in enumerate(pairs):
                if a == i:
                    segs[s, 0] = (x, y)
                if b == i:
                    segs[s, 1] = (x, y)


def draw_graph(ax, g: nx.Graph, pos: Positions, *, sizes: dict[str, float],
               colours: dict[str, str], lang: str = "en", label_limit: int | None = None,
               annotations: Sequence[Annotation] | dict | None = None, edges: bool = True,
               fit: bool = True, limits: tuple[float, float, float, float] | None = None
               ) -> DrawnGraph:
    """Draw ``g`` on ``ax``: one line collection per tie type (ended ties faded), the nodes,
    and (``label_limit`` > 0, None for the default) names placed so that none collides;
    ``edges`` False leaves the ties out (the window draws them as a layer of their own);
    ``limits`` (x0, x1, y0, y1) shows that part instead of everything."""
    register_fonts()
    nodes = [n for n in g if n in pos]
    index = {n: i for i, n in enumerate(nodes)}
    xy = np.array([pos[n] for n in nodes], dtype=float).reshape(-1, 2)
    size = np.array([sizes.get(n, 20.0) for n in nodes], dtype=float)
    drawn = DrawnGraph(nodes, xy, size, index=index)
    drawn.edges = edge_set(g, xy, index)
    drawn.edge_nodes = dict(zip(drawn.edges.types, drawn.edges.pairs, strict=True))
    if edges:
        drawn.edge_artists = add_edges(ax, drawn.edges)
    draw_nodes(ax, drawn, [colours.get(n, NO_VALUE) for n in nodes])
    ax.set_axis_off()
    within = None
    if limits is not None:
        show_limits(ax, *limits)
        x0, x1, y0, y1 = ax.get_xlim() + ax.get_ylim()
        within = (x0, x1, y0, y1)
    elif fit:
        fit_view(ax, drawn)
    if label_limit is None or label_limit > 0:
        draw_names(ax, g, drawn, lang, label_order(g, drawn, label_limit, within),
                   _annotations(annotations))
    return drawn


def _annotations(annotations: Sequence[Annotation] | dict | None) -> list[Annotation]:
    if not annotations:
        return []
    if isinstance(annotations, dict):  # {region: (x, y)}, as earlier versions passed them
        return [Annotation(r, REGION_TH.get(r, r), x, y) for r, (x, y) in annotations.items()]
    return list(annotations)


# -- framing -------------------------------------------------------------------------------------
def fit_limits(xy: np.ndarray, radii: np.ndarray, width: float, height: float, *,
               pad: float = 12.0, side_pad: float = 0.0) -> tuple[float, float, float, float]:
    """Limits (x0, x1, y0, y1) showing every node whole (``radii`` in pixels) with ``pad``
    pixels to spare (``side_pad`` more left and right, for names) in a width×height pixel
    area, one scale for both axes."""
    if not len(xy):
        return -1.0, 1.0, -1.0, 1.0
    lo, hi = xy.min(axis=0), xy.max(axis=0)
    span = np.maximum(hi - lo, 1e-9)
    rmax = float(radii.max()) if len(radii) else 0.0
    usable_w = max(10.0, width - 2 * (pad + side_pad + rmax))
    usable_h = max(10.0, height - 2 * (pad + rmax))
    if span[0] <= 1e-6 and span[1] <= 1e-6:
        scale = 100.0
    else:
        scale = min(usable_w / span[0] if span[0] > 1e-6 else math.inf,
                    usable_h / span[1] if span[1] > 1e-6 else math.inf)
    cx, cy = (lo + hi) / 2
    half_w, half_h = width / 2 / scale, height / 2 / scale
    return cx - half_w, cx + half_w, cy - half_h, cy + half_h


def fit_view(ax, drawn: DrawnGraph | np.ndarray) -> None:
    """Frame every node of ``drawn`` whole on ``ax``, one scale for both axes."""
    if isinstance(drawn, np.ndarray):  # positions alone, as earlier versions passed them
        xy, radii = drawn, np.zeros(len(drawn))
    else:
        xy, radii = drawn.xy, drawn.radii_px(ax.figure.dpi)
    box = ax.bbox
    ax.set_aspect("auto")
    ax.set_autoscale_on(False)
    x0, x1, y0, y1 = fit_limits(xy, radii, box.width, box.height,
                                pad=max(8.0, 0.02 * box.width), side_pad=0.04 * box.width)
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)


def show_limits(ax, x0: float, x1: float, y0: float, y1: float) -> None:
    """Show x0..x1, y0..y1 on ``ax``, widened as needed so both axes keep one scale."""
    box = ax.bbox
    ax.set_aspect("auto")
    ax.set_autoscale_on(False)
    if box.width > 0 and box.height > 0 and x1 > x0 and y1 > y0:
        scale = min(box.width / (x1 - x0), box.height / (y1 - y0))
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        x0, x1 = cx - box.width / 2 / scale, cx + box.width / 2 / scale
        y0, y1 = cy - box.height / 2 / scale, cy + box.height / 2 / scale
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)


# -- names ---------------------------------------------------------------------------------------
def label_order(g: nx.Graph, drawn: DrawnGraph, limit: int | None = None,
                within: tuple[float, float, float, float] | None = None) -> list[str]:
    """The nodes to name, most important first: the home city, then by marker size (the
    chosen measure; a group by how many partners it holds), then by name. Every node of a
    small picture; the ``limit`` (default LABEL_CANDIDATES) most important of a big one,
    only those inside ``within`` (x0, x1, y0, y1) when given."""
    idx = np.arange(len(drawn.nodes))
    if within is not None and len(idx):
        x0, x1, y0, y1 = within
        x, y = drawn.xy[:, 0], drawn.xy[:, 1]
        idx = idx[(x >= x0) & (x <= x1) & (y >= y0) & (y <= y1)]
    if limit is None:
        limit = len(idx) if len(idx) <= LABEL_ALL_NODES else LABEL_CANDIDATES
    limit = max(0, limit)
    h = drawn.index.get(HOME, -1) if drawn.index else \
        (drawn.nodes.index(HOME) if HOME in drawn.nodes else -1)
    home = [h] if h >= 0 and np.any(idx == h) else []
    rest = idx[np.argsort(-drawn.sizes[idx], kind="stable")] if len(idx) else idx
    rest = rest[rest != h][:limit]  # only the first few are named: no list of them all
    order = home + rest.tolist()
    return [drawn.nodes[i] for i in order[:limit]]


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


def label_font(node: str) -> tuple[float, str]:
    """(size in points, weight) of a node's name."""
    return (HOME_FONT, "bold") if node == HOME else (LABEL_FONT, "normal")


def node_discs(ax, drawn: DrawnGraph) -> np.ndarray:
    """Every drawn node as (x, y, radius) in ``ax``'s display pixels."""
    if not len(drawn.xy):
        return np.zeros((0, 3))
    screen = ax.transData.transform(drawn.xy)
    return np.column_stack([screen, drawn.radii_px(ax.figure.dpi)])


def draw_names(ax, g: nx.Graph, drawn: DrawnGraph, lang: str, order: Sequence[str],
               annotations: Sequence[Annotation] = (), obstacles: Sequence[Box] = ()
               ) -> Placement:
    """Write the names of ``order`` (most important first) and the ``annotations`` on
    ``ax`` where they collide with nothing; a name that finds no free place is left out."""
    fig = ax.figure
    renderer = fig.canvas.get_renderer()
    discs = node_discs(ax, drawn)
    box, inset = ax.bbox, 3 * fig.dpi / 72  # names keep clear of the plot's edges
    bounds = (box.x0 + inset, box.y0 + inset, box.x1 - inset, box.y1 - inset)
    halo: list[patheffects.AbstractPathEffect] = [
        patheffects.withStroke(linewidth=2.5, foreground="white")]
    texts: dict[str, Text] = {}
    requests = []
    for node in order:
        size, weight = label_font(node)
        t = Text(0, 0, short_label(g, node, lang), fontsize=size, fontweight=weight,
                 fontfamily=FONT_FAMILY, color="#222222", ha="left", va="bottom",
                 zorder=4, clip_on=False)
        t.set_figure(fig)
        ext = t.get_window_extent(renderer)
        i = drawn.index[node]
        requests.append(LabelRequest(node, float(discs[i, 0]), float(discs[i, 1]),
                                     float(discs[i, 2]), ext.width, ext.height, i))
        texts[node] = t
    fixed, notes = [], []
    for k, a in enumerate(annotations):
        t = Text(0, 0, a.text(lang), fontsize=ANNOTATION_FONT, fontfamily=FONT_FAMILY,
                 color="#555555", style="italic", ha="left", va="bottom", zorder=3,
                 clip_on=False)
        t.set_figure(fig)
        ext = t.get_window_extent(renderer)
        x, y = ax.transData.transform((a.x, a.y))
        rise = (math.sqrt(float(drawn.sizes.max())) / 2 * fig.dpi / 72 + 4
                if a.above and len(drawn.sizes) else -ext.height / 2)
        fixed.append(LabelRequest(f"annotation:{k}", float(x), float(y), rise, ext.width,
                                  ext.height))
        notes.append(t)
    placement = place_labels(requests, discs, bounds, fixed=fixed, obstacles=obstacles)
    to_data = ax.transData.inverted()
    for t, b in zip(notes, placement.fixed, strict=True):
        if b is None:
            continue
        t.set_position(to_data.transform((b[0], b[1])))
        t.set_transform(ax.transData)
        ax.add_artist(t)
    for spot in placement.placed:
        t = texts[spot.node]
        t.set_position(to_data.transform((spot.box[0], spot.box[1])))
        t.set_transform(ax.transData)
        t.set_path_effects(halo)
        ax.add_artist(t)
        drawn.labels[spot.node] = t
        if spot.leader is not None:
            (x0, y0), (x1, y1) = to_data.transform([spot.leader[:2], spot.leader[2:]])
            # dark on a white halo: a long leader stays visible across a bundle of ties
            ax.add_line(Line2D([x0, x1], [y0, y1], color="#555555", linewidth=0.7, zorder=3,
                               path_effects=[patheffects.withStroke(linewidth=2.2,
                                                                    foreground="white")]))
    drawn.placement = placement
    return placement


# -- legend --------------------------------------------------------------------------------------
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
    canvas = FigureCanvasAgg(fig)
    ax = fig.add_axes((0.03, 0.0, 0.95, 0.99))
    draw_legend(ax, g, colour_legend, lang=lang, color_by=color_by, size_note=size_note)
    legend = ax.get_legend()
    assert legend is not None  # draw_legend made it
    # Shrink the figure to the legend's height, measured once it is laid out, and widen it
    # if a line is longer than ``width`` (the picture beside it makes room).
    box = legend.get_window_extent(canvas.get_renderer())
    height = box.height / dpi + 0.15
    width = max(width, (box.x1 / dpi + 0.08) / 0.98)
    fig.set_size_inches(width, height)
    ax.set_position((0.03, 0.0, 0.95, 1 - 0.06 / height))
    return fig
