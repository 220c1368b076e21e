"""Restoring a backup: the whole backup is checked first, then all of it is restored or
nothing is."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from bkk_relations.core.backups import restore
from bkk_relations.core.backups.backup import backup_to
from bkk_relations.core.errors import CoreError
from bkk_relations.core.files import FileRefused
from bkk_relations.core.records import attachments
from bkk_relations.core.records.models import Partner
from bkk_relations.core.records.repository import Repository
from bkk_relations.core.register import Register
from bkk_relations.core.storage import schema
from bkk_relations.core.storage.database import Database


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tree(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` with its content's digest (links as their target)."""
    out = {}
    for p in sorted(folder.rglob("*")):
        if p.is_symlink():
            out[str(p.relative_to(folder))] = "-> " + os.readlink(p)
        elif p.is_file():
            out[str(p.relative_to(folder))] = digest(p)
    return out


@pytest.fixture
def saved(file_db: Database, db_path: Path, tmp_path: Path, file_reg) -> Path:
    """A sound backup in a folder of its own, holding "Before" and one attachment; the
    database then gains "After" and is closed."""
    repo = Repository(file_db)
    p = repo.create(Partner(name_en="Before", country="KR"))
    scan = tmp_path / "mou.pdf"
    scan.write_bytes(b"%PDF signed")
    attachments.attach(Register(repo.db, user=repo.user), "partner", p.id, scan)
    (tmp_path / "saved").mkdir()
    made = backup_to(file_reg, tmp_path / "saved" / "register.db")
    repo.create(Partner(name_en="After", country="KR"))
    file_db.close()
    return made.path


def partner_names(path: Path) -> list[str]:
    with Database.open(path) as db:
        return sorted(p.name_en for p in Repository(db).list(Partner).records)


def test_restore_replaces_the_file_and_keeps_the_current_one(saved, db_path):
    done = restore.restore(db_path, saved)
    assert partner_names(db_path) == ["Before"]
    assert partner_names(done.kept) == ["After", "Before"]


def test_restore_brings_back_a_lost_attachment_file(saved, db_path):
    store = attachments.store_dir(str(db_path))
    for blob in store.glob("??/*"):
        blob.unlink()
    done = restore.restore(db_path, saved)
    assert done.attachments == 1 and done.missing == []
    with Database.open(db_path) as db:
        att = attachments.list_for(Register(db), "partner", 1)[0]
        assert attachments.file_of(Register(db), att).read_bytes() == b"%PDF signed"


def test_restore_of_a_corrupted_backup_is_refused(saved, db_path):
    data = bytearray(saved.read_bytes())
    data[len(data) // 2: len(data) // 2 + 4096] = b"\xff" * 4096
    saved.write_bytes(bytes(data))
    before = digest(db_path)
    with pytest.raises(CoreError, match="damaged|not a backup"):
        restore.restore(db_path, saved)
    assert digest(db_path) == before


def _ours_without_tables(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
    conn.close()


def _partners_dropped(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = OFF")
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND "
                                "sql LIKE '%partners%'").fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("DROP TABLE partners")
    conn.close()


@pytest.mark.parametrize("spoil", [_ours_without_tables, _partners_dropped])
def test_a_backup_missing_tables_is_refused_and_nothing_changes(saved, db_path, spoil):
    spoil(saved)
    before, folder = digest(db_path), tree(db_path.parent)
    with pytest.raises(CoreError, match="tables are missing"):
        restore.restore(db_path, saved)
    assert digest(db_path) == before and tree(db_path.parent) == folder
    assert partner_names(db_path) == ["After", "Before"]


def _sub_folder(folder: Path) -> None:
    (next(folder.glob("??")) / "extra").mkdir()


def _dangling_link(folder: Path) -> None:
    (folder / "ab").mkdir()
    (folder / "ab" / ("ab" + "0" * 62)).symlink_to(folder / "nowhere")


def _linked_folder(folder: Path) -> None:
    secrets = folder.parent.parent / "elsewhere"
    secrets.mkdir()
    (secrets / ("cd" + "1" * 62)).write_bytes(b"not an attachment")
    (folder / "cd").symlink_to(secrets)


def _odd_name(folder: Path) -> None:
    (next(folder.glob("??")) / "notes.txt").write_text("hello")


@pytest.mark.parametrize("spoil", [_sub_folder, _dangling_link, _linked_folder, _odd_name])
def test_an_attachments_folder_holding_anything_else_is_refused_first(saved, db_path, spoil):
    """Found before the database is touched, not after it was replaced."""
    spoil(saved.parent / "attachments")
    store = attachments.store_dir(str(db_path))
    before, folder, files_before = digest(db_path), tree(store), set(db_path.parent.iterdir())
    with pytest.raises(CoreError, match="attachments folder"):
        restore.restore(db_path, saved)
    assert digest(db_path) == before
    assert tree(store) == folder and set(db_path.parent.iterdir()) == files_before


def test_an_attachment_whose_content_changed_stops_the_restore(saved, db_path):
    store = attachments.store_dir(str(db_path))
    for blob in store.glob("??/*"):
        blob.unlink()  # so the restore needs the backup's copy
    (blob_in_backup,) = (saved.parent / "attachments").glob("??/*")
    blob_in_backup.write_bytes(b"swapped")
    before = digest(db_path)
    with pytest.raises(CoreError, match="content changed"):
        restore.restore(db_path, saved)
    assert digest(db_path) == before and list(store.rglob("*")) == [blob.parent]


def test_a_failure_while_replacing_undoes_everything(saved, db_path, monkeypatch):
    store = attachments.store_dir(str(db_path))
    for blob in store.glob("??/*"):
        blob.unlink()
    before, store_before = digest(db_path), tree(store)

    def disk_full(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(restore, "copy_database", disk_full)
    with pytest.raises(CoreError, match="No space left"):
        restore.restore(db_path, saved)
    assert digest(db_path) == before and tree(store) == store_before


def test_restoring_the_database_onto_itself_is_refused(saved, db_path):
    before = digest(db_path)
    for source in (db_path, Path(f"{db_path}-wal")):
        if source.exists():
            with pytest.raises(FileRefused):
                restore.restore(db_path, source)
    with pytest.raises(FileRefused, match="itself"):
        restore.restore(db_path, db_path)
    assert digest(db_path) == before


def test_a_fifo_is_refused_without_waiting(saved, db_path, tmp_path):
    fifo = tmp_path / "pipe.db"
    os.mkfifo(fifo)
    with pytest.raises(FileRefused, match="not a regular file"):
        restore.restore(db_path, fifo)


def test_a_backup_in_a_read_only_folder_restores_and_nothing_is_written_there(saved, db_path):
    folder = saved.parent
    before = tree(folder)
    modes = {p: p.stat().st_mode for p in [folder, *folder.rglob("*")]}
    for p in sorted(modes, key=lambda p: len(p.parts), reverse=True):
        p.chmod(0o555 if p.is_dir() else 0o444)
    try:
        restore.restore(db_path, saved)
    finally:
        for p, mode in modes.items():
            p.chmod(mode)
    assert partner_names(db_path) == ["Before"]
    assert tree(folder) == before  # no -wal, -shm or journal left beside the backup


def test_a_damaged_database_of_ours_can_be_restored_over(saved, db_path):
    """What `open` tells the user to do with a damaged file must work."""
    _partners_dropped(db_path)
    with pytest.raises(CoreError, match="restore it from a backup"):
        Database.open(db_path)
    done = restore.restore(db_path, saved)
    assert partner_names(db_path) == ["Before"]
    assert done.kept is not None and done.kept.exists()


def test_another_programs_file_is_not_restored_over(saved, tmp_path):
    foreign = tmp_path / "accounts.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE ledger (x)")
    conn.commit()
    conn.close()
    before = digest(foreign)
    with pytest.raises(CoreError, match="another application"):
        restore.restore(foreign, saved)
    assert digest(foreign) == before
