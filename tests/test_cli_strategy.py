"""framework, strategy and review, run as a user runs them (subprocesses, file and server)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from test_cli import assert_one_error_line, run
from test_cli_excel import demo_copy  # noqa: F401 - the fixture, shared


@pytest.fixture(scope="module")
def demo(cli_demo: str | Path) -> str | Path:
    return cli_demo


def test_framework_list_names_the_shipped_frameworks(demo):
    r = run("framework", "--db", demo, "list")
    assert r.returncode == 0, r.stderr
    assert "Governor's policy: nine dimensions (bkk_nine_dimensions)\t9" in r.stdout
    assert "(sdgs)\t17" in r.stdout


def test_framework_import_then_export(demo_copy, tmp_path):  # noqa: F811
    sheet = tmp_path / "plan.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["รหัส", "รหัสเป้าหมายหลัก", "ชื่อภาษาอังกฤษ", "ชื่อภาษาไทย"])
    wb.active.append(["18", None, "Liveable city", "เมืองน่าอยู่"])
    wb.active.append(["18.1", "18", "Waste", "ขยะ"])
    wb.save(sheet)
    r = run("framework", "--db", demo_copy, "import", sheet, "--framework", "sdgs")
    assert r.returncode == 0, r.stderr
    assert "2 goals added, 0 updated" in r.stdout and "undo-import import-" in r.stdout
    out = tmp_path / "sdgs.xlsx"
    r = run("framework", "--db", demo_copy, "export", out, "--framework", "sdgs")
    assert r.returncode == 0 and "Wrote the 19 goals" in r.stdout
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert ("18.1", "18", "Waste", "ขยะ") in [r[:4] for r in rows]


def test_a_bad_framework_sheet_is_refused_with_its_rows(demo_copy, tmp_path):  # noqa: F811
    sheet = tmp_path / "bad.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Code", "Parent code", "English"])
    wb.active.append(["1", "77", "Orphan"])
    wb.save(sheet)
    r = run("framework", "--db", demo_copy, "import", sheet, "--framework",
            "bkk_nine_dimensions")
    assert r.returncode == 1
    assert "row 2: parent code 77" in assert_one_error_line(r)


def test_strategy_workbook_in_thai(demo, tmp_path):
    out = tmp_path / "s.xlsx"
    r = run("strategy", "--db", demo, "--framework", "นโยบาย 9 ดี 9 ด้าน", "--year", "2567",
            "--language", "th", "--by", "unit", "--out", out)
    assert r.returncode == 0, r.stderr
    assert "9 goals" in r.stdout
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["รายหน่วยงาน", "รายเป้าหมาย"]
    names = [row[1] for row in wb["รายเป้าหมาย"].iter_rows(min_row=4, values_only=True)]
    assert names[:2] == ["ปลอดภัยดี — ไม่มีความร่วมมือ", "โปร่งใสดี — ไม่มีความร่วมมือ"]


def test_review_and_bad_input(demo, tmp_path):
    out = tmp_path / "r.xlsx"
    r = run("review", "--db", demo, "--year", "2567", "--out", out)
    assert r.returncode == 0, r.stderr
    assert "year in review 2024" in r.stdout
    assert "Summary" in openpyxl.load_workbook(out).sheetnames
    r = run("strategy", "--db", demo, "--framework", "no such plan", "--out", out)
    assert r.returncode == 1
    assert "No framework is called 'no such plan'" in assert_one_error_line(r)
