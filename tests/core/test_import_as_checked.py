"""An import writes the new records its preview checked, and checks them again only when
something was saved in between: by the app itself, by another program on the same file
(another process), or while the preview was still reading the rows."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bkk_relations.core.errors import ImportRefused
from bkk_relations.core.imports.run import plan_import, run_import
from bkk_relations.core.records.models import Partner
from bkk_relations.core.register import Register
from bkk_relations.core.storage.database import Database
from tests.core.test_import_bulk import sheet
from tests.other_writer import save_elsewhere

ROWS = 450
# The rule a save checks a new partner against the records with (validation._partner).
SAME_NAME_CHECK = "SELECT id, name_en FROM partners WHERE kind = "


def french_cities(path: Path) -> Path:
    rows: list[list[object]] = [["Name", "Thai name", "Kind", "Country"]]
    rows += [[f"Ville {i}", f"วีล {i}", "city", "France"] for i in range(ROWS)]
    return sheet(path, rows)


def traced_run(reg: Register, plan: object) -> tuple[object, list[str]]:
    raw = reg.conn
    assert isinstance(raw, sqlite3.Connection)
    traced: list[str] = []
    raw.set_trace_callback(traced.append)
    try:
        return run_import(reg, plan), traced  # type: ignore[arg-type]
    finally:
        raw.set_trace_callback(None)


def test_nothing_saved_since_the_preview_writes_what_it_checked(file_reg: Register,
                                                                 tmp_path: Path) -> None:
    path = french_cities(tmp_path / "villes.xlsx")
    with plan_import(file_reg, str(path), "partners") as plan:
        assert plan.ok and plan.checked_at is not None
        done, traced = traced_run(file_reg, plan)
    assert done.created == ROWS  # type: ignore[attr-defined]
    assert not [s for s in traced if s.startswith(SAME_NAME_CHECK)]  # checked once, by the plan
    stored = file_reg.records.get(Partner, file_reg.conn.execute(
        "SELECT id FROM partners WHERE name_en = 'Ville 7'").fetchone()[0])
    assert (stored.name_th, stored.country, stored.region) == ("วีล 7", "FR", "Europe")


def test_a_partner_another_program_saves_after_the_preview_stops_the_import(
        file_reg: Register, file_db: Database, tmp_path: Path) -> None:
    path = french_cities(tmp_path / "villes.xlsx")
    count = file_reg.records.count(Partner)
    with plan_import(file_reg, str(path), "partners") as plan:
        assert plan.ok
        save_elsewhere(file_db.path, f"Ville {ROWS - 1}")  # a colleague, another process
        with pytest.raises(ImportRefused) as refused:
            run_import(file_reg, plan)
    assert refused.value.params["row"] == ROWS + 1  # the last row: it met the colleague's
    assert "Ville" in str(refused.value)
    assert file_reg.records.count(Partner) == count + 1  # theirs; none of the file's


def test_a_save_while_the_preview_reads_the_rows_has_them_checked_again(
        file_reg: Register, file_db: Database, tmp_path: Path) -> None:
    path = french_cities(tmp_path / "villes.xlsx")
    other = Register(Database.open(file_db.path), user="colleague")
    saved: list[int] = []

    def colleague_saves(done: int, total: int) -> None:
        if done and not saved:  # the preview is reading its own state of the records
            saved.append(other.records.create(
                Partner(name_en=f"Ville {ROWS - 1}", kind="city", country="FR")).id or 0)

    try:
        with plan_import(file_reg, str(path), "partners", progress=colleague_saves) as plan:
            assert saved and plan.ok  # the preview saw the records as they were
            assert plan.checked_at is None  # but knows they did not stay so
            with pytest.raises(ImportRefused) as refused:
                run_import(file_reg, plan)
    finally:
        other.db.close()
    assert refused.value.params["row"] == ROWS + 1


def test_a_dry_run_then_the_import_checks_again_and_writes(file_reg: Register,
                                                          tmp_path: Path) -> None:
    path = french_cities(tmp_path / "villes.xlsx")
    with plan_import(file_reg, str(path), "partners") as plan:
        assert run_import(file_reg, plan, dry_run=True).created == ROWS
        done, traced = traced_run(file_reg, plan)
    assert done.created == ROWS  # type: ignore[attr-defined]
    # rolled back, but written by this connection since the plan: checked again
    assert len([s for s in traced if s.startswith(SAME_NAME_CHECK)]) == ROWS
