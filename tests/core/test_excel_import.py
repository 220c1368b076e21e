"""Imports: the round trip from export back into an empty database, reading what officers
type (dates, countries, labels in English or Thai), duplicates and the user's choice per row,
all or nothing, undo, and deliberately bad files — each with clear messages and the database
left exactly as it was."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from bkk_relations.cli.language import Language
from bkk_relations.core.errors import CoreError
from bkk_relations.core.excel import values as values
from bkk_relations.core.excel.export import ExportOptions
from bkk_relations.core.excel.reports import export_report
from bkk_relations.core.excel.writer import Cancelled
from bkk_relations.core.imports.batches import import_batches, last_import, undo_import
from bkk_relations.core.imports.run import (
    FileProblem,
    ImportRefused,
    custom_mapping,
    plan_import,
    run_import,
)
from bkk_relations.core.records.models import Activity, Agreement, Contact, Partner, Project, Unit
from bkk_relations.core.records.repository import Repository
from bkk_relations.core.register import Register
from bkk_relations.core.storage.database import Database
from bkk_relations.core.views import stats

HEADERS = ["Name", "Thai name", "Kind", "Country", "Notes"]


def xlsx(path: Path, rows: list[list[object]], *, title: str = "Partners",
         merge: str | None = None, extra_sheets: dict[str, list[list[object]]] | None = None
         ) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    if merge:
        ws.merge_cells(merge)
    for name, sheet_rows in (extra_sheets or {}).items():
        other = wb.create_sheet(name)
        for row in sheet_rows:
            other.append(row)
    wb.save(path)
    return path


def state(db: Database) -> tuple[dict, int]:
    counts = stats.counts(Register(db))
    return counts, db.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]


def messages(plan) -> list[str]:
    return [str(p) for p in plan.problems]


# -- what people type -----------------------------------------------------------------------
@pytest.mark.parametrize("raw, expected", [
    ("05/04/2023", "2023-04-05"), ("5/4/2023", "2023-04-05"), ("5.4.2023", "2023-04-05"),
    ("2023-04-05", "2023-04-05"), ("2023-4-5", "2023-04-05"), ("2023", "2023"),
    ("2566", "2023"), ("5/4/2566", "2023-04-05"), ("04/2566", "2023-04"),
    (45021, "2023-04-05"), ("45021", "2023-04-05"), (2566, "2023"), (1997, "1997"),
    ("๕/๔/๒๕๖๖", "2023-04-05"), ("5 April 2023", "2023-04-05"), ("April 2023", "2023-04"),
    ("5 เมษายน 2566", "2023-04-05"), ("5 เม.ย. 2566", "2023-04-05"),
    ("5 เมษายน พ.ศ. 2566", "2023-04-05"), ("2023-04-05T00:00:00", "2023-04-05"),
    (dt.datetime(2023, 4, 5), "2023-04-05"), (dt.date(2023, 4, 5), "2023-04-05"),
])
def test_dates_in_every_common_form(raw, expected):
    assert values.parse_date(raw) == expected


@pytest.mark.parametrize("raw", ["31/02/2023", "04/25/2023", "soon", "12/3/23", "1700"])
def test_bad_dates_say_how_to_write_them(raw):
    with pytest.raises(ValueError, match="date|month|day|range"):
        values.parse_date(raw)


@pytest.mark.parametrize("raw, code", [("Japan", "JP"), ("ญี่ปุ่น", "JP"), ("jp", "JP"),
                                       ("JPN", "JP"), ("UK", "GB"), ("South Korea", "KR"),
                                       ("เกาหลีใต้", "KR"), ("Russia", "RU"), ("ลาว", "LA")])
def test_countries_by_english_or_thai_name_or_code(raw, code):
    assert values.parse_country(raw) == code


def test_vocabulary_labels_numbers_lists():
    assert values.parse_vocab("AGREEMENT_TYPES", "Sister city") == "sister_city"
    assert values.parse_vocab("AGREEMENT_TYPES", "บันทึกความเข้าใจ") == "mou"
    assert values.parse_vocab("PARTNER_KINDS", "organisation") == "organisation"
    assert values.parse_number("฿1,250,000.50") == 1250000.5
    assert values.parse_bool("ใช่") is True and values.parse_bool("No") is False
    assert values.parse_sdgs("SDG 11; SDG 13") == [11, 13]
    assert values.parse_sectors("Waste management, สิ่งแวดล้อม") == ["waste", "environment"]
    assert values.clean_text("  กรุง\u200bเทพ ") == "กรุงเทพ"
    assert values.clean_text("Da\u00adNang") == "DaNang"  # a soft hyphen is invisible too
    with pytest.raises(ValueError, match="1 to 17"):
        values.parse_sdgs("18")


@pytest.mark.parametrize("typed, number", [
    ("35,7", 35.7), ("-0,5", -0.5), ("1.234,5", 1234.5), ("1,234", 1234.0),
    ("1,234,567.5", 1234567.5), ("1 234", 1234.0), ("๓๕,๗", 35.7),
])
def test_a_decimal_comma_is_read_as_a_point_and_thousands_commas_are_dropped(typed, number):
    """A latitude typed "35,7" (as Excel in many languages writes it) was read as 357."""
    assert values.parse_number(typed) == number


def test_a_number_whose_commas_make_no_sense_is_refused():
    with pytest.raises(ValueError):
        values.parse_number("1,2,3")


# -- round trip -----------------------------------------------------------------------------
def _comparable(repo: Repository, record) -> dict:
    """A record's user-visible fields with links as names, to compare across databases."""
    # (alignment to goals has spreadsheet columns of its own, with the frameworks)
    out = {k: v for k, v in dataclasses.asdict(record).items()
           if k not in ("id", "version", "created_at", "updated_at", "updated_by",
                        "deleted_at", "goal_ids")}
    names = {"party_ids": Partner, "partner_ids": Partner, "unit_ids": Unit,
             "partner_id": Partner, "unit_id": Unit, "agreement_id": Agreement,
             "project_id": Project}
    for key, cls in names.items():
        if key in out:
            ids = out[key] if isinstance(out[key], list) else [out[key]]
            out[key] = sorted(repo.get(cls, i).label for i in ids if i is not None)
    for key in ("tags", "sectors", "sdgs"):
        if key in out:
            out[key] = sorted(out[key])
    return out


def _all(repo: Repository, cls) -> dict[tuple, dict]:
    out = {}
    for r in repo.list(cls).records:
        item = _comparable(repo, r)
        key = (r.label, str(item.get("partner_id")), item.get("start_date"))
        out[key] = item
    return out


@pytest.mark.parametrize("options", [ExportOptions(),
                                     ExportOptions(language="th", calendar="buddhist")],
                         ids=["english", "thai-buddhist"])
def test_round_trip_into_an_empty_database(demo_db, tmp_path, options):
    source = Register(demo_db)
    target = Register(Database.open(":memory:"), user="importer")
    for u in source.records.list(Unit).records:  # units are not imported: the office's own
        target.records.create(dataclasses.replace(u, id=None))
    files = {}
    for report in ("partners", "agreements", "projects", "activities"):
        files[report] = export_report(source, report, tmp_path / f"{report}.xlsx",
                                      options=options, all_columns=True).path
    contacts = source.records.list(Contact).records
    with_contacts = [p.id for p in source.records.list(Partner).records
                     if contacts and any(c.partner_id == p.id for c in contacts)]
    for typ in ("partners", "agreements", "projects", "activities"):
        with plan_import(target, files[typ], typ) as plan:
            assert plan.ok, messages(plan)
            run_import(target, plan)
    for pid in with_contacts:
        path = export_report(source, "profile", tmp_path / f"profile-{pid}.xlsx",
                             partner_id=pid, options=options, all_columns=True).path
        with plan_import(target, path, "contacts") as plan:
            assert plan.sheet.name in ("Contacts", "ผู้ติดต่อ")
            assert plan.ok, messages(plan)
            run_import(target, plan)
    for cls in (Partner, Agreement, Project, Activity, Contact):
        assert _all(target.records, cls) == _all(source.records, cls), cls.__name__
    target.close()


def test_csv_round_trip(repo, make, tmp_path, db, reg):
    make.partner(name_en="=cmd|' /C calc'!A0", name_th="ทดสอบ", country="JP",
                 notes="+66 2 224 1234; -5 °C", tags=["a", "b"])
    make.organisation(name_en="Green Network", org_type="ngo", website="https://g.example")
    path = export_report(reg, "partners", tmp_path / "p.csv").path
    fresh = Register(Database.open(":memory:"))
    with plan_import(fresh, path, "partners") as plan:
        assert plan.ok, messages(plan)
        run_import(fresh, plan)
    assert _all(fresh.records, Partner) == _all(repo, Partner)


# -- columns and sheets ---------------------------------------------------------------------
def test_thai_and_english_headers_are_matched(repo, tmp_path, reg):
    path = xlsx(tmp_path / "p.xlsx", [
        ["รายชื่อเมือง 2566"],  # a title above the header row
        [],
        ["City", "ชื่อภาษาไทย", "ประเทศ", "E-mail", "Lat", "Remarks"],
        ["Chiang Rai", "เชียงราย", "ไทย", "x@y.org", 19.9, "north"],
    ])
    with plan_import(reg, str(path), "partners") as plan:
        assert plan.sheet.header_row == 3
        assert plan.mapping == {0: "name_en", 1: "name_th", 2: "country", 4: "latitude",
                                5: "notes"}
        assert plan.ok, messages(plan)
        run_import(reg, plan)
    p = repo.list(Partner).records[0]
    assert (p.name_en, p.name_th, p.country, p.latitude, p.notes) == (
        "Chiang Rai", "เชียงราย", "TH", 19.9, "north")


def test_custom_mapping_by_header_or_letter():
    headers = ["Town", "Land", "Misc"]
    mapping = custom_mapping("partner", headers, {"Town": "name_en", "B": "country",
                                                  "Misc": None})
    assert mapping == {0: "name_en", 1: "country"}
    with pytest.raises(ValueError, match="not a partner field"):
        custom_mapping("partner", headers, {"Town": "colour"})
    with pytest.raises(ValueError, match="no column"):
        custom_mapping("partner", headers, {"Nope": "name_en"})


def test_several_sheets_choose_the_fitting_one_or_ask(repo, db, tmp_path, reg):
    rows = [HEADERS, ["Osaka", "โอซากา", "city", "Japan", ""]]
    path = xlsx(tmp_path / "two.xlsx", rows, extra_sheets={"Copy": rows, "Notes": [["x"]]})
    before = state(db)
    with pytest.raises(FileProblem, match="several sheets.*Partners.*Copy"):
        plan_import(reg, str(path), "partners")
    assert state(db) == before
    with plan_import(reg, str(path), "partners", sheet="Copy") as plan:
        assert plan.sheet.name == "Copy" and plan.ok
    with pytest.raises(FileProblem, match="no sheet “Nope”"):
        plan_import(reg, str(path), "partners", sheet="Nope")
    one = xlsx(tmp_path / "one.xlsx", rows, extra_sheets={"Notes": [["just", "notes"]]})
    with plan_import(reg, str(one), "partners") as plan:
        assert plan.sheet.name == "Partners"


# -- bad files ------------------------------------------------------------------------------
def test_wrong_columns(repo, db, tmp_path, reg):
    before = state(db)
    path = xlsx(tmp_path / "w.xlsx", [["Colour", "Size"], ["red", "big"]])
    with plan_import(reg, str(path), "partners") as plan:
        assert not plan.ok
        [problem] = plan.file_problems
        assert "none of the columns (Colour, Size) names a partner field" in str(problem)
        with pytest.raises(ImportRefused):
            run_import(reg, plan)
    missing = xlsx(tmp_path / "m.xlsx", [["Country", "Notes"], ["Japan", "x"]])
    with plan_import(reg, str(missing), "partners") as plan:
        assert "no column for Name (required)" in str(plan.file_problems[0])
    assert state(db) == before


def test_empty_rows_are_skipped_and_half_empty_rows_explained(repo, db, tmp_path, reg):
    before = state(db)
    path = xlsx(tmp_path / "e.xlsx", [
        HEADERS, ["Osaka", "", "city", "Japan", ""], [], [None, None, None, None, None],
        ["", "นาโกย่า", "", "Japan", ""], ["Kobe", "", "", "Japan", ""], [], [],
    ])
    with plan_import(reg, str(path), "partners") as plan:
        statuses = {r.rows_label: r.status for r in plan.rows}
        assert statuses == {"2": "new", "3–4": "empty", "5": "new", "6": "new"}
        assert messages(plan) == ["Row 5, Name (A): The English name is required."]
        with pytest.raises(ImportRefused, match="nothing was imported"):
            run_import(reg, plan)
    assert state(db) == before


def test_merged_cells(repo, db, tmp_path, reg):
    before = state(db)
    path = xlsx(tmp_path / "m.xlsx", [
        ["Partner list"], HEADERS, ["Osaka", "", "city", "Japan", ""],
        ["Kyoto", "", "city", None, ""], ["Nara", "", "city", None, ""],
    ], merge="D3:D5")
    with plan_import(reg, str(path), "partners") as plan:
        assert any(m.startswith("Row 3, Country (D): cells D3:D5 are merged") for m in
                   messages(plan))
        assert not plan.ok
    title_only = xlsx(tmp_path / "t.xlsx", [["Partner list"], HEADERS,
                                            ["Osaka", "", "city", "Japan", ""]], merge="A1:E1")
    with plan_import(reg, str(title_only), "partners") as plan:
        assert plan.ok, messages(plan)  # a merged title above the header is harmless
    assert state(db) == before


def test_bad_dates_unknown_countries_and_vocabulary(repo, db, make, tmp_path, reg):
    make.partner(name_en="Seoul", country="KR")
    before = state(db)
    path = xlsx(tmp_path / "a.xlsx", [
        ["Title", "Type", "Parties", "Signed", "Expires", "SDGs"],
        ["Good", "MOU", "Seoul", "17/05/2006", "2566", "11"],
        ["Bad date", "MOU", "Seoul", "31/02/2006", "", ""],
        ["Bad type", "Treaty", "Nowhere", "2006", "", "18"],
        ["Order", "MOU", "", "2010", "2009", ""],
    ])
    with plan_import(reg, str(path), "agreements") as plan:
        got = messages(plan)
    assert got == [
        "Row 3, Signed (D): '31/02/2006' is not a real calendar day",
        "Row 4, Type (B): 'Treaty' is not one of: Sister city agreement; Friendship city "
        "agreement; MOU; Letter of intent; Network membership; Cooperation agreement",
        "Row 4, Parties (C): no partner is named 'Nowhere'; add it first, or check the "
        "spelling",
        "Row 4, SDGs (F): '18' is not an SDG; SDGs are numbered 1 to 17",
        "Row 5, Expires (E): The expiry date is before the signing date.",
    ]
    partners = xlsx(tmp_path / "p.xlsx", [HEADERS, ["Atlantis", "", "city", "Narnia", ""]])
    with plan_import(reg, str(partners), "partners") as plan:
        assert messages(plan)[0].startswith("Row 2, Country (D): 'Narnia' is not a country")
        assert len(messages(plan)) == 1  # "a city needs its country" would only repeat it
    assert state(db) == before


@pytest.mark.parametrize("name, content, message", [
    ("empty.xlsx", b"", "is empty (0 bytes)"),
    ("empty.csv", b"", "is empty (0 bytes)"),
    ("text.xlsx", b"Name,Country\nOsaka,Japan\n", "not an Excel workbook"),
    ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "old Excel 97"),
    ("image.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a spreadsheet"),
    ("broken.xlsx", b"PK\x03\x04garbage-that-is-no-zip", "damaged or not an Excel workbook"),
    ("notes.txt", b"just a note\n", "has no rows to import"),
])
def test_files_that_are_not_spreadsheets(repo, db, tmp_path, name, content, message, reg):
    before = state(db)
    path = tmp_path / name
    path.write_bytes(content)
    try:
        with plan_import(reg, str(path), "partners") as plan:
            text = " ".join(messages(plan))
            assert not plan.ok
    except FileProblem as exc:
        text = str(exc)
    assert message in text
    assert state(db) == before


def test_csv_in_thai_windows_encoding_with_semicolons(repo, tmp_path, reg):
    path = tmp_path / "thai.csv"
    path.write_bytes("Name;Thai name;Country\nKhon Kaen;ขอนแก่น;Thailand\n".encode("cp874"))
    with plan_import(reg, str(path), "partners") as plan:
        assert plan.ok, messages(plan)
        run_import(reg, plan)
    assert repo.list(Partner).records[0].name_th == "ขอนแก่น"


def test_a_semicolon_csv_whose_quoted_cell_holds_a_semicolon(repo, tmp_path, reg):
    """Excel in many languages saves ";"-separated files; a note "a;b" in quotes made the
    whole header line one column."""
    path = tmp_path / "semi.csv"
    path.write_text('ชื่อ;ชื่อภาษาไทย;ประเทศ;หมายเหตุ\r\nNonthaburi;นนทบุรี;TH;"a;b"\r\n'
                    "Samut Prakan;สมุทรปราการ;TH;น้ำท่วม\r\n", encoding="utf-8")
    with plan_import(reg, str(path), "partners") as plan:
        assert plan.ok, messages(plan)
        assert next(plan.values()) == {"name_en": "Nonthaburi", "name_th": "นนทบุรี",
                                       "country": "TH", "notes": "a;b"}



def test_csv_in_thai_windows_encoding_with_thai_abbreviations(repo, tmp_path, reg):
    # "พ.ศ. 2536", "ก.พ." and "มิ.ย.": single letters with a dot, in nearly every Thai list
    rows = ["ชื่อ,ชื่อภาษาไทย,ประเทศ,หมายเหตุ"] + [
        f"{en},{th},{country},ลงนาม พ.ศ. {year} (ก.พ.)" for en, th, country, year in [
            ("Beijing", "ปักกิ่ง", "จีน", 2536), ("Hanoi", "ฮานอย", "เวียดนาม", 2547),
            ("Seoul", "โซล", "เกาหลีใต้", 2549), ("Moscow", "มอสโก", "รัสเซีย", 2540)]]
    path = tmp_path / "ties.csv"
    path.write_bytes("\r\n".join(rows).encode("cp874"))
    with plan_import(reg, str(path), "partners") as plan:
        assert plan.ok, messages(plan)
        run_import(reg, plan)
    moscow = [p for p in repo.list(Partner).records if p.name_en == "Moscow"][0]
    assert (moscow.name_th, moscow.notes) == ("มอสโก", "ลงนาม พ.ศ. 2540 (ก.พ.)")

# -- duplicates -----------------------------------------------------------------------------
def test_exact_and_possible_duplicates_with_a_choice_per_row(repo, make, tmp_path, reg):
    spb = make.partner(name_en="Saint Petersburg", country="RU")
    busan = make.partner(name_en="Busan", country="KR")
    chiang = make.partner(name_en="Chiang Mai", country="TH")
    hcmc = make.partner(name_en="Ho Chi Minh City", country="VN")
    path = xlsx(tmp_path / "d.xlsx", [
        HEADERS,
        ["St. Petersburg", "", "city", "Russia", "updated"],   # exact (St. = Saint)
        ["  busan ", "ปูซาน", "city", "KR", ""],                # exact (case, spacing)
        ["Pusan", "", "city", "South Korea", ""],             # possible (romanisation)
        ["Chiengmai", "", "city", "Thailand", ""],            # possible
        ["Ho Chi Minh", "", "city", "Vietnam", ""],           # possible ("City")
        ["Tokyo", "", "city", "Japan", ""],                   # new
        ["Busan", "", "city", "Japan", ""],                   # other country: new
    ])
    with plan_import(reg, str(path), "partners") as plan:
        rows = {r.row: r for r in plan.rows}
        assert [(rows[n].status, rows[n].match_id) for n in range(2, 9)] == [
            ("update", spb.id), ("update", busan.id), ("duplicate", busan.id),
            ("duplicate", chiang.id), ("duplicate", hcmc.id), ("new", None), ("new", None)]
        assert rows[2].action == "update" and rows[4].action == "create"
        assert rows[2].changes == ("notes",) and rows[3].changes == ("name_th",)
        plan.set_action(4, "update")  # Pusan is Busan: update it...
        assert messages(plan) == [f"Row 4: updates the same record as row 3 (Busan "
                                  f"[{busan.id}]); skip one of the two rows"]
        # said on the row itself, which the preview lists and "skip rows with problems" skips
        assert [str(p) for p in rows[4].problems] == messages(plan)
        assert plan.counts()["with_problems"] == 1
        plan.set_action(3, "skip")  # ...instead of row 3
        assert rows[4].problems == []
        plan.set_action(5, "skip")
        with pytest.raises(ValueError):
            plan.set_action(7, "update")  # a new row has no record to update
        assert plan.ok, messages(plan)
        result = run_import(reg, plan)
    assert (result.created, result.updated, result.skipped) == (3, 2, 2)
    assert repo.get(Partner, spb.id).notes == "updated"
    assert repo.get(Partner, busan.id).name_en == "Pusan"
    names = sorted(p.name_en for p in repo.list(Partner).records)
    assert names == ["Busan", "Chiang Mai", "Ho Chi Minh", "Ho Chi Minh City", "Pusan",
                     "Saint Petersburg", "Tokyo"]


def test_creating_an_exact_duplicate_partner_is_a_problem(repo, make, tmp_path, reg):
    make.partner(name_en="Osaka", country="JP")
    path = xlsx(tmp_path / "d.xlsx", [HEADERS, ["osaka", "", "city", "JP", ""]])
    with plan_import(reg, str(path), "partners", on_duplicate="create") as plan:
        assert "is already recorded with this kind and country" in messages(plan)[0]
        plan.set_action(2, "skip")
        assert plan.ok


def test_a_row_repeated_in_the_file(repo, tmp_path, reg):
    path = xlsx(tmp_path / "d.xlsx", [HEADERS, ["Osaka", "", "city", "JP", ""],
                                      ["OSAKA", "", "city", "Japan", ""]])
    with plan_import(reg, str(path), "partners") as plan:
        assert messages(plan) == ["Row 3, Name (A): repeats row 2 (same name and country); "
                                  "keep one of the two rows"]


def test_links_by_name_with_an_id_for_twins(repo, make, tmp_path, reg):
    a = make.partner(name_en="Springfield", country="US")
    b = make.partner(name_en="Springfield", country="CA")
    path = xlsx(tmp_path / "a.xlsx", [["Title", "Parties"], ["One", "Springfield"],
                                      ["Two", f"Springfield [{b.id}]; Washington, D.C."]])
    make.partner(name_en="Washington, D.C.", country="US")
    with plan_import(reg, str(path), "agreements") as plan:
        got = messages(plan)
    assert len(got) == 1 and got[0].startswith("Row 2, Parties (B): 'Springfield' names 2 "
                                               f"partners (Springfield [{a.id}]")
    with plan_import(reg, str(path), "agreements") as plan:
        plan.set_action(2, "skip")
        run_import(reg, plan)
    two = repo.list(Agreement).records[0]
    assert sorted(two.party_ids) == sorted([b.id, b.id + 1])


def test_contacts_match_by_email_and_partner(repo, make, tmp_path, reg):
    seoul = make.partner(name_en="Seoul", country="KR")
    kim = make.contact(name="Kim", partner_id=seoul.id, email="kim@seoul.example")
    path = xlsx(tmp_path / "c.xlsx", [["Name", "Partner", "E-mail", "Focal point"],
                                      ["Kim Min-ji", "Seoul", "KIM@seoul.example", "yes"],
                                      ["Lee", "Seoul", "", "no"]])
    with plan_import(reg, str(path), "contacts") as plan:
        assert [(r.status, r.match_id) for r in plan.rows] == [("update", kim.id),
                                                               ("new", None)]
        run_import(reg, plan)
    assert repo.get(Contact, kim.id).is_focal_point is True


# -- all or nothing, dry run, audit batch, undo --------------------------------------------
def _partners_file(tmp_path: Path, n: int) -> Path:
    return xlsx(tmp_path / "many.xlsx",
                [HEADERS] + [[f"City {i}", f"เมือง {i}", "city", "Japan", ""]
                             for i in range(n)])


def test_dry_run_changes_nothing(repo, db, tmp_path, reg):
    before = state(db)
    with plan_import(reg, str(_partners_file(tmp_path, 5)), "partners") as plan:
        result = run_import(reg, plan, dry_run=True)
    assert (result.created, result.batch_id, result.dry_run) == (5, None, True)
    assert state(db) == before


def test_cancel_rolls_everything_back(repo, db, tmp_path, reg):
    before = state(db)

    def cancel(done: int, total: int) -> None:
        if done >= 100:
            raise Cancelled("cancelled by the user")

    with plan_import(reg, str(_partners_file(tmp_path, 250)), "partners") as plan:
        with pytest.raises(Cancelled):
            run_import(reg, plan, progress=cancel)
    assert state(db) == before


def test_a_failure_while_writing_rolls_everything_back(repo, db, make, tmp_path, reg):
    seoul = make.partner(name_en="Seoul", country="KR")
    path = xlsx(tmp_path / "a.xlsx", [["Title", "Parties"], ["One", "Seoul"],
                                      ["Two", "Seoul"]])
    with plan_import(reg, str(path), "agreements") as plan:
        assert plan.ok
        repo.delete(Partner, seoul.id)  # someone deletes the partner meanwhile
        before = state(db)
        with pytest.raises(ImportRefused, match="Row 2 could not be saved.*trash"):
            run_import(reg, plan)
    assert state(db) == before


def test_import_is_one_audit_batch_that_undo_reverses(repo, db, make, tmp_path, reg):
    osaka = make.partner(name_en="Osaka", country="JP", notes="before")
    before = state(db)
    snapshot = dataclasses.asdict(repo.get(Partner, osaka.id))
    path = xlsx(tmp_path / "u.xlsx", [HEADERS, ["Osaka", "โอซากา", "city", "JP", "after"],
                                      ["Kobe", "", "city", "JP", ""],
                                      ["Nara", "", "city", "JP", ""]])
    with plan_import(reg, str(path), "partners") as plan:
        result = run_import(reg, plan)
    batch = result.batch_id
    assert batch and batch.startswith("import-")
    entries = db.conn.execute("SELECT action, batch_id FROM audit_log WHERE batch_id = ?",
                              (batch,)).fetchall()
    assert sorted(e[0] for e in entries) == ["create", "create", "update"]
    [info] = import_batches(reg)
    assert (info.entity, info.created, info.updated, info.undone) == ("partner", 2, 1, False)
    assert last_import(reg).batch_id == batch
    assert undo_import(reg, batch) == {"deleted": 2, "restored": 1}
    counts, _ = state(db)
    assert counts == before[0] | {"audit_entries": counts["audit_entries"]}
    restored = dataclasses.asdict(repo.get(Partner, osaka.id))
    for key in ("name_th", "notes", "name_en", "country", "tags"):
        assert restored[key] == snapshot[key]
    assert last_import(reg) is None
    with pytest.raises(CoreError, match="already been undone"):
        undo_import(reg, batch)


def test_a_partner_sheets_import_is_named_partners_and_counted_per_kind(make, tmp_path, reg):
    make.partner(name_en="Osaka", country="JP", notes="before")
    path = xlsx(tmp_path / "sister.xlsx", [
        [*HEADERS, "Tie type", "Year signed"],
        ["Osaka", "โอซากา", "city", "JP", "after", None, None],
        ["Kobe", "", "city", "JP", "", "sister city", 2006],  # each brings its tie along
        ["Nara", "", "city", "JP", "", "friendship city", 2010]])
    with plan_import(reg, str(path), "partners") as plan:
        run_import(reg, plan)
    [info] = import_batches(reg)
    assert info.entity == "partner"  # not the first kind by name ("agreement")
    assert str(info.what()) == "partners"
    assert str(info.counts()) == ("2 partners created, 1 partner updated, 2 agreements "
                                  "created")


def test_undo_refuses_when_later_work_would_be_lost(repo, db, make, tmp_path, reg):
    path = xlsx(tmp_path / "u.xlsx", [HEADERS, ["Kobe", "", "city", "JP", ""],
                                      ["Nara", "", "city", "JP", ""]])
    with plan_import(reg, str(path), "partners") as plan:
        batch = run_import(reg, plan).batch_id
    kobe = next(p for p in repo.list(Partner).records if p.name_en == "Kobe")
    make.contact(name="Someone at Kobe", partner_id=kobe.id)
    nara = next(p for p in repo.list(Partner).records if p.name_en == "Nara")
    nara.notes = "edited later"
    repo.update(nara)
    before = state(db)
    with pytest.raises(CoreError) as exc:
        undo_import(reg, batch)
    assert "partner “Kobe”" in str(exc.value) and "used by a contact" in str(exc.value)
    assert "partner “Nara”" in str(exc.value) and "changed after the import" in str(exc.value)
    assert "(changed by " in str(exc.value)  # what was done, in words, not the stored "update"
    in_thai = Language("th")(exc.value)  # as the command line words it
    assert "(แก้ไข โดย " in in_thai and "update" not in in_thai
    assert state(db) == before
    with pytest.raises(CoreError, match="not an import"):
        undo_import(reg, "demo-123")
    with pytest.raises(CoreError, match="no import"):
        undo_import(reg, "import-nothing")


def test_import_writes_other_entities(repo, make, tmp_path, reg):
    seoul = make.partner(name_en="Seoul", country="KR")
    make.unit(name_en="Department of Environment", name_th="สำนักสิ่งแวดล้อม")
    agreement = make.agreement(title_en="Seoul MOU", party_ids=[seoul.id])
    projects = xlsx(tmp_path / "pr.xlsx", [
        ["Title", "Status", "Sectors", "SDGs", "Lead units", "Partners", "Under agreement",
         "Start", "Budget"],
        ["Clean air", "Ongoing", "Environment; Climate change", "11, 13", "สำนักสิ่งแวดล้อม",
         "Seoul", "Seoul MOU", "2566", "1,000,000"],
    ])
    with plan_import(reg, str(projects), "projects") as plan:
        assert plan.ok, messages(plan)
        run_import(reg, plan)
    project = repo.list(Project).records[0]
    assert (project.status, project.sectors, project.sdgs, project.start_date,
            project.budget, project.agreement_id) == (
        "ongoing", ["climate", "environment"], [11, 13], "2023", 1000000.0, agreement.id)
    activities = xlsx(tmp_path / "ac.xlsx", [
        ["Date", "Title", "Type", "Partners", "Participants", "Project"],
        ["15/06/2019", "Study visit", "Outgoing visit", "Seoul", "12", "Clean air"],
    ])
    with plan_import(reg, str(activities), "activities") as plan:
        assert plan.ok, messages(plan)
        run_import(reg, plan)
    activity = repo.list(Activity).records[0]
    assert (activity.start_date, activity.activity_type, activity.participants,
            activity.project_id) == ("2019-06-15", "visit_outgoing", 12, project.id)
