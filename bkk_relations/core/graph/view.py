"""One picture's worth of graph: built for a choice of filters, laid out, measured, ranked and,
when it is big, grouped by country or region; then stepped through the years, and its groups
opened and closed, without laying it out again.

These are the steps the window runs off its GUI thread and the command line runs for a
picture; the layout is made over all years (``full``), so the picture stays still while the
year changes.
"""

from __future__ import annotations

import datetime as _dt
import math
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace

import networkx as nx

from .aggregate import (
    AUTO_GROUP_NODES,
    Aggregation,
    aggregate,
    auto_group,
    expanded_positions,
    is_group,
)
from .data import gc_paused
from .layout import (
    Annotation,
    Positions,
    compute_layout,
    radial_annotations,
    region_annotations,
    view_name,
    with_saved,
)
from .model import (
    HOME,
    Cancelled,
    GraphData,
    GraphFilter,
    KeyPartner,
    Metrics,
    Progress,
    Risk,
    add_sectors,
    build_graph,
    compute_metrics,
    ego_graph,
    key_partners,
    rank_order,
    resolve_node,
    risks,
    undated_links,
)
from .ranking import Engagement, engagement


@dataclass
class GraphView:
    """What is drawn (``graph``, after the year filter, grouped when ``group_by`` is not
    "none"), the same over all years (``full``, whose layout ``pos`` keeps the picture
    still), and the ungrouped graph of the year (``base``) that the measures, rankings and
    weak points are about."""

    graph: nx.Graph
    full: nx.Graph
    pos: Positions
    metrics: Metrics
    risks: list[Risk]
    layout: str
    name: str
    ego: str | None = None
    depth: int = 1
    base: nx.Graph | None = None
    base_full: nx.Graph | None = None
    group_by: str = "none"
    auto_grouped: bool = False  # grouped because the view is big, not because asked
    aggregation: Aggregation | None = None
    group_pos: Positions = field(default_factory=dict)  # the groups, all closed
    undated: int = 0  # ties left out of the year view: their start is not known
    engagement: dict[str, Engagement] = field(default_factory=dict)
    filter: GraphFilter = field(default_factory=GraphFilter)
    measured: bool = True  # metrics, weak points and rankings are computed (see measure)
    _orders: dict[str, list[str]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        if self.base is None:
            self.base = self.graph
        if self.base_full is None:
            self.base_full = self.full

    @property
    def grouped(self) -> bool:
        return self.aggregation is not None

    @property
    def expanded(self) -> frozenset[str]:
        return self.aggregation.expanded if self.aggregation is not None else frozenset()

    def group_of(self, node: str) -> str | None:
        """The group drawn in place of ``node`` (None when the node itself is drawn)."""
        if self.aggregation is None or node in self.graph:
            return None
        return self.aggregation.group_of.get(node)

    def ranking(self, by: str, lang: str = "en", limit: int | None = None,
                nodes: Collection[str] | None = None) -> list[KeyPartner]:
        """The nodes ranked by ``by`` (the first ``limit``, or the rows of ``nodes``)."""
        assert self.base is not None
        return key_partners(self.base, self.metrics, by, lang, limit, self.engagement,
                            order=self.rank_order(by), nodes=nodes)

    def rank_order(self, by: str) -> list[str]:
        """Every node of ``base`` but the home city, best first by ``by`` (kept)."""
        assert self.base is not None
        order = self._orders.get(by)
        if order is None:
            order = self._orders[by] = rank_order(self.base, self.metrics, by,
                                                  self.engagement)
        return order


def _check(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled("Cancelled.")


def year_graph(data: GraphData, f: GraphFilter, full: nx.Graph) -> nx.Graph:
    """What of ``full`` exists under ``f`` (its year included)."""
    if f.year is None:
        return full
    return build_graph(data, f).subgraph(full).copy()


@gc_paused
def compute_view(data: GraphData, f: GraphFilter, *, layout: str = "force",
                 ego: str | None = None, depth: int = 1, saved: Positions | None = None,
                 group_by: str = "none", expanded: Collection[str] = (),
                 threshold: int | None = None, progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None,
                 today: _dt.date | None = None, measure: bool = True) -> GraphView:
    """Build, lay out (and, with ``measure``, measure and rank) one view. ``group_by``
    "auto" groups by country when the view has more than ``threshold`` nodes (default
    AUTO_GROUP_NODES); ``expanded``
    names the groups shown as their members. Without ``measure`` the picture can be shown
    at once and ``measure_view`` fills in the rest (it needs the data's extras)."""
    if progress:
        progress("graph", 0, 4)
    full = build_graph(data, f.without_year())
    if ego is not None:
        full = ego_graph(full, resolve_node(full, ego), depth)
    _check(cancelled)
    base = year_graph(data, f, full)
    undated = len(undated_links(data, f, full if ego is not None else None))
    if threshold is None:
        threshold = AUTO_GROUP_NODES
    by = auto_group(full.number_of_nodes(), threshold) if group_by == "auto" else group_by
    if progress:
        progress("layout", 1, 4)
    center = full.graph.get("ego")
    view = GraphView(base, full, {}, quick_metrics(base), [], layout,
                     view_name(layout, center, depth, by), center, depth, base, full, by,
                     group_by == "auto" and by != "none", undated=undated, filter=f,
                     measured=False)
    view = _lay_out(view, saved or {}, expanded)
    _check(cancelled)
    if not measure:
        return view
    if progress:
        progress("metrics", 2, 4)
    view = measure_view(data, view, cancelled=cancelled, today=today)
    if progress:
        progress("done", 4, 4)
    return view


@gc_paused
def measure_view(data: GraphData, view: GraphView, *,
                 cancelled: Callable[[], bool] | None = None,
                 today: _dt.date | None = None, rank_by: str | None = None) -> GraphView:
    """The view with its measures, weak points, weighted ties and sectors (a new view; the
    nodes' sector attributes are set in place), and with ``rank_by`` its nodes ranked by
    that measure already (sorting 20,000 nodes takes a while: not on the GUI thread)."""
    base = view.base
    assert base is not None
    metrics = compute_metrics(base, cancelled=cancelled)
    _check(cancelled)
    found = risks(base)
    eng = engagement(data, view.filter, base, today=today)
    if data.sectors_read:
        add_view_sectors(data, view)
    out = replace(view, metrics=metrics, risks=found, engagement=eng, measured=True,
                  _orders={})
    if rank_by is not None:
        out.rank_order(rank_by)
    return out


def add_view_sectors(data: GraphData, view: GraphView) -> None:
    """Give the view's nodes (and groups) their sectors (``data`` with its sectors read)."""
    members = view.aggregation.members if view.aggregation is not None else None
    graphs = {id(g): g for g in (view.base, view.base_full, view.full, view.graph)
              if g is not None}
    add_sectors(data, graphs.values(), view.filter, members)


def quick_metrics(g: nx.Graph) -> Metrics:
    """What can be had at once: degree and weighted degree (the others zero until
    measured), so a picture can be drawn before the measures are done."""
    degree = dict(g.degree())
    weighted = {n: float(w) for n, w in g.degree(weight="weight")}
    zeros = dict.fromkeys(g, 0.0)
    return Metrics(degree, weighted, zeros, dict(zeros), dict.fromkeys(g, 0),
                   dict.fromkeys(g, 0), 0, 0, 0.0)


def _lay_out(view: GraphView, saved: Positions, expanded: Collection[str]) -> GraphView:
    full = view.base_full
    assert full is not None
    if view.group_by == "none":
        view.pos = with_saved(compute_layout(full, view.layout), saved)
        return view
    closed = aggregate(full, view.group_by)
    view.group_pos = compute_layout(closed.graph, view.layout)
    return _grouped(view, expanded, saved, closed)


def _grouped(view: GraphView, expanded: Collection[str], saved: Positions,
             closed: Aggregation | None = None) -> GraphView:
    """The grouped graphs of the view with ``expanded`` groups open, and their positions
    (``closed``: the grouping with every group closed, when already made)."""
    full, base = view.base_full, view.base
    assert full is not None and base is not None
    opened = closed if closed is not None and not (set(expanded) & closed.members.keys()) \
        else aggregate(full, view.group_by, expanded)
    order = sorted(full, key=lambda n: -full.degree(n)) if opened.expanded else None
    view.pos = with_saved(expanded_positions(opened, view.group_pos, order), saved)
    view.full = opened.graph
    # the year's graph is the whole graph when no year is chosen: the same grouping serves
    view.aggregation = opened if base is full else aggregate(base, view.group_by,
                                                             opened.expanded)
    view.graph = view.aggregation.graph
    return view


@gc_paused
def regroup(view: GraphView, expanded: Collection[str], saved: Positions | None = None
            ) -> GraphView:
    """The same view with other groups open (no new layout, no new measures)."""
    if view.aggregation is None:
        return view
    return _grouped(replace(view, _orders=dict(view._orders)), expanded, saved or {})


@gc_paused
def year_step(data: GraphData, f: GraphFilter, view: GraphView,
              cancelled: Callable[[], bool] | None = None,
              today: _dt.date | None = None) -> GraphView:
    """The view in another year: filtered and measured again, laid out as before."""
    full = view.base_full
    assert full is not None
    base = year_graph(data, f, full)
    out = replace(view, base=base, filter=f, _orders={},
                  undated=len(undated_links(data, f, full if view.ego else None)))
    if view.aggregation is not None:
        out.aggregation = aggregate(base, view.group_by, view.expanded)
        out.graph = out.aggregation.graph
    else:
        out.graph = base
    return measure_view(data, out, cancelled=cancelled, today=today)


# -- drawing a view ---------------------------------------------------------------------------
def view_sizes(view: GraphView, metric: str) -> dict[str, float]:
    """Marker areas (points²): partners by ``metric``, groups by how many partners they
    hold, the home city biggest; smaller for bigger pictures, so it never turns into one
    blot."""
    from .export import node_sizes

    g = view.graph
    values = view.metrics.values(metric)
    if view.aggregation is None:
        return node_sizes(g, values)
    biggest, smallest = _size_range(g.number_of_nodes())
    biggest *= 0.5  # groups sit close together in their regions: smaller discs, more names
    members = {n: int(g.nodes[n].get("members", 0)) for n in g if is_group(n)}
    top_group = max(members.values(), default=0) or 1
    top_value = max((abs(v) for v in values.values()), default=0.0) or 1.0
    out: dict[str, float] = {}
    for n in g:
        if n == HOME:
            out[n] = biggest * 1.4
        elif n in members:
            out[n] = smallest + (biggest - smallest) * math.sqrt(members[n] / top_group)
        else:  # a partner of an opened group: as big as in the ungrouped picture, but less
            share = math.sqrt(abs(values.get(n, 0.0)) / top_value)
            out[n] = smallest + (biggest * 0.5 - smallest) * share
    return out


def _size_range(n: int) -> tuple[float, float]:
    from .draw import size_range

    return size_range(n)


def view_annotations(view: GraphView, calendar: str = "gregorian") -> list[Annotation]:
    """What is written on the picture besides the names: the regions of the region layout,
    the tie types round the radial layout's first ring."""
    if view.layout == "region":
        return region_annotations(view.full, view.pos)
    if view.layout == "radial" and view.aggregation is None:
        return radial_annotations(view.full, view.pos, calendar)
    return []
