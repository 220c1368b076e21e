"""The import wizard: choose a file → choose a sheet → map its columns to fields (matched
automatically from English or Thai headers, changeable) → preview every row with its
problems and the choice for duplicates → import, all or nothing, with progress.

Reading and checking run in a worker thread on a read-only connection; the import runs in a
worker on its own connection in one transaction, so Cancel (or any failure) leaves the
database exactly as it was. ``undo_last_import`` reverses the latest import.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtCore import QCoreApplication as Qca
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..core.changes import Changes
from ..core.errors import CoreError
from ..core.excel.columns import FIELDS, IMPORT_TYPES, match_scored
from ..core.excel.read import FileInfo, FileProblem, SheetInfo, choose_sheet, inspect
from ..core.imports.batches import last_import
from ..core.imports.run import (
    REQUIRED_COLUMNS,
    ImportPlan,
    ImportResult,
    RowPlan,
    column_letter,
    plan_import,
)
from ..core.register import Register
from . import labels
from .i18n import say, say_code
from .operations import Handle
from .prefs import Prefs
from .session import Session

FILE_PAGE, SHEET_PAGE, MAPPING_PAGE, PREVIEW_PAGE, RUN_PAGE = range(5)
IGNORE = ""
Progress = Callable[[int, int], None]




def _error_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    return label


# -- 1. the file ------------------------------------------------------------------------------
class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("An Excel workbook (.xlsx or the older .xls), an "
                                 "OpenDocument spreadsheet (.ods) or a CSV file, in English "
                                 "or Thai."))
        self.type = QComboBox(self)
        self.type.setObjectName("import_type")
        for plural, entity in IMPORT_TYPES.items():
            self.type.addItem(labels.entity_name(entity, plural=True), plural)
        self.path = QLineEdit(self)
        self.path.setObjectName("import_path")
        self.path.textChanged.connect(lambda _t: self.completeChanged.emit())
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.error = _error_label(self, "import_error")
        form = QFormLayout(self)
        form.addRow(self.tr("&Records to import"), self.type)
        file_label = QLabel(self.tr("&File"), self)  # a row holding a layout gets no buddy
        file_label.setBuddy(self.path)
        form.addRow(file_label, row)
        form.addRow(self.error)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import from"), self.path.text(),
            self.tr("Spreadsheets (*.xlsx *.xls *.ods *.csv);;All files (*)"))
        if path:
            self.path.setText(path)

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:  # noqa: N802
        self.error.clear()
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            self.wiz.info = inspect(self.path.text().strip(), self.wiz.entity())
        except FileProblem as exc:
            self.error.setText(say(exc))
            return False
        finally:
            QApplication.restoreOverrideCursor()
        return True

    def nextId(self) -> int:  # noqa: N802
        info = self.wiz.info
        return MAPPING_PAGE if info is not None and info.kind == "csv" else SHEET_PAGE


# -- 2. the sheet -----------------------------------------------------------------------------
class SheetPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Choose the sheet"))
        self.list = QListWidget(self)
        self.list.setObjectName("import_sheets")
        self.list.currentRowChanged.connect(lambda _r: self.completeChanged.emit())
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.note)

    def initializePage(self) -> None:  # noqa: N802
        info = self.wiz.info
        assert info is not None
        self.list.clear()
        try:
            best: SheetInfo | None = choose_sheet(info, self.wiz.entity())
            self.note.setText(self.tr("The sheet whose columns fit best is chosen."))
        except FileProblem as exc:
            best = None
            self.note.setText(say(exc))
        for sheet in info.sheets:
            if sheet.has_data:
                text = (self.tr("%1 — header on row %2, %3 columns recognised")
                        .replace("%1", sheet.name).replace("%2", str(sheet.header_row))
                        .replace("%3", str(sheet.score)))
            else:
                text = self.tr("%1 — empty").replace("%1", sheet.name)
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.UserRole, sheet.name)
            if not sheet.has_data:
                item.setFlags(item.flags() & ~Qt.ItemIsEnabled)
            if best is not None and sheet.name == best.name:
                self.list.setCurrentItem(item)

    def isComplete(self) -> bool:  # noqa: N802
        return self.list.currentItem() is not None

    def validatePage(self) -> bool:  # noqa: N802
        assert self.wiz.info is not None
        self.wiz.sheet = self.wiz.info.sheet(self.list.currentItem().data(Qt.UserRole))
        return True


# -- 3. the columns ---------------------------------------------------------------------------
class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Match the columns to fields"))
        self.setSubTitle(self.tr("Columns are matched by their headers (English or Thai); "
                                 "change any that are wrong, or ignore a column."))
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("import_mapping")
        self.table.setHorizontalHeaderLabels([self.tr("Column in the file"),
                                              self.tr("Example"), self.tr("Field"),
                                              self.tr("Match")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.required = QLabel(self)
        self.required.setWordWrap(True)
        self.error = _error_label(self, "mapping_error")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.required)
        layout.addWidget(self.error)
        self.combos: dict[int, QComboBox] = {}

    def initializePage(self) -> None:  # noqa: N802
        info = self.wiz.info
        assert info is not None
        if info.kind == "csv":
            self.wiz.sheet = info.sheets[0]
        sheet = self.wiz.sheet
        assert sheet is not None
        entity, lang = self.wiz.entity(), self.wiz.prefs.language
        fields = FIELDS[entity]
        scored = match_scored(entity, sheet.headers)
        mapping = {col: key for col, (key, _) in scored.items()}
        width = max([len(sheet.headers)] + [len(s) for s in sheet.samples])
        self.table.setRowCount(width)
        self.combos.clear()
        for col in range(width):
            header = sheet.headers[col] if col < len(sheet.headers) else ""
            name = f"{column_letter(col)}: {header}" if header else column_letter(col)
            item = QTableWidgetItem(name)
            item.setToolTip(name)  # a long header is cut short in the column
            self.table.setItem(col, 0, item)
            example = next((str(s[col]) for s in sheet.samples
                            if col < len(s) and s[col] not in (None, "")), "")
            self.table.setItem(col, 1, QTableWidgetItem(example))
            combo = QComboBox(self.table)
            combo.addItem(self.tr("— ignore —"), IGNORE)
            for f in fields:
                combo.addItem(f.title(lang), f.key)
            combo.setCurrentIndex(max(combo.findData(mapping.get(col, IGNORE)), 0))
            combo.currentIndexChanged.connect(lambda _i: self.error.clear())
            self.table.setCellWidget(col, 2, combo)
            self.combos[col] = combo
            self.table.setItem(col, 3, QTableWidgetItem())
            self._show_match(col, scored[col][1] if col in scored else None)
            combo.currentIndexChanged.connect(
                lambda _i, c=col: self._show_match(c, 1.0, chosen=True))
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(3)
        # every field's name shows whole in its choice ("ประเภทความสัมพันธ์"); the examples
        # take what is left
        self.table.setColumnWidth(2, max((c.sizeHint().width() for c in self.combos.values()),
                                         default=self.table.columnWidth(2)))
        titles = {f.key: f.title(lang) for f in fields}
        needed = ", ".join(titles[k] for k in REQUIRED_COLUMNS[entity])
        self.required.setText(self.tr("Required: %1").replace("%1", needed))

    def _show_match(self, col: int, confidence: float | None, chosen: bool = False) -> None:
        """How sure the match of a column is: by its exact header, by the meaning of its
        words (with a percentage), or chosen by the user."""
        item = self.table.item(col, 3)
        if self.combos[col].currentData() == IGNORE:
            item.setText("")
        elif chosen:
            item.setText(self.tr("chosen"))
        elif confidence is not None and confidence >= 1.0:
            item.setText(self.tr("exact"))
        elif confidence is not None:
            item.setText(self.tr("by meaning, %1%").replace("%1", f"{confidence * 100:.0f}"))
            item.setToolTip(self.tr("The header's words name this field; check that it "
                                    "is the right one."))

    def mapping(self) -> dict[int, str]:
        return {col: combo.currentData() for col, combo in self.combos.items()
                if combo.currentData() != IGNORE}

    def set_field(self, column: int, key: str) -> None:
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(key))

    def validatePage(self) -> bool:  # noqa: N802
        entity, lang = self.wiz.entity(), self.wiz.prefs.language
        titles = {f.key: f.title(lang) for f in FIELDS[entity]}
        mapping = self.mapping()
        keys = list(mapping.values())
        twice = sorted({titles[k] for k in keys if keys.count(k) > 1})
        missing = [titles[k] for k in REQUIRED_COLUMNS[entity] if k not in keys]
        if twice:
            self.error.setText(self.tr("Each field can take one column only: %1")
                               .replace("%1", ", ".join(twice)))
            return False
        if missing:
            self.error.setText(self.tr("Choose a column for: %1")
                               .replace("%1", ", ".join(missing)))
            return False
        self.wiz.mapping = mapping
        return True


# -- 4. the preview ---------------------------------------------------------------------------
class PlanModel(QAbstractTableModel):
    """The plan's rows: row number, record, status, action (editable), match, problems, and
    notes (cells read other than as written: a Buddhist-Era date cell, a formula)."""

    COLUMNS = ("row", "record", "status", "action", "match", "problems", "notes")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.plan: ImportPlan | None = None
        self.shown: list[int] = []
        self.show = "all"

    def set_plan(self, plan: ImportPlan | None, show: str = "all") -> None:
        self.beginResetModel()
        self.plan, self.show = plan, show
        rows = plan.rows if plan else []
        if show == "problems":
            self.shown = [i for i, r in enumerate(rows) if r.problems]
        elif show == "matches":
            self.shown = [i for i, r in enumerate(rows) if r.match_id is not None]
        else:
            self.shown = list(range(len(rows)))
        self.endResetModel()

    def row_plan(self, row: int) -> RowPlan:
        assert self.plan is not None
        return self.plan.rows[self.shown[row]]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.shown)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.DisplayRole) -> object:
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return [Qca.translate("ImportWizard", "Row"),
                    Qca.translate("ImportWizard", "Record"),
                    Qca.translate("ImportWizard", "Status"),
                    Qca.translate("ImportWizard", "Action"),
                    Qca.translate("ImportWizard", "Existing record"),
                    Qca.translate("ImportWizard", "Problems"),
                    Qca.translate("ImportWizard", "Notes")][section]
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and self.COLUMNS[index.column()] == "action" and \
                len(self.row_plan(index.row()).choices) > 1:
            return base | Qt.ItemIsEditable
        return base

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole) -> object:
        # asked for every role of every cell a view paints or measures: the others first
        if role not in _ROLES or not index.isValid():
            return None
        r = self.row_plan(index.row())
        column = self.COLUMNS[index.column()]
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            if column == "row":
                return r.row if not r.until else r.rows_label
            if column == "record":
                return say(r.name)  # its Thai name in Thai, where the row has one
            if column == "status":
                return status_label(r.status)
            if column == "action":
                return action_label(r.action)
            if column == "match":
                return say(r.match_label)  # the record's name in the interface's language
            said = r.notes if column == "notes" else r.problems
            return "\n".join(f"{say(p.column)}: {say_code(p.code, p.params)}" if p.column
                             else say_code(p.code, p.params) for p in said)
        if role == Qt.EditRole and column == "action":
            return r.action
        if role == Qt.BackgroundRole:
            if r.problems:
                return QBrush(QColor("#FFC7CE"))
            if r.status == "duplicate":
                return QBrush(QColor("#FFEB9C"))
            if r.status == "empty":
                return QBrush(QColor("#EEEEEE"))
        return None

    def setData(self, index: QModelIndex, value: object, role: int = Qt.EditRole) -> bool:  # noqa: N802
        if role != Qt.EditRole or self.COLUMNS[index.column()] != "action":
            return False
        assert self.plan is not None
        r = self.row_plan(index.row())
        if value not in r.choices:
            return False
        self.plan.set_action(r.row, str(value))
        self.dataChanged.emit(self.index(index.row(), 0),
                              self.index(index.row(), len(self.COLUMNS) - 1))
        return True


PREVIEW_FIT_ROWS = 200  # rows the preview's column widths are measured on
_ROLES = frozenset({Qt.DisplayRole, Qt.ToolTipRole, Qt.EditRole, Qt.BackgroundRole})


def status_label(status: str) -> str:
    return {"new": Qca.translate("ImportWizard", "New"),
            "update": Qca.translate("ImportWizard", "Update existing"),
            "duplicate": Qca.translate("ImportWizard", "Possible duplicate"),
            "empty": Qca.translate("ImportWizard", "Empty (skipped)")}[status]


def action_label(action: str) -> str:
    return {"create": Qca.translate("ImportWizard", "Create new"),
            "update": Qca.translate("ImportWizard", "Update existing"),
            "skip": Qca.translate("ImportWizard", "Skip")}[action]


class ActionDelegate(QStyledItemDelegate):
    """A choice of the row's possible actions."""

    def createEditor(self, parent: QWidget, option: Any, index: QModelIndex) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        for action in index.model().row_plan(index.row()).choices:
            combo.addItem(action_label(action), action)
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        editor.setCurrentIndex(editor.findData(index.data(Qt.EditRole)))

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex) -> None:  # noqa: N802
        model.setData(index, editor.currentData(), Qt.EditRole)


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Check the rows"))
        self.setSubTitle(self.tr("Nothing is imported while any row has a problem: correct "
                                 "the file, or skip those rows. For duplicates, choose what "
                                 "to do."))
        self.setButtonText(QWizard.NextButton, self.tr("&Import"))
        self.summary = QLabel(self)
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.show_combo = QComboBox(self)
        self.show_combo.setObjectName("import_show")
        self.show_combo.addItem(self.tr("All rows"), "all")
        self.show_combo.addItem(self.tr("Rows with problems"), "problems")
        self.show_combo.addItem(self.tr("Duplicates and updates"), "matches")
        self.show_combo.currentIndexChanged.connect(self._refilter)
        self.skip_bad = QPushButton(self.tr("Skip all rows with problems"), self)
        self.skip_bad.setObjectName("import_skip_bad")
        self.skip_bad.clicked.connect(self.skip_rows_with_problems)
        self.model = PlanModel(self)
        self.model.dataChanged.connect(lambda *_a: self._changed())
        self.view = QTableView(self)
        self.view.setObjectName("import_preview")
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(PlanModel.COLUMNS.index("action"),
                                           ActionDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.AllEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(True)
        self.view.horizontalHeader().setStretchLastSection(True)
        # columns fitted to the rows in view and the first few hundred, not to all 10,000
        self.view.horizontalHeader().setResizeContentsPrecision(PREVIEW_FIT_ROWS)
        tools = QHBoxLayout()
        tools.addWidget(self.show_combo)
        tools.addStretch(1)
        tools.addWidget(self.skip_bad)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addLayout(tools)
        layout.addWidget(self.view, 1)

    def initializePage(self) -> None:  # noqa: N802
        self.wiz.close_plan()
        self.model.set_plan(None)
        self.summary.setText(self.tr("Reading and checking every row…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        info, sheet = self.wiz.info, self.wiz.sheet
        assert info is not None and sheet is not None
        path, kind, name, mapping = info.path, self.wiz.import_type(), sheet.name, \
            dict(self.wiz.mapping)

        def work(reg: Register, progress: Progress) -> object:
            return plan_import(reg, path, kind, sheet=name if info.kind != "csv" else None,
                               mapping=mapping, progress=progress)

        self.wiz.start(work, self._planned, self._failed, self._progressed, write=False)

    def _progressed(self, done: int, total: int) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _planned(self, plan: object) -> None:
        assert isinstance(plan, ImportPlan)
        self.wiz.plan = plan
        self.progress.hide()
        self._refilter()

    def _failed(self, message: str) -> None:
        self.progress.hide()
        self.summary.setText(message)
        self.completeChanged.emit()

    def _refilter(self, *_args: object) -> None:
        self.model.set_plan(self.wiz.plan, self.show_combo.currentData())
        self.view.resizeColumnsToContents()
        self._changed()

    def _changed(self) -> None:
        plan = self.wiz.plan
        if plan is None:
            return
        c = plan.counts()
        text = (self.tr("%1 rows: %2 new, %3 update existing, %4 possible duplicates, "
                        "%5 to skip.")
                .replace("%1", str(plan.row_count)).replace("%2", str(c.get("new", 0)))
                .replace("%3", str(c.get("update", 0)))
                .replace("%4", str(c.get("duplicate", 0)))
                .replace("%5", str(c.get("action_skip", 0))))
        problems = plan.problems
        if problems:
            text += " " + self.tr("%1 problems: nothing can be imported until they are "
                                  "solved.").replace("%1", str(len(problems)))
            for p in plan.file_problems:
                text += "\n" + say(p)
        self.summary.setText(text)
        self.skip_bad.setEnabled(any(r.problems for r in plan.rows))
        self.completeChanged.emit()

    def skip_rows_with_problems(self) -> None:
        plan = self.wiz.plan
        if plan is None:
            return
        for r in plan.rows:
            if r.problems:
                r.action = "skip"
        self._refilter()

    def isComplete(self) -> bool:  # noqa: N802
        plan = self.wiz.plan
        return plan is not None and plan.ok and any(r.action != "skip" for r in plan.rows)


# -- 5. the import ----------------------------------------------------------------------------
class RunPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Importing"))
        self.progress = QProgressBar(self)
        self.progress.setObjectName("import_progress")
        self.result = QLabel(self)
        self.result.setObjectName("import_result")
        self.result.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.finished = False

    def initializePage(self) -> None:  # noqa: N802
        self.finished = False
        self.result.setText(self.tr("Importing in one step: Cancel leaves the database as "
                                    "it was."))
        plan = self.wiz.plan
        assert plan is not None
        self.progress.setRange(0, max(sum(1 for r in plan.rows if r.action != "skip"), 1))
        self.progress.setValue(0)

        def work(reg: Register, progress: Progress) -> Changes:
            return reg.apply_import(plan, progress=progress)

        self.wiz.start(work, lambda changes: self._done(changes.result), self._failed,
                       self._progressed, write=True)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setValue(done)

    def _done(self, result: object) -> None:
        assert isinstance(result, ImportResult)
        self.wiz.result = result
        self.finished = True
        self.progress.setValue(self.progress.maximum())
        text = (self.tr("Imported: %1 created, %2 updated, %3 unchanged, %4 skipped.")
                .replace("%1", str(result.created)).replace("%2", str(result.updated))
                .replace("%3", str(result.unchanged)).replace("%4", str(result.skipped)))
        if result.ties_created or result.ties_dated:
            text += " " + (self.tr("Ties: %1 agreements created, %2 given their signing date.")
                           .replace("%1", str(result.ties_created))
                           .replace("%2", str(result.ties_dated)))
        if result.batch_id:
            text += " " + self.tr("Edit → Undo last import reverses it.")
            self.wiz.imported.emit(result.batch_id)
        self.result.setText(text)
        self.completeChanged.emit()

    def _failed(self, message: str) -> None:
        self.finished = True
        self.result.setText(message + " " + self.tr("The database was not changed."))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self.finished


class ImportWizard(QWizard):
    """Import records from a spreadsheet. ``imported`` carries the batch id when records
    were written (the window should then reload its lists)."""

    imported = Signal(str)

    def __init__(self, session: Session, prefs: Prefs, parent=None):
        super().__init__(parent)
        self.setObjectName("import_wizard")
        self.session, self.prefs = session, prefs
        self.info: FileInfo | None = None
        self.sheet: SheetInfo | None = None
        self.mapping: dict[int, str] = {}
        self.plan: ImportPlan | None = None
        self.result: ImportResult | None = None
        self.work: Handle | None = None
        self.setWindowTitle(self.tr("Import from Excel or CSV"))
        self.setOption(QWizard.NoBackButtonOnLastPage)
        self.pages = {FILE_PAGE: FilePage(self), SHEET_PAGE: SheetPage(self),
                      MAPPING_PAGE: MappingPage(self), PREVIEW_PAGE: PreviewPage(self),
                      RUN_PAGE: RunPage(self)}
        for page_id, page in self.pages.items():
            self.setPage(page_id, page)
        self.setStartId(FILE_PAGE)
        self.resize(900, 620)

    def import_type(self) -> str:
        return self.pages[FILE_PAGE].type.currentData()

    def entity(self) -> str:
        return IMPORT_TYPES[self.import_type()]

    def start(self, work: Callable[[Register, Progress], object],
              on_done: Callable[[Any], None], on_failed: Callable[[str], None],
              on_progress: Callable[[int, int], None], *, write: bool) -> Handle:
        """Run ``work`` off the GUI thread (reading, or writing the import); the results and
        the progress come back to this thread."""
        self.stop_worker()

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, CoreError):  # Cancelled, a refusal, a file problem
                on_failed(say(exc))
                return True
            on_failed(self.tr("Something went wrong: %1").replace("%1", str(exc)))
            return False

        ops = self.session.operations
        if write:
            handle = ops.write(self.tr("Importing"), work, success=on_done,  # type: ignore[arg-type]
                               failure=failed, parent=self, on_progress=on_progress)
        else:
            handle = ops.read("import-plan", self.tr("Reading the file"), work, on_done,
                              failure=failed, parent=self, on_progress=on_progress)
        self.work = handle
        return handle

    def stop_worker(self) -> None:
        """Cancel any running work and wait for it (an import then rolls back)."""
        if self.work is not None:
            self.work.cancel()
            self.work.wait()
            self.work = None

    def close_plan(self) -> None:
        if self.plan is not None:
            self.plan.close()
            self.plan = None

    def reject(self) -> None:
        self.stop_worker()
        self.close_plan()
        super().reject()

    def done(self, result: int) -> None:
        self.stop_worker()
        self.close_plan()
        super().done(result)


def undo_last_import(parent: QWidget | None, session: Session, *, confirm: bool = True) -> bool:
    """Ask, then undo the latest import; tells the user why when it cannot. True when undone."""
    batch = last_import(session.reg)
    title = Qca.translate("ImportWizard", "Undo last import")
    if batch is None:
        QMessageBox.information(parent, title,
                                Qca.translate("ImportWizard", "There is no import to undo."))
        return False
    what = (Qca.translate("ImportWizard", "Undo the import of %1 (%2) made %3 by %4?")
            .replace("%1", say(batch.what())).replace("%2", say(batch.counts()))
            .replace("%3", batch.started[:16].replace("T", " ")).replace("%4", batch.user))
    if confirm and QMessageBox.question(parent, title, what) != QMessageBox.Yes:
        return False

    failed: list[str] = []

    def failure(exc: BaseException) -> bool:
        if isinstance(exc, CoreError):
            failed.append(say(exc))
            return True
        return False

    handle = session.operations.write(
        title, lambda reg, _progress: reg.undo_import(batch.batch_id), failure=failure,
        parent=parent, progress=Qca.translate("ImportWizard", "Undoing the import…"))
    if not handle.wait():
        if failed:
            QMessageBox.warning(parent, title, failed[0])
        return False
    return True

