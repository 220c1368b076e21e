"""Streaming spreadsheet writers: .xlsx with XlsxWriter in ``constant_memory`` mode, and
.csv (UTF-8 with BOM, so Excel shows Thai), behind one small interface.

Every sheet gets a title row, a note row, a bold frozen header with an autofilter, column
widths from the header and the first rows, real date cells and numbers. A text value that
starts with = + - @ tab or CR is written as a string (with Excel's quote prefix), never as a
formula; in CSV it gets a leading apostrophe, as OWASP recommends.

Why XlsxWriter: measured by bench/excel_bench.py, its ``constant_memory`` mode writes the
same cells about 1.6x faster than openpyxl's write-only mode, with flat memory (each row goes
to a temporary file as soon as the next one starts).

Dates: stored dates may be partial ("1997", "2012-02"). Every date becomes a real date cell
(sortable, filterable) holding the first day it can mean, with a number format showing only
what is known: "yyyy", "mm/yyyy" or "dd/mm/yyyy". With the Buddhist calendar the format
carries Excel's Thai-Buddhist calendar code ([$-107041E]), so the cell shows 2566 while it
holds the real date 2023. Imports read the precision back from the number format.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as _dt
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import xlsxwriter
from xlsxwriter.exceptions import XlsxWriterException

from .. import files
from ..errors import Cancelled, CoreError  # noqa: F401 - Cancelled: stops a writing export

DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r")
_DANGEROUS = frozenset(DANGEROUS_START)
_EXCEL_EPOCH = _dt.date(1899, 12, 30).toordinal()
BUDDHIST_CODE = "[$-107041E]"
DATE_FORMATS = {"day": "dd/mm/yyyy", "month": "mm/yyyy", "year": "yyyy"}
# Whole numbers and coordinates show well in General, so they get no format (cheaper).
_NUMBER_FORMATS = {"number": "#,##0.####", "money": "#,##0.00"}
_FIXED_WIDTH = {"date": 12, "int": 10, "number": 12, "money": 16, "coord": 11, "bool": 9}
_ROW_STYLES = {"expiring": {"bg_color": "#FFEB9C", "font_color": "#9C5700"},
               "overdue": {"bg_color": "#FFC7CE", "font_color": "#9C0006"}}
MAX_WIDTH = 50
WIDTH_SAMPLE_ROWS = 2000  # widths come from the header and the first rows: cheap, and enough
HEADER_ROW = 2  # 0-based: title, note, header
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


# Every workbook the app writes (the reports and the graph's) keeps text as text: XlsxWriter
# would otherwise turn a name such as =HYPERLINK(...) into a live formula, a web address
# into a link and digits into a number.
SAFE_OPTIONS = {"strings_to_numbers": False, "strings_to_formulas": False,
                "strings_to_urls": False}


def write_cell(ws: Any, row: int, col: int, value: object, fmt: object = None,
               quoted: object = None) -> None:
    """One cell of a workbook written outside the report sheets: a number as a number, any
    other value as text (with Excel's quote prefix, the ``quoted`` format, when it starts
    like a formula), nothing for None or empty text."""
    if value is None or value == "":
        return
    if isinstance(value, int | float) and not isinstance(value, bool):
        ws.write_number(row, col, value, fmt)
        return
    text = str(value)
    ws.write_string(row, col, text, quoted if text[0] in _DANGEROUS else fmt)


@dataclass(frozen=True)
class OutColumn:
    """A column of an exported sheet. ``kind``: text, date, int, number, money, coord, bool."""

    title: str
    kind: str = "text"
    width: int | None = None


def date_cell(iso: str) -> tuple[int, str] | None:
    """(Excel serial day, precision) of a stored partial ISO date; None if it is not one."""
    try:
        if len(iso) == 10:
            return _dt.date.fromisoformat(iso).toordinal() - _EXCEL_EPOCH, "day"
        if len(iso) == 7:
            return _dt.date(int(iso[:4]), int(iso[5:7]), 1).toordinal() - _EXCEL_EPOCH, "month"
        if len(iso) == 4:
            return _dt.date(int(iso), 1, 1).toordinal() - _EXCEL_EPOCH, "year"
    except ValueError:
        return None
    return None


class Sheet(Protocol):
    name: str
    rows: int

    def add_row(self, values: Sequence[object], style: str | None = None) -> None: ...


class Book(Protocol):
    kind: str  # "xlsx" (any number of sheets) or "csv" (one table)

    def add_sheet(self, name: str, columns: Sequence[OutColumn], *, title: str,
                  note: str = "") -> Sheet: ...


# -- xlsx ------------------------------------------------------------------------------------
class XlsxSheet:
    def __init__(self, book: XlsxBook, name: str, columns: Sequence[OutColumn], title: str,
                 note: str):
        self.book, self.columns = book, list(columns)
        self.ws = book.wb.add_worksheet(name)
        self.name = name
        self.kinds = [c.kind for c in self.columns]
        self.widths = [max(len(c.title) + 4, 8) for c in self.columns]
        self.rows = 0
        self._next = HEADER_ROW + 1
        self._formats: dict[tuple[str, str, str | None], object] = {}
        self._by_style: dict[str | None, tuple[object, object, dict, list]] = {}
        ws = self.ws
        ws.write_string(0, 0, title, book.format("title"))
        if note:
            ws.write_string(1, 0, note, book.format("note"))
        header = book.format("header")
        for c, col in enumerate(self.columns):
            ws.write_string(HEADER_ROW, c, col.title, header)
        ws.set_row(HEADER_ROW, 30)
        ws.freeze_panes(HEADER_ROW + 1, 0)
        ws.repeat_rows(0, HEADER_ROW)
        ws.set_landscape()
        ws.set_paper(9)  # A4
        ws.fit_to_pages(1, 0)
        ws.set_footer("&L&A&RPage &P / &N")
        self._plain = self._row_formats(None)

    def fmt(self, kind: str, variant: str = "", style: str | None = None) -> object:
        key = (kind, variant, style)
        found = self._formats.get(key)
        if found is None:
            props: dict[str, object] = dict(_ROW_STYLES.get(style or "", {}))
            if kind == "date":
                code = BUDDHIST_CODE if self.book.calendar == "buddhist" else ""
                props["num_format"] = code + DATE_FORMATS[variant]
                props["align"] = "left"
            elif kind in _NUMBER_FORMATS:
                props["num_format"] = _NUMBER_FORMATS[kind]
            elif variant == "quoted":
                props["quote_prefix"] = True
            found = self._formats[key] = self.book.wb.add_format(props) if props else None
        return found

    def _row_formats(self, style: str | None) -> tuple[object, object, dict, list]:
        found = self._by_style.get(style)
        if found is None:
            found = self._by_style[style] = (
                self.fmt("text", "", style), self.fmt("text", "quoted", style),
                {p: self.fmt("date", p, style) for p in DATE_FORMATS},
                [self.fmt(k, "", style) if k in _NUMBER_FORMATS else self.fmt("text", "", style)
                 for k in self.kinds])
        return found

    def add_row(self, values: Sequence[object], style: str | None = None) -> None:
        """Write one row; per cell only a type test and the write (this loop is the cost of
        a 100k-row export beyond the writer itself)."""
        r = self._next
        self._next += 1
        self.rows += 1
        ws, kinds, widths = self.ws, self.kinds, self.widths
        write_string, write_number = ws.write_string, ws.write_number
        plain, quoted, date_formats, number_formats = (
            self._plain if style is None else self._row_formats(style))
        measure = self.rows <= WIDTH_SAMPLE_ROWS
        c = -1
        for value in values:
            c += 1
            if value is None:
                if style:
                    ws.write_blank(r, c, None, date_formats["day"] if kinds[c] == "date"
                                   else number_formats[c])
                continue
            if type(value) is str:
                if not value:
                    continue
                if kinds[c] == "date":
                    cell = date_cell(value)
                    if cell is not None:
                        write_number(r, c, cell[0], date_formats[cell[1]])
                        continue
                write_string(r, c, value, quoted if value[0] in _DANGEROUS else plain)
                if measure and len(value) > widths[c]:
                    widths[c] = len(value)
            elif type(value) is bool or kinds[c] == "bool":
                ws.write_boolean(r, c, bool(value), plain)
            elif isinstance(value, int | float):
                write_number(r, c, value, number_formats[c])
            else:
                text = str(value)
                write_string(r, c, text, quoted if text[:1] in _DANGEROUS else plain)

    def finish(self) -> None:
        ws = self.ws
        for c, col in enumerate(self.columns):
            width = col.width or _FIXED_WIDTH.get(col.kind) or self.widths[c] + 2
            ws.set_column(c, c, min(max(width, len(col.title) + 4), MAX_WIDTH))
        last = HEADER_ROW + max(self.rows, 1)
        ws.autofilter(HEADER_ROW, 0, last, max(len(self.columns) - 1, 0))


class XlsxBook:
    """An .xlsx workbook written row by row; ``close`` moves it into place."""

    kind = "xlsx"

    def __init__(self, tmp: str, *, calendar: str, properties: dict[str, str]):
        self.calendar = calendar
        self.wb = xlsxwriter.Workbook(tmp, {"constant_memory": True, **SAFE_OPTIONS})
        self.wb.set_properties(properties)
        self._styles: dict[str, object] = {}
        self._closed = False
        self.sheets: list[XlsxSheet] = []
        self._names: set[str] = set()

    def format(self, name: str) -> object:
        if name not in self._styles:
            props = {
                "title": {"bold": True, "font_size": 14},
                "note": {"italic": True, "font_color": "#595959"},
                "header": {"bold": True, "bg_color": "#DCE6F1", "bottom": 1,
                           "text_wrap": True, "valign": "vcenter"},
            }[name]
            self._styles[name] = self.wb.add_format(props)
        return self._styles[name]

    def add_sheet(self, name: str, columns: Sequence[OutColumn], *, title: str,
                  note: str = "") -> XlsxSheet:
        if self.sheets:
            self.sheets[-1].finish()
        sheet = XlsxSheet(self, self._sheet_name(name), columns, title, note)
        self.sheets.append(sheet)
        return sheet

    def _sheet_name(self, name: str) -> str:
        base = _BAD_SHEET_CHARS.sub(" ", name).strip()[:31] or "Sheet"
        candidate, n = base, 2
        while candidate.casefold() in self._names:
            candidate = f"{base[:28]} {n}"
            n += 1
        self._names.add(candidate.casefold())
        return candidate

    def close(self) -> None:
        if self.sheets:
            self.sheets[-1].finish()
        self._closed = True
        self.wb.close()

    def abort(self) -> None:
        if not self._closed:  # releases XlsxWriter's temporary row files
            self._closed = True
            with contextlib.suppress(Exception):
                self.wb.close()


# -- csv -------------------------------------------------------------------------------------
class CsvSheet:
    def __init__(self, writer: Any, name: str, columns: Sequence[OutColumn]):
        self.writer, self.name = writer, name
        self.kinds = [c.kind for c in columns]
        self.rows = 0
        writer.writerow([c.title for c in columns])

    def add_row(self, values: Sequence[object], style: str | None = None) -> None:
        self.rows += 1
        out = []
        for kind, value in zip(self.kinds, values, strict=False):
            if value is None:
                out.append("")
            elif kind == "bool":
                out.append("TRUE" if value else "FALSE")
            elif isinstance(value, float) and value.is_integer():
                out.append(str(int(value)))
            elif isinstance(value, str):
                out.append("'" + value if value and value[0] in DANGEROUS_START else value)
            else:
                out.append(str(value))
        self.writer.writerow(out)


class CsvBook:
    """One table as CSV (no title rows, so it opens as plain data); dates stay ISO."""

    kind = "csv"

    def __init__(self, tmp: str):
        self.fh = open(tmp, "w", encoding="utf-8-sig", newline="")  # noqa: SIM115
        self.writer = csv.writer(self.fh)
        self.sheets: list[CsvSheet] = []

    def add_sheet(self, name: str, columns: Sequence[OutColumn], *, title: str,
                  note: str = "") -> CsvSheet:
        if self.sheets:
            raise CoreError("This export has several sheets, which CSV cannot hold; "
                            "export it as .xlsx.")
        self.sheets.append(CsvSheet(self.writer, name, columns))
        return self.sheets[0]

    def close(self) -> None:
        self.fh.close()

    def abort(self) -> None:
        self.fh.close()


# -- opening and finishing --------------------------------------------------------------------
def output_format(path: str | os.PathLike[str]) -> str:
    if Path(path).is_dir():
        raise CoreError(f"{path} is a folder; choose a file name.")
    suffix = Path(path).suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise CoreError(f"{Path(path).name}: choose a file name ending in .xlsx or .csv.")
    return suffix[1:]


@contextlib.contextmanager
def open_book(path: str | os.PathLike[str], *, calendar: str = "gregorian",
              properties: dict[str, str] | None = None) -> Iterator[XlsxBook | CsvBook]:
    """A workbook written to a temporary file beside ``path`` and moved into place only when
    the block ends without error, so a failed or cancelled export leaves no half file (and an
    existing file is kept until the new one is complete)."""
    target = Path(path)
    kind = output_format(target)
    try:
        with files.replacing(target) as tmp:
            book = (XlsxBook(str(tmp), calendar=calendar, properties=properties or {})
                    if kind == "xlsx" else CsvBook(str(tmp)))
            try:
                yield book
                book.close()
            except BaseException:
                book.abort()  # before the temporary file is removed: abort writes it
                raise
    except PermissionError as exc:
        raise CoreError(f"{target} cannot be written: it may be open in Excel or another "
                        "program. Close it there, or choose another file name.") from exc
    except (OSError, XlsxWriterException) as exc:
        raise CoreError(f"{target} could not be written: {exc}.") from exc
