"""The export, import and undo-import commands, run as a user runs them: as subprocesses."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import openpyxl
import pytest
from hostile_files import row, workbook
from test_cli import assert_one_error_line, run

from bkk_relations.core.register import Register
from bkk_relations.core.storage.database import Database
from bkk_relations.core.views import stats


def snapshot(path: Path) -> tuple[dict, int]:
    with Database.open(path) as db:
        return stats.counts(Register(db)), db.conn.execute(
            "SELECT count(*) FROM audit_log").fetchone()[0]


@pytest.fixture(scope="module")
def demo(cli_demo: str | Path) -> str | Path:
    return cli_demo


@pytest.fixture
def demo_copy(demo: str | Path, tmp_path: Path, request: pytest.FixtureRequest) -> str | Path:
    """A copy of the demo to change: a file, or a fresh schema on the server."""
    if isinstance(demo, Path):
        path = tmp_path / "copy.db"
        shutil.copy(demo, path)
        return path
    url = request.getfixturevalue("pg_url")
    assert run("copy", "--from", demo, "--to", url, "--quiet").returncode == 0
    return url


def test_export_every_report(demo, tmp_path):
    for report in ("partners", "agreements", "projects", "activities"):
        out = tmp_path / f"{report}.xlsx"
        result = run("export", "--db", demo, "--report", report, "--out", out)
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith("Wrote ") and str(out) in result.stdout
        wb = openpyxl.load_workbook(out)
        assert wb.sheetnames[-1] == "Filters"
    result = run("export", "--db", demo, "--report", "profile", "--partner", "3",
                 "--out", tmp_path / "p.xlsx")
    assert result.returncode == 0, result.stderr
    assert "on 4 sheets" in result.stdout


def test_export_filters_language_calendar_and_csv(demo, tmp_path):
    out = tmp_path / "jp.csv"
    result = run("export", "--db", demo, "--report", "partners", "--filter", "country=Japan",
                 "--filter", "kind=เมือง", "--language", "th", "--out", out)
    assert result.returncode == 0, result.stderr
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("ชื่อ,ชื่อภาษาไทย")
    assert len(lines) > 1 and all("ญี่ปุ่น" in line for line in lines[1:])
    out = tmp_path / "log.xlsx"
    result = run("export", "--db", demo, "--report", "activities", "--from", "01/01/2562",
                 "--to", "31/12/2562", "--calendar", "buddhist", "--out", out)
    assert result.returncode == 0, result.stderr
    ws = openpyxl.load_workbook(out)["Activities"]
    assert ws["A1"].value.endswith(" B.E.")
    assert all(str(ws.cell(r, 1).value.year) == "2019" for r in range(4, ws.max_row + 1))


@pytest.mark.parametrize("args, message", [
    (["--report", "profile", "--out", "p.xlsx"], "needs --partner"),
    (["--report", "profile", "--partner", "1", "--out", "p.csv"], "several sheets"),
    (["--report", "partners", "--out", "p.pdf"], ".xlsx or .csv"),
    (["--report", "partners", "--filter", "colour=red", "--out", "p.xlsx"], "KEY one of"),
    (["--report", "partners", "--filter", "country=Narnia", "--out", "p.xlsx"],
     "not a country"),
    (["--report", "activities", "--from", "31/02/2020", "--out", "p.xlsx"], "--from"),
    (["--report", "partners", "--from", "2020", "--out", "p.xlsx"], "--from/--to apply"),
    (["--report", "profile", "--partner", "999", "--out", "p.xlsx"], "no partner with id 999"),
])
def test_export_bad_input(demo, tmp_path, args, message):
    args = [str(tmp_path / a) if a.startswith("p.") else a for a in args]
    line = assert_one_error_line(run("export", "--db", demo, *args))
    assert message in line
    assert list(tmp_path.iterdir()) == []


def test_export_to_a_missing_folder(demo, tmp_path):
    line = assert_one_error_line(run("export", "--db", demo, "--report", "partners",
                                     "--out", tmp_path / "nope" / "p.xlsx"))
    assert "does not exist" in line


def test_import_round_trip_dry_run_and_undo(demo, demo_copy, tmp_path):
    out = tmp_path / "agreements.xlsx"
    assert run("export", "--db", demo, "--report", "agreements", "--out", out).returncode == 0
    ws_rows = openpyxl.load_workbook(out)["Agreements"].max_row
    empty = demo_copy  # the partners the agreements name, without the agreements
    with Database.open(empty) as db, db.transaction():
        db.conn.execute("DELETE FROM agreements")
    before = snapshot(empty)
    result = run("import", "--db", empty, out, "--type", "agreements", "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "Dry run: 27 created" in result.stdout
    assert snapshot(empty) == before
    result = run("import", "--db", empty, out, "--type", "agreements")
    assert result.returncode == 0, result.stderr
    assert "Imported: 27 created" in result.stdout
    assert snapshot(empty)[0]["agreements"] == ws_rows - 3
    batch = result.stdout.split("(batch ")[1].split(")")[0]
    listed = run("undo-import", "--db", empty, "--list")
    assert batch in listed.stdout
    undone = run("undo-import", "--db", empty)
    assert undone.returncode == 0, undone.stderr
    assert f"Undid {batch}: 27 records deleted" in undone.stdout
    assert snapshot(empty)[0] == before[0] | {"audit_entries": snapshot(empty)[0][
        "audit_entries"]}
    again = assert_one_error_line(run("undo-import", "--db", empty))
    assert "no import to undo" in again


def test_import_reports_row_problems_and_changes_nothing(demo_copy, tmp_path):
    path = tmp_path / "partners.csv"
    path.write_text("Name,Country,Kind,Latitude\n"
                    "Atlantis,Narnia,city,1\n"
                    "Osaka,Japan,city,north\n"
                    ",Japan,city,\n"
                    "Kyoto,Japan,city,35\n", encoding="utf-8")
    before = snapshot(demo_copy)
    result = run("import", "--db", demo_copy, path, "--type", "partners")
    assert result.returncode == 1
    assert "Row 2, Country (B): 'Narnia' is not a country" in result.stdout
    assert "Row 3, Latitude (D): 'north' is not a number" in result.stdout
    assert "Row 4, Name (A): The English name is required." in result.stdout
    assert "Row 5" not in result.stdout
    assert result.stderr.strip() == "error: problems in 3 row(s); nothing was imported."
    assert snapshot(demo_copy) == before


def test_import_duplicates_and_mapping(demo_copy, tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("Town,Land,Remarks\nseoul,South Korea,updated by import\n"
                    "Gwangju,KR,new\n", encoding="utf-8")
    mapping = json.dumps({"Town": "name_en", "Land": "country", "Remarks": "notes"})
    result = run("import", "--db", demo_copy, path, "--type", "partners", "--mapping",
                 mapping, "--on-duplicate", "skip")
    assert result.returncode == 0, result.stderr
    assert "Row 2: update existing Seoul" in result.stdout and "→ skip" in result.stdout
    assert "1 created, 0 updated, 0 unchanged, 1 skipped" in result.stdout
    mapping_file = tmp_path / "mapping.json"
    mapping_file.write_text(mapping, encoding="utf-8")
    path.write_text("Town,Land,Remarks\nSeoul,South Korea,updated by import\n",
                    encoding="utf-8")
    result = run("import", "--db", demo_copy, path, "--type", "partners", "--mapping",
                 mapping_file)
    assert result.returncode == 0, result.stderr
    assert "update existing (Notes)" in result.stdout


SISTER_CITIES = ("Name,Country,Kind,Tie type,Year signed,Participants\n"
                 "Kobe,Japan,city,sister city,2549,12\n"
                 "Lyon,France,city,sister city,1999,30\n")


def test_an_import_leaves_out_the_sheets_totals_row(tmp_path):
    register = tmp_path / "register.db"
    assert run("init", "--db", register).returncode == 0
    path = tmp_path / "sister.csv"
    path.write_text(SISTER_CITIES + "Total,,,,,42\n", encoding="utf-8")
    result = run("import", "--db", register, path, "--type", "partners")
    assert result.returncode == 0, result.stdout + result.stderr
    assert ("Row 4, Name (A) (note): “Total” looks like a totals row, not a record: left "
            "out of the import") in result.stdout.splitlines()
    assert "Imported: 2 created, 0 updated, 0 unchanged, 1 skipped" in result.stdout
    assert snapshot(register)[0]["partners"] == 2


def test_undo_import_lists_a_sister_city_list_by_what_it_imported(tmp_path):
    register = tmp_path / "register.db"
    assert run("init", "--db", register).returncode == 0
    path = tmp_path / "sister.csv"
    path.write_text(SISTER_CITIES, encoding="utf-8")
    done = run("import", "--db", register, path, "--type", "partners")
    assert done.returncode == 0, done.stderr
    batch = done.stdout.split("(batch ")[1].split(")")[0]
    listed = run("undo-import", "--db", register, "--list")
    [line] = listed.stdout.splitlines()
    assert line.split("\t")[::3] == [batch, "partners"]
    assert line.split("\t")[4] == "2 partners created, 2 agreements created"
    undone = run("undo-import", "--db", register)
    assert undone.stdout.strip() == (f"Undid {batch}: 4 records deleted, 0 restored to what "
                                     "they were before.")
    listed = run("undo-import", "--db", register, "--list")
    assert listed.stdout.rstrip("\n").endswith("\t2 partners created, 2 agreements created "
                                                "(undone)")


@pytest.mark.parametrize("content, args, message", [
    (b"", [], "is empty (0 bytes)"),
    (b"Colour,Size\nred,big\n", [], "none of the columns (Colour, Size)"),
    (b"Name\nOsaka\n", ["--mapping", "{not json"], "--mapping is not JSON"),
    (b"Name\nOsaka\n", ["--mapping", '{"Name": "colour"}'], "not a partner field"),
])
def test_import_bad_files(demo_copy, tmp_path, content, args, message):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    before = snapshot(demo_copy)
    result = run("import", "--db", demo_copy, path, "--type", "partners", *args)
    assert result.returncode != 0
    assert message in result.stdout + result.stderr
    assert snapshot(demo_copy) == before


def test_import_missing_file(demo_copy, tmp_path):
    line = assert_one_error_line(run("import", "--db", demo_copy, tmp_path / "none.xlsx",
                                     "--type", "partners"))
    assert "does not exist" in line


def test_import_refuses_a_western_windows_csv_saying_how_to_save_it(demo_copy, tmp_path):
    path = tmp_path / "europe.csv"
    path.write_bytes("Name,Country\nZürich,Switzerland\n".encode("cp1252"))
    before = snapshot(demo_copy)
    line = assert_one_error_line(run("import", "--db", demo_copy, path, "--type", "partners"))
    assert line.startswith("error: europe.csv is not saved as UTF-8 or Thai text")
    assert "row 2, column A" in line and "“CSV UTF-8 (Comma delimited) (*.csv)”" in line
    assert "--mapping" not in line
    assert snapshot(demo_copy) == before


def test_import_names_the_cell_of_a_stray_byte_and_stores_no_mojibake(demo_copy, tmp_path):
    path = tmp_path / "thai.csv"
    path.write_bytes("Name,Thai name,Country\nRama City,รามา,Thailand\nKhon Kaen,ขอนแก่น,"
                     "Thailand\n".encode().replace(b"Khon", b"Kh\xe9n"))
    before = snapshot(demo_copy)
    result = run("import", "--db", demo_copy, path, "--type", "partners")
    assert result.returncode == 1
    assert ("Row 3, Name (A): has bytes that are not UTF-8 text (shown as \ufffd): "
            "“Kh\ufffdn Kaen”") in result.stdout
    assert "เธ" not in result.stdout  # no Thai read through the wrong code page
    assert result.stderr.strip() == "error: problems in 1 row(s); nothing was imported."
    assert snapshot(demo_copy) == before


def test_import_refuses_a_hostile_workbook_in_one_line(demo_copy, tmp_path):
    path = workbook(tmp_path / "rows.xlsx", row(2, "Osaka", "Japan")
                    + row("99999999999999999999", "Kyoto", "Japan"))
    before = snapshot(demo_copy)
    line = assert_one_error_line(run("import", "--db", demo_copy, path, "--type", "partners"))
    assert "declares row 99999999999999999999, beyond Excel's limit" in line
    assert snapshot(demo_copy) == before


def test_import_reports_a_long_run_of_empty_rows_once(demo_copy, tmp_path):
    path = workbook(tmp_path / "gap.xlsx", row(2, "Nagoya", "Japan")
                    + row(500_000, "Sapporo", "Japan"))
    result = run("import", "--db", demo_copy, path, "--type", "partners", "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "Rows 3–499999: empty, skipped." in result.stdout
    assert len(result.stdout.splitlines()) < 10
    assert "Dry run: 2 created" in result.stdout
