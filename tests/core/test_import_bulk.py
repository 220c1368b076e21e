"""A long import is written a chunk at a time: every record is still checked, searchable,
in the history and undone with its batch, exactly as when written one by one; and the
local file's search index takes each chunk in one statement (a statement per record made
a 10,000-row import several times slower)."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import xlsxwriter

from bkk_relations.core.imports.batches import undo_import
from bkk_relations.core.imports.run import plan_import, run_import
from bkk_relations.core.records.models import Agreement, Partner
from bkk_relations.core.register import Register
from bkk_relations.core.views.search import search

ROWS = 1_200


def sheet(path: Path, rows: list[list[object]]) -> Path:
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Partners")
    for r, row in enumerate(rows):
        ws.write_row(r, 0, row)
    wb.close()
    return path


def long_sheet(path: Path, existing: Partner) -> Path:
    rows: list[list[object]] = [["Name", "Thai name", "Kind", "Country", "Tags", "Notes"]]
    for i in range(ROWS):
        rows.append([f"Quorrel {i}", f"ควอเรล {i}", "city", "Japan",
                     "twin; east" if i % 7 == 0 else "", f"Row {i}"])
        if i == 600:  # an update in the middle of the new rows
            rows.append([existing.name_en, "", "city", "Japan", "", "updated from the sheet"])
    return sheet(path, rows)


def test_a_long_import_is_whole_searchable_in_history_and_undone(reg: Register, make,
                                                                 tmp_path: Path) -> None:
    existing = make.partner(name_en="Vantor", country="JP")
    path = long_sheet(tmp_path / "long.xlsx", existing)
    with plan_import(reg, str(path), "partners") as plan:
        assert plan.ok, plan.problems[:3]
        done = run_import(reg, plan)
    assert (done.created, done.updated) == (ROWS, 1)
    ids = [r[0] for r in reg.conn.execute(
        "SELECT id FROM partners WHERE name_en LIKE 'Quorrel %' ORDER BY id")]
    assert len(ids) == ROWS and len(set(ids)) == ROWS
    first = reg.records.get(Partner, ids[0])
    assert (first.name_th, first.country, first.tags) == ("ควอเรล 0", "JP", ["east", "twin"])
    last = reg.records.get(Partner, ids[-1])
    assert (last.name_en, last.notes) == (f"Quorrel {ROWS - 1}", f"Row {ROWS - 1}")
    assert reg.records.get(Partner, existing.id).notes == "updated from the sheet"
    # every one found by search, in Thai too
    assert [h.label for h in search(reg, "Quorrel 1199")] == ["Quorrel 1199"]
    assert [h.id for h in search(reg, "ควอเรล 777")] == [ids[777]]
    # one history entry each, in the import's batch
    entries = reg.conn.execute(
        "SELECT record_id, action FROM audit_log WHERE batch_id = ? ORDER BY id",
        (done.batch_id,)).fetchall()
    assert sorted(r[0] for r in entries if r[1] == "create") == ids
    assert reg.records.history(Partner, ids[5])[0].changes["name_en"] == [None, "Quorrel 5"]
    # and all undone together
    assert done.batch_id is not None
    assert undo_import(reg, done.batch_id)["deleted"] == ROWS
    assert reg.conn.execute("SELECT count(*) FROM partners WHERE name_en LIKE 'Quorrel %'"
                            ).fetchone()[0] == 0
    assert search(reg, "Quorrel 1199") == []


def test_rows_with_ties_write_each_tie_after_its_partner(reg: Register, tmp_path: Path
                                                         ) -> None:
    rows: list[list[object]] = [["Name", "Country", "Tie", "Year signed"]]
    rows += [[f"Sennar {i}", "Japan", "Sister city", 2000 + i % 20] for i in range(40)]
    path = sheet(tmp_path / "ties.xlsx", rows)
    with plan_import(reg, str(path), "partners") as plan:
        assert plan.ok, plan.problems[:3]
        done = run_import(reg, plan)
    assert (done.created, done.ties_created) == (40, 40)
    for agreement in reg.records.list(Agreement).records:
        partner = reg.records.get(Partner, agreement.party_ids[0])
        assert agreement.title_en.endswith(partner.name_en)
        assert agreement.signed_date == str(2000 + int(partner.name_en.split()[1]) % 20)
    assert undo_import(reg, done.batch_id or "")["deleted"] == 80


def test_a_local_file_takes_new_records_in_few_statements(file_reg: Register, tmp_path: Path
                                                          ) -> None:
    existing = file_reg.records.create(Partner(name_en="Vantor", kind="city", country="JP"))
    path = long_sheet(tmp_path / "long.xlsx", existing)
    inserts: list[str] = []
    raw = file_reg.conn
    assert isinstance(raw, sqlite3.Connection)
    with plan_import(file_reg, str(path), "partners") as plan:
        raw.set_trace_callback(lambda sql: inserts.append(sql)
                               if re.match(r"\s*INSERT INTO partners\b", sql) else None)
        try:
            run_import(file_reg, plan)
        finally:
            raw.set_trace_callback(None)
    assert 0 < len(set(inserts)) <= 10  # not one per row (a trigger traces its statement again)
