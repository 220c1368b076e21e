"""The main window as an officer uses it: lists, filters, sorting, delete and undo, trash,
search, and the remembered layout."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QMessageBox

from bkk_relations.core.records import attachments
from bkk_relations.core.records.models import SPECS, Partner
from bkk_relations.core.register import Register  # noqa: E402
from bkk_relations.ui.main_window import MainWindow

from .helpers import answer_box, button, cancel, go_to, row_labels, select_label


def test_status_bar_names_the_database_and_counts(window):
    text = window.status_db.text()
    assert window.reg.path in text
    assert "Partners: 34" in text


def test_quick_filter_narrows_the_list_as_you_type(window, qtbot):
    page = go_to(window, "partner")
    total = page.model.rowCount()
    qtbot.keyClicks(page.quick, "seo")
    assert row_labels(page) == ["Seoul"]
    assert page.count_label.text() == f"1 of {total} shown"
    page.quick.clear()
    assert page.model.rowCount() == total


def test_quick_filter_matches_thai_names(window, qtbot):
    page = go_to(window, "partner")
    page.quick.insert("โซล")  # QTest types ASCII only
    assert row_labels(page) == ["Seoul"]


def test_kind_filter_and_sorting(window):
    page = go_to(window, "partner")
    combo = page.combos["kind"]
    combo.setCurrentIndex(combo.findData("organisation"))
    names = row_labels(page)
    assert "United Nations Human Settlements Programme" in names
    assert "Seoul" not in names
    assert names == sorted(names, key=str.casefold)
    page.view.sortByColumn(0, Qt.DescendingOrder)
    assert row_labels(page) == sorted(names, key=str.casefold, reverse=True)


def test_year_filter_in_buddhist_era(window, prefs):
    prefs.calendar = "buddhist"
    page = go_to(window, "agreement")
    page.year_from.setValue(2549)  # 2006
    page.year_to.setValue(2549)
    titles = row_labels(page)
    assert titles and all("Seoul" in t or "Fukuoka" in t or "C40" in t for t in titles)


def test_selecting_a_partner_shows_linked_records_and_history(window):
    page = go_to(window, "partner")
    select_label(page, "Seoul")
    html = page.details.toPlainText()
    assert "โซล" in html
    assert "Sister-city relationship: Bangkok – Seoul" in html
    assert "History" in html and "created" in html


def test_delete_then_undo_brings_the_record_back(window, qtbot):
    page = go_to(window, "partner")
    rid = select_label(page, "Seoul")
    before = page.model.rowCount()
    answer_box(button("Move to the Trash"))
    window.act_delete.trigger()
    assert page.model.rowCount() == before - 1
    assert "Seoul" not in row_labels(page)
    assert window.act_undo.isEnabled()
    window.activateWindow()  # as the window manager does when the question closes
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)
    assert page.model.rowCount() == before
    assert page.current_id() == rid


def test_trash_restores_and_purges(window):
    page = go_to(window, "partner")
    select_label(page, "Porto")
    answer_box(button("Move to the Trash"))
    window.act_delete.trigger()
    select_label(page, "Daegu")
    answer_box(button("Move to the Trash"))
    window.act_delete.trigger()
    trash = window.trash_page
    window.nav.setCurrentRow(window.stack.indexOf(trash))
    labels = [i.label for i in trash.model.items]
    assert labels[:2] == ["Daegu", "Porto"]
    trash.view.selectRow(labels.index("Porto"))
    trash.restore_selected()
    assert "Porto" in row_labels(page)
    trash.view.selectRow([i.label for i in trash.model.items].index("Daegu"))
    trash.purge_selected(confirm=False)
    assert trash.model.items == []
    assert window.reg.records.list(Partner).total == 33


def test_global_search_in_thai_opens_the_record(window, qtbot):
    window.search_box.insert("โซล")  # QTest types ASCII only
    window.run_search()
    results = window.search_page
    assert window.stack.currentWidget() is results
    top = results.model.item(0)
    assert top.text().startswith("Partners")
    assert "Seoul" in top.child(0).text()
    qtbot.keyClick(window.search_box, Qt.Key_Return)
    page = window.pages["partner"]
    assert window.stack.currentWidget() is page
    assert page.model.index(page.view.currentIndex().row(), 0).data() == "Seoul"


def test_search_groups_results_by_kind(window):
    window.search_box.setText("Chongqing")
    window.run_search()
    groups = [window.search_page.model.item(i).text()
              for i in range(window.search_page.model.rowCount())]
    assert groups[0].startswith("Partners")
    assert any(g.startswith("Activities") for g in groups)


def test_window_layout_is_remembered(qtbot, demo_copy, prefs):
    first = MainWindow(Register.open(demo_copy), prefs)
    qtbot.addWidget(first)
    first.show()
    screen = first.screen().availableGeometry()
    hint = first.minimumSizeHint()
    first.resize(min(screen.width() - 40, hint.width() + 60),
                 min(screen.height() - 40, hint.height() + 60))
    go_to(first, "partner")
    first.pages["partner"].splitter.setSizes([500, 300])
    size = first.size()
    first.close()
    second = MainWindow(Register.open(demo_copy), prefs)
    qtbot.addWidget(second)
    second.show()
    go_to(second, "partner")
    assert second.size() == size
    sizes = second.pages["partner"].splitter.sizes()
    assert abs(sizes[0] / sum(sizes) - 500 / 800) < 0.05
    second.close()


def test_hidden_columns_are_remembered(window, qtbot, demo_copy, prefs):
    page = go_to(window, "partner")
    page.set_column_visible(1, False)
    again = MainWindow(Register.open(demo_copy), prefs)
    qtbot.addWidget(again)
    assert again.pages["partner"].view.isColumnHidden(1)
    again.close()


def test_shortcuts_are_set(window):
    assert window.act_new.shortcut().toString() == "Ctrl+N"
    assert window.act_delete.shortcut().toString() == "Del"
    assert window.act_refresh.shortcut().toString() == "F5"
    assert window.act_find.shortcut().toString() == "Ctrl+F"
    assert window.act_delete.toolTip()


def _cell(page, record_id: int, key: str) -> str:
    column = [c.key for c in page.model.columns].index(key)
    return page.model.index(page.model.row_of(record_id), column).data()


def test_deleting_a_partner_others_refer_to_asks_first_and_names_them(window):
    page = go_to(window, "partner")
    select_label(page, "Seoul")
    before = window.reg.records.trash()
    seen: list[dict[str, str]] = []
    answer_box(cancel, seen)
    window.act_delete.trigger()
    assert "Seoul" in row_labels(page) and window.reg.records.trash() == before  # cancelled
    assert seen[0]["text"] == "1 agreement, 1 project, 1 activity and 1 contact refer to Seoul."
    info = seen[0]["informative"]
    assert "• Agreement: Sister-city relationship: Bangkok – Seoul" in info
    assert "• Contact: International relations focal point" in info
    assert "“Seoul (in the Trash)”" in info and "Ctrl+Z" in info
    assert "Move to the Trash" in [b.replace("&", "") for b in seen[0]["buttons"]]


def test_deleting_what_nothing_refers_to_does_not_ask(window, monkeypatch):
    page = go_to(window, "contact")
    rid = page.model.record_id(0)
    page.show_record(rid)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: pytest.fail(box.text()))
    window.act_delete.trigger()
    assert page.model.row_of(rid) is None


@pytest.mark.parametrize(("entity", "label", "question"), [
    ("agreement", "Sister-city relationship: Bangkok – Chongqing",
     "1 project and 1 activity refer to Sister-city relationship: Bangkok – Chongqing."),
    ("project", "Sister City Week 2019", "1 activity refers to Sister City Week 2019."),
    ("unit", "Department of Environment", "1 project refers to Department of Environment."),
    ("framework", "Governor's policy: nine dimensions",
     "9 goals refer to Governor's policy: nine dimensions."),
])
def test_other_records_that_are_referred_to_ask_too(window, entity, label, question):
    page = go_to(window, entity)
    select_label(page, label)
    seen: list[dict[str, str]] = []
    answer_box(cancel, seen)
    window.act_delete.trigger()
    assert seen and seen[0]["text"] == question
    assert label in row_labels(page)


def test_a_partner_in_the_trash_is_marked_wherever_it_is_linked_and_undo_restores_all(
        window, qtbot):
    repo = window.reg.records
    partners = go_to(window, "partner")
    seoul = select_label(partners, "Seoul")
    refs = repo.referrers(Partner, seoul)
    before = {(r.entity, r.id): repo.get(SPECS[r.entity].cls, r.id) for r in refs}
    answer_box(button("Move to the Trash"))
    window.act_delete.trigger()
    assert "Seoul" not in row_labels(partners)
    assert "“Seoul” moved to the Trash" in window.statusBar().currentMessage()

    [mou] = [r.id for r in refs if r.entity == "agreement"]
    agreements = go_to(window, "agreement")
    assert _cell(agreements, mou, "parties") == "Seoul (in the Trash)"
    agreements.show_record(mou)
    assert "Partner: Seoul (in the Trash)" in agreements.details.toPlainText()
    [week] = [r.id for r in refs if r.entity == "project"]
    assert "Seoul (in the Trash)" in _cell(go_to(window, "project"), week, "partners")
    [visit] = [r.id for r in refs if r.entity == "activity"]
    assert "Seoul (in the Trash)" in _cell(go_to(window, "activity"), visit, "partners")
    [person] = [r.id for r in refs if r.entity == "contact"]
    assert _cell(go_to(window, "contact"), person, "partner") == "Seoul (in the Trash)"
    editor = window.edit_record("agreement", mou)
    assert editor.widgets["party_ids"].list.item(0).text() == "Seoul (KR) (in the Trash)"
    editor.reject()

    agreements = go_to(window, "agreement")  # following the link shows it in the Trash
    agreements.show_record(mou)
    agreements._follow_link(QUrl(f"partner:{seoul}"))
    assert window.stack.currentWidget() is window.trash_page
    assert [i.label for i in window.trash_page.selected()] == ["Seoul"]

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)
    assert partners.current_id() == seoul
    assert {k: repo.get(SPECS[k[0]].cls, k[1]) for k in before} == before  # as it was
    assert _cell(go_to(window, "agreement"), mou, "parties") == "Seoul"


def test_deleting_for_good_names_what_loses_its_link(window):
    page = go_to(window, "partner")
    select_label(page, "Porto")
    answer_box(button("Move to the Trash"))
    window.act_delete.trigger()
    trash = window.trash_page
    question = trash.purge_question(trash.model.items[:1])
    assert "1 project and 1 activity refer to Porto." in question
    assert "lose their link" in question


def test_the_trash_shows_when_in_local_time_and_the_chosen_calendar(window, prefs,
                                                                    monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Bangkok")
    time.tzset()
    try:
        prefs.calendar = "buddhist"
        page = go_to(window, "contact")
        rid = page.model.record_id(0)
        page.show_record(rid)
        window.act_delete.trigger()
        window.reg.conn.execute("UPDATE contacts SET deleted_at = ? WHERE id = ?",
                                 ("2025-06-19T20:30:00+00:00", rid))
        window.trash_page.reload()
        assert window.trash_page.model.index(0, 2).data() == "20/6/2568 03:30"
    finally:
        monkeypatch.undo()
        time.tzset()


def test_attaching_a_file_whose_name_windows_refuses_says_how_it_was_named(window, tmp_path):
    page = go_to(window, "partner")
    rid = select_label(page, "Seoul")
    scan = tmp_path / "minutes: 19/6 visit.pdf".replace("/", "-")
    scan.write_bytes(b"%PDF")
    seen: list[dict[str, str]] = []
    answer_box(lambda box: box.button(QMessageBox.Ok), seen)
    window.attach_paths(page, [str(scan)])
    assert seen and "minutes: 19-6 visit.pdf → minutes_ 19-6 visit.pdf" in seen[0]["text"]
    assert "minutes_ 19-6 visit.pdf" in page.details.toPlainText()
    assert [a.original_name for a in attachments.list_for(window.reg, "partner", rid)] \
        == ["minutes_ 19-6 visit.pdf"]
