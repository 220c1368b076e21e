"""The import preview's notes show their dates as the user chose to see dates: in a
Buddhist-Era interface a B.E. date cell reads "read as 19/6/2549", not the stored 2006."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl

from bkk_relations.core.imports.run import plan_import
from bkk_relations.core.register import Register
from bkk_relations.core.storage.database import Database
from bkk_relations.ui.i18n import say


def sheet(path: Path, headers: list[str], rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(headers)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def notes(reg: Register, path: Path, kind: str) -> list[str]:
    with plan_import(reg, str(path), kind) as plan:
        return [say(n) for r in plan.rows for n in r.notes]


def test_a_buddhist_era_date_note_reads_in_the_users_calendar(prefs, tmp_path: Path) -> None:
    path = sheet(tmp_path / "visits.xlsx", ["Title", "Date"],
                 [["Study visit", dt.date(2549, 6, 19)]])
    reg = Register(Database.open(":memory:"))
    prefs.calendar = "buddhist"
    assert notes(reg, path, "activities") == [
        "Row 2, Date (B): the date cell holds 2549-06-19, a Buddhist-Era year: read as "
        "19/6/2549"]
    prefs.calendar = "gregorian"
    assert notes(reg, path, "activities")[0].endswith("read as 19/6/2006")


def test_a_ties_signing_year_reads_in_the_users_calendar(prefs, tmp_path: Path) -> None:
    path = sheet(tmp_path / "ties.xlsx", ["Name", "Country", "Tie", "Year signed"],
                 [["Kobe", "Japan", "Sister city", 2011]])
    reg = Register(Database.open(":memory:"))
    prefs.calendar = "buddhist"
    assert notes(reg, path, "partners") == [
        "Row 2, Tie (C): a new agreement (Sister city agreement) with the partner, signed 2554, "
        "is created as well"]
