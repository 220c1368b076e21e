"""Streaming spreadsheet writers: .xlsx with XlsxWriter in ``constant_memory`` mode, and
.csv (UTF-8 with BOM, so Excel shows Thai), behind one small interface.

Every sheet gets a title row, a note row, a bold frozen header with an autofilter, column
widths from the header and the first rows, real date cells and numbers, and a print setup
(``print_setup``) that keeps the text readable on A4. A text value that
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
import functools
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import xlsxwriter
from xlsxwriter.exceptions import XlsxWriterException

from .. import files
from ..documents import thai_text
from ..errors import Cancelled, CoreError  # noqa: F401 - Cancelled: stops a writing export

DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r")
_DANGEROUS = frozenset(DANGEROUS_START)
_EXCEL_EPOCH = _dt.date(1899, 12, 30).toordinal()
BUDDHIST_CODE = "[$-107041E]"
DATE_FORMATS = {"day": "dd/mm/yyyy", "month": "mm/yyyy", "year": "yyyy"}
# Whole numbers and coordinates show well in General, so they get no format (cheaper).
_NUMBER_FORMATS = {"number": "#,##0.####", "money": "#,##0.00"}
_FIGURES = {"int", *_NUMBER_FORMATS}  # right-aligned, clear of the next column's text
_FIXED_WIDTH = {"date": 11, "int": 8, "number": 12, "money": 14, "coord": 10, "bool": 8}
# Data cells are aligned at the top: a wrapped neighbour makes the row taller.
_CELL = {"valign": "top"}
_ROW_STYLES = {"expiring": {"bg_color": "#FFEB9C", "font_color": "#9C5700"},
               "overdue": {"bg_color": "#FFC7CE", "font_color": "#9C0006"}}
MAX_WIDTH = 40  # longer texts wrap within the column
WIDTH_SAMPLE_ROWS = 1000  # widths come from the header and the first rows: cheap, and enough
HEADER_ROW = 2  # 0-based: title, note, header
# Printing. Every workbook is written in Arial 10 rather than Excel's Calibri: Windows and
# macOS have Arial, and LibreOffice elsewhere lays it out with a metric twin (Liberation
# Sans, Nimbus Sans, Arimo), so a page holds the same columns in either program. Where
# Calibri is missing LibreOffice took a wider font, and a table sized for Excel's page
# left its last column alone on the next one. Arial 10's digit is 7 px, like Calibri 11's,
# so Excel's column unit is unchanged. A page is never scaled below MIN_SCALE, so body
# text prints at 9 pt or more; a table wider than the page at that scale goes on over
# further pages, its header row and first columns repeated on each.
FONT = {"font_name": "Arial", "font_size": 10}
BODY_PT = 10
LINE_PT = 12.75  # Excel's row height for one line of Arial 10
THAI_LINE_PT = 16.0  # a Thai line in the fallback font (Loma 1.59 em, Noto Sans Thai 1.51)
DEFAULT_ROW_PX = 17  # 12.75 pt
MIN_PRINT_PT = 9
TITLE_PT = 14
# Excel's tallest row, and less than a landscape page holds: a longer text (a network's
# hundreds of members) is cut at the row's foot on paper, and kept whole in the cell.
MAX_ROW_PT = 409
_TITLE_SIZE = TITLE_PT / BODY_PT * 1.1  # bold letters are wider
MIN_SCALE = -(-100 * MIN_PRINT_PT // BODY_PT)  # 90 %
SIDE_MARGIN = 0.4  # inches
# The printable width of A4 in pixels at 96 dpi (Excel's column unit is 7 px plus 5 px of
# padding), less 6 %: LibreOffice takes the unit from the digit's exact width (7.4 px),
# which made a table measured against the page at 7 px 3 % wider on paper.
_PRINT_PX = {"portrait": int((8.27 - 2 * SIDE_MARGIN) * 96 * 0.94),
             "landscape": int((11.69 - 2 * SIDE_MARGIN) * 96 * 0.94)}
_PAGE_WORDS = {"en": "Page &P of &N", "th": "หน้า &P จาก &N"}
_HEADER_CHARS = 200  # Excel refuses a header or footer over 255 characters
# Thai vowel and tone marks sit above or below the letter before them: they take no width.
_THAI_MARKS = re.compile("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")
_THAI = re.compile("[\u0e00-\u0e7f]")
# Widths of letters in Excel's column unit (the width of a digit) where they differ from 1,
# to guess where a wrapped text breaks: Arial's, rounded up to a tenth.
_NARROW = (dict.fromkeys(" .,:;'!|[]/\\ijlftI", 0.5) | dict.fromkeys("\"()-`r{}", 0.6)
           | dict.fromkeys("Jcksvxyz", 0.9) | dict.fromkeys("FTZ+<=>~", 1.1)
           | dict.fromkeys("&ABEKPSVXY", 1.2) | dict.fromkeys("CDHNRUw", 1.3)
           | dict.fromkeys("GOQ", 1.4) | dict.fromkeys("Mm", 1.5) | dict.fromkeys("%", 1.6)
           | dict.fromkeys("W", 1.7) | dict.fromkeys("@", 1.8))
# Thai letters are mostly wider than the digit. Measured advance widths over Arial's digit:
# the larger of Leelawadee UI (Excel on Windows) plus 5 %, Loma and Noto Sans Thai
# (LibreOffice elsewhere), rounded up to 0.05. Marks above and below take no width.
_THAI_WIDTHS = {ch: w for w, letters in (
    (0.65, "เ"), (0.9, "ใๅ"), (0.95, "ไ"), (1.0, "งฐระโ"), (1.05, "วฯาำ"),
    (1.1, "กจถธยฤสอฮ฿ๆ๏๐"), (1.15, "บปลศ๖"), (1.2, "ดตทผฝภมฦษหแ๑"),
    (1.25, "ขคฅฉชซฎฏน๓"), (1.3, "ฃ"), (1.35, "ฆพฟฬ๒๙"), (1.4, "๔๕๘๚"), (1.45, "๗"),
    (1.5, "ฑ"), (1.7, "ฌญฒณ"), (2.1, "๛"))
    for ch in letters}
_THAI_LETTER = 1.3  # any other letter of the Thai block
# Of a column w units wide, text has about 0.97 w: LibreOffice's unit is the digit's exact
# width (7.4 px, not Excel's 7) and the cell keeps a little padding (checked on the demo's
# texts against the fonts' own widths: without it, 35 of 2,154 cells got a line too few).
_TEXT_ROOM = 0.97
# Latin letters beside Thai are measured a quarter wider: the English estimate counts a
# full width per space and a character of room per line, which the word-by-word Thai wrap
# does not.
_WIDE_SIGNS = dict.fromkeys("%@|", 1.8)
_CHUNKS = re.compile(r"\S+\s*|\s+")  # a text up to each space, with the spaces after it
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


# Every workbook the app writes (the reports and the graph's) keeps text as text: XlsxWriter
# would otherwise turn a name such as =HYPERLINK(...) into a live formula, a web address
# into a link and digits into a number.
SAFE_OPTIONS = {"strings_to_numbers": False, "strings_to_formulas": False,
                "strings_to_urls": False}


def workbook_options(**more: object) -> dict[str, object]:
    """XlsxWriter's options for a workbook of the app's: text kept as text, and the font it
    prints in (a fresh copy: XlsxWriter adds to the dictionary it is given)."""
    return {**SAFE_OPTIONS, "default_format_properties": dict(FONT),
            "default_row_height": DEFAULT_ROW_PX, **more}


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


def text_width(text: str) -> int:
    """Roughly how many character widths ``text`` takes (Thai marks take none)."""
    return len(text) if text.isascii() else len(_THAI_MARKS.sub("", text))


def _letters_width(word: str) -> float:
    if not word.isascii():
        word = _THAI_MARKS.sub("", word)
    return sum(_NARROW.get(ch, 1.0) for ch in word)


def is_thai(text: str) -> bool:
    return not text.isascii() and _THAI.search(text) is not None


def header_width(title: str) -> int:
    """The narrowest column whose header shows every word whole on at most two lines."""
    longest = max((text_width(w) for w in title.split()), default=0)
    return max(longest, -(-text_width(title) // 2) + 1) + 2


def wrapped_lines(text: str, width: float) -> int:
    """How many lines ``text`` takes when wrapped in a column ``width`` characters wide.
    English: greedy at spaces, a word longer than a line broken over lines, on the generous
    side (proportional letters are mostly narrower than Excel's unit, the digit). Thai (and
    text mixing Thai with English) breaks only between words, as Excel and LibreOffice break
    it, measured with ``_THAI_WIDTHS``."""
    width *= _TEXT_ROOM
    if is_thai(text):
        return _thai_lines(text, width)
    room = max(width - 1, 1)
    total = 0
    for part in text.split("\n"):
        lines, line = 1, -1.0
        for word in part.split(" "):
            w = _letters_width(word)
            if line >= 0 and line + 1 + w > room:
                lines, line = lines + 1, -1
            if line < 0:
                broken = int((w - 1) // room) if w > room else 0
                lines, line = lines + broken, w - broken * room
            else:
                line += 1 + w
        total += lines
    return total


def _char_width(ch: str) -> float:
    if "\u0e00" <= ch <= "\u0e7f":
        return 0.0 if _THAI_MARKS.match(ch) else _THAI_WIDTHS.get(ch, _THAI_LETTER)
    if ch == " ":
        return 0.5
    if "0" <= ch <= "9":
        return 1.0
    return _WIDE_SIGNS.get(ch) or max(1.25 * _NARROW.get(ch, 1.0), 0.8)


class _Widths(dict[str, float]):
    """Each character's width, worked out the first time it is met (a report measures
    millions of characters; a dictionary lookup is what that can afford)."""

    def __missing__(self, ch: str) -> float:
        self[ch] = w = _char_width(ch)
        return w


_WIDTHS = _Widths()


def thai_width(text: str) -> float:
    """The width of a line of Thai (or mixed) text in Excel's unit, on the safe side."""
    return sum(map(_WIDTHS.__getitem__, text))


@functools.lru_cache(maxsize=4096)  # the same long title recurs on many rows
def _thai_lines(text: str, width: float) -> int:
    """``thai_text.wrap``'s line count, each word measured once rather than every line
    again as it grows (a report has thousands of these cells)."""
    if "\n" not in text and thai_width(text) <= width:
        return 1  # fits on one line: no need to find the words
    total = 0
    for paragraph in text.split("\n"):
        # the line being filled: whether it holds anything, its width without and with the
        # spaces at its end (which do not show); each finished line adds one
        lines, has, used, spaces = 1, False, 0.0, 0.0
        for chunk in _CHUNKS.findall(paragraph):
            body = chunk.rstrip()
            w = thai_width(body)
            if not body or used + spaces + w <= width + 1e-9:  # sums in another order
                # the whole chunk (up to the next space) fits: its words need not be found
                trail = thai_width(chunk[len(body):])
                used, spaces = (used, spaces + trail) if not body else (used + spaces + w, trail)
                has = True
                continue
            for unit in thai_text.units(chunk):
                body = unit.rstrip()
                w, trail = thai_width(body), thai_width(unit[len(body):])
                if not body or used + spaces + w <= width + 1e-9:
                    used, spaces = ((used, spaces + trail) if not body
                                    else (used + spaces + w, trail))
                    has = True
                    continue
                if has:
                    lines += 1
                if w <= width + 1e-9:
                    has, used, spaces = True, w, trail
                    continue
                pieces = thai_text.wrap(body, width, thai_width)  # a word wider than a line
                lines += len(pieces) - 1
                has, used, spaces = True, thai_width(pieces[-1]), trail
        total += lines
    return total


def row_height(lines: int, thai: bool) -> float:
    """Points for ``lines`` of body text. A Thai line needs more: Thai fonts are spaced
    wider for the marks above and below."""
    return min(lines * (THAI_LINE_PT if thai else LINE_PT) + 1, MAX_ROW_PT)


_THAI_ROW_PT = row_height(1, True)


def column_widths(columns: Sequence[OutColumn], wanted: Sequence[float]) -> list[float]:
    """The width of each column for the page. Fixed kinds keep theirs; a text column gets
    what its sampled content ``wanted`` unless the table would then be wider than a
    landscape page at MIN_SCALE: then the widest text columns are narrowed to a common
    width (their texts wrap), never below 18. A table that cannot fit even so goes on over
    several pages wide, its text columns at most 30."""
    widths = []
    free = []
    for c, col in enumerate(columns):
        if col.width or col.kind in _FIXED_WIDTH:
            widths.append(float(max(min(col.width or _FIXED_WIDTH[col.kind], MAX_WIDTH),
                                    header_width(col.title))))
        else:
            widths.append(float(max(header_width(col.title), min(wanted[c], MAX_WIDTH))))
            free.append(c)
    room = (_PRINT_PX["landscape"] * 100 / MIN_SCALE - 5 * len(columns)) / 7
    if sum(widths) <= room or not free:
        return widths
    fixed = sum(w for c, w in enumerate(widths) if c not in free)
    ordered = sorted(widths[c] for c in free)
    cap, left = 30.0, room - fixed
    for i, w in enumerate(ordered):  # the common width the widest ones can have
        share = left / (len(ordered) - i)
        if w > share:
            cap = share if share >= 18 else 30.0
            break
        left -= w
    return [min(w, max(cap, header_width(col.title))) if c in free else w
            for c, (col, w) in enumerate(zip(columns, widths, strict=True))]


def column_px(width: float) -> float:
    """Pixels a column of ``width`` units takes at 96 dpi: Excel's unit is 7 px (a digit of
    the body font), plus 5 px of padding."""
    return 7 * width + 5


def page_layout(widths: Sequence[float]) -> tuple[str, int]:
    """(orientation, print scale %) for columns of these widths: portrait when the table
    fits it at full size; otherwise landscape, shrunk to fit the width but never below
    MIN_SCALE (wider tables go on over further pages)."""
    px = sum(map(column_px, widths))
    if px <= _PRINT_PX["portrait"]:
        return "portrait", 100
    return "landscape", max(MIN_SCALE, min(100, int(100 * _PRINT_PX["landscape"] / px)))


def _pages(px: Sequence[float], key: float, cap: float, limit: float) -> list[int] | None:
    """The first column of each page after the first, filling each page up to ``limit``
    (the key columns, ``key`` px, repeated on each further page); None if a column alone
    is wider than ``cap``."""
    starts, used = [], 0.0
    for c, w in enumerate(px):
        if used and used + w > limit:
            starts.append(c)
            used = key
        used += w
        if used > cap + 1e-9:
            return None
    return starts


def column_breaks(widths: Sequence[float], page_px: float, key_columns: int) -> list[int]:
    """Where a table wider than a page goes on to the next (the first column of each further
    page), for pages of even width: as few pages as filling each would take, none with a
    lone last column left over. [] when the table fits one page."""
    px = [column_px(w) for w in widths]
    if sum(px) <= page_px + 1:  # column_widths fills a page to the last fraction of a px
        return []
    key = sum(px[:key_columns])
    fullest = _pages(px, key, page_px, page_px)
    if fullest is None:  # a column wider than a page: the program breaks it as it can
        return []
    low, high = max(px), page_px  # the widest page the table needs, found by halving
    while high - low > 1:
        mid = (low + high) / 2
        found = _pages(px, key, page_px, mid)
        if found is not None and len(found) <= len(fullest):
            high = mid
        else:
            low = mid
    return _pages(px, key, page_px, high) or fullest


def _header_text(text: str) -> str:
    escaped = text.replace("&", "&&")  # a lone & starts a header code
    if len(escaped) <= _HEADER_CHARS:
        return escaped
    out, size = [], 1  # room for the ellipsis
    for piece in ("&&" if ch == "&" else ch for ch in text):
        if size + len(piece) > _HEADER_CHARS:
            break
        out.append(piece)
        size += len(piece)
    return "".join(out) + "…"


def print_setup(ws: Any, widths: Sequence[float], *, title: str, language: str = "en",
                head_row: int = HEADER_ROW, key_columns: int = 1,
                last_row: int | None = None) -> None:
    """A4, orientation and scale from ``page_layout``, the header row and the first
    ``key_columns`` columns repeated on every page, the title in the page header and the
    sheet name and page numbers (in ``language``) in the footer; only the table (its
    columns, down to ``last_row``) is printed."""
    orientation, scale = page_layout(widths)
    ws.set_paper(9)  # A4
    if orientation == "landscape":
        ws.set_landscape()
    else:
        ws.set_portrait()
    ws.set_print_scale(scale)
    ws.print_across()  # the pieces of the same rows follow one another when a table is wide
    ws.set_margins(left=SIDE_MARGIN, right=SIDE_MARGIN, top=0.75, bottom=0.75)
    ws.repeat_rows(head_row)
    if key_columns > 0 and len(widths) > key_columns:
        ws.repeat_columns(0, key_columns - 1)
    breaks = column_breaks(widths, _PRINT_PX[orientation] * 100 / scale,
                           key_columns if len(widths) > key_columns else 0)
    if breaks:
        ws.set_v_pagebreaks(breaks)
    ws.set_header("&C" + _header_text(title))
    ws.set_footer(f"&L&A&R{_PAGE_WORDS.get(language, _PAGE_WORDS['en'])}")
    if last_row is not None and widths:
        # A title longer than a narrow table would otherwise carry empty columns onto
        # pages of their own (the page header repeats the title).
        ws.print_area(0, 0, last_row, len(widths) - 1)


def row_rules(ws: Any, rule: object, first: int, last: int, columns: int) -> None:
    """A faint line under every row of a table, so a row can be followed across a printed
    page, empty cells included: one conditional format for the whole range (a border on each
    cell would need a written blank in every empty one)."""
    if last >= first and columns:
        ws.conditional_format(first, 0, last, columns - 1,
                              {"type": "formula", "criteria": "TRUE", "format": rule})


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
                  note: str = "", key_columns: int = 1) -> Sheet: ...


# -- xlsx ------------------------------------------------------------------------------------
class XlsxSheet:
    def __init__(self, book: XlsxBook, name: str, columns: Sequence[OutColumn], title: str,
                 note: str, key_columns: int = 1):
        self.book, self.columns = book, list(columns)
        self.title, self.key_columns = title, key_columns
        self.ws = book.wb.add_worksheet(name)
        self.name = name
        self.kinds = [c.kind for c in self.columns]
        # The first rows wait here until the column widths are known from them, so that every
        # row written can be given the height its wrapped texts need.
        self.measured = [0] * len(self.columns)
        self.sample: list[tuple[Sequence[object], str | None]] | None = []
        self.final: list[float] = []
        self.thai_rows = False  # every row is as tall as a line of Thai (see _settle)
        self.rows = 0
        self._next = HEADER_ROW + 1
        self._formats: dict[tuple[str, str, str | None], object] = {}
        self._by_style: dict[str | None, tuple[object, object, dict, list]] = {}
        self.note = note
        self.ws.freeze_panes(HEADER_ROW + 1, 0)
        self._plain = self._row_formats(None)

    def fmt(self, kind: str, variant: str = "", style: str | None = None) -> object:
        key = (kind, variant, style)
        found = self._formats.get(key)
        if found is None:
            props: dict[str, object] = {**_CELL, **_ROW_STYLES.get(style or "", {})}
            if kind == "text":
                props["text_wrap"] = True
            if kind == "date":
                code = BUDDHIST_CODE if self.book.calendar == "buddhist" else ""
                props["num_format"] = code + DATE_FORMATS[variant]
                props["align"] = "left"
            elif kind in _FIGURES:
                if kind in _NUMBER_FORMATS:
                    props["num_format"] = _NUMBER_FORMATS[kind]
                # a figure kept clear of the text that starts in the next column
                props.update(align="right", indent=1)
            elif variant == "quoted":
                props["quote_prefix"] = True
            found = self._formats[key] = self.book.wb.add_format(props)
        return found

    def _row_formats(self, style: str | None) -> tuple[object, object, dict, list]:
        found = self._by_style.get(style)
        if found is None:
            found = self._by_style[style] = (
                self.fmt("text", "", style), self.fmt("text", "quoted", style),
                {p: self.fmt("date", p, style) for p in DATE_FORMATS},
                [self.fmt(k if k in _FIGURES else "text", "", style) for k in self.kinds])
        return found

    def add_row(self, values: Sequence[object], style: str | None = None) -> None:
        self.rows += 1
        if self.sample is None:
            self._write(values, style)
            return
        self.sample.append((values, style))
        measured = self.measured
        for c, value in enumerate(values):
            if type(value) is str and len(value) > measured[c]:
                measured[c] = max(measured[c], text_width(value))
        if len(self.sample) >= WIDTH_SAMPLE_ROWS:
            self._settle()

    def _settle(self) -> None:
        """Fix the column widths from the sampled rows, then write those rows."""
        self.final = column_widths(self.columns, [w + 2 for w in self.measured])
        self._head()
        sample, self.sample = self.sample or [], None
        # Thai among the first rows: every row is a Thai line tall (a height per row would
        # keep a record of every row in memory); otherwise a Thai row is given its own.
        self.thai_rows = any(type(v) is str and is_thai(v) for values, _ in sample
                             for v in values)
        if self.thai_rows:
            self.ws.set_default_row(_THAI_ROW_PT)
        for values, style in sample:
            self._write(values, style)

    def _head(self) -> None:
        """The title, the note and the header row, written once the widths are known (a
        row's height is fixed when the next row is written). Over a table that prints one
        page wide, a title or note longer than the table wraps across its columns rather
        than running off the printed page in the middle of a word."""
        ws, book, widths = self.ws, self.book, self.final
        orientation, scale = page_layout(widths)
        one_page = len(widths) > 1 and not column_breaks(
            widths, _PRINT_PX[orientation] * 100 / scale, self.key_columns)
        room = sum(map(column_px, widths)) / 7 - 1
        for row, text, style, size in ((0, self.title, "title", _TITLE_SIZE),
                                       (1, self.note, "note", 1.0)):
            if not text:
                continue
            lines = wrapped_lines(text, room / size) if one_page else 1
            if lines > 1:
                ws.merge_range(row, 0, row, len(widths) - 1, text,
                               book.format(style + " wrapped"))
                ws.set_row(row, min(size * row_height(lines, is_thai(text)), MAX_ROW_PT))
            else:
                ws.write_string(row, 0, text, book.format(style))
        header = book.format("header")
        for c, col in enumerate(self.columns):
            ws.write_string(HEADER_ROW, c, col.title, header)
        lines = max((wrapped_lines(col.title, w * 0.9)  # bold
                     for col, w in zip(self.columns, widths, strict=True)), default=1)
        ws.set_row(HEADER_ROW, row_height(lines, any(is_thai(c.title) for c in self.columns)))

    def _write(self, values: Sequence[object], style: str | None) -> None:
        """Write one row; per cell only a type test and the write (this loop is the cost of
        a 100k-row export beyond the writer itself)."""
        r = self._next
        self._next += 1
        ws, kinds, wrap, thai_rows = self.ws, self.kinds, self.final, self.thai_rows
        write_string, write_number = ws.write_string, ws.write_number
        plain, quoted, date_formats, number_formats = (
            self._plain if style is None else self._row_formats(style))
        height = 0.0
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
                # Thai letters are up to twice a digit wide: a shorter Thai text may wrap
                if (len(value) > wrap[c] - 2 or "\n" in value
                        or (2 * len(value) > wrap[c] and not value.isascii())):
                    lines = wrapped_lines(value, wrap[c])
                    if lines > 1:
                        height = max(height, row_height(lines, is_thai(value)))
                    elif not thai_rows and is_thai(value):
                        height = max(height, _THAI_ROW_PT)
                elif not thai_rows and not value.isascii() and is_thai(value):
                    height = max(height, _THAI_ROW_PT)  # a Thai line is taller, even alone
            elif type(value) is bool or kinds[c] == "bool":
                ws.write_boolean(r, c, bool(value), plain)
            elif isinstance(value, int | float):
                write_number(r, c, value, number_formats[c])
            else:
                text = str(value)
                write_string(r, c, text, quoted if text[:1] in _DANGEROUS else plain)
        if height:  # Excel and LibreOffice keep a written row's height as it is
            ws.set_row(r, height)

    def finish(self) -> None:
        if self.sample is not None:
            self._settle()
        ws, widths = self.ws, self.final
        for c, width in enumerate(widths):
            ws.set_column(c, c, width)
        last = HEADER_ROW + max(self.rows, 1)
        ws.autofilter(HEADER_ROW, 0, last, max(len(self.columns) - 1, 0))
        row_rules(ws, self.book.format("rule"), HEADER_ROW + 1, HEADER_ROW + self.rows,
                  len(self.columns))
        print_setup(ws, widths, title=self.title, language=self.book.language,
                    key_columns=self.key_columns, last_row=last)


class XlsxBook:
    """An .xlsx workbook written row by row; ``close`` moves it into place."""

    kind = "xlsx"

    def __init__(self, tmp: str, *, calendar: str, properties: dict[str, str],
                 language: str = "en"):
        self.calendar, self.language = calendar, language
        self.wb = xlsxwriter.Workbook(tmp, workbook_options(constant_memory=True))
        self.wb.set_properties(properties)
        self._styles: dict[str, object] = {}
        self._closed = False
        self.sheets: list[XlsxSheet] = []
        self._names: set[str] = set()

    def format(self, name: str) -> object:
        if name not in self._styles:
            props = {
                "title": {"bold": True, "font_size": TITLE_PT},
                "title wrapped": {"bold": True, "font_size": TITLE_PT, "text_wrap": True,
                                  "valign": "top"},
                "note": {"italic": True, "font_color": "#595959"},
                "note wrapped": {"italic": True, "font_color": "#595959", "text_wrap": True,
                                 "valign": "top"},
                "header": {"bold": True, "bg_color": "#DCE6F1", "bottom": 1,
                           "text_wrap": True, "valign": "vcenter"},
                "rule": {"bottom": 1, "bottom_color": "#BFBFBF"},
            }[name]
            self._styles[name] = self.wb.add_format(props)
        return self._styles[name]

    def add_sheet(self, name: str, columns: Sequence[OutColumn], *, title: str,
                  note: str = "", key_columns: int = 1) -> XlsxSheet:
        if self.sheets:
            self.sheets[-1].finish()
        sheet = XlsxSheet(self, self._sheet_name(name), columns, title, note, key_columns)
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
                  note: str = "", key_columns: int = 1) -> CsvSheet:
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
              properties: dict[str, str] | None = None, language: str = "en"
              ) -> Iterator[XlsxBook | CsvBook]:
    """A workbook written to a temporary file beside ``path`` and moved into place only when
    the block ends without error, so a failed or cancelled export leaves no half file (and an
    existing file is kept until the new one is complete). ``language``: of the printed
    page's footer."""
    target = Path(path)
    kind = output_format(target)
    try:
        with files.replacing(target) as tmp:
            book = (XlsxBook(str(tmp), calendar=calendar, properties=properties or {},
                             language=language)
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
