"""Partners grouped by country or by world region into one node each, with counts (partners,
ties by type), so that a network of 20,000 partners first shows as a picture a person can
read; a group opens into its partners when asked ("expanded").

A group node is ``group:<by>:<key>`` (``group:country:JP``, ``group:region:Europe``); projects
and units, when shown, form one group each. The home city is never grouped. Ties between
grouped nodes become one tie between their groups, carrying how many ties of each type it
stands for; ties inside a group are counted on the group.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from ..places.countries import name as country_name
from ..places.regions import REGION_TH, region_for
from .model import HOME, _priority

GROUP_BY = ["auto", "none", "country", "region"]
GROUP_BY_LABELS: dict[str, tuple[str, str]] = {
    "auto": ("Automatic", "อัตโนมัติ"),
    "none": ("No grouping", "ไม่จัดกลุ่ม"),
    "country": ("By country", "ตามประเทศ"),
    "region": ("By region", "ตามภูมิภาค"),
}
AUTO_GROUP_NODES = 1500  # above this many nodes, "auto" opens the view grouped by country
GROUP_PREFIX = "group:"


def is_group(node: str) -> bool:
    return node.startswith(GROUP_PREFIX)


def auto_group(nodes: int, threshold: int = AUTO_GROUP_NODES) -> str:
    """What "auto" grouping means for a view of ``nodes`` nodes."""
    return "country" if nodes > threshold else "none"


def group_key(g: nx.Graph, node: str, by: str) -> str | None:
    """The group ``node`` belongs to (None: never grouped, the home city)."""
    if node == HOME:
        return None
    d = g.nodes[node]
    entity = d.get("entity")
    if entity in ("project", "unit"):
        return f"{GROUP_PREFIX}{entity}"
    if by == "country":
        return f"{GROUP_PREFIX}country:{d.get('country') or '-'}"
    return f"{GROUP_PREFIX}region:{d.get('region') or region_for(None)}"


@dataclass
class Aggregation:
    """A grouped graph: ``graph`` is what is drawn, ``members`` each group's nodes (all of
    them, expanded or not), ``group_of`` each grouped node's group."""

    graph: nx.Graph
    by: str
    members: dict[str, list[str]] = field(default_factory=dict)
    group_of: dict[str, str] = field(default_factory=dict)
    expanded: frozenset[str] = frozenset()


def _group_labels(key: str, by: str) -> tuple[str, str, str, str]:
    """(English, Thai, country, region) of a group."""
    what = key[len(GROUP_PREFIX):]
    if what == "project":
        return "Projects", "โครงการ", "", ""
    if what == "unit":
        return "Units of the city", "หน่วยงานของเมือง", "", ""
    kind, _, value = what.partition(":")
    if kind == "country":
        if value == "-":
            return "No country", "ไม่ระบุประเทศ", "", "Global"
        return (country_name(value) or value, country_name(value, "th") or value, value,
                region_for(value))
    return value, REGION_TH.get(value, value), "", value


def aggregate(g: nx.Graph, by: str, expanded: Collection[str] = ()) -> Aggregation:
    """``g`` with its partners grouped ``by`` country or region; the groups named in
    ``expanded`` are shown as their members instead."""
    if by not in ("country", "region"):
        raise ValueError(f"Group by country or region, not '{by}'.")
    group_of: dict[str, str] = {}
    members: dict[str, list[str]] = {}
    for n in g:
        key = group_key(g, n, by)
        if key is not None:
            group_of[n] = key
            members.setdefault(key, []).append(n)
    opened = frozenset(k for k in expanded if k in members)

    def shown(n: str) -> str:
        key = group_of.get(n)
        return n if key is None or key in opened else key

    out = nx.Graph()
    for key, nodes in members.items():
        if key not in opened:
            out.add_node(key, **_group_attrs(g, key, by, nodes))
    out.add_nodes_from((n, g.nodes[n]) for n in g if shown(n) == n)
    internal: Counter[str] = Counter()
    ties: dict[tuple[str, str], list[dict]] = {}
    for a, b, d in g.edges(data=True):
        sa, sb = shown(a), shown(b)
        if sa == sb:
            internal[sa] += 1
            continue
        if sa == a and sb == b:
            out.add_edge(a, b, **d)
            continue
        pair = (sa, sb) if sa < sb else (sb, sa)
        ties.setdefault(pair, []).append(d)
    for (a, b), ds in ties.items():
        out.add_edge(a, b, **_merged(ds))
    for key, n in internal.items():
        if key in out:
            out.nodes[key]["internal_ties"] = n
    out.graph.update(g.graph)
    out.graph["group_by"] = by
    return Aggregation(out, by, members, group_of, opened)


def group_attrs(g: nx.Graph, key: str, by: str, nodes: list[str]) -> dict[str, Any]:
    """A group node's attributes: names, how many partners, cities and organisations."""
    return _group_attrs(g, key, by, nodes)


def _group_attrs(g: nx.Graph, key: str, by: str, nodes: list[str]) -> dict[str, Any]:
    en, th, country, region = _group_labels(key, by)
    kinds = Counter(str(g.nodes[n].get("kind")) for n in nodes)
    sectors = Counter(str(g.nodes[n].get("sector")) for n in nodes if g.nodes[n].get("sector"))
    return {
        "entity": "group", "record_id": 0, "kind": "group", "label": en, "label_en": en,
        "label_th": th, "acronym": "", "country": country, "region": region, "status": "",
        "org_type": "", "sector": sectors.most_common(1)[0][0] if sectors else "",
        "sectors": "", "group_by": by, "members": len(nodes),
        "cities": kinds.get("city", 0), "organisations": kinds.get("organisation", 0),
        "internal_ties": 0,
    }


def _merged(ds: list[dict]) -> dict[str, object]:
    """One tie standing for several: its types by strength, how many ties of each type, the
    earliest start, and the latest end (0 while any is open)."""
    counts: Counter[str] = Counter()
    for d in ds:
        counts[str(d["type"])] += 1
    types = sorted(counts, key=_priority)
    starts = [int(d["start"]) for d in ds if d.get("start")]
    ends = [int(d["end"]) for d in ds]
    statuses = Counter(str(d.get("status")) for d in ds)
    return {
        "type": types[0], "types": ",".join(types),
        "weight": sum(int(d.get("weight", 1)) for d in ds), "ties": len(ds),
        "type_counts": ",".join(f"{t}:{counts[t]}" for t in types),
        "start": min(starts) if starts else 0, "end": 0 if 0 in ends else max(ends),
        "status": statuses.most_common(1)[0][0], "agreements": "", "projects": "",
    }


def type_counts(edge: dict) -> list[tuple[str, int]]:
    """(tie type, how many) of an edge, grouped or not."""
    text = str(edge.get("type_counts") or "")
    if not text:
        return [(str(edge["type"]), int(edge.get("weight", 1)))]
    out = []
    for part in text.split(","):
        t, _, n = part.partition(":")
        out.append((t, int(n)))
    return out


def group_ties(g: nx.Graph, node: str) -> list[tuple[str, int]]:
    """The ties of a node of a grouped graph by type, strongest type first, with counts."""
    counts: Counter[str] = Counter()
    for _, _, d in g.edges(node, data=True):
        for t, n in type_counts(d):
            counts[t] += n
    return sorted(counts.items(), key=lambda kv: _priority(kv[0]))


def members_ties(g: nx.Graph, members: Collection[str]) -> list[tuple[str, int]]:
    """The ties from ``members`` (an opened group's partners) to the rest of ``g``, by
    type, strongest type first."""
    inside = set(members)
    counts: Counter[str] = Counter()
    for n in inside:
        if n in g:
            for m, d in g[n].items():
                if m not in inside:
                    counts[str(d["type"])] += 1
    return sorted(counts.items(), key=lambda kv: _priority(kv[0]))


# -- positions --------------------------------------------------------------------------------
_GOLDEN = math.pi * (3 - math.sqrt(5))


def expanded_positions(agg: Aggregation, group_pos: dict[str, tuple[float, float]],
                       order: Iterable[str] | None = None) -> dict[str, tuple[float, float]]:
    """Positions for a grouped graph from the positions of its groups: each expanded group's
    members fill a disc where the group was (the best connected in the middle), and the
    other nodes make room by moving outwards, away from the disc."""
    pos = {n: group_pos[n] for n in agg.graph if n in group_pos}
    if not agg.expanded or not group_pos:
        return pos
    spots = list(group_pos.values())
    spacing = _spacing(spots)
    rank = {n: i for i, n in enumerate(order)} if order is not None else {}
    for key in sorted(agg.expanded):
        cx, cy = group_pos.get(key, (0.0, 0.0))
        nodes = sorted(agg.members[key], key=lambda n: (rank.get(n, len(rank)), n))
        step = spacing * 0.45
        radius = step * math.sqrt(len(nodes)) + spacing * 0.5
        for n, (x, y) in list(pos.items()):  # make room: push the others out of the disc
            dx, dy = x - cx, y - cy
            dist = math.hypot(dx, dy)
            if dist < 1e-9:
                continue
            pos[n] = (cx + dx / dist * (dist + radius), cy + dy / dist * (dist + radius))
        for i, n in enumerate(nodes):
            r = step * math.sqrt(i + 0.5)
            pos[n] = (cx + r * math.cos(i * _GOLDEN), cy + r * math.sin(i * _GOLDEN))
    return pos


def _spacing(spots: list[tuple[float, float]]) -> float:
    """A typical distance between neighbouring nodes of a layout."""
    if len(spots) < 2:
        return 0.2
    xs = [p[0] for p in spots]
    ys = [p[1] for p in spots]
    area = max(1e-6, (max(xs) - min(xs)) * (max(ys) - min(ys)))
    return math.sqrt(area / len(spots))
