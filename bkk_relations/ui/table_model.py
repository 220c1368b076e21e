"""A table of records for the list views that reads its rows from the core in blocks.

Sorting and filtering are done by the database (indexes, LIKE), so a list of 100,000
partners opens, sorts and filters as fast as a list of 100: the view only ever asks for the
rows on screen, and the model fetches those in blocks of ``BLOCK`` rows.
"""

from __future__ import annotations

import dataclasses
from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ..core.places import countries
from ..core.records.repository import Query
from ..core.views.lists import Column
from . import labels
from .links import shown
from .prefs import Prefs

ID_ROLE = Qt.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
Rows = list[dict[str, object]]


class RecordTableModel(QAbstractTableModel):
    """Rows of one entity for a query, shown in the user's language and calendar."""

    BLOCK = 200
    MAX_BLOCKS = 64

    def __init__(self, columns: list[Column], prefs: Prefs, *,
                 fetch: Callable[[Query], Rows], count: Callable[[Query], int],
                 ids: Callable[[Query], list[int]], parent=None):
        super().__init__(parent)
        self.columns = columns
        self.prefs = prefs
        self._fetch, self._count, self._ids = fetch, count, ids
        self.query = Query()
        self.total = 0
        self._blocks: OrderedDict[int, Rows] = OrderedDict()
        self._order: list[int] | None = None

    # -- loading ----------------------------------------------------------------------------
    def set_query(self, query: Query) -> None:
        """Show the records matching ``query`` (keeps the current sort order)."""
        query = dataclasses.replace(query, sort=self.query.sort,
                                    descending=self.query.descending, limit=None, offset=0)
        self.beginResetModel()
        self.query = query
        self._reset_cache()
        self.total = self._count(query)
        self.endResetModel()

    def refresh(self) -> None:
        self.set_query(self.query)

    def refresh_ids(self, ids: frozenset[int] | set[int]) -> bool:
        """Read again the rows of these records that are on hand, in place (calibre's
        ``refresh_ids``): a renamed record keeps its row. False when a record no longer
        matches the list's filter, so the caller reloads the list instead."""
        cached = {r.get("id") for rows in self._blocks.values() for r in rows}
        wanted = tuple(sorted(i for i in ids if i in cached))
        if not wanted:
            return True
        fresh = {r["id"]: r for r in self._fetch(dataclasses.replace(
            self.query, ids=wanted, limit=None, offset=0))}
        if len(fresh) != len(wanted):
            return False
        last = len(self.columns) - 1
        for block, rows in self._blocks.items():
            for i, r in enumerate(rows):
                new = fresh.get(r.get("id"))  # type: ignore[arg-type]
                if new is not None:
                    rows[i] = new
                    row = block * self.BLOCK + i
                    self.dataChanged.emit(self.index(row, 0), self.index(row, last))
        return True

    def _reset_cache(self) -> None:
        self._blocks.clear()
        self._order = None

    def _row(self, row: int) -> dict[str, object]:
        block = row // self.BLOCK
        rows = self._blocks.get(block)
        if rows is None:
            rows = self._fetch(dataclasses.replace(self.query, limit=self.BLOCK,
                                                   offset=block * self.BLOCK))
            self._blocks[block] = rows
            if len(self._blocks) > self.MAX_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(block)
        offset = row - block * self.BLOCK
        return rows[offset] if offset < len(rows) else {}

    # -- Qt model API -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.DisplayRole) -> object:
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return labels.column_title(self.columns[section].title)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self.query = dataclasses.replace(self.query, sort=self.columns[column].key,
                                         descending=order == Qt.DescendingOrder)
        self._reset_cache()
        self.layoutChanged.emit()

    def display(self, column: Column, value: object) -> str:
        if value is None:
            return ""
        lang = self.prefs.language
        if column.kind == "date":
            return self.prefs.show_date(str(value))
        if column.kind.startswith("vocab:"):
            return labels.vocab_label(column.kind[6:], value, lang)
        if column.kind == "bool":
            return "✓" if value else ""
        if column.data == "country":
            return countries.name(str(value), lang) or str(value)
        if column.key == "region":
            return labels.region_label(str(value), lang)
        if column.key == "sectors":
            return labels.sectors_label(str(value), lang)
        if column.kind == "number" and isinstance(value, float):
            return f"{value:,.0f}"
        return shown(str(value))  # linked records in the Trash marked in the user's language

    def data(self, index: Index, role: int = Qt.DisplayRole) -> object:
        if not index.isValid() or index.row() >= self.total:
            return None
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            column = self.columns[index.column()]
            return self.display(column, self._row(index.row()).get(column.key))
        if role == ID_ROLE:
            return self._row(index.row()).get("id")
        if role == Qt.TextAlignmentRole and self.columns[index.column()].kind == "number":
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None

    # -- records ------------------------------------------------------------------------------
    def record_id(self, row: int) -> int | None:
        value = self._row(row).get("id")
        return int(value) if value is not None else None  # type: ignore[arg-type]

    def row_of(self, record_id: int) -> int | None:
        for block, rows in self._blocks.items():
            for i, r in enumerate(rows):
                if r.get("id") == record_id:
                    return block * self.BLOCK + i
        if self._order is None:
            self._order = self._ids(self.query)
        try:
            return self._order.index(record_id)
        except ValueError:
            return None
