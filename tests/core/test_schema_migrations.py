"""Upgrading a file written by an older version of the app."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bkk_relations.core.records.models import Partner
from bkk_relations.core.records.repository import Repository
from bkk_relations.core.register import Register
from bkk_relations.core.storage import schema
from bkk_relations.core.storage.database import Database
from bkk_relations.core.views import search

V1_PARTNERS = [
    ("city", "Bangkok", "กรุงเทพมหานคร", "TH", "Southeast Asia", "bangkok"),
    ("city", "Chiang Mai", "เชียงใหม่", "TH", "Southeast Asia", "chiang mai"),
    ("city", "Seoul", "โซล", "KR", "East Asia", "seoul"),
]


def write_v1_file(path: Path) -> None:
    """A database as version 1 of the app left it: records, but no search index."""
    conn = sqlite3.connect(path, isolation_level=None)
    assert schema.migrate(conn, target=1) == 1
    now = "2023-05-01T00:00:00+00:00"
    for kind, en, th, country, region, key in V1_PARTNERS:
        conn.execute(
            "INSERT INTO partners (kind, name_en, name_th, country, region, name_key, "
            "created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'old')",
            (kind, en, th, country, region, key, now, now))
    conn.execute(
        "INSERT INTO agreements (agreement_type, title_en, title_th, created_at, updated_at) "
        "VALUES ('sister_city', 'Sister city Bangkok-Seoul', 'เมืองพี่เมืองน้อง', ?, ?)",
        (now, now))
    conn.close()


@pytest.fixture
def v1_path(tmp_path: Path) -> Path:
    path = tmp_path / "office.db"
    write_v1_file(path)
    return path


def version_of(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def test_v1_file_has_no_search_index(v1_path):
    conn = sqlite3.connect(v1_path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    assert version_of(v1_path) == 1
    assert "partners" in tables and "search_index" not in tables


def test_open_migrates_v1_to_current_version(v1_path):
    with Database.open(v1_path) as db:
        assert db.schema_version == schema.SCHEMA_VERSION
        names = [p.name_en for p in Repository(db).list(Partner).records]
    assert names == ["Bangkok", "Chiang Mai", "Seoul"]
    assert version_of(v1_path) == schema.SCHEMA_VERSION


def test_migration_keeps_a_copy_of_the_old_file(v1_path, tmp_path):
    with Database.open(v1_path):
        pass
    copies = list(tmp_path.glob(f"office.before-v{schema.SCHEMA_VERSION}-*"))
    assert len(copies) == 1
    assert version_of(copies[0]) == 1
    conn = sqlite3.connect(copies[0])
    rows = conn.execute("SELECT name_th FROM partners ORDER BY id").fetchall()
    conn.close()
    assert [r[0] for r in rows] == ["กรุงเทพมหานคร", "เชียงใหม่", "โซล"]


def test_thai_search_finds_rows_inserted_before_migration(v1_path):
    with Database.open(v1_path) as db:
        hits = search.search(Register(db), "กรุงเทพ")
        assert [(h.entity, h.label) for h in hits] == [("partner", "Bangkok")]
        assert [h.label for h in search.search(Register(db), "เชียงใหม่")] == ["Chiang Mai"]
        assert [h.entity for h in search.search(Register(db), "เมืองพี่")] == ["agreement"]


def test_migrated_file_keeps_search_in_sync_for_new_writes(v1_path):
    with Database.open(v1_path) as db:
        repo = Repository(db, user="after")
        seoul = repo.get(Partner, 3)
        seoul.name_th = "กรุงโซล"
        repo.update(seoul)
        repo.create(Partner(name_en="Phuket", name_th="ภูเก็ต", country="TH"))
        assert [h.label for h in search.search(Register(db), "กรุงโซล")] == ["Seoul"]
        assert [h.label for h in search.search(Register(db), "ภูเก็ต")] == ["Phuket"]


def test_opening_a_current_file_keeps_no_copy(db_path, tmp_path):
    Database.create(db_path).close()
    with Database.open(db_path):
        pass
    assert not list(tmp_path.glob("*before-v*"))


def test_second_open_of_migrated_file_makes_no_new_copy(v1_path, tmp_path):
    Database.open(v1_path).close()
    Database.open(v1_path).close()
    assert len(list(tmp_path.glob("*before-v*"))) == 1


def test_migrate_is_idempotent_and_stepwise():
    conn = sqlite3.connect(":memory:", isolation_level=None)
    assert schema.migrate(conn, target=1) == 1
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    assert schema.migrate(conn) == schema.SCHEMA_VERSION
    assert schema.migrate(conn) == schema.SCHEMA_VERSION
    conn.close()


def test_failed_migration_rolls_back_to_previous_version(monkeypatch):
    conn = sqlite3.connect(":memory:", isolation_level=None)
    schema.migrate(conn, target=1)

    def broken(c: sqlite3.Connection) -> None:
        c.execute("CREATE TABLE half_done (x)")
        raise sqlite3.OperationalError("disk full")

    monkeypatch.setattr(schema, "MIGRATIONS", [schema.MIGRATIONS[0], broken])
    with pytest.raises(sqlite3.OperationalError):
        schema.migrate(conn, target=2)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in tables
    conn.close()


def test_v2_file_gains_the_list_indexes_and_keeps_its_records(tmp_path):
    path = tmp_path / "v2.db"
    conn = sqlite3.connect(path, isolation_level=None)
    assert schema.migrate(conn, target=2) == 2
    now = "2024-01-01T00:00:00+00:00"
    conn.execute("INSERT INTO partners (kind, name_en, country, region, name_key, created_at, "
                 "updated_at) VALUES ('city', 'Fukuoka', 'JP', 'East Asia', 'fukuoka', ?, ?)",
                 (now, now))
    conn.close()
    with Database.open(path) as db:
        assert db.schema_version == schema.SCHEMA_VERSION
        indexes = {r[0] for r in db.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert "partners_live_sort_en" in indexes
        assert not {"partners_kind", "partners_kind_sort_en"} & indexes  # folded in (v8)
        plan = " ".join(str(r[3]) for r in db.conn.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM partners WHERE deleted_at IS NULL "
            "ORDER BY sort_en, id LIMIT 10 OFFSET 5"))
        assert "partners_live_sort_en" in plan
        plan = " ".join(str(r[3]) for r in db.conn.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM partners t WHERE t.deleted_at IS NULL "
            "AND t.kind = 'city' ORDER BY t.sort_th, t.id LIMIT 10 OFFSET 5"))
        # one kind's list in its order from the same index, its kind read there too
        assert "partners_live_sort_th" in plan
        assert "TEMP B-TREE" not in plan
        assert [p.name_en for p in Repository(db).list(Partner).records] == ["Fukuoka"]
    assert list(tmp_path.glob(f"v2.before-v{schema.SCHEMA_VERSION}-*"))
