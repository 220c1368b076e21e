"""The strategy view: for each goal of a chosen framework, how much of the office's work
serves it (goals with no cooperation going on are marked), and which units take part. The
figures are read off the GUI thread; a double-click opens the records behind a figure."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
)

from ..core import changes as ch
from ..core.changes import Changes
from ..core.excel.export import ExportOptions, ExportResult
from ..core.excel.strategy import export_review, export_strategy
from ..core.messages import Msg
from ..core.register import Register
from ..core.strategy import coverage as cov
from ..core.strategy.frameworks import FrameworkRef, frameworks
from ..core.strategy.sheet import import_framework
from .export_actions import default_folder, run_export
from .i18n import say
from .prefs import Prefs
from .session import Session
from .widgets import ShownPage

ID_ROLE = Qt.UserRole + 1
UNCOVERED = QColor("#FFC7CE")
IDLE = QColor("#FFEB9C")
# The list a double-click on a figure opens, filtered to the goal.
COLUMN_ENTITY = {"partners": "project", "agreements": "agreement", "projects": "project",
                 "activities": "activity", "open_actions": "action",
                 "overdue_actions": "action", "lessons_piloted": "lesson",
                 "lessons_scaled": "lesson"}


@dataclass
class StrategyData:
    frameworks: list[FrameworkRef]
    coverage: cov.Coverage | None
    units: cov.UnitCoverage | None


class StrategyPage(ShownPage):
    open_record = Signal(str, int)
    open_goal_list = Signal(str, int, str)  # entity, goal id, the goal's label
    loaded = Signal()  # the figures are on screen
    imported = Signal(str)  # a framework sheet was read in: what was done

    def __init__(self, session: Session, prefs: Prefs, parent=None):
        super().__init__(parent)
        self.session, self.prefs = session, prefs
        self.data: StrategyData | None = None
        self.framework = QComboBox(self)
        self.framework.setObjectName("strategy_framework")
        self.framework.setMinimumWidth(280)
        self.framework.activated.connect(lambda _i: self.reload())
        self.year = QSpinBox(self)
        self.year.setObjectName("strategy_year")
        self.year.setRange(1900 + self._offset(), 2200 + self._offset())
        self.year.setValue(_dt.date.today().year + self._offset())
        self.year.editingFinished.connect(self.reload)
        self.export_language = QComboBox(self)
        self.export_language.setObjectName("strategy_export_language")
        self.export_language.addItem("English", "en")
        self.export_language.addItem("ไทย", "th")
        self.export_language.setCurrentIndex(1 if prefs.language == "th" else 0)
        self.export_button = QPushButton(self.tr("Export to Excel…"), self)
        self.export_button.setObjectName("strategy_export")
        self.export_button.setToolTip(self.tr("The figures by goal and by unit, as a workbook "
                                              "ready to print"))
        self.export_button.clicked.connect(self.export_strategy)
        self.review_button = QPushButton(self.tr("Year in review…"), self)
        self.review_button.setObjectName("strategy_review")
        self.review_button.setToolTip(self.tr("Agreements signed, renewed and expired, "
                                              "activities, projects by goal, units engaged, "
                                              "follow-up actions and lessons of the year"))
        self.review_button.clicked.connect(self.export_review)
        self.import_button = QPushButton(self.tr("Import goals…"), self)
        self.import_button.setObjectName("strategy_import")
        self.import_button.setToolTip(self.tr(
            "Read the chosen framework's goals from a sheet: code, parent code, English, "
            "Thai and description (Thai headers too); goals already there are updated by "
            "their code"))
        self.import_button.clicked.connect(lambda: self.import_goals())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Framework"), self))
        top.addWidget(self.framework, 1)
        top.addWidget(QLabel(self.tr("Activities in"), self))
        top.addWidget(self.year)
        top.addStretch(0)
        top.addWidget(QLabel(self.tr("Workbook in"), self))
        top.addWidget(self.export_language)
        top.addWidget(self.export_button)
        top.addWidget(self.review_button)
        top.addWidget(self.import_button)
        self.summary = QLabel(self)
        self.summary.setObjectName("strategy_summary")
        self.summary.setWordWrap(True)
        self.goal_model = QStandardItemModel(self)
        self.unit_model = QStandardItemModel(self)
        self.goal_view = self._view("strategy_goals", self.goal_model, self._open_goal)
        self.unit_view = self._view("strategy_units", self.unit_model, self._open_unit)
        self.unit_view.setRootIsDecorated(False)  # a flat list
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("strategy_tabs")
        self.tabs.addTab(self.goal_view, self.tr("By goal"))
        self.tabs.addTab(self.unit_view, self.tr("By unit"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)

    def _offset(self) -> int:
        return 543 if self.prefs.calendar == "buddhist" else 0

    def _view(self, name: str, model: QStandardItemModel, on_open) -> QTreeView:
        view = QTreeView(self)
        view.setObjectName(name)
        view.setModel(model)
        view.setAlternatingRowColors(True)
        view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        view.setUniformRowHeights(True)
        # the figures stay beside their headers; the goal's name takes the room left
        view.header().setStretchLastSection(False)
        view.doubleClicked.connect(on_open)
        view.activated.connect(on_open)
        return view

    # -- what changed -------------------------------------------------------------------------
    def apply_changes(self, changes: Changes) -> None:
        if (changes.touches(kind=ch.RECORDS) or changes.touches(kind=ch.TRASH)
                or changes.touches(kind=ch.LINKS)):
            self.mark_stale()

    # -- reading ------------------------------------------------------------------------------
    def chosen_framework(self) -> int | None:
        data = self.framework.currentData()
        return int(data) if data is not None else None

    def chosen_year(self) -> int:
        return self.year.value() - self._offset()

    def reload(self) -> None:
        self._stale = False
        wanted, year = self.chosen_framework(), self.chosen_year()

        def read(reg: Register) -> StrategyData:
            known = frameworks(reg)
            if not known:
                return StrategyData(known, None, None)
            fw = next((f for f in known if f.id == wanted), None)
            if fw is None:  # first time: the Governor's dimensions, else the first active
                fw = next((f for f in known if f.builtin == "bkk_nine_dimensions"), known[0])
            return StrategyData(known, cov.coverage(reg, fw, year=year), cov.by_unit(reg, fw))

        self.session.operations.read("strategy", self.tr("Reading the strategy figures"),
                                     read, self.show_data)

    def show_data(self, data: StrategyData) -> None:
        self.data = data
        lang = self.prefs.language
        self.framework.blockSignals(True)
        self.framework.clear()
        for f in data.frameworks:
            self.framework.addItem(f.name(lang), f.id)
        if data.coverage is not None:
            self.framework.setCurrentIndex(self.framework.findData(data.coverage.framework.id))
        self.framework.blockSignals(False)
        self._fill_goals(data.coverage)
        self._fill_units(data.units)
        self.loaded.emit()

    def _headers(self, year: int) -> list[str]:
        return [self.tr("Goal"), self.tr("Partners engaged"), self.tr("Agreements in force"),
                self.tr("Active projects"),
                self.tr("Activities %1").replace("%1", str(year + self._offset())),
                self.tr("Open actions"), self.tr("Overdue actions"),
                self.tr("Lessons piloted"), self.tr("Lessons scaled up")]

    def _fill_goals(self, c: cov.Coverage | None) -> None:
        model = self.goal_model
        model.clear()
        if c is None:
            self.summary.setText(self.tr("No framework yet."))
            return
        lang = self.prefs.language
        model.setHorizontalHeaderLabels(self._headers(c.year))
        parents: dict[int, QStandardItem] = {}
        no_cooperation = self.tr("no cooperation")
        none_tip = self.tr("No agreement in force, active project, activity this year or "
                           "open follow-up action serves this goal")
        for g in c.goals:
            first = QStandardItem(g.goal.label(lang))
            first.setData(g.goal.id, ID_ROLE)
            row = [first] + [QStandardItem(f"{g.figures[k]:,}") for k in cov.FIGURES]
            for item in row[1:]:
                item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
            if not g.covered:
                for item in row:
                    item.setBackground(QBrush(UNCOVERED))
                    item.setToolTip(none_tip)
                first.setText(f"{first.text()}  — {no_cooperation}")
            parent = parents.get(g.goal.parent_id or 0)
            (parent.appendRow if parent is not None else model.appendRow)(row)
            parents[g.goal.id] = first
        self.goal_view.expandAll()
        for column in range(model.columnCount()):  # every header readable
            self.goal_view.resizeColumnToContents(column)
        self.goal_view.header().setSectionResizeMode(0, QHeaderView.Stretch)
        covered = len(c.goals) - len(c.uncovered)
        self.summary.setText(
            self.tr("%1 of %2 goals have cooperation going on; %3 have none (marked).")
            .replace("%1", str(covered)).replace("%2", str(len(c.goals)))
            .replace("%3", str(len(c.uncovered))))

    def _fill_units(self, u: cov.UnitCoverage | None) -> None:
        model = self.unit_model
        model.clear()
        if u is None:
            return
        lang = self.prefs.language
        model.setHorizontalHeaderLabels([self.tr("Unit"), self.tr("Projects"),
                                         self.tr("Follow-up actions"),
                                         self.tr("Lessons adopted"), self.tr("Goals")])
        for unit in u.units:
            first = QStandardItem(unit.name(lang))
            first.setData(unit.id, ID_ROLE)
            goals = "; ".join(u.goals[g].label(lang) for g in unit.goal_ids)
            row = [first, QStandardItem(str(unit.projects)), QStandardItem(str(unit.actions)),
                   QStandardItem(str(unit.lessons)),
                   QStandardItem(goals if unit.takes_part else self.tr("takes no part"))]
            if not unit.takes_part:
                for item in row:
                    item.setBackground(QBrush(IDLE))
            model.appendRow(row)
        for column in range(model.columnCount()):
            self.unit_view.resizeColumnToContents(column)
        self.unit_view.header().setStretchLastSection(True)  # the goals a unit serves

    # -- opening the records ------------------------------------------------------------------
    def _open_goal(self, index) -> None:
        first = index.siblingAtColumn(0)
        item = self.goal_model.itemFromIndex(first)
        if item is None or item.data(ID_ROLE) is None:
            return
        column = index.column()
        key = cov.FIGURES[column - 1] if column >= 1 else "projects"
        label = item.text().split("  — ")[0]
        self.open_goal_list.emit(COLUMN_ENTITY[key], int(item.data(ID_ROLE)), label)

    def _open_unit(self, index) -> None:
        item = self.unit_model.itemFromIndex(index.siblingAtColumn(0))
        if item is not None and item.data(ID_ROLE) is not None:
            self.open_record.emit("unit", int(item.data(ID_ROLE)))

    # -- exporting ------------------------------------------------------------------------------
    def _options(self) -> ExportOptions:
        return ExportOptions(language=self.export_language.currentData(),
                             calendar=self.prefs.calendar)

    def _ask(self, title: str, name: str) -> str | None:
        suggested = str(default_folder(self.session.reg) / name)
        path, _ = QFileDialog.getSaveFileName(self, title, suggested,
                                              self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return None
        return path if Path(path).suffix.lower() == ".xlsx" else path + ".xlsx"

    def _finish(self, result: ExportResult | None, problem: str | None) -> None:
        if problem:
            QMessageBox.warning(self, self.tr("Export failed"), problem)

    def export_strategy(self, path: str | None = None) -> ExportResult | None:
        fw, year = self.chosen_framework(), self.chosen_year()
        if fw is None:
            return None
        path = path or self._ask(self.tr("Export the strategy view"), "strategy.xlsx")
        if not path:
            return None
        opts = self._options()
        result, problem = run_export(
            self, self.session, self.tr("Writing the strategy workbook"),
            lambda reg, _p: export_strategy(reg, fw, path, year=year, options=opts), path)
        self._finish(result, problem)
        return result

    # -- importing a framework's goals --------------------------------------------------------
    def import_goals(self, path: str | None = None) -> None:
        """Read the chosen framework's goals from a sheet, all or nothing, as one import the
        Trash and undo-import can take back; say what was done or why nothing was."""
        fw = self.chosen_framework()
        if fw is None or self.session.reg.read_only:
            return
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import goals"), str(default_folder(self.session.reg)),
                self.tr("Spreadsheets (*.xlsx *.xls *.ods *.csv)"))
            if not path:
                return
        chosen = next((f for f in (self.data.frameworks if self.data else [])
                       if f.id == fw), None)
        name = chosen.name(self.prefs.language) if chosen else ""

        def done(changes: Changes) -> None:
            result = changes.result
            if result.batch_id:
                text = say(Msg("strategy.imported", {
                    "framework": name, "created": result.created, "updated": result.updated,
                    "unchanged": result.unchanged, "batch": result.batch_id}))
            else:
                text = say(Msg("strategy.imported_nothing", {"framework": name}))
            self.imported.emit(text)
            QMessageBox.information(self, self.tr("Import goals"), text)

        self.session.operations.write(
            self.tr("Import goals"),
            lambda reg: Changes.everything(import_framework(reg, fw, path)),
            success=done, parent=self)

    def export_review(self, path: str | None = None) -> ExportResult | None:
        year = self.chosen_year()
        path = path or self._ask(self.tr("Export the year in review"),
                                 f"year-in-review-{year + self._offset()}.xlsx")
        if not path:
            return None
        opts = self._options()
        result, problem = run_export(
            self, self.session, self.tr("Writing the year in review"),
            lambda reg, _p: export_review(reg, year, path, options=opts), path)
        self._finish(result, problem)
        return result
