"""Backups seen from the window: the start-up and closing backups never hold the window,
the closing one is never lost, Backup now is never rotated away, and the settings cannot
make rotation delete the backups."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QFileDialog

from bkk_relations.core.backups import backup
from bkk_relations.core.backups.backup import list_backups, verify_database
from bkk_relations.core.records.models import Partner
from bkk_relations.core.records.repository import Repository
from bkk_relations.core.register import Register
from bkk_relations.core.storage.database import Database
from bkk_relations.ui import backup_jobs
from bkk_relations.ui.main_window import MainWindow
from bkk_relations.ui.prefs import BACKUP_AUTO, BACKUP_DAILY, BACKUP_WEEKLY
from bkk_relations.ui.settings_dialog import SettingsDialog

START = dt.datetime(2026, 1, 5, 9, 0, 0)


@pytest.fixture(autouse=True)
def _backups_finished() -> Iterator[None]:
    yield
    assert backup_jobs.wait(timeout=120), "a backup was still running after the test"


class Gate:
    """Holds every automatic backup until released, recording what happened meanwhile."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch):
        self.release = threading.Event()
        self.started = threading.Event()
        self.waits: list[bool] = []
        real = backup.rotate

        def held(*args, **kwargs):
            self.started.set()
            self.waits.append(self.release.wait(timeout=30))  # False: nobody released it
            return real(*args, **kwargs)

        monkeypatch.setattr(backup, "rotate", held)


def open_window(qtbot, path, prefs) -> MainWindow:
    prefs.auto_backup = True
    window = MainWindow(Register.open(path), prefs)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_window_closes_at_once_and_its_backup_is_finished_behind_it(qtbot, demo_copy,
                                                                       prefs, monkeypatch):
    gate = Gate(monkeypatch)
    window = open_window(qtbot, demo_copy, prefs)
    window.close()  # returns while the backup is held: nothing waits for it
    assert not window.isVisible()
    assert gate.started.wait(timeout=30) and backup_jobs.busy()
    gate.release.set()
    assert backup_jobs.wait(timeout=120)
    assert gate.waits == [True]
    (made,) = list_backups(str(demo_copy))
    assert verify_database(made.path) > 0


def test_closing_during_the_start_up_backup_does_not_wait_for_it(qtbot, demo_copy, prefs,
                                                                 monkeypatch):
    gate = Gate(monkeypatch)
    window = open_window(qtbot, demo_copy, prefs)
    window.start_auto_backup()
    assert gate.started.wait(timeout=30)
    window.close()
    assert not window.isVisible() and gate.waits == []
    gate.release.set()
    assert backup_jobs.wait(timeout=120)
    # Nothing was saved in the session: the start-up backup holds it all, no second copy.
    assert gate.waits == [True] and len(list_backups(str(demo_copy))) == 1


def test_the_start_up_backup_waits_until_the_window_is_filled(qtbot, demo_copy, prefs):
    """So that the two do not compete for the processor while the officer waits."""
    window = open_window(qtbot, demo_copy, prefs)
    window.start_auto_backup(when_ready=True)
    assert window.dashboard.data is None and window.backups.last_job is None
    qtbot.waitUntil(lambda: window.backups.last_job is not None, timeout=30_000)
    assert window.dashboard.data is not None
    job = window.backups.last_job
    qtbot.waitUntil(lambda: job.succeeded is not None, timeout=60_000)
    assert job.succeeded and len(list_backups(str(demo_copy))) == 1


def test_a_session_that_saved_something_keeps_its_start_and_its_end(qtbot, demo_copy, prefs):
    window = open_window(qtbot, demo_copy, prefs)
    job = window.start_auto_backup()
    qtbot.waitUntil(lambda: job.succeeded is not None, timeout=60_000)
    window.reg.records.create(Partner(name_en="Added in the session", country="JP"))
    window.close()
    assert backup_jobs.wait(timeout=120)
    end, start = list_backups(str(demo_copy))
    for made, expected in ((start, False), (end, True)):
        with Database.open(made.path) as db:
            names = {p.name_en for p in Repository(db).list(Partner).records}
            assert ("Added in the session" in names) is expected


def test_backup_now_is_kept_whatever_rotation_does(window, qtbot):
    window.prefs.auto_backup = True
    job = window.backup_now()
    qtbot.waitUntil(lambda: "Backup saved to" in window.statusBar().currentMessage(),
                    timeout=60_000)
    assert job.succeeded
    (kept,) = list_backups(window.reg.path)
    assert kept.manual and str(kept.path) in window.statusBar().currentMessage()
    for day in range(1, 10):
        backup.rotate(window.reg, daily=1, weekly=0, now=START + dt.timedelta(days=day))
    assert kept.path.exists()


def test_a_damaged_backup_found_by_the_automatic_backup_is_reported(window, qtbot):
    first = backup.rotate(window.reg, now=START).path
    first.write_bytes(b"overwritten")
    window.prefs.auto_backup = True
    window.start_auto_backup()
    qtbot.waitUntil(lambda: window.backups.message is not None, timeout=60_000)
    text = window.backups.message.text()
    assert "damaged" in text and str(first.parent / "damaged" / first.name) in text
    assert "not a bkk_relations database" in text  # why
    assert window.backups.message.isVisible()  # shown without holding the window
    assert not first.exists()


def test_settings_that_would_keep_nothing_cannot_delete_the_backups(qtbot, demo_copy, prefs):
    earlier = [backup.rotate(str(demo_copy), now=START + dt.timedelta(days=d)).path
               for d in range(3)]
    prefs.s.setValue(BACKUP_AUTO, True)
    prefs.s.setValue(BACKUP_DAILY, "0")  # a settings file edited by hand
    prefs.s.setValue(BACKUP_WEEKLY, "-3")
    window = MainWindow(Register.open(demo_copy), prefs)
    qtbot.addWidget(window)
    window.close()
    assert backup_jobs.wait(timeout=120)
    kept = list_backups(str(demo_copy))
    assert len(kept) == 2 and kept[1].path == earlier[-1]


def test_the_settings_dialog_offers_only_counts_rotation_accepts(qtbot, window):
    dialog = SettingsDialog(window.prefs, window.session, window)
    qtbot.addWidget(dialog)
    assert (dialog.daily.value(), dialog.weekly.value()) == (7, 4)
    assert dialog.daily.minimum() == 1 and dialog.weekly.minimum() == 0
    dialog.daily.setValue(3)
    dialog.weekly.setValue(0)
    dialog.apply()
    assert (window.prefs.keep_daily, window.prefs.keep_weekly) == (3, 0)


def test_save_a_backup_as_over_another_database_keeps_a_copy_of_it(window, qtbot, tmp_path,
                                                                   monkeypatch):
    """The save dialog has asked before replacing the file; a database there is still
    copied aside first."""
    other = tmp_path / "last-year.db"
    with Database.create(other) as db:
        Repository(db).create(Partner(name_en="Only last year", country="JP"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(other), ""))
    window.backup()
    qtbot.waitUntil(lambda: "kept as" in window.statusBar().currentMessage(), timeout=60_000)
    (kept,) = tmp_path.glob("last-year.before-backup-*.db")
    with Database.open(kept) as db:
        assert [p.name_en for p in Repository(db).list(Partner).records] == ["Only last year"]
    with Database.open(other) as db:
        assert Repository(db).list(Partner).total == window.reg.records.list(Partner).total
