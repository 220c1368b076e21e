"""Reading CSV files: which text encoding the bytes are in, decided on the evidence, and the
rows, read within bounds.

The evidence: a byte-order mark (UTF-8, UTF-16, UTF-32); NUL bytes in the pattern of UTF-16
or UTF-32 without one; bytes that are valid UTF-8 (a few stray bytes in an otherwise UTF-8
file are reported, cell by cell, never guessed at); Windows Thai (cp874, what Excel's plain
"CSV" writes on a Thai PC) only when the bytes are not UTF-8 and read as Thai words. Bytes
that are none of these are refused with the way to save the file as CSV UTF-8.

Bytes that cannot be decoded become the lone surrogates U+DC00–U+DCFF (``UNDECODABLE``), so
the importer can name the row and column that hold them; a surrogate never reaches the
database, because validation refuses it.
"""

from __future__ import annotations

import codecs
import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from ..errors import CsvProblem
from ..messages import Msg
from .limits import MAX_CELL_CHARS, MAX_COLUMNS, MAX_CSV_ROW_CHARS, MAX_ROWS, Oversized

MARK = "bkk-undecodable"
UNDECODABLE = re.compile("[\udc00-\udfff]")
_CHUNK = 1 << 20
# A run of Thai characters; a letter followed by a dot is a Thai abbreviation ("พ.ศ.",
# "ก.พ.", "มิ.ย."), a word of its own rather than a lone letter.
_THAI = re.compile("[\u0e01-\u0e5b]+\\.?")
_THAI_MARK = re.compile("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")  # vowels and tones above/below


def _mark(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start:exc.end]
    return "".join(chr(0xDC00 + b) for b in bad), exc.end


codecs.register_error(MARK, _mark)
# The reader's own bound (MAX_CSV_ROW_CHARS per row) is the one that holds; csv's default
# of 131,072 characters per field would otherwise end the reading with a bare error.
csv.field_size_limit(max(csv.field_size_limit(), MAX_CSV_ROW_CHARS + 1))


@dataclass(frozen=True)
class Encoding:
    codec: str  # for open()
    name: str  # as an officer knows it
    stray_bytes: int = 0  # bytes that are not text in this encoding (reported by row)


def _bom(head: bytes) -> Encoding | None:
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return Encoding("utf-32", "UTF-32")
    if head.startswith(codecs.BOM_UTF8):
        return Encoding("utf-8-sig", "UTF-8")
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return Encoding("utf-16", "UTF-16")
    return None


def _nul_pattern(head: bytes) -> Encoding | None:
    """UTF-16 or UTF-32 without a byte-order mark: the digits, commas and line ends of any
    text (Thai too) put NUL bytes at every second place, always on the same side, and UTF-32
    has two NULs in every four bytes."""
    if b"\x00" not in head:
        return None
    sample = head[:4096]
    quads = len(sample) // 4
    if quads:
        def zeros_at(*places: int) -> int:
            return sum(all(sample[4 * i + p] == 0 for p in places) for i in range(quads))
        if zeros_at(2, 3) >= 0.9 * quads:
            return Encoding("utf-32-le", "UTF-32")
        if zeros_at(0, 1) >= 0.9 * quads:
            return Encoding("utf-32-be", "UTF-32")
    pairs = len(sample) // 2
    even = sum(1 for i in range(0, 2 * pairs, 2) if sample[i] == 0)
    odd = sum(1 for i in range(1, 2 * pairs, 2) if sample[i] == 0)
    if pairs and odd >= 0.05 * pairs and even <= odd / 10:
        return Encoding("utf-16-le", "UTF-16")
    if pairs and even >= 0.05 * pairs and odd <= even / 10:
        return Encoding("utf-16-be", "UTF-16")
    return None


def _utf8_evidence(path: Path) -> tuple[int, int]:
    """(characters beyond ASCII decoded, bytes that are not UTF-8), in one streamed pass."""
    decoder = codecs.getincrementaldecoder("utf-8")(errors=MARK)
    wide = bad = 0
    with path.open("rb") as fh:
        while True:
            chunk = fh.read(_CHUNK)
            text = decoder.decode(chunk, final=not chunk)
            marks = len(UNDECODABLE.findall(text))
            bad += marks
            wide += len(text) - len(text.encode("ascii", "ignore")) - marks
            if not chunk:
                return wide, bad


def _reads_as_thai(path: Path) -> bool:
    """True when every byte is defined in Windows Thai and the letters form Thai words:
    runs of several Thai characters (or a letter and its abbreviation dot) that never start
    with a vowel or tone mark. Accented Latin letters (é, ã) fall on Thai code points too,
    but one at a time."""
    letters = lone = bad_starts = runs = 0
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            try:
                text = chunk.decode("cp874")
            except UnicodeDecodeError:
                return False
            for run in _THAI.findall(text):
                runs += 1
                letters += len(run.rstrip("."))
                lone += len(run) == 1
                bad_starts += bool(_THAI_MARK.match(run))
    return bool(letters) and lone <= 0.2 * runs and bad_starts <= 0.1 * runs


def detect(path: Path) -> Encoding:
    """The encoding of a CSV file; CsvProblem for bytes that are no known text."""
    with path.open("rb") as fh:
        head = fh.read(65536)
    found = _bom(head) or _nul_pattern(head)
    if found:
        return found
    if b"\x00" in head:
        raise CsvProblem(code="csv.binary")
    wide, bad = _utf8_evidence(path)
    if not bad:
        return Encoding("utf-8", "UTF-8")
    if bad >= wide and _reads_as_thai(path):
        return Encoding("cp874", "Windows Thai (cp874)")
    if wide > bad:
        return Encoding("utf-8", "UTF-8", stray_bytes=bad)
    raise CsvProblem(code="csv.encoding", bytes=bad,
                     where=_first_undecodable(path, Encoding("utf-8", "UTF-8")))


def _first_undecodable(path: Path, encoding: Encoding) -> Msg:
    try:
        for number, values in rows(path, encoding, sniff_delimiter(path, encoding)):
            for index, value in enumerate(values):
                if isinstance(value, str) and UNDECODABLE.search(value):
                    return Msg("csv.at_cell", {"row": number, "column": _letters(index)})
    except CsvProblem:
        pass
    return Msg("csv.near_start")


def _letters(index: int) -> str:
    letters, n = "", index + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def sniff_delimiter(path: Path, encoding: Encoding) -> str:
    """The delimiter that splits the file's first lines into the same number of columns
    (two or more) most often: a comma, a semicolon (Excel in many languages) or a tab.
    (csv.Sniffer gave up on a semicolon file whose one quoted cell held a semicolon.)"""
    with path.open(encoding=encoding.codec, errors=MARK, newline="") as fh:
        sample = fh.read(65536)
    lines = sample.splitlines()
    if len(sample) == 65536 and len(lines) > 1:
        lines = lines[:-1]  # the last line may be cut short
    best, best_score = ",", 0.0
    for delimiter in (",", ";", "\t"):
        try:
            counts = [len(row) for row in csv.reader(lines[:200], delimiter=delimiter)
                      if any(cell.strip() for cell in row)]
        except csv.Error:
            continue
        if not counts:
            continue
        columns = max(set(counts), key=counts.count)
        if columns < 2:
            continue
        # rows that agree, then more columns (a tie between two delimiters is rare)
        score = counts.count(columns) / len(counts) + columns / 10_000
        if score > best_score:
            best, best_score = delimiter, score
    return best


def shown(text: str) -> str:
    """``text`` with undecodable bytes shown as � (printing a lone surrogate fails)."""
    return UNDECODABLE.sub("\ufffd", text)


class _Lines:
    """The file's lines for csv.reader, each read with a bound, and the characters of the
    row being read counted: a row longer than MAX_CSV_ROW_CHARS ends the reading at once,
    however its quotes and line breaks fall."""

    def __init__(self, fh: TextIO):
        self.fh = fh
        self.row = 1
        self.used = 0

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        line = self.fh.readline(MAX_CSV_ROW_CHARS + 1)
        if not line:
            raise StopIteration
        self.used += len(line)
        if self.used > MAX_CSV_ROW_CHARS:
            raise CsvProblem(code="csv.row_too_long", row=self.row, most=MAX_CSV_ROW_CHARS,
                             cell=MAX_CELL_CHARS)
        return line


def rows(path: Path, encoding: Encoding, delimiter: str
         ) -> Iterator[tuple[int, list[object]]]:
    """(row number, cells) of every row; a cell longer than Excel allows comes as
    Oversized, undecodable bytes as UNDECODABLE characters."""
    with path.open(encoding=encoding.codec, errors=MARK, newline="") as fh:
        lines = _Lines(fh)
        reader = csv.reader(lines, delimiter=delimiter)
        number = 0
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise CsvProblem(code="csv.unreadable_row", row=lines.row,
                                 detail=str(exc)) from None
            number += 1
            if number > MAX_ROWS:
                raise CsvProblem(code="csv.too_many_rows", rows=MAX_ROWS)
            if len(cells) > MAX_COLUMNS:
                raise CsvProblem(code="csv.too_many_columns", row=number,
                                 columns=len(cells), most=MAX_COLUMNS)
            lines.row, lines.used = number + 1, 0
            yield number, [Oversized(len(v)) if len(v) > MAX_CELL_CHARS else v
                           for v in cells]
