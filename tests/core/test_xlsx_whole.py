"""A plain sheet is read whole by calamine, and gives exactly the rows the stream reader
gives; a sheet where the two could differ (a date shown as a year, a formula without its
value, a far column) or that is too big to hold is streamed."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter

from bkk_relations.core.excel import read, xlsx_stream, xlsx_whole


def _both(path: Path) -> tuple[list, list | None]:
    """(the stream reader's rows, calamine's rows or None where it would not read them)."""
    book = xlsx_stream.Workbook(str(path))
    try:
        sheet = book.sheets[0]
        streamed = list(book.rows(sheet))
        whole = xlsx_whole.Whole(book).rows(sheet)
        return streamed, list(whole) if whole is not None else None
    finally:
        book.close()


def _officer_sheet(path: Path, offset: int = 0) -> Path:
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("ทะเบียน")
    day = wb.add_format({"num_format": "d mmm yyyy"})
    stamp = wb.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    thai_day = wb.add_format({"num_format": "[$-th-TH]d mmmm bbbb"})
    r = offset
    ws.write_row(r, offset, ["ลำดับ", "ชื่อเมือง (อังกฤษ)", "ชื่อเมือง (ไทย)", "ประเทศ",
                             "วันที่ลงนาม", "ปรับปรุง", "ใช้งาน", "หมายเหตุ"])
    rows = [
        (1, "Busan", "ปูซาน", "เกาหลีใต้", dt.datetime(2011, 6, 19), dt.datetime(2024, 1, 2, 13, 30),
         True, "  spaced  "),
        (2, "Pusan", "ปูซาน", "Korea (South)", dt.datetime(1993, 4, 5), None, False, ""),
        (3.5, "Chongqing", "ฉงชิ่ง", "จีน", dt.datetime(2549, 6, 19 - 1), None, None,
         "line one\nline two"),
    ]
    for values in rows:
        r += 1
        for c, v in enumerate(values):
            col = offset + c
            if isinstance(v, dt.datetime):
                ws.write_datetime(r, col, v, stamp if v.hour else day if c == 4 else thai_day)
            elif v is not None:
                ws.write(r, col, v)
    ws.write_string(r + 2, offset + 1, "Hà Nội _x000D_ literal")  # a blank row before it
    wb.close()
    return path


@pytest.mark.parametrize("offset", [0, 2])
def test_an_officers_plain_sheet_reads_the_same_whole_as_streamed(tmp_path, offset):
    streamed, whole = _both(_officer_sheet(tmp_path / "plain.xlsx", offset))
    assert whole is not None, "a plain sheet is read whole"
    assert whole == streamed
    assert streamed[0][0] == offset + 1 and streamed[-1][0] == offset + 6  # Excel's numbers
    assert dt.date(2011, 6, 19) in streamed[1][1]


def test_a_sheet_saved_by_openpyxl_with_dates_and_numbers_reads_the_same(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Name", "Signed", "Count", "Share"])
    ws.append(["Kyoto", dt.date(2023, 4, 5), 12, 0.25])
    ws.append(["Seoul", dt.datetime(2020, 1, 1, 8, 15), -3, 1e20])
    ws["B2"].number_format = "dd/mm/yyyy"
    path = tmp_path / "openpyxl.xlsx"
    wb.save(path)
    streamed, whole = _both(path)
    assert whole is not None and whole == streamed


@pytest.mark.parametrize("case", ["year only", "formula", "column AA", "too big"])
def test_a_sheet_calamine_would_read_otherwise_is_streamed(tmp_path, monkeypatch, case):
    path = tmp_path / f"{case}.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet()
    ws.write_row(0, 0, ["Name", "Signed", "Notes"])
    ws.write(1, 0, "Kyoto")
    if case == "year only":  # a year typed as a date shown "yyyy" stays a year
        ws.write_datetime(1, 1, dt.datetime(1997, 1, 1), wb.add_format({"num_format": "yyyy"}))
    elif case == "formula":  # saved without its value, as scripts write it
        ws.write_formula(1, 2, "=ติดตามผล", None, "")
    elif case == "column AA":
        ws.write(1, 26, "far")
    else:
        monkeypatch.setattr(xlsx_whole, "WHOLE_SHEET_BYTES", 100)
    wb.close()
    streamed, whole = _both(path)
    assert whole is None
    expected = {"year only": "1997", "formula": xlsx_stream.Formula("ติดตามผล"),
                "column AA": "far", "too big": "Kyoto"}[case]
    assert expected in streamed[1][1]


def test_the_header_is_found_from_the_first_rows_and_the_rows_read_whole(tmp_path,
                                                                        monkeypatch):
    """Finding the header row reads only the sheet's first rows and the text they use (an
    officer's 50,000-row sheet opens in the wizard at once); the rows are then read whole."""
    path = _officer_sheet(tmp_path / "plain.xlsx")
    loads: list[bool] = []
    original = xlsx_whole.Whole.rows

    def counted(self, sheet):
        rows = original(self, sheet)
        loads.append(rows is not None)
        return rows

    monkeypatch.setattr(xlsx_whole.Whole, "rows", counted)
    info = read.inspect(str(path), "partner", keep_open=True)
    try:
        strings = info.workbook.strings()
        assert loads == [] and strings.pump is not None, "the header was found by streaming"
        sheet = read.choose_sheet(info, "partner")
        assert sheet.header_row == 1 and sheet.last_row == 6
        rows = list(read.read_rows(info, sheet))
        whole = info.workbook.whole
    finally:
        info.close()
    assert loads == [True], "the rows were read whole"
    assert whole._calamine is None, "closed with the workbook"
    assert [n for n, _ in rows] == [2, 3, 4, 6]


def test_a_long_shared_string_table_is_read_as_far_as_the_rows_ask(tmp_path):
    """The header of a sheet whose text table is long is found from its first entries; the
    last row still reads its own text."""
    path = tmp_path / "long.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet()
    ws.write_row(0, 0, ["Name", "Country"])
    for n in range(1, 20_000):
        ws.write_row(n, 0, [f"City {n}", f"Country {n}"])
    wb.close()
    book = xlsx_stream.Workbook(str(path))
    try:
        rows = book.rows(book.sheets[0])
        assert next(rows) == (1, ["Name", "Country"])
        assert book.strings().pump is not None, "the whole table was read for the header"
        assert list(rows)[-1] == (20_000, ["City 19999", "Country 19999"])
    finally:
        book.close()


def _as_computed(path: Path) -> None:
    """The workbook as Excel or LibreOffice saves it once computed: its results are values
    (XlsxWriter asks for them to be computed again on opening)."""
    with zipfile.ZipFile(path) as zf:
        parts = {i.filename: zf.read(i.filename) for i in zf.infolist()}
    parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(b' fullCalcOnLoad="1"', b"")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)


def test_formulas_saved_with_their_values_read_whole(tmp_path):
    """LibreOffice saves TRUE and FALSE as the formulas TRUE() and FALSE() with their
    values; a sheet of totals keeps its results: both read as the stream reader reads them."""
    path = tmp_path / "values.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet()
    ws.write_row(0, 0, ["Name", "Active", "Projects"])
    ws.write(1, 0, "Kyoto")
    ws.write_formula(1, 1, "=TRUE()", None, True)
    ws.write_formula(1, 2, "=1+2", None, 3)
    wb.close()
    _as_computed(path)
    streamed, whole = _both(path)
    assert whole is not None and whole == streamed == [(1, ["Name", "Active", "Projects"]),
                                                      (2, ["Kyoto", True, 3])]


@pytest.mark.parametrize("chunk", [40, 57, 64, 1 << 20])
def test_a_formula_without_its_value_is_found_wherever_the_scan_cuts(tmp_path, monkeypatch,
                                                                      chunk):
    monkeypatch.setattr(xlsx_whole, "_SCAN_CHUNK", chunk)
    path = tmp_path / "late.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Name", "Notes"])
    for n in range(40):
        ws.append([f"City {n}", f"note {n}"])
    ws.append(["Nara", "=ติดตามผล"])  # openpyxl saves a formula without its value
    wb.save(path)
    streamed, whole = _both(path)
    assert whole is None
    assert streamed[-1][1] == ["Nara", xlsx_stream.Formula("ติดตามผล")]
