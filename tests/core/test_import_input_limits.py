"""Careless and hostile input files: text is decoded by the evidence of its bytes and never
stored as a guess, and no file can make an import run for ever or fill the memory. Each
refusal names the file, the row and the column, and the database is left as it was."""

from __future__ import annotations

import codecs
import tracemalloc

import pytest
from hostile_files import row, workbook

from bkk_relations.core.imports import run as excel_import
from bkk_relations.core.imports.run import FileProblem, ImportRefused, plan_import, run_import
from bkk_relations.core.records.models import Partner
from bkk_relations.core.register import Register
from bkk_relations.core.storage.database import Database
from bkk_relations.core.views import stats

THAI_ROWS = ("Name,Thai name,Country\nRama City,รามา,Thailand\n"
             "Khon Kaen,ขอนแก่น,Thailand\nChiang Mai,เชียงใหม่,Thailand\n")


def state(db: Database) -> tuple[dict, int]:
    audit = db.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    return stats.counts(Register(db)), audit


def messages(plan: excel_import.ImportPlan) -> list[str]:
    return [str(p) for p in plan.problems]


# -- text encodings -------------------------------------------------------------------------
@pytest.mark.parametrize("encoding, delimiter", [
    ("utf-8", ","), ("utf-8-sig", ","), ("utf-16", "\t"), ("utf-16-le", ","),
    ("utf-16-be", ";"), ("utf-32", ","), ("cp874", ";"),
])
def test_csv_in_every_encoding_excel_and_windows_write(repo, tmp_path, encoding, delimiter, reg):
    path = tmp_path / "partners.csv"
    path.write_bytes(THAI_ROWS.replace(",", delimiter).encode(encoding))
    with plan_import(reg, str(path), "partners") as plan:
        assert plan.ok, messages(plan)
        run_import(reg, plan)
    assert {p.name_th for p in repo.list(Partner).records} == {"ขอนแก่น", "เชียงใหม่", "รามา"}


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_thai_headers_in_utf16_or_utf32_without_a_byte_order_mark(repo, tmp_path, encoding, reg):
    path = tmp_path / "thai.csv"
    path.write_bytes("ชื่อ,ชื่อภาษาไทย,ประเทศ\nขอนแก่น,ขอนแก่น,ไทย\n".encode(encoding))
    with plan_import(reg, str(path), "partners") as plan:
        assert plan.ok, messages(plan)
        assert [v["name_th"] for v in plan.values()] == ["ขอนแก่น"]


def test_a_stray_byte_in_a_utf8_file_is_named_not_decoded_as_thai_windows(repo, db, tmp_path, reg):
    path = tmp_path / "partners.csv"
    data = THAI_ROWS.encode("utf-8").replace(b"Khon Kaen", b"Kh\xe9n Kaen")  # Latin-1 é
    path.write_bytes(data)
    before = state(db)
    with plan_import(reg, str(path), "partners") as plan:
        assert messages(plan) == [
            "Row 3, Name (A): has bytes that are not UTF-8 text (shown as \ufffd): "
            "“Kh\ufffdn Kaen”. Correct them, or save the file again as CSV UTF-8"]
        assert [r.label for r in plan.rows] == ["Rama City", "", "Chiang Mai"]
        assert [v.get("name_th") for v in plan.values()] == ["รามา", "ขอนแก่น", "เชียงใหม่"]
        with pytest.raises(ImportRefused, match="nothing was imported"):
            run_import(reg, plan)
    assert state(db) == before


@pytest.mark.parametrize("text", ["Zürich,Switzerland\n", "Genève,Switzerland\n",
                                  "São Paulo,Brazil\n"])
def test_a_western_windows_csv_is_refused_with_how_to_save_it_as_utf8(repo, db, tmp_path,
                                                                       text, reg):
    path = tmp_path / "europe.csv"
    path.write_bytes(("Name,Country\nOsaka,Japan\n" + text).encode("cp1252"))
    before = state(db)
    with pytest.raises(FileProblem) as caught:
        plan_import(reg, str(path), "partners")
    message = str(caught.value)
    assert message.startswith("europe.csv is not saved as UTF-8 or Thai text")
    assert "the first in row 3, column A" in message
    assert "“CSV UTF-8 (Comma delimited) (*.csv)”" in message
    assert state(db) == before


def test_a_broken_utf16_file_names_the_cell(repo, tmp_path, reg):
    path = tmp_path / "unicode.csv"
    data = "Name\tCountry\nOsaka\tJapan\nKyoto\tJapan\n".encode("utf-16")
    path.write_bytes(data.replace("Kyoto".encode("utf-16-le"), b"\x00\xd8yoto"))
    with plan_import(reg, str(path), "partners") as plan:
        assert messages(plan)[0].startswith("Row 3, Name (A): has bytes that are not UTF-16 "
                                            "text")


def test_binary_files_are_still_refused(repo, tmp_path, reg):
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    with pytest.raises(FileProblem, match="not a spreadsheet or a text"):
        plan_import(reg, str(path), "partners")
    path.write_bytes(codecs.BOM_UTF8 + b"Name,Country\nOsaka,Japan\n")
    with plan_import(reg, str(path), "partners") as plan:
        assert plan.ok


# -- cells, rows and records beyond the limits ----------------------------------------------
def test_one_huge_cell_in_a_small_workbook_is_named_in_constant_memory(repo, db, tmp_path, reg):
    size = 20 << 20  # 20 MB of text in a file of about 20 KB
    path = workbook(tmp_path / "huge.xlsx", row(2, "Osaka", "Japan")
                    + '<row r="3"><c r="A3" t="inlineStr"><is><t>Kyoto</t></is></c>'
                      '<c r="B3" t="inlineStr"><is><t>Japan</t></is></c>'
                      '<c r="C3" t="s"><v>0</v></c></row>', huge_string=size)
    assert path.stat().st_size < 100_000
    before = state(db)
    tracemalloc.start()
    try:
        with plan_import(reg, str(path), "partners") as plan:
            peak = tracemalloc.get_traced_memory()[1]
            assert messages(plan) == [
                "Row 3, Notes (C): holds 20,971,520 characters; a cell holds at most 32,767 "
                "characters, as in Excel. Shorten it"]
    finally:
        tracemalloc.stop()
    assert peak < size / 4  # the text was counted, never held
    assert state(db) == before


@pytest.mark.parametrize("number", ["99999999999999999999", "10000000", "1048577"])
def test_a_row_beyond_excels_last_row_is_refused_at_once(repo, db, tmp_path, number, reg):
    path = workbook(tmp_path / "rows.xlsx", row(2, "Osaka", "Japan")
                    + f'<row r="{number}"><c r="A{number}" t="inlineStr"><is><t>Kyoto</t>'
                      "</is></c></row>")
    assert path.stat().st_size < 5_000
    before = state(db)
    with pytest.raises(FileProblem) as caught:
        plan_import(reg, str(path), "partners")
    assert str(caught.value).startswith(f"rows.xlsx: the sheet “Partners” declares row {number},"
                                        " beyond Excel's limit (Excel's last row is 1,048,576)")
    assert state(db) == before


def test_a_limit_met_deep_in_the_sheet_refuses_the_whole_import(repo, db, tmp_path, reg):
    rows = "".join(row(n, f"City {n}", "Japan") for n in range(2, 60))
    path = workbook(tmp_path / "deep.xlsx", rows + row(2_000_000, "Kyoto", "Japan"))
    before = state(db)
    with pytest.raises(FileProblem, match="declares row 2000000, beyond Excel's limit"):
        plan_import(reg, str(path), "partners")
    assert state(db) == before


@pytest.mark.parametrize("before_data, message", [
    ('<dimension ref="A1:C99999999999"/>', "declares row 99999999999, beyond Excel's limit"),
    ("", "names the cell XFE2, beyond Excel's last column"),
])
def test_absurd_dimensions_and_columns_are_refused_without_counting_them(
        repo, tmp_path, before_data, message, reg):
    rows = row(2, "Osaka", "Japan")
    if not before_data:
        rows = '<row r="2"><c r="XFE2" t="inlineStr"><is><t>x</t></is></c></row>'
    path = workbook(tmp_path / "wide.xlsx", rows, before_data=before_data)
    with pytest.raises(FileProblem, match=message):
        plan_import(reg, str(path), "partners")


def test_a_gap_of_a_million_empty_rows_is_one_line_and_costs_nothing(repo, tmp_path, reg):
    path = workbook(tmp_path / "gap.xlsx", row(2, "Osaka", "Japan")
                    + row(1_000_000, "Kyoto", "Japan"))
    with plan_import(reg, str(path), "partners") as plan:
        assert [(r.rows_label, r.status) for r in plan.rows] == [
            ("2", "new"), ("3–999999", "empty"), ("1000000", "new")]
        assert plan.summary() == ("999,999 rows, 2 new, 0 update existing, 0 possible "
                                  "duplicates, 999997 empty")
        result = run_import(reg, plan)
    assert result.created == 2


def test_a_text_bomb_in_the_workbook_is_refused(repo, tmp_path, reg):
    laughs = ('<!DOCTYPE sst [<!ENTITY a "hahahahaha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
              '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>')
    path = workbook(tmp_path / "laughs.xlsx", row(2, "Osaka", "Japan"),
                    strings=["&c;"], strings_prolog=laughs)
    with pytest.raises(FileProblem, match="declares a DTD"):
        plan_import(reg, str(path), "partners")


@pytest.mark.parametrize("rows, message", [
    (f'<row r="2" spans="{"1:3 " * 600_000}">' + "</row>", "has a tag of more than 1 MB"),
    ("<x>" * 100 + "</x>" * 100, "nests elements more than 64 deep"),
    ("", "has more than 10,000 merged cells"),
])
def test_xml_shapes_that_would_hold_memory_are_refused(repo, tmp_path, rows, message, reg):
    merges = "".join(f'<mergeCell ref="A{n}:B{n}"/>' for n in range(2, 10_003))
    path = workbook(tmp_path / "shapes.xlsx", rows or row(2, "Osaka", "Japan"),
                    after_data="" if rows else f"<mergeCells>{merges}</mergeCells>")
    with pytest.raises(FileProblem, match=message):
        plan_import(reg, str(path), "partners")


def test_a_csv_cell_longer_than_excel_allows_is_named(repo, db, tmp_path, reg):
    path = tmp_path / "notes.csv"
    path.write_text("Name,Country,Notes\nOsaka,Japan,fine\nKyoto,Japan," + "x" * 200_000
                    + "\n", encoding="utf-8")
    with plan_import(reg, str(path), "partners") as plan:
        assert messages(plan) == [
            "Row 3, Notes (C): holds 200,000 characters; a cell holds at most 32,767 "
            "characters, as in Excel. Shorten it"]


def test_an_unclosed_quote_cannot_swallow_the_file(repo, db, tmp_path, reg):
    path = tmp_path / "quote.csv"
    with path.open("w", encoding="utf-8") as fh:
        fh.write('Name,Country,Notes\nOsaka,Japan,"never closed\n')
        for _ in range(60):
            fh.write("y" * 20_000 + "\n")
    before = state(db)
    with pytest.raises(FileProblem, match=r"^quote.csv: row 2 is longer than 1,048,576 "
                                          "characters .*closing quote"):
        plan_import(reg, str(path), "partners")
    assert state(db) == before


def test_an_import_takes_a_bounded_number_of_records(repo, db, tmp_path, monkeypatch, reg):
    monkeypatch.setattr(excel_import, "MAX_RECORDS", 3)
    path = tmp_path / "many.csv"
    path.write_text("Name,Country\n" + "".join(f"City {i},Japan\n" for i in range(5)),
                    encoding="utf-8")
    before = state(db)
    with pytest.raises(FileProblem, match="more than 3 rows to import; import at most 3 at a "
                                          r"time \(split the file\)"):
        plan_import(reg, str(path), "partners")
    assert state(db) == before


# -- text the register would not keep -------------------------------------------------------
def test_control_characters_and_long_names_are_row_problems_in_the_preview(repo, db, tmp_path, reg):
    path = tmp_path / "odd.xlsx"
    workbook(path, row(2, "Osaka_x0007_", "Japan") + row(3, "K" * 301, "Japan")
             + row(4, "Kyoto", "Japan", "two_x000A_lines") + row(5, "Nara", "Japan", "ok"))
    before = state(db)
    with plan_import(reg, str(path), "partners") as plan:
        assert messages(plan) == [
            "Row 2, Name (A): Character 6 is an invisible control character (U+0007); "
            "remove it.",
            "Row 3, Name (A): This text is 301 characters long; at most 300 are allowed here."]
        with pytest.raises(ImportRefused):
            run_import(reg, plan)
    assert state(db) == before
