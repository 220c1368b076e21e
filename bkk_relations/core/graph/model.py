"""The relationship graph: who the home city is tied to, through which agreements, networks
and projects, and where the network is thin.

``load_graph_data`` reads everything once (a few queries, no per-record reads);
``build_graph`` turns it into a ``networkx.Graph`` for a choice of filters, so the year slider
and filter changes never touch the database again. ``compute_metrics`` runs the expensive
measures through igraph's C core (networkx's pure-Python versions are 10-1000x slower, see
bench/graph_bench.py).

Nodes are ``"home"``, ``"partner:ID"``, ``"project:ID"`` and ``"unit:ID"``; every node and edge
attribute is a string or a number, so the graph can be written to GraphML and GEXF as it is.
"""

from __future__ import annotations

import contextlib
import random
import threading
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace

import networkx as nx

from ..dates import BE_OFFSET
from ..errors import Cancelled, GraphError
from ..records import vocab
from .data import (  # noqa: F401
    HOME,
    Entity,
    GraphData,
    Link,
    gc_paused,
    load_extras,
    load_graph_data,
)

# Tie types, strongest first: the first one on an edge names the edge ("primary type").
AGREEMENT_TIES = ["sister_city", "friendship_city", "membership", "mou", "cooperation",
                  "letter_of_intent"]
OTHER_TIES = ["network_member", "project", "co_project", "lead_unit", "unit_of"]
TIE_TYPES = [*AGREEMENT_TIES[:3], "network_member", *AGREEMENT_TIES[3:], *OTHER_TIES[1:]]
TIE_LABELS: dict[str, tuple[str, str]] = {
    "sister_city": ("Sister city", "เมืองพี่เมืองน้อง"),
    "friendship_city": ("Friendship city", "เมืองมิตรภาพ"),
    "membership": ("Network membership", "สมาชิกเครือข่าย"),
    "network_member": ("Fellow member of a network", "สมาชิกร่วมเครือข่าย"),
    "mou": ("MOU", "บันทึกความเข้าใจ"),
    "cooperation": ("Cooperation agreement", "ความตกลงความร่วมมือ"),
    "letter_of_intent": ("Letter of intent", "หนังสือแสดงเจตจำนง"),
    "project": ("Project", "โครงการ"),
    "co_project": ("Partners in one project", "พันธมิตรในโครงการเดียวกัน"),
    "lead_unit": ("Unit leading a project", "หน่วยงานรับผิดชอบโครงการ"),
    "unit_of": ("Unit of the city", "หน่วยงานของเมือง"),
}
NODE_KINDS: dict[str, tuple[str, str]] = {
    "home": ("Home city", "เมืองหลัก"),
    "city": ("City", "เมือง"),
    "organisation": ("Organisation", "องค์กร"),
    "project": ("Project", "โครงการ"),
    "unit": ("Unit", "หน่วยงาน"),
    "group": ("Group of partners", "กลุ่มพันธมิตร"),
}
# A tie that has not started (or never will) does not exist in any year.
NOT_YET = {"draft", "negotiation", "planned", "cancelled"}
ENDED = {"expired", "terminated", "completed"}
_STATUS_ORDER = ["active", "renewed", "ongoing", "completed", "expired", "terminated",
                 "planned", "negotiation", "draft", "cancelled"]
METRICS = ["degree", "weighted_degree", "betweenness", "eigenvector"]
METRIC_LABELS: dict[str, tuple[str, str]] = {
    "degree": ("Ties (degree)", "จำนวนความสัมพันธ์"),
    "weighted_degree": ("Weighted degree", "ความสัมพันธ์ถ่วงน้ำหนัก"),
    "betweenness": ("Betweenness", "ความเป็นสื่อกลาง"),
    "eigenvector": ("Eigenvector centrality", "ความสำคัญของเครือข่าย"),
}
EXACT_BETWEENNESS_LIMIT = 5000  # above this many nodes, betweenness is estimated
BETWEENNESS_SAMPLES = 500

Progress = Callable[[str, int, int], None]


def tie_label(tie: str, lang: str = "en") -> str:
    pair = TIE_LABELS.get(tie) or vocab.AGREEMENT_TYPES.get(tie)
    if not pair:
        return tie.replace("_", " ")
    return pair[1] if lang == "th" else pair[0]


def kind_label(kind: str, lang: str = "en") -> str:
    pair = NODE_KINDS.get(kind, (kind, kind))
    return pair[1] if lang == "th" else pair[0]


def metric_label(metric: str, lang: str = "en") -> str:
    pair = METRIC_LABELS.get(metric, (metric, metric))
    return pair[1] if lang == "th" else pair[0]


_TIE_RANK = {t: i for i, t in enumerate(TIE_TYPES)}


def _priority(tie: str) -> int:
    return _TIE_RANK.get(tie, len(TIE_TYPES))


# -- building the graph ------------------------------------------------------------------------
@dataclass(frozen=True)
class GraphFilter:
    """What to show. Partner filters (kind, region, country, partner_status) drop partners;
    tie filters (agreement_type, status, sector, sdg, year) drop ties, and a partner left
    without ties drops out too. ``year``: only ties that existed in that year; a tie without
    a start date is left out (and counted, see ``undated_links``) unless ``undated``."""

    kind: str | None = None
    region: str | None = None
    country: str | None = None
    partner_status: str | None = None
    agreement_type: str | None = None
    status: str | None = None
    sector: str | None = None
    sdg: int | None = None
    goal: int | None = None  # a goal's id: only ties aligned to it
    year: int | None = None
    undated: bool = False
    projects: bool = False
    units: bool = False
    isolated: bool = False

    def without_year(self) -> GraphFilter:
        return replace(self, year=None)


def _partner_ok(p: Entity, f: GraphFilter) -> bool:
    return ((f.kind is None or p.kind == f.kind) and (f.region is None or p.region == f.region)
            and (f.country is None or p.country == f.country)
            and (f.partner_status is None or p.status == f.partner_status))


def exists_in(link: Link, year: int, undated: bool = False) -> bool:
    """Whether the tie existed at some time in ``year``. A tie whose start is unknown is
    not known to have existed in any year: left out unless ``undated``."""
    if link.status in NOT_YET:
        return False
    if link.start is None and not undated:
        return False
    return (link.start is None or link.start <= year) and (link.end is None or link.end >= year)


def _link_ok(link: Link, f: GraphFilter) -> bool:
    if f.agreement_type is not None and (link.source != "agreement"
                                         or link.type != f.agreement_type):
        return False
    if f.status is not None and link.status != f.status:
        return False
    if f.sector is not None and f.sector not in link.sectors:
        return False
    if f.sdg is not None and f.sdg not in link.sdgs:
        return False
    if f.goal is not None and f.goal not in link.goals:
        return False
    return f.year is None or exists_in(link, f.year, f.undated)


def undated_links(data: GraphData, f: GraphFilter, nodes: Iterable[str] | None = None
                  ) -> list[Link]:
    """The agreements and projects a year view leaves out because their start is unknown:
    those that pass the other filters, are not drafts and had not ended before the year.
    With ``nodes``, only those tying one of these nodes (an ego view)."""
    if f.year is None or f.undated:
        return []
    wanted = set(nodes) if nodes is not None else None
    out = []
    plain = replace(f, year=None)
    for link in data.links:
        if (link.start is not None or link.status in NOT_YET
                or (link.end is not None and link.end < f.year) or not _link_ok(link, plain)):
            continue
        parties = [data.partners[p] for p in link.partners if _partner_ok(data.partners[p], f)]
        if not parties:
            continue
        if wanted is not None and not any(p.node in wanted for p in parties):
            continue
        out.append(link)
    return out


# The ties gathered on one edge: (tie type, the agreement or project behind it, if any).
_Ties = list[tuple[str, "Link | None"]]


class _Builder:
    def __init__(self, data: GraphData, f: GraphFilter):
        self.data, self.f = data, f
        self.edges: dict[tuple[str, str], _Ties] = {}
        self.entities: dict[str, Entity] = {HOME: data.home}

    def tie(self, a: Entity, b: Entity, tie: str, link: Link | None) -> None:
        an, bn = a.node, b.node
        if an == bn:
            return
        entities = self.entities
        if an not in entities:
            entities[an] = a
        if bn not in entities:
            entities[bn] = b
        key = (an, bn) if an < bn else (bn, an)
        ties = self.edges.get(key)
        if ties is None:
            self.edges[key] = [(tie, link)]
        else:
            ties.append((tie, link))

    def agreement(self, link: Link, parties: list[Entity]) -> None:
        home = self.data.home
        if len(parties) == 1 and link.type != "membership":  # most agreements
            self.tie(home, parties[0], link.type, link)
            return
        orgs = [p for p in parties if p.kind == "organisation"]
        members = [p for p in parties if p.kind != "organisation"]
        if link.type == "membership" and len(link.partners) > 1 and any(
                self.data.partners[p].kind == "organisation" for p in link.partners):
            # The home city and these partners are members of the organisations; with the
            # organisations filtered out, the members are not tied by it at all (never to
            # each other: a network of 2,000 members is not 2 million ties).
            for org in orgs:
                self.tie(home, org, "membership", link)
                for m in members:
                    self.tie(m, org, "network_member", link)
            return
        for p in parties:
            self.tie(home, p, link.type, link)
        for i, p in enumerate(parties):  # a multi-party agreement ties its parties together
            for q in parties[i + 1:]:
                self.tie(p, q, "network_member" if link.type == "membership" else link.type,
                         link)

    def project(self, link: Link, partners: list[Entity]) -> None:
        data, f, home = self.data, self.f, self.data.home
        units = [data.units[u] for u in link.units] if f.units else []
        if f.projects:
            node = Entity(f"project:{link.record_id}", "project", link.record_id, "project",
                          link.label_en, link.label_th, status=link.status)
            for p in partners:
                self.tie(node, p, "project", link)
            for u in units:
                self.tie(u, node, "lead_unit", link)
            if not units:
                self.tie(home, node, "project", link)
            return
        for i, p in enumerate(partners):
            self.tie(home, p, "project", link)
            for q in partners[i + 1:]:
                self.tie(p, q, "co_project", link)
            for u in units:
                self.tie(u, p, "lead_unit", link)

    def graph(self) -> nx.Graph:
        if self.f.units:
            for node in list(self.entities):
                if node.startswith("unit:"):
                    self.tie(self.data.home, self.entities[node], "unit_of", None)
        return _graph_of(dict(self.node_attrs(e) for e in self.entities.values()),
                         ((a, b, _edge_attrs(ties)) for (a, b), ties in self.edges.items()))

    @staticmethod
    def node_attrs(e: Entity) -> tuple[str, dict[str, object]]:
        return e.node, {
            "entity": e.entity, "record_id": e.record_id, "kind": e.kind, "label": e.label_en,
            "label_en": e.label_en, "label_th": e.label_th or e.label_en,
            "acronym": e.acronym, "country": e.country, "region": e.region,
            "status": e.status, "org_type": e.org_type, "sector": "", "sectors": ""}


def _graph_of(nodes: dict[str, dict], edges: Iterable[tuple[str, str, dict]]) -> nx.Graph:
    """A networkx graph of ``nodes`` (id -> attributes) and ``edges`` (a, b, attributes),
    filled as ``add_edges_from`` fills it (one attribute dict shared by both directions)
    but without copying every attribute dict: a third of the time on 50,000 ties."""
    g = nx.Graph()
    g._node.update(nodes)
    adj = g._adj
    for n in nodes:
        adj[n] = {}
    for a, b, d in edges:
        if a in adj and b in adj:
            adj[a][b] = d
            adj[b][a] = d
    return g


_STATUS_RANK = {s: i for i, s in enumerate(_STATUS_ORDER)}


def _edge_attrs(ties: _Ties) -> dict[str, object]:
    if len(ties) == 1 and (lk := ties[0][1]) is not None:  # most edges: one tie, one record
        tie = ties[0][0]
        ids = str(lk.record_id)
        return {"type": tie, "types": tie, "weight": 1, "start": lk.start or 0,
                "end": lk.end or 0, "status": lk.status,
                "agreements": ids if lk.source == "agreement" else "",
                "projects": ids if lk.source == "project" else ""}
    types = sorted({t for t, _ in ties}, key=_priority)
    links = [lk for _, lk in ties if lk is not None]
    starts = [lk.start for lk in links if lk.start is not None]
    ends = [lk.end for lk in links if lk.end is not None]
    statuses = sorted({lk.status for lk in links},
                      key=lambda s: _STATUS_RANK.get(s, len(_STATUS_ORDER)))
    return {
        "type": types[0], "types": ",".join(types), "weight": max(1, len(links)),
        "start": min(starts) if starts else 0,
        # 0 = still open (or no end known)
        "end": 0 if not ends or len(ends) < len(links) else max(ends),
        "status": statuses[0] if statuses else "active",
        "agreements": ",".join(map(str, sorted({lk.record_id for lk in links
                                                if lk.source == "agreement"}))),
        "projects": ",".join(map(str, sorted({lk.record_id for lk in links
                                              if lk.source == "project"}))),
    }


@gc_paused
def build_graph(data: GraphData, f: GraphFilter | None = None) -> nx.Graph:
    """The graph of ties that pass ``f``. Agreements tie each party to the home city (a
    multi-party agreement also ties the parties to each other; a membership agreement that
    names a network and member partners ties the members to the network); projects tie
    their partners to the home city and to each other, or, with ``f.projects``, to a project
    node; with ``f.units`` the city's units join through the projects they lead."""
    f = f or GraphFilter()
    b = _Builder(data, f)
    every_tie = (f.agreement_type is None and f.status is None and f.sector is None
                 and f.sdg is None and f.goal is None and f.year is None)
    every_partner = (f.kind is None and f.region is None and f.country is None
                     and f.partner_status is None)
    known = data.partners
    for link in data.links:
        if not every_tie and not _link_ok(link, f):
            continue
        partners = [known[p] for p in link.partners] if every_partner else \
            [known[p] for p in link.partners if _partner_ok(known[p], f)]
        if link.source == "agreement":
            if partners:
                b.agreement(link, partners)
        elif partners:
            b.project(link, partners)
    if f.isolated:
        for p in data.partners.values():
            if _partner_ok(p, f):
                b.entities.setdefault(p.node, p)
    g = b.graph()
    g.graph["home"] = HOME
    return g


def add_sectors(data: GraphData, graphs: Iterable[nx.Graph], f: GraphFilter | None = None,
                members: Mapping[str, Iterable[str]] | None = None) -> None:
    """Give every node of ``graphs`` its sectors (the sectors of the agreements and projects
    that tie it, under ``f``) as "sectors" and the most common as "sector"; a group (of
    ``members``) the most common of its members'. Needs ``data`` with its extras."""
    f = f or GraphFilter()
    found: dict[str, Counter[str]] = defaultdict(Counter)
    aligned: dict[str, Counter[str]] = defaultdict(Counter)  # the nodes' goals alike
    for link in data.links:
        if not (link.sectors or link.goals) or not _link_ok(link, f):
            continue
        nodes = [f"partner:{p}" for p in link.partners] + [f"unit:{u}" for u in link.units]
        if link.source == "project":
            nodes.append(f"project:{link.record_id}")
        for n in nodes:
            found[n].update(link.sectors)
            aligned[n].update(str(goal) for goal in link.goals)
    for g in graphs:
        for n, d in g.nodes(data=True):
            for counted, one, every in ((found, "sector", "sectors"),
                                        (aligned, "goal", "goals")):
                counts = counted.get(n)
                if counts is None and members is not None and n in members:
                    counts = Counter()
                    for m in members[n]:
                        counts.update(counted.get(m, {}))
                if counts:
                    d[one] = counts.most_common(1)[0][0]
                    d[every] = ",".join(sorted(counts))
            if "goal" in d:  # named for the legend
                d["goal_en"], d["goal_th"] = data.goal_names.get(int(d["goal"]),
                                                                 (d["goal"], d["goal"]))
        g.graph["sectors"] = True


def ego_graph(g: nx.Graph, center: str, depth: int = 1) -> nx.Graph:
    """``center`` and every node within ``depth`` ties of it, with the ties among them."""
    if center not in g:
        raise GraphError(f"{center} is not in the graph (check the filters).")
    if depth not in (1, 2):
        raise GraphError("The depth of an ego view must be 1 or 2.")
    reach = nx.single_source_shortest_path_length(g, center, cutoff=depth)
    sub = g.subgraph(reach).copy()
    sub.graph["ego"] = center
    return sub


def resolve_node(g: nx.Graph, text: str) -> str:
    """The node named by ``text``: a node id (``partner:7``), a partner id, ``home``, or a
    name, acronym or Thai name (exact first, then a unique part of a name)."""
    key = text.strip()
    if not key:
        raise GraphError("Name a node: a partner's name or id.")
    if key in g:
        return key
    if key.isdigit() and f"partner:{key}" in g:
        return f"partner:{key}"
    low = key.casefold()
    names = {n: [str(d.get(k, "")).casefold() for k in ("label_en", "label_th", "acronym")]
             for n, d in g.nodes(data=True)}
    exact = [n for n, ns in names.items() if low in ns]
    found = exact or [n for n, ns in names.items() if any(low in s for s in ns if s)]
    if len(found) == 1:
        return found[0]
    if not found:
        raise GraphError(f"No node in the graph matches '{text}'.")
    shown = ", ".join(sorted(str(g.nodes[n]["label_en"]) for n in found)[:5])
    more = f" and {len(found) - 5} more" if len(found) > 5 else ""
    raise GraphError(f"'{text}' matches {len(found)} nodes ({shown}{more}); be more precise.")


def node_label(g: nx.Graph, node: str, lang: str = "en") -> str:
    d = g.nodes[node]
    return str(d.get("label_th") if lang == "th" else d.get("label_en")) or node


def shown_year(year: int, calendar: str = "gregorian") -> int:
    """A year as the user counts it: Buddhist Era (2540 for 1997) or Gregorian."""
    return year + BE_OFFSET if calendar == "buddhist" else year


def describe_ties(g: nx.Graph, node: str, lang: str = "en", limit: int = 8,
                  calendar: str = "gregorian") -> list[str]:
    """One line per neighbour, strongest ties first, years in ``calendar``, for tooltips."""
    rows = sorted(g[node].items(), key=lambda kv: (_priority(kv[1]["type"]), -kv[1]["weight"]))
    out = []
    for other, e in rows[:limit]:
        kinds = ", ".join(tie_label(t, lang) for t in str(e["types"]).split(","))
        end = shown_year(e["end"], calendar) if e["end"] else ""
        since = f" ({shown_year(e['start'], calendar)}–{end})" if e["start"] else ""
        out.append(f"{node_label(g, other, lang)}: {kinds}{since}")
    if len(rows) > limit:
        out.append(f"… +{len(rows) - limit}")
    return out


# -- metrics ------------------------------------------------------------------------------------
@dataclass
class Metrics:
    """Per-node measures plus what they say about the whole network."""

    degree: dict[str, int]
    weighted_degree: dict[str, float]
    betweenness: dict[str, float]
    eigenvector: dict[str, float]
    component: dict[str, int]
    community: dict[str, int]
    components: int
    communities: int
    modularity: float
    betweenness_exact: bool = True
    betweenness_samples: int = 0

    def values(self, metric: str) -> dict[str, float]:
        if metric not in METRICS:
            raise GraphError(f"Unknown metric '{metric}'; choose one of {', '.join(METRICS)}.")
        return getattr(self, metric)

    @property
    def betweenness_note(self) -> str:
        if self.betweenness_exact:
            return "exact"
        return f"approximate ({self.betweenness_samples} sampled sources)"


def _check(cancelled: Callable[[], bool] | None, progress: Progress | None, step: str,
           done: int, total: int) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled("Cancelled.")
    if progress is not None:
        progress(step, done, total)


_IGRAPH_RNG = threading.Lock()


@contextlib.contextmanager
def seeded_igraph(seed: int) -> Iterator[None]:
    """Run igraph with its own seeded random generator, so layouts and communities come out
    the same every time (igraph otherwise draws from the global ``random`` module)."""
    import igraph as ig

    with _IGRAPH_RNG:
        ig.set_random_number_generator(random.Random(seed))
        try:
            yield
        finally:
            ig.set_random_number_generator(random)


def to_igraph(g: nx.Graph):  # -> igraph.Graph, index→node list
    import igraph as ig

    nodes = list(g)
    index = {n: i for i, n in enumerate(nodes)}
    ig_graph = ig.Graph(n=len(nodes), edges=[(index[a], index[b]) for a, b in g.edges()])
    ig_graph.es["weight"] = [float(w) for _, _, w in g.edges(data="weight", default=1)]
    return ig_graph, nodes


def compute_metrics(g: nx.Graph, *, exact_limit: int = EXACT_BETWEENNESS_LIMIT,
                    samples: int = BETWEENNESS_SAMPLES, seed: int = 1,
                    progress: Progress | None = None,
                    cancelled: Callable[[], bool] | None = None) -> Metrics:
    """Degree, weighted degree (sum of ties), betweenness (normalised like networkx;
    estimated from ``samples`` random sources above ``exact_limit`` nodes), eigenvector
    centrality (scaled so the highest is 1), components and Louvain communities."""
    n = g.number_of_nodes()
    _check(cancelled, progress, "metrics", 0, 5)
    ig_graph, nodes = to_igraph(g)
    degree = dict(g.degree())
    strength = ig_graph.strength(weights="weight") if n else []
    weighted = {v: float(s) for v, s in zip(nodes, strength, strict=True)}
    _check(cancelled, progress, "betweenness", 1, 5)
    exact = n <= exact_limit or samples >= n
    if n < 3:
        raw, scale = [0.0] * n, 0.0
    elif exact:
        raw, scale = ig_graph.betweenness(directed=False), 2 / ((n - 1) * (n - 2))
    else:
        # Brandes' pivots: shortest paths from a random sample of sources, scaled by n/k.
        sources = random.Random(seed).sample(range(n), samples)
        raw = ig_graph.betweenness(directed=False, sources=sources)
        scale = 2 / ((n - 1) * (n - 2)) * n / samples
    betweenness = {v: b * scale for v, b in zip(nodes, raw, strict=True)}
    _check(cancelled, progress, "eigenvector", 2, 5)
    eig = ig_graph.eigenvector_centrality() if ig_graph.ecount() else [0.0] * n
    eigenvector = {v: float(x) for v, x in zip(nodes, eig, strict=True)}
    _check(cancelled, progress, "components", 3, 5)
    comps = ig_graph.connected_components().membership if n else []
    component = _renumber(nodes, comps)
    _check(cancelled, progress, "communities", 4, 5)
    if g.number_of_edges():
        # igraph's multilevel method is Louvain modularity optimisation, as networkx's
        # louvain_communities, but in C: 0.2 s instead of 8 s at 20,000 nodes.
        with seeded_igraph(seed):
            clusters = ig_graph.community_multilevel(weights="weight")
        parts = [{nodes[i] for i in c} for c in clusters]
        modularity = clusters.modularity
    else:
        parts, modularity = [{v} for v in nodes], 0.0
    parts = sorted(parts, key=lambda c: (-len(c), min(c)))
    community = {v: i for i, part in enumerate(parts) for v in part}
    _check(cancelled, progress, "done", 5, 5)
    return Metrics(degree, weighted, betweenness, eigenvector, component, community,
                   len(set(comps)), len(parts), float(modularity), exact,
                   0 if exact else samples)


def _renumber(nodes: list[str], membership: list[int]) -> dict[str, int]:
    """Component numbers with 0 for the largest."""
    sizes = Counter(membership)
    order = {c: i for i, (c, _) in enumerate(sorted(sizes.items(), key=lambda kv: -kv[1]))}
    return {v: order[c] for v, c in zip(nodes, membership, strict=True)}


@dataclass(frozen=True)
class KeyPartner:
    """A node's place in a ranking: ``value`` is the measure it was ranked by; partners with
    the same value are ordered by ``score``, their weighted ties (see ranking.Engagement),
    then by degree."""

    node: str
    label: str
    kind: str
    country: str
    degree: int
    weighted_degree: float
    betweenness: float
    eigenvector: float
    community: int
    value: float = 0.0
    score: float = 0.0
    agreements_in_force: int = 0
    projects: int = 0
    recent_activities: int = 0
    rank: int = 0
    tied: bool = False  # another node has the same value: the weighted ties decided


def rank_order(g: nx.Graph, m: Metrics, by: str = "betweenness",
               engagement: Mapping[str, object] | None = None) -> list[str]:
    """Every node but the home city, best first by ``by``; equal values ordered by weighted
    ties (``engagement``), weighted degree, degree, then name."""
    values = m.values(by)
    engagement = engagement or {}

    def key(v: str) -> tuple:
        score = float(getattr(engagement.get(v), "score", 0.0))
        return (-_rounded(values[v]), -score, -m.weighted_degree[v], -m.degree[v],
                node_label(g, v).casefold(), v)

    return sorted((v for v in g if v != HOME), key=key)


def key_partners(g: nx.Graph, m: Metrics, by: str = "betweenness", lang: str = "en",
                 limit: int | None = None, engagement: Mapping[str, object] | None = None,
                 *, order: list[str] | None = None, nodes: Iterable[str] | None = None
                 ) -> list[KeyPartner]:
    """Nodes ranked by a metric, highest first; the home city is left out because every tie
    runs through it. Equal values (every partner of a star has the same betweenness) are
    ordered by weighted ties (``engagement``: agreements in force, projects, recent
    activities), then by degree, never by name alone. ``order`` is ``rank_order``'s answer
    when already known; ``nodes`` asks for the rows of these nodes only (with their rank)."""
    values = m.values(by)
    engagement = engagement or {}
    order = order if order is not None else rank_order(g, m, by, engagement)
    counts = Counter(_rounded(values[v]) for v in order)
    if nodes is not None:
        position = {v: i for i, v in enumerate(order)}
        picked = [(position[v], v) for v in nodes if v in position]
    else:
        picked = list(enumerate(order[:limit] if limit is not None else order))
    rows = []
    for i, v in picked:
        e = engagement.get(v)
        rows.append(KeyPartner(
            v, node_label(g, v, lang), str(g.nodes[v]["kind"]), str(g.nodes[v]["country"]),
            m.degree[v], m.weighted_degree[v], m.betweenness[v], m.eigenvector[v],
            m.community[v], float(values[v]), float(getattr(e, "score", 0.0)),
            int(getattr(e, "agreements_in_force", 0)), int(getattr(e, "projects", 0)),
            int(getattr(e, "recent_activities", 0)), i + 1, counts[_rounded(values[v])] > 1))
    return rows


def _rounded(value: float) -> float:
    """Measures equal but for floating-point noise compare equal."""
    return round(value, 9)


@dataclass(frozen=True)
class Risk:
    """A weak point: ``kind`` is "tie" (one link, ``via`` its other end, holds ``cut_off``
    to the home city), "node" (one node holds them) or "unreachable" (not linked to the home
    city at all)."""

    kind: str
    node: str
    via: str
    ties: int
    cut_off: tuple[str, ...]


def risks(g: nx.Graph, home: str = HOME) -> list[Risk]:
    """Where the network hangs by a thread: ties whose loss would cut partners off from the
    home city (bridges), nodes whose loss would (articulation points), and nodes not linked to
    the home city at all. Most severe first."""
    out: list[Risk] = []
    if home not in g:
        return out
    parent, order, low, disc = _dfs(g, home)
    # A node's subtree is a run of the discovery order: its size says how long.
    size = dict.fromkeys(order, 1)
    for v in reversed(order):
        p = parent[v]
        if p is not None:
            size[p] += size[v]

    def subtree(v: str) -> list[str]:
        return order[disc[v]:disc[v] + size[v]]

    cut_by_node: dict[str, list[str]] = defaultdict(list)
    for v in order:
        p = parent[v]
        if p is None:
            continue
        if low[v] > disc[p]:
            out.append(Risk("tie", v, p, int(g.edges[p, v].get("weight", 1)),
                            tuple(subtree(v))))
        if p != home and low[v] >= disc[p]:
            cut_by_node[p] += subtree(v)
    for v, cut in cut_by_node.items():
        out.append(Risk("node", v, "", 0, tuple(cut)))
    lost = [v for v in g if v not in disc]
    if lost:
        for comp in nx.connected_components(g.subgraph(lost)):
            first = min(comp, key=lambda n: str(g.nodes[n]["label_en"]))
            out.append(Risk("unreachable", first, "", 0, tuple(sorted(comp))))
    rank = {"unreachable": 0, "node": 1, "tie": 2}
    out.sort(key=lambda r: (rank[r.kind], -len(r.cut_off), r.ties,
                            str(g.nodes[r.node]["label_en"])))
    return out


def _dfs(g: nx.Graph, root: str) -> tuple[dict, list, dict, dict]:
    """Iterative Tarjan DFS: parents, discovery order, low-links and discovery times."""
    disc: dict[str, int] = {root: 0}
    low: dict[str, int] = {root: 0}
    parent: dict[str, str | None] = {root: None}
    order = [root]
    stack: list[tuple[str, Iterable[str]]] = [(root, iter(g[root]))]
    while stack:
        v, it = stack[-1]
        for w in it:
            if w not in disc:
                disc[w] = low[w] = len(order)
                parent[w] = v
                order.append(w)
                stack.append((w, iter(g[w])))
                break
            if w != parent[v]:
                low[v] = min(low[v], disc[w])
        else:
            stack.pop()
            p = parent[v]
            if p is not None:
                low[p] = min(low[p], low[v])
    return parent, order, low, disc
