"""Framework sheets in and out, the strategy and year-in-review workbooks opened back."""

from __future__ import annotations

import datetime as _dt

import openpyxl
import pytest

from bkk_relations.core.errors import CoreError
from bkk_relations.core.excel.export import ExportOptions
from bkk_relations.core.excel.strategy import export_review, export_strategy
from bkk_relations.core.records.models import Framework
from bkk_relations.core.strategy.frameworks import find_framework, goals
from bkk_relations.core.strategy.sheet import export_framework, import_framework

TODAY = _dt.date(2026, 6, 15)


def _sheet(path, rows, headers=("Code", "Parent code", "English", "Thai")):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(list(headers))
    for r in rows:
        ws.append(list(r))
    wb.save(path)
    return str(path)


@pytest.fixture
def plan(repo):
    return repo.create(Framework(name_en="International affairs plan",
                                 name_th="แผนการต่างประเทศ"))


def test_import_builds_the_tree_and_reimport_updates_by_code(reg, plan, tmp_path):
    path = _sheet(tmp_path / "plan.xlsx", [
        ("1.1", "1", "Waste", "ขยะ"), ("1", None, "Liveable city", "เมืองน่าอยู่"),
        (2, None, "Tourism", "การท่องเที่ยว")])  # a code typed as a number
    first = import_framework(reg, "แผนการต่างประเทศ", path)
    assert (first.created, first.updated) == (3, 0)
    tree = goals(reg, plan.id)
    assert [(g.code, g.depth) for g in tree] == [("1", 0), ("1.1", 1), ("2", 0)]
    again = _sheet(tmp_path / "again.xlsx", [
        ("รหัส", "รหัสเป้าหมายหลัก", "ชื่อภาษาอังกฤษ", "ชื่อภาษาไทย"),
        ("1", None, "A liveable city", "เมืองน่าอยู่"), ("1.1", "1", "Waste", "ขยะ")],
        headers=("x", "y"))
    second = import_framework(reg, plan.id, again)
    assert (second.created, second.updated, second.unchanged) == (0, 1, 1)
    tree = goals(reg, plan.id)
    assert len(tree) == 3 and tree[0].name_en == "A liveable city"
    # undone like any import
    reg.undo_import(second.batch_id)
    assert goals(reg, plan.id)[0].name_en == "Liveable city"


def test_an_officers_own_sheet_is_read_as_typed(reg, plan, tmp_path):
    """A merged Thai title, a blank row, a sequence column and headers in brackets; the
    framework named by a part of its Thai name."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["ประเด็นยุทธศาสตร์ตามแผนการต่างประเทศ พ.ศ. 2566-2570"])
    ws.merge_cells("A1:E1")
    ws.append([])
    ws.append(["ลำดับ", "รหัส", "รหัสเป้าหมายหลัก", "ชื่อ (ภาษาไทย)", "ชื่อ (ภาษาอังกฤษ)"])
    ws.append([1, "1", None, "เมืองน่าอยู่", "Liveable city"])
    ws.append([2, "1.1", "1", "การจัดการขยะ", "Waste"])
    ws.append([None] * 5)
    ws.append([3, "2", None, "การท่องเที่ยว", "Tourism"])
    wb.save(tmp_path / "officer.xlsx")
    done = import_framework(reg, "การต่างประเทศ", str(tmp_path / "officer.xlsx"))
    assert done.created == 3
    assert [(g.code, g.name_en, g.name_th, g.depth) for g in goals(reg, plan.id)] == [
        ("1", "Liveable city", "เมืองน่าอยู่", 0), ("1.1", "Waste", "การจัดการขยะ", 1),
        ("2", "Tourism", "การท่องเที่ยว", 0)]


def test_undoing_an_import_removes_its_goals(reg, plan, tmp_path):
    path = _sheet(tmp_path / "plan.xlsx", [("1", None, "One", None), ("1.1", "1", "Sub", None)])
    reg.undo_import(import_framework(reg, plan.id, path).batch_id)
    assert goals(reg, plan.id) == []


def test_a_sheet_with_a_problem_changes_nothing(reg, plan, tmp_path):
    import_framework(reg, plan.id, _sheet(tmp_path / "ok.xlsx", [("1", None, "One", None)]))
    bad = _sheet(tmp_path / "bad.xlsx", [("1", None, "Renamed", None),
                                         ("2", "9", "Orphan", None),
                                         ("3", None, None, None)])
    with pytest.raises(CoreError, match="row 3: parent code 9.*row 4: no English name"):
        import_framework(reg, plan.id, bad)
    assert [g.name_en for g in goals(reg, plan.id)] == ["One"]


def test_a_loop_of_parents_is_refused(reg, plan, tmp_path):
    loop = _sheet(tmp_path / "loop.xlsx", [("1", "2", "One", None), ("2", "1", "Two", None)])
    with pytest.raises(CoreError, match="loop"):
        import_framework(reg, plan.id, loop)


def test_framework_export_reads_back(reg, tmp_path):
    out = tmp_path / "nine.xlsx"
    assert export_framework(reg, "bkk_nine_dimensions", out,
                            options=ExportOptions(language="th")) == 9
    ws = openpyxl.load_workbook(out).active
    rows = [r for r in ws.iter_rows(values_only=True) if any(r)]
    assert rows[1][:4] == ("รหัส", "รหัสเป้าหมายหลัก", "ชื่อภาษาอังกฤษ", "ชื่อภาษาไทย")
    assert rows[6][:4] == ("5", None, "Environment", "สิ่งแวดล้อมดี")
    # and it imports back into the same framework without a change
    again = import_framework(reg, "bkk_nine_dimensions", str(out))
    assert (again.created, again.updated, again.unchanged) == (0, 0, 9)


def test_strategy_workbook_in_thai_marks_uncovered_goals(reg, make, tmp_path):
    dim = next(g.id for g in goals(reg, find_framework(reg, "bkk_nine_dimensions").id)
               if g.code == "5")
    make.project(status="ongoing", goal_ids=[dim], unit_ids=[make.unit(name_en="Env").id])
    out = tmp_path / "s.xlsx"
    export_strategy(reg, "นโยบาย 9 ดี 9 ด้าน", out, year=2569,
                    options=ExportOptions(language="th", calendar="buddhist", today=TODAY))
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["รายเป้าหมาย", "รายหน่วยงาน"]
    ws = wb["รายเป้าหมาย"]
    assert ws.cell(3, 1).value == "รหัส" and ws.cell(3, 5).value == "โครงการ ที่ดำเนินการอยู่"
    assert ws.cell(3, 6).value == "กิจกรรมปี 2569"
    rows = {r[0]: r for r in ws.iter_rows(min_row=4, values_only=True)}
    assert rows["5"][1] == "สิ่งแวดล้อมดี" and rows["5"][4] == 1
    assert rows["1"][1] == "ปลอดภัยดี — ไม่มีความร่วมมือ"
    assert ws.cell(4, 1).fill.fgColor.rgb.endswith("FFC7CE")  # goal 1: marked
    assert ws.page_setup.paperSize is not None and ws.print_title_rows


def test_year_in_review_workbook(reg, make, tmp_path):
    make.agreement(signed_date="2025-04-01", title_en="Osaka MOU")
    out = tmp_path / "r.xlsx"
    result = export_review(reg, 2025, out, options=ExportOptions(today=TODAY))
    wb = openpyxl.load_workbook(out)
    assert wb["Summary"].cell(4, 1).value == "Agreements signed"
    assert wb["Summary"].cell(4, 2).value == 1
    assert wb["Agreements"].cell(4, 2).value == "Osaka MOU"
    assert result.sheets["Agreements"] == 1


def _goal(reg, framework: str, code: str) -> int:
    return next(g.id for g in goals(reg, find_framework(reg, framework).id) if g.code == code)


def test_the_reports_name_each_records_goals_with_their_framework(reg, make, tmp_path):
    from bkk_relations.core.excel.reports import export_report

    make.project(title_en="Waste sorting", goal_ids=[_goal(reg, "bkk_nine_dimensions", "5"),
                                                     _goal(reg, "sdgs", "11")])
    out = tmp_path / "projects.xlsx"
    export_report(reg, "projects", out, all_columns=True)
    ws = openpyxl.load_workbook(out).active
    header = [c.value for c in ws[3]]
    row = dict(zip(header, [c.value for c in ws[4]], strict=False))
    assert row["Goals"] == ("11 Sustainable cities and communities (Sustainable Development "
                            "Goals); 5 Environment (Governor's policy: nine dimensions)")
    th = tmp_path / "projects-th.xlsx"
    export_report(reg, "projects", th, all_columns=True, options=ExportOptions(language="th"))
    ws = openpyxl.load_workbook(th).active
    header = [c.value for c in ws[3]]
    assert "เป้าหมายที่สอดคล้อง" in header
    assert "5 สิ่งแวดล้อมดี (นโยบาย 9 ดี 9 ด้าน)" in ws.cell(4, header.index(
        "เป้าหมายที่สอดคล้อง") + 1).value


def test_an_import_reads_goals_by_framework_code_or_name_and_refuses_ambiguity(reg, tmp_path):
    from bkk_relations.core.imports.run import plan_import, run_import
    from bkk_relations.core.records.models import Project
    from bkk_relations.core.records.repository import Query

    path = _sheet(tmp_path / "projects.xlsx", [
        ("Clean canals", "sdgs 6; สิ่งแวดล้อมดี"),
        ("Smart buses", "4 Mobility (Governor's policy: nine dimensions)")],
        headers=("Title", "Goals"))
    with plan_import(reg, path, "projects") as plan:
        assert plan.ok, plan.problems
        run_import(reg, plan)
    got = {p.title_en: set(p.goal_ids) for p in reg.records.list(Project, Query()).records}
    assert got["Clean canals"] == {_goal(reg, "sdgs", "6"),
                                   _goal(reg, "bkk_nine_dimensions", "5")}
    assert got["Smart buses"] == {_goal(reg, "bkk_nine_dimensions", "4")}
    # "1" is goal 1 of the SDGs and of the nine dimensions: refused, naming both
    bad = _sheet(tmp_path / "bad.xlsx", [("Ambiguous", "1")], headers=("Title", "Goals"))
    with plan_import(reg, bad, "projects") as plan:
        assert not plan.ok
        text = "; ".join(str(p) for p in plan.problems)
    assert "'1' names 2 goals" in text and "1 Safe (Governor's policy: nine dimensions)" in text
