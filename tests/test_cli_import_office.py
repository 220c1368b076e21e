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


SISTER = ["ลำดับ", "ชื่อเมือง (อังกฤษ)", "ชื่อเมือง (ไทย)", "ประเทศ", "ประเภทความสัมพันธ์",
          "ปีที่ลงนาม", "สถานะ", "หมายเหตุ"]


def test_an_officers_sister_city_list_in_one_step(db, tmp_path):
    path = sheet(tmp_path / "sister.xlsx", SISTER, [
        [1, "Beijing", "ปักกิ่ง", "จีน", "เมืองพี่เมืองน้อง", "พ.ศ. 2536", "ใช้งาน", None],
        [2, "Xiamenx", "เซียะเหมินx", "China", "เมืองมิตรภาพ", "B.E. 2560", None, "=ติดตามผล"],
        [None] * 8,
        [3, "Ulsanx", "อุลซานx", "Korea (South)", "บันทึกความเข้าใจ", "5 เม.ย. 55", None, None],
        [4, "Olsanx", "อุลซานx", "เกาหลีใต้", "MOU", "๒๕๕๕", None, None],
    ])
    dry = run_cli("import", "--db", db, "--type", "partners", path, "--dry-run")
    assert dry.returncode == 0, dry.stdout + dry.stderr
    out = dry.stdout
    assert "ประเภทความสัมพันธ์ → Tie type (100%), ปีที่ลงนาม → Tie signed (100%)" in out
    assert ("Row 3, ประเภทความสัมพันธ์ (E) (note): its agreement (Sister city agreement) is "
            "already recorded: Sister-city relationship: Bangkok – Beijing [2]") in out
    assert ("Row 4, ประเภทความสัมพันธ์ (E) (note): a new agreement (Friendship city "
            "agreement) with the partner, signed 2017, is created as well") in out
    assert ("Row 4, หมายเหตุ (H) (note): the cell holds the formula =ติดตามผล with no value: "
            "its text was kept as “ติดตามผล”") in out
    assert "Row 5: empty, skipped." in out
    assert "Row 6, ชื่อเมือง (อังกฤษ) (B) (note): may be the same as row 7 (Olsanx)" in out
    assert "Row 7, ชื่อเมือง (อังกฤษ) (B) (note): may be the same as row 6 (Ulsanx)" in out

    done = run_cli("import", "--db", db, "--type", "partners", path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Ties (agreements): 3 created, 0 given their signing date." in done.stdout
    again = run_cli("import", "--db", db, "--type", "partners", path, "--dry-run")
    assert "Ties:" not in again.stdout  # every tie is matched now, none made twice
    assert again.stdout.count("is already recorded") == 4
