"""Reading legacy Excel 97–2003 (.xls) and OpenDocument (.ods) spreadsheets with calamine
(python-calamine, in Rust). .xlsx stays with xlsx_stream, which reads cell formats (a date
shown as a year stays a year) and streams within fixed bounds; calamine gives each cell's
value only, and holds one sheet at a time in memory.

Rows come as xlsx_stream gives them: (row number as the spreadsheet shows it, values), only
rows that hold a value, an empty cell as None, text longer than a cell may hold as
Oversized, and a formula cell with no value (which calamine reads as empty) as
xlsx_stream.Formula (legacy_formulas).
"""

from __future__ import annotations

from collections.abc import Iterator

import python_calamine as calamine

from ..errors import XlsxError
from . import legacy_formulas
from .limits import MAX_CELL_CHARS, MAX_ROWS, MAX_SHEETS, Oversized
from .xlsx_stream import Formula


class Book:
    """An open .xls or .ods file: its visible worksheets, and each one's rows."""

    def __init__(self, path: str, kind: str = "xls"):
        self.path, self.kind = path, kind
        self._formulas: dict[str, dict[tuple[int, int], Formula]] | None = None
        try:
            self.book = calamine.CalamineWorkbook.from_path(path)
            meta = self.book.sheets_metadata
        except Exception as exc:  # calamine's own errors: a damaged or protected file
            raise XlsxError(str(exc)) from None
        if len(meta) > MAX_SHEETS:
            raise XlsxError(code="xlsx.too_many_sheets", most=MAX_SHEETS)
        self.sheets = [m.name for m in meta
                       if str(m.visible).endswith("Visible") and str(m.typ).endswith("WorkSheet")]

    def rows(self, name: str) -> Iterator[tuple[int, list[object]]]:
        try:
            sheet = self.book.get_sheet_by_name(name)
        except Exception as exc:
            raise XlsxError(str(exc)) from None
        first_row, first_col = sheet.start or (0, 0)
        if first_row + sheet.height > MAX_ROWS:
            raise XlsxError(code="xlsx.row_beyond", what=name, row=first_row + sheet.height,
                            rows=MAX_ROWS)
        by_row: dict[int, list[tuple[int, Formula]]] = {}
        for (row, column), formula in self.formulas().get(name, {}).items():
            by_row.setdefault(row, []).append((column, formula))
        # iter_rows gives the rows from the sheet's first (empty or not), its columns from
        # the first column holding a value
        for number, raw in enumerate(sheet.iter_rows(), start=1):
            values: list[object] = [None] * first_col + [clean_value(v) for v in raw]
            for column, formula in by_row.get(number, ()):
                if column < len(values) and values[column] is None:
                    values[column] = formula
            while values and values[-1] is None:
                values.pop()
            if values:
                yield number, values

    def formulas(self) -> dict[str, dict[tuple[int, int], Formula]]:
        """Each sheet's formula cells with no value, read once."""
        if self._formulas is None:
            self._formulas = (legacy_formulas.ods_formulas(self.path) if self.kind == "ods"
                              else legacy_formulas.xls_formulas(self.path))
        return self._formulas

    def close(self) -> None:
        self.book.close()


def clean_value(value: object) -> object:
    """A calamine cell as xlsx_stream gives it: empty as None, over-long text as
    Oversized, a whole float as the int it shows."""
    if value == "":
        return None
    if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
        return Oversized(len(value))
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)  # .ods keeps every number as a float: 1.0 is the row's "1"
    return value
