"""Small steps a user takes, shared by the Qt tests."""

from __future__ import annotations

from bkk_relations.ui.list_page import ListPage
from bkk_relations.ui.main_window import MainWindow


def go_to(window: MainWindow, entity: str) -> ListPage:
    page = window.pages[entity]
    window.nav.setCurrentRow(window.stack.indexOf(page))
    return page


def row_labels(page: ListPage, column: int = 0) -> list[str]:
    model = page.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def select_label(page: ListPage, label: str) -> int:
    rows = row_labels(page)
    row = rows.index(label)
    page.view.setCurrentIndex(page.model.index(row, 0))
    rid = page.current_id()
    assert rid is not None
    return rid
