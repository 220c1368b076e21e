"""The year in review: what the office's international work did in one year, read in a few
grouped queries (the Excel report and the briefing documents show the same data).

Which records belong to the year: agreements signed (signed date), renewed (status renewed
and taking effect in the year) and expired (expiry date in the year, not renewed);
activities starting in the year; projects running during the year (started by its end, not
ended before it, not cancelled); follow-up actions done in the year (done date) and those
due in the year still open past their date; lessons scaled up in the year.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..records.repository import overdue_clause
from .coverage import ce_year

if TYPE_CHECKING:
    from ..register import Register


@dataclass
class Named:
    """A record (or a group) with its names and a count or a date."""

    id: int | None
    name_en: str
    name_th: str | None
    value: object = None
    extra: object = None

    def name(self, language: str) -> str:
        return (self.name_th or self.name_en) if language == "th" else self.name_en


@dataclass
class GoalCount:
    framework_en: str
    framework_th: str | None
    code: str
    name_en: str
    name_th: str | None
    projects: int


@dataclass
class YearReview:
    year: int  # C.E.
    today: _dt.date
    signed: list[Named] = field(default_factory=list)
    renewed: list[Named] = field(default_factory=list)
    expired: list[Named] = field(default_factory=list)
    activities_by_type: list[tuple[str, int]] = field(default_factory=list)
    activities_by_partner: list[Named] = field(default_factory=list)
    projects_by_goal: list[GoalCount] = field(default_factory=list)
    units: list[Named] = field(default_factory=list)  # value = records taken part in
    actions_done: list[Named] = field(default_factory=list)
    actions_overdue: list[Named] = field(default_factory=list)
    lessons_scaled: list[Named] = field(default_factory=list)


def _in_year(col: str) -> str:
    """The column's (partial) date falls in the year given as two parameters: the year and
    the next one. A range, so that the column's index finds the rows."""
    return f"({col} >= ? AND {col} < ?)"


def _projects_in_year() -> str:
    """Running during the year given as two parameters, the next year and the year: started
    before the next one began, not ended before the year (a partial date compares as its
    prefix, so plain comparisons read the projects' status index alone)."""
    return ("t.deleted_at IS NULL AND t.status <> 'cancelled' AND "
            "(t.start_date IS NULL OR t.start_date < ?) AND "
            "(t.end_date IS NULL OR t.end_date >= ?)")


def year_review(reg: Register, year: int | str, *, today: _dt.date | None = None
                ) -> YearReview:
    """The year in review for ``year`` (B.E. or C.E.)."""
    conn = reg.conn
    y = ce_year(year)
    ys = str(y)
    yr = [ys, str(y + 1)]  # the parameters of _in_year
    day = today or _dt.date.today()
    out = YearReview(y, day)
    live = "t.deleted_at IS NULL"
    # where a date's own index finds the year's few rows, the status index (which starts
    # with deleted_at) must not be preferred: "+" keeps the planner off it
    dated = "+t.deleted_at IS NULL"

    def named(sql: str, params: list) -> list[Named]:
        return [Named(*r) for r in conn.execute(sql, params)]

    agreement = "SELECT t.id, t.title_en, t.title_th, {0}, t.agreement_type FROM agreements t "
    out.signed = named(agreement.format("t.signed_date") + f"WHERE {dated} AND "
                       f"{_in_year('t.signed_date')} ORDER BY t.signed_date, t.id", yr)
    out.renewed = named(agreement.format("t.effective_date") + f"WHERE {live} AND "
                        f"t.status = 'renewed' AND {_in_year('t.effective_date')} "
                        "ORDER BY t.effective_date, t.id", yr)
    out.expired = named(agreement.format("t.expiry_date") + f"WHERE {dated} AND "
                        f"t.status <> 'renewed' AND {_in_year('t.expiry_date')} "
                        "ORDER BY t.expiry_date, t.id", yr)
    out.activities_by_type = [tuple(r) for r in conn.execute(
        f"SELECT t.activity_type, count(*) AS n FROM activities t WHERE {live} AND "
        f"{_in_year('t.start_date')} GROUP BY t.activity_type ORDER BY n DESC, "
        "t.activity_type", yr)]
    out.activities_by_partner = named(  # counted per partner first, then named
        "SELECT p.id, p.name_en, p.name_th, x.n, NULL FROM (SELECT ap.partner_id AS pid, "
        "count(*) AS n FROM activities t CROSS JOIN activity_partners ap "
        f"WHERE ap.activity_id = t.id AND {live} AND {_in_year('t.start_date')} "
        "GROUP BY ap.partner_id) x JOIN partners p ON p.id = x.pid AND p.deleted_at IS NULL "
        "ORDER BY x.n DESC, p.name_en", yr)
    out.projects_by_goal = _projects_by_goal(reg, ys)
    out.units = named(
        "SELECT u.id, u.name_en, u.name_th, count(*) AS n, NULL FROM ("
        "SELECT pu.unit_id AS unit FROM projects t CROSS JOIN project_units pu "
        f"WHERE pu.project_id = t.id AND {_projects_in_year()} "
        "UNION ALL SELECT t.unit_id FROM actions t WHERE t.deleted_at IS NULL AND "
        f"({_in_year('t.due_date')} OR {_in_year('t.done_date')}) "
        "UNION ALL SELECT lu.unit_id FROM lesson_units lu JOIN lessons t ON t.id = lu.lesson_id "
        "WHERE t.deleted_at IS NULL AND (substr(t.learned_date, 1, 4) = ? OR "
        "substr(t.piloted_date, 1, 4) = ? OR substr(t.scaled_date, 1, 4) = ?)) x "
        "JOIN units u ON u.id = x.unit AND u.deleted_at IS NULL "
        "GROUP BY u.id, u.name_en, u.name_th ORDER BY n DESC, u.name_en",
        [yr[1], ys, *yr, *yr] + [ys] * 3)
    action = "SELECT t.id, t.title_en, t.title_th, {0}, u.name_en FROM actions t " \
             "LEFT JOIN units u ON u.id = t.unit_id "
    out.actions_done = named(action.format("t.done_date") + f"WHERE {dated} AND "
                             f"t.status = 'done' AND {_in_year('t.done_date')} "
                             "ORDER BY t.done_date, t.id", yr)
    overdue, overdue_params = overdue_clause(day)
    out.actions_overdue = named(
        action.format("t.due_date") + f"WHERE {live} AND {overdue} AND "
        f"{_in_year('t.due_date')} ORDER BY t.due_date, t.id", [*overdue_params, *yr])
    out.lessons_scaled = named(
        "SELECT t.id, t.title_en, t.title_th, t.scaled_date, NULL FROM lessons t "
        f"WHERE {live} AND t.stage = 'scaled_up' AND {_in_year('t.scaled_date')} "
        "ORDER BY t.scaled_date, t.id", yr)
    return out


def _projects_by_goal(reg: Register, ys: str) -> list[GoalCount]:
    """Projects running in the year per goal of every active framework (the SDGs counted
    through the projects' SDG lists as well). The year's projects come first, each probing
    its links' key (CROSS JOIN keeps SQLite's join order)."""
    from .frameworks import code_key

    running = _projects_in_year()
    ny = str(int(ys) + 1)
    counts = dict(reg.conn.execute(
        "SELECT x.goal, count(*) FROM ("
        "SELECT al.goal_id AS goal, t.id AS rec FROM projects t CROSS JOIN project_goals al "
        f"WHERE al.project_id = t.id AND {running} "
        "UNION SELECT g.id, t.id FROM projects t CROSS JOIN project_sdgs s CROSS JOIN goals g "
        "WHERE s.project_id = t.id AND g.code = CAST(s.sdg AS TEXT) AND g.framework_id IN "
        f"(SELECT id FROM frameworks WHERE builtin = 'sdgs') AND {running}) x "
        "GROUP BY x.goal", [ny, ys, ny, ys]).fetchall())
    rows = [r for r in reg.conn.execute(
        "SELECT f.name_en, f.name_th, g.code, g.name_en, g.name_th, g.id, f.builtin, f.id "
        "FROM goals g JOIN frameworks f ON f.id = g.framework_id AND f.deleted_at IS NULL "
        "AND f.is_active = 1 WHERE g.deleted_at IS NULL").fetchall() if counts.get(r[5])]
    # the office's own plans first, then the Governor's, then the SDGs
    rank = {"sdgs": 2, "bkk_nine_dimensions": 1}
    rows.sort(key=lambda r: (rank.get(r[6] or "", 0), r[0], r[7], code_key(r[2])))
    return [GoalCount(r[0], r[1], r[2], r[3], r[4], counts[r[5]]) for r in rows]
