"""Follow-up actions, lessons and unit focal points in the window: the dashboard's actions
falling due, "Add follow-up action" from a visit, the lists' filters, the Trash and Ctrl+Z,
a unit's contact and the pages in Thai."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from bkk_relations.core.records.models import Action, Activity, Contact, Lesson, Unit
from bkk_relations.core.records.repository import Query
from bkk_relations.ui import dashboard

from .helpers import go_to, row_labels, select_label

TODAY = dt.date.today()


def _unit(window, name: str) -> Unit:
    return next(u for u in window.reg.records.list(Unit).records if u.name_en == name)


def _action(window, title: str, due: str | None, **kw) -> int:
    return window.reg.records.create(Action(title_en=title, due_date=due, **kw)).id


def test_the_dashboard_shows_actions_overdue_and_due_within_30_days(window, qtbot):
    env = _unit(window, "Department of Environment")
    late = _action(window, "Send the flood study",
                   (TODAY - dt.timedelta(days=12)).isoformat(), unit_id=env.id)
    _action(window, "Report to the Governor", (TODAY + dt.timedelta(days=20)).isoformat())
    _action(window, "Next year's visit", str(TODAY.year + 2))
    _action(window, "Done long ago", "2020-01", status="done", done_date="2020-01-10")
    with qtbot.waitSignal(window.dashboard.loaded, timeout=10_000):
        window.reload_all()
    groups = window.dashboard.action_groups
    assert groups["overdue"].text() == "Overdue (1)"
    assert groups["due"].text() == "Due within 30 days (1)"
    overdue = groups["overdue"].child(0, 0)
    assert overdue.text() == "Send the flood study"
    assert "12 days ago" in groups["overdue"].child(0, 1).text()
    assert groups["overdue"].child(0, 2).text() == "Department of Environment"
    assert overdue.background().color() == dashboard.OVERDUE_COLOUR
    assert groups["due"].child(0, 0).text() == "Report to the Governor"
    assert "(2)" in window.dashboard.actions_title.text()
    window.dashboard.views["action"].doubleClicked.emit(overdue.index())
    assert window.stack.currentWidget() is window.pages["action"]
    assert window.pages["action"].current_id() == late


def test_add_follow_up_action_from_a_visit_fills_in_where_it_came_from(window, qtbot):
    page = go_to(window, "activity")
    visit_id = select_label(page, "16/9/2025")  # the signing of the revised BMC MOU
    visit = window.reg.records.get(Activity, visit_id)
    assert visit.goal_ids and visit.partner_ids and visit.agreement_id
    assert window.act_follow_up.isEnabled()
    assert "Add follow-up action" in page.details.toPlainText()
    editor = window.follow_up_current()
    qtbot.waitExposed(editor)
    assert editor.is_new and editor.entity == "action"
    assert editor.fields["activity_id"].value(None) == visit_id
    assert editor.fields["agreement_id"].value(None) == visit.agreement_id
    assert editor.fields["partner_ids"].value(None) == visit.partner_ids
    assert sorted(editor.fields["goal_ids"].value(None)) == sorted(visit.goal_ids)
    editor.widgets["title_en"].setText("Send the youth exchange proposal")
    editor.widgets["due_date"].edit.setText("12/2026")
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        assert editor.save()
    stored = window.reg.records.list(Action).records[0]
    assert (stored.activity_id, stored.partner_ids, stored.due_date) == (
        visit_id, visit.partner_ids, "2026-12")
    assert window.pages["action"].current_id() == stored.id  # shown where it now is
    # the visit's details list what came of it
    page = go_to(window, "activity")
    page.show_record(visit_id)
    assert "Send the youth exchange proposal" in page.details.toPlainText()


def test_add_follow_up_action_from_an_agreement_takes_its_parties(window, qtbot):
    page = go_to(window, "agreement")
    rows = row_labels(page)
    title = next(t for t in rows if t.startswith("Revised MOU on cooperation"))
    agreement_id = select_label(page, title)
    page.add_follow_up.emit("agreement", agreement_id)  # the details pane's link
    editor = window.editor
    assert editor.entity == "action" and editor.is_new
    assert editor.fields["agreement_id"].value(None) == agreement_id
    assert editor.fields["partner_ids"].value(None)
    editor.dirty = False
    editor.close()


def test_the_action_list_filters_by_overdue_owner_unit_and_status(window, qtbot):
    env = _unit(window, "Department of Environment")
    _action(window, "Late one", (TODAY - dt.timedelta(days=3)).isoformat(), unit_id=env.id)
    _action(window, "Late and in progress", (TODAY - dt.timedelta(days=40)).isoformat(),
            status="in_progress")
    _action(window, "Later", (TODAY + dt.timedelta(days=100)).isoformat(), unit_id=env.id)
    window.reload_all()
    page = go_to(window, "action")
    assert page.model.rowCount() == 3
    page.overdue.setChecked(True)
    assert sorted(row_labels(page, 1)) == ["Late and in progress", "Late one"]
    combo = page.combos["unit_id"]
    combo.setCurrentIndex(combo.findData(env.id))
    assert row_labels(page, 1) == ["Late one"]
    qtbot.keyClick(page.view, Qt.Key_Escape)  # Esc clears every filter
    assert not page.overdue.isChecked() and page.model.rowCount() == 3
    status = page.combos["status"]
    status.setCurrentIndex(status.findData("in_progress"))
    assert row_labels(page, 1) == ["Late and in progress"]


def test_delete_an_action_then_ctrl_z_brings_it_back_with_its_links(window, qtbot):
    env = _unit(window, "Department of Environment")
    rid = _action(window, "Send the study", "2026-01", unit_id=env.id)
    window.reload_all()
    page = go_to(window, "action")
    page.show_record(rid)
    window.act_delete.trigger()
    assert page.model.rowCount() == 0
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)
    assert page.model.rowCount() == 1 and page.current_id() == rid
    assert window.reg.records.get(Action, rid).unit_id == env.id


def test_lessons_filter_by_stage(window, qtbot):
    window.reg.records.create(Lesson(title_en="Flood gates", stage="piloted",
                                     learned_date="2023", piloted_date="2024"))
    window.reload_all()
    page = go_to(window, "lesson")
    assert page.model.rowCount() == 2  # and the demo's waste-incineration know-how
    stage = page.combos["status"]
    assert stage.itemText(0) == "All stages"
    stage.setCurrentIndex(stage.findData("piloted"))
    assert row_labels(page) == ["Flood gates"]
    select_label(page, "Flood gates")
    assert "Piloted on\n2024" in page.details.toPlainText()


def test_a_units_focal_point_is_entered_in_the_contact_editor_and_shown_on_the_unit(window,
                                                                                     qtbot):
    env = _unit(window, "Department of Environment")
    go_to(window, "contact")
    editor = window.new_record()
    editor.widgets["name"].setText("Somsri Jaidee")
    editor.fields["unit_id"].widget.set_ids([env.id])
    editor.widgets["is_focal_point"].setChecked(True)
    assert editor.save()
    stored = window.reg.records.list(Contact, Query(unit_id=env.id)).records
    assert [(c.name, c.partner_id, c.is_focal_point) for c in stored] == [
        ("Somsri Jaidee", None, True)]
    page = go_to(window, "contact")
    row = row_labels(page).index("Somsri Jaidee")
    assert page.model.index(row, 3).data() == "Department of Environment"
    units = go_to(window, "unit")
    units.show_record(env.id)
    assert "Somsri Jaidee (focal point)" in units.details.toPlainText()


def test_the_reports_dialog_writes_the_follow_up_tracker_of_actions_still_open(window, qtbot,
                                                                                tmp_path):
    from bkk_relations.ui.export_actions import ReportDialog

    _action(window, "Send the flood study", (TODAY - dt.timedelta(days=3)).isoformat())
    _action(window, "Thank-you letter", "2025-01", status="done", done_date="2025-01-20")
    dialog = ReportDialog(window.session, window.prefs, window)
    qtbot.addWidget(dialog)
    dialog.report.setCurrentIndex(dialog.report.findData("actions"))
    assert dialog.report.currentText() == "Follow-up tracker"
    status = dialog.combos["status"]
    status.setCurrentIndex(status.findData("open"))
    dialog.path.setText(str(tmp_path / "tracker.xlsx"))
    result = dialog.export()
    assert result is not None and result.rows == 1
    import openpyxl

    cells = [c for row in openpyxl.load_workbook(tmp_path / "tracker.xlsx").worksheets[0]
             .iter_rows(values_only=True) for c in row]
    assert "Send the flood study" in cells and "Thank-you letter" not in cells
