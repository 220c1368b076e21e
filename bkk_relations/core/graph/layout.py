"""Where each node of the relationship graph goes: force-directed, radial around the home
city, clustered by world region, or in shells by tie type; and the positions a user dragged,
kept per view in the database's settings table.

Positions are ``{node: (x, y)}`` scaled into [-1, 1] so a dragged position stays meaningful
when the layout is recomputed. The force-directed layout is igraph's Fruchterman-Reingold in
C (its grid variant above 1,000 nodes): 20,000 nodes in ~2 s where networkx's
``spring_layout`` needs minutes (bench/graph_bench.py).
"""

from __future__ import annotations

import json
import math
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import networkx as nx
import numpy as np

from ..storage.database import Database
from .model import (
    HOME,
    TIE_TYPES,
    Cancelled,
    GraphData,
    GraphFilter,
    Metrics,
    Progress,
    Risk,
    build_graph,
    compute_metrics,
    ego_graph,
    resolve_node,
    risks,
    seeded_igraph,
    to_igraph,
)

Positions = dict[str, tuple[float, float]]
LAYOUTS = ["force", "radial", "region", "shell"]
LAYOUT_LABELS: dict[str, tuple[str, str]] = {
    "force": ("Force-directed", "แรงดึงดูด"),
    "radial": ("Radial around the home city", "รัศมีรอบเมืองหลัก"),
    "region": ("By world region", "ตามภูมิภาค"),
    "shell": ("Shells by tie type", "วงตามประเภทความสัมพันธ์"),
}
# Rough (longitude, latitude) of each region, so the region layout reads like a world map.
REGION_CENTRES: dict[str, tuple[float, float]] = {
    "Southeast Asia": (105, 2), "East Asia": (125, 40), "South Asia": (75, 18),
    "Central Asia": (65, 48), "West Asia": (40, 28), "Europe": (10, 55), "Africa": (18, -8),
    "North America": (-100, 45), "Latin America & Caribbean": (-65, -18),
    "Oceania": (150, -30), "Global": (20, -55),
}
# Tie types grouped into the shells of the shell layout, innermost first.
SHELLS = [("sister_city", "friendship_city"), ("membership", "network_member"),
          ("mou", "cooperation", "letter_of_intent"), ("project", "co_project"),
          ("lead_unit", "unit_of")]
_GOLDEN = math.pi * (3 - math.sqrt(5))
SETTING_PREFIX = "graph_positions:"


def compute_layout(g: nx.Graph, name: str = "force", *, seed: int = 1) -> Positions:
    """Positions for every node of ``g`` with the named layout (one of LAYOUTS)."""
    if name not in LAYOUTS:
        raise ValueError(f"Unknown layout '{name}'; choose one of {', '.join(LAYOUTS)}.")
    if g.number_of_nodes() == 0:
        return {}
    if g.number_of_nodes() == 1:
        return {next(iter(g)): (0.0, 0.0)}
    pos = {"force": force_layout, "radial": radial_layout, "region": region_layout,
           "shell": shell_layout}[name](g, seed=seed)
    # Radial and shell layouts are centred on the home city already: keep it at (0, 0).
    return normalise(pos, centre=name not in ("radial", "shell"))


def normalise(pos: Positions, *, centre: bool = True) -> Positions:
    """Scale the positions into [-1, 1] (aspect kept), centring them unless told not to."""
    if not pos:
        return {}
    xy = np.array(list(pos.values()), dtype=float)
    lo, hi = xy.min(axis=0), xy.max(axis=0)
    if centre:
        span = float(max(hi - lo)) or 1.0
        xy = (xy - (lo + hi) / 2) * (2 / span)
    else:
        xy = xy / (float(np.abs(xy).max()) or 1.0)
    return {n: (float(x), float(y)) for n, (x, y) in zip(pos, xy, strict=True)}


def force_layout(g: nx.Graph, *, seed: int = 1) -> Positions:
    ig_graph, nodes = to_igraph(g)
    # A fixed start makes the picture the same every time. It must be spread over about
    # sqrt(n) units, the scale igraph works in: squeezed into [-1, 1] the grid variant puts
    # every node in one cell and 20,000 nodes take minutes instead of a second.
    half = math.sqrt(len(nodes)) / 2
    start = np.random.default_rng(seed).uniform(-half, half, (len(nodes), 2)).tolist()
    # igraph picks the grid variant itself above 1,000 nodes; fewer iterations on huge graphs
    # keep 20,000 nodes near 1 s and barely change the picture.
    niter = 500 if len(nodes) <= 5000 else 300
    with seeded_igraph(seed):
        layout = ig_graph.layout_fruchterman_reingold(seed=start, niter=niter, grid="auto")
    return {n: (float(x), float(y)) for n, (x, y) in zip(nodes, layout.coords, strict=True)}


def _strongest_tie(g: nx.Graph, node: str) -> int:
    ranks = [TIE_TYPES.index(t) for _, _, t in g.edges(node, data="type") if t in TIE_TYPES]
    return min(ranks) if ranks else len(TIE_TYPES)


def _ring(nodes: list[str], radius: float, offset: float = 0.0) -> Positions:
    """Nodes round a circle in the given order; a crowded ring is staggered into bands."""
    k = len(nodes)
    bands = max(1, math.ceil(k / (80 * radius)))
    width = 0.6 if bands > 1 else 0.0
    out = {}
    for i, n in enumerate(nodes):
        angle = offset + 2 * math.pi * i / k
        r = radius + (width * ((i % bands) / (bands - 1) - 0.5) if bands > 1 else 0.0)
        out[n] = (r * math.cos(angle), r * math.sin(angle))
    return out


def _sort_key(g: nx.Graph, node: str) -> tuple:
    d = g.nodes[node]
    return (str(d.get("region", "")), _strongest_tie(g, node), str(d.get("label_en", "")))


def radial_layout(g: nx.Graph, *, seed: int = 1) -> Positions:
    """The home city in the middle, then rings by the number of ties from it; ring one is
    ordered by region, outer rings sit next to the nodes that link them in."""
    home = HOME if HOME in g else max(g, key=g.degree)
    dist = nx.single_source_shortest_path_length(g, home)
    far = max(dist.values(), default=0) + 1
    rings: dict[int, list[str]] = {}
    for n in g:
        rings.setdefault(dist.get(n, far), []).append(n)
    pos: Positions = {home: (0.0, 0.0)}
    angle: dict[str, float] = {home: 0.0}
    for r in sorted(k for k in rings if k > 0):
        if r == 1 or r == far:
            members = sorted(rings[r], key=lambda n: _sort_key(g, n))
        else:
            def parent_angle(n: str, r: int = r) -> float:
                ups = [angle[m] for m in g[n] if dist.get(m) == r - 1]
                return sum(ups) / len(ups) if ups else 0.0
            members = sorted(rings[r], key=parent_angle)
        placed = _ring(members, float(r))
        pos.update(placed)
        angle.update({n: math.atan2(y, x) % (2 * math.pi) for n, (x, y) in placed.items()})
    return pos


def node_region(g: nx.Graph, node: str) -> str:
    """A node's region; a project takes its partners' most common region, units the home
    city's."""
    d = g.nodes[node]
    if d.get("entity") == "project":
        regions = Counter(str(g.nodes[m].get("region")) for m in g[node]
                          if g.nodes[m].get("entity") == "partner")
        if regions:
            return regions.most_common(1)[0][0]
    return str(d.get("region") or "Global")


def region_layout(g: nx.Graph, *, seed: int = 1) -> Positions:
    """Each region a sunflower cluster at its place on a rough world map; the best-connected
    nodes in the middle of their cluster."""
    groups: dict[str, list[str]] = {}
    for n in g:
        groups.setdefault(node_region(g, n), []).append(n)
    pos: Positions = {}
    for region, members in groups.items():
        cx, cy = REGION_CENTRES.get(region, REGION_CENTRES["Global"])
        members.sort(key=lambda n: (n != HOME, -g.degree(n), str(g.nodes[n]["label_en"])))
        step = min(4.5, 16 / math.sqrt(len(members)))  # cluster radius <= 16 "degrees"
        for i, n in enumerate(members):
            r = step * math.sqrt(i)
            pos[n] = (cx + r * math.cos(i * _GOLDEN), cy + r * math.sin(i * _GOLDEN))
    return pos


def region_centres(g: nx.Graph, pos: Positions) -> dict[str, tuple[float, float]]:
    """Where to write each region's name: above its cluster."""
    groups: dict[str, list[tuple[float, float]]] = {}
    for n in g:
        if n in pos:
            groups.setdefault(node_region(g, n), []).append(pos[n])
    out = {}
    for region, pts in groups.items():
        xy = np.array(pts)
        out[region] = (float(xy[:, 0].mean()), float(xy[:, 1].max()) + 0.06)
    return out


def shell_of(g: nx.Graph, node: str) -> int:
    """0 for the home city, then 1 + the index in SHELLS of the node's strongest tie."""
    if node == HOME:
        return 0
    if g.nodes[node].get("entity") == "unit":
        return len(SHELLS)
    rank = _strongest_tie(g, node)
    if rank >= len(TIE_TYPES):
        return len(SHELLS) + 1
    tie = TIE_TYPES[rank]
    return 1 + next(i for i, group in enumerate(SHELLS) if tie in group)


def shell_layout(g: nx.Graph, *, seed: int = 1) -> Positions:
    """Concentric shells: sister and friendship cities nearest the home city, then networks,
    MOUs and other agreements, project-only partners, units; each shell ordered by region."""
    shells: dict[int, list[str]] = {}
    for n in g:
        shells.setdefault(shell_of(g, n), []).append(n)
    pos: Positions = {}
    radius = 0
    for s in sorted(shells):
        members = sorted(shells[s], key=lambda n: _sort_key(g, n))
        if s == 0 and len(members) == 1:
            pos[members[0]] = (0.0, 0.0)
            continue
        radius += 1
        pos.update(_ring(members, float(radius), offset=0.3 * radius))
    return pos


# -- positions the user dragged -------------------------------------------------------------------
def setting_key(view: str) -> str:
    return SETTING_PREFIX + view


def load_positions(conn: sqlite3.Connection, view: str) -> Positions:
    """The positions dragged in ``view`` (empty when none, or when the stored value is not
    readable)."""
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (setting_key(view),)).fetchone()
    if not row or not row[0]:
        return {}
    try:
        raw = json.loads(row[0])
        return {str(n): (float(x), float(y)) for n, (x, y) in raw.items()}
    except (ValueError, TypeError, AttributeError):
        return {}


def save_positions(db: Database, view: str, positions: Positions) -> None:
    """Keep ``positions`` (merged with those already kept for ``view``)."""
    kept = load_positions(db.conn, view)
    kept.update({n: (round(x, 5), round(y, 5)) for n, (x, y) in positions.items()})
    db.set_setting(setting_key(view), json.dumps(kept, sort_keys=True))


def forget_positions(db: Database, view: str) -> None:
    db.set_setting(setting_key(view), None)


def with_saved(layout: Positions, saved: Positions, nodes: Iterable[str] | None = None
               ) -> Positions:
    """The layout with the user's dragged positions laid over it."""
    out = dict(layout)
    wanted = set(nodes) if nodes is not None else set(layout)
    out.update({n: p for n, p in saved.items() if n in wanted})
    return out


def view_name(layout: str, ego: str | None = None, depth: int = 1) -> str:
    """The name dragged positions are kept under: one per layout, and per ego view."""
    return f"{layout}:ego:{ego}:{depth}" if ego else layout


# -- a whole view: graph, positions, metrics -------------------------------------------------------
@dataclass
class GraphView:
    """One picture's worth of graph: ``graph`` is what is shown (after the year filter),
    ``full`` the same view over all years, whose layout ``pos`` keeps the picture still while
    the year changes."""

    graph: nx.Graph
    full: nx.Graph
    pos: Positions
    metrics: Metrics
    risks: list[Risk]
    layout: str
    name: str
    ego: str | None = None
    depth: int = 1


def layout_view(data: GraphData, f: GraphFilter, *, layout: str = "force",
                ego: str | None = None, depth: int = 1, saved: Positions | None = None
                ) -> tuple[nx.Graph, Positions]:
    """The graph over all years (ego view applied) and its positions, dragged ones kept."""
    full = build_graph(data, f.without_year())
    if ego is not None:
        full = ego_graph(full, resolve_node(full, ego), depth)
    pos = with_saved(compute_layout(full, layout), saved or {})
    return full, pos


def year_view(data: GraphData, f: GraphFilter, full: nx.Graph) -> nx.Graph:
    """What of ``full`` exists under ``f`` (its year included)."""
    if f.year is None:
        return full
    return build_graph(data, f).subgraph(full).copy()


def compute_view(data: GraphData, f: GraphFilter, *, layout: str = "force",
                 ego: str | None = None, depth: int = 1, saved: Positions | None = None,
                 progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None) -> GraphView:
    """Build, lay out and measure one view (the steps the GUI runs off its thread)."""
    if progress:
        progress("layout", 0, 3)
    full, pos = layout_view(data, f, layout=layout, ego=ego, depth=depth, saved=saved)
    if cancelled is not None and cancelled():
        raise Cancelled("Cancelled.")
    g = year_view(data, f, full)
    if progress:
        progress("metrics", 1, 3)
    metrics = compute_metrics(g, progress=None, cancelled=cancelled)
    center = full.graph.get("ego")
    view = GraphView(g, full, pos, metrics, risks(g), layout,
                     view_name(layout, center, depth), center, depth)
    if progress:
        progress("done", 3, 3)
    return view
