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
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx
import numpy as np

from ..places.regions import REGION_TH
from ..storage.database import Database
from ..storage.protocols import Connection
from .model import (
    HOME,
    TIE_TYPES,
    seeded_igraph,
    shown_year,
    tie_label,
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


def _ring(nodes: list[str], radius: float, offset: float = 0.0, direction: int = 1
          ) -> Positions:
    """Nodes round a circle in the given order (anticlockwise from ``offset``, or clockwise
    with ``direction`` -1); a crowded ring is staggered into bands."""
    k = len(nodes)
    bands = max(1, math.ceil(k / (80 * radius)))
    width = 0.6 if bands > 1 else 0.0
    out = {}
    for i, n in enumerate(nodes):
        angle = offset + direction * 2 * math.pi * i / k
        r = radius + (width * ((i % bands) / (bands - 1) - 0.5) if bands > 1 else 0.0)
        out[n] = (r * math.cos(angle), r * math.sin(angle))
    return out


def _sort_key(g: nx.Graph, node: str) -> tuple:
    d = g.nodes[node]
    return (str(d.get("region", "")), _strongest_tie(g, node), str(d.get("label_en", "")))


def _tie_order(g: nx.Graph, home: str, node: str) -> tuple:
    """Strongest tie type first, then the year the tie with the home city began (undated
    last), then the name: so the ring reads clockwise like a history of each kind of tie."""
    tie = _strongest_tie(g, node)
    start = int(g.edges[home, node].get("start") or 0) if g.has_edge(home, node) else 0
    return (tie, start or 9999, str(g.nodes[node].get("label_en", "")))


def _clockwise(nodes: list[str], radius: float) -> Positions:
    """Nodes round a circle clockwise from twelve o'clock, crowded rings staggered."""
    return _ring(nodes, radius, offset=math.pi / 2, direction=-1)


def radial_layout(g: nx.Graph, *, seed: int = 1) -> Positions:
    """The home city in the middle, then rings by the number of ties from it. Ring one runs
    clockwise from twelve o'clock by tie type (sister cities first) and, within a type, by
    the year the tie began; outer rings sit next to the nodes that link them in."""
    home = HOME if HOME in g else max(g, key=g.degree)
    dist = nx.single_source_shortest_path_length(g, home)
    far = max(dist.values(), default=0) + 1
    rings: dict[int, list[str]] = {}
    for n in g:
        rings.setdefault(dist.get(n, far), []).append(n)
    pos: Positions = {home: (0.0, 0.0)}
    angle: dict[str, float] = {home: 0.0}
    for r in sorted(k for k in rings if k > 0):
        if r == 1:
            members = sorted(rings[r], key=lambda n: _tie_order(g, home, n))
        elif r == far:
            members = sorted(rings[r], key=lambda n: _sort_key(g, n))
        else:
            def parent_angle(n: str, r: int = r) -> float:
                ups = [angle[m] for m in g[n] if dist.get(m) == r - 1]
                return sum(ups) / len(ups) if ups else 0.0
            members = sorted(rings[r], key=parent_angle)
        placed = _clockwise(members, float(r))
        pos.update(placed)
        # clockwise angle from twelve o'clock, so children sort the way parents run
        angle.update({n: (math.pi / 2 - math.atan2(y, x)) % (2 * math.pi)
                      for n, (x, y) in placed.items()})
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
    """Each region a sunflower disc (the best-connected nodes in the middle, the home city at
    the centre of its own), placed as on a rough world map and then pushed apart until no
    two discs, nor the names written above them, overlap."""
    groups: dict[str, list[str]] = {}
    for n in g:
        groups.setdefault(node_region(g, n), []).append(n)
    names = sorted(groups, key=lambda r: (-len(groups[r]), r))
    radii = [REGION_STEP * math.sqrt(len(groups[r])) + REGION_STEP / 2 for r in names]
    centres = separate(_map_anchors(names, radii), radii, gap=REGION_GAP)
    pos: Positions = {}
    for region, (cx, cy) in zip(names, centres, strict=True):
        members = sorted(groups[region], key=lambda n: (n != HOME, -g.degree(n),
                                                        str(g.nodes[n]["label_en"])))
        for i, n in enumerate(members):
            r = REGION_STEP * math.sqrt(i)
            pos[n] = (cx + r * math.cos(i * _GOLDEN), cy + r * math.sin(i * _GOLDEN))
    return pos


REGION_STEP = 1.0  # distance between neighbours in a region's disc (layout units)
REGION_GAP = 2.4  # between two discs: room for a region's name above its disc


def _map_anchors(regions: list[str], radii: list[float]) -> list[tuple[float, float]]:
    """Where each region would sit on a world map, seen from the map's middle: the same
    directions, distances shrunk (their square root) so that a lone far region (North
    America) does not leave the rest of the picture empty, and scaled so that neighbours
    nearly touch; pushing apart then makes room without losing the arrangement."""
    points = np.array([REGION_CENTRES.get(r, REGION_CENTRES["Global"]) for r in regions],
                      dtype=float).reshape(-1, 2)
    points[:, 1] *= 1.3  # the map is wide: stretch it upright a little
    middle = points.mean(axis=0)
    offset = points - middle
    dist = np.hypot(offset[:, 0], offset[:, 1])
    shrunk = np.sqrt(dist)
    unit = offset / np.maximum(dist, 1e-9)[:, None]
    typical = float(np.median(shrunk[shrunk > 0])) if (shrunk > 0).any() else 1.0
    scale = (2 * float(np.mean(radii)) + REGION_GAP) / typical
    return [(float(x), float(y)) for x, y in unit * (shrunk * scale)[:, None]]


def separate(centres: list[tuple[float, float]], radii: list[float], *, gap: float = 0.0,
             rounds: int = 400) -> list[tuple[float, float]]:
    """Move discs (centre, radius) apart until none overlap (at least ``gap`` between any
    two), each as little as it can; bigger discs move less."""
    xy = np.array(centres, dtype=float).reshape(-1, 2)
    r = np.array(radii, dtype=float)
    n = len(r)
    if n < 2:
        return [(float(x), float(y)) for x, y in xy]
    for _ in range(rounds):
        moved = False
        for i in range(n):
            for j in range(i + 1, n):
                d = xy[j] - xy[i]
                dist = float(np.hypot(*d))
                need = r[i] + r[j] + gap
                if dist >= need - 1e-9:
                    continue
                if dist < 1e-9:  # the same spot: part them sideways
                    d, dist = np.array([1.0, 0.0]), 1.0
                push = (need - dist) / dist * d
                share = r[i] / (r[i] + r[j])  # the smaller disc moves more
                xy[i] -= push * (1 - share)
                xy[j] += push * share
                moved = True
        if not moved:
            break
    return [(float(x), float(y)) for x, y in xy]


@dataclass(frozen=True)
class Annotation:
    """A text written on the picture of a layout (a region's name above its disc, a tie
    type beside its part of the ring): placed like a label, before the nodes' names, so
    names never cover it."""

    text_en: str
    text_th: str
    x: float
    y: float
    above: bool = True  # write it above (x, y) rather than centred on it

    def text(self, lang: str = "en") -> str:
        return self.text_th if lang == "th" else self.text_en


def region_centres(g: nx.Graph, pos: Positions) -> dict[str, tuple[float, float]]:
    """Where to write each region's name: above its disc (the top of its highest node)."""
    groups: dict[str, list[tuple[float, float]]] = {}
    for n in g:
        if n in pos:
            groups.setdefault(node_region(g, n), []).append(pos[n])
    out = {}
    for region, pts in groups.items():
        xy = np.array(pts)
        out[region] = (float(xy[:, 0].mean()), float(xy[:, 1].max()))
    return out


def region_annotations(g: nx.Graph, pos: Positions) -> list[Annotation]:
    return [Annotation(region, REGION_TH.get(region, region), x, y)
            for region, (x, y) in sorted(region_centres(g, pos).items())]


def radial_annotations(g: nx.Graph, pos: Positions, calendar: str = "gregorian"
                       ) -> list[Annotation]:
    """The radial layout's first ring in parts by tie type: each part's name and years
    (in ``calendar``), written just outside the ring at the middle of its part."""
    if HOME not in g or HOME not in pos:
        return []
    hx, hy = pos[HOME]
    parts: dict[int, list[tuple[float, int]]] = {}
    for n in g[HOME]:
        if n not in pos:
            continue
        x, y = pos[n][0] - hx, pos[n][1] - hy
        angle = (math.pi / 2 - math.atan2(y, x)) % (2 * math.pi)
        start = int(g.edges[HOME, n].get("start") or 0)
        parts.setdefault(_strongest_tie(g, n), []).append((angle, start))
    radius = max((math.hypot(pos[n][0] - hx, pos[n][1] - hy) for n in g[HOME] if n in pos),
                 default=1.0)
    out = []
    for rank, items in sorted(parts.items()):
        if rank >= len(TIE_TYPES) or len(items) < 2:
            continue
        angles = sorted(a for a, _ in items)
        mid = (angles[0] + angles[-1]) / 2
        years = sorted(y for _, y in items if y)
        span = ""
        if years:
            first, last = (shown_year(y, calendar) for y in (years[0], years[-1]))
            span = f" {first}–{last}" if first != last else f" {first}"
        tie = TIE_TYPES[rank]
        r = radius * 1.12
        out.append(Annotation(tie_label(tie, "en") + span, tie_label(tie, "th") + span,
                              hx + r * math.sin(mid), hy + r * math.cos(mid), above=False))
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


def load_positions(conn: Connection, view: str) -> Positions:
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


def view_name(layout: str, ego: str | None = None, depth: int = 1, group_by: str = "none"
              ) -> str:
    """The name dragged positions are kept under: one per layout, per ego view and per
    grouping."""
    name = f"{layout}:ego:{ego}:{depth}" if ego else layout
    return name if group_by in ("none", "auto", "") else f"{name}:group:{group_by}"
