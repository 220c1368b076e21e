"""The relationship graph page: filters, grouping, a year slider that plays the network
through time, the interactive drawing, the selected node's record beside it, key partners
ranked with why, weak points summarised, saved views, and exports (slides among them).

Reading the data, laying out, measuring and grouping run off the GUI thread through the
session's operations, with a progress bar and a Cancel button. Clicking a node keeps the user
in the graph: the record shows in the side panel, and "Open in list" and "Edit" are explicit actions
(signals the main window connects); nothing here changes a list or its filter.
"""

from __future__ import annotations

import datetime as _dt
import sys
import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx
import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSlider,
    QSpinBox,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.changes import LAYOUT, Changes
from ..core.errors import CoreError, ValidationError
from ..core.graph.aggregate import AUTO_GROUP_NODES, GROUP_BY, GROUP_BY_LABELS, is_group
from ..core.graph.details import LinkIndex, node_details
from ..core.graph.draw import COLOR_BY, COLOR_BY_LABELS, node_colours, render_legend
from ..core.graph.export import (
    PictureSpec,
    export_graph,
    long_date,
    register_name,
    size_note,
)
from ..core.graph.layout import (
    LAYOUT_LABELS,
    forget_positions,
    load_positions,
    save_positions,
    view_name,
)
from ..core.graph.model import (
    METRICS,
    Cancelled,
    GraphData,
    GraphFilter,
    Risk,
    load_extras,
    load_graph_data,
    metric_label,
    node_label,
    shown_year,
    tie_label,
)
from ..core.graph.ranking import summarise_risks
from ..core.graph.saved_views import (
    SavedViewError,
    ViewSpec,
    delete_view,
    get_view,
    list_views,
    save_view,
)
from ..core.graph.view import (
    GraphView,
    add_view_sectors,
    compute_view,
    measure_view,
    regroup,
    view_annotations,
    view_sizes,
    year_step,
)
from ..core.places.regions import REGIONS
from ..core.records import vocab
from ..core.records.repository import Repository
from ..core.register import Register
from ..core.storage.database import Database
from ..core.strategy.frameworks import find_goals
from . import labels
from .graph_panel import ID_ROLE, DetailsPanel, KeyPartnersModel, WeakPoints
from .i18n import say
from .prefs import Prefs

if TYPE_CHECKING:
    from .session import Session

def _layout_changed(_none: None) -> Changes:
    return Changes(frozenset({LAYOUT}))


# What each read of the page is called when it fails.
_WHAT = {
    "graph-data": QT_TRANSLATE_NOOP("GraphPage", "Reading the relationship graph"),
    "graph-view": QT_TRANSLATE_NOOP("GraphPage", "Drawing the relationship graph"),
}

QUICK_YEAR_NODES = 3000  # re-filter by year in the GUI thread below this many nodes
# Above this many partners the picture is shown first and measured afterwards (its data's
# sectors, SDGs and activities are read then too).
STAGED_PARTNERS = 3000
KEY_PARTNERS_SHOWN = 200  # rows of the ranking listed (the Excel export has all of them)
SLIDE_DPI = 144  # a 16:9 slide of 13.33 × 7.5 inches: 1920 × 1080 pixels
EXPORTS = [(".png", QT_TRANSLATE_NOOP("GraphPage", "PNG picture")),
           (".svg", QT_TRANSLATE_NOOP("GraphPage", "SVG picture")),
           (".pdf", QT_TRANSLATE_NOOP("GraphPage", "PDF document")),
           (".graphml", QT_TRANSLATE_NOOP("GraphPage", "GraphML (Gephi, yEd)")),
           (".gexf", QT_TRANSLATE_NOOP("GraphPage", "GEXF (Gephi)")),
           (".xlsx", QT_TRANSLATE_NOOP("GraphPage", "Excel workbook"))]
SLIDES = [(".png", QT_TRANSLATE_NOOP("GraphPage", "Slide, 16:9 PNG (1920 × 1080)")),
          (".pdf", QT_TRANSLATE_NOOP("GraphPage", "Slide, 16:9 PDF"))]


def _import_igraph() -> None:
    import igraph  # noqa: F401


def _igraph_imported() -> bool:
    return "igraph" in sys.modules


class _Progress(QObject):
    """Carries progress from the worker thread to the GUI thread (a queued signal)."""

    changed = Signal(str, int, int)


class GraphPage(QWidget):
    """The relationship graph of the open database."""

    open_in_list = Signal(str, int)  # show this record in its list (the window connects it)
    edit_record = Signal(str, int)
    shown = Signal()  # a graph (or the year's step) is on screen
    measured = Signal()  # its rankings, weak points and summary are filled in

    def __init__(self, session: Session, prefs: Prefs, parent=None):
        super().__init__(parent)
        self.setObjectName("graph_page")
        self.session, self.prefs = session, prefs
        self.data: GraphData | None = None
        self.view: GraphView | None = None
        self.ego: str | None = None
        self.expanded: set[str] = set()
        self.busy = False
        self.view_title: str | None = None  # the saved view shown, while nothing changed
        self._pending: ViewSpec | None = None
        self._applying = False
        self._index: LinkIndex | None = None
        self._detail_node: str | None = None  # the node the side panel shows
        self._ranking: list = []
        self._cancel = threading.Event()
        self._progress = _Progress(self)
        self._progress.changed.connect(self._show_progress)
        self._build_controls()
        self._build_body()
        self._play_timer = QTimer(self)
        self._play_timer.setInterval(700)
        self._play_timer.timeout.connect(self._next_year)
        self._igraph_asked = False

    @property
    def reg(self) -> Register:
        """The open database (the session's: a switch of database is seen here at once)."""
        return self.session.reg

    @property
    def db(self) -> Database:
        return self.session.reg.db

    @property
    def repo(self) -> Repository:
        return self.session.reg.records

    def _read(self, key: str, work: Callable[[Any], object],
              done: Callable[[Any], None]) -> None:
        """Run ``work(conn)`` on a connection of its own off the GUI thread; ``done(result)``
        gets the result unless a newer read of the same ``key`` was asked for since."""
        self.session.operations.read_for_page(
            key, QCoreApplication.translate("GraphPage", _WHAT[key]),
            lambda reader: work(reader.conn), done, self._failed)

    # -- widgets -----------------------------------------------------------------------------------
    def _combo(self, name: str, items: list[tuple[str, object]], slot) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for text, value in items:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(slot)
        return combo

    def _build_controls(self) -> None:
        lang = self.prefs.language
        th = lang == "th"
        self.layout_combo = self._combo(
            "graph_layout", [(v[1] if th else v[0], k) for k, v in LAYOUT_LABELS.items()],
            self._changed)
        self.group_combo = self._combo(
            "graph_group_by", [(GROUP_BY_LABELS[k][1 if th else 0], k) for k in GROUP_BY],
            self._group_changed)
        self.group_combo.setToolTip(self.tr("Group partners by country or region into one "
                                            "node each; a big network opens grouped"))
        self.size_combo = self._combo("graph_size_by",
                                      [(metric_label(m, lang), m) for m in METRICS],
                                      self._restyle)
        self.colour_combo = self._combo(
            "graph_color_by", [(COLOR_BY_LABELS[c][1 if th else 0], c) for c in COLOR_BY],
            self._restyle)
        self.projects_box = QCheckBox(self.tr("Projects"), self)
        self.units_box = QCheckBox(self.tr("Units"), self)
        self.isolated_box = QCheckBox(self.tr("Partners without ties"), self)
        for box in (self.projects_box, self.units_box, self.isolated_box):
            box.toggled.connect(self._changed)
        self.depth_spin = QSpinBox(self)
        self.depth_spin.setRange(1, 2)
        self.depth_spin.setPrefix(self.tr("depth "))
        self.depth_spin.valueChanged.connect(lambda _v: self.ego and self._changed())
        self.focus_button = QPushButton(self.tr("Focus on selected"), self)
        self.focus_button.setToolTip(self.tr("Show only the selected node and its neighbours"))
        self.focus_button.clicked.connect(self.focus_selected)
        self.all_button = QPushButton(self.tr("Show all"), self)
        self.all_button.clicked.connect(self.show_all)
        self.fit_button = QPushButton(self.tr("Fit"), self)
        self.fit_button.setToolTip(self.tr("Show the whole graph (pan: drag the background; "
                                           "zoom: mouse wheel)"))
        self.reset_button = QPushButton(self.tr("Reset positions"), self)
        self.reset_button.setToolTip(self.tr("Forget the positions dragged in this view"))
        self.reset_button.clicked.connect(self.reset_positions)
        self.dpi_spin = QSpinBox(self)
        self.dpi_spin.setObjectName("graph_dpi")
        self.dpi_spin.setRange(50, 1200)
        self.dpi_spin.setSingleStep(50)
        self.dpi_spin.setValue(200)
        self.dpi_spin.setSuffix(" dpi")
        self.dpi_spin.setToolTip(self.tr("Resolution of PNG pictures"))
        self.export_button = QToolButton(self)
        self.export_button.setText(self.tr("Export"))
        self.export_button.setPopupMode(QToolButton.InstantPopup)
        menu = QMenu(self.export_button)
        self.slide_actions = {}
        for ext, what in SLIDES:
            act = menu.addAction(self.tr(what) + "…")
            act.triggered.connect(lambda _c=False, e=ext: self.choose_slide(e))
            self.slide_actions[ext] = act
        menu.addSeparator()
        self.export_actions = {}
        for ext, what in EXPORTS:
            act = menu.addAction(self.tr(what) + "…")
            act.triggered.connect(lambda _c=False, e=ext: self.choose_export(e))
            self.export_actions[ext] = act
        self.export_button.setMenu(menu)
        self.views_button = QToolButton(self)
        self.views_button.setObjectName("graph_views")
        self.views_button.setText(self.tr("Saved views"))
        self.views_button.setPopupMode(QToolButton.InstantPopup)
        self.views_menu = QMenu(self.views_button)
        self.views_menu.aboutToShow.connect(self._fill_views_menu)
        self.views_button.setMenu(self.views_menu)

        any_ = self.tr("any")
        self.filters: dict[str, QComboBox] = {}
        choices = {
            "kind": [(vocab.label(vocab.PARTNER_KINDS, k, lang), k)
                     for k in vocab.PARTNER_KINDS],
            "region": [(labels.region_label(r, lang), r) for r in REGIONS],
            "country": [],
            "sector": [(vocab.label(vocab.SECTORS, s, lang), s) for s in vocab.SECTORS],
            "sdg": [(f"SDG {n}: {vocab.label(vocab.SDGS, n, lang)}", n) for n in vocab.SDGS],
            "agreement_type": [(tie_label(t, lang), t) for t in vocab.AGREEMENT_TYPES],
            "status": [(vocab.label(vocab.AGREEMENT_STATUSES, s, lang), s)
                       for s in vocab.AGREEMENT_STATUSES]
            + [(vocab.label(vocab.PROJECT_STATUSES, s, lang), s)
               for s in vocab.PROJECT_STATUSES],
            "goal": [(label, gid) for gid, label in find_goals(
                self.session.reg, "", language=lang, limit=2000)],
        }
        names = {"kind": self.tr("Kind"), "region": self.tr("Region"),
                 "country": self.tr("Country"), "sector": self.tr("Sector"),
                 "sdg": self.tr("SDG"), "agreement_type": self.tr("Agreement type"),
                 "status": self.tr("Status"), "goal": self.tr("Goal")}
        for key, items in choices.items():
            combo = self._combo(f"graph_filter_{key}", [(f"{names[key]}: {any_}", None),
                                                        *items], self._changed)
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            # eight filters share a 1366-px row: one cut short says itself in full on hover
            combo.setToolTip(combo.currentText())
            combo.currentTextChanged.connect(combo.setToolTip)
            self.filters[key] = combo

        self.year_box = QCheckBox(self.tr("As of year"), self)
        self.year_box.setObjectName("graph_year_on")
        self.year_box.setToolTip(self.tr("Only ties that existed in the chosen year; ties "
                                         "whose start year is not known are left out and "
                                         "counted"))
        self.year_box.toggled.connect(self._year_toggled)
        self.year_slider = QSlider(Qt.Horizontal, self)
        self.year_slider.setObjectName("graph_year")
        self.year_slider.setRange(1960, 2030)
        self.year_slider.setEnabled(False)
        self.year_slider.valueChanged.connect(self._year_changed)
        self.year_label = QLabel(self)
        self.year_label.setMinimumWidth(48)
        self.play_button = QPushButton(self.tr("Play"), self)
        self.play_button.setObjectName("graph_play")
        self.play_button.setCheckable(True)
        self.play_button.setToolTip(self.tr("Play the network through the years"))
        self.play_button.toggled.connect(self.play)

    def _build_body(self) -> None:
        from .graph_canvas import GraphCanvas

        self.canvas = GraphCanvas(self)
        self.canvas.calendar = self.prefs.calendar
        self.canvas.node_clicked.connect(self._node_clicked)
        self.canvas.node_double_clicked.connect(self._node_double_clicked)
        self.canvas.node_moved.connect(self._node_moved)
        self.fit_button.clicked.connect(self.canvas.fit)
        # The legend floats in the canvas' corner as a picture: zooming never redraws it.
        self.legend = QLabel(self.canvas)
        self.legend.setObjectName("graph_legend")
        self.legend.setAttribute(Qt.WA_TransparentForMouseEvents)
        self.legend_figure = None
        self.canvas.overlay = self.legend
        self.note = QLabel(self)
        self.note.setObjectName("graph_note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("QLabel { background: #fff4d6; padding: 4px; }")
        self._keep_room(self.note)
        self.note.hide()

        self.details = DetailsPanel(self)
        self.details.read_only = self.db.read_only
        self.details.open_in_list.connect(self.open_in_list)
        self.details.edit_record.connect(self.edit_record)
        self.details.focus.connect(self.focus_on)
        self.details.toggle_group.connect(self.toggle_group)
        self.rank_combo = self._combo("graph_rank_by",
                                      [(metric_label(m, self.prefs.language), m)
                                       for m in METRICS], self._fill_key_partners)
        self.rank_combo.setCurrentIndex(METRICS.index("betweenness"))
        self.key_model = KeyPartnersModel(self)
        self.key_view = QTableView(self)
        self.key_view.setObjectName("graph_key_partners")
        self.key_view.setModel(self.key_model)
        self.key_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.key_view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.key_view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.key_view.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.key_view.horizontalHeader().setStretchLastSection(False)
        # columns fitted to the first rows only: measuring 200 rows of text costs 0.3 s
        self.key_view.horizontalHeader().setResizeContentsPrecision(25)
        self.key_view.verticalHeader().setDefaultSectionSize(
            self.key_view.fontMetrics().height() + 6)
        self.key_view.clicked.connect(lambda i: self._pick(i.data(ID_ROLE)))
        self.risk_tree = WeakPoints(self)
        self.risk_tree.picked.connect(self._pick)
        self.risk_title = QLabel(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("graph_summary")
        self.summary.setWordWrap(True)
        # two lines, always: a summary that grows would shrink the picture and refit it
        self.summary.setFixedHeight(self.summary.fontMetrics().lineSpacing() * 2 + 6)
        self.summary.setAlignment(Qt.AlignLeft | Qt.AlignTop)

        ranking = QWidget(self)
        ranking_layout = QVBoxLayout(ranking)
        ranking_layout.setContentsMargins(0, 0, 0, 0)
        rank_row = QHBoxLayout()
        rank_row.addWidget(QLabel("<b>" + self.tr("Key partners") + "</b>", self))
        rank_row.addStretch(1)
        rank_row.addWidget(QLabel(self.tr("ranked by"), self))
        rank_row.addWidget(self.rank_combo)
        ranking_layout.addLayout(rank_row)
        ranking_layout.addWidget(self.key_view, 1)
        risks = QWidget(self)
        risks_layout = QVBoxLayout(risks)
        risks_layout.setContentsMargins(0, 0, 0, 0)
        risks_layout.addWidget(self.risk_title)
        risks_layout.addWidget(self.risk_tree, 1)
        self.side = QSplitter(Qt.Vertical, self)
        self.side.setObjectName("graph_side")
        for w in (self.details, ranking, risks):
            self.side.addWidget(w)
        self.side.setSizes([260, 300, 220])

        graph_area = QWidget(self)
        graph_layout = QVBoxLayout(graph_area)
        graph_layout.setContentsMargins(0, 0, 0, 0)
        graph_layout.addWidget(self.note)
        graph_layout.addWidget(self.canvas, 1)
        graph_layout.addWidget(self.summary)
        self.splitter = QSplitter(Qt.Horizontal, self)
        self.splitter.setObjectName("graph_splitter")
        self.splitter.addWidget(graph_area)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 400])

        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self._keep_room(self.progress)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self._keep_room(self.cancel_button)
        self.cancel_button.hide()
        self.status = QLabel(self)
        self.status.setObjectName("graph_status")

        row1 = QHBoxLayout()
        for w in (QLabel(self.tr("Layout"), self), self.layout_combo,
                  QLabel(self.tr("Group"), self), self.group_combo,
                  QLabel(self.tr("Size"), self), self.size_combo,
                  QLabel(self.tr("Colour"), self), self.colour_combo, self.projects_box,
                  self.units_box, self.isolated_box):
            row1.addWidget(w)
        row1.addStretch(1)
        row2 = QHBoxLayout()
        for combo in self.filters.values():
            row2.addWidget(combo, 1)
        row3 = QHBoxLayout()
        for w in (self.year_box, self.year_slider, self.year_label, self.play_button):
            row3.addWidget(w)
        row3.setStretch(1, 1)
        row3.addSpacing(16)
        for w in (self.focus_button, self.depth_spin, self.all_button):
            row3.addWidget(w)
        # The view and export buttons on the third row: on the first, beside the drawing
        # choices, they made the page (and so the window) wider than a 1366-pixel screen.
        row3.addSpacing(16)
        for w in (self.fit_button, self.reset_button, self.views_button, self.export_button,
                  self.dpi_spin):
            row3.addWidget(w)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.progress)
        bottom.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addLayout(row3)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)
        self._update_buttons()

    @staticmethod
    def _keep_room(widget: QWidget) -> None:
        """Hidden, the widget keeps its room: showing it never shrinks the picture (which
        would have to be fitted and named again)."""
        policy = widget.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        widget.setSizePolicy(policy)

    # -- state -------------------------------------------------------------------------------------
    @property
    def lang(self) -> str:
        return self.prefs.language

    @property
    def calendar(self) -> str:
        return self.prefs.calendar

    @property
    def ready(self) -> bool:
        return self.view is not None and not self.busy

    def current_filter(self) -> GraphFilter:
        values = {k: c.currentData() for k, c in self.filters.items()}
        year = self.year_slider.value() if self.year_box.isChecked() else None
        return GraphFilter(kind=values["kind"], region=values["region"],
                           country=values["country"], sector=values["sector"],
                           sdg=values["sdg"], goal=values["goal"],
                           agreement_type=values["agreement_type"],
                           status=values["status"], year=year,
                           projects=self.projects_box.isChecked(),
                           units=self.units_box.isChecked(),
                           isolated=self.isolated_box.isChecked())

    @property
    def layout_name(self) -> str:
        return str(self.layout_combo.currentData())

    @property
    def group_by(self) -> str:
        return str(self.group_combo.currentData())

    def _view_key(self) -> str:
        if self.view is not None:
            return self.view.name
        return view_name(self.layout_name, self.ego, self.depth_spin.value(), self.group_by)

    def current_spec(self) -> ViewSpec:
        """Everything that makes the picture shown, to save as a view."""
        view = self.view
        return ViewSpec(filter=self.current_filter(), layout=self.layout_name, ego=self.ego,
                        depth=self.depth_spin.value(), group_by=self.group_by,
                        expanded=tuple(sorted(self.expanded)),
                        size_by=str(self.size_combo.currentData()),
                        color_by=str(self.colour_combo.currentData()),
                        rank_by=str(self.rank_combo.currentData()),
                        positions=dict(view.pos) if view is not None else {},
                        zoom=None if self.canvas.fitted or view is None
                        else self.canvas.limits())

    # -- loading and computing ---------------------------------------------------------------------
    def reload(self) -> None:
        """Read the data again (in the background) and redraw. A big register's sectors,
        SDGs and activities are read after its picture is shown, unless the view needs
        them (a sector or SDG filter, colouring by sector)."""
        self._set_busy(True, self.tr("Reading the data…"))
        needed = self._needs_extras()

        def work(conn):
            data = load_graph_data(conn, extras=False)
            if needed or len(data.partners) <= STAGED_PARTNERS:
                data = load_extras(conn, data)
            return data

        self._read("graph-data", work, self._data_loaded)

    def _needs_extras(self) -> bool:
        return (self.filters["sector"].currentData() is not None
                or self.filters["sdg"].currentData() is not None
                or self.filters["goal"].currentData() is not None
                or self.colour_combo.currentData() in ("sector", "goal"))

    def _import_igraph(self) -> None:
        """Import igraph (layouts, measures; it takes a second) in a thread of its own, once.
        A small register's picture comes with its measures: started as soon as its data
        are read. A big register's picture is drawn first: started once it is shown, so that
        the import does not slow reading and grouping it down (Python runs one thread at a
        time)."""
        if self._igraph_asked or _igraph_imported():
            return
        self._igraph_asked = True
        threading.Thread(target=_import_igraph, name="import-igraph", daemon=True).start()

    def _data_loaded(self, data: GraphData) -> None:
        first = self.data is None and self.view is None
        self.data = data
        if len(data.partners) <= STAGED_PARTNERS:
            self._import_igraph()
        self._index = None
        if first and self.group_by == "auto" and len(data.partners) > AUTO_GROUP_NODES:
            # A big register opens grouped by country: laid out and coloured by region,
            # its picture reads like a map of where the partners are.
            self._applying = True
            if self.layout_combo.currentData() == "force":
                self.layout_combo.setCurrentIndex(self.layout_combo.findData("region"))
            if self.colour_combo.currentData() == "kind":
                self.colour_combo.setCurrentIndex(self.colour_combo.findData("region"))
            self._applying = False
        combo = self.filters["country"]
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for code in sorted({p.country for p in data.partners.values() if p.country}):
            combo.addItem(code, code)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)
        years = data.years
        if years:
            self.year_slider.blockSignals(True)
            self.year_slider.setRange(years[0], max(years[1], years[0] + 1))
            if not self.year_box.isChecked():
                self.year_slider.setValue(self.year_slider.maximum())
            self.year_slider.blockSignals(False)
        self._show_year()
        self.view = None
        self.refresh()

    def _changed(self, *_args) -> None:
        """The user changed what the view shows: it is no longer the saved view opened."""
        if self._applying:
            return
        self.view_title = None
        self.refresh()

    def _group_changed(self, *_args) -> None:
        self.expanded.clear()
        self._changed()

    def refresh(self) -> None:
        """Recompute the view for the current choices (layout, measures and grouping off the
        GUI thread)."""
        if self.data is None or self._applying:
            return
        data, f, layout = self.data, self.current_filter(), self.layout_name
        ego, depth, group_by = self.ego, self.depth_spin.value(), self.group_by
        expanded = frozenset(self.expanded)
        pending, self._pending = self._pending, None
        saved = dict(pending.positions) if pending is not None else {}
        self._zoom = pending.zoom if pending is not None else None
        self._cancel.set()  # a newer request makes the running one pointless
        self._cancel = cancel = threading.Event()
        progress = self._progress.changed.emit

        needed = self._needs_extras()

        def work(conn):
            try:
                d = load_extras(conn, data) if needed else data
                view = compute_view(d, f, layout=layout, ego=ego, depth=depth,
                                    saved=saved, group_by=group_by, expanded=expanded,
                                    progress=progress, cancelled=cancel.is_set,
                                    measure=d.extras and len(d.partners) <= STAGED_PARTNERS)
            except Cancelled:
                return None
            except CoreError as exc:  # e.g. the focused node is filtered out
                return exc
            if pending is None:  # the positions dragged in this view
                dragged = load_positions(conn, view.name)
                view.pos.update({n: p for n, p in dragged.items() if n in view.pos})
            return d, view

        self._set_busy(True, self.tr("Laying out the graph…"))
        self._read("graph-view", work, self._view_ready)

    def _view_ready(self, result: tuple[GraphData, GraphView] | CoreError | None) -> None:
        self._set_busy(False)
        if result is None:
            self.status.setText(self.tr("Cancelled."))
            return
        if isinstance(result, CoreError):
            self.status.setText(str(result))
            if self.ego is not None:  # the focused node is gone: show everything
                self.ego = None
                self.refresh()
            return
        self.data, view = result
        self._show(view, limits=getattr(self, "_zoom", None))
        if not view.measured:
            self._import_igraph()
            self._measure(view)

    def _measure(self, view: GraphView) -> None:
        """The picture is shown: now the measures, weak points and rankings (and the data's
        sectors and activities, if not read yet), off the GUI thread."""
        data, cancel = self.data, self._cancel
        assert data is not None
        sectors = self._needs_extras()
        rank_by = str(self.rank_combo.currentData())

        def work(conn):
            try:
                d = load_extras(conn, data, sectors=sectors)
                return d, measure_view(d, view, cancelled=cancel.is_set, rank_by=rank_by)
            except Cancelled:
                return None

        self._set_busy(True, self.tr("Measuring the network…"))
        self._read("graph-view", work, self._measured)

    def _measured(self, result: tuple[GraphData, GraphView] | None) -> None:
        self._set_busy(False)
        current = self.view
        if result is None or current is None:
            self.status.setText(self.tr("Cancelled."))
            return
        data, measured = result
        if current.base is not measured.base:
            return  # another view is shown now
        self.data = data
        self.view = replace(current, metrics=measured.metrics, risks=measured.risks,
                            engagement=measured.engagement, measured=True,
                            _orders=dict(measured._orders))
        self.status.setText(self.tr("Click a node to see it beside the graph, double-click "
                                    "to edit it, drag to move it; hover for its ties."))
        self._after_measures()

    def _failed(self, message: str) -> None:
        if self.busy:
            self._set_busy(False)
            self.status.setText(message)

    def _year_changed(self, _value: int) -> None:
        self._show_year()
        if not self.year_box.isChecked():
            return
        self._refilter_year()

    def _year_toggled(self, on: bool) -> None:
        self.year_slider.setEnabled(on)
        if not on:
            self.play_button.setChecked(False)
        self._show_year()
        if not self._applying:
            self.view_title = None
            self._refilter_year()

    def _refilter_year(self) -> None:
        """A new year on an already laid-out view: only filter and measure again."""
        view, data = self.view, self.data
        if data is None:
            return
        if view is None or self.busy:
            self.refresh()
            return
        f = self.current_filter()
        if view.base_full is not None and view.base_full.number_of_nodes() <= QUICK_YEAR_NODES:
            self._show(year_step(data, f, view))
            return
        self._set_busy(True, self.tr("Measuring the network…"))
        self._read("graph-view", lambda _c: year_step(data, f, view),
                        self._view_ready)

    def _show_year(self) -> None:
        year = shown_year(self.year_slider.value(), self.calendar)
        self.year_label.setText(str(year) if self.year_box.isChecked() else "")
        self.year_slider.setToolTip(str(year))

    def play(self, on: bool) -> None:
        """Animate the network through the years, one year per step."""
        if on:
            if not self.year_box.isChecked():
                self.year_box.setChecked(True)
            if self.year_slider.value() >= self.year_slider.maximum():
                self.year_slider.setValue(self.year_slider.minimum())
            self._play_timer.start()
            self.play_button.setText(self.tr("Pause"))
        else:
            self._play_timer.stop()
            self.play_button.setText(self.tr("Play"))

    def _next_year(self) -> None:
        if self.busy:
            return  # the previous year is still being drawn
        if self.year_slider.value() >= self.year_slider.maximum():
            self.play_button.setChecked(False)
            return
        self.year_slider.setValue(self.year_slider.value() + 1)

    def cancel(self) -> None:
        self._cancel.set()
        self.play_button.setChecked(False)

    def _show_progress(self, step: str, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _set_busy(self, busy: bool, message: str = "") -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)
            self.status.setText(message)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.view is not None
        self.export_button.setEnabled(has)
        selected = self.canvas.selected
        self.focus_button.setEnabled(has and selected not in (None, self.ego)
                                     and not (selected and is_group(selected)))
        self.all_button.setEnabled(self.ego is not None)
        self.depth_spin.setEnabled(True)

    # -- showing -----------------------------------------------------------------------------------
    def _show(self, view: GraphView, limits=None) -> None:
        same_frame = self.view is not None and self.view.full is view.full
        self.view = view
        self.expanded = set(view.expanded)
        if self.ego is None and view.ego is not None:
            self.ego = view.ego
        self._show_note()
        self.layout().activate()  # the note takes its room before the picture is fitted
        self._draw(keep_view=same_frame, limits=limits)
        self.status.setText(self.tr("Click a node to see it beside the graph, double-click "
                                    "to edit it, drag to move it; hover for its ties."))
        if view.measured:
            self._after_measures(redraw=False)
        else:
            self.key_model.set_rows([], self.lang)
            self.risk_tree.set_groups([], self.risk_text)
            self.summary.setText(self.tr("Measuring the network…"))
        self._update_buttons()
        self.shown.emit()

    def _after_measures(self, redraw: bool = True) -> None:
        """The view's measures are in: the rankings, the weak points, the summary, and the
        picture again when its sizes or colours depend on them."""
        if redraw and (self.size_combo.currentData() in ("betweenness", "eigenvector")
                       or self.colour_combo.currentData() in ("sector", "goal")):
            self._draw(keep_view=True)
        self._fill_key_partners()
        self._fill_risks()
        self._show_summary()
        if self._detail_node is not None:
            self._show_details(self._detail_node)
        self.measured.emit()

    def _show_summary(self) -> None:
        view = self.view
        assert view is not None
        g, m = view.base, view.metrics
        note = self.tr("exact") if m.betweenness_exact else \
            self.tr("approximate, %1 sampled sources").replace("%1", str(m.betweenness_samples))
        text = self.tr("%1 nodes, %2 links · components: %3 · communities: %4 (modularity "
                       "%5) · betweenness: %6") \
            .replace("%1", f"{g.number_of_nodes():,}").replace("%2", f"{g.number_of_edges():,}") \
            .replace("%3", str(m.components)).replace("%4", str(m.communities)) \
            .replace("%5", f"{m.modularity:.2f}").replace("%6", note)
        undated = self.undated_text()
        self.summary.setText(text + (f"<br><b>{undated}</b>" if undated else ""))

    def undated_text(self) -> str:
        """"12 ties have no start year and are not shown" in a year view, else ''."""
        n = self.view.undated if self.view is not None else 0
        if not n or not self.year_box.isChecked():
            return ""
        return self.tr("1 tie has no start year and is not shown") if n == 1 else \
            self.tr("%1 ties have no start year and are not shown").replace("%1", f"{n:,}")

    def _show_note(self) -> None:
        view = self.view
        assert view is not None
        parts = []
        if view.auto_grouped:
            parts.append(self.tr("%1 nodes: grouped by country so the picture stays "
                                 "readable. Click a group to open it, or choose “No "
                                 "grouping”.").replace("%1",
                                                       f"{view.base_full.number_of_nodes():,}"))
        undated = self.undated_text()
        if undated:
            parts.append(undated + ".")
        self.note.setText(" ".join(parts))
        self.note.setVisible(bool(parts))

    def _title(self) -> str:
        if self.view_title:
            return self.view_title
        assert self.data is not None
        home = self.data.home.label_th if self.lang == "th" else self.data.home.label_en
        return self.tr("%1: international relations network").replace("%1", home)

    def _spec(self) -> PictureSpec:
        view = self.view
        assert view is not None and self.data is not None
        parts = []
        if self.year_box.isChecked():
            parts.append(self.tr("as of %1").replace("%1", self.year_label.text()))
        if view.ego is not None and view.ego in view.base_full:
            parts.append(self.tr("around %1").replace("%1", node_label(view.base_full, view.ego,
                                                                       self.lang)))
        if view.grouped:
            parts.append(self.tr("grouped by country") if view.group_by == "country"
                         else self.tr("grouped by region"))
        for combo in self.filters.values():
            if combo.currentData() is not None:
                parts.append(combo.currentText())
        home = self.data.home.label_th if self.lang == "th" else self.data.home.label_en
        source = self.tr("%1 international relations register (%2)").replace("%1", home) \
            .replace("%2", register_name(self.db.path, self.db.is_server))
        undated = self.undated_text()
        size_by = str(self.size_combo.currentData())
        if not view.measured and size_by not in ("degree", "weighted_degree"):
            size_by = "degree"  # until the measures are done
        return PictureSpec(title=self._title(), subtitle=" · ".join(parts), size_by=size_by,
                           color_by=str(self.colour_combo.currentData()), lang=self.lang,
                           annotations=view_annotations(view, self.calendar),
                           calendar=self.calendar, source=source,
                           notes=(undated + ".",) if undated else (),
                           sizes=view_sizes(view, size_by))

    def _draw(self, keep_view: bool = False, limits=None) -> None:
        view = self.view
        if view is None:
            return
        spec = self._spec()
        g = view.graph
        colours, legend = node_colours(g, spec.color_by, self.lang)
        self._show_legend(g, legend, spec)
        self.canvas.show_graph(g, view.pos, sizes=spec.sizes or {}, colours=colours,
                               lang=self.lang, annotations=spec.annotations,
                               keep_view=keep_view, calendar=self.calendar, limits=limits)

    def _show_legend(self, g: nx.Graph, legend: list[tuple[str, str]], spec: PictureSpec
                     ) -> None:
        assert self.view is not None
        ratio = self.devicePixelRatioF() or 1.0
        self.legend_figure = render_legend(g, legend, lang=self.lang, color_by=spec.color_by,
                                           size_note=size_note(spec, self.view.metrics, g),
                                           dpi=100 * ratio)
        self.legend_figure.patch.set_alpha(0.85)
        # the pixels as drawn, straight into a pixmap (no PNG to write and read back)
        self.legend_figure.canvas.draw()
        rgba = np.asarray(self.legend_figure.canvas.buffer_rgba())
        h, w = rgba.shape[:2]
        pixmap = QPixmap.fromImage(QImage(rgba.data, w, h, 4 * w, QImage.Format_RGBA8888))
        pixmap.setDevicePixelRatio(ratio)
        self.legend.setPixmap(pixmap)
        self.legend.adjustSize()
        self.legend.show()
        self.canvas.place_overlay()

    def _restyle(self) -> None:
        """Size or colour changed: redraw without recomputing anything (colouring by sector
        first reads the sectors of a big register, if not read yet)."""
        if self._applying:
            return
        self.view_title = None
        if self._needs_extras() and self.data is not None and not self.data.sectors_read:
            self.refresh()
            return
        self._draw(keep_view=True)
        if self.view is not None:
            self.shown.emit()

    def _fill_key_partners(self) -> None:
        if self.view is None:
            return
        by = str(self.rank_combo.currentData())
        self._ranking = self.view.ranking(by, self.lang, limit=KEY_PARTNERS_SHOWN)
        self.key_model.set_rows(self._ranking, self.lang, metric=by,
                                calendar=self.calendar, year=self.view.filter.year)
        for col in range(1, self.key_model.columnCount()):
            self.key_view.resizeColumnToContents(col)
        self.key_view.setColumnWidth(0, min(200, max(120, self.key_view.sizeHintForColumn(0))))
        self.key_view.setColumnWidth(3, min(260, self.key_view.columnWidth(3)))
        if self._detail_node is not None:
            self._show_details(self._detail_node)

    def risk_text(self, r: Risk) -> str:
        g = self.view.base if self.view else nx.Graph()
        name = node_label(g, r.node, self.lang)
        n = len(r.cut_off)
        if r.kind == "unreachable":
            return self.tr("%1 and %2 others are not linked to the home city at all") \
                .replace("%1", name).replace("%2", str(n - 1)) if n > 1 else \
                self.tr("%1 is not linked to the home city at all").replace("%1", name)
        if r.kind == "node":
            return self.tr("%1 is the only link to %2 partners").replace("%1", name) \
                .replace("%2", str(n))
        via = node_label(g, r.via, self.lang)
        kinds = ", ".join(tie_label(t, self.lang)
                          for t in str(g.edges[r.node, r.via]["types"]).split(","))
        text = self.tr("%1 hangs on one link to %2 (%3)").replace("%1", name) \
            .replace("%2", via).replace("%3", kinds)
        if n > 1:
            text += " " + self.tr("with %1 others behind it").replace("%1", str(n - 1))
        return text

    def _fill_risks(self) -> None:
        rs = self.view.risks if self.view else []
        self.risk_tree.set_groups(summarise_risks(rs), self.risk_text)
        self.risk_title.setText("<b>" + self.tr("Weak points") + "</b>")

    # -- interaction -------------------------------------------------------------------------------
    def _pick(self, node: str | None) -> None:
        """Pick a node from a list: its ring on the picture (or its group's) and its record
        beside it."""
        if node is None or self.view is None:
            return
        drawn = node if node in self.view.graph else self.view.group_of(node)
        self.canvas.set_selected(drawn)
        self._show_details(node)
        self._update_buttons()

    def select_node(self, node: str) -> None:
        self._pick(node)

    def _show_details(self, node: str) -> None:
        view, data = self.view, self.data
        self._detail_node = node
        known = view is not None and (node in view.graph or node in view.base or (
            view.aggregation is not None and node in view.aggregation.members))
        if view is None or data is None or not known:
            self.details.show_details(None)
            self._detail_node = None
            return
        if self._index is None:
            self._index = LinkIndex(data)
        members = view.aggregation.members.get(node) if view.aggregation else None
        by = str(self.rank_combo.currentData())
        if members is None:
            ranking = view.ranking(by, self.lang, nodes=[node])
        else:  # a group: its five best-ranked partners
            inside = set(members)
            ranking = view.ranking(by, self.lang, nodes=[n for n in view.rank_order(by)
                                                         if n in inside][:5])
        d = node_details(data, view.graph, node, index=self._index, ranking=ranking,
                         members=members, expanded=node in view.expanded, base=view.base)
        self.details.lang, self.details.calendar = self.lang, self.calendar
        self.details.metric = str(self.rank_combo.currentData())
        self.details.read_only = self.db.read_only
        why = self.key_model.why(d.rank) if d.rank is not None else ""
        self.details.show_details(d, why)

    def _node_clicked(self, node: str) -> None:
        self._show_details(node)
        self._update_buttons()
        if self.view is not None:
            self.status.setText(node_label(self.view.graph, node, self.lang))
        if is_group(node) and node not in self.expanded:
            self.toggle_group(node)

    def _node_double_clicked(self, node: str | None) -> None:
        if self.view is None or node is None or node not in self.view.graph:
            return
        d = self.view.graph.nodes[node]
        if d.get("entity") in ("partner", "project", "unit"):
            self.edit_record.emit(str(d["entity"]), int(d["record_id"]))

    def toggle_group(self, node: str) -> None:
        """Open a group into its partners, or close it again (no new layout)."""
        view = self.view
        if view is None or view.aggregation is None:
            return
        expanded = set(self.expanded)
        expanded.symmetric_difference_update({node})
        self.view_title = None
        big = sum(len(view.aggregation.members.get(k, ())) for k in expanded) > QUICK_YEAR_NODES
        if not big:
            self._show(regroup(view, expanded), limits=None)
            return
        self._set_busy(True, self.tr("Opening the group…"))
        self._read("graph-view", lambda _c: regroup(view, expanded),
                        self._view_ready)

    def focus_on(self, node: str) -> None:
        self.canvas.set_selected(node if self.view and node in self.view.graph else None)
        self.ego = node
        self.view_title = None
        self.refresh()

    def _node_moved(self, node: str, x: float, y: float) -> None:
        if self.view is None:
            return
        self.view.pos[node] = (x, y)
        self.view_title = None
        if self.db.read_only:  # the position is kept until closing
            return
        view_name, where = self.view.name, {node: (x, y)}
        self.session.operations.write(
            self.tr("Keeping a moved node's place"),
            lambda reg: _layout_changed(save_positions(reg.db, view_name, where)),
            failure=self._layout_failed)

    def focus_selected(self) -> None:
        node = self.canvas.selected
        if node is None or is_group(node):
            return
        self.focus_on(node)

    def show_all(self) -> None:
        self.ego = None
        self.view_title = None
        self.refresh()

    def reset_positions(self) -> None:
        key = self._view_key()
        self.session.operations.write(
            self.tr("Resetting the positions"),
            lambda reg: _layout_changed(forget_positions(reg.db, key)),
            failure=self._layout_failed).wait()
        self.refresh()

    def _layout_failed(self, exc: BaseException) -> bool:
        if isinstance(exc, CoreError):  # a read-only file: said where the graph is
            self.status.setText(str(exc))
            return True
        return False

    def _write(self, what: str, op: Callable[[Register], Changes]
               ) -> tuple[Changes | None, BaseException | None]:
        """Run the write ``op`` off the GUI thread and wait for it (the user waits for the
        answer to a question asked here); a failure is returned to be said in place."""
        outcome: dict[str, Any] = {}

        def failed(exc: BaseException) -> bool:
            if not isinstance(exc, CoreError):
                return False  # not the user's to fix: said the way every failure is
            outcome["error"] = exc
            return True

        self.session.operations.write(what, op, parent=self, failure=failed,
                                      success=lambda c: outcome.setdefault("changes", c)
                                      ).wait()
        return outcome.get("changes"), outcome.get("error")

    # -- saved views -------------------------------------------------------------------------------
    def _fill_views_menu(self) -> None:
        menu = self.views_menu
        menu.clear()
        save = menu.addAction(self.tr("Save this view…"))
        save.setEnabled(self.view is not None and not self.db.read_only)
        save.triggered.connect(self.ask_save_view)
        try:
            views = list_views(self.reg)
        except CoreError as exc:
            self.status.setText(str(exc))
            views = []
        if views:
            menu.addSeparator()
        for v in views:
            act = menu.addAction(v.name)
            act.setToolTip(self.tr("Saved by %1 on %2").replace("%1", v.updated_by)
                           .replace("%2", self.prefs.show_date(v.updated_at[:10])))
            act.triggered.connect(lambda _c=False, i=v.id: self.open_view(i))
        if views and not self.db.read_only:
            delete = menu.addMenu(self.tr("Delete a saved view"))
            for v in views:
                act = delete.addAction(v.name)
                act.triggered.connect(lambda _c=False, i=v.id, n=v.name: self.ask_delete_view(
                    i, n))

    def ask_save_view(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save this view"),
                                        self.tr("Name of the view:"), text=self.view_title or "")
        if ok:
            self.save_view(name)

    def save_view(self, name: str, *, replace: bool | None = None) -> bool:
        """Save the view shown under ``name``; asks before replacing another (``replace``
        answers for the question)."""
        spec = self.current_spec()
        saved, exc = self._write(self.tr("Save this view"), lambda reg: save_view(
            reg, name, spec, replace=bool(replace)))
        if isinstance(exc, ValidationError):
            exists = any(p.code == "view.exists" for p in exc.problems)
            if exists and replace is None and QMessageBox.question(
                    self, self.tr("Save this view"),
                    self.tr("A view called “%1” exists already. Replace it?").replace(
                        "%1", name.strip())) == QMessageBox.Yes:
                return self.save_view(name, replace=True)
            if not exists:
                QMessageBox.warning(self, self.tr("Save this view"),
                                    "\n".join(say(p) for p in exc.problems))
            return False
        if exc is not None:
            QMessageBox.warning(self, self.tr("Save this view"), str(exc))
            return False
        if saved is None:  # failed, and said so
            return False
        self.view_title = saved.result.name
        self.status.setText(self.tr("Saved the view “%1”.").replace("%1", saved.result.name))
        return True

    def ask_delete_view(self, view_id: int, name: str) -> None:
        if QMessageBox.question(self, self.tr("Delete a saved view"),
                                self.tr("Delete the saved view “%1”? The records are not "
                                        "touched.").replace("%1", name)) != QMessageBox.Yes:
            return
        _done, exc = self._write(self.tr("Delete a saved view"),
                                 lambda reg: delete_view(reg, view_id))
        if exc is not None:
            QMessageBox.warning(self, self.tr("Delete a saved view"), str(exc))

    def open_view(self, name_or_id: str | int) -> bool:
        """Show a saved view: its filters, year, layout and positions, grouping, zoom and
        colouring."""
        try:
            saved = get_view(self.reg, name_or_id)
            spec = saved.spec
        except (CoreError, SavedViewError) as exc:
            QMessageBox.warning(self, self.tr("Open a saved view"), str(exc))
            return False
        self._apply(spec)
        self.view_title = saved.name
        self._pending = spec
        self.refresh()
        return True

    def _apply(self, spec: ViewSpec) -> None:
        """Set every control to ``spec`` without recomputing on each."""
        self._applying = True
        try:
            def choose(combo: QComboBox, value) -> None:
                i = combo.findData(value)
                if i < 0 and value is not None and combo is self.filters.get("country"):
                    combo.addItem(str(value), value)
                    i = combo.count() - 1
                combo.setCurrentIndex(max(0, i))

            choose(self.layout_combo, spec.layout)
            choose(self.group_combo, spec.group_by)
            choose(self.size_combo, spec.size_by)
            choose(self.colour_combo, spec.color_by)
            choose(self.rank_combo, spec.rank_by)
            f = spec.filter
            for key, combo in self.filters.items():
                choose(combo, getattr(f, key))
            self.projects_box.setChecked(f.projects)
            self.units_box.setChecked(f.units)
            self.isolated_box.setChecked(f.isolated)
            self.year_box.setChecked(f.year is not None)
            if f.year is not None:
                self.year_slider.setValue(f.year)
            self.depth_spin.setValue(spec.depth)
            self.ego = spec.ego
            self.expanded = set(spec.expanded)
            self._show_year()
        finally:
            self._applying = False

    # -- export ------------------------------------------------------------------------------------
    def _ask_path(self, ext: str, what: str, stem_suffix: str) -> str | None:
        from .export_actions import default_folder

        stem = "bkk_relations" if self.db.is_server else Path(self.db.path).stem
        suggested = str(default_folder(self.db) / f"{stem}-{stem_suffix}{ext}")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the graph"), suggested,
                                              f"{self.tr(what)} (*{ext})")
        if not path:
            return None
        return path if path.lower().endswith(ext) else path + ext

    def choose_export(self, ext: str) -> str | None:
        """Ask where to save, then export; return the path written."""
        if self.view is None:
            return None
        path = self._ask_path(ext, dict(EXPORTS)[ext], "graph")
        return self.export_to(path) if path else None

    def choose_slide(self, ext: str) -> str | None:
        """Ask where to save a 16:9 slide of the view, then write it."""
        if self.view is None:
            return None
        path = self._ask_path(ext, dict(SLIDES)[ext], "slide")
        return self.export_to(path, dpi=SLIDE_DPI) if path else None

    def export_to(self, path: str, dpi: int | None = None) -> str | None:
        """Write the current view to ``path`` (format from the extension): a picture is a
        16:9 slide with title, legend, notes, date and source."""
        view = self.view
        if view is None:
            return None
        QGuiApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            spec = self._spec()
            picture = Path(path).suffix.lower() in (".png", ".svg", ".pdf")
            if not picture and self.data is not None and not self.data.sectors_read:
                # the data exports carry every node's sectors: read them now
                self.data = load_extras(self.db.conn, self.data)
                add_view_sectors(self.data, view)
            # a picture shows the view as drawn (grouped or not); data hold every partner
            export_graph(path, view.graph if picture else view.base, view.pos, view.metrics,
                         spec,
                         dpi=dpi or self.dpi_spin.value(), risks=view.risks,
                         today=long_date(_dt.date.today(), self.lang, self.calendar))
        except (OSError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("Export failed"), str(exc))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.status.setText(self.tr("Saved %1").replace("%1", path))
        return path

