"""Record editors: create, validate beside the fields, edit, Buddhist-Era dates, unsaved
changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from bkk_relations.core.models import Agreement, Partner
from bkk_relations.core.repository import Query
from bkk_relations.ui.widgets import DateEdit

from .helpers import go_to, row_labels, select_label


def test_create_a_partner_through_the_form(window, qtbot):
    page = go_to(window, "partner")
    editor = window.new_record()
    qtbot.keyClicks(editor.widgets["name_en"], "Chiang Rai Twin")
    editor.widgets["name_th"].insert("เมืองแฝดทดสอบ")  # QTest types ASCII only
    country = editor.widgets["country"]
    country.lineEdit().setText("ญี่ปุ่น")
    qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.Save), Qt.LeftButton)
    assert not editor.isVisible()
    assert "Chiang Rai Twin" in row_labels(page)
    stored = window.repo.list(Partner, Query(text="Chiang Rai Twin")).records[0]
    assert stored.country == "JP" and stored.region == "East Asia"
    assert stored.name_th == "เมืองแฝดทดสอบ"
    assert page.current_id() == stored.id


def test_invalid_agreement_shows_the_error_beside_the_field(window, qtbot):
    go_to(window, "agreement")
    before = window.repo.count(Agreement)
    editor = window.new_record()
    qtbot.keyClicks(editor.widgets["title_en"], "Flood MOU")
    editor.widgets["signed_date"].edit.setText("15/3/2024")
    editor.widgets["expiry_date"].edit.setText("2023")
    assert editor.save() is False
    error = editor.errors["expiry_date"]
    assert error.isVisibleTo(editor)
    assert "before the signing date" in error.text()
    assert not editor.errors["title_en"].isVisibleTo(editor)
    assert editor.isVisible()
    assert editor.widgets["title_en"].text() == "Flood MOU"  # what was typed is kept
    assert window.repo.count(Agreement) == before


def test_every_problem_is_shown_at_once(window, qtbot):
    go_to(window, "partner")
    editor = window.new_record()
    editor.widgets["website"].setText("www.example.org")
    editor.widgets["latitude"].setText("north")
    editor.save()
    editor.widgets["latitude"].setText("")
    editor.save()
    assert editor.errors["name_en"].isVisibleTo(editor)
    assert editor.errors["country"].isVisibleTo(editor)
    assert "http" in editor.errors["website"].text()


def test_a_number_field_explains_bad_input(window):
    go_to(window, "project")
    editor = window.new_record()
    editor.widgets["title_en"].setText("Budget test")
    editor.widgets["budget"].setText("lots")
    assert editor.save() is False
    assert editor.errors["budget"].text() == "Enter a number."


def test_edit_a_record_and_see_it_in_the_details(window, qtbot):
    page = go_to(window, "partner")
    select_label(page, "Fukuoka")
    editor = window.edit_current()
    editor.widgets["notes"].setPlainText("Study visit planned")
    assert editor.save()
    assert "Study visit planned" in page.details.toPlainText()
    assert "changed" in page.details.toPlainText()


def test_agreement_parties_are_picked_by_typing(window, qtbot):
    go_to(window, "agreement")
    editor = window.new_record()
    editor.widgets["title_en"].setText("New cooperation with Seoul")
    picker = editor.widgets["party_ids"]
    qtbot.keyClicks(picker.edit, "Seoul")
    qtbot.keyClick(picker.edit, Qt.Key_Return)
    assert len(picker.ids()) == 1
    assert editor.isVisible()  # Enter in the picker adds the party; it does not save
    editor.widgets["sectors"].set_values(["resilience", "drainage"])
    editor.widgets["sdgs"].set_values([11, 13])
    assert editor.save()
    stored = window.repo.list(Agreement, Query(text="New cooperation")).records[0]
    seoul = window.repo.list(Partner, Query(text="Seoul", kind="city")).records[0]
    assert stored.party_ids == [seoul.id]
    assert stored.sectors == ["drainage", "resilience"] or set(stored.sectors) == {
        "resilience", "drainage"}
    assert stored.sdgs == [11, 13]


def test_buddhist_era_dates_are_shown_and_accepted(window, prefs, qtbot):
    prefs.calendar = "buddhist"
    date = DateEdit(prefs)
    qtbot.addWidget(date)
    date.edit.setText("15/3/2567")
    assert date.iso() == "2024-03-15"
    date.edit.setText("2540")
    assert date.iso() == "1997"
    date.set_iso("2012-02-27")
    assert date.edit.text() == "27/2/2555"
    prefs.calendar = "gregorian"
    date.edit.setText("6/2018")
    assert date.iso() == "2018-06"


def test_unsaved_changes_prompt_before_closing(window, monkeypatch):
    go_to(window, "unit")
    editor = window.new_record()
    editor.widgets["name_en"].setText("Bureau of Tests")
    editor.dirty = True
    asked = []

    def answer(*args, **kwargs):
        asked.append(args)
        return QMessageBox.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    editor.reject()
    assert asked and editor.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Discard)
    editor.reject()
    assert not editor.isVisible()


def test_editor_fields_have_mnemonic_labels(window):
    go_to(window, "partner")
    editor = window.new_record()
    from PySide6.QtWidgets import QLabel

    buddies = [lab for lab in editor.findChildren(QLabel) if lab.buddy() is not None]
    assert len(buddies) == len(editor.widgets)
    assert any("&" in lab.text() for lab in buddies)
    editor.dirty = False
    editor.close()


def test_ctrl_s_saves_the_form(window):
    go_to(window, "unit")
    editor = window.new_record()
    keys = [s.key().toString() for s in editor.findChildren(QShortcut)]
    assert "Ctrl+S" in keys
    editor.dirty = False
    editor.close()
