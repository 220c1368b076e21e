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
