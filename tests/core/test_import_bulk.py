"""A long import is written a chunk at a time: every record is still checked, searchable,
in the history and undone with its batch, exactly as when written one by one; and the
local file's search index takes each chunk in one statement (a statement per record made
a 10,000-row import several times slower)."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
import xlsxwriter

from bkk_relations.core.imports.batches import undo_import
from bkk_relations.core.imports.run import ImportRefused, plan_import, run_import
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


def test_a_sheet_imported_again_changes_each_record_as_saving_it_would(
        reg: Register, make, tmp_path: Path) -> None:
    """Updates are written a chunk at a time: each changed record gets its new values, tags,
    version and one history entry; an unchanged one keeps its version; and undo restores
    them all."""
    cities = [make.partner(name_en=f"Quorrel {i}", country="JP", tags=["east"])
              for i in range(ROWS)]
    rows: list[list[object]] = [["Name", "Country", "Tags", "Notes"]]
    for i, city in enumerate(cities):
        rows.append([city.name_en, "Japan", "east" if i % 3 else "east; twin",
                     "" if i % 5 == 0 else f"seen {i}"])
    path = sheet(tmp_path / "again.xlsx", rows)
    with plan_import(reg, str(path), "partners") as plan:
        assert plan.ok, plan.problems[:3]
        done = run_import(reg, plan)
    changed = [i for i in range(ROWS) if i % 5 or i % 3 == 0]
    assert (done.created, done.updated, done.unchanged) == (0, len(changed),
                                                           ROWS - len(changed))
    for i in (0, 3, 5, 6, 7):
        after = reg.records.get(Partner, cities[i].id)
        assert after.tags == (["east", "twin"] if i % 3 == 0 else ["east"])
        assert after.notes == (None if i % 5 == 0 else f"seen {i}")
        assert after.version == (2 if i in changed else 1)
        history = reg.records.history(Partner, cities[i].id)
        assert [h.action for h in history] == (["create", "update"] if i in changed
                                               else ["create"])
    assert reg.records.history(Partner, cities[7].id)[-1].changes == {"notes": [None, "seen 7"]}
    undo_import(reg, done.batch_id)
    assert reg.records.get(Partner, cities[7].id).notes is None
    assert reg.records.get(Partner, cities[3].id).tags == ["east"]


def test_a_record_saved_by_someone_else_during_the_import_refuses_it(
        reg: Register, make, tmp_path: Path, monkeypatch) -> None:
    """The version read by the import is the one it writes over: a save in between (on a
    server, by another login) makes the import stop and write nothing."""
    from bkk_relations.core.records.repository import Repository

    kobe = make.partner(name_en="Kobe", country="JP")
    path = sheet(tmp_path / "conflict.xlsx", [["Name", "Country", "Notes"],
                                             ["Kobe", "Japan", "from the sheet"],
                                             ["Nara", "Japan", ""]])
    original = Repository.update_checked

    def saved_meanwhile(self, pairs, **kwargs):
        reg.conn.execute("UPDATE partners SET version = version + 1, notes = 'theirs' "
                         "WHERE id = ?", (kobe.id,))
        return original(self, pairs, **kwargs)

    monkeypatch.setattr(Repository, "update_checked", saved_meanwhile)
    before = reg.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    with plan_import(reg, str(path), "partners") as plan:
        with pytest.raises(ImportRefused, match="Row 2"):
            run_import(reg, plan)
    assert reg.records.get(Partner, kobe.id).notes is None
    assert reg.conn.execute("SELECT count(*) FROM partners WHERE name_en = 'Nara'"
                            ).fetchone()[0] == 0
    assert reg.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == before
