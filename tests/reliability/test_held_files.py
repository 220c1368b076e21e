"""The app open on a file while the same process inspects, re-opens, backs up, checks or is
handed that file, and other processes open and close it in between: no save is ever lost.

POSIX drops every lock a process holds on a file when the process closes *any* descriptor of
it. If anything but SQLite opened the live database (a header check, a hash, an import or an
attachment of the file itself), the next process to close the file would believe it was the
last user and delete the -wal and -shm under the live connection: the next save fails with
"disk I/O error", another process's save is silently reverted and the file ends malformed.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import run_cli
from other_writer import save_elsewhere

from bkk_relations.cli import commands as cli
from bkk_relations.core.backups import backup
from bkk_relations.core.backups import verify as backup_verify
from bkk_relations.core.errors import CoreError
from bkk_relations.core.excel import read as excel_read
from bkk_relations.core.excel.writer import OutColumn, open_book
from bkk_relations.core.records import attachments
from bkk_relations.core.records.models import Partner
from bkk_relations.core.records.repository import Repository
from bkk_relations.core.register import Register
from bkk_relations.core.sample.demo import create_demo_database
from bkk_relations.core.storage.database import Database, inspect_file
from bkk_relations.core.views import stats

pytestmark = pytest.mark.skipif(not Path("/proc/self/fd").is_dir(),
                                reason="reads the open files from /proc")


def deleted_files_under(path: Path) -> list[str]:
    """Files of the database this process still has open although they were unlinked."""
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(str(path)) and target.endswith("(deleted)"):
            found.append(target)
    return found


OPEN_READ_CLOSE = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
                   "c.execute('SELECT count(*) FROM partners').fetchone(); c.close()")


def other_process_opens_and_closes(path: Path) -> None:
    """Another program (a colleague's app, a `stats`) opens the file, reads and closes it:
    if it then found no other lock on the file, it would delete the WAL."""
    result = subprocess.run([sys.executable, "-c", OPEN_READ_CLOSE, str(path)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def refused(action: Callable[[], object]) -> None:
    with pytest.raises((CoreError, sqlite3.Error)):
        action()


def _db_file(db: Database) -> Path:
    return Path(db.path)


# Each entry point runs in the process that holds the file open, as the app would.
ENTRY_POINTS: dict[str, Callable[[Database, Repository, Path], object]] = {
    "second open (start-up backup, CLI in process)":
        lambda db, repo, tmp: Database.open(db.path).close(),
    "header check": lambda db, repo, tmp: inspect_file(_db_file(db)),
    "backup to a file": lambda db, repo, tmp: backup.backup_to(Register(db), tmp / "copy.db"),
    "automatic backup": lambda db, repo, tmp: backup.rotate(Register(db)),
    "verify the open file as a backup": lambda db, repo, tmp: backup_verify.verify_database(
        db.path),
    "check": lambda db, repo, tmp: cli.main(["check", "--db", db.path]),
    "integrity check": lambda db, repo, tmp: stats.integrity_problems(Register(db)),
    "attach the database itself": lambda db, repo, tmp: refused(
        lambda: attachments.attach(Register(db), "partner", 1, db.path)),
    "attach its -wal": lambda db, repo, tmp: refused(
        lambda: attachments.attach(Register(db), "partner", 1, db.path + "-wal")),
    "import the database as a spreadsheet": lambda db, repo, tmp: refused(
        lambda: excel_read.inspect(db.path)),
    "export onto the database": lambda db, repo, tmp: refused(lambda: _export(db.path)),
    "export onto its -wal": lambda db, repo, tmp: refused(lambda: _export(db.path + "-wal")),
}
# A database is a file of any name: an officer may well have called theirs "register.xlsx".
FILE_NAMES = {"export onto the database": "register.xlsx",
              "export onto its -wal": "register.xlsx"}


def _export(target: str) -> None:
    with open_book(target) as book:
        book.add_sheet("x", [OutColumn("A")], title="x").add_row(["a"])


@pytest.mark.parametrize("entry", list(ENTRY_POINTS))
def test_the_open_file_keeps_its_wal_and_every_save(tmp_path: Path, entry: str):
    path = tmp_path / FILE_NAMES.get(entry, "office.db")
    create_demo_database(path)
    db = Database.open(path)
    try:
        repo = Repository(db, user="officer")
        before = repo.count(Partner)
        ENTRY_POINTS[entry](db, repo, tmp_path)
        other_process_opens_and_closes(path)
        assert deleted_files_under(path) == [], "the WAL was deleted under the open app"

        mine = repo.create(Partner(name_en="Saved after the check", country="JP"))
        save_elsewhere(path, "Saved by a colleague")
        other_process_opens_and_closes(path)
        assert deleted_files_under(path) == []
        theirs = repo.count(Partner) - before - 1
        assert theirs == 1, "another process's save is not seen by the open app"
        assert repo.get(Partner, mine.id).name_en == "Saved after the check"
    finally:
        db.close()
    checked = run_cli("check", "--db", path)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    with Database.open(path) as again:
        assert Repository(again).count(Partner) == before + 2
