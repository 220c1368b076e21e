"""A large import stays whole and findable however it is made fast: the local file's search
index is written once, at the end of the import's transaction, with its triggers put back
as they were (and nothing of it left behind by a refusal, a cancel or a dry run); rows of
one file far apart are still compared with each other by meaning; and planning a long file
does not hold its rows' keys in memory."""

from __future__ import annotations

import sqlite3
import tracemalloc
from pathlib import Path

import pytest

from bkk_relations.core.errors import Cancelled, ImportRefused
from bkk_relations.core.imports.run import plan_import, run_import
from bkk_relations.core.records.models import Partner
from bkk_relations.core.register import Register
from bkk_relations.core.views.search import search
from tests.core.test_import_bulk import sheet

ROWS = 1_500


def long_sheet(path: Path, existing: Partner) -> Path:
    """ROWS new partners and, in the middle, an update of ``existing``."""
    rows: list[list[object]] = [["Name", "Thai name", "Kind", "Country", "Notes"]]
    for i in range(ROWS):
        rows.append([f"Quorrel {i}", f"ควอเรล {i}", "city", "Japan", f"Row {i}"])
        if i == ROWS // 2:
            rows.append([existing.name_en, "", "city", "Japan", "ปรับปรุงจากแฟ้ม"])
    return sheet(path, rows)


def triggers(reg: Register) -> list[tuple[str, str]]:
    return reg.conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                            "ORDER BY name").fetchall()


def merging(reg: Register) -> int:
    """The search index's "automerge" setting (FTS5's default, 4, when never set)."""
    row = reg.conn.execute("SELECT v FROM search_index_config WHERE k = 'automerge'"
                           ).fetchone()
    return 4 if row is None else int(row[0])


def index_is_sound(reg: Register) -> bool:
    reg.conn.execute("INSERT INTO search_index (search_index) VALUES ('integrity-check')")
    return True


def test_the_search_index_is_written_once_and_its_triggers_put_back(
        file_reg: Register, tmp_path: Path) -> None:
    existing = file_reg.records.create(Partner(name_en="Vantor", kind="city", country="JP"))
    path = long_sheet(tmp_path / "long.xlsx", existing)
    before = triggers(file_reg)
    traced: list[str] = []
    raw = file_reg.conn
    assert isinstance(raw, sqlite3.Connection)
    with plan_import(file_reg, str(path), "partners") as plan:
        assert plan.ok, plan.problems[:3]
        raw.set_trace_callback(traced.append)
        try:
            done = run_import(file_reg, plan)
        finally:
            raw.set_trace_callback(None)
    assert (done.created, done.updated) == (ROWS, 1)
    # one statement wrote the entries of every new and changed partner (not the triggers,
    # record by record)
    assert len([s for s in traced if s.startswith("INSERT INTO search_index (rowid")]) == 1
    assert triggers(file_reg) == before
    # the index's merging, left to later saves while it is written, is as it was after
    assert merging(file_reg) == 4
    assert index_is_sound(file_reg)
    # every new and changed record found, in Thai too
    last = file_reg.conn.execute("SELECT id FROM partners WHERE name_en = ?",
                                 (f"Quorrel {ROWS - 1}",)).fetchone()[0]
    assert [h.id for h in search(file_reg, f"ควอเรล {ROWS - 1}")] == [last]
    assert [h.id for h in search(file_reg, "ปรับปรุงจากแฟ้ม")] == [existing.id]
    # and a record edited afterwards is indexed again by the triggers put back
    record = file_reg.records.get(Partner, last)
    record.notes = "แก้ไขภายหลัง"
    file_reg.records.update(record)
    assert [h.id for h in search(file_reg, "แก้ไขภายหลัง")] == [last]
    assert search(file_reg, f"Row {ROWS - 1}") == []


def test_a_refusal_at_the_last_row_a_cancel_or_a_dry_run_leave_everything_as_it_was(
        file_reg: Register, tmp_path: Path) -> None:
    existing = file_reg.records.create(Partner(name_en="Vantor", kind="city", country="JP"))
    path = long_sheet(tmp_path / "long.xlsx", existing)
    before = triggers(file_reg)
    count = file_reg.records.count(Partner)
    with plan_import(file_reg, str(path), "partners") as plan:
        assert plan.ok, plan.problems[:3]
        # dry run: written, then rolled back
        dry = run_import(file_reg, plan, dry_run=True)
        assert dry.created == ROWS

        def cancel(done: int, total: int) -> None:
            if done == total:
                raise Cancelled()

        with pytest.raises(Cancelled):
            run_import(file_reg, plan, progress=cancel)
        # the last row's partner saved by someone else since the file was checked
        file_reg.records.create(Partner(name_en=f"Quorrel {ROWS - 1}", kind="city",
                                        country="JP"))
        with pytest.raises(ImportRefused) as refused:
            run_import(file_reg, plan)
    assert refused.value.params["row"] == ROWS + 2  # the header, the update row
    assert file_reg.records.count(Partner) == count + 1
    assert file_reg.records.get(Partner, existing.id).notes is None
    assert triggers(file_reg) == before
    assert index_is_sound(file_reg)
    assert search(file_reg, "ควอเรล 7") == []
    assert [h.label for h in search(file_reg, f"Quorrel {ROWS - 1}")] == [f"Quorrel {ROWS - 1}"]


def test_rows_far_apart_are_compared_by_meaning(reg: Register, tmp_path: Path) -> None:
    # names none of which sounds like another ("Quorrel 1" would: "Quorrel 11")
    rows: list[list[object]] = [["Name", "Thai name", "Kind", "Country"]]
    rows += [[f"Quorrel {'k'.join(str(i))}", f"ควอเรล {i}", "city", "Japan"]
             for i in range(2_000)]
    rows[3] = ["Busan", "ปูซาน", "city", "South Korea"]
    rows[1_990] = ["Pusan Metropolitan City", "ปูซาน", "city", "Korea (South)"]  # Thai name
    rows[10] = ["Chiang Mai", "", "city", "Thailand"]
    rows[1_995] = ["Chiengmai", "", "city", "Thailand"]  # another romanisation
    rows[1_999] = ["QUORREL  5", "", "city", "Japan"]  # row 7's partner again
    path = sheet(tmp_path / "far.xlsx", rows)
    with plan_import(reg, str(path), "partners") as plan:
        by_row = {r.row: r for r in plan.rows}
        for first, later in ((4, 1_991), (11, 1_996)):
            assert by_row[first].status == by_row[later].status == "duplicate"
            assert [(n.code, n.params["row"]) for n in by_row[first].notes] \
                == [("import.note.like_row", later)]
            assert [(n.code, n.params["row"]) for n in by_row[later].notes] \
                == [("import.note.like_row", first)]
        assert [(p.code, p.params["row"]) for p in by_row[2_000].problems] \
            == [("import.repeats", 7)]
        assert plan.counts()["duplicate"] == 4
        assert not [r for r in plan.rows if r.problems and r.row != 2_000]


def peak_planning(reg: Register, path: Path) -> int:
    tracemalloc.start()
    try:
        with plan_import(reg, str(path), "partners") as plan:
            assert plan.ok
            return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_planning_a_long_file_does_not_hold_its_rows_in_memory(file_reg: Register,
                                                                tmp_path: Path) -> None:
    def csv(n: int) -> Path:
        path = tmp_path / f"rows-{n}.csv"
        lines = ["Name,Thai name,Kind,Country,Notes"]
        lines += [f"Quorrel {i},ควอเรล {i},city,Japan,Row {i} of the sheet" for i in range(n)]
        path.write_text("\n".join(lines), encoding="utf-8")
        return path

    short, long = 1_000, 7_000
    growth = peak_planning(file_reg, csv(long)) - peak_planning(file_reg, csv(short))
    # what is left per row is the plan's own row (what the preview shows of it), not the
    # keys it is compared by (about 1.5 KB a row when they were kept in memory)
    assert growth / (long - short) < 1_000


def test_the_ties_of_new_partners_are_written_together_and_found(file_reg: Register,
                                                                 tmp_path: Path) -> None:
    """A new office's first import of its sister-city list: the agreements of the new
    partners are written a chunk at a time with the search index once (a statement and an
    index segment per agreement made 20,000 rows take 12 s), each still found by search."""
    rows: list[list[object]] = [["Name", "Thai name", "Country", "Tie", "Year signed"]]
    rows += [[f"Sennar {i}", f"เซนนาร์ {i}", "Japan", "Sister city", 2000 + i % 20]
             for i in range(600)]
    path = sheet(tmp_path / "ties.xlsx", rows)
    traced: list[str] = []
    raw = file_reg.conn
    assert isinstance(raw, sqlite3.Connection)
    with plan_import(file_reg, str(path), "partners") as plan:
        raw.set_trace_callback(traced.append)
        try:
            done = run_import(file_reg, plan)
        finally:
            raw.set_trace_callback(None)
    assert (done.created, done.ties_created) == (600, 600)
    assert len([s for s in traced if s.startswith("INSERT INTO agreements")]) <= 3
    assert len([s for s in traced if s.startswith("INSERT INTO search_index (rowid")]) == 2
    hits = search(file_reg, "เซนนาร์ 599")
    assert {h.entity for h in hits} >= {"partner", "agreement"}
