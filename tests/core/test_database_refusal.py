"""A file that is refused is a file untouched; a file the user may only read opens
read-only, and reading works.

Damage that an early check can see (our header, but tables missing) is refused before
anything is written — not even the WAL switch or the -wal/-shm side files. An upgrade that
fails leaves the file as it was and no extra copy behind, however often it is tried. A
session that only read writes nothing on close (no ``PRAGMA optimize``)."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from bkk_relations.cli import commands as cli
from bkk_relations.core.errors import DatabaseOpenError
from bkk_relations.core.records.models import Partner
from bkk_relations.core.records.repository import Repository
from bkk_relations.core.sample.demo import create_demo_database
from bkk_relations.core.storage import schema
from bkk_relations.core.storage.database import Database

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def state(folder: Path) -> dict[str, str]:
    """Every file in the folder with its content's hash: what 'untouched' means."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file()}


def our_header_only(path: Path, *, version: int = schema.SCHEMA_VERSION) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)")  # one of many
    conn.commit()
    conn.close()


def test_our_header_without_our_tables_is_refused_untouched(tmp_path: Path):
    path = tmp_path / "restored.db"
    our_header_only(path)
    before = state(tmp_path)
    for _ in range(2):
        with pytest.raises(DatabaseOpenError, match="damaged") as info:
            Database.open(path)
        assert "partners" in str(info.value)
    assert state(tmp_path) == before, "a refused file was written to, or files appeared"


def test_a_file_whose_partners_table_was_dropped_is_refused_untouched(tmp_path: Path):
    path = tmp_path / "office.db"
    create_demo_database(path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("DROP TABLE partners")
    conn.commit()
    conn.execute("PRAGMA journal_mode = DELETE")  # as a file copied from elsewhere would be
    conn.close()
    before = state(tmp_path)
    with pytest.raises(DatabaseOpenError, match="partners"):
        Database.open(path)
    assert cli.main(["stats", "--db", str(path)]) == 1
    assert state(tmp_path) == before


def _names_at(version: int) -> dict[str, str]:
    """The tables and indexes a file has at ``version``: {name: its SQL}."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        schema.migrate(conn, target=version)
        return dict(conn.execute(
            "SELECT name, coalesce(sql, '') FROM sqlite_master WHERE type IN ('table', "
            "'index') AND name NOT LIKE 'sqlite_%'").fetchall())
    finally:
        conn.close()


def test_a_failed_upgrade_leaves_the_file_as_it_was_and_no_copy(tmp_path: Path):
    old = schema.SCHEMA_VERSION - 1
    path = tmp_path / "office.db"
    shutil.copyfile(FIXTURES / f"schema_v{old}.db", path)
    # Something the upgrade cannot get past: a view named as a table or index it adds, or
    # in place of an index it builds again.
    before, after = _names_at(old), _names_at(schema.SCHEMA_VERSION)
    added = sorted(after.keys() - before.keys())
    rebuilt = sorted(n for n in after.keys() & before.keys() if after[n] != before[n])
    conn = sqlite3.connect(path)
    if not added:
        conn.execute(f"DROP INDEX {rebuilt[0]}")
    conn.execute(f"CREATE VIEW {(added or rebuilt)[0]} AS SELECT 1 AS x")
    conn.commit()
    conn.close()
    before = state(tmp_path)
    for _ in range(3):  # every command tried again on it
        with pytest.raises(DatabaseOpenError):
            Database.open(path)
    assert state(tmp_path) == before, "the upgrade left a change or a copy behind"


def test_reading_a_database_writes_nothing_to_it(tmp_path: Path):
    path = tmp_path / "office.db"
    create_demo_database(path)
    with Database.open(path) as db:
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = state(tmp_path)
    for command in (["stats"], ["search", "Seoul"], ["alerts"], ["check"]):
        assert cli.main([command[0], "--db", str(path), *command[1:]]) == 0
    assert state(tmp_path) == before


@pytest.fixture
def make_read_only(monkeypatch):
    """Make files and folders under a path look read-only to this user, as a share mounted
    read-only or a colleague's 0444 file would (the tests may run as root, which could
    write anyway)."""
    roots: list[str] = []
    real = os.access

    def access(path, mode, *args, **kwargs):
        if mode & os.W_OK and any(str(path).startswith(r) for r in roots):
            return False
        return real(path, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)
    return lambda root: roots.append(str(root))


def test_a_read_only_file_opens_read_only_and_reads(tmp_path: Path, make_read_only,
                                                     capsys):
    path = tmp_path / "office.db"
    create_demo_database(path)
    with Database.open(path) as db:
        count = Repository(db).count(Partner)
    make_read_only(tmp_path)
    before = state(tmp_path)
    with Database.open(path) as db:
        assert db.read_only
        repo = Repository(db, user="reader")
        assert repo.count(Partner) == count
        with pytest.raises(DatabaseOpenError, match="read-only"):
            repo.create(Partner(name_en="Not saved", country="JP"))
    for command in (["stats"], ["search", "Seoul"], ["check"]):
        assert cli.main([command[0], "--db", str(path), *command[1:]]) == 0
    assert "damaged" not in capsys.readouterr().err
    assert state(tmp_path) == before, "a read-only file was changed or got side files"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="needs a user whom file permissions bind (not root)")
def test_a_file_in_a_folder_the_user_cannot_write_reads(tmp_path: Path):
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "office.db"
    create_demo_database(path)
    folder.chmod(0o555)
    try:
        with Database.open(path) as db:
            assert db.read_only
            assert Repository(db).count(Partner) > 0
    finally:
        folder.chmod(0o755)
