"""Imports of the sheets officers keep as they are: Thai and English headers written in
their own words, Buddhist-Era dates as typed, countries and labels in either language (or
both), formulas with no value, near-duplicates inside one file, and a sister-city list that
brings its ties along."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest
import thai_catalogue
from PySide6.QtCore import QTranslator

from bkk_relations.core.excel import values
from bkk_relations.core.excel.columns import match_scored
from bkk_relations.core.imports.batches import undo_import
from bkk_relations.core.imports.run import plan_import, run_import
from bkk_relations.core.messages import render
from bkk_relations.core.records.models import Agreement, Partner
from bkk_relations.core.records.repository import Query

TITLE = "ทะเบียนเมืองพี่เมืองน้องของกรุงเทพมหานคร"
THAI_HEADERS = ["ลำดับ", "ชื่อเมือง (อังกฤษ)", "ชื่อเมือง (ไทย)", "ประเทศ", "สถานะ", "หมายเหตุ"]


def officer_sheet(path: Path, headers: list[str], rows: list[list[object]]) -> Path:
    """A sheet as an office keeps it: a merged Thai title above the header row."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "ทะเบียน"
    ws["A1"] = TITLE
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
    ws.append(headers)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


@pytest.mark.parametrize("headers, entity, expected", [
    (["ลำดับ", "ชื่อเมือง (อังกฤษ)", "ชื่อเมือง (ไทย)", "ประเทศ", "หมายเหตุ"], "partner",
     {1: "name_en", 2: "name_th", 3: "country", 4: "notes"}),
    (["No.", "City (English)", "City (Thai)", "Country"], "partner",
     {1: "name_en", 2: "name_th", 3: "country"}),
    (["1. ชื่อองค์กร", "2. ชื่อย่อ", "3. ประเทศ"], "partner",
     {0: "name_en", 1: "acronym", 2: "country"}),
    (["ชื่อคู่ความร่วมมือ", "Name (TH)"], "partner", {0: "name_en", 1: "name_th"}),
    (["ชื่อเรื่อง", "ประเภทความตกลง", "วันที่ลงนาม", "ชื่อเมือง", "สถานะ"], "agreement",
     {0: "title_en", 1: "agreement_type", 2: "signed_date", 3: "parties", 4: "status"}),
    (["ปี พ.ศ. ที่ลงนาม", "Title (EN)"], "agreement", {0: "signed_date", 1: "title_en"}),
    (["ผู้ลงนาม", "การต่ออายุ", "สาขาความร่วมมือ", "เป้าหมาย SDGs"], "agreement",
     {0: "signatories", 1: "renewal_terms", 2: "sectors", 3: "sdgs"}),
    # The other sheets an office keeps, as its officers head them.
    (["ลำดับ", "เรื่อง (อังกฤษ)", "เรื่อง (ไทย)", "คู่ความร่วมมือ", "วันครบกำหนด", "สถานะ",
      "หน่วยงานที่รับผิดชอบ", "ผลการดำเนินการ", "วันที่แล้วเสร็จ"], "action",
     {1: "title_en", 2: "title_th", 3: "partners", 4: "due_date", 5: "status", 6: "unit",
      7: "result", 8: "done_date"}),
    (["Task", "Task (Thai)", "Deadline", "Responsible", "Partner city"], "action",
     {0: "title_en", 1: "title_th", 2: "due_date", 3: "unit", 4: "partners"}),
    (["ที่", "ชื่อโครงการ", "ชื่อโครงการ (ภาษาไทย)", "เมืองคู่ความร่วมมือ", "ปีที่เริ่ม",
      "ปีที่สิ้นสุด", "งบประมาณ (บาท)", "แหล่งทุน"], "project",
     {1: "title_en", 2: "title_th", 3: "partners", 4: "start_date", 5: "end_date",
      6: "budget", 7: "funding_source"}),
    (["วันที่", "ถึงวันที่", "ชื่อกิจกรรม", "ชื่อกิจกรรม (ไทย)", "จำนวนผู้เข้าร่วม (คน)",
      "ชื่อโครงการ"], "activity",
     {0: "start_date", 1: "end_date", 2: "title_en", 3: "title_th", 4: "participants",
      5: "project"}),
    (["ลำดับ", "ชื่อ-นามสกุล", "ชื่อ-นามสกุล (ไทย)", "หน่วยงาน/องค์กร", "หมายเลขโทรศัพท์",
      "ภาษาที่ใช้"], "contact",
     {1: "name", 2: "name_th", 3: "partner", 4: "phone", 5: "languages"}),
    (["บทเรียน (อังกฤษ)", "บทเรียน (ไทย)", "ขั้นตอน", "วันที่นำร่อง", "วันที่ขยายผล",
      "ปีที่เรียนรู้"], "lesson",
     {0: "title_en", 1: "title_th", 2: "stage", 3: "piloted_date", 4: "scaled_date",
      5: "learned_date"}),
])
def test_headers_are_matched_by_meaning(headers, entity, expected):
    scored = match_scored(entity, headers)
    assert {col: key for col, (key, _) in scored.items()} == expected


def test_each_match_says_how_sure_it_is():
    scored = match_scored("partner", ["Name", "ชื่อเมือง (ไทย)", "ผู้ประสานงาน", "ลำดับ"])
    assert scored[0] == ("name_en", 1.0)  # the field's own title
    assert scored[1][0] == "name_th" and 0.5 <= scored[1][1] < 1.0  # read by meaning
    assert 2 not in scored and 3 not in scored  # a contact person, a sequence number


def test_a_merged_thai_title_above_thai_headers(reg, tmp_path):
    path = officer_sheet(tmp_path / "cities.xlsx", THAI_HEADERS,
                         [[1, "Kobe", "โกเบ", "Japan", None, None]])
    with plan_import(reg, str(path), "partners") as plan:
        assert plan.sheet.header_row == 2
        assert plan.ok, [str(p) for p in plan.problems]
        assert set(plan.mapping.values()) == {"name_en", "name_th", "country", "status",
                                              "notes"}
        assert plan.confidence[1] < 1.0 and plan.confidence[3] == 1.0
        assert next(plan.values()) == {"name_en": "Kobe", "name_th": "โกเบ", "country": "JP"}


def test_an_officers_follow_up_list_in_thai_imports_whole(reg, repo, tmp_path):
    """Headers in an officer's own words ("เรื่อง (อังกฤษ)", "วันครบกำหนด",
    "หน่วยงานที่รับผิดชอบ"), B.E. dates typed three ways, Thai status labels, an empty row."""
    from bkk_relations.core.records.models import Action, Unit

    seoul = repo.create(Partner(name_en="Seoul", name_th="โซล", country="KR"))
    drainage = repo.create(Unit(name_en="Drainage and Sewerage Department",
                                name_th="สำนักการระบายน้ำ"))
    path = officer_sheet(
        tmp_path / "follow-up.xlsx",
        ["ลำดับ", "เรื่อง (อังกฤษ)", "เรื่อง (ไทย)", "คู่ความร่วมมือ", "วันครบกำหนด", "สถานะ",
         "หน่วยงานที่รับผิดชอบ", "วันที่แล้วเสร็จ"],
        [[1, "Send the flood study", "ส่งผลการศึกษาน้ำท่วม", "โซล", "15 ต.ค. 68",
          "ยังไม่ดำเนินการ", "สำนักการระบายน้ำ", None],
         [None] * 8,
         [2, "Thank-you letter", "หนังสือขอบคุณ", "Seoul", "๓๑/๑๒/๒๕๖๘", "ดำเนินการแล้ว", None,
          "พ.ศ. 2568"]])
    with plan_import(reg, str(path), "actions") as plan:
        assert plan.ok, [str(p) for p in plan.problems]
        assert plan.mapping == {1: "title_en", 2: "title_th", 3: "partners", 4: "due_date",
                                5: "status", 6: "unit", 7: "done_date"}
        run_import(reg, plan)
    made = {a.title_th: a for a in reg.records.list(Action).records}
    first, second = made["ส่งผลการศึกษาน้ำท่วม"], made["หนังสือขอบคุณ"]
    assert (first.title_en, first.due_date, first.status, first.unit_id, first.partner_ids) == (
        "Send the flood study", "2025-10-15", "open", drainage.id, [seoul.id])
    assert (second.due_date, second.status, second.done_date) == ("2025-12-31", "done", "2025")


# -- Buddhist-Era dates as typed --------------------------------------------------------------
@pytest.mark.parametrize("typed, stored", [
    ("พ.ศ. 2536", "1993"), ("พ.ศ.2536", "1993"), ("B.E. 2536", "1993"), ("ปี 2536", "1993"),
    ("ปี พ.ศ. 2536", "1993"), ("2536 B.E.", "1993"), ("พ.ศ. ๒๕๓๖", "1993"),
    ("ค.ศ. 1993", "1993"), ("มิ.ย. 66", "2023-06"), ("มิ.ย.66", "2023-06"),
    ("5 เม.ย. 55", "2012-04-05"), ("19 มิ.ย. พ.ศ. 49", "2006-06-19"),
])
def test_buddhist_era_dates_as_typed(typed, stored):
    assert values.parse_date(typed) == stored


def test_only_what_can_be_told_is_read_as_a_date():
    assert values.parse_date("ปี 2566") == "2023"
    assert values.parse_date("ก.ค. 66") == "2023-07"  # after a Thai month: B.E. 2566
    for typed in ("ปีงบประมาณ 2566", "ค.ศ. 2536", "Jul 66"):  # a fiscal year; no era told
        with pytest.raises(ValueError):
            values.parse_date(typed)


def _plan_notes(plan) -> list[str]:
    return [str(n) for r in plan.rows for n in r.notes]


def test_a_date_cell_holding_a_buddhist_era_year_is_read_with_a_note(reg, tmp_path):
    path = officer_sheet(tmp_path / "visits.xlsx", ["ชื่อกิจกรรม", "วันที่"],
                         [["Study visit", dt.date(2549, 6, 19)], ["Forum", "พ.ศ. 2550"]])
    with plan_import(reg, str(path), "activities") as plan:
        assert plan.ok, [str(p) for p in plan.problems]
        assert [v["start_date"] for v in plan.values()] == ["2006-06-19", "2007"]
        assert _plan_notes(plan) == [
            "Row 3, วันที่ (B): the date cell holds 2549-06-19, a Buddhist-Era year: read as "
            "2006-06-19"]


# -- nothing dropped silently -----------------------------------------------------------------
def _as_libreoffice_saves_it(path: Path) -> None:
    """The formula cell as LibreOffice re-saves it: computed, to an error."""
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    formula = "".join(f"&#{ord(c)};" for c in "ติดตามผล")
    assert f"<f>{formula}</f><v></v>" in sheet
    sheet = sheet.replace(f'<c r="F3"><f>{formula}</f><v></v>',
                          '<c r="F3" t="e"><f aca="false">ติดตามผล</f><v>#NAME?</v>')
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)


@pytest.mark.parametrize("resaved", [False, True])
def test_a_formula_with_no_value_is_kept_as_text_with_a_note(reg, tmp_path, resaved):
    path = officer_sheet(tmp_path / "cities.xlsx", THAI_HEADERS,
                         [[1, "Kobe", "โกเบ", "Japan", None, "=ติดตามผล"]])
    if resaved:
        _as_libreoffice_saves_it(path)
    with plan_import(reg, str(path), "partners") as plan:
        assert plan.ok
        assert next(plan.values())["notes"] == "ติดตามผล"
        gives = ", which gives #NAME?" if resaved else " with no value"
        assert _plan_notes(plan) == [f"Row 3, หมายเหตุ (F): the cell holds the formula "
                                     f"=ติดตามผล{gives}: its text was kept as “ติดตามผล”"]


# -- countries and labels as people write them ------------------------------------------------
@pytest.mark.parametrize("written, code", [
    ("Korea (South)", "KR"), ("Korea, South", "KR"), ("Korea (North)", "KP"),
    ("ญี่ปุ่น (Japan)", "JP"), ("Japan / ญี่ปุ่น", "JP"), ("ฝรั่งเศส (France)", "FR"),
])
def test_countries_as_people_write_them(written, code):
    assert values.parse_country(written) == code


def test_a_cell_in_both_languages_must_name_one_country():
    assert values.parse_country("ญี่ปุ่น (Japan)") == "JP"
    with pytest.raises(ValueError, match="is not a country we know"):
        values.parse_country("Japan (France)")


@pytest.mark.parametrize("vocab, written, key", [
    ("PARTNER_STATUSES", "ใช้งาน", "active"), ("PARTNER_STATUSES", "ยุติแล้ว", "ended"),
    ("AGREEMENT_STATUSES", "ลงนามแล้ว", "active"), ("AGREEMENT_STATUSES", "มีผล", "active"),
    ("AGREEMENT_TYPES", "เมืองพี่เมืองน้อง", "sister_city"),
    ("AGREEMENT_TYPES", "เมืองมิตรภาพ", "friendship_city"),
])
def test_thai_labels_as_officers_write_them(vocab, written, key):
    assert values.parse_vocab(vocab, written) == key


@pytest.fixture(scope="module")
def thai(tmp_path_factory):
    catalogue = QTranslator()
    assert catalogue.load(str(thai_catalogue.build(tmp_path_factory.mktemp("i18n"))[0]))
    return lambda context, text: catalogue.translate(context, text) or text


def test_notes_and_refusals_read_in_thai(reg, tmp_path, thai):
    path = officer_sheet(tmp_path / "cities.xlsx", THAI_HEADERS,
                         [[1, "Kobe", "โกเบ", "ญี่ปุ่น (Japan)", "พักไว้", "=ติดตามผล"]])
    with plan_import(reg, str(path), "partners") as plan:
        [note] = [n for r in plan.rows for n in r.notes]
        [problem] = plan.problems
    assert note.text("th", thai) == ("แถว 3, หมายเหตุ (F): เซลล์มีสูตร =ติดตามผล ที่ไม่มีค่า: "
                                     "เก็บข้อความไว้เป็น “ติดตามผล”")
    assert problem.text("th", thai).endswith(
        "'พักไว้' ไม่ตรงกับค่าใดต่อไปนี้: ดำเนินการอยู่; ไม่มีความเคลื่อนไหว; สิ้นสุดแล้ว")


# -- duplicates inside one file, by meaning ---------------------------------------------------
def test_rows_of_one_file_alike_by_meaning_are_flagged_against_each_other(reg, tmp_path):
    path = officer_sheet(tmp_path / "cities.xlsx", THAI_HEADERS, [
        [1, "Busan", "ปูซาน", "Korea (South)", None, None],
        [2, "Pusan", "ปูซาน", "เกาหลีใต้", None, None],  # the same Thai name and country
        [3, "Chiengmai", None, "Thailand", None, None],
        [4, "Chiang Mai", None, "ไทย", None, None],  # another romanisation
        [5, "Lyon", None, "France", None, None],
        [6, "Perth", "เพิร์ท", "Australia", None, None],
        [7, "Perth", "เพิร์ท", "United Kingdom", None, None],  # another country: another city
    ])
    with plan_import(reg, str(path), "partners") as plan:
        assert plan.ok
        flagged = {r.row: [(n.code, n.params["row"]) for n in r.notes] for r in plan.rows}
        statuses = [r.status for r in plan.rows]
    like = "import.note.like_row"
    assert flagged == {3: [(like, 4)], 4: [(like, 3)], 5: [(like, 6)], 6: [(like, 5)],
                       7: [], 8: [], 9: []}
    assert statuses == ["duplicate"] * 4 + ["new"] * 3


# -- a sister-city list in one step -----------------------------------------------------------
SISTER_HEADERS = ["ลำดับ", "ชื่อเมือง (อังกฤษ)", "ชื่อเมือง (ไทย)", "ประเทศ",
                  "ประเภทความสัมพันธ์", "ปีที่ลงนาม"]


def _ties(repo, partner_id: int) -> list[tuple[str, str | None]]:
    return sorted((a.agreement_type, a.signed_date) for a in repo.list(Agreement).records
                  if partner_id in a.party_ids)


def test_a_sister_city_list_brings_each_partners_tie(reg, repo, make, tmp_path):
    beijing = make.partner(name_en="Beijing", name_th="ปักกิ่ง", country="CN")
    make.agreement(title_en="Sister-city relationship: Bangkok – Beijing",
                   title_th="เมืองพี่เมืองน้อง กรุงเทพฯ – ปักกิ่ง",
                   agreement_type="sister_city", signed_date="1993", party_ids=[beijing.id])
    lyon = make.partner(name_en="Lyon", country="FR")
    make.agreement(title_en="Sister city: Lyon", agreement_type="sister_city",
                   party_ids=[lyon.id])  # recorded without its date
    path = officer_sheet(tmp_path / "sister.xlsx", SISTER_HEADERS, [
        [1, "Beijing", "ปักกิ่ง", "China", "เมืองพี่เมืองน้อง", "พ.ศ. 2536"],
        [2, "Kobe", "โกเบ", "ญี่ปุ่น (Japan)", "เมืองพี่เมืองน้อง", "ปี 2560"],
        [3, "Lyon", None, "France", "Sister city", 2542],
        [4, "Perth", None, "Australia", "MOU", None],
    ])
    with plan_import(reg, str(path), "partners") as plan:
        assert plan.ok, [str(p) for p in plan.problems]
        notes = {r.row: [n.code for n in r.notes] for r in plan.rows}
        assert notes == {3: ["import.tie.same"], 4: ["import.tie.new"],
                         5: ["import.tie.date"], 6: ["import.tie.new"]}
        match = plan.rows[0].notes[0].params["match"]  # the recorded tie, in either language
        assert render(match, "th", None).startswith("เมืองพี่เมืองน้อง กรุงเทพฯ – ปักกิ่ง [")
        assert render(match, "en", None).startswith("Sister-city relationship")
        result = run_import(reg, plan)
    assert (result.created, result.ties_created, result.ties_dated) == (2, 2, 1)
    kobe = repo.list(Partner, Query(text="Kobe")).records[0]
    perth = repo.list(Partner, Query(text="Perth")).records[0]
    assert _ties(repo, kobe.id) == [("sister_city", "2017")]  # the year alone, as known
    assert _ties(repo, perth.id) == [("mou", None)]
    assert _ties(repo, beijing.id) == [("sister_city", "1993")]  # matched, not repeated
    assert _ties(repo, lyon.id) == [("sister_city", "1999")]  # its missing date filled in
    [agreement] = [a for a in repo.list(Agreement).records if kobe.id in a.party_ids]
    assert agreement.title_en == "Sister city agreement: Bangkok – Kobe"
    assert agreement.title_th == "ข้อตกลงเมืองพี่เมืองน้อง กรุงเทพมหานคร – โกเบ"

    with plan_import(reg, str(path), "partners") as again:  # the same list once more
        assert run_import(reg, again).ties_created == 0
    assert len(repo.list(Agreement).records) == 4

    undo_import(reg, result.batch_id)  # the partners and their ties go together
    assert {p.name_en for p in repo.list(Partner).records} == {"Beijing", "Lyon"}
    assert _ties(repo, lyon.id) == [("sister_city", None)]
    assert len(repo.list(Agreement).records) == 2


def test_a_tie_year_with_no_type_is_a_problem(reg, tmp_path):
    path = officer_sheet(tmp_path / "sister.xlsx", SISTER_HEADERS,
                         [[1, "Kobe", "โกเบ", "Japan", None, "2560"]])
    with plan_import(reg, str(path), "partners") as plan:
        [problem] = plan.problems
    assert str(problem).startswith("Row 3, ปีที่ลงนาม (F): a signing date with no tie type")


# -- more file kinds --------------------------------------------------------------------------
def _cell(value: object) -> str:
    if value is None:
        return "<table:table-cell/>"
    if isinstance(value, int):
        return (f'<table:table-cell office:value-type="float" office:value="{value}">'
                f"<text:p>{value}</text:p></table:table-cell>")
    return (f'<table:table-cell office:value-type="string"><text:p>{value}</text:p>'
            "</table:table-cell>")


def ods(path: Path, rows: list[list[object]]) -> Path:
    """An OpenDocument spreadsheet as LibreOffice writes one, at its smallest."""
    body = "".join("<table:table-row>" + "".join(_cell(v) for v in row) + "</table:table-row>"
                   for row in rows)
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="ทะเบียน">'
        f"{body}</table:table></office:spreadsheet></office:body></office:document-content>")
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>")
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                   compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content)
        z.writestr("META-INF/manifest.xml", manifest)
    return path


def test_an_opendocument_sheet_is_read_like_an_excel_one(reg, tmp_path):
    path = ods(tmp_path / "cities.ods", [
        [TITLE], THAI_HEADERS,
        [1, "Kobe", "โกเบ", "ญี่ปุ่น (Japan)", "ใช้งาน", None],
        [None], [2, "Lyon", None, "France", None, "พ.ศ. 2536"],
    ])
    with plan_import(reg, str(path), "partners") as plan:
        assert plan.file.kind == "ods" and plan.sheet.header_row == 2
        assert plan.ok, [str(p) for p in plan.problems]
        assert [r.status for r in plan.rows] == ["new", "empty", "new"]
        assert [v for v in plan.values() if v] == [
            {"name_en": "Kobe", "name_th": "โกเบ", "country": "JP", "status": "active"},
            {"name_en": "Lyon", "country": "FR", "notes": "พ.ศ. 2536"}]


def test_a_sheet_that_starts_below_empty_rows_keeps_its_row_numbers(reg, tmp_path):
    """Problems name the row the officer sees: empty rows above the table count."""
    path = ods(tmp_path / "low.ods", [
        [None], [None], [None, None, "Name", "Country"], [None, None, "Kobe", "Japan"],
        [None, None, "", "Atlantis"],
    ])
    with plan_import(reg, str(path), "partners") as plan:
        assert plan.sheet.header_row == 3
        assert [r.row for r in plan.rows] == [4, 5]
        assert [str(p) for p in plan.problems][0].startswith("Row 5, Country (D)")


@pytest.mark.parametrize("written, code", [
    ("สปป.ลาว", "LA"), ("สปป. ลาว", "LA"), ("Lao PDR", "LA"), ("ประเทศญี่ปุ่น", "JP"),
    ("สาธารณรัฐประชาชนจีน", "CN"), ("สาธารณรัฐเกาหลี", "KR"), ("ราชอาณาจักรกัมพูชา", "KH"),
    ("สาธารณรัฐสังคมนิยมเวียดนาม", "VN"), ("สหรัฐฯ", "US"), ("U.S.A.", "US"), ("U.K.", "GB"),
    ("P.R. China", "CN"), ("Hong Kong SAR", "HK"), ("UAE", "AE"), ("ประเทศไทย", "TH"),
    # a state's form before a name that alone is another state's
    ("สาธารณรัฐประชาธิปไตยประชาชนเกาหลี", "KP"), ("สาธารณรัฐจีน", "TW"),
])
def test_countries_in_their_official_thai_forms_and_abbreviations(written, code):
    assert values.parse_country(written) == code


def test_a_country_not_understood_is_said_once(reg, tmp_path):
    """The row names the country it cannot read; "a city needs its country" would only
    repeat that."""
    path = officer_sheet(tmp_path / "atlantis.xlsx", ["ชื่อเมือง (อังกฤษ)", "ประเทศ"],
                         [["Vientiane", "Atlantis"]])
    with plan_import(reg, str(path), "partners") as plan:
        assert [p.code for p in plan.problems] == ["value.country"]


def test_formula_results_a_program_left_for_excel_are_not_taken_as_values(reg, tmp_path):
    """A sheet written by a program (XlsxWriter saves 0 as every formula's result and asks
    Excel to compute them on opening) keeps each formula's text with its note, never "0"."""
    import xlsxwriter

    path = tmp_path / "exported.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("รายชื่อ")
    ws.write_row(0, 0, ["Name", "Country", "Code", "Notes"])
    ws.write_row(1, 0, ["Kobe", "Japan", "JP"])
    ws.write_formula(1, 3, '=A2&" ("&C2&")"')
    ws.write_row(2, 0, ["Lyon", "France", "FR", "typed by hand"])
    ws.write_formula(3, 0, '=TRIM("  Nara  ")', None, "Nara")  # results the program gave
    ws.write_row(3, 1, ["Japan", "JP"])
    ws.write_formula(3, 3, '="since "&(2556-543)', None, "since 2013")
    wb.close()
    with plan_import(reg, str(path), "partners") as plan:
        assert plan.ok, [str(p) for p in plan.problems]
        values = list(plan.values())
        assert [v.get("notes") for v in values] == ['A2&" ("&C2&")"', "typed by hand",
                                                   "since 2013"]
        assert values[2]["name_en"] == "Nara"
        assert [p.code for p in plan.rows[0].notes] == ["import.note.formula"]


def test_a_partner_named_alike_in_both_languages_is_flagged_though_its_country_changed(
        reg, make, tmp_path):
    """An officer corrects a partner's country in the sheet and imports it again: the row is
    a possible duplicate of the partner (same English and Thai name), never silently new."""
    hanoi = make.partner(name_en="Hanoi", name_th="ฮานอย", country="VN")
    make.partner(name_en="San Jose", name_th="ซานโฮเซ", country="CR")
    path = officer_sheet(tmp_path / "corrected.xlsx",
                         ["ชื่อเมือง (อังกฤษ)", "ชื่อเมือง (ไทย)", "ประเทศ"],
                         [["Hanoi", "ฮานอย", "ลาว"], ["San Jose", "", "สหรัฐอเมริกา"]])
    with plan_import(reg, str(path), "partners") as plan:
        assert [(r.status, r.match_id) for r in plan.rows] == [("duplicate", hanoi.id),
                                                              ("new", None)]


def test_names_with_other_numbers_are_not_taken_for_each_other():
    """"Testtown 1" and "Testtown 11" sound alike once repeated letters are folded, but they
    are two places; another romanisation still is the same one."""
    from bkk_relations.core.imports.match import Duplicates, alike

    assert not alike("Testtown 1", "Testtown 11") and not alike("Route 66", "Route 6")
    assert alike("Chiengmai", "Chiang Mai") and alike("District 7", "district 7 ")
    dups = Duplicates(None, "partner")
    dups.add(1, "Testtown 1", "TH", None)
    assert dups.find("Testtown 11", "TH") is None
    assert dups.find("Testown 1", "TH") == ("duplicate", 1)


def test_a_formula_that_is_only_a_quoted_text_is_that_text(reg, tmp_path):
    """="Sendai" saved without its value (openpyxl, scripts) is the name Sendai, as Excel
    shows it, not "Sendai" with its quotes; the note still says a formula was read."""
    path = officer_sheet(tmp_path / "f.xlsx", ["Name", "Country", "Notes"],
                         [['="Sendai"', "Japan", '="say ""hello"""']])
    with plan_import(reg, str(path), "partners") as plan:
        assert next(plan.values()) == {"name_en": "Sendai", "country": "JP",
                                       "notes": 'say "hello"'}
        assert [n.code for n in plan.rows[0].notes] == ["import.note.formula"] * 2


def test_a_thai_name_typed_in_the_english_name_column_meets_the_record_it_names(reg, repo,
                                                                                tmp_path):
    beijing = repo.create(Partner(name_en="Beijing", name_th="ปักกิ่ง", country="CN"))
    path = officer_sheet(tmp_path / "th.xlsx", ["ชื่อ", "ประเทศ"], [["ปักกิ่ง", "จีน"]])
    with plan_import(reg, str(path), "partners") as plan:
        [row] = plan.rows
        assert (row.status, row.match_id, row.action) == ("duplicate", beijing.id, "create")


def test_a_date_in_a_text_column_is_kept_as_text_and_said(reg, tmp_path):
    """A phone number the spreadsheet turned into a date is stored as the date's text, and
    the preview says so, so that the officer looks at the cell."""
    path = officer_sheet(tmp_path / "contacts.xlsx", ["Name", "Phone", "E-mail"],
                         [["Kim Min-ji", dt.datetime(2024, 1, 1), "kim@example.org"]])
    with plan_import(reg, str(path), "contacts") as plan:
        assert next(plan.values())["phone"] == "2024-01-01"
        assert [str(n) for n in plan.rows[0].notes] == [
            "Row 3, Phone (B): the cell holds a date, kept as the text 2024-01-01: if something "
            "else was typed there (a phone number, a code), the spreadsheet turned it into a "
            "date"]


def test_a_tie_whose_date_cannot_be_read_is_not_promised(reg, tmp_path):
    """The row's problem says the date cannot be read; no note beside it says a tie will
    be made (signed "—"), which the import would not do."""
    path = officer_sheet(tmp_path / "sister.xlsx", SISTER_HEADERS, [
        [1, "Kobe", "โกเบ", "Japan", "เมืองพี่เมืองน้อง", "ปี 2560"],
        [2, "Nagoya", None, "Japan", "เมืองพี่เมืองน้อง", "31/31/2560"],
    ])
    with plan_import(reg, str(path), "partners") as plan:
        notes = {r.row: [n.code for n in r.notes] for r in plan.rows}
        problems = {r.row: [p.column for p in r.problems] for r in plan.rows}
    assert notes[3] == ["import.tie.new"]
    assert notes[4] == [] and len(problems[4]) == 1 and "ปีที่ลงนาม" in str(problems[4][0])
