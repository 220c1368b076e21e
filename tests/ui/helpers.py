"""Small steps a user takes, shared by the Qt tests."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox

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


def answer_box(choose: Callable[[QMessageBox], QAbstractButton],
               seen: list[dict[str, str]] | None = None) -> None:
    """Answer the next message box the app opens (it runs its own event loop, so this is
    set up before the step that opens it): ``choose(box)`` names the button to click;
    what the box said is added to ``seen``."""

    def answer(tries: int) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            if seen is not None:
                seen.append({"title": box.windowTitle(), "text": box.text(),
                             "informative": box.informativeText(),
                             "buttons": [b.text() for b in box.buttons()]})
            choose(box).click()
        elif tries:  # not open yet: look again once the events are processed
            QTimer.singleShot(10, lambda: answer(tries - 1))

    QTimer.singleShot(0, lambda: answer(1000))


def button(text: str) -> Callable[[QMessageBox], QAbstractButton]:
    """The button whose text (without its mnemonic) starts with ``text``."""
    def choose(box: QMessageBox) -> QAbstractButton:
        return next(b for b in box.buttons() if b.text().replace("&", "").startswith(text))
    return choose


def cancel(box: QMessageBox) -> QAbstractButton:
    return box.button(QMessageBox.Cancel)
