"""Upgrading an older file: progress through one callback, Cancel that leaves the file
exactly as it was, and a search index built quickly that finds what it always found."""

from __future__ import annotations

import hashlib
import io
import shutil
import sqlite3
from pathlib import Path

import pytest

from bkk_relations.cli.support import UpgradeProgress
from bkk_relations.core.errors import Cancelled
from bkk_relations.core.register import Register
from bkk_relations.core.storage import schema
from bkk_relations.core.storage.database import Database, needs_upgrade
from bkk_relations.core.views import search

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
NOW = "2024-01-01T00:00:00+00:00"
PARTNERS = [("Chiang Mai", "เชียงใหม่"), ("Osaka", "โอซาก้า"), ("Taipei", "ไทเป"),
            ("Khon Kaen", "ขอนแก่น"), ("Busan", "ปูซาน"), ("Fukuoka", None)]


def write_v4_file(path: Path, extra: int = 0) -> None:
    """A file as version 4 left it: partners (Thai names too), agreements, activities."""
    conn = sqlite3.connect(path, isolation_level=None)
    assert schema.migrate(conn, target=4) == 4
    rows = PARTNERS + [(f"City {i}", f"เมือง {i}") for i in range(extra)]
    conn.execute("BEGIN")
    for en, th in rows:
        conn.execute("INSERT INTO partners (kind, name_en, name_th, country, name_key, "
                     "notes, created_at, updated_at) VALUES ('city', ?, ?, 'JP', ?, "
                     "'ความร่วมมือด้านสิ่งแวดล้อม', ?, ?)", (en, th, en.lower(), NOW, NOW))
        conn.execute("INSERT INTO agreements (agreement_type, title_en, title_th, notes, "
                     "created_at, updated_at) VALUES ('mou', ?, ?, 'Flood control', ?, ?)",
                     (f"MOU Bangkok-{en}", f"บันทึกความเข้าใจ กรุงเทพฯ-{th or en}", NOW, NOW))
        conn.execute("INSERT INTO activities (activity_type, title_en, place, summary, "
                     "created_at, updated_at) VALUES ('visit', ?, 'ศาลาว่าการ', "
                     "'Study visit on waste', ?, ?)", (f"Visit from {en}", NOW, NOW))
    conn.execute("COMMIT")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()


@pytest.fixture
def v4_path(tmp_path: Path) -> Path:
    path = tmp_path / "office.db"
    write_v4_file(path)
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_an_upgrade_reports_increasing_progress_ending_at_its_total(v4_path, monkeypatch):
    monkeypatch.setattr(schema, "FILL_REPORT_EVERY", 2)
    seen: list[tuple[str, int, int]] = []
    with Database.open(v4_path, progress=lambda *a: seen.append(a)) as db:
        assert db.schema_version == schema.SCHEMA_VERSION
        records = schema.search_rows(db.conn, list(schema.SEARCH_CODES))
    steps = [s for s in seen if s[0] == "search_index"]
    done = [d for _, d, _ in steps]
    assert len(set(done)) > 3 and done == sorted(done)
    assert {t for _, _, t in steps} == {records}
    assert steps[-1] == ("search_index", records, records)


def test_a_file_copy_of_the_fixture_reports_progress_too(tmp_path):
    copy = tmp_path / "v4.db"
    shutil.copyfile(FIXTURES / "schema_v4.db", copy)
    seen: list[tuple[str, int, int]] = []
    assert needs_upgrade(copy)
    Database.open(copy, progress=lambda *a: seen.append(a)).close()
    assert seen and seen[-1][1] == seen[-1][2] > 0
    assert not needs_upgrade(copy)


def test_cancel_leaves_the_file_byte_identical_and_it_opens_later(v4_path, monkeypatch):
    monkeypatch.setattr(schema, "FILL_REPORT_EVERY", 2)
    before = digest(v4_path)
    folder = sorted(p.name for p in v4_path.parent.iterdir())

    def cancel_half_way(step: str, done: int, total: int) -> None:
        if done > total // 2:
            raise Cancelled("Cancelled; nothing was changed.")

    with pytest.raises(Cancelled):
        Database.open(v4_path, progress=cancel_half_way)
    assert digest(v4_path) == before
    assert sorted(p.name for p in v4_path.parent.iterdir()) == folder  # no copy left over
    assert needs_upgrade(v4_path)
    with Register.open(v4_path) as reg:  # opened again later: upgraded, records all there
        assert reg.db.schema_version == schema.SCHEMA_VERSION
        assert "Osaka" in [h.label for h in search.search(reg, "โอซาก้า")]


def test_cancel_in_a_later_version_rolls_back_the_earlier_ones_too(tmp_path):
    """A version-1 file cancelled while its version-5 index is built is still version 1."""
    path = tmp_path / "v1.db"
    conn = sqlite3.connect(path, isolation_level=None)
    schema.migrate(conn, target=1)
    conn.execute("INSERT INTO partners (kind, name_en, name_key, created_at, updated_at) "
                 "VALUES ('city', 'Seoul', 'seoul', ?, ?)", (NOW, NOW))
    conn.close()
    before = digest(path)
    fills = []

    def cancel_second_fill(step: str, done: int, total: int) -> None:
        if done == 0:
            fills.append(total)
        if len(fills) == 2:  # version 2's index was filled; version 5's is under way
            raise Cancelled("Cancelled")

    with pytest.raises(Cancelled):
        Database.open(path, progress=cancel_second_fill)
    assert digest(path) == before
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()


def _fill_as_before(conn: sqlite3.Connection, entities, stride: int) -> None:
    for entity in entities:
        table, columns = schema._SEARCH_BODY[entity]
        conn.execute(f"INSERT INTO search_index (rowid, body) SELECT t.id * {stride} + "
                     f"{schema.SEARCH_CODES[entity]}, {schema._body_sql('t', columns)} "
                     f"FROM {table} AS t")


WORDS = ["เชียง", "โอซาก้า", "ความร่วมมือ", "Flood", "City 1", "เมือง 2", "waste", "MOU",
         "ศาลา", "กรุงเทพฯ-ไทเป", "Fukuoka"]


def test_the_quick_rebuild_finds_exactly_what_the_plain_one_did(tmp_path, monkeypatch):
    plain, quick = tmp_path / "plain.db", tmp_path / "quick.db"
    write_v4_file(plain, extra=300)
    shutil.copyfile(plain, quick)
    monkeypatch.setattr(schema, "fill_search", _fill_as_before)
    Database.open(plain).close()
    monkeypatch.undo()
    Database.open(quick).close()

    def index(path: Path) -> tuple[list, dict, dict]:
        with Register.open(path) as reg:
            rows = reg.db.conn.execute(
                "SELECT rowid, body FROM search_index ORDER BY rowid").fetchall()
            matched = {w: [r[0] for r in reg.db.conn.execute(
                "SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rowid",
                ('"' + w + '"',))] for w in WORDS}
            hits = {w: [(h.entity, h.id, h.snippet) for h in search.search(reg, w)] for w in WORDS}
            return [tuple(r) for r in rows], matched, hits

    rows, matched, hits = index(quick)
    assert len(rows) > 900 and all(matched[w] for w in WORDS)
    assert (rows, matched, hits) == index(plain)


def test_the_command_line_says_how_a_long_upgrade_goes(v4_path, monkeypatch):
    monkeypatch.setattr(schema, "FILL_REPORT_EVERY", 2)
    out = io.StringIO()
    Database.open(v4_path, progress=UpgradeProgress(out, after=0)).close()
    lines = out.getvalue().splitlines()
    assert lines[0] == "Upgrading the database to this version of bkk_relations…"
    assert "  rebuilding the search index: 100%" in lines
    assert lines[-1] == "  computing the sort order of names: 100%"
    assert len(lines) <= 23  # a line every tenth of each step, not one per report


def test_a_quick_upgrade_prints_nothing(v4_path):
    out = io.StringIO()
    Database.open(v4_path, progress=UpgradeProgress(out, after=3600)).close()
    assert out.getvalue() == ""
