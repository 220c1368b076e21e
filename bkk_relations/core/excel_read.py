"""Reading the spreadsheets officers keep: .xlsx (openpyxl, read-only streaming) and .csv
(UTF-8 with or without BOM, or Thai Windows cp874; comma, semicolon or tab).

``inspect`` looks at a file without reading it all: its sheets, where each sheet's header row
is and how well the headers match a record type. ``read_rows`` then streams one sheet's rows.
Files that are empty, not spreadsheets, old .xls, password-protected or damaged are refused
with a message saying what to do.
"""

from __future__ import annotations

import codecs
import csv
import datetime as _dt
import re
import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import files
from .errors import CoreError
from .excel_fields import FIELDS, match_headers
from .excel_values import clean_text

HEADER_SCAN_ROWS = 30
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"
_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\s+ref=\"([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?\"")


class FileProblem(CoreError):
    """The file cannot be read as a spreadsheet; nothing was changed."""


@dataclass
class SheetInfo:
    name: str
    header_row: int = 0  # 1-based; 0: no header found
    headers: list[str] = field(default_factory=list)
    score: int = 0  # how many headers name a field of the record type
    last_row: int | None = None  # as the file declares it (may be missing)
    samples: list[list[object]] = field(default_factory=list)  # first rows after the header

    @property
    def has_data(self) -> bool:
        return bool(self.headers)


@dataclass
class FileInfo:
    path: str
    kind: str  # xlsx | csv
    sheets: list[SheetInfo]
    encoding: str | None = None
    delimiter: str | None = None
    workbook: Any = None  # kept open by inspect(keep_open=True): loading it is the slow part

    def close(self) -> None:
        if self.workbook is not None:
            self.workbook.close()
            self.workbook = None

    def sheet(self, name: str) -> SheetInfo:
        for s in self.sheets:
            if s.name == name:
                return s
        names = ", ".join(f"“{s.name}”" for s in self.sheets)
        raise FileProblem(f"{Path(self.path).name} has no sheet “{name}”; it has: {names}.")


def _kind(path: Path) -> str:
    try:
        files.input_file(path, what="spreadsheet")  # a regular file, not the open database
    except files.FileRefused as exc:
        raise FileProblem(str(exc)) from None
    size = path.stat().st_size
    if size == 0:
        raise FileProblem(f"{path.name} is empty (0 bytes); there is nothing to import.")
    with path.open("rb") as fh:
        head = fh.read(8192)
    suffix = path.suffix.lower()
    if head.startswith(_OLE_MAGIC):
        raise FileProblem(f"{path.name} is an old Excel 97–2003 workbook or a password-"
                          "protected one; open it in Excel, remove any password and save it "
                          "as an Excel Workbook (.xlsx).")
    if suffix == ".ods" or head.startswith(_ZIP_MAGIC) and b"opendocument" in head:
        raise FileProblem(f"{path.name} is an OpenDocument spreadsheet; save it as .xlsx "
                          "(Excel 2007-365) and import that.")
    if head.startswith(_ZIP_MAGIC):
        return "xlsx"
    if suffix in (".xlsx", ".xlsm", ".xls"):
        raise FileProblem(f"{path.name} is not an Excel workbook (its contents are not a "
                          ".xlsx file); save it from Excel as .xlsx or as CSV UTF-8.")
    if b"\x00" in head:
        raise FileProblem(f"{path.name} is not a spreadsheet or a text (CSV) file; import "
                          ".xlsx or .csv files.")
    return "csv"


# -- xlsx --------------------------------------------------------------------------------------
def _open_workbook(path: Path) -> Any:  # an openpyxl read-only Workbook
    import openpyxl

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "no default style" and similar noise
            return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise FileProblem(f"{path.name} is damaged or not an Excel workbook ({exc}); open it "
                          "in Excel and save it again as .xlsx.") from exc
    except Exception as exc:  # openpyxl raises many kinds on broken XML
        raise FileProblem(f"{path.name} could not be read as an Excel workbook: {exc}."
                          ) from exc


def _precision(number_format: str) -> str:
    fmt = re.sub(r"\[[^\]]*\]|\"[^\"]*\"", "", number_format or "").lower()
    if "d" in fmt or "h" in fmt or "s" in fmt:
        return "day"
    return "month" if "m" in fmt else "year"


def _cell_value(cell: Any) -> object:
    value = cell.value
    if isinstance(value, _dt.datetime):
        precision = _precision(cell.number_format)
        if precision == "year":
            return f"{value.year:04d}"
        if precision == "month":
            return f"{value.year:04d}-{value.month:02d}"
        return value.date() if value.time() == _dt.time() else value
    if isinstance(value, str):
        return clean_text(value)
    return value


def _xlsx_rows(ws: Any) -> Iterator[tuple[int, list[object]]]:
    ws.reset_dimensions()  # some programs write a wrong <dimension>; read every row
    for cells in ws.iter_rows():
        if not cells:
            continue
        number = getattr(cells[0], "row", None)
        values = [_cell_value(c) for c in cells]
        if number is None:
            continue
        yield number, values


def merged_ranges(path: str, ws: Any) -> list[tuple[int, int, int, int]]:
    """(first_row, first_col, last_row, last_col), 1-based, of the sheet's merged cells.

    Read-only worksheets do not expose them, so the sheet's XML is scanned (streamed)."""
    from openpyxl.utils import column_index_from_string

    part = getattr(ws, "_worksheet_path", None)  # openpyxl keeps the part name here
    if not part:
        return []
    out = []
    with zipfile.ZipFile(path) as zf, zf.open(part.lstrip("/")) as fh:
        tail = b""
        while chunk := fh.read(1 << 20):
            data = tail + chunk
            for m in _MERGE.finditer(data):
                c1, r1, c2, r2 = m.groups()
                out.append((int(r1), column_index_from_string(c1.decode()),
                            int(r2 or r1), column_index_from_string((c2 or c1).decode())))
            tail = data[-200:]  # a tag cut by the chunk boundary is found next time
    return sorted(set(out))


# -- csv ---------------------------------------------------------------------------------------
def _csv_encoding(path: Path) -> str:
    with path.open("rb") as fh:
        head = fh.read(4)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        return "utf-16"
    decoder = codecs.getincrementaldecoder("utf-8")()
    with path.open("rb") as fh:
        try:
            while chunk := fh.read(1 << 20):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "cp874"  # Thai Windows: what Excel's plain "CSV" writes on a Thai PC
    return "utf-8"


def _csv_dialect(path: Path, encoding: str) -> str:
    with path.open(encoding=encoding, newline="") as fh:
        sample = fh.read(65536)
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        return ","


def _csv_rows(path: Path, encoding: str, delimiter: str) -> Iterator[tuple[int, list[object]]]:
    with path.open(encoding=encoding, errors="replace", newline="") as fh:
        for number, row in enumerate(csv.reader(fh, delimiter=delimiter), start=1):
            yield number, [clean_text(v) for v in row]


# -- inspecting --------------------------------------------------------------------------------
def _score(headers: list[str], entity: str | None) -> int:
    entities = [entity] if entity else list(FIELDS)
    return max(len(match_headers(e, headers)) for e in entities)


def _find_header(rows: Iterator[tuple[int, list[object]]], entity: str | None
                 ) -> SheetInfo:
    """The header row is the one among the first rows whose cells name the most fields;
    without any such row, the first row with two or more filled cells."""
    info = SheetInfo("")
    first_wide: tuple[int, list[str]] | None = None
    seen: list[tuple[int, list[object]]] = []
    for number, values in rows:
        seen.append((number, values))
        if len(seen) > HEADER_SCAN_ROWS:
            break
        texts = [str(v) if v is not None else "" for v in values]
        filled = sum(1 for t in texts if t.strip())
        if filled >= 2 and first_wide is None:
            first_wide = (number, texts)
        score = _score(texts, entity) if filled else 0
        if score > info.score:
            info.header_row, info.headers, info.score = number, texts, score
    if not info.header_row and first_wide:
        info.header_row, info.headers = first_wide
    while info.headers and not info.headers[-1].strip():
        info.headers.pop()
    info.samples = [v for n, v in seen if n > info.header_row][:5]
    return info


def inspect(path: str, entity: str | None = None, *, keep_open: bool = False) -> FileInfo:
    """The sheets of a file and, for each, its header row and how well it fits ``entity``.
    With ``keep_open`` the workbook stays open for read_rows (call FileInfo.close)."""
    file = Path(path)
    kind = _kind(file)
    if kind == "csv":
        encoding = _csv_encoding(file)
        delimiter = _csv_dialect(file, encoding)
        sheet = _find_header(_csv_rows(file, encoding, delimiter), entity)
        sheet.name = file.stem
        return FileInfo(str(path), "csv", [sheet], encoding, delimiter)
    wb = _open_workbook(file)
    try:
        sheets = []
        for ws in wb.worksheets:
            if getattr(ws, "sheet_state", "visible") != "visible" or not hasattr(ws, "iter_rows"):
                continue  # hidden sheets and chart sheets hold no rows to import
            try:
                sheet = _find_header(_xlsx_rows(ws), entity)
                last = ws.max_row
            except Exception as exc:  # broken sheet XML
                raise FileProblem(f"{file.name}: the sheet “{ws.title}” is damaged ({exc})."
                                  ) from exc
            sheet.name, sheet.last_row = ws.title, last
            sheets.append(sheet)
    except BaseException:
        wb.close()
        raise
    if not keep_open:
        wb.close()
        wb = None
    return FileInfo(str(path), "xlsx", sheets, workbook=wb)


def choose_sheet(info: FileInfo, entity: str, name: str | None = None) -> SheetInfo:
    """The named sheet, or the one whose headers best fit ``entity``; a workbook with several
    equally good sheets needs a choice."""
    if name:
        return info.sheet(name)
    usable = [s for s in info.sheets if s.has_data]
    if not usable:
        raise FileProblem(f"{Path(info.path).name} has no rows to import (every sheet is "
                          "empty).")
    best = max(s.score for s in usable)
    top = [s for s in usable if s.score == best]
    if len(top) > 1:
        names = ", ".join(f"“{s.name}”" for s in top)
        raise FileProblem(f"{Path(info.path).name} has several sheets that could hold the "
                          f"records: {names}. Choose one (--sheet NAME).")
    return top[0]


def read_rows(info: FileInfo, sheet: SheetInfo) -> Iterator[tuple[int, list[object]]]:
    """The rows below the header row, streamed: (row number as Excel shows it, values)."""
    file = Path(info.path)
    if info.kind == "csv":
        rows = _csv_rows(file, info.encoding or "utf-8", info.delimiter or ",")
        for number, values in rows:
            if number > sheet.header_row:
                yield number, values
        return
    wb = info.workbook or _open_workbook(file)
    try:
        for number, values in _xlsx_rows(wb[sheet.name]):
            if number > sheet.header_row:
                yield number, values
    finally:
        if wb is not info.workbook:
            wb.close()


def merged_cells(info: FileInfo, sheet: SheetInfo) -> list[tuple[int, int, int, int]]:
    """Merged ranges that reach the header row or the rows below it."""
    if info.kind != "xlsx":
        return []
    wb = info.workbook or _open_workbook(Path(info.path))
    try:
        ranges = merged_ranges(info.path, wb[sheet.name])
    finally:
        if wb is not info.workbook:
            wb.close()
    return [r for r in ranges if r[2] >= sheet.header_row]
