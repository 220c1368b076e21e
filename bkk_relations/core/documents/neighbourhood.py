"""The picture of a partner's neighbourhood in the relationship graph, for the briefing: the
partner, the home city and everyone one tie away, drawn by the graph's own export code."""

from __future__ import annotations

import datetime as _dt
import io
import math
from dataclasses import replace

from ..graph.export import PictureSpec, render_figure
from ..graph.layout import Positions
from ..graph.model import (
    HOME,
    TIE_TYPES,
    GraphData,
    build_graph,
    compute_metrics,
    ego_graph,
    node_label,
)
from ..graph.model import load_graph_data as _load
from ..register import Register
from . import wording

FIGSIZE = (6.4, 3.4)  # inches: its 8-pt names stay readable at 12-14 cm wide
DPI = 250


def partner_data(data: GraphData, partner_id: int) -> GraphData:
    """Only the agreements and projects the partner is in: the neighbourhood is built from
    these alone, so a briefing in a register of 100,000 partners lays out a handful of
    nodes."""
    links = [lk for lk in data.links if partner_id in lk.partners]
    keep = {p for lk in links for p in lk.partners}
    return replace(data, partners={i: e for i, e in data.partners.items() if i in keep},
                   links=links)


def picture(reg: Register, partner_id: int, *, language: str = "en", calendar: str = "gregorian",
            today: _dt.date | None = None) -> bytes | None:
    """A PNG of the partner's neighbourhood (radial, the partner's ties to the home city and
    to the other parties of its agreements and projects), or None when it has no ties."""
    data = partner_data(_load(reg.conn), partner_id)
    g = build_graph(data)
    node = f"partner:{partner_id}"
    if node not in g or g.degree(node) == 0:
        return None
    # Only the partner's own ties: how its neighbours are tied among themselves is in the
    # Graph page, and would hide the star the reader looks for.
    g = ego_graph(g, node, 1).edge_subgraph(g.edges(node)).copy()
    pos = star_layout(g, node)
    title = node_label(g, node, language)
    spec = PictureSpec(title=title, subtitle="", size_by="degree", color_by="kind",
                       lang=language, label_limit=40)
    day = wording.short_date((today or _dt.date.today()).isoformat(), calendar)
    fig = render_figure(g, pos, compute_metrics(g), spec, figsize=FIGSIZE, today=day)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=DPI)
    return buffer.getvalue()


def star_layout(g, centre: str) -> Positions:
    """The partner in the middle, the home city above it, the others round it in order of
    their strongest tie (sister cities first), then by name."""
    others = [n for n in g if n not in (centre, HOME)]

    def rank(n: str) -> tuple[int, str]:
        tie = g.edges[centre, n]["type"]
        return (TIE_TYPES.index(tie) if tie in TIE_TYPES else len(TIE_TYPES),
                str(g.nodes[n].get("label_en", "")))

    ring = ([HOME] if HOME in g and centre != HOME else []) + sorted(others, key=rank)
    pos: Positions = {centre: (0.0, 0.0)}
    for i, n in enumerate(ring):
        angle = math.pi / 2 - 2 * math.pi * i / len(ring)
        pos[n] = (math.cos(angle), math.sin(angle))
    return pos
