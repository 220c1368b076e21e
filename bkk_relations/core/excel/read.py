"""Reading the spreadsheets officers keep: .xlsx (xlsx_stream), legacy .xls and OpenDocument
.ods (calamine_read) and .csv (csv_read: UTF-8, UTF-16 or UTF-32, or Thai Windows cp874;
comma, semicolon or tab).

``inspect`` looks at a file without reading it all: its sheets, where each sheet's header row
is and how well the headers match a record type. ``read_rows`` then streams one sheet's rows.
Files that are empty, not spreadsheets, password-protected, damaged or beyond the
limits of input_limits are refused with a message saying what to do; a cell too long to keep
comes as input_limits.Oversized and undecodable bytes as csv_read.UNDECODABLE characters, for
the importer to name row and column.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import files
from ..errors import CsvProblem, FileProblem, FileRefused, XlsxError
from ..messages import Msg
from . import calamine_read, csv_read, xlsx_stream, xlsx_whole
from .columns import FIELDS, match_headers
from .values import clean_text

HEADER_SCAN_ROWS = 30
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"


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
    kind: str  # xlsx | xls | ods | csv
    sheets: list[SheetInfo]
    encoding: str | None = None  # a CSV file's, as an officer knows it ("UTF-8")
    delimiter: str | None = None
    workbook: Any = None  # kept open by inspect(keep_open=True): loading it is the slow part
    csv_encoding: csv_read.Encoding | None = None

    def close(self) -> None:
        if self.workbook is not None:
            self.workbook.close()
            self.workbook = None

    def sheet(self, name: str) -> SheetInfo:
        for s in self.sheets:
            if s.name == name:
                return s
        names = ", ".join(f"“{s.name}”" for s in self.sheets)
        raise FileProblem(code="file.no_sheet", file=Path(self.path).name, sheet=name,
                          sheets=names)


def _kind(path: Path) -> str:
    try:
        files.input_file(path, what="spreadsheet")  # a regular file, not the open database
    except FileRefused as exc:
        raise FileProblem(str(exc), code=exc.code, **exc.params) from None
    size = path.stat().st_size
    if size == 0:
        raise FileProblem(code="file.empty", file=path.name)
    with path.open("rb") as fh:
        head = fh.read(8192)
    suffix = path.suffix.lower()
    if head.startswith(_OLE_MAGIC):
        return "xls"  # or a password-protected workbook: calamine_read tells
    if suffix == ".ods" or head.startswith(_ZIP_MAGIC) and b"opendocument" in head:
        return "ods"
    if head.startswith(_ZIP_MAGIC):
        return "xlsx"
    if suffix in (".xlsx", ".xlsm", ".xls"):
        raise FileProblem(code="file.not_xlsx", file=path.name)
    return "csv"  # csv_read tells UTF-16 text from binary files


# -- xlsx ---------------------------------------------------------------------------------------
def _refused(path: Path, exc: XlsxError | CsvProblem) -> FileProblem:
    """A reader's message as a FileProblem that starts with the file's name ("x.xlsx is
    encrypted…", "x.csv: row 7 …")."""
    says = str(exc).startswith(("is ", "has "))
    return FileProblem(code="file.reader_is" if says else "file.reader", file=path.name,
                       problem=Msg(exc.code or str(exc), exc.params))


def _open_workbook(path: Path) -> xlsx_stream.Workbook:
    try:
        return xlsx_stream.Workbook(str(path))
    except XlsxError as exc:
        raise _refused(path, exc) from None


def _xlsx_rows(book: xlsx_stream.Workbook, sheet: xlsx_stream.Sheet, *, whole: bool = True
               ) -> Iterator[tuple[int, list[object]]]:
    """A sheet's rows; ``whole``: all of them, read whole where calamine may (finding the
    header row streams its first rows, which costs nothing however long the sheet)."""
    rows = None
    if whole:
        if book.whole is None:
            book.whole = xlsx_whole.Whole(book)
        rows = book.whole.rows(sheet)
    for number, values in rows or book.rows(sheet):
        yield number, [clean_text(v) if isinstance(v, str) else v for v in values]


def _usable(sheet: xlsx_stream.Sheet) -> bool:
    return sheet.state == "visible" and sheet.worksheet  # hidden and chart sheets: no rows


# -- xls, ods ----------------------------------------------------------------------------------
def _open_legacy(path: Path, kind: str) -> calamine_read.Book:
    """A .xls or .ods workbook; one that cannot be read is refused with what to do."""
    try:
        return calamine_read.Book(str(path), kind)
    except XlsxError:
        code = "file.old_excel" if kind == "xls" else "file.opendocument"
        raise FileProblem(code=code, file=path.name) from None


def _legacy_rows(book: calamine_read.Book, name: str) -> Iterator[tuple[int, list[object]]]:
    for number, values in book.rows(name):
        yield number, [clean_text(v) if isinstance(v, str) else v for v in values]


# -- csv ---------------------------------------------------------------------------------------
def _csv_rows(path: Path, encoding: csv_read.Encoding, delimiter: str
              ) -> Iterator[tuple[int, list[object]]]:
    for number, row in csv_read.rows(path, encoding, delimiter):
        yield number, [clean_text(v) if isinstance(v, str) else v for v in row]


def _reading(path: Path, rows: Iterator[tuple[int, list[object]]]
             ) -> Iterator[tuple[int, list[object]]]:
    """``rows``, with a limit or damage met on the way refused as a FileProblem."""
    try:
        yield from rows
    except (XlsxError, CsvProblem) as exc:
        raise _refused(path, exc) from None


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
    for number, raw in rows:
        values = [csv_read.shown(v) if isinstance(v, str) else v for v in raw]  # for display
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
        try:
            encoding = csv_read.detect(file)
            delimiter = csv_read.sniff_delimiter(file, encoding)
        except CsvProblem as exc:
            raise _refused(file, exc) from None
        sheet = _find_header(_reading(file, _csv_rows(file, encoding, delimiter)), entity)
        sheet.name = file.stem
        return FileInfo(str(path), "csv", [sheet], encoding.name, delimiter,
                        csv_encoding=encoding)
    if kind in ("xls", "ods"):
        book = _open_legacy(file, kind)
        try:
            sheets = []
            for name in book.sheets:
                sheet = _find_header(_reading(file, _legacy_rows(book, name)), entity)
                sheet.name = name
                sheets.append(sheet)
        finally:
            book.close()
        return FileInfo(str(path), kind, sheets)
    wb = _open_workbook(file)
    try:
        sheets = []
        for ws in wb.sheets:
            if not _usable(ws):
                continue
            sheet = _find_header(_reading(file, _xlsx_rows(wb, ws, whole=False)), entity)
            sheet.name, sheet.last_row = ws.name, ws.last_row
            sheets.append(sheet)
    except BaseException:
        wb.close()
        raise
    if not keep_open:
        wb.close()
    return FileInfo(str(path), "xlsx", sheets, workbook=wb if keep_open else None)


def choose_sheet(info: FileInfo, entity: str, name: str | None = None) -> SheetInfo:
    """The named sheet, or the one whose headers best fit ``entity``; a workbook with several
    equally good sheets needs a choice."""
    if name:
        return info.sheet(name)
    usable = [s for s in info.sheets if s.has_data]
    if not usable:
        raise FileProblem(code="file.no_rows", file=Path(info.path).name)
    best = max(s.score for s in usable)
    top = [s for s in usable if s.score == best]
    if len(top) > 1:
        names = ", ".join(f"“{s.name}”" for s in top)
        raise FileProblem(code="file.several_sheets", file=Path(info.path).name,
                          sheets=names)
    return top[0]


def read_rows(info: FileInfo, sheet: SheetInfo) -> Iterator[tuple[int, list[object]]]:
    """The rows below the header row that hold a value, streamed: (row number as Excel
    shows it, values). A limit or damage met on the way raises FileProblem."""
    file = Path(info.path)
    if info.kind == "csv":
        encoding = info.csv_encoding or csv_read.detect(file)
        rows = _csv_rows(file, encoding, info.delimiter or ",")
        for number, values in _reading(file, rows):
            if number > sheet.header_row:
                yield number, values
        return
    if info.kind in ("xls", "ods"):
        book = _open_legacy(file, info.kind)
        try:
            for number, values in _reading(file, _legacy_rows(book, sheet.name)):
                if number > sheet.header_row:
                    yield number, values
        finally:
            book.close()
        return
    wb = info.workbook or _open_workbook(file)
    try:
        for number, values in _reading(file, _xlsx_rows(wb, wb.sheet(sheet.name))):
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
        ranges = wb.merged_ranges(wb.sheet(sheet.name))
    except XlsxError as exc:
        raise _refused(Path(info.path), exc) from None
    finally:
        if wb is not info.workbook:
            wb.close()
    return [r for r in ranges if r[2] >= sheet.header_row]
