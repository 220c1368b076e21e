"""What the graph knows about one node, for the panel beside the picture: a partner's record
as the graph sees it (names, kind, country, its agreements and projects with their years
and status, its activities by year, its place in the ranking), or a group's partners and
ties by type. Read from the data the graph was built from: no query per click.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx

from .aggregate import group_attrs, group_ties, is_group, members_ties
from .model import HOME, GraphData, KeyPartner, Link


@dataclass(frozen=True)
class NodeDetails:
    node: str
    entity: str  # "home", "partner", "project", "unit", "group"
    record_id: int
    label_en: str
    label_th: str
    kind: str = ""
    org_type: str = ""
    acronym: str = ""
    country: str = ""
    region: str = ""
    status: str = ""
    links: list[Link] = field(default_factory=list)  # agreements first, newest first
    activities: dict[int, int] = field(default_factory=dict)  # year -> how many
    neighbours: int = 0  # nodes it is tied to in the view
    rank: KeyPartner | None = None
    members: int = 0  # a group's partners
    cities: int = 0
    organisations: int = 0
    ties_by_type: list[tuple[str, int]] = field(default_factory=list)
    top_members: list[str] = field(default_factory=list)  # a group's best-ranked nodes
    expanded: bool = False

    @property
    def record(self) -> tuple[str, int] | None:
        """(entity, id) of the record behind the node, if there is one to open."""
        if self.entity in ("partner", "project", "unit") and self.record_id:
            return self.entity, self.record_id
        return None


class LinkIndex:
    """Each partner's and unit's agreements and projects, built once per data."""

    def __init__(self, data: GraphData):
        self.partner: dict[int, list[Link]] = {}
        self.unit: dict[int, list[Link]] = {}
        self.project: dict[int, Link] = {}
        for link in data.links:
            for p in link.partners:
                self.partner.setdefault(p, []).append(link)
            for u in link.units:
                self.unit.setdefault(u, []).append(link)
            if link.source == "project":
                self.project[link.record_id] = link


def _order(links: list[Link]) -> list[Link]:
    return sorted(links, key=lambda lk: (lk.source != "agreement", -(lk.start or 0),
                                         lk.record_id))


def node_details(data: GraphData, g: nx.Graph, node: str, *, index: LinkIndex | None = None,
                 ranking: list[KeyPartner] | None = None, members: list[str] | None = None,
                 expanded: bool = False, base: nx.Graph | None = None) -> NodeDetails:
    """The details of ``node`` of the drawn graph ``g`` (``base``: the ungrouped graph, for
    a node that is drawn inside a closed group); ``members`` are a group's nodes."""
    index = index or LinkIndex(data)
    rank = {r.node: r for r in ranking or []}
    graph = g if node in g else (base if base is not None and node in base else g)
    if is_group(node) and node not in graph:  # an opened group: described by its members
        source = base if base is not None else g
        by = node.split(":")[1] if node.count(":") > 1 else "country"
        d = group_attrs(source, node, by, [m for m in members or [] if m in source])
        return NodeDetails(
            node=node, entity="group", record_id=0, label_en=str(d["label_en"]),
            label_th=str(d["label_th"]), kind="group", country=str(d["country"]),
            region=str(d["region"]), members=int(d["members"]), cities=int(d["cities"]),
            organisations=int(d["organisations"]),
            ties_by_type=members_ties(source, members or []),
            top_members=[r.node for r in ranking or []][:5], expanded=expanded)
    d = graph.nodes[node]
    common = {"node": node, "label_en": str(d.get("label_en", node)),
              "label_th": str(d.get("label_th") or d.get("label_en", node)),
              "neighbours": graph.degree(node), "rank": rank.get(node)}
    if node == HOME:
        return NodeDetails(entity="home", record_id=0, kind="home",
                           country=data.home.country, region=data.home.region, **common)
    if is_group(node):
        nodes = members or []
        top = [n for n in (r.node for r in ranking or []) if n in set(nodes)][:5]
        return NodeDetails(entity="group", record_id=0, kind="group",
                           country=str(d.get("country", "")), region=str(d.get("region", "")),
                           members=int(d.get("members", len(nodes))),
                           cities=int(d.get("cities", 0)),
                           organisations=int(d.get("organisations", 0)),
                           ties_by_type=group_ties(g, node) if node in g else [],
                           top_members=top, expanded=expanded, **common)
    entity, rid = str(d.get("entity")), int(d.get("record_id") or 0)
    if entity == "partner":
        links = index.partner.get(rid, [])
        acts = data.activities.get(rid, {})
    elif entity == "unit":
        links, acts = index.unit.get(rid, []), {}
    else:
        links = [index.project[rid]] if rid in index.project else []
        acts = {}
    return NodeDetails(entity=entity, record_id=rid, kind=str(d.get("kind", "")),
                       org_type=str(d.get("org_type", "")), acronym=str(d.get("acronym", "")),
                       country=str(d.get("country", "")), region=str(d.get("region", "")),
                       status=str(d.get("status", "")), links=_order(links),
                       activities=dict(acts), **common)
