"""Thai all the way through: with the interface in Thai, lists, the details pane, tooltips,
history, conflict messages and the date picker show Thai names and Thai dates."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

from bkk_relations.core.errors import ConflictError
from bkk_relations.core.records.models import SPECS, Agreement, Partner
from bkk_relations.core.register import Register
from bkk_relations.ui.editor import RecordEditor
from bkk_relations.ui.i18n import install_language
from bkk_relations.ui.main_window import MainWindow
from bkk_relations.ui.prefs import Prefs
from bkk_relations.ui.widgets import DateEdit

from .helpers import go_to


@pytest.fixture
def thai_window(qapp, qtbot, demo_copy: Path, prefs: Prefs) -> Iterator[MainWindow]:
    prefs.language, prefs.calendar = "th", "buddhist"
    install_language(qapp, "th")
    win = MainWindow(Register.open(demo_copy), prefs)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.dashboard.data is not None, timeout=10_000)
    yield win
    win.session.operations.wait()


def _column(page, key: str) -> list[str]:
    col = [c.key for c in page.model.columns].index(key)
    return [page.model.index(r, col).data() for r in range(page.model.rowCount())]


def _moscow(window) -> Partner:
    return next(p for p in window.reg.records.list(Partner).records if p.name_en == "Moscow")


def _select(page, record_id: int) -> None:
    assert page.show_record(record_id)


def test_the_thai_partners_list_shows_thai_names_and_countries(thai_window):
    page = go_to(thai_window, "partner")
    names = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert "มอสโก" in names and "Moscow" not in names
    assert page.model.headerData(0, Qt.Horizontal) == "ชื่อ"
    assert "สหพันธรัฐรัสเซีย" in _column(page, "country")
    assert "RU" not in _column(page, "country")
    row = names.index("มอสโก")
    assert page.model.index(row, 0).data(Qt.ToolTipRole) == "มอสโก"
    assert "Moscow" in _column(page, "name_en")  # the English name has a column of its own


def test_the_thai_agreements_list_names_titles_and_parties_in_thai(thai_window):
    reg = thai_window.reg
    moscow = _moscow(thai_window)
    moscow_th = moscow.name_th
    agreement = reg.records.create(Agreement(title_en="Culture MOU", party_ids=[moscow.id],
                                             signed_date="2026-11-29"))
    page = go_to(thai_window, "agreement")
    page.reload()
    titles = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert "Culture MOU" in titles  # no Thai title: the English one
    assert all(not t.startswith("Sister-city") for t in titles)
    row = titles.index("Culture MOU")
    assert _column(page, "parties")[row] == moscow_th
    assert _column(page, "signed_date")[row] == "29 พ.ย. 2569"
    _select(page, agreement.id)
    html = page.details.toHtml()
    assert moscow_th in html and "29 พ.ย. 2569" in html


def test_the_thai_details_pane_leads_with_the_thai_name_and_thai_dates(thai_window):
    page = go_to(thai_window, "partner")
    moscow = _moscow(thai_window)
    _select(page, moscow.id)
    html = page.details_html(moscow.id)
    assert html.index("มอสโก") < html.index("Moscow")
    assert "สหพันธรัฐรัสเซีย" in html
    history = html[html.index("ประวัติ") if "ประวัติ" in html else html.index("History"):]
    assert any(m in history for m in ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
                                      "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."))
    assert "สร้างรายการ" in history and "created" not in history  # what was done, in Thai


def test_the_thai_history_names_the_changed_fields_in_thai(thai_window):
    page = go_to(thai_window, "partner")
    moscow = _moscow(thai_window)
    moscow.notes = "แก้ไขภายหลัง"
    thai_window.reg.records.update(moscow)
    _select(page, moscow.id)
    html = page.details_html(moscow.id)
    history = html[html.index("ประวัติ"):]
    assert "แก้ไข" in history and "หมายเหตุ" in history and "notes" not in history


def test_thai_dates_in_thai_digits_when_chosen(thai_window, prefs):
    prefs.thai_digits = True
    page = go_to(thai_window, "agreement")
    column = next(c for c in page.model.columns if c.key == "signed_date")
    assert page.model.display(column, "2026-11-29") == "๒๙ พ.ย. ๒๕๖๙"


def test_a_thai_conflict_message_gives_a_thai_date(thai_window):
    page = go_to(thai_window, "partner")
    moscow = _moscow(thai_window)
    _select(page, moscow.id)
    editor = thai_window.edit_current()
    text = editor.conflict_message(ConflictError("partner", moscow.id, "malee",
                                                 "2026-11-29T05:00:00+00:00"))
    assert "29 พ.ย. 2569" in text and "29/11/2569" not in text
    assert "“มอสโก”" in text
    editor.dirty = False
    editor.close()


def test_the_thai_date_picker_shows_thai_months_and_buddhist_years(qtbot, prefs):
    prefs.language, prefs.calendar = "th", "buddhist"
    edit = DateEdit(prefs)
    qtbot.addWidget(edit)
    edit.calendar.setCurrentPage(2026, 11)
    assert edit.calendar.shown_month() == "พฤศจิกายน"
    assert edit.calendar.shown_year() == "2569"
    assert edit.calendar.locale().dayName(1, edit.calendar.locale().FormatType.ShortFormat) \
        != "Mon"
    edit.calendar.year.setValue(2027)  # the user steps the B.E. year on: 2570
    assert edit.calendar.yearShown() == 2027 and edit.calendar.shown_year() == "2570"
    edit.calendar.clicked.emit(QDate(2027, 11, 29))
    assert edit.iso() == "2027-11-29"


def test_the_english_date_picker_keeps_english_months_and_years(qtbot, prefs):
    edit = DateEdit(prefs)
    qtbot.addWidget(edit)
    edit.calendar.setCurrentPage(2026, 11)
    assert edit.calendar.shown_year() == "2026"
    assert edit.calendar.year is None


def _alt_keys(widget) -> list[str]:
    """The Alt keys of an editor's labels and buttons ("&Name" and "ชื่อ (&N)": N)."""
    texts = [w.text() for w in widget.findChildren(QLabel) if w.buddy() is not None]
    texts += [b.text() for b in widget.findChildren(QAbstractButton) if b.isVisible()]
    return [m.group(1).upper() for t in texts for m in [re.search(r"&([^&\s])", t)] if m]


@pytest.mark.parametrize("language", ["en", "th"])
def test_no_two_fields_of_an_editor_share_an_alt_key(window, qapp, qtbot, prefs, language):
    prefs.language = language
    install_language(qapp, language)
    for entity in SPECS:
        editor = RecordEditor(window.session, prefs, entity, parent=window)
        qtbot.addWidget(editor)
        editor.show()
        keys = _alt_keys(editor)
        assert len(keys) >= 5, (entity, keys)
        shared = sorted({k for k in keys if keys.count(k) > 1})
        assert not shared, f"{entity} ({language}): Alt+{', Alt+'.join(shared)} twice"
        editor.dirty = False
        editor.close()


def test_the_thai_editor_names_linked_records_in_thai(thai_window):
    page = go_to(thai_window, "project")
    rows = range(page.model.rowCount())
    rid = next(page.model.record_id(r) for r in rows
               if "ฉงชิ่ง" in (page.model.index(r, [c.key for c in page.model.columns]
                                                  .index("partners")).data() or ""))
    page.show_record(rid)
    editor = thai_window.edit_current()
    linked = editor.widgets["partner_ids"].list
    shown = [linked.item(i).text() for i in range(linked.count())]
    assert any(s.startswith("ฉงชิ่ง") for s in shown) and "Chongqing (CN)" not in shown
    editor.dirty = False
    editor.close()
