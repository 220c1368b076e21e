"""Follow-up actions and lessons brought home as records: what a save refuses, the audit
trail, the trash, what falls due (a month or a year is due by its last day), the dashboard's
and the alerts' lists, and spreadsheets that import back as they were exported."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from bkk_relations.core.errors import ValidationError
from bkk_relations.core.excel.export import ExportOptions
from bkk_relations.core.excel.reports import export_report
from bkk_relations.core.imports.run import plan_import
from bkk_relations.core.records.models import Action, Activity, Contact, Lesson, Partner, Unit
from bkk_relations.core.records.repository import Query
from bkk_relations.core.register import Register
from bkk_relations.core.storage.database import Database
from bkk_relations.core.views import alerts, lists
from bkk_relations.core.views.dashboard import dashboard_data

TODAY = dt.date.today()


def days(n: int) -> str:
    return (TODAY + dt.timedelta(days=n)).isoformat()


def month(n: int) -> str:
    """The month ``n`` months from this one, as a partial date ("2026-12")."""
    y, m = divmod(TODAY.month - 1 + n, 12)
    return f"{TODAY.year + y}-{m + 1:02d}"


def codes(exc: pytest.ExceptionInfo[ValidationError]) -> set[tuple[str, str]]:
    return {(p.field, p.code) for p in exc.value.problems}


# -- validation ---------------------------------------------------------------------------------
def test_an_action_needs_what_was_agreed_and_no_date_done_while_open(repo):
    with pytest.raises(ValidationError) as exc:
        repo.create(Action(title_en="  "))
    assert "title_en" in {f for f, _ in codes(exc)}
    with pytest.raises(ValidationError) as exc:
        repo.create(Action(title_en="Send the study", status="open", done_date="2025-01-10"))
    assert ("done_date", "action.done_date_open") in codes(exc)
    with pytest.raises(ValidationError):
        repo.create(Action(title_en="Send the study", due_date="31/02/2025"))


def test_a_lessons_dates_follow_its_stages(repo):
    with pytest.raises(ValidationError) as exc:
        repo.create(Lesson(title_en="Waste sorting", stage="piloted", learned_date="2024",
                           piloted_date="2022"))
    assert any(code == "lesson.stage_order" for _, code in codes(exc))
    lesson = repo.create(Lesson(title_en="Waste sorting", stage="piloted",
                                learned_date="2022", piloted_date="2024-03"))
    assert repo.get(Lesson, lesson.id).piloted_date == "2024-03"


def test_a_contact_works_for_a_partner_or_a_unit_not_both(repo, make):
    unit, partner = make.unit(), make.partner()
    focal = repo.create(Contact(name="Somsri", unit_id=unit.id, is_focal_point=True))
    assert repo.get(Contact, focal.id).unit_id == unit.id
    with pytest.raises(ValidationError) as exc:
        repo.create(Contact(name="Both", unit_id=unit.id, partner_id=partner.id))
    assert ("unit_id", "contact.two_owners") in codes(exc)
    with pytest.raises(ValidationError) as exc:
        repo.create(Contact(name="Neither"))
    assert ("partner_id", "contact.partner_missing") in codes(exc)


# -- audit and the trash ------------------------------------------------------------------------
def test_actions_and_lessons_are_audited_and_come_back_whole_from_the_trash(reg, make):
    seoul, unit = make.partner(name_en="Seoul"), make.unit()
    repo = reg.records
    action = repo.create(Action(title_en="Send the study", partner_ids=[seoul.id],
                                unit_id=unit.id, due_date="2025-06"))
    action.status, action.done_date = "done", "2025-05-30"
    repo.update(action)
    lesson = repo.create(Lesson(title_en="Waste sorting", partner_ids=[seoul.id],
                                unit_ids=[unit.id], sectors=["waste"]))
    reg.delete("action", action.id)
    reg.delete("lesson", lesson.id)
    assert repo.list(Action).total == 0 and repo.list(Lesson).total == 0
    reg.restore("action", action.id)
    reg.restore("lesson", lesson.id)
    back = repo.get(Action, action.id)
    assert (back.partner_ids, back.unit_id, back.status) == ([seoul.id], unit.id, "done")
    assert repo.get(Lesson, lesson.id).unit_ids == [unit.id]
    steps = [e.action for e in repo.history(Action, action.id)]
    assert steps[:2] == ["create", "update"] and "delete" in steps and "restore" in steps
    update = repo.history(Action, action.id)[1]
    assert update.changes["status"] == ["open", "done"]


# -- what falls due -----------------------------------------------------------------------------
@pytest.fixture
def due(reg, make):
    unit = make.unit(name_en="Department of Environment", name_th="สำนักสิ่งแวดล้อม")
    seoul = make.partner(name_en="Seoul")
    made = {}
    for key, due_date, status in (
            ("late", days(-5), "open"),
            ("late_month", month(-2), "in_progress"),  # two months ago: long overdue
            ("this_month", month(0), "open"),  # due by the month's last day: not overdue
            ("soon", days(10), "open"),
            ("far", days(90), "open"),
            ("done", days(-40), "done"),
            ("dropped", days(-3), "dropped"),
            ("undated", None, "open")):
        made[key] = reg.records.create(Action(
            title_en=f"Action {key}", due_date=due_date, status=status, unit_id=unit.id,
            partner_ids=[seoul.id], done_date=days(-41) if status == "done" else None)).id
    return made


def test_overdue_and_due_soon_actions_partial_dates_due_by_their_last_day(reg, due):
    soon, late = alerts.split_due(alerts.due_actions(reg))
    assert [a.id for a in late] == [due["late_month"], due["late"]]  # longest overdue first
    assert {a.id for a in soon} == {due["soon"], due["this_month"]}
    assert late[1].days_left == -5 and late[1].unit == "Department of Environment"
    assert late[1].partners == "Seoul"


def test_the_lists_overdue_filter_matches_the_alerts(reg, due):
    found = reg.records.list(Action, Query(overdue=True)).records
    assert {a.id for a in found} == {due["late"], due["late_month"]}
    to_do = reg.records.list(Action, Query(to_do=True)).records
    assert {a.id for a in to_do} == {due[k] for k in ("late", "late_month", "this_month",
                                                      "soon", "far", "undated")}


def test_the_dashboard_shows_overdue_actions_and_those_due_within_30_days(reg, due):
    data = dashboard_data(reg, language="th")
    assert [a.id for a in data.actions_overdue] == [due["late_month"], due["late"]]
    assert {a.id for a in data.actions_due} == {due["soon"], due["this_month"]}
    assert data.actions_overdue[0].unit == "สำนักสิ่งแวดล้อม"


def test_a_units_details_name_its_contacts_focal_point_first_and_its_actions(reg, make, due):
    unit_id = reg.records.get(Action, due["late"]).unit_id
    reg.records.create(Contact(name="Anan", unit_id=unit_id))
    reg.records.create(Contact(name="Somsri", unit_id=unit_id, is_focal_point=True))
    linked = lists.related(reg, "unit", unit_id)
    contacts = [r for r in linked if r.entity == "contact"]
    assert [(c.label, c.focal_point) for c in contacts] == [("Somsri", True), ("Anan", False)]
    assert {r.id for r in linked if r.entity == "action"} == set(due.values())
    rows = lists.table_rows(reg, Contact, Query(), "en")
    assert {r["partner"] for r in rows} == {"Department of Environment"}


# -- spreadsheets -------------------------------------------------------------------------------
def _round_trip(tmp_path, source: Register, target: Register, report: str, kind: str,
                language: str, suffix: str) -> list:
    path = tmp_path / f"{report}-{language}{suffix}"
    export_report(source, report, path, all_columns=True,
                  options=ExportOptions(language=language))
    plan = plan_import(target, str(path), kind)
    assert all(not r.parse_problems and not r.checks for r in plan.rows), plan.rows
    target.apply_import(plan)
    return target.records.list(Action if kind == "actions" else Lesson).records


@pytest.mark.parametrize(("language", "suffix"), [("en", ".xlsx"), ("th", ".xlsx"),
                                                  ("en", ".csv")])
def test_actions_and_lessons_import_back_as_they_were_exported(tmp_path, language, suffix):
    with Database.open(":memory:") as a, Database.open(":memory:") as b:
        source, target = Register(a), Register(b)
        for reg in (source, target):  # the same partner, unit and activity on both sides
            seoul = reg.records.create(Partner(name_en="Seoul", name_th="โซล", country="KR"))
            reg.records.create(Unit(name_en="Department of Environment",
                                    name_th="สำนักสิ่งแวดล้อม"))
            reg.records.create(Activity(title_en="Visit to Seoul", start_date="2025-03-01"))
        s = source.records
        s.create(Action(title_en="Send the flood study", title_th="ส่งผลการศึกษาน้ำท่วม",
                        status="in_progress", due_date="2025-06", partner_ids=[seoul.id],
                        unit_id=1, activity_id=1, result="Draft sent", tags=["flood"],
                        source="https://example.org/visit", notes="Asked by the Governor"))
        s.create(Action(title_en="Thank-you letter", status="done", due_date="2025-03-10",
                        done_date="2025-03-08"))
        s.create(Lesson(title_en="Waste sorting at source", title_th="การคัดแยกขยะต้นทาง",
                        description="Seen in Seoul", stage="scaled_up", learned_date="2019",
                        piloted_date="2020-05", scaled_date="2022", partner_ids=[seoul.id],
                        unit_ids=[1], sectors=["waste"], activity_id=1,
                        evidence="https://example.org/report", source="https://example.org"))
        got = _round_trip(tmp_path, source, target, "actions", "actions", language, suffix)
        want = s.list(Action).records
        fields = ("title_en", "title_th", "status", "due_date", "done_date", "partner_ids",
                  "unit_id", "activity_id", "result", "tags", "source", "notes")
        assert sorted(tuple(getattr(x, f) for f in fields) for x in got) == \
            sorted(tuple(getattr(x, f) for f in fields) for x in want)
        got = _round_trip(tmp_path, source, target, "lessons", "lessons", language, suffix)
        fields = ("title_en", "title_th", "description", "stage", "learned_date",
                  "piloted_date", "scaled_date", "partner_ids", "unit_ids", "sectors",
                  "activity_id", "evidence", "source")
        assert [tuple(getattr(x, f) for f in fields) for x in got] == \
            [tuple(getattr(x, f) for f in fields) for x in s.list(Lesson).records]


def test_the_follow_up_tracker_marks_overdue_rows_and_counts_their_days(tmp_path, reg, due):
    path = tmp_path / "tracker.xlsx"
    result = export_report(reg, "actions", path, options=ExportOptions(language="th"))
    assert result.rows == len(due)
    sheet = openpyxl.load_workbook(path).worksheets[0]
    assert sheet.title == "เรื่องที่ต้องติดตาม"
    rows = list(sheet.iter_rows(values_only=True))
    header = next(i for i, r in enumerate(rows) if r[0] == "กำหนดเสร็จ")
    titles = rows[header]
    assert "เกินกำหนด (วัน)" in titles and "หน่วยงานรับผิดชอบ" in titles
    by_title = {r[titles.index("สิ่งที่ต้องดำเนินการ")]: (i, r)
                for i, r in enumerate(rows) if i > header and r[1]}
    late_at, late = by_title["Action late"]
    assert late[titles.index("เกินกำหนด (วัน)")] == 5
    assert by_title["Action done"][1][titles.index("เกินกำหนด (วัน)")] is None
    fill = sheet.cell(row=late_at + 1, column=2).fill.fgColor.rgb
    soon_fill = sheet.cell(row=by_title["Action soon"][0] + 1, column=2).fill.fgColor.rgb
    far_fill = sheet.cell(row=by_title["Action far"][0] + 1, column=2).fill.fgColor.rgb
    assert fill.endswith("FFC7CE") and soon_fill.endswith("FFEB9C")  # red, amber
    assert far_fill != fill and far_fill != soon_fill
