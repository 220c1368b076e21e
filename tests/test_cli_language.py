"""``--language th``: the command line prints the problems and errors the core reports in
Thai, read from the app's Qt catalogue with QtCore alone (a process of its own, no window)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
import thai_catalogue
from conftest import ROOT

from bkk_relations.core.register import Register

# The command line, with its catalogue taken from the one compiled for the test (the
# committed one holds the Thai of the messages once the pending lists are merged).
_RUN = """
import sys
from pathlib import Path
from bkk_relations.cli import language
language.resource = lambda *parts: Path(sys.argv[1])
from bkk_relations.cli.commands import main
sys.exit(main(sys.argv[2:]))
"""


@pytest.fixture(scope="module")
def qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    compiled, missing = thai_catalogue.build(tmp_path_factory.mktemp("i18n"))
    assert missing == []
    return compiled


def cli(qm: Path, *args: object) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONUTF8": "1"}
    return subprocess.run([sys.executable, "-c", _RUN, str(qm), *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, encoding="utf-8", env=env,
                          timeout=300)


@pytest.fixture
def register(tmp_path: Path) -> Path:
    path = tmp_path / "register.db"
    Register.create(path).close()
    return path


def test_an_imports_problems_print_in_thai(qm, register, tmp_path):
    rows = tmp_path / "partners.csv"
    rows.write_text("Name,Country,Kind\nSeoul,Atlantis,City\n,JP,village\n", encoding="utf-8")
    thai = cli(qm, "--language", "th", "import", "--db", register, rows, "--type", "partners")
    assert thai.returncode == 1
    lines = thai.stdout.splitlines()
    assert "แถว 2, Country (B): 'Atlantis' ไม่ใช่ประเทศที่รู้จัก โปรดเขียนชื่อภาษาอังกฤษหรือ" \
           "ภาษาไทย หรือรหัส ISO (เช่น Japan, ญี่ปุ่น, JP)" in lines
    assert "แถว 3, Name (A): ต้องระบุชื่อภาษาอังกฤษ" in lines
    assert lines[:3] == ["กำลังอ่าน partners.csv (แถวหัวตารางคือแถวที่ 1)",
                         "คอลัมน์: Name → ชื่อ (100%), Country → ประเทศ (100%), Kind → ลักษณะ (100%)",
                         "2 แถว ใหม่ 2 แถว ปรับปรุงรายการเดิม 0 แถว อาจซ้ำ 0 แถว, มีปัญหา 2 แถว"]
    assert thai.stderr.strip() == "ข้อผิดพลาด: พบปัญหาใน 2 แถว จึงไม่ได้นำเข้าข้อมูลใดเลย"
    english = cli(qm, "import", "--db", register, rows, "--type", "partners")
    assert "Row 3, Name (A): The English name is required." in english.stdout.splitlines()
    assert "ต้องระบุ" not in english.stdout
    assert english.stderr.strip() == "error: problems in 2 row(s); nothing was imported."


def test_a_refused_command_says_why_in_thai(qm, register, tmp_path):
    undo = cli(qm, "--language", "th", "undo-import", "--db", register, "--batch", "nope")
    assert undo.returncode == 1
    assert undo.stderr.strip() == "ข้อผิดพลาด: 'nope' ไม่ใช่การนำเข้า ยกเลิกได้เฉพาะการนำเข้าเท่านั้น"
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    refused = cli(qm, "--language", "th", "import", "--db", register, empty, "--type",
                  "partners")
    assert refused.stderr.strip() == "ข้อผิดพลาด: empty.csv ว่างเปล่า (0 ไบต์) ไม่มีข้อมูลให้นำเข้า"
    missing = cli(qm, "--language", "th", "stats", "--db", tmp_path / "none.db")
    assert (missing.returncode, missing.stderr.strip()) == (
        2, f"ข้อผิดพลาด: ไม่พบ {tmp_path / 'none.db'}")
    no_sheet = cli(qm, "--language", "th", "import", "--db", register, tmp_path / "none.xlsx",
                   "--type", "partners")
    assert (no_sheet.returncode, no_sheet.stderr.strip()) == (
        2, f"ข้อผิดพลาด: ไม่พบ {tmp_path / 'none.xlsx'}")


def test_an_export_follows_the_programs_language(qm, register, tmp_path):
    out = tmp_path / "partners.xlsx"
    done = cli(qm, "--language", "th", "export", "--db", register, "--report", "partners",
               "--out", out)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"เขียน 0 แถว ลงใน {out} แล้ว (รายชื่อคู่ความร่วมมือ)"
    sheet = openpyxl.load_workbook(out, read_only=True).worksheets[0]
    header = next(r for r in sheet.iter_rows(values_only=True) if r and "ชื่อ" in r)
    assert header[:3] == ("ชื่อ", "ชื่อภาษาไทย", "ลักษณะ")  # the columns for paper


def test_a_sister_city_lists_import_and_its_undo_read_in_thai(qm, register, tmp_path):
    rows = tmp_path / "sister.csv"
    rows.write_text("Name,Country,Kind,Tie type,Year signed,Participants\n"
                    "Kobe,Japan,city,sister city,2549,12\nLyon,France,city,sister city,1999,30\n"
                    "รวม:,,,,,42\n", encoding="utf-8")
    done = cli(qm, "--language", "th", "import", "--db", register, rows, "--type", "partners")
    assert done.returncode == 0, done.stdout + done.stderr
    assert ("แถว 4, Name (A) (หมายเหตุ): “รวม:” ดูเหมือนแถวผลรวม ไม่ใช่รายการข้อมูล "
            "จึงไม่นำเข้าแถวนี้") in done.stdout.splitlines()
    batch = done.stdout.split("(ชุด ")[1].split(")")[0]
    listed = cli(qm, "--language", "th", "undo-import", "--db", register, "--list")
    [line] = listed.stdout.splitlines()
    assert line.split("\t")[3:] == [
        "คู่ความร่วมมือ", "สร้างคู่ความร่วมมือใหม่ 2 รายการ, สร้างความตกลงใหม่ 2 รายการ"]
    undone = cli(qm, "--language", "th", "undo-import", "--db", register)
    assert undone.stdout.strip() == f"ยกเลิกการนำเข้า {batch} แล้ว: ลบ 4 รายการ คืนค่าเดิม 0 รายการ"
    listed = cli(qm, "--language", "th", "undo-import", "--db", register, "--list")
    assert listed.stdout.rstrip("\n").endswith(" (ยกเลิกแล้ว)")
    again = cli(qm, "--language", "th", "undo-import", "--db", register)
    assert (again.returncode, again.stderr.strip()) == (
        2, "ข้อผิดพลาด: ไม่มีการนำเข้าที่ยกเลิกได้ในฐานข้อมูลนี้")


def test_a_date_in_a_thai_message_reads_as_a_thai_date(qm, register, tmp_path):
    # "ลงนามเมื่อ 2011-06" read as the stored ISO date in the Thai command line
    rows = tmp_path / "ties.csv"
    rows.write_text("Name,Country,Kind,Tie type,Date signed\n"
                    "Kobe,Japan,city,sister city,2549\nLyon,France,city,friendship,6/2011\n",
                    encoding="utf-8")
    thai = cli(qm, "--language", "th", "import", "--db", register, rows, "--type", "partners",
               "--dry-run")
    assert thai.returncode == 0, thai.stdout + thai.stderr
    notes = [line for line in thai.stdout.splitlines() if "ลงนามเมื่อ" in line]
    assert [n.rsplit("ลงนามเมื่อ ", 1)[1] for n in notes] == ["2549", "มิ.ย. 2554"]
    english = cli(qm, "import", "--db", register, rows, "--type", "partners", "--dry-run")
    assert [n.rsplit("signed ", 1)[1] for n in english.stdout.splitlines()
            if ", signed " in n] == ["2006, is created as well", "2011-06, is created as well"]


def test_the_follow_up_list_and_the_alerts_read_in_thai(qm, tmp_path):
    """An officer's morning check in Thai: Thai titles, Thai dates in the Buddhist Era,
    statuses by their Thai labels; English unchanged."""
    from bkk_relations.core.records.models import Action, Partner

    path = tmp_path / "register.db"
    with Register.create(path) as reg:
        seoul = reg.records.create(Partner(name_en="Seoul", name_th="โซล", country="KR"))
        late = reg.records.create(Action(title_en="Send the flood study",
                                         title_th="ส่งผลการศึกษาน้ำท่วม", due_date="2020-06-15",
                                         partner_ids=[seoul.id]))
    thai = cli(qm, "--language", "th", "actions", "--db", path, "--out", tmp_path / "a.xlsx")
    assert thai.returncode == 0, thai.stderr
    lines = thai.stdout.splitlines()
    assert lines[0] == "เรื่องที่ต้องติดตามซึ่งยังต้องดำเนินการ: 1"
    assert lines[1].startswith(f"  [{late.id}] ส่งผลการศึกษาน้ำท่วม — ครบกำหนด 15 มิ.ย. 2563 "
                               "(เกินกำหนด ")
    assert lines[1].endswith("วัน) [ยังไม่ดำเนินการ] — โซล")  # the partner by its Thai name
    assert lines[2].startswith("เขียน 1 แถว ลงใน ") and "ติดตามเรื่องที่ต้องดำเนินการ" in lines[2]
    alerts = cli(qm, "--language", "th", "alerts", "--db", path).stdout.splitlines()
    assert "คู่ความร่วมมือที่ไม่มีกิจกรรมมา 3 ปี: 1" in alerts
    assert f"  [{seoul.id}] โซล — กิจกรรมล่าสุด ยังไม่เคยบันทึก" in alerts
    assert "เรื่องที่ต้องติดตามซึ่งเกินกำหนด: 1" in alerts
    english = cli(qm, "actions", "--db", path).stdout.splitlines()
    assert english[1].startswith(f"  [{late.id}] Send the flood study — due 2020-06-15 (")
    assert english[1].endswith("days overdue) [Open] — Seoul")


def test_what_the_thai_command_line_wrote_is_said_in_thai(qm, register, tmp_path):
    """A briefing, a calendar and a picture of the graph follow the program's language
    unless their own option says otherwise, and say what they wrote in it."""
    from bkk_relations.core.records.models import Partner

    with Register.open(register) as reg:
        seoul = reg.records.create(Partner(name_en="Seoul", name_th="โซล", country="KR"))
    brief = cli(qm, "--language", "th", "brief", "--db", register, "--partner", seoul.id,
                "--out", tmp_path / "b.docx")
    assert brief.returncode == 0, brief.stderr
    assert brief.stdout.strip().endswith("(ภาษาไทย, ปฏิทินพุทธศักราช)")
    own = cli(qm, "--language", "th", "brief", "--db", register, "--partner", seoul.id,
              "--language", "en", "--out", tmp_path / "b-en.docx")
    assert own.stdout.strip().endswith("(ภาษาอังกฤษ, ปฏิทินคริสต์ศักราช)")
    ics = cli(qm, "--language", "th", "calendar", "--db", register, "--out",
              tmp_path / "c.ics")
    assert ics.stdout.startswith("เขียน ") and "ความตกลงที่จะหมดอายุ 0 ฉบับ" in ics.stdout
    graph = cli(qm, "--language", "th", "graph", "--db", register, "--out",
                tmp_path / "g.xlsx")
    assert graph.returncode == 0, graph.stderr
    assert "1 โหนด, 0 ความเชื่อมโยง" in graph.stdout  # Seoul alone (the city is no node)
    sheets = openpyxl.load_workbook(tmp_path / "g.xlsx", read_only=True).sheetnames
    assert sheets[0] != "Nodes"  # the workbook itself in Thai too
