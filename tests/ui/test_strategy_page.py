"""The strategy page on the demo: the Governor's nine dimensions with the ones that have no
cooperation marked, a click through to the records, the workbooks, in English and Thai."""

from __future__ import annotations

import openpyxl
from PySide6.QtCore import Qt

from bkk_relations.core.records.models import Project
from bkk_relations.core.strategy.frameworks import find_framework, goals
from bkk_relations.ui.editor import RecordEditor
from bkk_relations.ui.strategy_page import UNCOVERED, StrategyPage

from .helpers import go_to


def _open(window, qtbot) -> StrategyPage:
    page = window.strategy_page
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        window.nav.setCurrentRow(window.stack.indexOf(page))
    return page


def _rows(page: StrategyPage) -> list[str]:
    model = page.goal_model
    return [model.item(r, 0).text() for r in range(model.rowCount())]


def _align_a_project(window, code: str) -> Project:
    reg = window.reg
    dim = next(g.id for g in goals(reg, find_framework(reg, "bkk_nine_dimensions").id)
               if g.code == code)
    return reg.records.create(Project(title_en="Waste sorting with Kitakyushu",
                                      status="ongoing", goal_ids=[dim]))


def test_the_nine_dimensions_with_the_uncovered_ones_marked(window, qtbot):
    # the demo's sourced records serve some dimensions; Society (7) none, until this project
    _align_a_project(window, "7")
    page = _open(window, qtbot)
    assert page.framework.currentText() == "Governor's policy: nine dimensions"
    rows = _rows(page)
    assert len(rows) == 9
    assert rows[6] == "7 Society"  # served by the project: not marked
    assert rows[0] == "1 Safe  — no cooperation"
    assert rows[4] == "5 Environment"  # the demo's waste and climate ties
    model = page.goal_model
    assert model.item(0, 0).background().color() == UNCOVERED
    assert model.item(6, 0).background().color() != UNCOVERED
    assert model.item(6, 3).text() == "1"  # active projects
    covered = sum(not r.endswith("— no cooperation") for r in rows)
    assert 2 <= covered < 9
    assert f"{covered} of 9 goals have cooperation going on" in page.summary.text()


def test_a_double_click_opens_the_goals_records(window, qtbot):
    project = _align_a_project(window, "7")
    page = _open(window, qtbot)
    page._open_goal(page.goal_model.index(6, 3))  # Society, active projects
    projects = window.pages["project"]
    assert window.stack.currentWidget() is projects
    assert projects.model.rowCount() == 1
    assert projects.model.record_id(0) == project.id
    assert projects.goal_chip.isVisible() and "7 Society" in projects.goal_chip.text()
    qtbot.keyClick(projects.view, Qt.Key_Escape)  # Esc: every project again
    assert projects.model.rowCount() > 1 and not projects.goal_chip.isVisible()


def test_thai_page_and_workbooks(window, qtbot, prefs, tmp_path):
    prefs.language = "th"
    page = window.strategy_page
    page.export_language.setCurrentIndex(page.export_language.findData("th"))
    page = _open(window, qtbot)
    assert page.framework.currentText() == "นโยบาย 9 ดี 9 ด้าน"
    assert _rows(page)[4].startswith("5 สิ่งแวดล้อมดี")
    out = tmp_path / "s.xlsx"
    assert page.export_strategy(str(out)) is not None
    assert openpyxl.load_workbook(out).sheetnames == ["รายเป้าหมาย", "รายหน่วยงาน"]
    review = tmp_path / "r.xlsx"
    assert page.export_review(str(review)) is not None
    assert "สรุป" in openpyxl.load_workbook(review).sheetnames


def test_the_goal_picker_finds_goals_in_thai_and_english_by_framework(window, qtbot, prefs):
    editor = RecordEditor(window.session, prefs, "project", parent=window)
    qtbot.addWidget(editor)
    picker = editor.fields["goal_ids"].widget
    found = [label for _, label in picker._find("environment")]
    assert "Governor's policy: nine dimensions · 5. Environment" in found
    # a project's SDGs are its SDG checklist: the picker leaves the SDG framework out
    assert not [label for _, label in picker._find("Sustainable")]
    picker.edit.setText("สิ่งแวดล้อม")  # typed in Thai (QTest types ASCII only)
    qtbot.keyClick(picker.edit, Qt.Key_Return)
    assert picker.list.item(0).text() == "Governor's policy: nine dimensions · 5. Environment"
    activity = RecordEditor(window.session, prefs, "activity", parent=window)
    qtbot.addWidget(activity)
    offered = [label for _, label in activity.fields["goal_ids"].widget._find("11")]
    assert "Sustainable Development Goals · 11. Sustainable cities and communities" in offered


def test_a_goal_added_in_its_list_shows_in_the_strategy_view(window, qtbot):
    nine = find_framework(window.reg, "bkk_nine_dimensions")
    page = go_to(window, "goal")
    assert page.model.rowCount() == 26  # the SDGs' 17 and the nine dimensions
    editor = window.new_record()
    editor.fields["framework_id"].widget.add_id(nine.id)
    editor.widgets["code"].setText("10")
    editor.widgets["name_en"].setText("Culture")
    assert editor.save()
    assert page.model.rowCount() == 27
    strategy = _open(window, qtbot)
    assert _rows(strategy)[-1] == "10 Culture  — no cooperation"
    window.nav.setCurrentRow(window.stack.indexOf(window.pages["framework"]))
    # the two every register ships, and the demo's office plan
    assert window.pages["framework"].model.rowCount() == 3


def test_the_offices_plan_is_read_from_its_own_sheet_in_the_window(window, qtbot, tmp_path,
                                                                     monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["ประเด็นยุทธศาสตร์ (ร่าง)"])
    ws.append(["ลำดับ", "รหัส", "รหัสเป้าหมายหลัก", "ชื่อ (ภาษาไทย)", "ชื่อ (ภาษาอังกฤษ)"])
    ws.append([1, "1", None, "เมืองน่าอยู่", "Liveable city"])
    ws.append([2, "1.1", "1", "การจัดการขยะ", "Waste"])
    wb.save(tmp_path / "plan.xlsx")
    page = _open(window, qtbot)
    plan = next(i for i in range(page.framework.count())
                if "2566" in page.framework.itemText(i))
    page.framework.setCurrentIndex(plan)
    with qtbot.waitSignal(page.imported, timeout=10_000):
        page.import_goals(str(tmp_path / "plan.xlsx"))
    assert "2 goals added, 0 updated" in shown[0] and "2566" in shown[0]
    reg = window.reg
    fw = page.framework.itemData(plan)
    assert [(g.code, g.depth) for g in goals(reg, fw)] == [("1", 0), ("1.1", 1)]
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.reload()
    assert _rows(page)[0].startswith("1 Liveable city")
