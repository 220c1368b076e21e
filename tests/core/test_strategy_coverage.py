"""The strategy view's figures on a small register built by hand (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as _dt

import pytest

from bkk_relations.core.errors import CoreError
from bkk_relations.core.records.models import Action, Framework, Goal, Lesson
from bkk_relations.core.register import Register
from bkk_relations.core.strategy import coverage as cov
from bkk_relations.core.strategy.frameworks import find_framework, goals
from bkk_relations.core.strategy.review import year_review

TODAY = _dt.date(2026, 6, 15)


def _goal(reg, fw: str, code: str) -> int:
    f = find_framework(reg, fw)
    return next(g.id for g in goals(reg, f.id) if g.code == code)


@pytest.fixture
def plan(repo):
    """The office's plan: issue 1 with sub-goals 1.1 and 1.2, issue 2 with nothing."""
    fw = repo.create(Framework(name_en="International affairs plan 2566-2570",
                               name_th="แผนการต่างประเทศ 2566-2570"))
    one = repo.create(Goal(framework_id=fw.id, code="1", name_en="Liveable city"))
    a = repo.create(Goal(framework_id=fw.id, code="1.1", name_en="Waste", parent_id=one.id))
    b = repo.create(Goal(framework_id=fw.id, code="1.2", name_en="Green", parent_id=one.id))
    two = repo.create(Goal(framework_id=fw.id, code="2", name_en="Tourism"))
    return fw, one, a, b, two


def _by_code(c: cov.Coverage) -> dict[str, cov.GoalFigures]:
    return {g.goal.code: g for g in c.goals}


def test_children_roll_up_once_and_uncovered_goals_are_marked(reg, repo, make, plan):
    fw, one, a, b, two = plan
    osaka, seoul = make.partner(), make.partner()
    make.agreement(party_ids=[osaka.id], status="active", expiry_date="2027",
                   goal_ids=[a.id])
    make.agreement(party_ids=[seoul.id], status="expired", goal_ids=[a.id])  # not in force
    make.project(partner_ids=[osaka.id], status="ongoing", goal_ids=[b.id])
    make.activity(partner_ids=[seoul.id], start_date="2026-03-02", goal_ids=[b.id])
    make.activity(partner_ids=[seoul.id], start_date="2025-03-02", goal_ids=[b.id])
    c = cov.coverage(reg, "แผนการต่างประเทศ 2566-2570", year=2569, today=TODAY)
    got = _by_code(c)
    assert [g.goal.code for g in c.goals] == ["1", "1.1", "1.2", "2"]
    assert got["1.1"].figures["agreements"] == 1
    assert got["1.1"].figures["partners"] == 1
    assert got["1.2"].figures["projects"] == 1 and got["1.2"].figures["activities"] == 1
    # Osaka works on both sub-goals: one partner engaged for the parent, not two
    assert got["1"].figures["partners"] == 2
    assert got["1"].figures["agreements"] == 1 and got["1"].figures["activities"] == 1
    assert [g.goal.code for g in c.uncovered] == ["2"]


def test_sdg_lists_count_for_the_sdg_framework(reg, make):
    make.project(status="ongoing", sdgs=[11, 13])
    make.agreement(status="active", sdgs=[11])
    make.activity(start_date="2026-01-10", goal_ids=[_goal(reg, "sdgs", "6")])
    got = _by_code(cov.coverage(reg, "sdgs", year=2026, today=TODAY))
    assert got["11"].figures["projects"] == 1 and got["11"].figures["agreements"] == 1
    assert got["13"].figures["projects"] == 1
    assert got["6"].figures["activities"] == 1
    assert not got["1"].covered and got["11"].covered


def test_overdue_actions_and_lessons(reg, repo, make):
    dim = _goal(reg, "bkk_nine_dimensions", "5")
    repo.create(Action(title_en="Send the waste study", status="open", due_date="2026-05-01",
                       goal_ids=[dim]))
    repo.create(Action(title_en="Due this month", status="in_progress", due_date="2026-06",
                       goal_ids=[dim]))
    repo.create(Action(title_en="Done", status="done", due_date="2026-01-01", goal_ids=[dim]))
    repo.create(Lesson(title_en="Sorting at source", stage="scaled_up", goal_ids=[dim]))
    repo.create(Lesson(title_en="Bike lanes", stage="piloted", goal_ids=[dim]))
    env = _by_code(cov.coverage(reg, "Governor's policy: nine dimensions", today=TODAY))["5"]
    assert env.figures["open_actions"] == 2
    assert env.figures["overdue_actions"] == 1  # "2026-06" is due by the month's end
    assert env.figures["lessons_scaled"] == 1 and env.figures["lessons_piloted"] == 1
    assert env.covered  # open actions are cooperation going on


def test_deleted_records_do_not_count(reg, repo, make):
    dim = _goal(reg, "bkk_nine_dimensions", "4")
    p = make.project(status="ongoing", goal_ids=[dim])
    reg.delete("project", p.id)
    assert not _by_code(cov.coverage(reg, "bkk_nine_dimensions", today=TODAY))["4"].covered


def test_an_unknown_framework_is_refused_with_the_choices(reg):
    with pytest.raises(CoreError, match="nine dimensions"):
        cov.coverage(reg, "no such plan")


def test_units_taking_part_and_units_with_none(reg, repo, make):
    dim = _goal(reg, "bkk_nine_dimensions", "5")
    env = make.unit(name_en="Department of Environment")
    make.unit(name_en="Idle")
    make.project(unit_ids=[env.id], goal_ids=[dim])
    repo.create(Lesson(title_en="Composting", unit_ids=[env.id]))
    u = cov.by_unit(reg, "bkk_nine_dimensions")
    first = u.units[0]
    assert first.name_en == "Department of Environment"
    assert (first.projects, first.lessons) == (1, 1)
    assert [u.goals[g].code for g in first.goal_ids] == ["5"]
    assert [x.name_en for x in u.idle] == ["Idle"]


def test_year_in_review(reg, repo, make):
    p = make.partner(name_en="Osaka")
    make.agreement(party_ids=[p.id], signed_date="2025-04-01", status="active")
    make.agreement(status="renewed", signed_date="2015", effective_date="2025-02")
    make.agreement(status="expired", expiry_date="2025-12-31")
    make.activity(partner_ids=[p.id], start_date="2025-05-05", activity_type="meeting")
    make.activity(partner_ids=[p.id], start_date="2025-06-05", activity_type="meeting")
    make.project(status="ongoing", start_date="2024", sdgs=[11],
                 goal_ids=[_goal(reg, "bkk_nine_dimensions", "5")])
    repo.create(Action(title_en="Report back", status="done", done_date="2025-03-01"))
    repo.create(Action(title_en="Late", status="open", due_date="2025-09-01"))
    repo.create(Lesson(title_en="Scaled", stage="scaled_up", scaled_date="2025-10"))
    r = year_review(reg, 2568, today=TODAY)  # B.E. 2568 = 2025
    assert r.year == 2025
    assert [len(r.signed), len(r.renewed), len(r.expired)] == [1, 1, 1]
    assert r.activities_by_type == [("meeting", 2)]
    assert [(x.name_en, x.value) for x in r.activities_by_partner] == [("Osaka", 2)]
    by_goal = {(g.framework_en[:4], g.code): g.projects for g in r.projects_by_goal}
    assert by_goal == {("Gove", "5"): 1, ("Sust", "11"): 1}
    assert [a.name_en for a in r.actions_done] == ["Report back"]
    assert [a.name_en for a in r.actions_overdue] == ["Late"]
    assert [x.name_en for x in r.lessons_scaled] == ["Scaled"]


def test_trashed_partners_and_records_leave_the_figures(reg, repo, make):
    dim = _goal(reg, "bkk_nine_dimensions", "5")
    osaka, seoul = make.partner(), make.partner()
    env = make.unit(name_en="Department of Environment")
    make.project(partner_ids=[osaka.id, seoul.id], status="ongoing", goal_ids=[dim])
    gone = make.project(status="ongoing", unit_ids=[env.id], goal_ids=[dim])
    reg.delete("partner", seoul.id)
    reg.delete("project", gone.id)
    env_goal = _by_code(cov.coverage(reg, "bkk_nine_dimensions", today=TODAY))["5"]
    assert env_goal.figures["partners"] == 1  # Seoul is in the trash
    assert env_goal.figures["projects"] == 1
    units = cov.by_unit(reg, "bkk_nine_dimensions")
    assert [(u.name_en, u.projects, u.goal_ids) for u in units.units] == [
        ("Department of Environment", 0, [])]


def test_partial_dates_count_until_their_last_day(reg, make):
    dim = _goal(reg, "bkk_nine_dimensions", "2")
    for expiry in ("2026", "2026-06", "2026-06-15", "2026-05", "2026-06-14", "2025"):
        make.agreement(status="active", expiry_date=expiry, goal_ids=[dim])
    got = _by_code(cov.coverage(reg, "bkk_nine_dimensions", today=TODAY))["2"]
    assert got.figures["agreements"] == 3  # this year, this month and today, not before


def test_projects_run_in_the_years_their_partial_dates_cover(reg, make):
    make.project(title_en="Ended last December", start_date="2024", end_date="2025-12",
                 sdgs=[6])
    make.project(title_en="Starts next year", start_date="2026", sdgs=[7])
    make.project(title_en="Open-ended", start_date="2025-12-31", sdgs=[8])
    codes = {y: {g.code for g in year_review(reg, y, today=TODAY).projects_by_goal}
             for y in (2025, 2026)}
    assert codes == {2025: {"6", "8"}, 2026: {"7", "8"}}


@pytest.mark.parametrize("statistics", [False, True])
def test_the_figures_read_indexes_not_every_record(sqlite_db, statistics):
    """At 100,000 partners a full pass over the records' wide rows takes seconds: every
    statement of the strategy view and the year in review reads an index instead, with
    or without the statistics SQLite gathers on a file over time."""
    import re
    import sqlite3

    from bkk_relations.core.sample.generate import generate

    reg = Register(sqlite_db)
    generate(reg, partners=150, seed=3)
    raw = reg.conn
    assert isinstance(raw, sqlite3.Connection)
    if statistics:
        raw.execute("ANALYZE")
    seen: list[str] = []
    raw.set_trace_callback(seen.append)
    try:
        for fw in ("bkk_nine_dimensions", "sdgs"):
            cov.coverage(reg, fw, today=TODAY)
            cov.by_unit(reg, fw)
        year_review(reg, 2025, today=TODAY)
    finally:
        raw.set_trace_callback(None)
    scans = set()
    for sql in {s for s in seen if s.lstrip().upper().startswith(("SELECT", "WITH"))}:
        for row in raw.execute("EXPLAIN QUERY PLAN " + sql):
            m = re.match(r"SCAN (\w+)(?: AS \w+)?$", row[3])
            if m and m.group(1) in {"t", "partners", "agreements", "projects", "activities"}:
                scans.add((row[3], " ".join(sql.split())[:200]))
    assert not scans, "\n".join(f"{p}: {q}" for p, q in sorted(scans))
