"""The import wizard with careless and hostile files: a file beyond the limits is refused on
the first page with its reason, undecodable bytes and empty stretches are shown row by row
in the preview, and nothing is imported until they are solved."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hostile_files import row, workbook
from PySide6.QtWidgets import QWizard

from bkk_relations.core.records.repository import Repository
from bkk_relations.core.register import Register
from bkk_relations.core.storage.database import Database
from bkk_relations.core.views import stats
from bkk_relations.ui.import_wizard import FILE_PAGE, PREVIEW_PAGE, ImportWizard
from bkk_relations.ui.session import Session


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


def choose_file(wizard: ImportWizard, path: Path) -> None:
    page = wizard.pages[FILE_PAGE]
    page.type.setCurrentIndex(page.type.findData("partners"))
    page.path.setText(str(path))
    wizard.next()


def to_preview(qtbot, wizard: ImportWizard) -> None:
    while wizard.currentId() != PREVIEW_PAGE:
        before = wizard.currentId()
        wizard.next()
        assert wizard.currentId() != before, "the wizard did not go on"
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=10_000)


def test_a_workbook_beyond_excels_limits_is_refused_on_the_first_page(qtbot, wizard, opened,
                                                                        tmp_path):
    db, _ = opened
    before = state(db)
    choose_file(wizard, workbook(tmp_path / "rows.xlsx", row(2, "Osaka", "Japan")
                                 + row("99999999999999999999", "Kyoto", "Japan")))
    assert wizard.currentId() == FILE_PAGE
    assert "declares row 99999999999999999999, beyond Excel's limit" in \
        wizard.pages[FILE_PAGE].error.text()
    assert state(db) == before


def test_undecodable_bytes_and_empty_stretches_are_shown_row_by_row(qtbot, wizard, opened,
                                                                     tmp_path):
    db, _ = opened
    before = state(db)
    path = tmp_path / "partners.csv"
    path.write_bytes("Name,Thai name,Country\nRama City,รามา,Thailand\n\n\n\n"
                     "Khon Kaen,ขอนแก่น,Thailand\n".encode().replace(b"Khon", b"Kh\xe9n"))
    choose_file(wizard, path)
    to_preview(qtbot, wizard)
    preview = wizard.pages[PREVIEW_PAGE]
    model = preview.model
    cells = [[model.index(r, c).data() for c in (0, 2, 5)] for r in range(model.rowCount())]
    assert cells == [
        [2, "New", ""], ["3–5", "Empty (skipped)", ""],
        [6, "New", "Name (A): has bytes that are not UTF-8 text (shown as \ufffd): "
                   "“Kh\ufffdn Kaen”. Correct them, or save the file again as CSV UTF-8"]]
    assert not wizard.button(QWizard.NextButton).isEnabled()
    assert "1 problems" in preview.summary.text()
    assert state(db) == before
