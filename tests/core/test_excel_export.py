"""Exports: lists as shown and the ready-made reports, opened again with openpyxl to check
what Excel will show — title, bold frozen header, autofilter, widths, real dates and numbers,
Thai text, highlighted rows, the filters sheet — and that no value can run as a formula."""

from __future__ import annotations

import csv
import datetime as dt
import os
import zipfile
from pathlib import Path

import openpyxl
import pytest

from bkk_relations.core.errors import CoreError, NotFoundError
from bkk_relations.core.excel import writer as excel_writer
from bkk_relations.core.excel.export import ExportOptions, export_list, long_date
from bkk_relations.core.excel.reports import export_report
from bkk_relations.core.excel.writer import Cancelled, OutColumn, open_book
from bkk_relations.core.records.models import Agreement
from bkk_relations.core.records.repository import Query

TODAY = dt.date(2024, 3, 1)
EN = ExportOptions(today=TODAY, user="tester")
TH_BE = ExportOptions(language="th", calendar="buddhist", today=TODAY, user="tester")


def header(ws, row: int = 3) -> list[str]:
    return [c.value for c in ws[row] if c.value is not None]


def column(ws, title: str, row: int = 3) -> int:
    return header(ws, row).index(title) + 1


def data_rows(ws) -> list[list[object]]:
    return [[c.value for c in r] for r in ws.iter_rows(min_row=4)]


@pytest.fixture
def sample(repo, make):
    seoul = make.partner(name_en="Seoul", name_th="โซล", country="KR", latitude=37.5665,
                         longitude=126.978, tags=["sister_city"])
    tokyo = make.partner(name_en="Tokyo", name_th="โตเกียว", country="JP")
    make.organisation(name_en="C40 Cities", acronym="C40")
    make.contact(name="Kim Focal", partner_id=seoul.id, email="kim@seoul.example",
                 is_focal_point=True)
    make.agreement(title_en="Seoul sister city", agreement_type="sister_city",
                   party_ids=[seoul.id], signed_date="2006-05-17", expiry_date="2024-04-30",
                   sectors=["culture", "tourism"], sdgs=[11, 17])
    make.agreement(title_en="Tokyo MOU", party_ids=[tokyo.id], signed_date="2013-01",
                   expiry_date="2024-01-15")
    make.agreement(title_en="Old MOU", party_ids=[tokyo.id], signed_date="1997",
                   status="expired", expiry_date="2000")
    make.project(title_en="Clean air", partner_ids=[seoul.id], budget=1250000.5,
                 currency="THB", start_date="2020", sectors=["environment"], sdgs=[3, 11])
    make.activity(title_en="Visit to Seoul", partner_ids=[seoul.id], start_date="2019-06-15",
                  participants=12)
    return {"seoul": seoul, "tokyo": tokyo}


def test_partner_list_layout(repo, sample, tmp_path, reg):
    path = tmp_path / "partners.xlsx"
    result = export_report(reg, "partners", path, options=EN, all_columns=True)
    assert result.rows == 3
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Partners", "Filters"]
    ws = wb["Partners"]
    assert ws["A1"].value == f"Bangkok — Partner list — exported {long_date(TODAY, 'en', 'x')}"
    assert ws["A1"].font.b
    assert header(ws)[:3] == ["Name", "Thai name", "Acronym"]
    assert all(c.font.b for c in ws[3] if c.value)
    assert ws.freeze_panes == "A4"
    assert ws.auto_filter.ref == f"A3:{openpyxl.utils.get_column_letter(len(header(ws)))}6"
    assert ws.column_dimensions["A"].width >= len("C40 Cities")
    assert ws.column_dimensions["Q"].width <= excel_writer.MAX_WIDTH
    rows = {r[0]: r for r in data_rows(ws)}
    seoul = rows["Seoul"]
    assert seoul[column(ws, "Thai name") - 1] == "โซล"
    assert seoul[column(ws, "Country") - 1] == "South Korea"
    assert seoul[column(ws, "Region") - 1] == "East Asia"
    assert seoul[column(ws, "Agreements") - 1] == 1
    assert seoul[column(ws, "Focal point contact") - 1] == "Kim Focal"
    assert seoul[column(ws, "Focal point e-mail") - 1] == "kim@seoul.example"
    assert seoul[column(ws, "Last activity") - 1] == dt.datetime(2019, 6, 15)
    assert isinstance(seoul[column(ws, "Latitude") - 1], float)
    filters = {r[0]: r[1] for r in data_rows(wb["Filters"])}
    assert filters["Report"] == "Partner list"
    assert filters["Exported by"] == "tester"
    assert filters["Filter"] == "none: every record"


def test_dates_are_real_dates_showing_only_what_is_known(repo, sample, tmp_path, reg):
    path = tmp_path / "agreements.xlsx"
    export_report(reg, "agreements", path, options=EN)
    ws = openpyxl.load_workbook(path)["Agreements"]
    signed = column(ws, "Signed")
    cells = {ws.cell(r, 1).value: ws.cell(r, signed) for r in range(4, ws.max_row + 1)}
    assert cells["Seoul sister city"].is_date
    assert cells["Seoul sister city"].value == dt.datetime(2006, 5, 17)
    assert cells["Seoul sister city"].number_format == "dd/mm/yyyy"
    assert cells["Tokyo MOU"].value == dt.datetime(2013, 1, 1)
    assert cells["Tokyo MOU"].number_format == "mm/yyyy"
    assert cells["Old MOU"].number_format == "yyyy"


def test_buddhist_calendar_keeps_real_dates_with_the_thai_calendar_format(repo, sample,
                                                                          tmp_path, reg):
    path = tmp_path / "agreements-th.xlsx"
    export_report(reg, "agreements", path, options=TH_BE)
    wb = openpyxl.load_workbook(path)
    ws = wb["ความตกลง"]
    assert ws["A1"].value == "กรุงเทพมหานคร — ทะเบียนความตกลง — ส่งออกเมื่อ 1 มีนาคม 2567"
    assert header(ws)[:4] == ["ชื่อเรื่อง", "ชื่อเรื่องภาษาไทย", "ประเภท", "สถานะ"]
    cell = ws.cell(4 + [r[0] for r in data_rows(ws)].index("Seoul sister city"),
                   column(ws, "วันที่ลงนาม"))
    assert cell.value == dt.datetime(2006, 5, 17)
    assert cell.number_format == "[$-107041E]dd/mm/yyyy"
    types = {r[0]: r[2] for r in data_rows(ws)}
    assert types["Seoul sister city"] == "ข้อตกลงเมืองพี่เมืองน้อง"
    assert {r[0]: r[1] for r in data_rows(wb["ตัวกรอง"])}["ปฏิทิน"] == "พุทธศักราช (พ.ศ.)"


def test_numbers_are_numbers(repo, sample, tmp_path, reg):
    path = tmp_path / "projects.xlsx"
    export_report(reg, "projects", path, options=EN, all_columns=True)
    ws = openpyxl.load_workbook(path)["Projects"]
    budget = ws.cell(4, column(ws, "Budget"))
    assert budget.data_type == "n" and budget.value == 1250000.5
    assert budget.number_format == "#,##0.00"
    assert ws.cell(4, column(ws, "SDGs")).value == "3, 11"
    assert ws.cell(4, column(ws, "Sectors")).value == "Environment"
    assert ws.cell(4, column(ws, "Start")).number_format == "yyyy"


def test_thai_labels_and_names(repo, sample, tmp_path, reg):
    path = tmp_path / "partners-th.xlsx"
    export_report(reg, "partners", path, options=TH_BE, all_columns=True)
    ws = openpyxl.load_workbook(path)["คู่ความร่วมมือ"]
    rows = {r[0]: r for r in data_rows(ws)}
    seoul = rows["Seoul"]
    assert seoul[1] == "โซล"
    assert seoul[column(ws, "ลักษณะ") - 1] == "เมือง"
    assert seoul[column(ws, "ประเทศ") - 1] == "เกาหลีใต้"
    assert seoul[column(ws, "ภูมิภาค") - 1] == "เอเชียตะวันออก"
    assert rows["C40 Cities"][column(ws, "ประเภทองค์กร") - 1] == "เครือข่ายเมือง"


@pytest.mark.parametrize("bulk", [False, True])
def test_a_thai_partner_list_names_the_focal_point_in_thai(repo, make, tmp_path, reg,
                                                            monkeypatch, bulk):
    from bkk_relations.core.excel import reports

    if bulk:  # a long export reads the focal points with one grouped lookup
        monkeypatch.setattr(reports, "BULK_ROWS", 0)
    seoul = make.partner(name_en="Seoul", name_th="โซล", country="KR")
    tokyo = make.partner(name_en="Tokyo", name_th="โตเกียว", country="JP")
    make.contact(name="International relations focal point",
                 name_th="ผู้ประสานงานด้านความสัมพันธ์ระหว่างประเทศ", partner_id=seoul.id,
                 email="ir@seoul.example", is_focal_point=True)
    make.contact(name="Ms Sato", partner_id=tokyo.id, is_focal_point=True)
    focal = {}
    for options, sheet, title in ((TH_BE, "คู่ความร่วมมือ", "ผู้ติดต่อประสานงานหลัก"),
                                  (EN, "Partners", "Focal point contact")):
        path = tmp_path / f"partners-{options.language}.xlsx"
        export_report(reg, "partners", path, options=options)
        ws = openpyxl.load_workbook(path)[sheet]
        focal[options.language] = {r[0]: r[column(ws, title) - 1:column(ws, title) + 1]
                                   for r in data_rows(ws)}
    assert focal["th"]["Seoul"] == ["ผู้ประสานงานด้านความสัมพันธ์ระหว่างประเทศ",
                                    "ir@seoul.example"]
    assert focal["th"]["Tokyo"][0] == "Ms Sato"  # no Thai name: the one it has
    assert focal["en"]["Seoul"][0] == "International relations focal point"


INJECTED = ['=HYPERLINK("http://evil.example","click")', "+SUM(1,2)", "-2+3", "@cmd",
            "=1+1"]


def test_formula_injection_is_stored_as_text(repo, make, tmp_path, reg):
    for i, text in enumerate(INJECTED):
        make.partner(name_en=text, notes=text, country="JP", name_th=f"ชื่อ {i}")
    path = tmp_path / "evil.xlsx"
    export_report(reg, "partners", path, options=EN)
    ws = openpyxl.load_workbook(path)["Partners"]
    names = {}
    for r in range(4, ws.max_row + 1):
        cell = ws.cell(r, 1)
        names[cell.value] = cell
    for text in INJECTED:
        assert names[text].data_type == "s"  # a string, not a formula ('f')
        assert names[text].quotePrefix  # Excel keeps it text even when edited
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in zf.read(name) and b"<f " not in zf.read(name)


def test_formula_injection_in_csv_gets_an_apostrophe(repo, make, tmp_path, reg):
    make.partner(name_en=INJECTED[0], country="JP")
    path = tmp_path / "evil.csv"
    export_report(reg, "partners", path, options=EN)
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[1][0] == "'" + INJECTED[0]


def test_tab_and_carriage_return_starts_are_text(tmp_path):
    path = tmp_path / "raw.xlsx"
    with open_book(path) as book:
        sheet = book.add_sheet("S", [OutColumn("A")], title="t")
        sheet.add_row(["\t=1+1"])
        sheet.add_row(["\r=2+2"])
    ws = openpyxl.load_workbook(path)["S"]
    assert ws["A4"].data_type == "s" and ws["A4"].value.endswith("=1+1")
    assert ws["A4"].quotePrefix and ws["A5"].quotePrefix


def test_csv_is_utf8_with_bom_and_keeps_thai(repo, sample, tmp_path, reg):
    path = tmp_path / "partners.csv"
    export_report(reg, "partners", path, options=EN)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert "โซล" in text and "Bangkok —" not in text  # data only, no title rows
    rows = list(csv.reader(text.splitlines()))
    assert rows[0][0] == "Name"
    seoul = next(r for r in rows if r[0] == "Seoul")
    assert seoul[rows[0].index("Last activity")] == "2019-06-15"


def test_list_export_follows_filter_sort_and_visible_columns(repo, make, tmp_path, reg):
    for name in ("Osaka", "Kyoto", "Nagoya"):
        make.partner(name_en=name, country="JP")
    make.partner(name_en="Busan", country="KR")
    path = tmp_path / "list.xlsx"
    q = Query(country="JP", sort="name_en", descending=True)
    result = export_list(reg, "partner", q, ["name_en", "country", "ties"], path, EN)
    assert result.rows == 3
    wb = openpyxl.load_workbook(path)
    ws = wb["Partners"]
    assert header(ws) == ["Name", "Country", "Agreements"]
    assert [r[0] for r in data_rows(ws)] == ["Osaka", "Nagoya", "Kyoto"]
    assert data_rows(ws)[0][1:] == ["Japan", 0]
    filters = {r[0]: r[1] for r in data_rows(wb["Filters"])}
    assert filters["Country"] == "Japan (JP)"
    assert filters["Sorted by"] == "Name, descending"
    assert filters["Columns"] == "Name, Country, Agreements"


def test_list_export_rejects_unknown_columns(repo, tmp_path, reg):
    with pytest.raises(ValueError):
        export_list(reg, "partner", None, ["nope"], tmp_path / "x.xlsx")


def test_agreement_register_highlights_expiring_rows(repo, sample, tmp_path, reg):
    path = tmp_path / "agreements.xlsx"
    export_report(reg, "agreements", path, options=EN)
    ws = openpyxl.load_workbook(path)["Agreements"]
    days = column(ws, "Days to expiry")
    rows = {ws.cell(r, 1).value: r for r in range(4, ws.max_row + 1)}
    soon = rows["Seoul sister city"]  # active, expires 2024-04-30: 60 days after TODAY
    assert ws.cell(soon, days).value == 60
    assert ws.cell(soon, 1).fill.fgColor.rgb.endswith("FFEB9C")
    assert ws.cell(soon, days).fill.fgColor.rgb.endswith("FFEB9C")  # the whole row
    overdue = rows["Tokyo MOU"]  # still active, expired 2024-01-15
    assert ws.cell(overdue, days).value == -46
    assert ws.cell(overdue, 1).fill.fgColor.rgb.endswith("FFC7CE")
    old = rows["Old MOU"]  # expired status: not highlighted
    assert ws.cell(old, 1).fill.fill_type is None
    assert "Amber" in ws["A2"].value


def test_activity_log_for_a_date_range(repo, make, tmp_path, reg):
    p = make.partner()
    for title, day in (("before", "2019-05-31"), ("inside", "2019-06-15"),
                       ("year only", "2019"), ("month", "2019-06"), ("after", "2020-01")):
        make.activity(title_en=title, start_date=day, partner_ids=[p.id])
    path = tmp_path / "log.xlsx"
    export_report(reg, "activities", path, date_from="2019-06-01", date_to="2019-06-30",
                  options=EN)
    wb = openpyxl.load_workbook(path)
    ws = wb["Activities"]
    titles = [r[column(ws, "Title") - 1] for r in data_rows(ws)]
    assert sorted(titles) == ["inside", "month", "year only"]
    filters = {r[0]: r[1] for r in data_rows(wb["Filters"])}
    assert filters["From date"] == "1/6/2019" and filters["To date"] == "30/6/2019"


def test_report_filters_and_filters_sheet(repo, sample, tmp_path, reg):
    path = tmp_path / "partners.xlsx"
    export_report(reg, "partners", path, query=Query(country="KR", kind="city"),
                  options=EN)
    wb = openpyxl.load_workbook(path)
    assert [r[0] for r in data_rows(wb["Partners"])] == ["Seoul"]
    filters = {r[0]: r[1] for r in data_rows(wb["Filters"])}
    assert filters["Country"] == "South Korea (KR)" and filters["Kind"] == "City"
    assert "Country: South Korea (KR)" in wb["Partners"]["A2"].value


def test_partner_profile_workbook(repo, sample, make, tmp_path, reg):
    other = make.partner(name_en="Elsewhere")
    make.contact(name="Not Seoul", partner_id=other.id)
    path = tmp_path / "seoul.xlsx"
    result = export_report(reg, "profile", path, partner_id=sample["seoul"].id, options=EN)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Partners", "Agreements", "Projects", "Activities", "Contacts",
                             "Filters"]
    assert result.sheets == {"Agreements": 1, "Projects": 1, "Activities": 1, "Contacts": 1}
    info = {r[0]: r[1] for r in data_rows(wb["Partners"])}
    assert info["Name"] == "Seoul" and info["Country"] == "South Korea"
    assert info["Latitude"] == 37.5665
    assert [r[0] for r in data_rows(wb["Contacts"])] == ["Kim Focal"]
    for ws in wb:
        assert ws.freeze_panes == "A4" and ws.auto_filter.ref.startswith("A3:")
        assert "Seoul" in ws["A1"].value


def test_profile_needs_an_existing_partner_and_xlsx(repo, tmp_path, reg):
    with pytest.raises(NotFoundError):
        export_report(reg, "profile", tmp_path / "p.xlsx", partner_id=999)
    with pytest.raises(CoreError, match="several sheets"):
        export_report(reg, "profile", tmp_path / "p.csv", partner_id=1)
    with pytest.raises(ValueError):
        export_report(reg, "profile", tmp_path / "p.xlsx")
    with pytest.raises(ValueError):
        export_report(reg, "nonsense", tmp_path / "p.xlsx")
    assert list(tmp_path.iterdir()) == []


def test_home_city_comes_from_the_settings(repo, db, tmp_path, reg):
    db.set_setting("home_city_en", "Chiang Mai")
    path = tmp_path / "p.xlsx"
    export_report(reg, "partners", path, options=EN)
    assert openpyxl.load_workbook(path)["Partners"]["A1"].value.startswith("Chiang Mai — ")


def test_unwritable_targets_give_clear_messages(repo, sample, tmp_path, reg):
    with pytest.raises(CoreError, match="is a folder"):
        export_report(reg, "partners", tmp_path, options=EN)
    with pytest.raises(CoreError, match="does not exist"):
        export_report(reg, "partners", tmp_path / "missing" / "p.xlsx", options=EN)
    with pytest.raises(CoreError, match=r"\.xlsx or \.csv"):
        export_report(reg, "partners", tmp_path / "p.pdf", options=EN)
    assert list(tmp_path.iterdir()) == []


def test_a_locked_file_is_reported_and_kept(repo, sample, tmp_path, monkeypatch, reg):
    target = tmp_path / "open-in-excel.xlsx"
    target.write_bytes(b"the file Excel has open")

    def locked(src, dst):
        raise PermissionError(13, "Permission denied", str(dst))

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(CoreError, match="open in Excel"):
        export_report(reg, "partners", target, options=EN)
    assert target.read_bytes() == b"the file Excel has open"
    assert [p.name for p in tmp_path.iterdir()] == ["open-in-excel.xlsx"]


def test_cancelled_export_leaves_no_file(repo, make, tmp_path, reg):
    for i in range(1200):
        make.partner(name_en=f"City {i}")

    def cancel(done: int, total: int) -> None:
        if done >= 500:
            raise Cancelled("cancelled")

    with pytest.raises(Cancelled):
        export_report(reg, "partners", tmp_path / "p.xlsx",
                      options=ExportOptions(progress=cancel))
    assert list(tmp_path.iterdir()) == []


def test_partial_and_odd_dates_in_the_writer(tmp_path):
    path = tmp_path / "d.xlsx"
    with open_book(path, calendar="gregorian") as book:
        sheet = book.add_sheet("S", [OutColumn("D", "date"), OutColumn("N", "money")],
                               title="t")
        sheet.add_row(["2012-02", 5])
        sheet.add_row(["not a date", None])
    ws = openpyxl.load_workbook(path)["S"]
    assert ws["A4"].value == dt.datetime(2012, 2, 1) and ws["A4"].number_format == "mm/yyyy"
    assert ws["A5"].value == "not a date"
    assert Path(path).stat().st_size > 0


def test_long_exports_give_the_same_rows_with_grouped_lookups(repo, sample, make, tmp_path,
                                                              monkeypatch, reg):
    from bkk_relations.core.excel import reports

    gone = make.agreement(title_en="Deleted", party_ids=[sample["seoul"].id])
    repo.delete(Agreement, gone.id)
    export_report(reg, "partners", tmp_path / "lookups.xlsx", options=EN, all_columns=True)
    monkeypatch.setattr(reports, "BULK_ROWS", 0)
    export_report(reg, "partners", tmp_path / "grouped.xlsx", options=EN, all_columns=True)
    rows = [data_rows(openpyxl.load_workbook(tmp_path / n)["Partners"])
            for n in ("lookups.xlsx", "grouped.xlsx")]
    assert rows[0] == rows[1]
    assert {r[0]: r[8] for r in rows[1]} == {"Seoul": 1, "Tokyo": 2, "C40 Cities": 0}


def test_thai_reports_name_partners_and_linked_records_in_thai(repo, sample, tmp_path, reg):
    path = tmp_path / "seoul-th.xlsx"
    export_report(reg, "profile", path, partner_id=sample["seoul"].id, options=TH_BE)
    wb = openpyxl.load_workbook(path)
    for ws in wb:
        assert "ข้อมูลคู่ความร่วมมือ: โซล" in ws["A1"].value
    info = {r[0]: r[1] for r in data_rows(wb["คู่ความร่วมมือ"])}
    assert info["กิจกรรมล่าสุด"] == "15 มิ.ย. 2562"
    register = tmp_path / "agreements-th.xlsx"
    export_report(reg, "agreements", register, options=TH_BE)
    ws = openpyxl.load_workbook(register)["ความตกลง"]
    parties = {r[0]: r[column(ws, "ภาคี") - 1] for r in data_rows(ws)}
    assert parties["Seoul sister city"] == "โซล" and parties["Tokyo MOU"] == "โตเกียว"
    english = tmp_path / "agreements-en.xlsx"
    export_report(reg, "agreements", english, options=EN)
    ws = openpyxl.load_workbook(english)["Agreements"]
    assert {r[column(ws, "Parties") - 1] for r in data_rows(ws)} == {"Seoul", "Tokyo"}


def test_a_thai_list_exports_both_names_as_stored(repo, sample, tmp_path, reg):
    from bkk_relations.core.views.lists import LABEL

    path = tmp_path / "list-th.xlsx"
    export_list(reg, "partner", None, [LABEL, "name_en", "country"], path, options=TH_BE)
    ws = openpyxl.load_workbook(path)["คู่ความร่วมมือ"]
    assert header(ws) == ["ชื่อ", "ชื่อภาษาไทย", "ประเทศ"]  # imports back as ever
    assert ["Seoul", "โซล", "เกาหลีใต้"] in data_rows(ws)
