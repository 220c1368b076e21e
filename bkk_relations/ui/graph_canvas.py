"""The interactive drawing of the relationship graph: pan (drag the background), zoom (wheel),
Fit, draggable nodes, a hover tooltip, click and double-click.

Three layers, so a step of the wheel stays quick however big the graph:
- the ties, drawn by matplotlib (core.graph.draw.render_edges) into a picture of their own.
  A small graph's ties are drawn again at once after every move; a big graph's picture is
  stretched to the new view straight away and drawn afresh in a worker thread, which swaps
  it in when done (Agg draws without holding Python's lock, so the window keeps answering);
- the nodes, on the matplotlib canvas (one stamped marker per size class on big graphs);
- the names, placed by core.graph.labels so that none covers another name, a node or the
  legend, and painted by Qt (a few microseconds each, and Qt shapes Thai properly).
The legend is a picture in the top right corner, outside the plot (the graph is drawn to
its left), so zooming never redraws it and it never hides anything.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import networkx as nx
import numpy as np
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import (
    QObject,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QCursor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget

from ..core.graph.aggregate import is_group
from ..core.graph.draw import (
    DrawnGraph,
    EdgeSet,
    draw_graph,
    fit_limits,
    label_order,
    move_node,
    node_discs,
    render_edges,
    short_label,
    show_limits,
)
from ..core.graph.labels import LabelRequest, place_labels
from ..core.graph.layout import Annotation, Positions
from ..core.graph.model import HOME, describe_ties, kind_label, node_label
from ..core.places import countries

LABELS_WHEN_ZOOMED = 60  # name every node in view when no more than this many are visible
SNAPSHOT_PAN_NODES = 2000  # above this, panning moves a snapshot instead of redrawing
SYNC_EDGES = 4000  # up to this many ties, the ties are drawn again at once after a move
EDGE_DELAY_MS = 60  # a big graph's ties are drawn again this long after the last move
TEXT_PATHS_KEPT = 2000  # outlines of names kept for painting them again


@dataclass
class PaintedLabel:
    """A name as painted: its box in widget coordinates and, away from its node, a leader
    line from the node's edge."""

    node: str
    text: str
    rect: QRectF
    bold: bool = False
    leader: tuple[QPointF, QPointF] | None = None
    annotation: bool = False


class _EdgeSignals(QObject):
    done = Signal(int, object, object)  # job number, RGBA array, limits


class _EdgeJob(QRunnable):
    def __init__(self, number: int, edges: EdgeSet, limits, width: int, height: int,
                 dpi: float, signals: _EdgeSignals):
        super().__init__()
        self.args = (edges, limits, width, height, dpi)
        self.number, self.signals = number, signals

    def run(self) -> None:
        image = render_edges(*self.args)
        try:
            self.signals.done.emit(self.number, image, self.args[1])
        except RuntimeError:  # the canvas went away meanwhile
            pass


class GraphCanvas(FigureCanvasQTAgg):
    node_clicked = Signal(str)
    node_double_clicked = Signal(str)
    node_moved = Signal(str, float, float)
    view_changed = Signal()
    edges_drawn = Signal()  # the ties' picture matches the view again

    def __init__(self, parent=None):
        self.figure = Figure(figsize=(8, 6))
        self.figure.patch.set_alpha(0.0)
        super().__init__(self.figure)
        self.setParent(parent)
        self.setObjectName("graph_canvas")
        self.setMouseTracking(True)
        self.setMinimumSize(360, 300)
        self.ax = self.figure.add_axes((0, 0, 1, 1))
        self.ax.set_axis_off()
        self.ax.patch.set_alpha(0.0)
        self.graph: nx.Graph | None = None
        self.drawn: DrawnGraph | None = None
        self.lang = "en"
        self.calendar = "gregorian"
        self.label_limit = 40
        self.annotations: list[Annotation] = []
        self.labels: dict[str, str] = {}  # node -> name, as painted
        self.painted: list[PaintedLabel] = []
        self._text_paths: dict[tuple[str, str], QPainterPath] = {}
        self.left_out: list[str] = []
        self.selected: str | None = None
        self.fitted = True  # the view shows everything (a resize fits again)
        self._ring = None
        self._press: dict | None = None
        self._hover: str | None = None
        self._snapshot = None
        self._shift = QPoint(0, 0)
        self.overlay: QWidget | None = None  # kept in the top right corner (the legend)
        self._edges_image: QImage | None = None
        self._edges_limits: tuple[float, float, float, float] | None = None
        self._edge_jobs = itertools.count(1)
        self._edge_job = 0
        self._edge_signals = _EdgeSignals(self)
        self._edge_signals.done.connect(self._edges_ready)
        self._edge_pool = QThreadPool(self)
        self._edge_pool.setMaxThreadCount(1)
        self._edge_timer = QTimer(self)
        self._edge_timer.setSingleShot(True)
        self._edge_timer.setInterval(EDGE_DELAY_MS)
        self._edge_timer.timeout.connect(self._start_edge_job)
        for name, slot in (("button_press_event", self._on_press),
                           ("motion_notify_event", self._on_motion),
                           ("button_release_event", self._on_release),
                           ("scroll_event", self._on_scroll)):
            self.mpl_connect(name, slot)

    # -- drawing -------------------------------------------------------------------------------
    def show_graph(self, g: nx.Graph, pos: Positions, *, sizes: dict[str, float],
                   colours: dict[str, str], lang: str, annotations=None,
                   keep_view: bool = False, calendar: str = "gregorian",
                   limits: tuple[float, float, float, float] | None = None) -> None:
        """Draw ``g``; ``keep_view`` keeps the current zoom (the year slider uses it),
        ``limits`` (x0, x1, y0, y1) shows that part (a saved view), else everything."""
        old = self.limits() if keep_view and self.drawn else None
        self.graph, self.lang, self.calendar = g, lang, calendar
        self.annotations = list(annotations or [])
        self.ax.clear()
        self.ax.set_axis_off()
        self.ax.patch.set_alpha(0.0)
        self._ring = None
        self.drawn = draw_graph(self.ax, g, pos, sizes=sizes, colours=colours, lang=lang,
                                label_limit=0, edges=False, fit=False)
        self._edges_image, self._edges_limits = None, None
        if self.selected not in (g if g is not None else ()):
            self.selected = None
        self._draw_ring()
        if limits is not None:
            self.set_limits(*limits)
        elif old is not None and not self.fitted:
            self.set_limits(*old)
        else:
            self.fit()
            return
        self._after_view_change(emit=False)

    def place_overlay(self) -> None:
        """Keep the overlay in the top right corner and the graph to its left."""
        if self.overlay is None or not self.overlay.isVisible():
            self.ax.set_position((0, 0, 1, 1))
            return
        self.overlay.move(max(0, self.width() - self.overlay.width() - 8), 8)
        free = 1 - min(0.5, (self.overlay.width() + 12) / max(1, self.width()))
        self.ax.set_position((0, 0, free, 1))

    def resizeEvent(self, event) -> None:  # noqa: N802
        centre_scale = self._centre_scale()
        super().resizeEvent(event)
        self.place_overlay()
        if self.drawn is None:
            return
        if self.fitted or centre_scale is None:
            self.fit()
        else:  # the same place at the same scale, in a window of another shape
            (cx, cy), scale = centre_scale
            box = self.ax.bbox
            self.set_limits(cx - box.width / 2 / scale, cx + box.width / 2 / scale,
                            cy - box.height / 2 / scale, cy + box.height / 2 / scale)
            self._after_view_change(emit=False)

    def _centre_scale(self) -> tuple[tuple[float, float], float] | None:
        if self.drawn is None:
            return None
        x0, x1, y0, y1 = self.limits()
        width = self.ax.bbox.width
        if x1 <= x0 or width <= 0:
            return None
        return ((x0 + x1) / 2, (y0 + y1) / 2), width / (x1 - x0)

    def set_selected(self, node: str | None) -> None:
        self.selected = node if self.graph is not None and node in self.graph else None
        self._draw_ring()
        self._relabel()  # the ring is wider than its node: names keep clear of it
        self.draw_idle()

    def _draw_ring(self) -> None:
        if self._ring is not None:
            self._ring.remove()
            self._ring = None
        if self.drawn is None or self.selected is None or self.selected not in self.drawn.index:
            return
        i = self.drawn.index[self.selected]
        x, y = self.drawn.xy[i]
        self._ring = self.ax.scatter([x], [y], s=[self._ring_area(i)],
                                     facecolors="none", edgecolors="#111111", linewidths=2,
                                     zorder=5)

    def _ring_area(self, i: int) -> float:
        """The selection ring's marker area (points²) around drawn node ``i``."""
        assert self.drawn is not None
        return float(self.drawn.sizes[i]) * 1.8 + 60

    # -- the view ------------------------------------------------------------------------------
    def limits(self) -> tuple[float, float, float, float]:
        (x0, x1), (y0, y1) = self.ax.get_xlim(), self.ax.get_ylim()
        return float(x0), float(x1), float(y0), float(y1)

    def set_limits(self, x0: float, x1: float, y0: float, y1: float) -> None:
        """Show x0..x1, y0..y1, widened as needed so both axes keep one scale."""
        show_limits(self.ax, x0, x1, y0, y1)

    def fit(self) -> None:
        """Frame every node whole, with room for the names at the sides."""
        if self.drawn is None:
            return
        self.place_overlay()
        box = self.ax.bbox
        x0, x1, y0, y1 = fit_limits(self.drawn.xy, self.drawn.radii_px(self.figure.dpi),
                                    box.width, box.height, pad=max(10.0, 0.02 * box.width),
                                    side_pad=0.05 * box.width)
        self.ax.set_autoscale_on(False)
        self.ax.set_xlim(x0, x1)
        self.ax.set_ylim(y0, y1)
        self.fitted = True
        self._after_view_change()

    def zoom(self, factor: float, cx: float | None = None, cy: float | None = None) -> None:
        """Scale the view by ``factor`` (<1 zooms in) around (cx, cy), default the centre."""
        x0, x1, y0, y1 = self.limits()
        cx = (x0 + x1) / 2 if cx is None else cx
        cy = (y0 + y1) / 2 if cy is None else cy
        self.ax.set_xlim(cx + (x0 - cx) * factor, cx + (x1 - cx) * factor)
        self.ax.set_ylim(cy + (y0 - cy) * factor, cy + (y1 - cy) * factor)
        self.fitted = False
        self._after_view_change()

    def _after_view_change(self, emit: bool = True) -> None:
        self._relabel()
        self._update_edges()
        self.draw_idle()
        if emit:
            self.view_changed.emit()

    # -- the ties' layer -------------------------------------------------------------------
    def _edge_count(self) -> int:
        d = self.drawn
        return 0 if d is None or d.edges is None else sum(len(s) for s in d.edges.segments)

    def _update_edges(self) -> None:
        """Draw the ties for the current view: at once for a small graph, in a worker for a
        big one (meanwhile the last picture is stretched to the view)."""
        if self.drawn is None or self.drawn.edges is None:
            return
        if self._edge_count() <= SYNC_EDGES:
            self._edge_timer.stop()
            self._edge_job = next(self._edge_jobs)
            w, h, limits = self._edge_target()
            self._set_edges(render_edges(self.drawn.edges, limits, w, h, self.figure.dpi),
                            limits)
            return
        self._edge_timer.start()
        self.update()

    def _edge_target(self) -> tuple[int, int, tuple[float, float, float, float]]:
        box = self.ax.bbox
        return max(1, round(box.width)), max(1, round(box.height)), self.limits()

    def _start_edge_job(self) -> None:
        if self.drawn is None or self.drawn.edges is None:
            return
        edges = self.drawn.edges
        copy = EdgeSet(list(edges.types), [s.copy() for s in edges.segments],
                       list(edges.colours), list(edges.widths), list(edges.styles),
                       edges.pairs)
        w, h, limits = self._edge_target()
        self._edge_job = next(self._edge_jobs)
        self._edge_pool.start(_EdgeJob(self._edge_job, copy, limits, w, h, self.figure.dpi,
                                       self._edge_signals))

    def _edges_ready(self, number: int, image: np.ndarray, limits) -> None:
        if number != self._edge_job or self.drawn is None:
            return  # an older view's picture, or a graph no longer shown
        self._set_edges(image, limits)

    def _set_edges(self, rgba: np.ndarray, limits) -> None:
        h, w = rgba.shape[:2]
        self._edges_buffer = np.ascontiguousarray(rgba)
        self._edges_image = QImage(self._edges_buffer.data, w, h, 4 * w,
                                   QImage.Format_RGBA8888)
        self._edges_limits = tuple(limits)
        self.update()
        self.edges_drawn.emit()

    @property
    def edges_current(self) -> bool:
        """Whether the ties' picture was drawn for exactly the view shown."""
        return self._edges_limits is not None and np.allclose(self._edges_limits,
                                                              self.limits())

    def wait_for_edges(self, msecs: int = 30_000) -> bool:
        return self._edge_pool.waitForDone(msecs)

    # -- names ---------------------------------------------------------------------------------
    def _fonts(self) -> tuple[QFont, QFont]:
        base = QFont(self.font())
        base.setPointSizeF(8.0)
        bold = QFont(base)
        bold.setPointSizeF(9.5)
        bold.setBold(True)
        return base, bold

    def _relabel(self) -> None:
        """Place the names of the most important nodes in view (all of them when few are in
        view) and the annotations, none over another, a node or the legend."""
        d, g = self.drawn, self.graph
        self.painted, self.labels, self.left_out = [], {}, []
        if d is None or g is None or not len(d.nodes):
            self.update()
            return
        x0, x1, y0, y1 = self.limits()
        within = (min(x0, x1), max(x0, x1), min(y0, y1), max(y0, y1))
        visible = label_order(g, d, LABELS_WHEN_ZOOMED + 1, within)
        wanted = visible if len(visible) <= LABELS_WHEN_ZOOMED else \
            label_order(g, d, self.label_limit, within)
        ratio = self.device_pixel_ratio or 1
        base, bold = self._fonts()
        metrics = {False: QFontMetricsF(base), True: QFontMetricsF(bold)}
        discs = node_discs(self.ax, d)
        if self.selected is not None and self.selected in d.index:
            i = d.index[self.selected]  # its ring (2 points wide) takes room like a node
            discs[i, 2] = max(discs[i, 2], (np.sqrt(self._ring_area(i)) / 2 + 1)
                              * self.figure.dpi / 72)
        requests, texts = [], {}
        for node in wanted:
            text = short_label(g, node, self.lang)
            fm = metrics[node == HOME]
            i = d.index[node]
            requests.append(LabelRequest(node, float(discs[i, 0]), float(discs[i, 1]),
                                         float(discs[i, 2]),
                                         fm.horizontalAdvance(text) * ratio,
                                         (fm.ascent() + fm.descent()) * ratio, i))
            texts[node] = text
        fixed = []
        note_fm = QFontMetricsF(self._note_font())
        top = float(np.sqrt(d.sizes.max()) / 2 * self.figure.dpi / 72 + 4) if len(d.sizes) \
            else 4.0
        for k, a in enumerate(self.annotations):
            x, y = self.ax.transData.transform((a.x, a.y))
            h = (note_fm.ascent() + note_fm.descent()) * ratio
            fixed.append(LabelRequest(f"annotation:{k}", float(x), float(y),
                                      top if a.above else -h / 2,
                                      note_fm.horizontalAdvance(a.text(self.lang)) * ratio, h))
        box, inset = self.ax.bbox, 4 * ratio  # names keep clear of the canvas' edges
        placement = place_labels(requests, discs, (box.x0 + inset, box.y0 + inset,
                                                   box.x1 - inset, box.y1 - inset),
                                 fixed=fixed, gap=2.0 * ratio, margin=1.5 * ratio)
        to_widget = self._to_widget
        for a, b in zip(self.annotations, placement.fixed, strict=True):
            if b is not None:
                self.painted.append(PaintedLabel("", a.text(self.lang), to_widget(b),
                                                 annotation=True))
        for spot in placement.placed:
            leader = None
            if spot.leader is not None:
                sx, sy, ex, ey = spot.leader
                leader = (QPointF(sx / ratio, self.height() - sy / ratio),
                          QPointF(ex / ratio, self.height() - ey / ratio))
            self.painted.append(PaintedLabel(spot.node, texts[spot.node],
                                             to_widget(spot.box), spot.node == HOME, leader))
            self.labels[spot.node] = texts[spot.node]
        self.left_out = placement.left_out
        d.placement = placement
        self.update()

    def _to_widget(self, b: tuple[float, float, float, float]) -> QRectF:
        """A box in matplotlib's pixels (origin bottom left) as a widget rectangle."""
        ratio = self.device_pixel_ratio or 1
        return QRectF(b[0] / ratio, self.height() - b[3] / ratio, (b[2] - b[0]) / ratio,
                      (b[3] - b[1]) / ratio)

    def _note_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(9.0)
        font.setItalic(True)
        return font

    # -- hit testing ---------------------------------------------------------------------------
    def node_at(self, x: float, y: float) -> str | None:
        """The node under display point (x, y) (matplotlib pixels, origin bottom left)."""
        d = self.drawn
        if d is None or not len(d.nodes):
            return None
        screen = self.ax.transData.transform(d.xy)
        dist = np.hypot(screen[:, 0] - x, screen[:, 1] - y)
        radius = d.radii_px(self.figure.dpi) + 3
        hits = np.nonzero(dist <= radius)[0]
        if not len(hits):
            return None
        return d.nodes[int(hits[np.argmin(dist[hits])])]

    def widget_point(self, node: str) -> QPoint:
        """Where ``node`` is, in widget coordinates (for tests and keyboard focus)."""
        assert self.drawn is not None
        x, y = self.ax.transData.transform(self.drawn.xy[self.drawn.index[node]])
        ratio = self.device_pixel_ratio or 1
        return QPoint(round(x / ratio), round(self.height() - y / ratio))

    def node_rect(self, node: str) -> QRectF:
        """The square around a drawn node's marker, in widget coordinates."""
        assert self.drawn is not None
        i = self.drawn.index[node]
        ratio = self.device_pixel_ratio or 1
        x, y = self.ax.transData.transform(self.drawn.xy[i])
        r = float(self.drawn.radii_px(self.figure.dpi)[i])
        return self._to_widget((x - r, y - r, x + r, y + r)).adjusted(0, 0, 0, 0) \
            if ratio else QRectF()

    def plot_rect(self) -> QRectF:
        """The plot area (the graph's part of the canvas, left of the legend)."""
        box = self.ax.bbox
        return self._to_widget((box.x0, box.y0, box.x1, box.y1))

    def tooltip(self, node: str) -> str:
        g = self.graph
        assert g is not None
        d = g.nodes[node]
        name = node_label(g, node, self.lang)
        other = node_label(g, node, "en" if self.lang == "th" else "th")
        head = f"<b>{name}</b>" + (f"<br>{other}" if other and other != name else "")
        if is_group(node):
            where = f"{int(d.get('members', 0)):,} " + kind_label("group", self.lang)
        else:
            code = d.get("country")
            country = countries.name(str(code), self.lang) or code if code else None
            where = ", ".join(str(v) for v in (kind_label(str(d["kind"]), self.lang),
                                              country) if v)
        ties = "<br>".join(describe_ties(g, node, self.lang, calendar=self.calendar))
        return f"{head}<br><i>{where}</i><br>{ties}"

    # -- mouse ---------------------------------------------------------------------------------
    def _on_press(self, event) -> None:
        if event.inaxes is not self.ax or event.button != 1:
            return
        node = self.node_at(event.x, event.y)
        if event.dblclick:
            self._press = None
            if node is not None:
                self.node_double_clicked.emit(node)
            return
        self._press = {"node": node, "x": event.x, "y": event.y, "moved": False,
                       "limits": self.limits()}
        if node is None and self.drawn is not None \
                and len(self.drawn.nodes) > SNAPSHOT_PAN_NODES:
            self._snapshot = self.grab()
            self._shift = QPoint(0, 0)

    def _on_motion(self, event) -> None:
        press = self._press
        if press is None:
            self._hover_at(event)
            return
        if abs(event.x - press["x"]) + abs(event.y - press["y"]) > 4:
            press["moved"] = True
        if not press["moved"]:
            return
        if press["node"] is not None:
            if event.xdata is not None:
                self._move_node(press["node"], event.xdata, event.ydata)
            return
        if self._snapshot is not None:
            ratio = self.device_pixel_ratio or 1
            self._shift = QPoint(round((event.x - press["x"]) / ratio),
                                 round((press["y"] - event.y) / ratio))
            self.update()
            return
        self._pan_to(event)

    def _pan_to(self, event) -> None:
        press = self._press
        assert press is not None
        x0, x1, y0, y1 = press["limits"]
        bbox = self.ax.bbox
        dx = (event.x - press["x"]) * (x1 - x0) / bbox.width
        dy = (event.y - press["y"]) * (y1 - y0) / bbox.height
        self.ax.set_xlim(x0 - dx, x1 - dx)
        self.ax.set_ylim(y0 - dy, y1 - dy)
        self.fitted = False
        self._after_view_change(emit=False)

    def _on_release(self, event) -> None:
        press, self._press = self._press, None
        if press is None:
            return
        if press["node"] is not None:
            if press["moved"]:
                x, y = self.drawn.xy[self.drawn.index[press["node"]]]
                self._relabel()
                self.node_moved.emit(press["node"], float(x), float(y))
            else:
                self.set_selected(press["node"])
                self.node_clicked.emit(press["node"])
            return
        if self._snapshot is not None:
            self._snapshot = None
            if press["moved"]:
                self._pan_to(event)
            self.update()
        if press["moved"]:
            self.view_changed.emit()

    def _on_scroll(self, event) -> None:
        if event.inaxes is not self.ax or event.xdata is None:
            return
        self.zoom(1 / 1.25 if event.step > 0 else 1.25, event.xdata, event.ydata)

    def _move_node(self, node: str, x: float, y: float) -> None:
        d = self.drawn
        assert d is not None
        move_node(d, node, x, y)
        if node == self.selected:
            self._draw_ring()
        self._update_edges()
        self.draw_idle()

    def _hover_at(self, event) -> None:
        node = self.node_at(event.x, event.y) if event.inaxes is self.ax else None
        if node == self._hover:
            return
        self._hover = node
        if node is None:
            QToolTip.hideText()
            self.setCursor(Qt.ArrowCursor)
        else:
            self.setCursor(Qt.PointingHandCursor)
            QToolTip.showText(QCursor.pos(), self.tooltip(node), self)

    # -- painting ------------------------------------------------------------------------------
    def _graph_area(self) -> QRect:
        return self.plot_rect().toAlignedRect()

    def paintEvent(self, event) -> None:  # noqa: N802
        if self._snapshot is not None:
            # Panning a big graph: slide the last picture of the graph area (names
            # included); the real redraw comes on release.
            painter = QPainter(self)
            painter.drawPixmap(0, 0, self._snapshot)
            painter.setClipRect(self._graph_area())
            painter.fillRect(self._graph_area(), Qt.white)
            painter.drawPixmap(self._shift, self._snapshot)
            painter.end()
            return
        self._draw_idle()  # only does something if a draw is pending
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), Qt.white)
            self._paint_edges(painter)
            if hasattr(self, "renderer"):
                buf = np.asarray(self.buffer_rgba())
                image = QImage(buf.data, buf.shape[1], buf.shape[0], 4 * buf.shape[1],
                               QImage.Format_RGBA8888)
                image.setDevicePixelRatio(self.device_pixel_ratio or 1)
                painter.drawImage(QPoint(0, 0), image)
            self._paint_labels(painter)
        finally:
            painter.end()

    def _paint_edges(self, painter: QPainter) -> None:
        """The ties' picture, stretched from the view it was drawn for to the view shown."""
        if self._edges_image is None or self._edges_limits is None or self.drawn is None:
            return
        ex0, ex1, ey0, ey1 = self._edges_limits
        x0, x1, y0, y1 = self.limits()
        area = self.plot_rect()
        if x1 <= x0 or y1 <= y0:
            return
        sx = area.width() / (x1 - x0)
        sy = area.height() / (y1 - y0)
        target = QRectF(area.left() + (ex0 - x0) * sx, area.top() + (y1 - ey1) * sy,
                        (ex1 - ex0) * sx, (ey1 - ey0) * sy)
        painter.save()
        painter.setClipRect(area)
        painter.setRenderHint(QPainter.SmoothPixmapTransform, True)
        painter.drawImage(target, self._edges_image,
                          QRectF(0, 0, self._edges_image.width(), self._edges_image.height()))
        painter.restore()

    def _paint_labels(self, painter: QPainter) -> None:
        if not self.painted:
            return
        painter.setRenderHint(QPainter.Antialiasing)
        base, bold = self._fonts()
        note = self._note_font()
        halo = QPen(QColor(255, 255, 255, 220), 2.5)
        ink, grey = QColor("#222222"), QColor("#555555")
        # leaders dark on a white halo: a long one stays visible across a bundle of ties
        leaders = [label.leader for label in self.painted if label.leader is not None]
        for pen in (QPen(QColor(255, 255, 255, 220), 2.6), QPen(QColor("#555555"), 0.9)):
            painter.setPen(pen)
            for leader in leaders:
                painter.drawLine(*leader)
        ascent = {id(f): QFontMetricsF(f).ascent() for f in (base, bold, note)}
        for label in self.painted:
            font = note if label.annotation else bold if label.bold else base
            path = self._text_path(label.text, font).translated(
                label.rect.left(), label.rect.top() + ascent[id(font)])
            painter.strokePath(path, halo)
            painter.fillPath(path, grey if label.annotation else ink)

    def _text_path(self, text: str, font: QFont) -> QPainterPath:
        """The outline of ``text`` in ``font`` at the origin, kept: a zoom step paints
        mostly the names of the step before, and outlining text is the slow part."""
        key = (text, font.key())
        path = self._text_paths.get(key)
        if path is None:
            if len(self._text_paths) > TEXT_PATHS_KEPT:
                self._text_paths.clear()
            path = self._text_paths[key] = QPainterPath()
            path.addText(QPointF(0, 0), font, text)
        return path
