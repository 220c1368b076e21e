"""The dashboard: headline counts, the reminders an officer acts on today, and charts of
the whole portfolio. The figures are read off the GUI thread."""

from __future__ import annotations

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..core.records import vocab
from ..core.storage.database import Database
from ..core.views.dashboard import DashboardData, dashboard_data
from . import labels
from .prefs import Prefs
from .runner import Runner

ID_ROLE = Qt.UserRole + 1


class _Tile(QFrame):
    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setObjectName("tile")
        self.setFrameShape(QFrame.StyledPanel)
        layout = QVBoxLayout(self)
        self.value = QLabel("…", self)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(title, self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


class Dashboard(QWidget):
    open_record = Signal(str, int)
    loaded = Signal()
    calendar_requested = Signal()  # "Add to my calendar…": the reminders as an .ics file

    def __init__(self, db: Database, prefs: Prefs, runner: Runner, parent=None):
        super().__init__(parent)
        self.db, self.prefs, self.runner = db, prefs, runner
        self.data: DashboardData | None = None
        self.notice = QLabel(self)
        self.notice.setObjectName("demo_notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("background:#fff4ce; padding:6px; border-radius:4px;")
        tiles = QHBoxLayout()
        self.tiles = {
            "active_partners": _Tile(self.tr("Active partners"), self),
            "cities": _Tile(self.tr("Cities"), self),
            "organisations": _Tile(self.tr("Organisations"), self),
            "active_agreements": _Tile(self.tr("Active agreements"), self),
            "ongoing_projects": _Tile(self.tr("Ongoing projects"), self),
            "activities": _Tile(self.tr("Activities"), self),
        }
        for tile in self.tiles.values():
            tiles.addWidget(tile)

        self.expiring_model = QStandardItemModel(self)
        self.dormant_model = QStandardItemModel(self)
        self.expiring_title = QLabel(self)
        self.dormant_title = QLabel(self)
        lists = QWidget(self)
        grid = QGridLayout(lists)
        grid.setContentsMargins(0, 0, 0, 0)
        title_row = QHBoxLayout()
        title_row.addWidget(self.expiring_title, 1)
        self.calendar_button = QPushButton(self.tr("Add to my calendar…"), self)
        self.calendar_button.setObjectName("dashboard_calendar")
        self.calendar_button.setToolTip(self.tr("Save these reminders (180, 90 and 30 days "
                                                "before each expiry) and the coming "
                                                "activities as an .ics file for your "
                                                "calendar"))
        self.calendar_button.clicked.connect(self.calendar_requested)
        title_row.addWidget(self.calendar_button)
        grid.addLayout(title_row, 0, 0)
        grid.addWidget(self.dormant_title, 0, 1)
        self.views: dict[str, QTreeView] = {}
        for col, (model, entity) in enumerate(((self.expiring_model, "agreement"),
                                               (self.dormant_model, "partner"))):
            view = QTreeView(self)
            view.setObjectName(f"alerts_{entity}")
            view.setModel(model)
            view.setRootIsDecorated(False)
            view.setAlternatingRowColors(True)
            view.setEditTriggers(QAbstractItemView.NoEditTriggers)
            view.activated.connect(lambda index, e=entity, m=model: self._open(e, m, index))
            view.doubleClicked.connect(lambda index, e=entity, m=model: self._open(e, m, index))
            grid.addWidget(view, 1, col)
            self.views[entity] = view

        self.figure = Figure(figsize=(10, 5), layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setObjectName("dashboard_charts")
        self.canvas.setMinimumHeight(280)
        split = QSplitter(Qt.Vertical, self)
        split.setObjectName("dashboard_splitter")
        split.addWidget(lists)
        split.addWidget(self.canvas)
        split.setSizes([260, 420])
        self.splitter = split
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(tiles)
        layout.addWidget(split, 1)

    def _open(self, entity: str, model: QStandardItemModel, index) -> None:
        rid = model.item(index.row(), 0).data(ID_ROLE)
        if rid is not None:
            self.open_record.emit(entity, int(rid))

    def reload(self) -> None:
        """Read the figures in the background; the page fills in when they arrive."""
        lang = self.prefs.language
        notice = self.db.get_setting("demo_notice_th" if lang == "th" else "demo_notice")
        self.notice.setVisible(bool(notice))
        sample = self.tr("Sample data")
        self.notice.setText(f"<b>{sample}</b> — {notice}" if notice else "")
        self.runner.run("dashboard", self.db, dashboard_data, self.show_data)

    def show_data(self, data: DashboardData) -> None:
        self.data = data
        for key, tile in self.tiles.items():
            tile.value.setText(f"{getattr(data, key):,}")
        expiring = self.tr("Agreements expiring within 180 days")
        dormant = self.tr("Partners without activity for 3 years")
        self.expiring_title.setText(f"<b>{expiring}</b> ({len(data.expiring)})")
        self.dormant_title.setText(f"<b>{dormant}</b> ({len(data.dormant)})")
        self.expiring_model.clear()
        self.expiring_model.setHorizontalHeaderLabels(
            [self.tr("Agreement"), self.tr("Expires"), self.tr("Days left")])
        thai = self.prefs.language == "th"
        for a in data.expiring:
            first = QStandardItem(a.title_th if thai and a.title_th else a.title)
            first.setData(a.id, ID_ROLE)
            self.expiring_model.appendRow(
                [first, QStandardItem(self.prefs.show_date(a.expiry_date)),
                 QStandardItem(str(a.days_left))])
        self.dormant_model.clear()
        self.dormant_model.setHorizontalHeaderLabels(
            [self.tr("Partner"), self.tr("Last activity")])
        for d in data.dormant[:1000]:
            first = QStandardItem(d.name_th if thai and d.name_th else d.name)
            first.setData(d.id, ID_ROLE)
            last = self.prefs.show_date(d.last_activity) if d.last_activity else self.tr("never")
            self.dormant_model.appendRow([first, QStandardItem(last)])
        for view in self.views.values():
            view.setColumnWidth(0, 300)
        self.draw_charts(data)
        self.loaded.emit()

    def draw_charts(self, data: DashboardData) -> None:
        lang = self.prefs.language
        be = self.prefs.calendar == "buddhist"
        fig = self.figure
        fig.clear()
        axes = fig.subplots(2, 2)
        colour = "#2f6f9f"

        ax = axes[0][0]
        years = [y + (543 if be else 0) for y, _ in data.agreements_per_year]
        ax.bar(years, [n for _, n in data.agreements_per_year], color=colour)
        ax.set_title(self.tr("Agreements signed per year"))
        ax.yaxis.get_major_locator().set_params(integer=True)

        ax = axes[0][1]
        regions = data.partners_by_region[:8][::-1]
        ax.barh([labels.region_label(r, lang) for r, _ in regions], [n for _, n in regions],
                color=colour)
        ax.set_title(self.tr("Partners by region"))

        ax = axes[1][0]
        sectors = data.projects_by_sector[:8][::-1]
        ax.barh([vocab.label(vocab.SECTORS, s, lang) for s, _ in sectors],
                [n for _, n in sectors], color=colour)
        ax.set_title(self.tr("Projects by sector"))

        ax = axes[1][1]
        ax.bar([str(s) for s, _ in data.projects_by_sdg], [n for _, n in data.projects_by_sdg],
               color="#3f9f5f")
        ax.set_title(self.tr("Projects by SDG"))
        for row in axes:
            for a in row:
                a.spines[["top", "right"]].set_visible(False)
                a.tick_params(labelsize=8)
                if not a.has_data():
                    a.text(0.5, 0.5, self.tr("No data yet"), ha="center", va="center",
                           transform=a.transAxes, color="gray")
        self.canvas.draw_idle()
