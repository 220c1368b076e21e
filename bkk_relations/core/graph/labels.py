"""Where the names go: beside their nodes, never over another name, a node, the legend or the
edge of the picture.

Greedy placement by importance (the caller gives the names most important first): each name
tries the eight places around its node, then places a little further out joined to the node
by a leader line; a name that finds no free place is left out (the node's tooltip and the
side panel still name it) rather than written far from its node. The same placement serves
the window (Qt measures and paints the names) and the pictures (matplotlib measures and
draws them), in English and Thai.

Everything here is in display units (pixels or points, y upwards); nodes are discs
(x, y, radius). A grid of cells keeps each check to the few nodes and names nearby, and
every place a name could take is first checked against the nodes' cover all at once, so
placing the names of a view of 20,000 nodes takes milliseconds.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .data import HOME

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 (x0 <= x1, y0 <= y1)

GAP = 2.0  # between a node's edge and its name
MARGIN = 1.5  # kept free around every name (its white halo)
# A name away from its node, on a leader line, goes out in steps of LEADER_STEP text heights,
# at most LEADER_RINGS of them (about five lines of text): further out it would read as
# another node's name, so it is left out instead.
LEADER_STEP = 0.8
LEADER_RINGS = 6
LEADER_DIRECTIONS = 72
MUST_NAME = 3  # the most important names' leaders may pass over other nodes, not as far:
CROSSING_RINGS = 4
HOME_RINGS = 30  # the home city's name (bold, by the biggest node) may go further
EDGE_CELLS = 12  # a box over fewer covered cells than this is checked against the discs
LEADER_NAMES = 40  # only so many of the most important names look for a place far out


@dataclass(frozen=True)
class LabelRequest:
    """A name to place: its node's centre and radius, the size of its text, and which row
    of the discs is its own node (-1: none; for an annotation, ``r`` is how far above
    (x, y) its box starts)."""

    node: str
    x: float
    y: float
    r: float
    width: float
    height: float
    disc: int = -1


@dataclass(frozen=True)
class PlacedLabel:
    """A placed name: its text box and, when it sits away from its node, the leader line
    from the node's edge to the box."""

    node: str
    box: Box
    leader: tuple[float, float, float, float] | None = None


@dataclass(frozen=True)
class Placement:
    placed: list[PlacedLabel]
    left_out: list[str]
    fixed: list[Box | None]  # the boxes of texts placed first (annotations; None: no room)


def overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def inside(a: Box, bounds: Box) -> bool:
    return a[0] >= bounds[0] and a[1] >= bounds[1] and a[2] <= bounds[2] and a[3] <= bounds[3]


class _Grid:
    """Boxes binned into square cells, for "what is near this box"."""

    def __init__(self, cell: float):
        self.cell = cell
        self.cells: dict[tuple[int, int], list[Box]] = {}

    def _keys(self, b: Box):
        c = self.cell
        for i in range(math.floor(b[0] / c), math.floor(b[2] / c) + 1):
            for j in range(math.floor(b[1] / c), math.floor(b[3] / c) + 1):
                yield i, j

    def add(self, b: Box) -> None:
        for k in self._keys(b):
            self.cells.setdefault(k, []).append(b)

    def hits(self, b: Box) -> bool:
        for k in self._keys(b):
            for other in self.cells.get(k, ()):
                if overlaps(b, other):
                    return True
        return False

    def crosses(self, x0: float, y0: float, x1: float, y1: float) -> bool:
        """Whether the segment passes through any box."""
        b = (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
        for k in self._keys(b):
            for other in self.cells.get(k, ()):
                if _segment_hits_box(x0, y0, x1, y1, other):
                    return True
        return False


class _Discs:
    """The nodes as discs, binned by centre (a query widens by the largest radius), and
    their cover of the picture (``_Cover``) for the quick "does a box touch a node?"."""

    def __init__(self, discs: np.ndarray, cell: float, bounds: Box):
        self.cover = _Cover(discs, bounds, cell=max(1.0, cell / 16))
        self.xy = discs[:, :2] if len(discs) else np.zeros((0, 2))
        self.r = discs[:, 2] if len(discs) else np.zeros(0)
        self.cell = cell
        self.reach = float(self.r.max()) if len(self.r) else 0.0
        self.index: dict[tuple[int, int], np.ndarray] = {}
        if len(self.r):
            keys = np.floor(self.xy / cell).astype(np.int64)
            # only the nodes that reach into the picture (with room to spare): a zoomed
            # view of a big graph leaves most of them out
            x, y, r, pad = self.xy[:, 0], self.xy[:, 1], self.r, cell
            near = np.flatnonzero((x + r >= bounds[0] - pad) & (x - r <= bounds[2] + pad)
                                  & (y + r >= bounds[1] - pad) & (y - r <= bounds[3] + pad))
            order = near[np.lexsort((keys[near, 1], keys[near, 0]))]
            sorted_keys = keys[order]
            change = np.flatnonzero(np.any(np.diff(sorted_keys, axis=0) != 0, axis=1)) + 1
            for part in np.split(order, change) if len(order) else ():
                k = keys[part[0]]
                self.index[(int(k[0]), int(k[1]))] = part

    def crossed(self, x0: float, y0: float, x1: float, y1: float, skip: int = -1) -> bool:
        """Whether the segment passes over a node (other than ``skip``)."""
        idx = self._near((min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)), skip)
        if idx is None:
            return False
        return bool(np.any(_segment_hits_disc(x0, y0, x1, y1, self.xy[idx, 0],
                                              self.xy[idx, 1], self.r[idx])))

    def _near(self, b: Box, skip: int) -> np.ndarray | None:
        c, reach = self.cell, self.reach
        found = []
        for i in range(math.floor((b[0] - reach) / c), math.floor((b[2] + reach) / c) + 1):
            for j in range(math.floor((b[1] - reach) / c), math.floor((b[3] + reach) / c) + 1):
                part = self.index.get((i, j))
                if part is not None:
                    found.append(part)
        if not found:
            return None
        idx = np.concatenate(found) if len(found) > 1 else found[0]
        if skip >= 0:
            idx = idx[idx != skip]
        return idx if len(idx) else None

    def hits(self, b: Box, skip: int = -1) -> bool:
        """Whether the box touches a node's disc (other than ``skip``'s): the cover answers
        at once when no node or many are under the box; near an edge the discs decide."""
        count = self.cover.count(b, skip)
        if count == 0:
            return False
        if count > EDGE_CELLS:
            return True
        idx = self._near(b, skip)
        if idx is None:
            return False
        x, y = self.xy[idx, 0], self.xy[idx, 1]
        nx_ = np.clip(x, b[0], b[2])
        ny_ = np.clip(y, b[1], b[3])
        return bool(np.any((x - nx_) ** 2 + (y - ny_) ** 2 < self.r[idx] ** 2))



class _Cover:
    """How many nodes cover each small cell of the picture, as a summed-area table, so
    that "does this box touch a node?" is four lookups whatever the number of nodes. A node
    counts as a cross of two rectangles (|dx| <= r, |dy| <= 0.75 r and the same turned),
    which holds its disc whole and leaves out most of the square's corners."""

    def __init__(self, discs: np.ndarray, bounds: Box, cell: float = 2.0):
        self.x0, self.y0, self.cell = bounds[0], bounds[1], cell
        self.w = max(1, math.ceil((bounds[2] - bounds[0]) / cell) + 1)
        self.h = max(1, math.ceil((bounds[3] - bounds[1]) / cell) + 1)
        n = len(discs)
        x, y, r = (discs[:, k] for k in range(3)) if n else (np.zeros(0),) * 3
        self.rects = [self._cells_of(x, y, r, 0.75 * r), self._cells_of(x, y, 0.75 * r, r)]
        size = (self.h + 1) * (self.w + 1)
        corners, signs = [], []
        for gx0, gx1, gy0, gy1 in self.rects:
            keep = (gx1 >= 0) & (gx0 < self.w) & (gy1 >= 0) & (gy0 < self.h)
            ax0, ax1 = np.clip(gx0[keep], 0, self.w - 1), np.clip(gx1[keep], 0, self.w - 1)
            ay0, ay1 = np.clip(gy0[keep], 0, self.h - 1), np.clip(gy1[keep], 0, self.h - 1)
            for cy, cx, sign in ((ay0, ax0, 1), (ay0, ax1 + 1, -1), (ay1 + 1, ax0, -1),
                                 (ay1 + 1, ax1 + 1, 1)):
                corners.append(cy * (self.w + 1) + cx)
                signs.append(np.full(len(cy), sign, np.int64))
        # each rectangle's four corners in a difference table, summed by bincount (many
        # times quicker than np.add.at on 20,000 nodes)
        diff = np.bincount(np.concatenate(corners), np.concatenate(signs),
                           minlength=size).astype(np.int64).reshape(self.h + 1, self.w + 1)
        cover = diff.cumsum(0).cumsum(1)[:self.h, :self.w]
        table = np.zeros((self.h + 1, self.w + 1), np.int64)
        table[1:, 1:] = cover.cumsum(0).cumsum(1)
        self.array = table

    def _cells_of(self, x: np.ndarray, y: np.ndarray, rx: np.ndarray, ry: np.ndarray
                  ) -> tuple[np.ndarray, ...]:
        c = self.cell
        return (np.floor((x - rx - self.x0) / c).astype(np.int64),
                np.floor((x + rx - self.x0) / c).astype(np.int64),
                np.floor((y - ry - self.y0) / c).astype(np.int64),
                np.floor((y + ry - self.y0) / c).astype(np.int64))

    def _cells(self, b: Box) -> tuple[int, int, int, int] | None:
        c = self.cell
        cx0 = max(0, math.floor((b[0] - self.x0) / c))
        cx1 = min(self.w - 1, math.floor((b[2] - self.x0) / c))
        cy0 = max(0, math.floor((b[1] - self.y0) / c))
        cy1 = min(self.h - 1, math.floor((b[3] - self.y0) / c))
        return None if cx0 > cx1 or cy0 > cy1 else (cx0, cx1, cy0, cy1)

    def count(self, b: Box, skip: int = -1) -> int:
        """How many covered cells the box touches (the node ``skip``'s left out): 0 means
        no node is under it, a few that one may be (near a disc's edge)."""
        cells = self._cells(b)
        if cells is None:
            return 0
        cx0, cx1, cy0, cy1 = cells
        t = self.array.item
        count = t(cy1 + 1, cx1 + 1) - t(cy0, cx1 + 1) - t(cy1 + 1, cx0) + t(cy0, cx0)
        if count and skip >= 0:  # take out the box's own node
            for gx0, gx1, gy0, gy1 in self.rects:
                ox = min(cx1, int(gx1[skip]), self.w - 1) - max(cx0, int(gx0[skip]), 0) + 1
                oy = min(cy1, int(gy1[skip]), self.h - 1) - max(cy0, int(gy0[skip]), 0) + 1
                if ox > 0 and oy > 0:
                    count -= ox * oy
        return count


    def counts(self, boxes: np.ndarray, skip: int = -1) -> np.ndarray:
        """``count`` of every row (x0, y0, x1, y1) of ``boxes`` at once."""
        c, w, h = self.cell, self.w, self.h
        cx0 = np.maximum(0, np.floor((boxes[:, 0] - self.x0) / c)).astype(np.int64)
        cx1 = np.minimum(w - 1, np.floor((boxes[:, 2] - self.x0) / c)).astype(np.int64)
        cy0 = np.maximum(0, np.floor((boxes[:, 1] - self.y0) / c)).astype(np.int64)
        cy1 = np.minimum(h - 1, np.floor((boxes[:, 3] - self.y0) / c)).astype(np.int64)
        empty = (cx0 > cx1) | (cy0 > cy1)
        x0, x1 = np.minimum(cx0, w - 1), np.maximum(cx1, 0)
        y0, y1 = np.minimum(cy0, h - 1), np.maximum(cy1, 0)
        t = self.array
        count = t[y1 + 1, x1 + 1] - t[y0, x1 + 1] - t[y1 + 1, x0] + t[y0, x0]
        count[empty] = 0
        if skip >= 0:
            own = np.zeros(len(count), np.int64)
            for gx0, gx1, gy0, gy1 in self.rects:
                ox = np.minimum(np.minimum(cx1, int(gx1[skip])), w - 1) \
                    - np.maximum(np.maximum(cx0, int(gx0[skip])), 0) + 1
                oy = np.minimum(np.minimum(cy1, int(gy1[skip])), h - 1) \
                    - np.maximum(np.maximum(cy0, int(gy0[skip])), 0) + 1
                own += np.where((ox > 0) & (oy > 0), ox * oy, 0)
            count = np.where(count != 0, count - own, 0)
        return count


def _segment_hits_disc(x0: float, y0: float, x1: float, y1: float, cx: np.ndarray,
                       cy: np.ndarray, r: np.ndarray) -> np.ndarray:
    dx, dy = x1 - x0, y1 - y0
    length2 = dx * dx + dy * dy or 1e-12
    t = np.clip(((cx - x0) * dx + (cy - y0) * dy) / length2, 0.0, 1.0)
    px, py = x0 + t * dx, y0 + t * dy
    return (cx - px) ** 2 + (cy - py) ** 2 < r ** 2


def _segment_hits_box(x0: float, y0: float, x1: float, y1: float, b: Box) -> bool:
    """Liang-Barsky clipping: does the segment enter the box?"""
    dx, dy = x1 - x0, y1 - y0
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, x0 - b[0]), (dx, b[2] - x0), (-dy, y0 - b[1]), (dy, b[3] - y0)):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return False
    return True


# The eight places beside a node, as (dx, dy) unit directions in the order they are tried:
# right, left, above, below, then the corners.
_BESIDE = [(1, 0), (-1, 0), (0, 1), (0, -1), (1, 1), (-1, 1), (1, -1), (-1, -1)]


def _box_at(x: float, y: float, w: float, h: float, dx: float, dy: float, d: float) -> Box:
    """The box of a name of size w×h placed at distance ``d`` from (x, y) towards (dx, dy),
    touching that point with its nearest side or corner."""
    if dx > 0:
        x0 = x + d * (0.7 if dy else 1.0)
    elif dx < 0:
        x0 = x - d * (0.7 if dy else 1.0) - w
    else:
        x0 = x - w / 2
    if dy > 0:
        y0 = y + d * (0.7 if dx else 1.0)
    elif dy < 0:
        y0 = y - d * (0.7 if dx else 1.0) - h
    else:
        y0 = y - h / 2
    return (x0, y0, x0 + w, y0 + h)


def _grown(b: Box, m: float) -> Box:
    return (b[0] - m, b[1] - m, b[2] + m, b[3] + m)


def place_labels(requests: Sequence[LabelRequest], discs: np.ndarray, bounds: Box, *,
                 obstacles: Sequence[Box] = (), fixed: Sequence[LabelRequest] = (),
                 gap: float = GAP, margin: float = MARGIN, leaders: bool = True
                 ) -> Placement:
    """Place ``requests`` (most important first) beside their nodes; ``discs`` is every
    node of the picture as rows (x, y, radius), ``obstacles`` boxes no name may cover (the
    legend), ``bounds`` the box names must stay in. ``fixed`` texts (annotations: their
    request's x, y is the centre of the bottom of their box) are placed first, moved until
    they clear the nodes (left out, None, when they cannot)."""
    discs = np.asarray(discs, dtype=float).reshape(-1, 3)
    sizes = [r.height for r in (*requests, *fixed)]
    cell = max(24.0, 4 * (float(np.median(sizes)) if sizes else 12.0))
    nodes = _Discs(discs, cell, bounds)
    taken = _Grid(cell)
    for b in obstacles:
        taken.add(b)
    fixed_boxes: list[Box | None] = []
    for a in fixed:
        box = _fixed_box(a, nodes, taken, bounds, margin)
        if box is not None:
            taken.add(_grown(box, margin))
        fixed_boxes.append(box)
    placed: list[PlacedLabel] = []
    left_out: list[str] = []
    for k, req in enumerate(requests):
        spot = _place_one(req, req.disc, nodes, taken, bounds, gap, margin,
                          leaders and k < LEADER_NAMES, crowded=k < MUST_NAME)
        if spot is None:
            left_out.append(req.node)
            continue
        taken.add(_grown(spot.box, margin))
        placed.append(spot)
    return Placement(placed, left_out, fixed_boxes)


def _free(box: Box, own: int, nodes: _Discs, taken: _Grid, bounds: Box, margin: float
          ) -> bool:
    grown = _grown(box, margin)
    return inside(box, bounds) and not taken.hits(grown) and not nodes.hits(grown, own)


def _sides(x: float, y: float, bounds: Box) -> list[tuple[int, int]]:
    """The eight places beside a node, the side facing away from the middle of the picture
    first (names on the outside of a ring read best), right or left before the others."""
    ox, oy = x - (bounds[0] + bounds[2]) / 2, y - (bounds[1] + bounds[3]) / 2
    norm = math.hypot(ox, oy)
    if norm < 1e-9:
        return _BESIDE
    ox, oy = ox / norm, oy / norm

    def score(side: tuple[int, int]) -> float:
        dx, dy = side
        length = math.hypot(dx, dy)
        return -((dx * ox + dy * oy) / length + (0.35 if dy == 0 else 0.0))

    return sorted(_BESIDE, key=score)


# The leader lines' directions, as unit vectors (math's cos and sin, once).
_ANGLES = [2 * math.pi * k / LEADER_DIRECTIONS for k in range(LEADER_DIRECTIONS)]
_UX = np.array([math.cos(a) for a in _ANGLES])
_UY = np.array([math.sin(a) for a in _ANGLES])


def _leader_ends(req: LabelRequest, d: float, rings: int) -> tuple[np.ndarray, ...]:
    """Every place on a leader line, ring by ring outwards, each ring round the node:
    the leader's direction (ux, uy), its end (ex, ey) and the box hung off the end on the
    side away from the node, as arrays in the order they are tried."""
    x, y, w, h = req.x, req.y, req.width, req.height
    step = max(h * LEADER_STEP, 5.0)
    dist = np.repeat(d + np.arange(1, rings + 1) * step, LEADER_DIRECTIONS)
    ux, uy = np.tile(_UX, rings), np.tile(_UY, rings)
    ex, ey = x + ux * dist, y + uy * dist
    bx = np.where(ux > 0.3, ex, np.where(ux < -0.3, ex - w, ex - w / 2))
    by = np.where(uy > 0.3, ey, np.where(uy < -0.3, ey - h, ey - h / 2))
    return ux, uy, ex, ey, np.column_stack([bx, by, bx + w, by + h])


def _maybe_free(boxes: np.ndarray, own: int, nodes: _Discs, bounds: Box, margin: float
                ) -> list[bool]:
    """For every box, False when it surely cannot be taken: outside ``bounds``, or over
    so much of the nodes' cover that it must touch one (what ``_free`` finds first, for all
    the boxes in one go); True when ``_free`` has to look closer."""
    if not len(boxes):
        return []
    within = (boxes[:, 0] >= bounds[0]) & (boxes[:, 1] >= bounds[1]) \
        & (boxes[:, 2] <= bounds[2]) & (boxes[:, 3] <= bounds[3])
    grown = boxes + np.array([-margin, -margin, margin, margin])
    return (within & (nodes.cover.counts(grown, own) <= EDGE_CELLS)).tolist()


def _place_one(req: LabelRequest, own: int, nodes: _Discs, taken: _Grid, bounds: Box,
               gap: float, margin: float, leaders: bool, crowded: bool = False
               ) -> PlacedLabel | None:
    x, y, w, h = req.x, req.y, req.width, req.height
    d = req.r + gap + margin
    beside = [_box_at(x, y, w, h, dx, dy, d) for dx, dy in _sides(x, y, bounds)]
    for box, free in zip(beside, _maybe_free(np.array(beside), own, nodes, bounds, margin),
                         strict=True):
        if free and _free(box, own, nodes, taken, bounds, margin):
            return PlacedLabel(req.node, box)
    if not leaders:
        return None
    ends = _leader_ends(req, d, LEADER_RINGS)
    maybe = _maybe_free(ends[4], own, nodes, bounds, margin)
    spot = _leadered(req, own, nodes, taken, bounds, margin, ends, maybe, over_nodes=False)
    if spot is None and crowded:
        # one of the most important names, in a crowd: its leader may pass over nodes
        # (never over names), close to its node; the home city's further out
        if req.node == HOME:
            ends = _leader_ends(req, d, HOME_RINGS)
            maybe = _maybe_free(ends[4], own, nodes, bounds, margin)
        else:
            k = CROSSING_RINGS * LEADER_DIRECTIONS
            ends, maybe = tuple(a[:k] for a in ends), maybe[:k]
        spot = _leadered(req, own, nodes, taken, bounds, margin, ends, maybe,
                         over_nodes=True)
    return spot


def _leadered(req: LabelRequest, own: int, nodes: _Discs, taken: _Grid, bounds: Box,
              margin: float, ends: tuple[np.ndarray, ...], maybe: list[bool], *,
              over_nodes: bool) -> PlacedLabel | None:
    """A place further out for the name (one of ``ends``), joined to its node by a leader
    line."""
    x, y = req.x, req.y
    ux, uy, ex, ey, boxes = ends
    for k in (k for k, m in enumerate(maybe) if m):
        box = tuple(boxes[k].tolist())
        if not _free(box, own, nodes, taken, bounds, margin):
            continue
        sx, sy = x + ux[k] * (req.r + 1), y + uy[k] * (req.r + 1)
        if taken.crosses(sx, sy, ex[k], ey[k]) or (
                not over_nodes and nodes.crossed(sx, sy, ex[k], ey[k], own)):
            continue
        return PlacedLabel(req.node, box, (float(sx), float(sy), float(ex[k]), float(ey[k])))
    return None


def _fixed_box(a: LabelRequest, nodes: _Discs, taken: _Grid, bounds: Box, margin: float
               ) -> Box | None:
    """An annotation's box: centred on (x, y) bottom, moved up or down (then sideways) a
    little at a time until it clears the nodes and what is already placed, kept inside
    ``bounds``; None when there is no such place."""
    w, h = a.width, a.height

    def at(dx: float, dy: float) -> Box:
        x0 = min(max(a.x - w / 2 + dx, bounds[0]), bounds[2] - w)
        y0 = min(max(a.y + dy, bounds[1]), bounds[3] - h)
        return (x0, y0, x0 + w, y0 + h)

    for k in range(0, 24):
        for dx in (0.0, -w / 2, w / 2):
            for sign in (1, -1):
                box = at(dx, a.r + sign * k * h * 0.6)
                if not taken.hits(_grown(box, margin)) and \
                        not nodes.hits(_grown(box, margin)):
                    return box
    return None
