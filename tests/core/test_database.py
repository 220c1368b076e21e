"""Opening and creating database files safely, transactions and settings."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from bkk_relations.core.errors import DatabaseOpenError
from bkk_relations.core.records.models import Partner
from bkk_relations.core.records.repository import Repository
from bkk_relations.core.register import Register
from bkk_relations.core.storage import schema
from bkk_relations.core.storage.database import Database
from bkk_relations.core.views import stats


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_refused_untouched(path: Path, *words: str) -> None:
    before = digest(path)
    with pytest.raises(DatabaseOpenError) as info:
        Database.open(path)
    assert digest(path) == before
    for word in words:
        assert word in str(info.value)


def test_memory_database_is_at_current_schema(sqlite_db):
    db = sqlite_db
    assert db.schema_version == schema.SCHEMA_VERSION
    app_id = db.conn.execute("PRAGMA application_id").fetchone()[0]
    assert app_id == schema.APPLICATION_ID


def test_create_writes_a_file_that_reopens_with_its_records(db_path):
    with Database.create(db_path) as db:
        Repository(db).create(Partner(name_en="Seoul", country="KR"))
    assert db_path.stat().st_size > 0
    with Database.open(db_path) as db:
        assert db.schema_version == schema.SCHEMA_VERSION
        names = [p.name_en for p in Repository(db).list(Partner).records]
    assert names == ["Seoul"]


def test_create_refuses_an_existing_non_empty_file(file_db, db_path):
    with pytest.raises(DatabaseOpenError, match="already exists"):
        Database.create(db_path)


def test_create_in_missing_folder_raises(tmp_path):
    with pytest.raises(DatabaseOpenError, match="does not exist"):
        Database.create(tmp_path / "no" / "such" / "folder.db")
    assert not (tmp_path / "no").exists()


def test_open_text_file_is_refused_and_unchanged(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("Meeting notes, not a database\n" * 50, encoding="utf-8")
    assert_refused_untouched(path, "not an SQLite file")


def test_open_short_binary_file_is_refused_and_unchanged(tmp_path):
    path = tmp_path / "short.db"
    path.write_bytes(b"SQLite")
    assert_refused_untouched(path)


def test_open_database_of_another_application_is_refused_and_unchanged(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
    conn.execute("INSERT INTO invoices (amount) VALUES (12.5)")
    conn.commit()
    conn.close()
    assert_refused_untouched(path, "another application")
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT amount FROM invoices").fetchall() == [(12.5,)]
    conn.close()


def test_open_wal_database_of_another_application_is_refused_and_unchanged(tmp_path):
    path = tmp_path / "other-wal.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE things (x)")
    conn.commit()
    conn.close()
    assert_refused_untouched(path, "another application")


def test_open_newer_schema_is_refused_and_unchanged(tmp_path):
    path = tmp_path / "future.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE partners (id INTEGER PRIMARY KEY)")
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    assert_refused_untouched(path, "newer version", f"schema {schema.SCHEMA_VERSION + 1}")
    assert not list(tmp_path.glob("*before-v*"))


@pytest.mark.parametrize("keep", [100, 4096, 3 * 4096])
def test_open_truncated_copy_of_our_database_is_refused_and_unchanged(tmp_path, keep):
    full = tmp_path / "full.db"
    with Database.create(full) as db:
        repo = Repository(db)
        for i in range(200):
            repo.create(Partner(name_en=f"City {i}", name_th="เมือง", country="JP"))
    cut = tmp_path / "cut.db"
    cut.write_bytes(full.read_bytes()[:keep])
    assert_refused_untouched(cut, "damaged")


def test_open_zero_byte_file_sets_up_a_new_database(tmp_path):
    path = tmp_path / "empty.db"
    path.touch()
    with pytest.raises(DatabaseOpenError, match="empty"):
        Database.open(path)  # opening alone never writes to a file that is not ours yet
    assert path.stat().st_size == 0
    with Database.open(path, create=True) as db:
        assert db.schema_version == schema.SCHEMA_VERSION
        Repository(db).create(Partner(name_en="Tokyo", country="JP"))
    with Database.open(path) as db:
        assert Repository(db).count(Partner) == 1


def test_open_empty_sqlite_file_sets_up_a_new_database(tmp_path):
    path = tmp_path / "blank.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE scratch (x)")
    conn.execute("DROP TABLE scratch")
    conn.commit()
    conn.close()
    assert path.read_bytes().startswith(b"SQLite format 3")
    with pytest.raises(DatabaseOpenError, match="empty"):
        Database.open(path)
    with Database.open(path, create=True) as db:
        assert db.schema_version == schema.SCHEMA_VERSION


def test_open_missing_file_without_create_raises_and_creates_nothing(tmp_path):
    path = tmp_path / "missing.db"
    with pytest.raises(DatabaseOpenError, match="does not exist"):
        Database.open(path)
    assert not path.exists()


def test_open_missing_file_with_create_makes_it(tmp_path):
    path = tmp_path / "new.db"
    with Database.open(path, create=True) as db:
        assert db.schema_version == schema.SCHEMA_VERSION
    assert path.exists()


def test_open_folder_raises(tmp_path):
    with pytest.raises(DatabaseOpenError, match="folder"):
        Database.open(tmp_path)
    with pytest.raises(DatabaseOpenError, match="folder"):
        Database.open(tmp_path, create=True)


def test_file_database_uses_wal(file_db):
    assert file_db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert file_db.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_transaction_commits_on_success(db):
    with db.transaction() as conn:
        conn.execute("INSERT INTO settings (key, value) VALUES ('a', '1')")
    assert db.get_setting("a") == "1"


def test_transaction_rolls_back_everything_on_error(db):
    with pytest.raises(RuntimeError):
        with db.transaction() as conn:
            conn.execute("INSERT INTO settings (key, value) VALUES ('a', '1')")
            raise RuntimeError("boom")
    assert db.get_setting("a") is None
    assert not db.conn.in_transaction


def test_nested_transaction_rolls_back_only_the_inner_block(db):
    with db.transaction() as conn:
        conn.execute("INSERT INTO settings (key, value) VALUES ('outer', '1')")
        with pytest.raises(ValueError):
            with db.transaction():
                conn.execute("INSERT INTO settings (key, value) VALUES ('inner', '2')")
                raise ValueError
    assert db.get_setting("outer") == "1"
    assert db.get_setting("inner") is None


def test_a_snapshot_reads_one_state_while_another_program_saves(file_db, db_path):
    """An import's check of every row reads the records as they were when it began: a
    partner saved by someone else meanwhile is not half-seen."""
    file_db.set_setting("a", "before")
    other = Database.open(db_path)
    try:
        with file_db.snapshot():
            assert file_db.get_setting("a") == "before"
            other.set_setting("a", "after")  # another program's save is not held up
            assert file_db.get_setting("a") == "before"
        assert file_db.get_setting("a") == "after"
        assert not file_db.conn.in_transaction
    finally:
        other.close()


def test_a_write_inside_a_snapshot_is_refused_and_leaves_nothing(file_db):
    with pytest.raises(RuntimeError):
        with file_db.snapshot():
            file_db.set_setting("a", "1")
    assert file_db.get_setting("a") is None
    file_db.set_setting("a", "2")  # writes work again after it
    assert file_db.get_setting("a") == "2"


def test_settings_round_trip_and_overwrite(db):
    assert db.get_setting("home_city_en", "none") == "none"
    db.set_setting("home_city_en", "Bangkok")
    db.set_setting("home_city_en", "Krung Thep")
    assert db.get_setting("home_city_en") == "Krung Thep"


def test_settings_persist_in_a_file(db_path):
    with Database.create(db_path) as db:
        db.set_setting("home_city_th", "กรุงเทพมหานคร")
    with Database.open(db_path) as db:
        assert db.get_setting("home_city_th") == "กรุงเทพมหานคร"


def test_check_names_a_search_trigger_that_is_missing(tmp_path: Path):
    path = tmp_path / "office.db"
    with Database.create(path) as db:
        Repository(db).create(Partner(name_en="Seoul", country="KR"))
    conn = sqlite3.connect(path)  # a tool or a bad restore dropped it
    conn.execute("DROP TRIGGER partners_search_ai")
    conn.commit()
    conn.close()
    with Register.open(path) as reg:
        problems = stats.integrity_problems(reg)
    assert any("partners_search_ai" in p for p in problems), problems
