"""The strategy view's figures: for each goal of one framework, how much of the office's
work serves it; and which units take part, in which goals.

A record serves a goal when it is aligned to it (the ``*_goals`` link tables) or, for the
shipped SDG framework, when it is an agreement or project listing that SDG. A parent goal
counts the records of its whole subtree once each, so a partner working on two sub-goals is
one partner engaged for the parent. All the figures of a framework are one statement, the same
on SQLite and PostgreSQL, that reads the records' status indexes (schema version 6) rather
than their rows.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..dates import sql_ended_before, sql_lasts_until
from ..records import vocab
from ..records.models import SPECS
from .builtin import SDG_FRAMEWORK
from .frameworks import FrameworkRef, GoalRow, find_framework, goals

if TYPE_CHECKING:
    from ..register import Register

# What the office counts as cooperation still going on.
IN_FORCE_STATUSES = ("active", "renewed")
ACTIVE_PROJECT_STATUSES = ("ongoing",)
FIGURES = ("partners", "agreements", "projects", "activities", "open_actions",
           "overdue_actions", "lessons_piloted", "lessons_scaled")
# The figures that make a goal "covered": a lesson or an overdue action alone is not
# cooperation going on.
COOPERATION = ("agreements", "projects", "activities", "open_actions")


def ce_year(year: int | str) -> int:
    """A year typed in either calendar, as C.E. (2567 and 2024 are the same year)."""
    y = int(str(year).strip())
    return y - 543 if y > 2300 else y


@dataclass
class GoalFigures:
    goal: GoalRow
    figures: dict[str, int] = field(default_factory=dict)

    @property
    def covered(self) -> bool:
        return any(self.figures.get(k, 0) for k in COOPERATION)


@dataclass
class Coverage:
    framework: FrameworkRef
    year: int  # C.E.
    today: _dt.date
    goals: list[GoalFigures]

    @property
    def uncovered(self) -> list[GoalFigures]:
        return [g for g in self.goals if not g.covered]


def _in(values: tuple[str, ...]) -> str:
    return "(" + ", ".join(f"'{v}'" for v in values) + ")"


# Each goal with every goal of its subtree (itself included); depth bounds a damaged tree.
_TREE = ("tree(top, goal, depth) AS (SELECT id, id, 0 FROM goals WHERE framework_id = {fw} "
         "AND deleted_at IS NULL UNION ALL SELECT tree.top, g.id, tree.depth + 1 FROM tree "
         "JOIN goals g ON g.parent_id = tree.goal WHERE g.deleted_at IS NULL "
         "AND tree.depth < 32)")


def _text(value: str) -> str:
    """A value the code made itself (an ISO date, a year) as an SQL literal."""
    return "'" + value.replace("'", "''") + "'"


def _in_force(today: _dt.date) -> str:
    return (f"t.status IN {_in(IN_FORCE_STATUSES)} AND (t.expiry_date IS NULL OR "
            f"{sql_lasts_until('t.expiry_date', today)})")


def _measures(year: int, today: _dt.date) -> dict[str, list[tuple[str, str]]]:
    """kind -> [(figure, condition on the record ``t``)]. Each condition reads only columns
    of the kind's status index (schema: ``*_live_status``), so the records are read from
    that narrow index and never from their wide rows."""
    open_ = f"t.status IN {_in(vocab.OPEN_ACTION_STATUSES)}"
    return {
        "agreement": [("agreements", _in_force(today))],
        "project": [("projects", f"t.status IN {_in(ACTIVE_PROJECT_STATUSES)}")],
        # a range, so that the start date's index finds the year's activities
        "activity": [("activities", f"t.start_date >= {_text(str(year))} AND "
                                    f"t.start_date < {_text(str(year + 1))}")],
        "action": [("open_actions", open_),
                   ("overdue_actions",
                    f"{open_} AND {sql_ended_before('t.due_date', today)}")],
        "lesson": [("lessons_piloted", "t.stage = 'piloted'"),
                   ("lessons_scaled", "t.stage = 'scaled_up'")],
    }


_PARTNER_LINK = {"agreement": "party_ids", "project": "partner_ids",
                 "activity": "partner_ids", "action": "partner_ids"}


def _aligned(owner: str, fw: FrameworkRef, source: str, rec: str, columns: str,
             where: str = "", union: str = "UNION") -> str:
    """SELECT ``columns`` (``{goal}`` standing for the goal's id) for the rows of ``source``
    whose record ``rec`` of kind ``owner`` is aligned to a goal of ``fw`` — for the shipped
    SDG framework, through the record's SDG list as well. ``source`` comes first (CROSS
    JOIN keeps SQLite's join order): each of its rows probes its links' primary key."""
    spec = SPECS[owner]
    link = spec.link("goal_ids")
    extra = f" AND {where}" if where else ""
    goals_of = f"(SELECT id FROM goals WHERE framework_id = {fw.id} AND deleted_at IS NULL)"
    sql = (f"SELECT {columns.replace('{goal}', f'al.{link.value_col}')} FROM {source} "
           f"CROSS JOIN {link.table} al WHERE al.{link.owner_col} = {rec} "
           f"AND +al.{link.value_col} IN {goals_of}{extra}")
    if fw.builtin == SDG_FRAMEWORK and any(lk.attr == "sdgs" for lk in spec.links):
        sdgs = spec.link("sdgs")
        sql += (f" {union} SELECT {columns.replace('{goal}', 'g.id')} FROM {source} "
                f"CROSS JOIN {sdgs.table} s CROSS JOIN goals g WHERE s.{sdgs.owner_col} = {rec} "
                f"AND g.code = CAST(s.{sdgs.value_col} AS TEXT) AND g.framework_id = {fw.id} "
                f"AND g.deleted_at IS NULL{extra}")
    return sql


def _pairs(owner: str, fw: FrameworkRef, cond: str, columns: str = "") -> str:
    """SELECT (goal, rec[, columns]) for the live records of kind ``owner`` that meet
    ``cond`` and are aligned to a goal of ``fw``, the records read from their status index
    (far cheaper than a goal's links probing the records' wide rows)."""
    return _aligned(owner, fw, f"{SPECS[owner].table} t", "t.id",
                    f"{{goal}} AS goal, t.id AS rec{columns}",
                    f"t.deleted_at IS NULL AND ({cond})")


def coverage(reg: Register, framework: str | int | FrameworkRef, *, year: int | str | None = None,
             today: _dt.date | None = None) -> Coverage:
    """Every goal of ``framework`` with its figures; ``year`` (B.E. or C.E., this year by
    default) is the year whose activities count."""
    fw = framework if isinstance(framework, FrameworkRef) else find_framework(reg, framework)
    day = today or _dt.date.today()
    y = ce_year(year) if year is not None else day.year
    rows = goals(reg, fw.id)
    figures: dict[int, dict[str, int]] = {g.id: dict.fromkeys(FIGURES, 0) for g in rows}
    # Without sub-goals a record counts once per goal by itself (the link's primary key):
    # no tree, no DISTINCT.
    flat = all(g.depth == 0 for g in rows) and not any(g.parent_id for g in rows)
    tree = _TREE.format(fw=fw.id)
    measures = _measures(y, day)
    # One statement: each kind's aligned records that count are found once (materialised),
    # then counted per goal and, through their partner links, give the partners engaged.
    ctes, counts, partners = [], [], []
    for owner, wanted in measures.items():
        flags = "".join(f", CASE WHEN {cond} THEN 1 ELSE 0 END AS f{i}"
                        for i, (_, cond) in enumerate(wanted)) if len(wanted) > 1 else ""
        q = f"q_{owner}"
        ctes.append(f"{q} AS MATERIALIZED "
                    f"({_pairs(owner, fw, ' OR '.join(f'({c})' for _, c in wanted), flags)})")
        if flat:  # each (goal, record) once already: the link's primary key
            cols = [f"sum(q.f{i})" for i in range(len(wanted))] if flags else ["count(*)"]
            top, src = "q.goal", f"{q} q"
        else:
            cols = [f"count(DISTINCT CASE WHEN q.f{i} = 1 THEN q.rec END)" if flags
                    else "count(DISTINCT q.rec)" for i in range(len(wanted))]
            top, src = "tree.top", f"{q} q JOIN tree ON tree.goal = q.goal"
        cols += ["0"] * (2 - len(cols))  # a column for every branch of the UNION
        counts.append(f"SELECT '{owner}', {top}, {', '.join(cols)} FROM {src} GROUP BY {top}")
        if owner in _PARTNER_LINK:  # partners of the first measure: cooperation going on
            pl = SPECS[owner].link(_PARTNER_LINK[owner])
            partners.append(f"SELECT q.goal, pl.{pl.value_col} AS partner_id FROM {q} q "
                            f"CROSS JOIN {pl.table} pl WHERE pl.{pl.owner_col} = q.rec"
                            + (" AND q.f0 = 1" if flags else ""))
    # each partner once per goal (counting DISTINCT over UNION ALL costs less than UNION's
    # de-duplication of every row, then a count); partners in the trash left out
    union = f"({' UNION ALL '.join(partners)}) x"
    live = f"x.partner_id NOT IN {_trashed('partners')}"
    if flat:
        counts.append(f"SELECT 'partners', x.goal, count(DISTINCT x.partner_id), 0 "
                      f"FROM {union} WHERE {live} GROUP BY x.goal")
    else:
        counts.append(f"SELECT 'partners', tree.top, count(DISTINCT x.partner_id), 0 "
                      f"FROM {union} JOIN tree ON tree.goal = x.goal WHERE {live} "
                      f"GROUP BY tree.top")
    head = f"WITH RECURSIVE {tree}, " if not flat else "WITH "
    sql = head + ", ".join(ctes) + " " + " UNION ALL ".join(counts)
    names = {owner: [n for n, _ in wanted] for owner, wanted in measures.items()}
    names["partners"] = ["partners"]
    for kind, goal, *found in reg.conn.execute(sql):
        if goal in figures:
            for name, n in zip(names[kind], found, strict=False):
                figures[goal][name] = int(n or 0)
    return Coverage(fw, y, day, [GoalFigures(g, figures[g.id]) for g in rows])


# -- by unit ---------------------------------------------------------------------------------
@dataclass
class UnitRow:
    id: int
    name_en: str
    name_th: str | None
    projects: int = 0
    actions: int = 0
    lessons: int = 0
    goal_ids: list[int] = field(default_factory=list)

    def name(self, language: str) -> str:
        return (self.name_th or self.name_en) if language == "th" else self.name_en

    @property
    def takes_part(self) -> bool:
        return bool(self.projects or self.actions or self.lessons)


@dataclass
class UnitCoverage:
    framework: FrameworkRef
    goals: dict[int, GoalRow]
    units: list[UnitRow]

    @property
    def idle(self) -> list[UnitRow]:
        return [u for u in self.units if not u.takes_part]


def _trashed(table: str) -> str:
    """The ids of ``table``'s records in the trash: few, so probing this set costs less than
    reading each linked record's wide row to see whether it is live."""
    return f"(SELECT id FROM {table} WHERE deleted_at IS NOT NULL)"


# kind -> SQL of (unit, record) pairs for the kind's live records; each pair once
_UNIT_PAIRS = {
    "project": "SELECT pu.unit_id AS unit, pu.project_id AS rec FROM project_units pu "
               f"WHERE pu.project_id NOT IN {_trashed('projects')}",
    "action": "SELECT t.unit_id AS unit, t.id AS rec FROM actions t "
              f"WHERE t.unit_id IS NOT NULL AND t.id NOT IN {_trashed('actions')}",
    "lesson": "SELECT lu.unit_id AS unit, lu.lesson_id AS rec FROM lesson_units lu "
              f"WHERE lu.lesson_id NOT IN {_trashed('lessons')}",
}


def _unit_goals(owner: str, fw: FrameworkRef) -> str:
    """SELECT (unit, goal) for the live records of kind ``owner`` aligned to a goal of
    ``fw``: the unit's records first."""
    return _aligned(owner, fw, f"({_UNIT_PAIRS[owner]}) up", "up.rec",
                    "up.unit, {goal} AS goal", union="UNION ALL")


def by_unit(reg: Register, framework: str | int | FrameworkRef) -> UnitCoverage:
    """Every live unit with the projects, follow-up actions and lessons it takes part in,
    and the goals of ``framework`` those serve; units with none are listed too."""
    fw = framework if isinstance(framework, FrameworkRef) else find_framework(reg, framework)
    conn = reg.conn
    units = {r[0]: UnitRow(*r) for r in conn.execute(
        "SELECT id, name_en, name_th FROM units WHERE deleted_at IS NULL "
        "ORDER BY name_en, id")}
    for owner, attr in (("project", "projects"), ("action", "actions"),
                        ("lesson", "lessons")):
        for unit, n in conn.execute(f"SELECT x.unit, count(*) FROM ({_UNIT_PAIRS[owner]}) x "
                                    "GROUP BY x.unit"):
            if unit in units:
                setattr(units[unit], attr, n)
    union = " UNION ALL ".join(_unit_goals(o, fw) for o in _UNIT_PAIRS)
    rows = goals(reg, fw.id)
    order = {g.id: i for i, g in enumerate(rows)}
    for unit, goal in conn.execute(f"SELECT DISTINCT x.unit, x.goal FROM ({union}) x"):
        if unit in units and goal in order:
            units[unit].goal_ids.append(goal)
    for u in units.values():
        u.goal_ids.sort(key=order.__getitem__)
    listed = sorted(units.values(), key=lambda u: (not u.takes_part, u.name_en.casefold()))
    return UnitCoverage(fw, {g.id: g for g in rows}, listed)
