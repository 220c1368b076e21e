"""The window open on a file through start-up, its background backup, a language switch, a
restore and a check, while other processes open and close the same file in between: the
WAL stays under the window's connection and every save made on either side is kept."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import run_cli
from other_writer import save_elsewhere

from bkk_relations.core.backups.backup import backup_to
from bkk_relations.core.records.models import Partner
from bkk_relations.core.register import Register  # noqa: E402
from bkk_relations.core.storage.database import Database
from bkk_relations.ui.app import Application

pytestmark = pytest.mark.skipif(not Path("/proc/self/fd").is_dir(),
                                reason="reads the open files from /proc")


def wal_deleted_under(path: Path) -> bool:
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(str(path)) and target.endswith("(deleted)"):
            return True
    return False


def another_process_uses(path: Path) -> None:
    result = run_cli("stats", "--db", path)
    assert result.returncode == 0, result.stderr
    assert not wal_deleted_under(path), "the WAL was deleted under the open window"


def test_the_window_keeps_every_save_while_others_open_the_file(qtbot, qapp, demo_copy,
                                                                prefs, tmp_path):
    prefs.s.setValue("backup/auto", True)
    app = Application(qapp, Register.open(demo_copy), prefs)
    qtbot.addWidget(app.window)
    app.window.show()
    app.window.start_auto_backup()  # its own connection, in the background
    app.window.session.operations.wait()
    another_process_uses(demo_copy)

    prefs.language = "th"
    app.relaunch()  # the language switch rebuilds the window on the same connection
    qtbot.addWidget(app.window)
    another_process_uses(demo_copy)

    saved = backup_to(app.window.reg, tmp_path / "saved.db")
    assert app.window.restore_from(str(saved))
    another_process_uses(demo_copy)
    assert run_cli("check", "--db", demo_copy).returncode == 0
    another_process_uses(demo_copy)

    window = app.window
    mine = window.reg.records.create(Partner(name_en="Saved in the window", country="JP"))
    save_elsewhere(demo_copy, "Saved by a colleague")
    window._check_for_changes()
    assert not wal_deleted_under(demo_copy)
    total = window.reg.records.count(Partner)
    window.close()
    checked = run_cli("check", "--db", demo_copy)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    with Database.open(demo_copy) as db:
        from bkk_relations.core.records.repository import Repository

        repo = Repository(db)
        assert repo.get(Partner, mine.id).name_en == "Saved in the window"
        assert repo.count(Partner) == total


def test_a_file_on_a_network_drive_is_flagged_in_the_window(qtbot, demo_copy, prefs,
                                                            monkeypatch):
    from bkk_relations.core.storage import network_drive
    from bkk_relations.ui.main_window import MainWindow

    monkeypatch.setattr(network_drive, "network_drive", lambda p: "cifs")
    window = MainWindow(Register.open(demo_copy), prefs)
    qtbot.addWidget(window)
    window.show()
    assert window.status_network.isVisible()
    assert "network drive (cifs)" in window.status_network.toolTip()
    assert "network drive" in window.statusBar().currentMessage()
