"""What makes a partner count, beyond the shape of the network: its weighted ties (agreements
in force, projects, recent activities), which order partners that a measure leaves equal and
say why a partner ranks where it does; and the weak points summarised into a few sentences
a manager can read ("19 partners hang on a single link") with the list behind each.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from dataclasses import dataclass

import networkx as nx

from .model import ENDED, NOT_YET, GraphData, GraphFilter, Link, Risk, _link_ok

# Weights of the weighted ties: an agreement in force counts most, then a project, then an
# activity of the last RECENT_YEARS years.
AGREEMENT_WEIGHT, PROJECT_WEIGHT, ACTIVITY_WEIGHT = 3, 2, 1
RECENT_YEARS = 3


@dataclass(frozen=True)
class Engagement:
    """A partner's weighted ties in the view's year (or this year)."""

    agreements_in_force: int = 0
    projects: int = 0
    recent_activities: int = 0

    @property
    def score(self) -> int:
        return (AGREEMENT_WEIGHT * self.agreements_in_force + PROJECT_WEIGHT * self.projects
                + ACTIVITY_WEIGHT * self.recent_activities)


def in_force(link: Link, year: int) -> bool:
    """An agreement that bound its parties in ``year``: signed by then, not yet expired; an
    agreement marked ended without an end date is not counted."""
    if link.source != "agreement" or link.status in NOT_YET:
        return False
    if link.status in ENDED and link.end is None:
        return False
    return (link.start is None or link.start <= year) and (link.end is None
                                                            or link.end >= year)


def _project_counts(link: Link, year: int) -> bool:
    return (link.source == "project" and link.status not in NOT_YET
            and (link.start is None or link.start <= year))


def engagement(data: GraphData, f: GraphFilter | None = None, nodes: nx.Graph | None = None,
               *, today: _dt.date | None = None) -> dict[str, Engagement]:
    """Each partner's weighted ties, counting the agreements and projects that pass ``f``'s
    tie filters, in ``f.year`` (or this year); only for ``nodes`` when given."""
    f = f or GraphFilter()
    year = f.year if f.year is not None else (today or _dt.date.today()).year
    plain = GraphFilter(agreement_type=f.agreement_type, status=f.status, sector=f.sector,
                        sdg=f.sdg, goal=f.goal)
    wanted = None if nodes is None else set(nodes)
    agreements: dict[int, int] = {}
    projects: dict[int, int] = {}
    for link in data.links:
        counts = (agreements if in_force(link, year) else
                  projects if _project_counts(link, year) else None)
        if counts is None or not _link_ok(link, plain):
            continue
        for p in link.partners:
            counts[p] = counts.get(p, 0) + 1
    out: dict[str, Engagement] = {}
    recent = range(year - RECENT_YEARS + 1, year + 1)
    for pid, entity in data.partners.items():
        if wanted is not None and entity.node not in wanted:
            continue
        years = data.activities.get(pid, {})
        acts = sum(years.get(y, 0) for y in recent) if years else 0
        e = Engagement(agreements.get(pid, 0), projects.get(pid, 0), acts)
        if e.score:
            out[entity.node] = e
    return out


# -- weak points ------------------------------------------------------------------------------
RISK_GROUPS = ["unreachable", "only_way", "holds_group", "single_link"]


@dataclass(frozen=True)
class RiskGroup:
    """Weak points of one kind: ``single_link`` (a partner hangs on one link),
    ``holds_group`` (one link holds several partners), ``only_way`` (a node is the only way
    to others), ``unreachable`` (partners not linked to the home city at all)."""

    kind: str
    risks: tuple[Risk, ...]

    @property
    def count(self) -> int:
        return len(self.risks)

    @property
    def partners(self) -> int:
        """How many nodes these weak points could cut off, together."""
        return len({n for r in self.risks for n in r.cut_off})


def risk_kind(r: Risk) -> str:
    if r.kind == "unreachable":
        return "unreachable"
    if r.kind == "node":
        return "only_way"
    return "single_link" if len(r.cut_off) <= 1 else "holds_group"


def summarise_risks(risks: Sequence[Risk]) -> list[RiskGroup]:
    """The weak points grouped by kind, the most severe kind first, each group in the order
    ``risks`` gave (most severe first)."""
    groups: dict[str, list[Risk]] = {k: [] for k in RISK_GROUPS}
    for r in risks:
        groups[risk_kind(r)].append(r)
    return [RiskGroup(k, tuple(v)) for k, v in groups.items() if v]
