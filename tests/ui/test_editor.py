"""Record editors: create, validate beside the fields, edit, Buddhist-Era dates, unsaved
changes."""

from __future__ import annotations

import dataclasses
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from bkk_relations.core import fields
from bkk_relations.core.records.models import (
    Activity,
    Agreement,
    Contact,
    Partner,
    Project,
    Record,
    Unit,
)
from bkk_relations.core.records.repository import Query, Repository
from bkk_relations.core.storage.database import Database
from bkk_relations.ui.editor import RecordEditor
from bkk_relations.ui.widgets import DateEdit

from .helpers import answer_box, button, cancel, go_to, row_labels, select_label

# Each editor's fields in form order, as the field registry declares them.
FORMS = {e: [(f.attr, f.editor_kind) for f in fields.form(e)]
         for e in ("partner", "unit", "agreement", "project", "activity", "contact")}


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
    stored = window.reg.records.list(Partner, Query(text="Chiang Rai Twin")).records[0]
    assert stored.country == "JP" and stored.region == "East Asia"
    assert stored.name_th == "เมืองแฝดทดสอบ"
    assert page.current_id() == stored.id


def test_invalid_agreement_shows_the_error_beside_the_field(window, qtbot):
    go_to(window, "agreement")
    before = window.reg.records.count(Agreement)
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
    assert window.reg.records.count(Agreement) == before


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
    stored = window.reg.records.list(Agreement, Query(text="New cooperation")).records[0]
    seoul = window.reg.records.list(Partner, Query(text="Seoul", kind="city")).records[0]
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


# -- nothing changes that the user did not change -------------------------------------------
def _awkward_records(repo) -> dict[str, Record]:
    """One record of every kind, with values a form could easily bend: every decimal of a
    coordinate, whole-number and fractional money, zero, partial dates, Thai text, line
    endings and non-breaking spaces inside notes, tags with commas, and links to records
    that are in the Trash (kept, not dropped)."""
    live = repo.create(Partner(name_en="Zürich – Altstadt, Kreis 1", kind="organisation",
                               org_type="city_network", country="CH", region="Global"))
    gone = repo.create(Partner(name_en="Gold Coast", country="AU"))
    unit = repo.create(Unit(name_en="District Office, Bang Rak", name_th="สำนักงานเขตบางรัก",
                            unit_type="district", acronym="BR", notes="ชั้น 2\r\nห้อง 201",
                            tags=["Zone 1, inner", "ASEAN"]))
    gone_unit = repo.create(Unit(name_en="Bureau That Was Merged"))
    gone_agreement = repo.create(Agreement(title_en="Withdrawn letter", party_ids=[live.id]))
    agreement = repo.create(Agreement(
        title_en="MOU — flood, drainage & climate", title_th="บันทึกความเข้าใจ ด้านการระบายน้ำ",
        agreement_type="letter_of_intent", status="renewed", party_ids=[live.id, gone.id],
        signed_date="2019", effective_date="2019-06", expiry_date="2029-06-19",
        renewal_terms="Renews every 5 years,  unless denounced ", signatories="Governor; Mayor",
        sectors=["drainage", "climate"], sdgs=[17, 6, 11], tags=["Flood, 2011", "MOU"],
        source="https://a.example/x; https://b.example/y",
        notes="First line\r\nsecond\u00a0line\n\n\ttabbed\u2028after a line separator"))
    gone_project = repo.create(Project(title_en="Shelved study"))
    project = repo.create(Project(
        title_en="Canal restoration, phase 2", title_th="ฟื้นฟูคลอง ระยะที่ 2",
        status="cancelled", partner_ids=[gone.id, live.id], unit_ids=[unit.id, gone_unit.id],
        agreement_id=gone_agreement.id, start_date="2019-06", end_date="2019-06-19",
        budget=1234567.891, currency="THB", funding_source="JICA, ADB",
        sectors=["waste"], sdgs=[6], outcomes="ผลลัพธ์\r\nResult", tags=["Canal, Khlong"]))
    activity = repo.create(Activity(
        title_en="Study visit, Zürich", title_th="ศึกษาดูงาน ซูริก",
        activity_type="visit_outgoing", start_date="2019", end_date="2019-06-19",
        place="Zürich, CH", participants=0, partner_ids=[gone.id], project_id=gone_project.id,
        agreement_id=agreement.id, summary="Met\r\nthe\u00a0team", tags=["Trip, 2019"],
        source="https://c.example/z"))
    contact = repo.create(Contact(
        name="Dr. Anna-Lena O'Brien, PhD", name_th="แอนนา", partner_id=gone.id,
        position="Head, International Relations", email="anna+zh@example.ch",
        phone="+41 44 412 00 00", languages="de, en, ไทย", is_focal_point=True,
        notes="Prefers e-mail\r\n", tags=["Speaker, 2019"]))
    partner = repo.create(Partner(
        name_en="Brisbane City, QLD", name_th="บริสเบน", acronym="BCC", country="AU",
        region="Oceania", latitude=-27.4697707, longitude=153.0251, status="dormant",
        website="https://www.brisbane.qld.gov.au/?a=1&b=ä", source="https://d.example",
        notes="Line one\r\nline two\u00a0nbsp", tags=["Sister, since 1997", "เมืองพี่เมืองน้อง"]))
    repo.delete(Partner, gone.id)
    repo.delete(Unit, gone_unit.id)
    repo.delete(Agreement, gone_agreement.id)
    repo.delete(Project, gone_project.id)
    return {"partner": partner, "unit": unit, "agreement": repo.get(Agreement, agreement.id),
            "project": project, "activity": activity, "contact": contact}


@pytest.mark.parametrize("calendar", ["gregorian", "buddhist"])
@pytest.mark.parametrize("entity", list(FORMS))
def test_saving_an_untouched_editor_changes_nothing(window, prefs, entity, calendar):
    prefs.calendar = calendar
    stored = _awkward_records(window.reg.records)[entity]
    cls = type(stored)
    history = window.reg.records.history(cls, stored.id)
    editor = window.edit_record(entity, stored.id)
    assert editor.collect() == (stored, [])
    assert editor.save()
    assert not editor.isVisible()
    again = window.reg.records.get(cls, stored.id)
    assert again == stored  # every value, the version and the time of the last save
    assert window.reg.records.history(cls, stored.id) == history  # no "changed" entry


@pytest.mark.parametrize("entity", list(FORMS))
def test_changing_one_field_saves_that_field_alone(window, entity):
    stored = _awkward_records(window.reg.records)[entity]
    cls = type(stored)
    editor = window.edit_record(entity, stored.id)
    first = FORMS[entity][0][0]  # the English name or title
    editor.widgets[first].setText(getattr(stored, first) + " (renamed)")
    assert editor.save()
    again = window.reg.records.get(cls, stored.id)
    assert again == dataclasses.replace(
        stored, **{first: getattr(stored, first) + " (renamed)"}, version=stored.version + 1,
        updated_at=again.updated_at, updated_by=again.updated_by)
    entry = window.reg.records.history(cls, stored.id)[-1]
    assert entry.action == "update"
    assert entry.changes == {first: [getattr(stored, first), getattr(again, first)]}


def test_numbers_are_shown_with_every_decimal_they_have(window):
    records = _awkward_records(window.reg.records)
    editor = window.edit_record("partner", records["partner"].id)
    assert editor.widgets["longitude"].text() == "153.0251"
    assert editor.widgets["latitude"].text() == "-27.4697707"
    editor.widgets["latitude"].setText("13.75633091")  # a new value is stored as typed
    assert editor.save()
    saved = window.reg.records.get(Partner, records["partner"].id)
    assert (saved.latitude, saved.longitude) == (13.75633091, 153.0251)
    editor = window.edit_record("project", records["project"].id)
    assert editor.widgets["budget"].text() == "1234567.891"
    editor.widgets["budget"].setText("5,000,000")
    assert editor.save()
    editor = window.edit_record("project", records["project"].id)
    assert editor.widgets["budget"].text() == "5000000"


def test_links_to_records_in_the_trash_are_shown_marked_and_kept(window):
    records = _awkward_records(window.reg.records)
    editor = window.edit_record("agreement", records["agreement"].id)
    parties = editor.widgets["party_ids"].list
    assert [parties.item(i).text() for i in range(parties.count())] == [
        "Zürich – Altstadt, Kreis 1 (CH)", "Gold Coast (AU) (in the Trash)"]
    editor.widgets["notes"].setPlainText("Renewed in 2024")
    assert editor.save()
    assert window.reg.records.get(Agreement, records["agreement"].id).party_ids == \
        records["agreement"].party_ids


def test_editing_the_tags_keeps_a_tag_that_has_a_comma(window):
    records = _awkward_records(window.reg.records)
    editor = window.edit_record("partner", records["partner"].id)
    tags = editor.widgets["tags"]
    assert tags.text() == "Sister, since 1997, เมืองพี่เมืองน้อง"
    tags.setText(tags.text() + ", Pacific")
    assert editor.save()
    assert sorted(window.reg.records.get(Partner, records["partner"].id).tags) == sorted(
        ["Pacific", "Sister, since 1997", "เมืองพี่เมืองน้อง"])


def test_a_second_edit_of_a_record_shows_the_editor_already_open(window, qtbot):
    page = go_to(window, "partner")
    rid = select_label(page, "Fukuoka")
    index = page.view.currentIndex()
    page.view.doubleClicked.emit(index)  # a double-click also activates the row
    page.view.activated.emit(index)
    first = window.editor
    assert window.edit_record("partner", rid) is first
    open_editors = [w for w in window.findChildren(RecordEditor) if w.isVisible()]
    assert open_editors == [first]
    first.widgets["notes"].setPlainText("One editor, one save")
    assert first.save()
    assert window.edit_record("partner", rid) is not first  # closed: a new one opens


@pytest.fixture
def bangkok_time(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Bangkok")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _saved_elsewhere(window, rid: int, user: str) -> None:
    other = Database.open(window.reg.path)
    theirs = Repository(other, user=user)
    record = theirs.get(Partner, rid)
    record.notes = "Changed in the other window"
    theirs.update(record)
    other.conn.execute("UPDATE partners SET updated_at = ? WHERE id = ?",
                       ("2025-06-19T07:04:05+00:00", rid))
    other.close()


def test_a_conflict_says_who_and_when_in_local_time_and_buddhist_era(window, prefs,
                                                                     bangkok_time):
    prefs.calendar = "buddhist"
    page = go_to(window, "partner")
    rid = select_label(page, "Fukuoka")
    editor = window.edit_current()
    editor.widgets["website"].setText("https://www.city.fukuoka.lg.jp/")
    _saved_elsewhere(window, rid, "malee")
    seen: list[dict[str, str]] = []
    answer_box(cancel, seen)
    assert editor.save() is False
    text = seen[0]["text"]
    assert "“Fukuoka” was changed by malee on 19/6/2568 14:04" in text
    assert "Changed there: Notes." in text
    assert "T07:04" not in text and "+00:00" not in text
    assert editor.isVisible()
    assert editor.widgets["website"].text() == "https://www.city.fukuoka.lg.jp/"  # kept
    answer_box(button("Reload"))
    assert editor.save() is False
    assert editor.widgets["notes"].toPlainText() == "Changed in the other window"
    editor.widgets["website"].setText("https://www.city.fukuoka.lg.jp/")
    assert editor.save()
    saved = window.reg.records.get(Partner, rid)
    assert (saved.notes, saved.website) == ("Changed in the other window",
                                            "https://www.city.fukuoka.lg.jp/")


def test_a_conflict_with_ones_own_other_window_says_so(window, bangkok_time):
    page = go_to(window, "partner")
    rid = select_label(page, "Fukuoka")
    editor = window.edit_current()
    editor.widgets["website"].setText("https://www.city.fukuoka.lg.jp/")
    _saved_elsewhere(window, rid, window.reg.records.user)
    seen: list[dict[str, str]] = []
    answer_box(cancel, seen)
    editor.save()
    assert f"changed by you ({window.reg.records.user}), in another window" in seen[0]["text"]
    assert "19/6/2025 14:04" in seen[0]["text"]
    editor.dirty = False
    editor.close()
