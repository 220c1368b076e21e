"""Opening a file of an older version in the window: the upgrade runs behind a progress
dialog, the window stays alive, Cancel leaves the file as it was."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton

from bkk_relations.core.storage import schema
from tests.core.test_upgrade_progress import digest, write_v4_file
from tests.ui.helpers import go_to, row_labels


@pytest.fixture
def old(tmp_path) -> Path:
    path = tmp_path / "old.db"
    write_v4_file(path)
    return path


@pytest.fixture
def held_upgrade(old, monkeypatch):
    """The index rebuild waits (after saying where it is) until the test lets it go, so the
    dialog is seen while the upgrade is under way, however quick the machine."""
    gate = threading.Event()
    fill = schema.fill_search

    def held(conn, entities, stride):
        if threading.current_thread() is not threading.main_thread():  # the upgrade's
            schema.report("search_index", 0, 6)
            assert gate.wait(30)
        fill(conn, entities, stride)

    monkeypatch.setattr(schema, "fill_search", held)
    monkeypatch.setattr(schema, "FILL_REPORT_EVERY", 1)
    return gate


def watch_dialog(window, then) -> QTimer:
    """Call ``then(dialog)`` once the upgrade's progress dialog shows its step."""
    timer = QTimer(window)

    def look() -> None:
        for dialog in window.findChildren(QProgressDialog, "operation_progress"):
            if dialog.isVisible() and "\n" in dialog.labelText():
                timer.stop()
                then(dialog)
                return

    timer.timeout.connect(look)
    timer.start(20)
    return timer


def test_an_old_file_opens_behind_a_progress_dialog_then_shows_its_data(
        window, tmp_path, old, held_upgrade, qtbot):
    seen: dict[str, object] = {}

    def look(dialog: QProgressDialog) -> None:
        seen.update(label=dialog.labelText(), maximum=dialog.maximum(),
                    answering=window.isEnabled())
        dialog.grab().save(str(tmp_path / "dialog.png"))
        held_upgrade.set()

    watch_dialog(window, look)
    assert window.switch_database(str(old))
    assert seen["label"] == ("Upgrading the register to this version of the app…\n"
                             "Rebuilding the search index")
    assert seen["maximum"] == 6
    assert window.reg.path == str(old)
    assert window.reg.db.schema_version == schema.SCHEMA_VERSION
    page = go_to(window, "partner")
    qtbot.waitUntil(lambda: "Osaka" in row_labels(page), timeout=10_000)


def test_cancel_leaves_the_file_as_it_was_and_the_window_on_its_register(
        window, tmp_path, old, held_upgrade, qtbot):
    before, shown = digest(old), window.reg.path

    def cancel(dialog: QProgressDialog) -> None:
        dialog.findChild(QPushButton).click()  # Cancel, as the user clicks it
        held_upgrade.set()

    watch_dialog(window, cancel)
    assert not window.switch_database(str(old))
    assert digest(old) == before
    assert sorted(p.name for p in Path(tmp_path).iterdir() if p.name.startswith("old")) == [
        "old.db"]
    assert window.reg.path == shown
    assert "left as it was" in window.statusBar().currentMessage()
    assert window.switch_database(str(old))  # later it opens, upgraded
    assert window.reg.db.schema_version == schema.SCHEMA_VERSION
    page = go_to(window, "partner")
    qtbot.waitUntil(lambda: "Osaka" in row_labels(page), timeout=10_000)
