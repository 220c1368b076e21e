"""The trash: records deleted from the lists, which can be restored or deleted for good."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from ..core import changes as ch
from ..core.changes import Changes
from ..core.errors import CoreError
from ..core.records.models import SPECS
from ..core.records.repository import TrashItem
from ..core.register import Register
from . import labels, links
from .i18n import counted
from .prefs import Prefs
from .session import Session
from .widgets import ShownPage


class TrashModel(QAbstractTableModel):
    def __init__(self, prefs: Prefs | None = None, parent=None):
        super().__init__(parent)
        self.prefs = prefs or Prefs()
        self.items: list[TrashItem] = []

    def set_items(self, items: list[TrashItem]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return [self.tr("Kind"), self.tr("Record"), self.tr("Deleted")][section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or role != Qt.DisplayRole:
            return None
        item = self.items[index.row()]
        return [labels.entity_name(item.entity), item.label_in(self.prefs.language),
                self.prefs.show_timestamp(item.deleted_at)][index.column()]


class TrashPage(ShownPage):
    open_record = Signal(str, int)

    def __init__(self, session: Session, parent=None, prefs: Prefs | None = None):
        super().__init__(parent)
        self.session = session
        self._stale = True
        self.model = TrashModel(prefs, self)
        self.view = QTableView(self)
        self.view.setObjectName("trash_table")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setColumnWidth(1, 480)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.setToolTip(self.tr("Put the selected records back where they were"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button = QPushButton(self.tr("Delete for &good"), self)
        self.purge_button.setToolTip(self.tr("Remove the selected records permanently"))
        self.purge_button.clicked.connect(self.purge_selected)
        self.summary = QLabel(self)
        self.read_only = False
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.purge_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)

    def set_read_only(self, read_only: bool) -> None:
        """A read-only database: the trash can be looked at, not restored or emptied."""
        self.read_only = read_only
        for button in (self.restore_button, self.purge_button):
            button.setEnabled(not read_only)

    @property
    def reg(self) -> Register:
        return self.session.reg

    def apply_changes(self, changes: Changes) -> None:
        """Records moved to the trash or out of it are shown at once (a short list, and a
        link to a record in the trash must find it there); other changes (a name) when the
        trash is next shown."""
        if changes.touches(kind=ch.TRASH):
            self.reload()
        elif changes.touches(kind=ch.RECORDS):
            self.mark_stale()

    def reload(self) -> None:
        self._stale = False
        self.model.set_items(self.reg.records.trash())
        n = len(self.model.items)
        self.summary.setText(counted(self.tr("%n record(s) in the trash", "", n), n))

    def show_in_trash(self, entity: str, record_id: int) -> bool:
        """Show a record of the trash as the current row (when a link to it is followed)."""
        for row, item in enumerate(self.model.items):
            if (item.entity, item.id) == (entity, record_id):
                self.view.selectRow(row)
                self.view.scrollTo(self.model.index(row, 0))
                return True
        return False

    def selected(self) -> list[TrashItem]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.items[r] for r in rows]

    def restore_selected(self) -> None:
        items = self.selected()
        if self.read_only or not items:
            return

        def restore(reg: Register) -> Changes:
            done, problems = Changes(), []
            for item in items:
                try:
                    done |= reg.restore(item.entity, item.id)
                except CoreError as exc:
                    problems.append(f"{item.label_in(self.model.prefs.language)}: {exc}")
            return done | Changes(result=problems)

        def restored(changes: Changes) -> None:
            if changes.result:
                QMessageBox.warning(self, self.tr("Cannot restore"), "\n".join(changes.result))
            back = [i for i in items if i.id in changes.ids_of(i.entity)]
            if back:
                self.open_record.emit(back[-1].entity, back[-1].id)

        self.session.operations.write(self.tr("Restoring from the trash"), restore,
                                      success=restored, parent=self).wait()

    def purge_selected(self, *, confirm: bool = True) -> None:
        items = self.selected()
        if not items or self.read_only:
            return
        if confirm and QMessageBox.question(
                self, self.tr("Delete for good"), self.purge_question(items)) != QMessageBox.Yes:
            return

        def purge(reg: Register) -> Changes:
            done = Changes()
            for item in items:
                try:
                    done |= reg.purge(item.entity, item.id)
                except CoreError as exc:
                    return done | Changes(
                        result=f"{item.label_in(self.model.prefs.language)}: {exc}")
            return done

        def purged(changes: Changes) -> None:
            if changes.result:
                QMessageBox.warning(self, self.tr("Cannot delete"), changes.result)

        self.session.operations.write(self.tr("Deleting for good"), purge, success=purged,
                                      parent=self).wait()

    def purge_question(self, items: list[TrashItem]) -> str:
        """Asked before deleting for good: how many, and which other records lose their link
        to them (a partner's contacts go with it)."""
        text = counted(self.tr("Delete %n record(s) permanently? This cannot be undone.", "",
                               len(items)), len(items))
        named = []
        for item in items:
            try:
                refs = self.reg.records.referrers(SPECS[item.entity].cls, item.id)
            except CoreError:
                continue
            if refs:
                named.append(links.refer_sentence(refs, item.label_in(self.model.prefs.language)))
        if named:
            text += "\n\n" + "\n".join(named) + "\n\n" + self.tr(
                "They lose their link to what is deleted; a partner's contacts are deleted "
                "with it.")
        return text
