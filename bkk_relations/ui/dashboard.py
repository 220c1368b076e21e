"""The dashboard: headline counts, the reminders an officer acts on today, and charts of
the whole portfolio.

The figures are read, and the charts drawn (matplotlib's Agg, into an image), off the GUI
thread: a large register never freezes the window, and a change saved elsewhere redraws
the dashboard only when it is on screen (a hidden dashboard marks itself stale and reads
again when shown)."""

from __future__ import annotations

from dataclasses import dataclass

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QPixmap, QStandardItem, QStandardItemModel
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

from ..core import changes as ch
from ..core.changes import Changes
from ..core.records import vocab
from ..core.register import Register
from ..core.views.dashboard import DashboardData, dashboard_data
from . import labels
from .prefs import Prefs
from .session import Session
from .widgets import ShownPage

ID_ROLE = Qt.UserRole + 1
# The Excel reports' colours: amber for what expires soon, red for what is past its expiry.
EXPIRING_COLOUR, OVERDUE_COLOUR = QColor("#fff2cc"), QColor("#f8cbad")


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


@dataclass(frozen=True)
class ChartTexts:
    """What the charts say, in the user's language (translated on the GUI thread)."""

    language: str
    buddhist: bool
    per_year: str
    by_region: str
    by_sector: str
    by_sdg: str
    no_data: str
    others: str = "Others"  # the bar of what a short chart has no room to name


@dataclass
class Charts:
    figure: Figure
    image: QImage


# A bar's label needs this many pixels of height: 8-point letters, Thai ones with their
# marks above and below.
_LABEL_PX = {"en": 14.0, "th": 17.0}


def _room_for_bars(items: list, height: int, language: str, others: str) -> list:
    """The bars a chart in a row of ``height`` px has room to label without the labels
    running into each other: the largest, and one bar for the rest."""
    room = max(3, int((height / 2 - 50) // _LABEL_PX.get(language, 14.0)))
    if len(items) <= room:
        return items
    kept = items[:room - 1]
    return [*kept, (others, sum(n for _, n in items[room - 1:]))]


def draw_charts(data: DashboardData, texts: ChartTexts, width: int, height: int,
                ratio: float) -> Charts:
    """The four charts as an image of ``width`` × ``height`` logical pixels (drawn with
    matplotlib's Agg, so it may run on any thread)."""
    from ..core.graph.export import register_fonts

    register_fonts()  # Thai labels
    dpi = 100 * ratio
    fig = Figure(figsize=(max(width, 200) / 100, max(height, 150) / 100), dpi=dpi,
                 layout="constrained")
    axes = fig.subplots(2, 2)
    colour = "#2f6f9f"
    lang = texts.language

    ax = axes[0][0]
    years = [y + (543 if texts.buddhist else 0) for y, _ in data.agreements_per_year]
    ax.bar(years, [n for _, n in data.agreements_per_year], color=colour)
    ax.set_title(texts.per_year)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))  # no year 2006.5

    ax = axes[0][1]
    regions = _room_for_bars([(labels.region_label(r, lang), n)
                              for r, n in data.partners_by_region[:8]],
                             height, lang, texts.others)[::-1]
    ax.barh([r for r, _ in regions], [n for _, n in regions], color=colour)
    ax.set_title(texts.by_region)

    ax = axes[1][0]
    sectors = _room_for_bars([(vocab.label(vocab.SECTORS, s, lang), n)
                              for s, n in data.projects_by_sector[:8]],
                             height, lang, texts.others)[::-1]
    ax.barh([s for s, _ in sectors], [n for _, n in sectors], color=colour)
    ax.set_title(texts.by_sector)

    ax = axes[1][1]
    ax.bar([str(s) for s, _ in data.projects_by_sdg], [n for _, n in data.projects_by_sdg],
           color="#3f9f5f")
    ax.set_title(texts.by_sdg)
    counts = (axes[0][0].yaxis, axes[0][1].xaxis, axes[1][0].xaxis, axes[1][1].yaxis)
    for axis in counts:  # whole numbers of records: no 0.5 ticks
        axis.set_major_locator(MaxNLocator(integer=True))
    for row in axes:
        for a in row:
            a.spines[["top", "right"]].set_visible(False)
            a.tick_params(labelsize=8)
            if not a.has_data():  # no made-up ±0.04 scale around nothing
                a.set_xticks([])
                a.set_yticks([])
                a.spines[["left", "bottom"]].set_visible(False)
                a.text(0.5, 0.5, texts.no_data, ha="center", va="center",
                       transform=a.transAxes, color="gray")
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    w, h = canvas.get_width_height()
    image = QImage(bytes(canvas.buffer_rgba()), w, h, QImage.Format_RGBA8888).copy()
    image.setDevicePixelRatio(ratio)
    return Charts(fig, image)


class Dashboard(ShownPage):
    open_record = Signal(str, int)
    loaded = Signal()
    calendar_requested = Signal()  # "Add to my calendar…": the reminders as an .ics file
    start_empty_requested = Signal()  # on the demo: "Start an empty register…"

    def __init__(self, session: Session, prefs: Prefs, parent=None):
        super().__init__(parent)
        self.session, self.prefs = session, prefs
        self.data: DashboardData | None = None
        self.figure: Figure | None = None  # the charts last drawn
        self._stale = True
        self._redraw = QTimer(self)  # a new size: the charts are drawn again, once
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(250)
        self._redraw.timeout.connect(self._draw_again)
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
        self.actions_model = QStandardItemModel(self)
        self.expiring_title = QLabel(self)
        self.dormant_title = QLabel(self)
        self.actions_title = QLabel(self)
        self.actions_title.setObjectName("actions_title")
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
        grid.addWidget(self.actions_title, 0, 2)
        self.views: dict[str, QTreeView] = {}
        for col, (model, entity) in enumerate(((self.expiring_model, "agreement"),
                                               (self.dormant_model, "partner"),
                                               (self.actions_model, "action"))):
            view = QTreeView(self)
            view.setObjectName(f"alerts_{entity}")
            view.setModel(model)
            view.setRootIsDecorated(False)
            view.setAlternatingRowColors(True)
            view.setEditTriggers(QAbstractItemView.NoEditTriggers)
            view.activated.connect(lambda index, e=entity, m=model: self._open(e, m, index))
            view.doubleClicked.connect(lambda index, e=entity, m=model: self._open(e, m, index))
            if entity in ("agreement", "action"):  # groups of reminders, always open
                view.setItemsExpandable(False)
            grid.addWidget(view, 1, col)
            self.views[entity] = view

        self.canvas = QLabel(self)
        self.canvas.setObjectName("dashboard_charts")
        self.canvas.setMinimumHeight(280)
        self.canvas.setMinimumWidth(200)
        self.canvas.setAlignment(Qt.AlignCenter)
        split = QSplitter(Qt.Vertical, self)
        split.setObjectName("dashboard_splitter")
        split.addWidget(lists)
        split.addWidget(self.canvas)
        split.setSizes([260, 420])
        self.splitter = split
        layout = QVBoxLayout(self)
        # On the demo (what a first start opens), the way to the office's own register.
        self.start_empty = QPushButton(self.tr("Start an empty register…"), self)
        self.start_empty.setObjectName("start_empty")
        self.start_empty.setToolTip(self.tr("Create a new, empty database file for the "
                                            "office's own records; the demo stays as it is"))
        self.start_empty.clicked.connect(self.start_empty_requested)
        self.start_empty.hide()
        notice_row = QHBoxLayout()
        notice_row.addWidget(self.notice, 1)
        notice_row.addWidget(self.start_empty)
        layout.addLayout(notice_row)
        layout.addLayout(tiles)
        layout.addWidget(split, 1)

    def _open(self, entity: str, model: QStandardItemModel, index) -> None:
        item = model.itemFromIndex(index.siblingAtColumn(0))
        rid = item.data(ID_ROLE) if item is not None else None
        if rid is not None:
            self.open_record.emit(entity, int(rid))

    # -- what changed -------------------------------------------------------------------------
    def apply_changes(self, changes: Changes) -> None:
        """Every figure may move with any record: read again now if on screen, else when
        next shown."""
        if not (changes.touches(kind=ch.RECORDS) or changes.touches(kind=ch.TRASH)
                or changes.touches(kind=ch.LINKS) or changes.touches(kind=ch.SETTINGS)):
            return
        self.mark_stale()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.data is not None:
            self._redraw.start()

    def _texts(self) -> ChartTexts:
        return ChartTexts(self.prefs.language, self.prefs.calendar == "buddhist",
                          self.tr("Agreements signed per year"), self.tr("Partners by region"),
                          self.tr("Projects by sector"), self.tr("Projects by SDG"),
                          self.tr("No data yet"), self.tr("Others"))

    def _chart_size(self) -> tuple[int, int, float]:
        size = self.canvas.size()
        return size.width(), size.height(), self.devicePixelRatioF()

    # -- reading and drawing ------------------------------------------------------------------
    def reload(self) -> None:
        """Read the figures and draw the charts in the background; the page fills in when
        they arrive."""
        self._stale = False
        lang = self.prefs.language
        reg = self.session.reg
        notice = reg.setting("demo_notice_th" if lang == "th" else "demo_notice")
        self.notice.setVisible(bool(notice))
        self.start_empty.setVisible(bool(notice) and not reg.read_only)
        sample = self.tr("Sample data")
        self.notice.setText(f"<b>{sample}</b> — {notice}" if notice else "")
        texts, (w, h, ratio) = self._texts(), self._chart_size()

        def read(reg: Register) -> tuple[DashboardData, Charts]:
            data = dashboard_data(reg, language=lang)
            return data, draw_charts(data, texts, w, h, ratio)

        self.session.operations.read("dashboard", self.tr("Reading the dashboard figures"),
                                     read, lambda result: self.show_data(*result))

    def _draw_again(self) -> None:
        data, texts, (w, h, ratio) = self.data, self._texts(), self._chart_size()
        if data is None:
            return
        self.session.operations.read(
            "dashboard-charts", self.tr("Drawing the dashboard charts"),
            lambda _reg: draw_charts(data, texts, w, h, ratio), self._show_charts)

    def _show_charts(self, charts: Charts) -> None:
        self.figure = charts.figure
        self.canvas.setPixmap(QPixmap.fromImage(charts.image))

    def show_data(self, data: DashboardData, charts: Charts | None = None) -> None:
        self.data = data
        for key, tile in self.tiles.items():
            tile.value.setText(f"{getattr(data, key):,}")
        expiring = self.tr("Agreements expiring within 180 days")
        dormant = self.tr("Partners without activity for 3 years")
        self.expiring_title.setText(f"<b>{expiring}</b> ({len(data.expiring)})")
        self.dormant_title.setText(f"<b>{dormant}</b> ({len(data.dormant)})")
        self._fill_expiring(data)
        actions = self.tr("Follow-up actions overdue or due within 30 days")
        self.actions_title.setText(
            f"<b>{actions}</b> ({len(data.actions_overdue) + len(data.actions_due)})")
        self._fill_actions(data)
        thai = self.prefs.language == "th"
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
        self.views["action"].setColumnWidth(0, 240)
        self.views["agreement"].expandAll()
        self.views["action"].expandAll()
        if charts is not None:
            self._show_charts(charts)
        self.loaded.emit()

    def _fill_expiring(self, data: DashboardData) -> None:
        """Two groups: what expires soon (amber), and what is past its expiry but still
        marked active (red: renew it or mark it expired)."""
        model = self.expiring_model
        model.clear()
        model.setHorizontalHeaderLabels(
            [self.tr("Agreement"), self.tr("Expires"), self.tr("Days left")])
        thai = self.prefs.language == "th"
        self.expiring_groups: dict[str, QStandardItem] = {}
        for key, title, found, colour in (
                ("expiring", self.tr("Expiring"), data.expiring, EXPIRING_COLOUR),
                ("overdue", self.tr("Expired but still marked active"), data.overdue,
                 OVERDUE_COLOUR)):
            if not found:
                continue
            group = _group_item(title, len(found))
            for a in found:
                first = QStandardItem(a.title_th if thai and a.title_th else a.title)
                first.setData(a.id, ID_ROLE)
                days = (str(a.days_left) if not a.overdue
                        else self.tr("%1 days ago").replace("%1", str(-a.days_left)))
                row = [first, QStandardItem(self.prefs.show_date(a.expiry_date)),
                       QStandardItem(days)]
                for item in row:
                    item.setBackground(QBrush(colour))
                    item.setForeground(QBrush(QColor("#000000")))
                    item.setToolTip(title)
                group.appendRow(row)
            model.appendRow([group, QStandardItem(), QStandardItem()])
            self.expiring_groups[key] = group

    def _fill_actions(self, data: DashboardData) -> None:
        """Two groups: overdue (red, longest overdue first) and due within 30 days (amber,
        soonest first); a month or a year is due by its last day."""
        model = self.actions_model
        model.clear()
        model.setHorizontalHeaderLabels([self.tr("Follow-up action"), self.tr("Due"),
                                         self.tr("Owner unit")])
        thai = self.prefs.language == "th"
        self.action_groups: dict[str, QStandardItem] = {}
        for key, title, found, colour in (
                ("overdue", self.tr("Overdue"), data.actions_overdue, OVERDUE_COLOUR),
                ("due", self.tr("Due within 30 days"), data.actions_due, EXPIRING_COLOUR)):
            if not found:
                continue
            group = _group_item(title, len(found))
            for a in found[:1000]:  # the group's title counts them all
                first = QStandardItem(a.title_th if thai and a.title_th else a.title)
                first.setData(a.id, ID_ROLE)
                due = self.prefs.show_date(a.due_date)
                if a.overdue:
                    due += "  " + self.tr("(%1 days ago)").replace("%1", str(-(a.days_left or 0)))
                row = [first, QStandardItem(due), QStandardItem(a.unit or "")]
                for item in row:
                    item.setBackground(QBrush(colour))
                    item.setForeground(QBrush(QColor("#000000")))
                    item.setToolTip(title)
                group.appendRow(row)
            model.appendRow([group, QStandardItem(), QStandardItem()])
            self.action_groups[key] = group


def _group_item(title: str, count: int) -> QStandardItem:
    """A bold, unselectable heading row over a group of alerts ("Overdue (3)")."""
    group = QStandardItem(f"{title} ({count})")
    font = group.font()
    font.setBold(True)
    group.setFont(font)
    group.setSelectable(False)
    return group
