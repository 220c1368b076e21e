"""The import wizard driven as a user drives it: file → sheet → columns → preview → import,
with duplicates, rows with problems, a bad file, cancel and undo."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QWizard

from bkk_relations.core.records.models import Partner
from bkk_relations.core.records.repository import Query, Repository
from bkk_relations.core.register import Register
from bkk_relations.core.storage.database import Database
from bkk_relations.core.views import stats
from bkk_relations.ui import import_wizard
from bkk_relations.ui.import_wizard import (
    FILE_PAGE,
    MAPPING_PAGE,
    PREVIEW_PAGE,
    RUN_PAGE,
    SHEET_PAGE,
    ImportWizard,
    undo_last_import,
)
from bkk_relations.ui.session import Session


def workbook(path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "รายชื่อ"
    ws.append(["Partners of Bangkok — kept by the office"])
    for row in rows:
        ws.append(row)
    wb.create_sheet("Notes").append(["nothing to import here"])
    wb.save(path)
    return path


def state(db: Database) -> tuple[dict, int]:
    audit = db.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    return stats.counts(Register(db)), audit


@pytest.fixture
def opened(demo_copy: Path) -> Iterator[tuple[Database, Repository]]:
    db = Database.open(demo_copy)
    yield db, Repository(db)
    db.close()


@pytest.fixture
def session(opened) -> Session:
    """What the window would hold on the opened database."""
    db, _repo = opened
    return Session(Register(db))


@pytest.fixture
def wizard(qtbot, session, prefs) -> ImportWizard:
    wiz = ImportWizard(session, prefs)
    qtbot.addWidget(wiz)
    wiz.show()
    return wiz


def choose_file(wizard: ImportWizard, path: Path, kind: str = "partners") -> None:
    page = wizard.pages[FILE_PAGE]
    page.type.setCurrentIndex(page.type.findData(kind))
    page.path.setText(str(path))
    wizard.next()


def to_preview(qtbot, wizard: ImportWizard) -> None:
    while wizard.currentId() != PREVIEW_PAGE:
        before = wizard.currentId()
        wizard.next()
        assert wizard.currentId() != before, "the wizard did not go on"
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=10_000)


ROWS = [
    ["ชื่อ", "ชื่อภาษาไทย", "ประเทศ", "หมายเหตุ"],
    ["Khon Kaen", "ขอนแก่น", "ไทย", "new partner"],
    ["St. Petersburg", "", "Russia", "updated from the office's sheet"],
    ["Taegu", "แทกู", "South Korea", ""],
]


def test_import_through_every_page_then_undo(qtbot, wizard, opened, tmp_path, session):
    db, repo = opened
    before = state(db)
    choose_file(wizard, workbook(tmp_path / "partners.xlsx", ROWS))
    assert wizard.currentId() == SHEET_PAGE
    sheets = wizard.pages[SHEET_PAGE].list
    assert sheets.currentItem().text().startswith("รายชื่อ — header on row 2")
    wizard.next()
    assert wizard.currentId() == MAPPING_PAGE
    assert wizard.pages[MAPPING_PAGE].mapping() == {0: "name_en", 1: "name_th", 2: "country",
                                                    3: "notes"}
    wizard.next()
    assert wizard.currentId() == PREVIEW_PAGE
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=10_000)
    preview = wizard.pages[PREVIEW_PAGE]
    model = preview.model
    statuses = [model.index(r, 2).data() for r in range(model.rowCount())]
    assert statuses == ["New", "Update existing", "Possible duplicate"]
    assert model.index(2, 4).data().startswith("Daegu [")
    assert "3 rows: 1 new, 1 update existing, 1 possible duplicates" in preview.summary.text()
    assert model.setData(model.index(2, 3), "skip")  # Taegu is Daegu: skip that row
    assert model.index(2, 3).data() == "Skip"
    assert wizard.button(QWizard.NextButton).text().replace("&", "") == "Import"
    assert wizard.button(QWizard.NextButton).isEnabled()
    with qtbot.waitSignal(wizard.imported, timeout=10_000) as signal:
        wizard.next()
    assert wizard.currentId() == RUN_PAGE
    qtbot.waitUntil(lambda: wizard.pages[RUN_PAGE].finished, timeout=10_000)
    assert signal.args[0].startswith("import-")
    text = wizard.pages[RUN_PAGE].result.text()
    assert "Imported: 1 created, 1 updated, 0 unchanged, 1 skipped." in text
    names = {p.name_en: p for p in repo.list(Partner, Query(country="TH")).records}
    assert names["Khon Kaen"].name_th == "ขอนแก่น"
    spb = repo.list(Partner, Query(text="Petersburg")).records[0]
    assert spb.name_en == "Saint Petersburg"  # the recorded spelling is kept
    assert spb.notes == "updated from the office's sheet"
    assert not repo.list(Partner, Query(text="Taegu")).records
    wizard.accept()
    assert undo_last_import(None, session, confirm=False)
    counts, _ = state(db)
    assert counts == before[0] | {"audit_entries": counts["audit_entries"]}
    assert "office" not in (repo.get(Partner, spb.id).notes or "")


def test_rows_with_problems_block_the_import_until_skipped(qtbot, wizard, opened, tmp_path):
    db, _ = opened
    before = state(db)
    rows = ROWS[:2] + [["Atlantis", "", "Narnia", ""], ["", "ไม่มีชื่อ", "Japan", ""]]
    choose_file(wizard, workbook(tmp_path / "bad.xlsx", rows))
    to_preview(qtbot, wizard)
    preview = wizard.pages[PREVIEW_PAGE]
    assert not wizard.button(QWizard.NextButton).isEnabled()
    assert "2 problems" in preview.summary.text()  # Narnia once, not again as "needs its country"
    preview.show_combo.setCurrentIndex(preview.show_combo.findData("problems"))
    model = preview.model
    assert model.rowCount() == 2
    assert "'Narnia' is not a country" in model.index(0, 5).data()
    assert "The English name is required." in model.index(1, 5).data()
    preview.skip_bad.click()
    assert wizard.button(QWizard.NextButton).isEnabled()
    assert state(db) == before


def test_a_totals_row_shows_as_skipped_and_the_rest_imports(qtbot, wizard, opened,
                                                             tmp_path, session, monkeypatch):
    _, repo = opened
    rows = [["ชื่อ", "ประเทศ", "ความสัมพันธ์", "ปีที่ลงนาม"],
            ["Khon Kaen", "ไทย", "เมืองพี่เมืองน้อง", 2549],
            ["Hat Yai", "ไทย", "เมืองพี่เมืองน้อง", 2550], ["รวม", None, None, 5099]]
    choose_file(wizard, workbook(tmp_path / "sister.xlsx", rows))
    to_preview(qtbot, wizard)
    model = wizard.pages[PREVIEW_PAGE].model
    assert [model.index(r, 3).data() for r in range(model.rowCount())] == [
        "Create new", "Create new", "Skip"]
    assert model.index(2, 5).data() == ""  # no problem stands in the way
    assert model.index(2, 6).data() == ("ชื่อ (A): “รวม” looks like a totals row, not a "
                                        "record: left out of the import")
    assert wizard.button(QWizard.NextButton).isEnabled()
    with qtbot.waitSignal(wizard.imported, timeout=10_000):
        wizard.next()
    qtbot.waitUntil(lambda: wizard.pages[RUN_PAGE].finished, timeout=10_000)
    assert "2 created, 0 updated, 0 unchanged, 1 skipped" in \
        wizard.pages[RUN_PAGE].result.text()
    assert not repo.list(Partner, Query(text="รวม")).records
    wizard.accept()
    asked = []
    monkeypatch.setattr(import_wizard.QMessageBox, "question",
                        lambda *a: asked.append(a[2]) or import_wizard.QMessageBox.No)
    assert not undo_last_import(None, session)
    [question] = asked  # named by what was imported, the ties it brought counted apart
    assert question.startswith("Undo the import of partners (2 partners created, 2 "
                               "agreements created) made ")


def test_a_file_that_is_not_a_spreadsheet_is_explained(qtbot, wizard, opened, tmp_path):
    db, _ = opened
    before = state(db)
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    choose_file(wizard, empty)
    assert wizard.currentId() == FILE_PAGE
    assert "is empty (0 bytes)" in wizard.pages[FILE_PAGE].error.text()
    text = tmp_path / "letter.xlsx"
    text.write_text("Dear colleagues,\n", encoding="utf-8")
    wizard.pages[FILE_PAGE].path.setText(str(text))
    wizard.next()
    assert wizard.currentId() == FILE_PAGE
    assert "not an Excel workbook" in wizard.pages[FILE_PAGE].error.text()
    assert state(db) == before


def test_csv_skips_the_sheet_page_and_columns_can_be_mapped_by_hand(qtbot, wizard, opened,
                                                                    tmp_path):
    _, repo = opened
    path = tmp_path / "towns.csv"
    path.write_text("Ort,Land\nUdon Thani,Thailand\n", encoding="utf-8")  # no header says Name
    choose_file(wizard, path)
    assert wizard.currentId() == MAPPING_PAGE
    mapping = wizard.pages[MAPPING_PAGE]
    assert mapping.mapping() == {}
    wizard.next()
    assert wizard.currentId() == MAPPING_PAGE  # Name and Country are not chosen yet
    assert "Choose a column for: Name" in mapping.error.text()
    mapping.set_field(0, "name_en")
    mapping.set_field(1, "name_en")
    wizard.next()
    assert "one column only: Name" in mapping.error.text()
    mapping.set_field(1, "country")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=10_000)
    with qtbot.waitSignal(wizard.imported, timeout=10_000):
        wizard.next()
    assert repo.list(Partner, Query(text="Udon")).records[0].country == "TH"


def test_cancel_during_the_import_leaves_the_database_unchanged(qtbot, wizard, opened,
                                                                 tmp_path, monkeypatch):
    from bkk_relations.core.imports import run as import_run

    db, _ = opened
    before = state(db)
    real = import_run.run_import
    started = []

    def held_run(reg, plan, *, progress=None, **kw):  # waits for Cancel at its first report
        def hold(done: int, total: int) -> None:
            started.append(True)
            deadline = time.monotonic() + 10
            while not wizard.work.job.cancelled.is_set() and time.monotonic() < deadline:
                time.sleep(0.01)
            progress(done, total)
        return real(reg, plan, progress=hold, **kw)

    monkeypatch.setattr(import_run, "run_import", held_run)
    choose_file(wizard, workbook(tmp_path / "partners.xlsx", ROWS))
    to_preview(qtbot, wizard)
    wizard.next()
    assert wizard.currentId() == RUN_PAGE
    qtbot.waitUntil(lambda: bool(started))
    wizard.reject()
    assert state(db) == before


def test_undo_with_nothing_to_undo(qtbot, opened, monkeypatch, session):
    db, repo = opened
    shown = []
    monkeypatch.setattr(import_wizard.QMessageBox, "information",
                        lambda *a: shown.append(a[2]))
    assert not undo_last_import(None, session)
    assert shown == ["There is no import to undo."]


def test_the_column_page_shows_how_sure_each_match_is(qtbot, wizard, opened, tmp_path):
    path = tmp_path / "cities.csv"
    path.write_text("ชื่อเมือง (อังกฤษ),ประเทศ,ผู้ประสานงาน\nKobe,Japan,Ms Sato\n",
                    encoding="utf-8")
    choose_file(wizard, path)
    page = wizard.pages[MAPPING_PAGE]
    assert page.mapping() == {0: "name_en", 1: "country"}
    match = [page.table.item(row, 3).text() for row in range(3)]
    assert match == ["by meaning, 90%", "exact", ""]
    page.set_field(2, "notes")
    assert page.table.item(2, 3).text() == "chosen"


def test_every_field_name_shows_whole_in_the_column_choice(qtbot, wizard, opened, tmp_path,
                                                          qapp):
    """In Thai the longest field names ("ประเภทความสัมพันธ์") were cut short in the choice of
    field: the column is as wide as its longest choice."""
    from bkk_relations.ui.i18n import install_language

    install_language(qapp, "th")
    wizard.prefs.language = "th"
    path = tmp_path / "ties.csv"
    path.write_text("Name,Country,Relationship type,Year\nKobe,Japan,Sister city,1985\n",
                    encoding="utf-8")
    choose_file(wizard, path)
    page = wizard.pages[MAPPING_PAGE]
    widest = max(c.sizeHint().width() for c in page.combos.values())
    assert page.table.columnWidth(2) >= widest
    for combo in page.combos.values():
        shown = combo.fontMetrics().horizontalAdvance(combo.currentText())
        assert shown < page.table.columnWidth(2), combo.currentText()


def test_a_long_sheets_preview_opens_without_reading_every_row(qtbot, wizard, tmp_path,
                                                               monkeypatch):
    """The preview of a 3,000-row sheet fits its columns to the rows in view and the first
    few hundred: the window does not stop to measure every row (a second at 10,000)."""
    rows = [["Name", "Country", "Notes"]] + [[f"Quorrel {n}", "Japan", f"row {n}"]
                                             for n in range(3000)]
    choose_file(wizard, workbook(tmp_path / "long.xlsx", rows))
    to_preview(qtbot, wizard)
    preview = wizard.pages[PREVIEW_PAGE]
    asked: set[int] = set()
    original = import_wizard.PlanModel.row_plan

    def row_plan(self, row):
        asked.add(row)
        return original(self, row)

    monkeypatch.setattr(import_wizard.PlanModel, "row_plan", row_plan)
    preview._refilter()
    assert preview.model.rowCount() == 3000
    assert asked and max(asked) < 500, "the rows were measured far down the sheet"


def test_the_record_a_row_matches_is_named_in_thai_in_thai(qtbot, wizard, tmp_path, qapp):
    """In the Thai window the preview names the recorded partner a row matches by its Thai
    name ("โซล [14]"), not its English one."""
    from bkk_relations.ui.i18n import install_language

    choose_file(wizard, workbook(tmp_path / "seoul.xlsx", [["Name", "Country"],
                                                           ["Seoul", "South Korea"]]))
    to_preview(qtbot, wizard)
    model = wizard.pages[PREVIEW_PAGE].model
    assert model.index(0, 4).data().startswith("Seoul [")
    install_language(qapp, "th")
    assert model.index(0, 4).data().startswith("โซล [")


def test_each_row_is_named_by_its_thai_name_in_thai(qtbot, wizard, tmp_path, qapp):
    """A row with a Thai name is listed by it in the Thai window (the English one without);
    a row without one keeps its English name."""
    from bkk_relations.ui.i18n import install_language

    choose_file(wizard, workbook(tmp_path / "towns.xlsx", [
        ["Name", "Thai name", "Country"], ["Khon Kaen", "ขอนแก่น", "Thailand"],
        ["Udon Thani", None, "Thailand"]]))
    to_preview(qtbot, wizard)
    model = wizard.pages[PREVIEW_PAGE].model
    assert [model.index(r, 1).data() for r in range(2)] == ["Khon Kaen", "Udon Thani"]
    install_language(qapp, "th")
    assert [model.index(r, 1).data() for r in range(2)] == ["ขอนแก่น", "Udon Thani"]
