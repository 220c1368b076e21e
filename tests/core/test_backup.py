"""Backup copies made with SQLite's online backup API."""

import sqlite3

import pytest

from bkk_relations.core.backup import backup_to
from bkk_relations.core.database import Database
from bkk_relations.core.errors import CoreError
from bkk_relations.core.models import Partner
from bkk_relations.core.repository import Repository


def test_backup_holds_every_record_and_opens(file_db, tmp_path):
    repo = Repository(file_db)
    repo.create(Partner(name_en="Seoul", country="KR"))
    target = backup_to(file_db, tmp_path / "copy.db")
    with Database.open(target) as copy:
        assert [p.name_en for p in Repository(copy).list(Partner).records] == ["Seoul"]
    assert not (tmp_path / "copy.db.partial").exists()


def test_backup_refuses_to_overwrite_the_open_database(file_db, db_path):
    with pytest.raises(CoreError, match="cannot overwrite"):
        backup_to(file_db, db_path)
    assert sqlite3.connect(db_path).execute("PRAGMA quick_check").fetchone()[0] == "ok"


def test_backup_into_a_missing_folder_explains(file_db, tmp_path):
    with pytest.raises(CoreError, match="could not be written"):
        backup_to(file_db, tmp_path / "no" / "such" / "copy.db")


def test_rotation_keeps_newest_per_day_and_week(file_db):
    import datetime as dt

    from bkk_relations.core.backup import list_backups, rotate

    start = dt.datetime(2026, 1, 1, 9, 0, 0)
    for day in range(40):
        for hour in (0, 5):
            rotate(file_db, daily=3, weekly=2, now=start + dt.timedelta(days=day, hours=hour))
    kept = list_backups(file_db.path)
    days = sorted({b.taken.date() for b in kept})
    assert len(kept) <= 5
    assert kept[0].taken == start + dt.timedelta(days=39, hours=5)
    assert days[-3:] == [dt.date(2026, 2, d) for d in (7, 8, 9)]


def test_restore_replaces_the_file_and_keeps_the_current_one(file_db, db_path, tmp_path):
    from bkk_relations.core.backup import restore

    repo = Repository(file_db)
    repo.create(Partner(name_en="Before", country="KR"))
    saved = backup_to(file_db, tmp_path / "saved.db")
    repo.create(Partner(name_en="After", country="KR"))
    file_db.close()
    kept = restore(db_path, saved)
    with Database.open(db_path) as db:
        assert [p.name_en for p in Repository(db).list(Partner).records] == ["Before"]
    with Database.open(kept) as old:
        assert len(Repository(old).list(Partner).records) == 2


def test_restore_of_a_corrupted_backup_is_refused(file_db, db_path, tmp_path):
    from bkk_relations.core.backup import restore

    Repository(file_db).create(Partner(name_en="Keep me", country="KR"))
    saved = backup_to(file_db, tmp_path / "saved.db")
    file_db.close()
    data = bytearray(saved.read_bytes())
    data[len(data) // 2: len(data) // 2 + 4096] = b"\xff" * 4096
    saved.write_bytes(bytes(data))
    before = db_path.read_bytes()
    with pytest.raises(CoreError, match="damaged|not a backup"):
        restore(db_path, saved)
    assert db_path.read_bytes() == before


def test_backups_include_attachments(file_db, tmp_path):
    from bkk_relations.core import attachments
    from bkk_relations.core.backup import rotate

    repo = Repository(file_db)
    p = repo.create(Partner(name_en="Seoul", country="KR"))
    src = tmp_path / "mou.pdf"
    src.write_bytes(b"scan")
    att = attachments.attach(repo, "partner", p.id, src)
    target = rotate(file_db)
    assert (target.parent / "attachments" / att.sha256[:2] / att.sha256).read_bytes() == b"scan"
