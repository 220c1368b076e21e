"""``import`` on a sheet as an office keeps it, run as a user runs it: a merged Thai title,
Thai headers, Buddhist-Era years typed several ways, a blank row, countries in either
language, near-duplicates and a formula with no value — the report says what each column
was taken for (and how sure that is) and what was read from each cell."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest
from conftest import run_cli

HEADERS = ["ลำดับ", "ชื่อเมือง (อังกฤษ)", "ชื่อเมือง (ไทย)", "ประเทศ", "สถานะ", "หมายเหตุ"]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("office") / "demo.db"
    assert run_cli("demo", "--db", path).returncode == 0
    return path


@pytest.fixture
def db(demo: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "copy.db"
    shutil.copy(demo, copy)
    return copy


def sheet(path: Path, headers: list[str], rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "ทะเบียนคู่ความร่วมมือ"
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
    ws.append(headers)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_thai_headers_are_reported_with_how_sure_each_match_is(db, tmp_path):
    path = sheet(tmp_path / "cities.xlsx", HEADERS,
                 [[1, "Kobe", "โกเบ", "Japan", None, None]])
    result = run_cli("import", "--db", db, "--type", "partner", path, "--dry-run")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "(header on row 2)" in result.stdout
    assert "ชื่อเมือง (อังกฤษ) → Name (90%)" in result.stdout
    assert "ประเทศ → Country (100%)" in result.stdout
    assert "ignored: ลำดับ" in result.stdout
