"""Reading .xlsx workbooks as a stream of rows, within bounds no file can push.

openpyxl's reader holds every shared string at once and fills the gap before a row numbered
10,000,000 with ten million empty rows, so a workbook of a few kilobytes could take minutes
and gigabytes. Here the zip directory is checked first (zipfile never inflates a part beyond
the size the directory declares for it), the XML is parsed with expat in chunks, a cell's
text is counted as it arrives and kept only up to Excel's limit, and rows are taken by the
numbers the file gives them: a gap costs nothing and an impossible row number is refused at
once. Documents with a DTD (where entity expansion bombs live) are refused too.
"""

from __future__ import annotations

import array
import datetime as _dt
import posixpath
import re
import zipfile
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from typing import Any
from xml.parsers import expat

from ..errors import XlsxError
from ..messages import Msg
from .limits import (
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    MAX_MERGED_RANGES,
    MAX_ROWS,
    MAX_SHARED_STRINGS_BYTES,
    MAX_SHEET_BYTES,
    MAX_SHEETS,
    MAX_XML_DEPTH,
    MAX_XML_PART_BYTES,
    MAX_XML_TAG_BYTES,
    Oversized,
)

_CHUNK = 1 << 16
_REF = re.compile(r"\$?([A-Za-z]+)\$?(\d+)")
_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
# A reference as Excel writes it: column letters within XFD, a row number that cannot be
# out of bounds by its length alone (checked by _reference when it is longer).
_PLAIN_REF = re.compile(r"([A-Z]{1,3})[1-9]\d{0,5}$")
_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\s+ref=\"([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?\"")


def column_index(letters: str) -> int:
    """1-based column number of 'A', 'AB', 'XFD'."""
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n


def _local(name: str) -> str:
    return name.rsplit(" ", 1)[-1]  # expat gives "namespace-uri local-name"


def _number(text: str, what: Msg) -> int:
    """A row or column number from the file, refused beyond Excel's limits before it is
    ever used to count anything."""
    if not text.isdigit() or len(text) > 7 or not 1 <= int(text) <= MAX_ROWS:
        shown = text if len(text) <= 24 else text[:24] + "…"
        raise XlsxError(code="xlsx.row_beyond", what=what, row=shown, rows=MAX_ROWS)
    return int(text)


def _reference(ref: str, what: Msg) -> tuple[int, int]:
    """(row, column) of a cell reference such as "B7", refused beyond Excel's limits."""
    m = _REF.fullmatch(ref[:64])
    if not m:
        shown = ref if len(ref) <= 24 else ref[:24] + "…"
        raise XlsxError(code="xlsx.bad_reference", what=what, ref=shown)
    letters, digits = m.groups()
    if len(letters) > 3 or column_index(letters) > MAX_COLUMNS:
        raise XlsxError(code="xlsx.column_beyond", what=what, ref=ref)
    return _number(digits, what), column_index(letters)


class _Parser:
    """An expat parser for one part: no DTD (where entity-expansion bombs live), and no
    nesting deeper than a workbook ever needs (expat keeps a stack of open elements)."""

    def __init__(self, part: str, start: Callable[[str, dict[str, str]], None],
                 end: Callable[[str], None] | None = None,
                 data: Callable[[str], None] | None = None):
        self.part = part
        self.expat = expat.ParserCreate(namespace_separator=" ")
        self.expat.buffer_text = True
        self.expat.buffer_size = _CHUNK
        self.expat.StartDoctypeDeclHandler = self._doctype
        # Closures rather than methods: a sheet calls them for every cell, twice.
        names: dict[str, str] = {}  # a sheet repeats a handful of names 100,000s of times
        depth = 0

        def on_start(name: str, attrs: dict[str, str]) -> None:
            nonlocal depth
            depth += 1
            if depth > MAX_XML_DEPTH:
                raise XlsxError(code="xlsx.too_deep", part=part, depth=MAX_XML_DEPTH)
            local = names.get(name)
            if local is None:
                local = names[name] = _local(name)
            start(local, attrs)

        def on_end(name: str) -> None:
            nonlocal depth
            depth -= 1
            if end is not None:
                local = names.get(name)
                if local is None:
                    local = names[name] = _local(name)
                end(local)

        self.expat.StartElementHandler = on_start
        self.expat.EndElementHandler = on_end
        if data is not None:
            self.expat.CharacterDataHandler = data

    def _doctype(self, *_args: object) -> None:
        raise XlsxError(code="xlsx.dtd", part=self.part)


class _Text:
    """Character data of one element, counted as it arrives and kept up to the limit."""

    __slots__ = ("pieces", "length")

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.length = 0

    def add(self, data: str) -> None:
        room = MAX_CELL_CHARS + 1 - self.length
        if room > 0:
            self.pieces.append(data[:room])
        self.length += len(data)

    def value(self) -> str | Oversized:
        if self.length > MAX_CELL_CHARS:
            return Oversized(self.length)
        text = "".join(self.pieces)
        return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text) if "_x" in text else text


class _Strings:
    """The shared-string table, stored compactly (one UTF-8 buffer and its offsets) and read
    only as far as the sheet has asked (``pump`` reads on): the header row of a sheet is
    found without reading the text of every row below it."""

    def __init__(self) -> None:
        self.data = bytearray()
        self.ends = array.array("Q")
        self.oversized: dict[int, int] = {}
        self.pump: Generator[None, None, None] | None = None  # reads the table a chunk further

    def append(self, value: str | Oversized) -> None:
        if isinstance(value, Oversized):
            self.oversized[len(self.ends)] = value.length
        else:
            self.data += value.encode("utf-8", "surrogatepass")
        self.ends.append(len(self.data))

    def has(self, index: int) -> bool:
        """Whether the table holds ``index``, reading it as far as that."""
        while index >= len(self.ends) and self.pump is not None:
            if next(self.pump, StopIteration) is StopIteration:
                self.pump = None
        return index < len(self.ends)

    def __len__(self) -> int:
        return len(self.ends)

    def __getitem__(self, index: int) -> str | Oversized:
        if index in self.oversized:
            return Oversized(self.oversized[index])
        start = self.ends[index - 1] if index else 0
        return self.data[start:self.ends[index]].decode("utf-8", "surrogatepass")


@dataclass(frozen=True)
class Formula:
    """A formula cell with no value to show: saved without its result (as openpyxl and
    scripts write it) or with an error as its result (a note typed as "=ติดตามผล" that
    Excel or LibreOffice then failed to compute: "#NAME?"). ``text`` is the formula as
    written, without its "="; the importer keeps it as text and says so."""

    text: str
    error: str | None = None

    def __str__(self) -> str:
        return "=" + self.text


@dataclass
class Sheet:
    name: str
    part: str
    state: str = "visible"
    worksheet: bool = True  # chart and dialog sheets hold no rows
    last_row: int | None = None  # as its <dimension> declares it


class Workbook:
    """An open .xlsx file: its sheets, and each sheet's rows on demand."""

    def __init__(self, path: str):
        self.path = path
        try:
            self.zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as exc:
            raise XlsxError(code="xlsx.not_zip", detail=str(exc)) from None
        try:
            self._names = {i.filename.lower(): i for i in self.zip.infolist()}
            if any(i.flag_bits & 0x1 for i in self._names.values()):
                raise XlsxError(code="xlsx.encrypted")
            self._read_structure()
        except BaseException:
            self.zip.close()
            raise
        self._strings: _Strings | None = None
        self.whole: Any = None  # xlsx_whole.Whole: its plain sheets read by calamine

    def close(self) -> None:
        if self.whole is not None:
            self.whole.close()
        if self._strings is not None and self._strings.pump is not None:
            self._strings.pump.close()  # the table's part, open where reading stopped
            self._strings.pump = None
        self.zip.close()

    # -- structure ------------------------------------------------------------------------
    def _info(self, part: str) -> zipfile.ZipInfo | None:
        return self._names.get(part.lstrip("/").lower())

    def _feed(self, part: str, parser: _Parser, limit: int, what: Msg
              ) -> Generator[None, None, None]:
        """Parse ``part`` chunk by chunk, yielding after each chunk."""
        info = self._info(part)
        if info is None:
            raise XlsxError(code="xlsx.no_part", part=part)
        if info.file_size > limit:
            raise XlsxError(code="xlsx.too_big", what=what,
                            size=f"{info.file_size / 2**20:,.0f}", most=f"{limit / 2**20:,.0f}")
        tag_start: int | None = None  # where the tag still open at the chunk's end began
        offset = 0
        try:
            with self.zip.open(info) as fh:
                while chunk := fh.read(_CHUNK):
                    opened, closed = chunk.rfind(b"<"), chunk.rfind(b">")
                    if opened > closed and (closed >= 0 or tag_start is None):
                        tag_start = offset + opened
                    elif closed >= 0:
                        tag_start = None
                    offset += len(chunk)
                    if tag_start is not None and offset - tag_start > MAX_XML_TAG_BYTES:
                        raise XlsxError(code="xlsx.tag_too_big", what=what,
                                        most=MAX_XML_TAG_BYTES // 2**20)
                    parser.expat.Parse(chunk, False)
                    yield
                parser.expat.Parse(b"", True)
                yield
        except expat.ExpatError as exc:
            raise XlsxError(code="xlsx.bad_xml", what=what, detail=str(exc)) from None
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as exc:
            raise XlsxError(code="xlsx.damaged", detail=str(exc)) from None

    def _parse(self, part: str, start: Callable[[str, dict[str, str]], None]) -> None:
        what = Msg("xlsx.the_part", {"part": part})
        for _ in self._feed(part, _Parser(part, start), MAX_XML_PART_BYTES, what):
            pass

    def _relations(self, part: str) -> dict[str, tuple[str, str]]:
        """rId → (type, target part) of ``part``'s relationships."""
        folder, name = posixpath.split(part.lstrip("/"))
        rels = posixpath.join(folder, "_rels", name + ".rels")
        out: dict[str, tuple[str, str]] = {}
        if self._info(rels) is None:
            return out

        def start(tag: str, attrs: dict[str, str]) -> None:
            if tag == "Relationship" and attrs.get("TargetMode") != "External":
                target = attrs.get("Target", "")
                target = (target.lstrip("/") if target.startswith("/")
                          else posixpath.normpath(posixpath.join(folder, target)))
                out[attrs.get("Id", "")] = (attrs.get("Type", "").rsplit("/", 1)[-1], target)

        self._parse(rels, start)
        return out

    def _read_structure(self) -> None:
        main = next((t for kind, t in self._relations("").values()
                     if kind == "officeDocument"), "xl/workbook.xml")
        if self._info(main) is None:
            raise XlsxError(code="xlsx.no_workbook", part=main)
        rels = self._relations(main)
        self.sheets: list[Sheet] = []
        self.mac_epoch = False
        self.stale_results = False

        def start(tag: str, attrs: dict[str, str]) -> None:
            if tag == "workbookPr" and attrs.get("date1904") in ("1", "true"):
                self.mac_epoch = True
            if tag == "calcPr" and attrs.get("fullCalcOnLoad") in ("1", "true"):
                # written by a program that leaves the results to Excel: a formula saved
                # with the result 0 is XlsxWriter's placeholder, not its value (a result the
                # program gave, such as "Busan" or 2013, is)
                self.stale_results = True
            if tag == "sheet":
                if len(self.sheets) >= MAX_SHEETS:
                    raise XlsxError(code="xlsx.too_many_sheets", most=MAX_SHEETS)
                rid = next((v for k, v in attrs.items() if k.endswith(" id")), "")
                kind, target = rels.get(rid, ("", ""))
                self.sheets.append(Sheet(attrs.get("name", ""), target,
                                         attrs.get("state", "visible"),
                                         kind == "worksheet" and bool(target)))

        self._parse(main, start)
        self._strings_part = next((t for k, t in rels.values() if k == "sharedStrings"), None)
        styles = next((t for k, t in rels.values() if k == "styles"), None)
        self._formats: list[str] = []
        self._dates: set[int] = set()
        self._durations: set[int] = set()
        self.partial_dates = False  # a date format showing less than a day ("yyyy")
        self.number_formats: list[tuple[str, str | None]] = []  # each cell style's
        if styles and self._info(styles) is not None:
            self._read_styles(styles)

    def _read_styles(self, part: str) -> None:
        custom: dict[str, str] = {}
        depth = {"cellXfs": False}
        ids: list[str] = []

        def start(tag: str, attrs: dict[str, str]) -> None:
            if tag == "numFmt":
                custom[attrs.get("numFmtId", "")] = attrs.get("formatCode", "")
            elif tag == "cellXfs":
                depth["cellXfs"] = True
            elif tag == "cellStyleXfs":
                depth["cellXfs"] = False
            elif tag == "xf" and depth["cellXfs"]:
                ids.append(attrs.get("numFmtId", "0"))

        self._parse(part, start)
        self.number_formats = [(fid, custom.get(fid)) for fid in ids]  # (id, its own code)
        if all(fid == "0" and not custom.get(fid) for fid in ids):
            self._formats = ["General"] * len(ids)  # no dates to find: openpyxl not needed
            return
        # openpyxl's format helpers, imported only for a workbook with number formats
        from openpyxl.styles.numbers import (
            BUILTIN_FORMATS,
            is_date_format,
            is_timedelta_format,
        )

        for fid in ids:
            builtin = BUILTIN_FORMATS.get(int(fid)) if fid.isdigit() else None
            self._formats.append(custom.get(fid) or builtin or "General")
        self._dates = {i for i, f in enumerate(self._formats) if is_date_format(f)}
        self._durations = {i for i, f in enumerate(self._formats) if is_timedelta_format(f)}
        self.partial_dates = any(_partial(self._formats[i]) for i in self._dates)

    def sheet(self, name: str) -> Sheet:
        for s in self.sheets:
            if s.name == name:
                return s
        raise KeyError(name)

    # -- shared strings -------------------------------------------------------------------
    def strings(self) -> _Strings:
        if self._strings is not None:
            return self._strings
        table = _Strings()
        part = self._strings_part
        if part and self._info(part) is not None:
            state: dict[str, Any] = {"text": None, "phonetic": 0, "si": None}

            def start(tag: str, _attrs: dict[str, str]) -> None:
                if tag == "si":
                    state["si"] = _Text()
                elif tag == "rPh":
                    state["phonetic"] += 1  # reading aids (furigana) are not the text
                elif tag == "t" and state["si"] is not None and not state["phonetic"]:
                    state["text"] = state["si"]

            def end(tag: str) -> None:
                if tag == "t":
                    state["text"] = None
                elif tag == "rPh":
                    state["phonetic"] -= 1
                elif tag == "si" and state["si"] is not None:
                    table.append(state["si"].value())
                    state["si"] = None

            def data(text: str) -> None:
                if state["text"] is not None:
                    state["text"].add(text)

            parser = _Parser(part, start, end, data)
            table.pump = self._feed(part, parser, MAX_SHARED_STRINGS_BYTES,
                                    Msg("xlsx.the_strings"))
            table.has(0)  # its first chunk now: a DTD (where bombs live) is refused at once
        self._strings = table
        return table

    # -- rows -----------------------------------------------------------------------------
    def rows(self, sheet: Sheet) -> Iterator[tuple[int, list[object]]]:
        """(row number, values) of every row holding a value, in order; values[i] is the
        cell in column i + 1. Text longer than Excel allows comes as Oversized."""
        return _SheetReader(self, sheet).rows()

    def merged_ranges(self, sheet: Sheet) -> list[tuple[int, int, int, int]]:
        """(first_row, first_col, last_row, last_col), 1-based, of the merged cells."""
        info = self._info(sheet.part)
        if info is None:
            return []
        out = set()
        with self.zip.open(info) as fh:
            tail = b""
            while chunk := fh.read(1 << 20):
                data = tail + chunk
                for m in _MERGE.finditer(data):
                    c1, r1, c2, r2 = m.groups()
                    if len(r1) <= 7 and len(r2 or r1) <= 7:
                        out.add((int(r1), column_index(c1.decode()), int(r2 or r1),
                                 column_index((c2 or c1).decode())))
                    if len(out) > MAX_MERGED_RANGES:
                        raise XlsxError(code="xlsx.too_many_merged", sheet=sheet.name,
                                        most=MAX_MERGED_RANGES)
                tail = data[-200:]  # a tag cut by the chunk boundary is found next time
        return sorted(out)


class _SheetReader:
    """One pass over a sheet's XML: expat handlers fill ``done`` with finished rows, which
    are handed out after each chunk."""

    def __init__(self, book: Workbook, sheet: Sheet):
        self.book, self.sheet = book, sheet
        self.what = Msg("xlsx.the_sheet", {"sheet": sheet.name})
        self.done: list[tuple[int, list[object]]] = []
        self.row = 0
        self.cells: dict[int, object] = {}
        self.column = 0
        self.kind = "n"
        self.style = 0
        self.text: _Text | None = None
        self.formula: _Text | None = None
        self.target: _Text | None = None  # where character data goes now
        self.phonetic = 0
        self.in_cell = False
        self.columns: dict[str, int] = {}  # "AB" → 28, for the columns met so far
        self.strings: _Strings | None = None

    def rows(self) -> Iterator[tuple[int, list[object]]]:
        self.strings = self.book.strings()  # read on as far as the rows ask
        parser = _Parser(self.sheet.part, self.start, self.end, self.data)
        for _ in self.book._feed(self.sheet.part, parser, MAX_SHEET_BYTES, self.what):
            if self.done:
                yield from self.done
                self.done = []

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == "c":
            ref = attrs.get("r")
            if ref:
                m = _PLAIN_REF.match(ref)  # "B7": the column's number looked up, not computed
                column = self.columns.get(m.group(1)) if m else None
                if column is None:
                    _row, column = _reference(ref, self.what)
                    if m:
                        self.columns[m.group(1)] = column
                self.column = column
            else:
                self.column += 1
                if self.column > MAX_COLUMNS:
                    raise XlsxError(code="xlsx.too_many_columns", what=self.what,
                                    most=MAX_COLUMNS)
            self.kind = attrs.get("t", "n")
            style = attrs.get("s", "0")
            self.style = int(style) if style.isdigit() and len(style) < 9 else 0
            self.text, self.formula, self.in_cell = None, None, True
        elif tag == "row":
            number = attrs.get("r")
            row = _number(number, self.what) if number else self.row + 1
            if row > MAX_ROWS:
                _number(str(row), self.what)
            if row <= self.row:
                raise XlsxError(code="xlsx.row_order", what=self.what, row=row,
                                after=self.row)
            self.row, self.column, self.cells = row, 0, {}
        elif self.in_cell and (tag == "v" or (tag == "t" and not self.phonetic)):
            if self.text is None:
                self.text = _Text()
            self.target = self.text
        elif self.in_cell and tag == "f":
            self.formula = self.target = _Text()
        elif tag == "rPh":
            self.phonetic += 1
        elif tag == "dimension":
            self._dimension(attrs.get("ref", ""))

    def _dimension(self, ref: str) -> None:
        last = ref.rsplit(":", 1)[-1]
        if last:
            row, _column = _reference(last, self.what)
            self.sheet.last_row = row

    def end(self, tag: str) -> None:
        if tag in ("v", "t", "f"):
            self.target = None
        elif tag == "rPh":
            self.phonetic -= 1
        elif tag == "c":
            value = self._value(self.text.value()) if self.text is not None else None
            placeholder = (self.book.stale_results and self.kind == "n" and self.text is not None
                           and self.text.value() == "0")
            if self.formula is not None and (value is None or value == "" or self.kind == "e"
                                             or placeholder):
                formula = self.formula.value()
                if isinstance(formula, str) and formula.strip():
                    value = Formula(formula, str(value) if self.kind == "e" and value is not None
                                    else None)
            if value is not None and value != "":
                self.cells[self.column] = value
            self.text, self.formula, self.in_cell = None, None, False
        elif tag == "row":
            if self.cells:
                values: list[object] = [None] * max(self.cells)
                for column, value in self.cells.items():
                    values[column - 1] = value
                self.done.append((self.row, values))
            self.cells = {}

    def data(self, text: str) -> None:
        if self.target is not None:
            self.target.add(text)

    def _value(self, raw: str | Oversized) -> object:
        if isinstance(raw, Oversized):
            return raw
        kind = self.kind
        if kind == "s":
            strings = self.strings if self.strings is not None else self.book.strings()
            if not raw.strip().isdigit() or not strings.has(int(raw)):
                raise XlsxError(code="xlsx.missing_text", what=self.what, row=self.row)
            return strings[int(raw)]
        if kind in ("str", "inlineStr", "e"):
            return raw
        if kind == "b":
            return raw.strip() in ("1", "true")
        if kind == "d":
            from openpyxl.utils.datetime import from_ISO8601

            try:
                return from_ISO8601(raw)
            except ValueError:
                return raw
        return self._numeric(raw.strip())

    def _numeric(self, raw: str) -> object:
        try:
            number: int | float = (float(raw) if any(c in raw for c in ".eE")
                                   else int(raw))
        except ValueError:
            return raw
        if self.style not in self.book._dates:
            return number
        from openpyxl.utils.datetime import MAC_EPOCH, WINDOWS_EPOCH, from_excel

        try:
            value = from_excel(number, MAC_EPOCH if self.book.mac_epoch else WINDOWS_EPOCH,
                               timedelta=self.style in self.book._durations)
        except (OverflowError, ValueError):
            return number
        if isinstance(value, _dt.datetime):
            return _with_precision(value, self.book._formats[self.style])
        return value


def _shown(number_format: str) -> str:
    """A number format's codes, without its locale, colour and quoted text."""
    return re.sub(r"\[[^\]]*\]|\"[^\"]*\"", "", number_format or "").lower()


def _partial(number_format: str) -> bool:
    """Whether a date format shows less than a whole day: a year, or a month."""
    return not any(c in _shown(number_format) for c in "dhs")


def _with_precision(value: _dt.datetime, number_format: str) -> object:
    """A date cell as precise as it is shown: "1997" stays a year, "04/2023" a month."""
    if _partial(number_format):
        if "m" in _shown(number_format):
            return f"{value.year:04d}-{value.month:02d}"
        return f"{value.year:04d}"
    return value.date() if value.time() == _dt.time() else value
