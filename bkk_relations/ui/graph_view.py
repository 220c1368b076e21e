"""The relationship graph page: filters, a year slider that plays the network through time,
the interactive drawing, key partners ranked by a metric, weak points, and exports.

Reading the data, laying out and measuring run off the GUI thread through the Runner, with
a progress bar and a Cancel button; only the year slider's quick re-filtering of an already
laid-out graph runs in the GUI thread when the graph is small.
"""

from __future__ import annotations

import io
import threading
from dataclasses import replace
from pathlib import Path

import networkx as nx
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
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

from ..core.errors import CoreError
from ..core.graph.export import (
    COLOR_BY,
    COLOR_BY_LABELS,
    PictureSpec,
    export_graph,
    node_colours,
    node_sizes,
    render_legend,
    size_note,
)
from ..core.graph.layout import (
    LAYOUT_LABELS,
    GraphView,
    compute_view,
    forget_positions,
    load_positions,
    region_centres,
    save_positions,
    view_name,
    year_view,
)
from ..core.graph.model import (
    METRICS,
    Cancelled,
    GraphData,
    GraphFilter,
    KeyPartner,
    Risk,
    compute_metrics,
    key_partners,
    kind_label,
    load_graph_data,
    metric_label,
    node_label,
    risks,
    tie_label,
)
from ..core.places.regions import REGIONS
from ..core.records import vocab
from ..core.records.repository import Repository
from ..core.storage.database import Database
from . import labels
from .prefs import Prefs
from .runner import Runner

ID_ROLE = Qt.UserRole + 1
QUICK_YEAR_NODES = 3000  # re-filter by year in the GUI thread below this many nodes
EXPORTS = [(".png", QT_TRANSLATE_NOOP("GraphPage", "PNG picture")),
           (".svg", QT_TRANSLATE_NOOP("GraphPage", "SVG picture")),
           (".pdf", QT_TRANSLATE_NOOP("GraphPage", "PDF document")),
           (".graphml", QT_TRANSLATE_NOOP("GraphPage", "GraphML (Gephi, yEd)")),
           (".gexf", QT_TRANSLATE_NOOP("GraphPage", "GEXF (Gephi)")),
           (".xlsx", QT_TRANSLATE_NOOP("GraphPage", "Excel workbook"))]


_ROOT = QModelIndex()


class _Progress(QObject):
    """Carries progress from the worker thread to the GUI thread (a queued signal)."""

    changed = Signal(str, int, int)


class KeyPartnersModel(QAbstractTableModel):
    """Partners ranked by the chosen metric."""

    COLUMNS = ["label", "kind", "country", "degree", "weighted_degree", "betweenness",
               "eigenvector", "community"]

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[KeyPartner] = []
        self.lang = "en"
        self.titles = [self.tr("Name"), self.tr("Kind"), self.tr("Country"), self.tr("Ties"),
                       self.tr("Weighted"), self.tr("Betweenness"), self.tr("Eigenvector"),
                       self.tr("Community")]

    def set_rows(self, rows: list[KeyPartner], lang: str) -> None:
        self.beginResetModel()
        self.rows, self.lang = rows, lang
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self.titles[section]
        if orientation == Qt.Vertical and role == Qt.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        key = self.COLUMNS[index.column()]
        if role == ID_ROLE:
            return row.node
        if role == Qt.TextAlignmentRole and index.column() >= 3:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role != Qt.DisplayRole:
            return None
        value = getattr(row, key)
        if key == "kind":
            return kind_label(value, self.lang)
        if key in ("betweenness", "eigenvector"):
            return f"{value:.3f}"
        if key == "weighted_degree":
            return f"{value:g}"
        return str(value)


class GraphPage(QWidget):
    """The relationship graph of the open database."""

    open_record = Signal(str, int)
    edit_record = Signal(str, int)
    shown = Signal()  # a graph (or the year's step) is on screen

    def __init__(self, db: Database, repo: Repository, prefs: Prefs, runner: Runner,
                 parent=None):
        super().__init__(parent)
        self.setObjectName("graph_page")
        self.db, self.repo, self.prefs, self.runner = db, repo, prefs, runner
        self.data: GraphData | None = None
        self.view: GraphView | None = None
        self.ego: str | None = None
        self.busy = False
        self._cancel = threading.Event()
        self._progress = _Progress(self)
        self._progress.changed.connect(self._show_progress)
        self._build_controls()
        self._build_body()
        self._play_timer = QTimer(self)
        self._play_timer.setInterval(700)
        self._play_timer.timeout.connect(self._next_year)
        runner.failed.connect(self._failed)

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
            self._layout_changed)
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
            box.toggled.connect(self.refresh)
        self.depth_spin = QSpinBox(self)
        self.depth_spin.setRange(1, 2)
        self.depth_spin.setPrefix(self.tr("depth "))
        self.depth_spin.valueChanged.connect(lambda _v: self.ego and self.refresh())
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
        self.export_actions = {}
        for ext, what in EXPORTS:
            act = menu.addAction(self.tr(what) + "…")
            act.triggered.connect(lambda _c=False, e=ext: self.choose_export(e))
            self.export_actions[ext] = act
        self.export_button.setMenu(menu)

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
        }
        names = {"kind": self.tr("Kind"), "region": self.tr("Region"),
                 "country": self.tr("Country"), "sector": self.tr("Sector"),
                 "sdg": self.tr("SDG"), "agreement_type": self.tr("Agreement type"),
                 "status": self.tr("Status")}
        for key, items in choices.items():
            combo = self._combo(f"graph_filter_{key}", [(f"{names[key]}: {any_}", None),
                                                        *items], self.refresh)
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            self.filters[key] = combo

        self.year_box = QCheckBox(self.tr("As of year"), self)
        self.year_box.setObjectName("graph_year_on")
        self.year_box.setToolTip(self.tr("Only ties that existed in the chosen year"))
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
        self.key_view.horizontalHeader().setStretchLastSection(True)
        self.key_view.verticalHeader().setDefaultSectionSize(
            self.key_view.fontMetrics().height() + 6)
        self.key_view.clicked.connect(lambda i: self._pick(i.data(ID_ROLE)))
        self.key_view.doubleClicked.connect(lambda i: self._node_double_clicked(i.data(ID_ROLE)))
        self.risk_list = QListWidget(self)
        self.risk_list.setObjectName("graph_risks")
        self.risk_list.setWordWrap(True)
        self.risk_list.itemClicked.connect(lambda it: self._pick(it.data(ID_ROLE)))
        self.risk_title = QLabel(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("graph_summary")
        self.summary.setWordWrap(True)

        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        rank_row = QHBoxLayout()
        rank_row.addWidget(QLabel("<b>" + self.tr("Key partners") + "</b>", self))
        rank_row.addStretch(1)
        rank_row.addWidget(QLabel(self.tr("ranked by"), self))
        rank_row.addWidget(self.rank_combo)
        side_layout.addLayout(rank_row)
        side_layout.addWidget(self.key_view, 3)
        side_layout.addWidget(self.risk_title)
        side_layout.addWidget(self.risk_list, 2)
        side_layout.addWidget(self.summary)

        self.splitter = QSplitter(Qt.Horizontal, self)
        self.splitter.setObjectName("graph_splitter")
        self.splitter.addWidget(self.canvas)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 380])

        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.status = QLabel(self)
        self.status.setObjectName("graph_status")

        row1 = QHBoxLayout()
        for w in (QLabel(self.tr("Layout"), self), self.layout_combo,
                  QLabel(self.tr("Size"), self), self.size_combo,
                  QLabel(self.tr("Colour"), self), self.colour_combo, self.projects_box,
                  self.units_box, self.isolated_box):
            row1.addWidget(w)
        row1.addStretch(1)
        for w in (self.fit_button, self.reset_button, self.export_button, self.dpi_spin):
            row1.addWidget(w)
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

    # -- state -------------------------------------------------------------------------------------
    @property
    def lang(self) -> str:
        return self.prefs.language

    @property
    def ready(self) -> bool:
        return self.view is not None and not self.busy

    def current_filter(self) -> GraphFilter:
        values = {k: c.currentData() for k, c in self.filters.items()}
        year = self.year_slider.value() if self.year_box.isChecked() else None
        return GraphFilter(kind=values["kind"], region=values["region"],
                           country=values["country"], sector=values["sector"],
                           sdg=values["sdg"], agreement_type=values["agreement_type"],
                           status=values["status"], year=year,
                           projects=self.projects_box.isChecked(),
                           units=self.units_box.isChecked(),
                           isolated=self.isolated_box.isChecked())

    @property
    def layout_name(self) -> str:
        return str(self.layout_combo.currentData())

    def _view_key(self) -> str:
        return view_name(self.layout_name, self.ego, self.depth_spin.value())

    # -- loading and computing ---------------------------------------------------------------------
    def reload(self) -> None:
        """Read the data again (in the background) and redraw."""
        self._set_busy(True, self.tr("Reading the data…"))
        self.runner.run("graph-data", self.db, load_graph_data, self._data_loaded)

    def _data_loaded(self, data: GraphData) -> None:
        self.data = data
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

    def refresh(self) -> None:
        """Recompute the view for the current choices (layout and metrics off the GUI
        thread)."""
        if self.data is None:
            return
        data, f, layout = self.data, self.current_filter(), self.layout_name
        ego, depth = self.ego, self.depth_spin.value()
        saved = load_positions(self.db.conn, view_name(layout, ego, depth))
        self._cancel.set()  # a newer request makes the running one pointless
        self._cancel = cancel = threading.Event()
        progress = self._progress.changed.emit

        def work(_conn):
            try:
                return compute_view(data, f, layout=layout, ego=ego, depth=depth, saved=saved,
                                    progress=progress, cancelled=cancel.is_set)
            except Cancelled:
                return None
            except CoreError as exc:  # e.g. the focused node is filtered out
                return exc

        self._set_busy(True, self.tr("Laying out the graph…"))
        self.runner.run("graph-view", self.db, work, self._view_ready)

    def _view_ready(self, view: GraphView | CoreError | None) -> None:
        self._set_busy(False)
        if view is None:
            self.status.setText(self.tr("Cancelled."))
            return
        if isinstance(view, CoreError):
            self.status.setText(str(view))
            if self.ego is not None:  # the focused node is gone: show everything
                self.ego = None
                self.refresh()
            return
        self._show(view)

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
        if view.full.number_of_nodes() <= QUICK_YEAR_NODES:
            self._show(self._year_step(data, f, view))
            return
        self._set_busy(True, self.tr("Measuring the network…"))
        self.runner.run("graph-view", self.db, lambda _c: self._year_step(data, f, view),
                        self._view_ready)

    @staticmethod
    def _year_step(data: GraphData, f: GraphFilter, view: GraphView) -> GraphView:
        g = year_view(data, f, view.full)
        return replace(view, graph=g, metrics=compute_metrics(g), risks=risks(g))

    def _show_year(self) -> None:
        year = self.year_slider.value()
        shown = year + 543 if self.prefs.calendar == "buddhist" else year
        self.year_label.setText(str(shown) if self.year_box.isChecked() else "")

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
        self.focus_button.setEnabled(has and self.canvas.selected not in (None, self.ego))
        self.all_button.setEnabled(self.ego is not None)
        self.depth_spin.setEnabled(True)

    # -- showing -----------------------------------------------------------------------------------
    def _show(self, view: GraphView) -> None:
        same_frame = self.view is not None and self.view.full is view.full
        self.view = view
        g = view.graph
        if self.ego is None and view.ego is not None:
            self.ego = view.ego
        self._draw(keep_view=same_frame)
        self._fill_key_partners()
        self._fill_risks()
        m = view.metrics
        note = self.tr("exact") if m.betweenness_exact else \
            self.tr("approximate, %1 sampled sources").replace("%1", str(m.betweenness_samples))
        self.summary.setText(
            self.tr("%1 nodes, %2 links · components: %3 · communities: %4 (modularity %5) · "
                    "betweenness: %6")
            .replace("%1", f"{g.number_of_nodes():,}").replace("%2", f"{g.number_of_edges():,}")
            .replace("%3", str(m.components)).replace("%4", str(m.communities))
            .replace("%5", f"{m.modularity:.2f}").replace("%6", note))
        self.status.setText(self.tr("Click a node to open its record, double-click to edit it, "
                                    "drag to move it; hover for its ties."))
        self._update_buttons()
        self.shown.emit()

    def _spec(self) -> PictureSpec:
        view = self.view
        assert view is not None and self.data is not None
        home = self.data.home.label_th if self.lang == "th" else self.data.home.label_en
        title = self.tr("%1: international relations network").replace("%1", home)
        parts = []
        if self.year_box.isChecked():
            parts.append(self.tr("as of %1").replace("%1", self.year_label.text()))
        if view.ego is not None and view.ego in view.full:
            parts.append(self.tr("around %1").replace("%1", node_label(view.full, view.ego,
                                                                       self.lang)))
        for combo in self.filters.values():
            if combo.currentData() is not None:
                parts.append(combo.currentText())
        return PictureSpec(title=title, subtitle=" · ".join(parts),
                           size_by=str(self.size_combo.currentData()),
                           color_by=str(self.colour_combo.currentData()), lang=self.lang,
                           annotations=region_centres(view.graph, view.pos)
                           if view.layout == "region" else None)

    def _draw(self, keep_view: bool = False) -> None:
        view = self.view
        if view is None:
            return
        spec = self._spec()
        g = view.graph
        colours, legend = node_colours(g, spec.color_by, self.lang)
        self._show_legend(g, legend, spec)
        sizes = node_sizes(g, view.metrics.values(spec.size_by))
        self.canvas.show_graph(g, view.pos, sizes=sizes, colours=colours, lang=self.lang,
                               annotations=spec.annotations, keep_view=keep_view)

    def _show_legend(self, g: nx.Graph, legend: list[tuple[str, str]], spec: PictureSpec
                     ) -> None:
        assert self.view is not None
        ratio = self.devicePixelRatioF() or 1.0
        self.legend_figure = render_legend(g, legend, lang=self.lang, color_by=spec.color_by,
                                           size_note=size_note(spec, self.view.metrics),
                                           dpi=100 * ratio)
        self.legend_figure.patch.set_alpha(0.85)
        buffer = io.BytesIO()
        self.legend_figure.savefig(buffer, format="png", dpi=100 * ratio)
        pixmap = QPixmap()
        pixmap.loadFromData(buffer.getvalue(), "PNG")
        pixmap.setDevicePixelRatio(ratio)
        self.legend.setPixmap(pixmap)
        self.legend.adjustSize()
        self.legend.show()
        self.canvas.place_overlay()

    def _restyle(self) -> None:
        """Size or colour changed: redraw without recomputing anything."""
        self._draw(keep_view=True)
        if self.view is not None:
            self.shown.emit()

    def _layout_changed(self) -> None:
        self.refresh()

    def _fill_key_partners(self) -> None:
        if self.view is None:
            return
        by = str(self.rank_combo.currentData())
        self.key_model.set_rows(key_partners(self.view.graph, self.view.metrics, by,
                                             self.lang), self.lang)
        for col in range(1, self.key_model.columnCount()):
            self.key_view.resizeColumnToContents(col)
        self.key_view.setColumnWidth(0, min(200, max(120, self.key_view.sizeHintForColumn(0))))

    def risk_text(self, r: Risk) -> str:
        g = self.view.graph if self.view else nx.Graph()
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
        self.risk_list.clear()
        rs = self.view.risks if self.view else []
        self.risk_title.setText("<b>" + self.tr("Weak points") + f"</b> ({len(rs)})")
        for r in rs[:500]:
            item = QListWidgetItem(self.risk_text(r))
            item.setData(ID_ROLE, r.node)
            self.risk_list.addItem(item)

    # -- interaction -------------------------------------------------------------------------------
    def _record_of(self, node: str) -> tuple[str, int] | None:
        if self.view is None or node not in self.view.graph:
            return None
        d = self.view.graph.nodes[node]
        if d["entity"] not in ("partner", "project", "unit"):
            return None
        return str(d["entity"]), int(d["record_id"])

    def _pick(self, node: str | None) -> None:
        if node is None:
            return
        self.canvas.set_selected(node)
        self._node_clicked(node)

    def _node_clicked(self, node: str) -> None:
        self._update_buttons()
        record = self._record_of(node)
        if self.view is not None:
            self.status.setText(node_label(self.view.graph, node, self.lang))
        if record is not None:
            self.open_record.emit(*record)

    def _node_double_clicked(self, node: str | None) -> None:
        record = self._record_of(node) if node else None
        if record is not None:
            self.edit_record.emit(*record)

    def _node_moved(self, node: str, x: float, y: float) -> None:
        if self.view is None:
            return
        self.view.pos[node] = (x, y)
        try:
            save_positions(self.db, self.view.name, {node: (x, y)})
        except CoreError as exc:  # a read-only file: the position is kept until closing
            self.status.setText(str(exc))

    def select_node(self, node: str) -> None:
        self._pick(node)

    def focus_selected(self) -> None:
        node = self.canvas.selected
        if node is None:
            return
        self.ego = node
        self.refresh()

    def show_all(self) -> None:
        self.ego = None
        self.refresh()

    def reset_positions(self) -> None:
        try:
            forget_positions(self.db, self._view_key())
        except CoreError as exc:
            self.status.setText(str(exc))
        self.refresh()

    # -- export ------------------------------------------------------------------------------------
    def choose_export(self, ext: str) -> str | None:
        """Ask where to save, then export; return the path written."""
        if self.view is None:
            return None
        what = dict(EXPORTS)[ext]
        from .export_actions import default_folder

        stem = "bkk_relations" if self.db.is_server else Path(self.db.path).stem
        suggested = str(default_folder(self.db) / f"{stem}-graph{ext}")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the graph"), suggested,
                                              f"{self.tr(what)} (*{ext})")
        if not path:
            return None
        if not path.lower().endswith(ext):
            path += ext
        return self.export_to(path)

    def export_to(self, path: str, dpi: int | None = None) -> str | None:
        """Write the current view to ``path`` (format from the extension)."""
        view = self.view
        if view is None:
            return None
        QGuiApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            export_graph(path, view.graph, view.pos, view.metrics, self._spec(),
                         dpi=dpi or self.dpi_spin.value(), risks=view.risks)
        except (OSError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("Export failed"), str(exc))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.status.setText(self.tr("Saved %1").replace("%1", path))
        return path
