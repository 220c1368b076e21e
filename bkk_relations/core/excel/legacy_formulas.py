"""Formula cells of .ods and .xls files that have no value to show.

calamine gives such a cell as empty: a note typed as "=ติดตามผล", saved without a result or
with an error as its result ("#NAME?"), would be lost without a word. These readers find
those cells so that calamine_read can hand them on as xlsx_stream.Formula, as the .xlsx
reader does: an .ods file keeps the formula's text (content.xml's ``table:formula``), so the
importer keeps it as text; an .xls file keeps only compiled formulas, so the importer can
say which cell lost its formula but not what it said.

Both read within the bounds of input_limits: content.xml is parsed by xlsx_stream's guarded
parser in chunks, the .xls container's sectors are followed only within the file.
"""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Iterator
from xml.parsers import expat

from ..errors import XlsxError
from ..messages import Msg
from .limits import MAX_CELL_CHARS, MAX_ROWS, MAX_SHEET_BYTES
from .xlsx_stream import Formula, _Parser

Cells = dict[tuple[int, int], Formula]  # (row as shown, 0-based column) → the formula


# -- OpenDocument -------------------------------------------------------------------------------
def _formula_text(formula: str) -> str:
    """"of:=ติดตามผล" → "ติดตามผล": the formula as typed, without its namespace and "="."""
    prefix, sep, rest = formula.partition(":=")
    text = rest if sep and prefix.isalnum() and len(prefix) <= 8 else formula.lstrip("=")
    return text[:MAX_CELL_CHARS]


class _OdsCells:
    """content.xml's handlers: where each cell is, and the formula cells without a value."""

    def __init__(self) -> None:
        self.out: dict[str, Cells] = {}
        self.sheet: Cells | None = None
        self.row = self.col = 0
        self.repeat = self.span = 1
        self.cell: tuple[str, bool] | None = None  # (formula, its result is an error)
        self.text: list[str] = []

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == "table":
            self.sheet = self.out.setdefault(attrs.get(_TABLE + "name", ""), {})
            self.row = 0
        elif tag == "table-row":
            self.repeat = _count(attrs.get(_TABLE + "number-rows-repeated"), MAX_ROWS)
            self.row, self.col = self.row + 1, 0
        elif tag in ("table-cell", "covered-table-cell"):
            formula = attrs.get(_TABLE + "formula")
            kind = attrs.get(_CALCEXT + "value-type") or attrs.get(_OFFICE + "value-type")
            empty = (kind is None or kind == "error"
                     or kind == "string" and attrs.get(_OFFICE + "string-value") == "")
            self.cell = (formula, kind == "error") if formula and empty else None
            self.text = []
            self.span = _count(attrs.get(_TABLE + "number-columns-repeated"), 16_384)

    def end(self, tag: str) -> None:
        if tag in ("table-cell", "covered-table-cell"):
            if self.cell is not None and self.sheet is not None:
                formula, error = self.cell
                shown = "".join(self.text)[:64] if error else ""  # "#NAME?", "Err:508"
                for offset in range(min(self.span, 64)):
                    self.sheet[(self.row, self.col + offset)] = Formula(
                        _formula_text(formula), shown or None)
            self.col += self.span
            self.cell = None
        elif tag == "table-row":
            self.row += self.repeat - 1

    def data(self, text: str) -> None:
        if self.cell is not None and len(self.text) < 64:
            self.text.append(text)


def ods_formulas(path: str) -> dict[str, Cells]:
    """Each sheet's formula cells with no value (or an error) as their result."""
    cells = _OdsCells()
    try:
        with zipfile.ZipFile(path) as book:
            info = book.getinfo("content.xml")
            if info.file_size > MAX_SHEET_BYTES:
                return {}  # beyond what is read at all (calamine_read refuses such a file)
            parser = _Parser("content.xml", cells.start, cells.end, cells.data)
            with book.open(info) as fh:
                while chunk := fh.read(1 << 16):
                    parser.expat.Parse(chunk, False)
                parser.expat.Parse(b"", True)
    except (KeyError, zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise XlsxError(code="xlsx.damaged", detail=str(exc)) from None
    except expat.ExpatError as exc:
        raise XlsxError(code="xlsx.bad_xml", what=Msg("xlsx.the_part", {"part": "content.xml"}),
                        detail=str(exc)) from None
    return cells.out


_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0 "
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0 "
_CALCEXT = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0 "


def _count(text: str | None, most: int) -> int:
    return min(int(text), most) if text and text.isdigit() and len(text) <= 8 else 1


# -- Excel 97–2003 --------------------------------------------------------------------------------
_ERRORS = {0x00: "#NULL!", 0x07: "#DIV/0!", 0x0F: "#VALUE!", 0x17: "#REF!", 0x1D: "#NAME?",
           0x24: "#NUM!", 0x2A: "#N/A"}


def xls_formulas(path: str) -> dict[str, Cells]:
    """Each sheet's formula cells with an error or empty text as their result (an .xls file
    keeps the formula compiled: ``Formula.text`` is empty)."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_SHEET_BYTES + 1)
        if len(data) > MAX_SHEET_BYTES:
            return {}  # beyond what is read at all
        stream = _cfb_stream(data, "workbook") or _cfb_stream(data, "book")
    except (IndexError, struct.error, ValueError):
        return {}
    if stream is None:
        return {}
    sheets: dict[int, str] = {}
    out: dict[str, Cells] = {}
    sheet: str | None = None
    pending: tuple[int, int] | None = None  # a formula whose text result comes next
    for offset, kind, body in _records(stream):
        if kind == 0x0085 and len(body) >= 8:  # BOUNDSHEET: where each sheet starts, its name
            cch, high = body[6], body[7]
            raw = body[8:8 + cch * (2 if high & 1 else 1)]
            sheets[struct.unpack_from("<I", body)[0]] = raw.decode(
                "utf-16-le" if high & 1 else "latin-1", "replace")
        elif kind == 0x0809:  # BOF: a sheet's records begin
            sheet = sheets.get(offset)
        elif kind == 0x0006 and sheet is not None and len(body) >= 14:  # FORMULA
            row, col = struct.unpack_from("<HH", body)
            result = body[6:14]
            pending = None
            if result[6:8] == b"\xff\xff":
                if result[0] == 2:  # an error
                    out.setdefault(sheet, {})[(row + 1, col)] = Formula(
                        "", _ERRORS.get(result[2], "#ERROR"))
                elif result[0] == 3:  # empty text
                    out.setdefault(sheet, {})[(row + 1, col)] = Formula("", None)
                elif result[0] == 0:
                    pending = (row + 1, col)
        elif kind == 0x0207 and pending is not None and sheet is not None:  # STRING result
            if len(body) < 2 or struct.unpack_from("<H", body)[0] == 0:
                out.setdefault(sheet, {})[pending] = Formula("", None)
            pending = None
    return out


_WANTED = frozenset((0x0085, 0x0809, 0x0006, 0x0207))  # the records read above


def _records(stream: bytes) -> Iterator[tuple[int, int, bytes]]:
    """(offset, type, body) of the BIFF records read above; the others are stepped over."""
    at, end, unpack = 0, len(stream), struct.Struct("<HH").unpack_from
    while at + 4 <= end:
        kind, size = unpack(stream, at)
        if kind in _WANTED:
            yield at, kind, stream[at + 4:at + 4 + size]
        at += 4 + size


def _cfb_stream(data: bytes, name: str) -> bytes | None:
    """A stream of an OLE compound file (the container of an .xls), by name."""
    if data[:8] != b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        return None
    sector = 1 << struct.unpack_from("<H", data, 0x1E)[0]
    mini = 1 << struct.unpack_from("<H", data, 0x20)[0]
    n_fat, first_dir = struct.unpack_from("<II", data, 0x2C)
    cutoff, first_minifat = struct.unpack_from("<II", data, 0x38)
    first_difat, n_difat = struct.unpack_from("<I", data, 0x44)[0], \
        struct.unpack_from("<I", data, 0x48)[0]
    difat = list(struct.unpack_from("<109I", data, 0x4C))
    seen = 0
    while first_difat < 0xFFFFFFFA and seen <= min(n_difat, len(data) // sector):
        base = 512 + first_difat * sector
        entries = struct.unpack_from(f"<{sector // 4}I", data, base)
        difat += entries[:-1]
        first_difat, seen = entries[-1], seen + 1
    fat: list[int] = []
    for s in difat[:n_fat]:
        fat += struct.unpack_from(f"<{sector // 4}I", data, 512 + s * sector)

    def chain(start: int, limit: int) -> bytes:
        out, s, steps = bytearray(), start, 0
        while s < 0xFFFFFFFA and s < len(fat) and steps <= limit:
            out += data[512 + s * sector:512 + (s + 1) * sector]
            s, steps = fat[s], steps + 1
        return bytes(out)

    most = len(data) // sector + 1
    directory = chain(first_dir, most)
    dirs = [directory[i:i + 128] for i in range(0, len(directory) - 127, 128)]
    root = dirs[0]
    for entry in dirs:
        length = struct.unpack_from("<H", entry, 64)[0]
        if entry[:max(length - 2, 0)].decode("utf-16-le", "replace").lower() != name:
            continue
        start, size = struct.unpack_from("<II", entry, 116)
        if size >= cutoff:
            return chain(start, most)[:size]
        ministream = chain(struct.unpack_from("<I", root, 116)[0], most)
        minifat = chain(first_minifat, most)
        table = struct.unpack_from(f"<{len(minifat) // 4}I", minifat)
        out, s, steps = bytearray(), start, 0
        while s < 0xFFFFFFFA and s < len(table) and steps <= len(ministream) // mini:
            out += ministream[s * mini:(s + 1) * mini]
            s, steps = table[s], steps + 1
        return bytes(out[:size])
    return None
