"""How much of an input file the app reads: the bounds that keep a careless or hostile file
from exhausting the machine. Excel's own limits where Excel has one, so every file Excel
can write is within them."""

from __future__ import annotations

from dataclasses import dataclass

MAX_ROWS = 1_048_576  # Excel's last row
MAX_COLUMNS = 16_384  # Excel's last column, XFD
MAX_CELL_CHARS = 32_767  # the most an Excel cell holds
MAX_RECORDS = 100_000  # rows with data in one import; a bigger file is split
MAX_CSV_ROW_CHARS = 1_048_576  # one CSV row (all its cells); longer is not a spreadsheet row
MAX_XML_PART_BYTES = 16 << 20  # a workbook's small parts: its sheet list, styles, relations
MAX_SHARED_STRINGS_BYTES = 256 << 20  # all the text of a workbook, as stored in the file
MAX_SHEET_BYTES = 1 << 30  # one sheet's XML; 100,000 rows of 30 cells take about 200 MB
MAX_SHEETS = 1_000  # sheets in one workbook
MAX_MERGED_RANGES = 10_000  # merged cells in one sheet (each is reported)
MAX_XML_TAG_BYTES = 1 << 20  # one XML tag with its attributes (expat holds a tag whole)
MAX_XML_DEPTH = 64  # nested elements; a sheet needs six


@dataclass(frozen=True)
class Oversized:
    """A cell whose text is longer than MAX_CELL_CHARS. Only its length is kept: the text
    itself is never held in memory, and the row it is in cannot be imported."""

    length: int

    def __str__(self) -> str:
        return f"({self.length:,} characters)"
