"""Reading a small, plain .xlsx sheet whole with calamine (in Rust), several times faster
than xlsx_stream's expat handlers in Python.

Only where the two readers give the same rows: calamine holds a sheet's cells as one dense
block in memory, reads no number format (a date shown as a year would come as a whole day)
and gives a formula saved without its value as empty. So a sheet is read whole only when a
scan of its XML finds it

- small (its XML and the shared strings together under WHOLE_SHEET_BYTES: the memory this
  path may take is bounded, and bigger sheets stream at constant memory),
- dense (at most 26 columns, and no cell below a row number the sheet's size can explain:
  the block calamine allocates stays near the cells there are),
- plain (no formula saved without its value, no error or ISO-date cell, no DTD, no
  prefixed element the scan could miss), in a workbook whose date formats all show whole
  days or times and are dates to calamine exactly where they are to the stream reader.

Anything else is read by xlsx_stream, which also refuses what is damaged or out of bounds.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import python_calamine as calamine

from .calamine_read import clean_value
from .limits import MAX_COLUMNS, MAX_ROWS, MAX_XML_TAG_BYTES
from .xlsx_stream import Sheet, Workbook, column_index

WHOLE_SHEET_BYTES = 12 << 20  # about 30,000 rows of 8 columns; calamine takes ~3× in memory
_SCAN_CHUNK = 1 << 20
_CELL_ROW = re.compile(rb'<c r="[A-Z]{1,3}(\d{1,7})"')
_WIDE = re.compile(rb'<c r="[A-Z]{2}')  # a column after Z
_PREFIXED = re.compile(rb"<\w+:(?:c|f|is|row|sheetData|t|v|worksheet)[\s>/]")
_CELL_ENDS = (b" ", b">", b"/", b"\n", b"\r", b"\t")  # what may follow "<c" in a cell tag
_LONG_TAG = re.compile(rb"<[^>]{%d}" % MAX_XML_TAG_BYTES)
# What a sheet's rows hold: anything else there (rich-text runs in an inline string, or what
# no spreadsheet writes, such as elements nested a hundred deep) is left to the stream reader.
_DATA_TAGS = (b"<row ", b"<row>", b"</row>", b"<c ", b"<c>", b"</c>", b"<v>", b"</v>",
              b"<f>", b"<f ", b"</f>", b"<is>", b"</is>", b"<t>", b"<t ", b"</t>")
_OTHER_TAG = re.compile(rb"<(?!" + b"|".join(re.escape(t[1:]) for t in _DATA_TAGS) + rb")")
_CELL_OPENS = re.compile(rb"<c[" + re.escape(b"".join(_CELL_ENDS)) + rb"]")
_LAST_CELL = re.compile(rb"(?:^|:)\$?([A-Za-z]{1,3})\$?(\d{1,7})$")
_DIMENSION = re.compile(rb'<dimension ref="([^"]{0,64})')
_NOT_PLAIN = (b't="e"', b't="d"', b"<!DOCTYPE", b"<!ENTITY")
# A formula saved without its value (calamine reads it as empty; the stream reader keeps its
# text); one with its value (as LibreOffice writes TRUE and FALSE: "TRUE()") reads alike.
_PLACEHOLDER = re.compile(rb"</f>\s*<v>0</v>")  # XlsxWriter's stand-in for a result
_FORMULA_NO_VALUE = re.compile(rb"(?:</f>|<f\b[^>]*/>)\s*</c>|<v\s*/>|<v>\s*</v>")


def _blocks(book: Workbook, part: str, cells: bool) -> Iterator[bytes] | None:
    """A part's XML in blocks that each end before a cell (a sheet) or a tag (the strings),
    so that what the scan looks for within one is within one block; None if unreadable."""
    info = book._info(part)
    if info is None:
        return None

    def blocks() -> Iterator[bytes]:
        tail = b""
        with book.zip.open(info) as fh:
            while chunk := fh.read(_SCAN_CHUNK):
                data = tail + chunk
                cut = data.rfind(b"<c ") if cells else -1
                cut = cut if cut > 0 else max(data.rfind(b"<"), 0)
                data, tail = data[:cut], data[cut:]
                if len(tail) > MAX_XML_TAG_BYTES:
                    raise _NotPlain  # the stream reader refuses a tag this long
                yield data
        yield tail

    return blocks()


class _NotPlain(Exception):
    pass


def _scan(book: Workbook, part: str, cells: bool, formulas: bool = True
          ) -> tuple[int, int] | None:
    """(cells, highest cell row) of a sheet part (cells=False: a strings part, (0, 0)), or
    None when it is not plain (``formulas``: whether a formula's saved result 0 may be read
    as its value, or is a placeholder the stream reader leaves out)."""
    blocks = _blocks(book, part, cells)
    if blocks is None:
        return None
    count, top = 0, b""
    in_data = False
    try:
        for data in blocks:
            if _LONG_TAG.search(data) or _PREFIXED.search(data) or _FORMULA_NO_VALUE.search(data):
                return None  # a tag the stream reader refuses, or one read otherwise
            if any(mark in data for mark in _NOT_PLAIN):
                return None
            if not formulas and _PLACEHOLDER.search(data):
                return None  # a result 0 the file says is still to be computed
            if not cells:
                continue
            dimension = _DIMENSION.search(data)
            if dimension and not _within_limits(dimension.group(1)):
                return None  # the stream reader refuses it
            region, in_data = _sheet_data(data, in_data)
            if _OTHER_TAG.search(region):
                return None  # an element a sheet's rows do not hold
            rows = _CELL_ROW.findall(region)
            opened = len(_CELL_OPENS.findall(region))
            if len(rows) != opened or _WIDE.search(region):
                return None  # a cell without its reference, or beyond column Z
            if rows:
                longest = max(map(len, rows))
                top = max(top, max(r for r in rows if len(r) == longest),
                          key=lambda r: (len(r), r))
            count += len(rows)
    except (_NotPlain, zipfile.BadZipFile, OSError, EOFError, NotImplementedError):
        return None  # the stream reader says what is wrong
    return count, int(top or b"0")


def _sheet_data(data: bytes, inside: bool) -> tuple[bytes, bool]:
    """The part of ``data`` within <sheetData>, and whether the next chunk starts in it."""
    start = 0
    if not inside:
        opened = data.find(b"<sheetData")
        if opened < 0:
            return b"", False
        start = data.find(b">", opened) + 1
        if data[start - 2:start] == b"/>":
            return b"", False  # <sheetData/>: no rows
    closed = data.find(b"</sheetData>", start)
    return (data[start:], True) if closed < 0 else (data[start:closed], False)


def _calamine_date(code: str) -> bool:
    """Whether calamine reads a number with this custom format as a date (calamine's
    is_custom_date_format, formats.rs): the first date letter outside quotes and brackets."""
    escaped = quoted = ap = hms = False
    brackets = 0
    prev = " "
    for ch in code:
        if escaped:
            escaped = False
        elif ch in "_\\":
            escaped = True
        elif quoted:
            quoted = ch != '"'
        elif ch == '"':
            quoted = True
        elif ch == ";":
            return False
        elif ch == "[":
            brackets += 1
        elif ch == "]" and brackets == 1 and hms:
            return True
        elif ch == "]":
            brackets = max(brackets - 1, 0)
        elif ch in "aA" and not ap and brackets == 0:
            ap = True
        elif brackets == 0 and (ch in "pm/PM" if ap else ch in "dmhysDMHYS"):
            return True
        elif not (hms and ch.lower() == prev.lower()):
            hms = prev == "[" and ch in "mhsMHS"
        prev = ch
    return False


_CALAMINE_DATE_IDS = {"14", "15", "16", "17", "18", "19", "20", "21", "22", "45", "46", "47"}


def _dates_agree(book: Workbook) -> bool:
    """Whether calamine takes the same cell styles for dates as xlsx_stream does."""
    for index, (fid, code) in enumerate(book.number_formats):
        calamine_date = _calamine_date(code) if code else fid in _CALAMINE_DATE_IDS
        if calamine_date != (index in book._dates):
            return False
    return True


def _within_limits(ref: bytes) -> bool:
    """Whether a <dimension>'s last cell is one Excel can have."""
    m = _LAST_CELL.search(ref)
    if m is None:
        return False
    return int(m.group(2)) <= MAX_ROWS and column_index(m.group(1).decode()) <= MAX_COLUMNS


# Whether calamine reads a sheet as xlsx_stream would, within WHOLE_SHEET_BYTES: a quick
# look at the workbook's dates and the sheet's size, then a scan of its XML (Whole.rows runs
# the scan while calamine reads).
def _may_be_readable(book: Workbook, sheet: Sheet) -> bool:
    """The quick part: the workbook's dates and the sheet's size."""
    if book.partial_dates or book._durations or book.mac_epoch or not _dates_agree(book):
        return False
    info = book._info(sheet.part)
    strings = book._info(book._strings_part) if book._strings_part else None
    return info is not None \
        and info.file_size + (strings.file_size if strings else 0) <= WHOLE_SHEET_BYTES


def _plain(book: Workbook, sheet: Sheet) -> bool:
    """The scan of the sheet's XML and its strings (sized already)."""
    strings = book._info(book._strings_part) if book._strings_part else None
    if strings is not None and _scan(book, strings.filename, cells=False) is None:
        return False
    found = _scan(book, sheet.part, cells=True, formulas=not book.stale_results)
    if found is None:
        return False
    count, top = found
    return top * 26 <= 4 * count + (1 << 20)  # the dense block is near the cells there are


class Whole:
    """calamine's reading of one workbook's plain sheets, the last sheet read kept for a
    second pass (finding the header row, then the rows).

    calamine reads a sheet without holding Python's interpreter lock, so it reads it in
    another thread while the scan (Python) decides whether its reading may be used: on two
    cores the reading costs no time of its own. A sheet the scan refuses is dropped."""

    def __init__(self, book: Workbook):
        self.book = book
        self._readable: dict[str, bool] = {}
        self._calamine: calamine.CalamineWorkbook | None = None
        self._last: tuple[str, calamine.CalamineSheet] | None = None

    def rows(self, sheet: Sheet) -> Iterator[tuple[int, list[object]]] | None:
        """The sheet's rows as xlsx_stream gives them, or None where it must stream them."""
        if self._last is not None and self._last[0] == sheet.part:
            whole = self._last[1]
        elif self._readable.get(sheet.part, True) and _may_be_readable(self.book, sheet):
            self._last = None  # one sheet held at a time
            with ThreadPoolExecutor(1, "calamine") as pool:
                loading = pool.submit(self._load, sheet)
                if sheet.part not in self._readable:  # scanned once per sheet
                    self._readable[sheet.part] = _plain(self.book, sheet)
                try:
                    loaded = loading.result()
                except Exception:  # calamine's own errors: the stream reader says what is wrong
                    self._readable[sheet.part] = False
                    return None
            if not self._readable[sheet.part]:
                return None
            self._last = (sheet.part, loaded)
            whole = loaded
        else:
            self._readable[sheet.part] = False
            return None
        first_row, first_col = whole.start or (0, 0)
        sheet.last_row = first_row + whole.height
        return _rows(whole, first_col)

    def _load(self, sheet: Sheet) -> calamine.CalamineSheet:
        if self._calamine is None:
            self._calamine = calamine.CalamineWorkbook.from_path(self.book.path)
        return self._calamine.get_sheet_by_name(sheet.name)

    def close(self) -> None:
        self._last = None
        if self._calamine is not None:
            self._calamine.close()
            self._calamine = None


def _rows(sheet: calamine.CalamineSheet, first_col: int) -> Iterator[tuple[int, list[object]]]:
    lead: list[object] = [None] * first_col
    # iter_rows gives the rows from the sheet's first (empty or not), its columns from the
    # first column holding a value (python-calamine 0.9)
    for number, raw in enumerate(sheet.iter_rows(), start=1):
        values = lead + [clean_value(v) for v in raw]
        while values and values[-1] is None:
            values.pop()
        if values:
            yield number, values
