"""The main window: navigation, the record lists, search, trash and the menus."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QKeySequence,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..core import changes as ch
from ..core.changes import Changes
from ..core.errors import CoreError
from ..core.records.models import SPECS, Action
from ..core.records.repository import Referrer
from ..core.register import Register
from ..core.storage import is_server_url
from ..core.views import search
from . import backup_jobs, labels, links
from .backup_actions import BackupActions
from .backup_jobs import BackupJob
from .dashboard import Dashboard
from .document_actions import DocumentActions
from .editor import RecordEditor
from .export_actions import ReportDialog, export_list_page
from .import_wizard import ImportWizard, undo_last_import
from .list_page import ListPage
from .map_view import MapPage
from .prefs import Prefs
from .server_dialog import ServerDialog, display_name, open_saved
from .session import Session
from .settings_dialog import SettingsDialog
from .strategy_page import StrategyPage
from .trash_page import TrashPage
from .upgrade import needs_upgrade, upgrade_file

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from .graph_view import GraphPage

ENTITY_PAGES = ["partner", "agreement", "project", "activity", "action", "lesson", "contact",
                "unit"]
FOLLOWED_UP = ("activity", "agreement")  # the records a follow-up action can come from
# Lists of the strategy's own records (listed after the others, not counted in the status bar).
STRATEGY_PAGES = ["framework", "goal"]
GRAPH_ENTITIES = ("partner", "agreement", "project", "unit")  # what the graph is drawn from
ID_ROLE = Qt.UserRole + 1


class SearchPage(QWidget):
    """Results of the toolbar search, grouped by kind of record."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window_ = window
        self.summary = QLabel(self)
        self.model = QStandardItemModel(self)
        self.view = QTreeView(self)
        self.view.setObjectName("search_results")
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.activated.connect(self._open)
        self.view.doubleClicked.connect(self._open)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)

    def show_results(self, text: str) -> None:
        hits = search.search(self.window_.session.reg, text, limit=200)
        self.model.clear()
        groups: dict[str, QStandardItem] = {}
        for h in hits:
            if h.entity not in groups:
                groups[h.entity] = QStandardItem(labels.entity_name(h.entity, plural=True))
                groups[h.entity].setSelectable(False)
                self.model.appendRow(groups[h.entity])
            label = h.label + (f"  ·  {h.label_th}" if h.label_th else "")
            item = QStandardItem(label)
            item.setData((h.entity, h.id), ID_ROLE)
            item.setToolTip(h.snippet)
            groups[h.entity].appendRow(item)
        for group in groups.values():
            group.setText(f"{group.text()} ({group.rowCount()})")
        self.view.expandAll()
        self.summary.setText(self.tr("%1 records match “%2”").replace("%1", str(len(hits)))
                             .replace("%2", text))
        if hits:
            first_group = self.model.index(0, 0)
            self.view.setCurrentIndex(self.model.index(0, 0, first_group))

    def open_current(self) -> None:
        self._open(self.view.currentIndex())

    def _open(self, index) -> None:
        data = index.data(ID_ROLE)
        if data:
            self.window_.open_record(*data)


class MainWindow(QMainWindow):
    relaunch = Signal()

    def __init__(self, reg: Register, prefs: Prefs):
        super().__init__()
        self.setObjectName("main_window")
        self.prefs = prefs
        self.session = Session(reg, self)
        self.session.changed.connect(self.apply_changes)
        self.session.message.connect(lambda text, ms: self.statusBar().showMessage(text, ms))
        self.backups = BackupActions(self)
        self._undo: list[tuple[str, int]] = []
        self.editor: RecordEditor | None = None  # the editor opened last
        self.editors: dict[tuple[str, int], RecordEditor] = {}  # open on saved records
        self.setWindowTitle(self._title())

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.stack = QStackedWidget(self)
        self.dashboard = Dashboard(self.session, prefs, self)
        self.dashboard.open_record.connect(self.open_record)
        self.pages: dict[str, ListPage] = {}
        self._add_page(self.tr("Dashboard"), self.dashboard)
        self.strategy_page = StrategyPage(self.session, prefs, self)  # read when shown
        self.strategy_page.open_record.connect(self.open_record)
        self.strategy_page.open_goal_list.connect(self.open_goal_list)
        for entity in [*ENTITY_PAGES, *STRATEGY_PAGES]:
            page = ListPage(entity, self.session, prefs, self)
            page.open_record.connect(self.open_record)
            page.edit_record.connect(self.edit_record)
            page.add_follow_up.connect(self.add_follow_up_action)
            self.pages[entity] = page
        # The graph page (networkx, igraph) is built the first time it is shown, which keeps
        # start-up fast; graph_slot holds its place in the navigation.
        self.graph_slot = QWidget(self)
        self.graph_slot.setObjectName("graph_slot")
        QVBoxLayout(self.graph_slot).setContentsMargins(0, 0, 0, 0)
        self._graph_page: GraphPage | None = None
        self.map_page = MapPage(self.session, prefs, self)  # reads the data when shown
        self.map_page.open_record.connect(self.open_record)
        self.map_page.edit_record.connect(self.edit_record)
        # The navigation: the pages an officer and a manager use most first, each with its
        # Ctrl+1…9 (the dashboard, the main records, the strategy, the graph and the map).
        for entity in ENTITY_PAGES[:ENTITY_PAGES.index("action") + 1]:
            self._add_page(labels.entity_name(entity, plural=True), self.pages[entity])
        self._add_page(self.tr("Strategy"), self.strategy_page)
        self._add_page(self.tr("Graph"), self.graph_slot)
        self._add_page(self.tr("Map"), self.map_page)
        for entity in [*ENTITY_PAGES[ENTITY_PAGES.index("action") + 1:], *STRATEGY_PAGES]:
            self._add_page(labels.entity_name(entity, plural=True), self.pages[entity])
        self.trash_page = TrashPage(self.session, self, prefs)
        self.trash_page.open_record.connect(self.open_record)
        self._add_page(self.tr("Trash"), self.trash_page)
        self.search_page = SearchPage(self)
        self._add_page(self.tr("Search results"), self.search_page)
        self.nav.currentRowChanged.connect(self._show_page)
        self.nav.setMinimumWidth(150)

        self.splitter = QSplitter(Qt.Horizontal, self)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([170, 1100])
        self.setCentralWidget(self.splitter)

        self._build_actions()
        self.documents = DocumentActions(self)  # briefing, calendar, print
        self.dashboard.calendar_requested.connect(self.documents.save_calendar)
        self.dashboard.start_empty_requested.connect(self.new_database)
        self.status_db = QLabel(self)
        self.statusBar().addWidget(self.status_db, 1)
        self.status_ro = QLabel(self.tr("Read-only"), self)
        self.status_ro.setObjectName("read_only_badge")
        self.status_ro.setStyleSheet("color: white; background: #8a5a00; padding: 1px 8px; "
                                     "border-radius: 3px; font-weight: bold;")
        self.statusBar().addPermanentWidget(self.status_ro)
        self.status_network = QLabel(self.tr("Network drive"), self)
        self.status_network.setObjectName("network_drive_badge")
        self.status_network.setStyleSheet("color: white; background: #a33; padding: 1px 8px; "
                                          "border-radius: 3px; font-weight: bold;")
        self.statusBar().addPermanentWidget(self.status_network)
        self.server_dialog: ServerDialog | None = None
        self._totals: dict[str, int] = {}
        self._apply_access()
        self.nav.setCurrentRow(0)
        self.reload_all()
        self._restore_layout()
        # Another app instance on the same file: refresh when it commits.
        self._watch = QTimer(self)
        self._watch.setInterval(3000)
        self._watch.timeout.connect(self._check_for_changes)
        self._watch.start()

    @property
    def graph_page(self) -> GraphPage:
        if self._graph_page is None:
            from .graph_view import GraphPage as Page  # imported on first use: start-up speed

            page = Page(self.session, self.prefs, self.graph_slot)
            page.open_in_list.connect(self.open_in_list)
            page.edit_record.connect(self.edit_record)
            self.graph_slot.layout().addWidget(page)
            self._graph_page = page
        return self._graph_page

    @property
    def reg(self) -> Register:
        """The register the window shows."""
        return self.session.reg

    # -- layout -------------------------------------------------------------------------------
    def _db_name(self, *, full: bool = False) -> str:
        """The open database for people: a file's name (or path), a server's
        user@host:port/database (never its password)."""
        if self.reg.is_server:
            return display_name(self.reg.path)
        return self.reg.path if full else Path(self.reg.path).name

    def _folder(self) -> Path:
        """Where file dialogs start: beside the database file, or the home folder."""
        if self.reg.is_server or self.reg.path == ":memory:":
            return Path.home()
        return Path(self.reg.path).parent

    def _title(self) -> str:
        ro = self.tr(" (read-only)") if self.reg.read_only else ""
        return f"bkk_relations — {self._db_name()}{ro}"

    def _apply_access(self) -> None:
        """Read-only (a read-only file, or a server login that may only read): everything
        that writes is disabled and the title and status bar say so; looking, searching,
        the graph, exports and reports stay."""
        ro = self.reg.read_only
        for act in (self.act_import, self.act_undo_import, self.act_restore):
            act.setEnabled(not ro)
        self.act_undo.setEnabled(bool(self._undo) and not ro)
        self.trash_page.set_read_only(ro)
        self.status_ro.setVisible(ro)
        self.status_ro.setToolTip(
            self.tr("Your login may only read this database: you can look, search, see the "
                    "graph and export, but not change anything.") if self.reg.is_server else
            self.tr("This file is read-only: you can look, search, see the graph and export, "
                    "but not change anything."))
        server_tip = self.tr("The server's backups are made on the server by the office's IT "
                             "person")
        if not hasattr(self, "_file_tips"):
            self._file_tips = {act: act.statusTip() for act in
                               (self.act_backup, self.act_backup_as, self.act_restore)}
        for act, file_tip in self._file_tips.items():
            tip = server_tip if self.reg.is_server else file_tip
            act.setToolTip(tip or act.text().replace("&", ""))
            act.setStatusTip(tip)
        self.setWindowTitle(self._title())
        self._update_page_actions()
        self._warn_network_drive()

    def _warn_network_drive(self) -> None:
        """SQLite's locking is unreliable on network file systems: say so while such a file
        is open, and once in the status bar when it is opened."""
        drive = self.reg.network_drive
        self.status_network.setVisible(bool(drive))
        if not drive:
            return
        warning = self.tr("This file is on a network drive (%1). Two people editing it at "
                          "the same time can lose changes or damage it there: keep the "
                          "register on your own disk, or use the office's shared server."
                          ).replace("%1", drive)
        self.status_network.setToolTip(warning)
        self.statusBar().showMessage(warning, 30000)

    def _add_page(self, title: str, widget: QWidget) -> None:
        self.nav.addItem(title)
        self.stack.addWidget(widget)

    def _show_page(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        if self.stack.currentWidget() is self.graph_slot and getattr(self, "_graph_stale", True):
            self._graph_stale = False  # the graph is built when first looked at
            self.graph_page.reload()
        self._update_page_actions()

    def _update_page_actions(self) -> None:
        page = self.current_page()
        can_edit = page is not None and not self.reg.read_only
        for act in (self.act_new, self.act_edit, self.act_delete, self.act_attach):
            act.setEnabled(can_edit)
        self.act_follow_up.setEnabled(can_edit and page.entity in FOLLOWED_UP)
        self.act_export.setEnabled(page is not None)

    def _action(self, text: str, slot, shortcut=None, tip: str | None = None) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        return action

    def _build_actions(self) -> None:
        self.act_new_db = self._action(self.tr("&New database…"), self.new_database)
        self.act_open = self._action(self.tr("&Open…"), self.choose_database, QKeySequence.Open)
        self.act_connect = self._action(
            self.tr("&Connect to server…"), self.connect_to_server,
            tip=self.tr("Open the office's shared database on its PostgreSQL server"))
        self.act_backup = self._action(self.tr("&Backup now"), self.backup_now,
                                       tip=self.tr("Add a checked backup to the backups folder "
                                                   "beside the database; it is kept until you "
                                                   "delete it"))
        self.act_backup_as = self._action(self.tr("Save a backup &as…"), self.backup,
                                          tip=self.tr("Save a verified copy of the database"))
        self.act_restore = self._action(self.tr("Res&tore from backup…"), self.restore_backup)
        self.act_export = self._action(self.tr("E&xport this list…"), self.export_list,
                                       "Ctrl+Shift+E",
                                       self.tr("Save the list as shown (filters, sort, columns) "
                                               "to Excel or CSV"))
        self.act_reports = self._action(self.tr("&Reports…"), self.open_reports, "Ctrl+R",
                                        self.tr("Partner list, agreement register, project "
                                                "portfolio, activity log, follow-up tracker, "
                                                "lessons, partner profile"))
        self.act_import = self._action(self.tr("&Import from Excel or CSV…"), self.open_import,
                                       "Ctrl+I")
        self.act_undo_import = self._action(self.tr("U&ndo last import…"), self.undo_last_import)
        self.act_attach = self._action(self.tr("&Attach file…"), self.attach_file, "Ctrl+Shift+A",
                                       self.tr("Attach a file (scan, report, photo) to the "
                                               "selected record"))
        # Spelt out: on some platforms the standard keys are a media key ("Settings", "Exit").
        self.act_settings = self._action(self.tr("&Settings…"), self.open_settings, "Ctrl+,")
        self.act_exit = self._action(self.tr("E&xit"), self.close, "Ctrl+Q")
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.act_new_db)
        file_menu.addAction(self.act_open)
        file_menu.addAction(self.act_connect)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self._fill_recent()
        file_menu.addSeparator()
        for act in (self.act_export, self.act_reports, self.act_import, self.act_undo_import):
            file_menu.addAction(act)
        file_menu.addSeparator()
        file_menu.addAction(self.act_backup)
        file_menu.addAction(self.act_backup_as)
        file_menu.addAction(self.act_restore)
        file_menu.addSeparator()
        file_menu.addAction(self.act_settings)
        file_menu.addSeparator()
        file_menu.addAction(self.act_exit)

        self.act_new = self._action(self.tr("&New record…"), self.new_record, QKeySequence.New,
                                    self.tr("Add a record to this list (Ctrl+N)"))
        self.act_edit = self._action(self.tr("&Edit record…"), self.edit_current, "Ctrl+E",
                                     self.tr("Edit the selected record (Ctrl+E or Enter)"))
        self.act_delete = self._action(self.tr("&Delete"), self.delete_current,
                                       QKeySequence.Delete,
                                       self.tr("Move the selected record to the trash (Del)"))
        self.act_undo = self._action(self.tr("&Undo delete"), self.undo_delete,
                                     QKeySequence.Undo,
                                     self.tr("Bring back the record just deleted (Ctrl+Z)"))
        self.act_undo.setEnabled(False)
        self.act_find = self._action(self.tr("&Find…"), self.focus_search, QKeySequence.Find,
                                     self.tr("Search every record (Ctrl+F)"))
        self.act_follow_up = self._action(
            self.tr("Add &follow-up action…"), self.follow_up_current, "Ctrl+Shift+F",
            self.tr("Record what was agreed at the selected activity or in the selected "
                    "agreement: its partners and goals are filled in"))
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        for act in (self.act_new, self.act_edit, self.act_delete, self.act_undo, self.act_attach,
                    self.act_follow_up, self.act_find):
            edit_menu.addAction(act)

        self.act_refresh = self._action(self.tr("&Refresh"), self.reload_all,
                                        QKeySequence.Refresh,
                                        self.tr("Read the data again (F5)"))
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.act_refresh)
        for row in range(self.nav.count()):
            act = self._action(self.nav.item(row).text(),
                               lambda _c=False, r=row: self.nav.setCurrentRow(r),
                               f"Ctrl+{row + 1}" if row < 9 else None)
            view_menu.addAction(act)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About"), self.about))

        style = self.style()
        for act, icon in ((self.act_new, QStyle.SP_FileIcon),
                          (self.act_edit, QStyle.SP_FileDialogDetailedView),
                          (self.act_delete, QStyle.SP_TrashIcon),
                          (self.act_undo, QStyle.SP_ArrowBack),
                          (self.act_refresh, QStyle.SP_BrowserReload),
                          (self.act_open, QStyle.SP_DialogOpenButton),
                          (self.act_backup, QStyle.SP_DriveHDIcon)):
            act.setIcon(style.standardIcon(icon))
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        for act in (self.act_new, self.act_edit, self.act_delete, self.act_undo,
                    self.act_refresh):
            toolbar.addAction(act)
        toolbar.addSeparator()
        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("global_search")
        self.search_box.setPlaceholderText(self.tr("Search everything (Ctrl+F)…"))
        self.search_box.setToolTip(self.tr("Type at least three letters, Thai or English; "
                                           "Enter opens the first result"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(320)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.run_search)
        self.search_box.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_box.returnPressed.connect(self._search_enter)
        toolbar.addWidget(self.search_box)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.prefs.recent():
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _c=False, p=path: self.switch_database(p))

    # -- data ---------------------------------------------------------------------------------
    def reload_all(self) -> None:
        """Read everything again (View → Refresh, another user's changes, another
        database): pages on screen now, the others when they are next shown."""
        self.apply_changes(Changes.everything())

    def apply_changes(self, changes: Changes) -> None:
        """Every page is told what a write changed; each refreshes only what it shows of
        it, and a hidden page only once it is shown again."""
        for page in self.pages.values():
            page.apply_changes(changes)
        self.dashboard.apply_changes(changes)
        self.strategy_page.apply_changes(changes)
        self.trash_page.apply_changes(changes)
        if self._graph_page is not None and self._graph_concerned(changes):
            if self.stack.currentWidget() is self.graph_slot:
                self.graph_page.reload()
            else:
                self._graph_stale = True
        if self._graph_concerned(changes):
            self.map_page.mark_stale()
        if self.search_page.isVisible() and changes.touches(kind=ch.RECORDS):
            self.run_search()
        self._update_status(changes)

    @staticmethod
    def _graph_concerned(changes: Changes) -> bool:
        return any(changes.touches(entity=e) for e in GRAPH_ENTITIES) or changes.touches(
            kind=ch.TRASH) or changes.touches(kind=ch.SETTINGS)

    def _check_for_changes(self) -> None:
        if getattr(self, "_closed", False) or any(
                e.isVisible() for e in [*self.editors.values(), self.editor] if e is not None):
            return
        if self.session.others_saved():
            self.reload_all()
            self.statusBar().showMessage(self.tr("Updated with changes saved by another user."),
                                         6000)

    def _update_status(self, changes: Changes | None = None) -> None:
        """The status bar's counts, read again only for the kinds of record that changed."""
        for e in ENTITY_PAGES:
            if changes is None or e not in self._totals or changes.rows_changed(e):
                self._totals[e] = self.reg.records.count(SPECS[e].cls)
        counts = "  ".join(f"{labels.entity_name(e, plural=True)}: "
                           f"{self._totals[e]:,}" for e in ENTITY_PAGES)
        ro = self.tr(" (read-only)") if self.reg.read_only else ""
        self.status_db.setText(f"{self._db_name(full=True)}{ro}   {counts}")

    def open_record(self, entity: str, record_id: int) -> None:
        page = self.pages.get(entity)
        if page is None:
            return
        self.nav.setCurrentRow(self.stack.indexOf(page))
        if page.show_record(record_id):
            return
        if self.trash_page.show_in_trash(entity, record_id):  # a link to a record in the Trash
            self.nav.setCurrentRow(self.stack.indexOf(self.trash_page))
            self.statusBar().showMessage(
                self.tr("That record is in the Trash; restore it to use it again."), 8000)
            return
        self.statusBar().showMessage(self.tr("That record is no longer available."), 5000)

    def open_goal_list(self, entity: str, goal_id: int, label: str) -> None:
        """The list of ``entity`` limited to the records aligned to a goal (the projects'
        list for a kind of record without a list of its own)."""
        page = self.pages.get(entity) or self.pages["project"]
        self.nav.setCurrentRow(self.stack.indexOf(page))
        page.show_goal(goal_id, label)

    def open_in_list(self, entity: str, record_id: int) -> None:
        """Show a record in its list as the list is filtered (asked for from the graph, whose
        actions never change a list's filter)."""
        page = self.pages.get(entity)
        if page is None:
            return
        self.nav.setCurrentRow(self.stack.indexOf(page))
        if not page.show_record(record_id, clear_filter=False):
            self.statusBar().showMessage(self.tr("The list's filter hides that record; clear "
                                                 "the filter to see it."), 8000)

    def current_page(self) -> ListPage | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, ListPage) else None

    def new_record(self) -> RecordEditor | None:
        page = self.current_page()
        if page is None or self.reg.read_only:
            return None
        return self._open_editor(page.entity, None)

    def edit_current(self) -> RecordEditor | None:
        page = self.current_page()
        if page is None or page.current_id() is None:
            return None
        return self.edit_record(page.entity, page.current_id())

    def edit_record(self, entity: str, record_id: int) -> RecordEditor | None:
        try:
            record = self.reg.records.get(SPECS[entity].cls, record_id)
        except CoreError as exc:
            QMessageBox.warning(self, self.tr("Cannot open the record"), str(exc))
            return None
        return self._open_editor(entity, record)

    def follow_up_current(self) -> RecordEditor | None:
        page = self.current_page()
        if page is None or page.entity not in FOLLOWED_UP or page.current_id() is None:
            return None
        return self.add_follow_up_action(page.entity, page.current_id())

    def add_follow_up_action(self, entity: str, record_id: int) -> RecordEditor | None:
        """A new follow-up action's editor, filled in from an activity or an agreement: where
        it came from, its partners (an agreement's parties) and the goals it serves."""
        if self.reg.read_only:
            return None
        try:
            source = self.reg.records.get(SPECS[entity].cls, record_id)
        except CoreError as exc:
            QMessageBox.warning(self, self.tr("Cannot open the record"), str(exc))
            return None
        action = Action(partner_ids=list(getattr(source, "partner_ids", None)
                                         or getattr(source, "party_ids", None) or []),
                        goal_ids=list(getattr(source, "goal_ids", [])))
        setattr(action, f"{entity}_id", record_id)
        if entity == "activity" and source.agreement_id is not None:
            action.agreement_id = source.agreement_id  # the visit was held under it
        return self._open_editor("action", action)

    def _open_editor(self, entity: str, record) -> RecordEditor:
        key = (entity, record.id) if record is not None and record.id is not None else None
        if key in self.editors:  # one editor per record: a second "edit" shows the first
            editor = self.editors[key]
            editor.raise_()
            editor.activateWindow()
            return editor
        editor = RecordEditor(self.session, self.prefs, entity, record, self)
        editor.saved.connect(lambda changes, e=entity: self._after_save(e, changes))
        editor.setModal(True)
        if key is not None:
            self.editors[key] = editor
            editor.finished.connect(lambda _r, k=key: self.editors.pop(k, None))
        editor.show()
        self.editor = editor
        return editor

    def _after_save(self, entity: str, changes: Changes) -> None:
        # The pages have been told what changed; show the record where it now is.
        self.open_record(entity, changes.record.id)
        self.statusBar().showMessage(self.tr("Saved."), 4000)

    def delete_current(self) -> None:
        page = self.current_page()
        if page is None or page.current_id() is None or self.reg.read_only:
            return
        entity, rid = page.entity, page.current_id()
        cls = SPECS[entity].cls
        try:
            record = self.reg.records.get(cls, rid)
            refs = self.reg.records.referrers(cls, rid)
        except CoreError as exc:
            QMessageBox.warning(self, self.tr("Cannot delete"), str(exc))
            return
        name = labels.record_label(record, self.prefs.language)
        if refs and not self.confirm_delete(name, refs):
            return
        if not self.session.operations.write(
                self.tr("Moving to the Trash"), lambda reg: reg.delete(entity, rid),
                parent=self).wait():
            return
        self._undo.append((entity, rid))
        self.act_undo.setEnabled(True)
        self.statusBar().showMessage(
            self.tr("“%1” moved to the Trash. Press Ctrl+Z to undo.").replace("%1", name),
            8000)

    def confirm_delete(self, label: str, refs: list[Referrer]) -> bool:
        """Asked before a record others point at goes to the Trash: which records, and that
        they keep their link (marked as in the Trash) and Ctrl+Z brings it back."""
        box = QMessageBox(QMessageBox.Warning, self.tr("Move to the Trash"),
                          links.refer_sentence(refs, label), parent=self)
        box.setObjectName("delete_box")
        box.setInformativeText(
            links.names(refs) + "\n\n" +
            self.tr("Move “%1” to the Trash anyway? Those records keep their link to it, "
                    "shown as “%2”, and Ctrl+Z brings it back.")
            .replace("%1", label).replace("%2", links.in_trash(label)))
        move = box.addButton(self.tr("&Move to the Trash"), QMessageBox.DestructiveRole)
        box.setDefaultButton(box.addButton(QMessageBox.Cancel))
        box.exec()
        return box.clickedButton() is move

    def undo_delete(self) -> None:
        if not self._undo or self.reg.read_only:
            return
        entity, rid = self._undo.pop()
        restored = self.session.operations.write(
            self.tr("Bringing back from the Trash"), lambda reg: reg.restore(entity, rid),
            parent=self).wait()
        if not restored:
            self._undo.append((entity, rid))  # still in the Trash: Ctrl+Z may be tried again
        self.act_undo.setEnabled(bool(self._undo))
        if restored:
            self.open_record(entity, rid)

    def show_background_failure(self, what: str, reason: str) -> None:
        """Work in the background failed: say which and why (it is in the log too), in one
        message that does not stop the window; a later failure updates it."""
        self.session.operations.show_failure(what, reason, self, details=True)

    @property
    def failure_box(self) -> QMessageBox | None:
        """The message saying what failed last (one, updated by later failures)."""
        return self.session.operations.failure_box

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def run_search(self) -> None:
        text = self.search_box.text().strip()
        if not text:
            return
        self.search_page.show_results(text)
        self.nav.setCurrentRow(self.stack.indexOf(self.search_page))
        self.search_box.setFocus()

    def _search_enter(self) -> None:
        if self._search_timer.isActive():
            self._search_timer.stop()
            self.run_search()
        self.search_page.open_current()

    # -- files --------------------------------------------------------------------------------
    def _file_filter(self) -> str:
        return self.tr("bkk_relations databases (*.db *.sqlite);;All files (*)")

    def choose_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open database"),
                                              str(self._folder()), self._file_filter())
        if path:
            self.switch_database(path)

    def new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New database"),
                                              str(self._folder() / "relations.db"),
                                              self._file_filter())
        if not path:
            return
        try:
            Register.create(path).close()
        except CoreError as exc:
            QMessageBox.warning(self, self.tr("Cannot create the file"), str(exc))
            return
        self.switch_database(path)

    def connect_to_server(self, *, initial: str | None = None,
                          message: str | None = None) -> ServerDialog:
        """File ▸ Connect to server…: the dialog (window-modal, returned at once); when it
        connects, the window switches to that database."""
        dialog = ServerDialog(self.prefs, self, initial=initial, message=message)
        dialog.connected.connect(
            lambda db, d=dialog: self.use_register(Register(db), note=d.note))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.server_dialog = dialog
        return dialog

    def use_register(self, reg: Register, *, note: str = "") -> None:
        """Show ``reg`` from now on (one object swapped: every page reads through the
        session); the register shown until now is closed."""
        self.session.replace(reg)
        self._undo.clear()
        self.act_undo.setEnabled(False)
        self.prefs.remember_db(reg.path)  # a server's URL is kept without its password
        self._fill_recent()
        self._totals.clear()
        self._apply_access()
        self.reload_all()
        if note:
            self.statusBar().showMessage(note, 15000)

    def switch_database(self, path: str) -> bool:
        """Open a file, or a server URL (with its password, the one in the password store,
        or else asking for it in the Connect dialog), and show it in the window."""
        if is_server_url(path):
            opened, problem = open_saved(path)
            if opened is None:
                self.connect_to_server(initial=path, message=problem)
                return False
            reg = Register(opened)
        else:
            if needs_upgrade(path) and not upgrade_file(
                    self.session.operations, path, self,
                    cancelled=lambda: self.statusBar().showMessage(
                        self.tr("Upgrade cancelled; %1 was left as it was.").replace(
                            "%1", path), 15000)):
                return False
            try:
                reg = Register.open(path)
            except CoreError as exc:
                QMessageBox.warning(self, self.tr("Cannot open the file"), str(exc))
                return False
        self.use_register(reg)
        return True

    # -- backups (see backup_actions) ------------------------------------------------------
    def auto_backup_enabled(self) -> bool:
        return self.backups.auto_enabled()

    def start_auto_backup(self, *, when_ready: bool = False) -> BackupJob | None:
        """The start-up backup, in the background with its own connection (``when_ready``:
        once the window is filled)."""
        if when_ready:
            self.backups.start_when_ready()
            return None
        return self.backups.start_automatic()

    def backup_now(self) -> BackupJob | None:
        return self.backups.backup_now()

    def restore_backup(self) -> bool:
        return self.backups.restore_backup()

    def restore_from(self, path: str) -> bool:
        return self.backups.restore_from(path)

    def attach_file(self) -> None:
        page = self.current_page()
        if page is None or page.current_id() is None or self.reg.read_only:
            return
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"), str(Path.home()))
        self.attach_paths(page, paths)

    def attach_paths(self, page: ListPage, paths: list[str]) -> None:
        renamed = []
        entity, rid = page.entity, page.current_id()
        for path in paths:
            handle = self.session.operations.write(
                self.tr("Attaching %1").replace("%1", Path(path).name),
                lambda reg, p=path: reg.attach(entity, rid, p), parent=self)
            if not handle.wait():
                continue
            att = handle.result.result
            if att.original_name != Path(path).name:
                renamed.append(f"{Path(path).name} → {att.original_name}")
        if renamed:  # a name some computers could not save a copy under
            QMessageBox.information(
                self, self.tr("Attached under another name"),
                self.tr("These files were attached under a name every computer can save "
                        "(short enough, without characters Windows does not allow):") +
                "\n\n" + "\n".join(renamed))

    def export_list(self) -> None:
        page = self.current_page()
        if page is not None:
            export_list_page(self, page, self.session, self.prefs)

    def open_reports(self) -> None:
        ReportDialog(self.session, self.prefs, self).exec()

    def open_import(self) -> None:
        if self.reg.read_only:
            return
        wizard = ImportWizard(self.session, self.prefs, self)
        wizard.exec()

    def undo_last_import(self) -> None:
        if not self.reg.read_only and undo_last_import(self, self.session):
            self.statusBar().showMessage(self.tr("The import was undone."), 8000)

    def backup(self) -> BackupJob | None:
        return self.backups.save_backup_as()

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.prefs, self.session, self)
        if dialog.exec() != SettingsDialog.Accepted:
            return
        if dialog.apply():
            self.relaunch.emit()  # rebuild the window in the new language
        else:
            self.reload_all()  # the calendar may have changed: every date is shown anew

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About bkk_relations"), self.tr(
            "<b>bkk_relations</b> %1<br>International relations register for a city's "
            "foreign affairs office.").replace("%1", __version__))

    # -- remembered layout --------------------------------------------------------------------
    def _restore_layout(self) -> None:
        s = self.prefs.s
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self._fit_to_screen()
        state = s.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        for key, splitter in self._splitters().items():
            value = s.value(f"window/{key}")
            if isinstance(value, QByteArray):
                splitter.restoreState(value)

    def _fit_to_screen(self) -> None:
        """First start: as large as is comfortable, but never beyond the screen's free area
        (a 1366×768 laptop has about 728 px under its taskbar, less the title bar)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        free = screen.availableGeometry()
        title_bar = 40  # drawn by the window manager, outside the window's own size
        width = min(1366, free.width())
        height = min(820, free.height() - title_bar)
        self.resize(width, height)
        self.move(free.x() + (free.width() - width) // 2,
                  free.y() + max(0, (free.height() - height - title_bar) // 2))

    def _splitters(self) -> dict[str, QSplitter]:
        out = {"main_splitter": self.splitter, "dashboard_splitter": self.dashboard.splitter}
        out.update({f"splitter_{e}": p.splitter for e, p in self.pages.items()})
        return out

    def save_layout(self) -> None:
        s = self.prefs.s
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        for key, splitter in self._splitters().items():
            s.setValue(f"window/{key}", splitter.saveState())

    def closeEvent(self, event) -> None:  # noqa: N802
        if not getattr(self, "_closed", False):
            self._closed = True
            self._search_timer.stop()
            self._watch.stop()
            self.save_layout()
            self.session.operations.wait()
            for page in self.pages.values():  # no more reads once the file is closed
                page.view.selectionModel().blockSignals(True)
            if getattr(self, "_keep_db_open", False):  # the next window goes on with it
                self.session.operations.close_writer()
            else:
                closing_backup = self.backups.closing_work()
                self.session.close()
                if closing_backup is not None:  # the window closes now; the app waits for it
                    backup_jobs.start("closing backup", closing_backup)
        super().closeEvent(event)
