"""The interactive drawing of the relationship graph: a matplotlib canvas in Qt with pan
(drag the background), zoom (wheel), draggable nodes, a hover tooltip, click and double-click.

Why matplotlib rather than QGraphicsView: the exported pictures are drawn by the same code
(core.graph_export), and one scatter plus a line collection per tie type draws 1,000 nodes in
tens of milliseconds, while 20,000 QGraphicsItems take seconds just to create. Large graphs
stay responsive because panning moves a snapshot of the picture (redrawn once on release) and
only the largest nodes are named until the view is zoomed in. The legend is a picture beside
the canvas (core.graph_export.render_legend), so zooming never redraws it.
"""

from __future__ import annotations

import networkx as nx
import numpy as np
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QPoint, QPointF, QRect, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from ..core.graph.export import DrawnGraph, draw_graph, fit_view, short_label, top_nodes
from ..core.graph.layout import Positions
from ..core.graph.model import HOME, describe_ties, kind_label, node_label

LABELS_WHEN_ZOOMED = 60  # name every node in view when no more than this many are visible
SNAPSHOT_PAN_NODES = 2000  # above this, panning moves a snapshot instead of redrawing


class GraphCanvas(FigureCanvasQTAgg):
    node_clicked = Signal(str)
    node_double_clicked = Signal(str)
    node_moved = Signal(str, float, float)
    view_changed = Signal()

    def __init__(self, parent=None):
        self.figure = Figure(figsize=(8, 6))
        super().__init__(self.figure)
        self.setParent(parent)
        self.setObjectName("graph_canvas")
        self.setMouseTracking(True)
        self.setMinimumSize(360, 300)
        self.ax = self.figure.add_axes((0, 0, 1, 1))
        self.ax.set_axis_off()
        self.graph: nx.Graph | None = None
        self.drawn: DrawnGraph | None = None
        self.lang = "en"
        self.label_limit = 25
        self.labels: dict[str, str] = {}  # node -> name, painted by Qt over the picture
        self.selected: str | None = None
        self._ring = None
        self._press: dict | None = None
        self._hover: str | None = None
        self._snapshot = None
        self._shift = QPoint(0, 0)
        self.overlay: QWidget | None = None  # kept in the top right corner (the legend)
        for name, slot in (("button_press_event", self._on_press),
                           ("motion_notify_event", self._on_motion),
                           ("button_release_event", self._on_release),
                           ("scroll_event", self._on_scroll)):
            self.mpl_connect(name, slot)

    # -- drawing -------------------------------------------------------------------------------
    def show_graph(self, g: nx.Graph, pos: Positions, *, sizes: dict[str, float],
                   colours: dict[str, str], lang: str, annotations=None,
                   keep_view: bool = False) -> None:
        """Draw ``g``; ``keep_view`` keeps the current zoom (the year slider uses it)."""
        limits = (self.ax.get_xlim(), self.ax.get_ylim()) if keep_view and self.drawn else None
        self.graph, self.lang = g, lang
        self.ax.clear()
        self._ring = None
        self.drawn = draw_graph(self.ax, g, pos, sizes=sizes, colours=colours, lang=lang,
                                label_limit=0, annotations=annotations)
        self._incident = self._incident_segments()
        if limits is not None:
            self.ax.set_xlim(*limits[0])
            self.ax.set_ylim(*limits[1])
        self._relabel()
        if self.selected not in (g if g is not None else ()):
            self.selected = None
        self._draw_ring()
        self.draw_idle()

    def clear_graph(self, message: str = "") -> None:
        self.graph, self.drawn, self.selected = None, None, None
        self.ax.clear()
        self.ax.set_axis_off()
        if message:
            self.ax.text(0.5, 0.5, message, ha="center", va="center", color="gray",
                         transform=self.ax.transAxes)
        self.draw_idle()

    def _incident_segments(self) -> dict[str, list[tuple[str, int, int]]]:
        """node -> (tie type, segment index, which end), to move a dragged node's ties."""
        out: dict[str, list[tuple[str, int, int]]] = {}
        if self.drawn is None:
            return out
        nodes = self.drawn.nodes
        for tie, pairs in self.drawn.edge_nodes.items():
            for k, (i, j) in enumerate(pairs):
                out.setdefault(nodes[i], []).append((tie, k, 0))
                out.setdefault(nodes[j], []).append((tie, k, 1))
        return out

    def place_overlay(self) -> None:
        """Keep the overlay in the top right corner and the graph to its left."""
        if self.overlay is None or not self.overlay.isVisible():
            self.ax.set_position((0, 0, 1, 1))
            return
        self.overlay.move(max(0, self.width() - self.overlay.width() - 8), 8)
        free = 1 - min(0.5, (self.overlay.width() + 12) / max(1, self.width()))
        self.ax.set_position((0, 0, free, 1))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.place_overlay()

    def set_selected(self, node: str | None) -> None:
        self.selected = node if self.graph is not None and node in self.graph else None
        self._draw_ring()
        self.draw_idle()

    def _draw_ring(self) -> None:
        if self._ring is not None:
            self._ring.remove()
            self._ring = None
        if self.drawn is None or self.selected is None or self.selected not in self.drawn.index:
            return
        i = self.drawn.index[self.selected]
        x, y = self.drawn.xy[i]
        self._ring = self.ax.scatter([x], [y], s=[self.drawn.sizes[i] * 1.8 + 60],
                                     facecolors="none", edgecolors="#111111", linewidths=2,
                                     zorder=5)

    def fit(self) -> None:
        if self.drawn is None:
            return
        fit_view(self.ax, self.drawn.xy)
        self._relabel()
        self.draw_idle()
        self.view_changed.emit()

    def _relabel(self) -> None:
        """Name the largest nodes; when zoomed in so that few are in view, name them all."""
        d, g = self.drawn, self.graph
        if d is None or g is None:
            return
        (x0, x1), (y0, y1) = self.ax.get_xlim(), self.ax.get_ylim()
        within = (min(x0, x1), max(x0, x1), min(y0, y1), max(y0, y1))
        visible = top_nodes(d, LABELS_WHEN_ZOOMED + 1, within)
        wanted = visible if len(visible) <= LABELS_WHEN_ZOOMED else \
            top_nodes(d, self.label_limit, within)
        self.labels = {n: short_label(g, n, self.lang) for n in wanted}
        self.update()

    # -- hit testing ---------------------------------------------------------------------------
    def node_at(self, x: float, y: float) -> str | None:
        """The node under display point (x, y) (matplotlib pixels, origin bottom left)."""
        d = self.drawn
        if d is None or not len(d.nodes):
            return None
        screen = self.ax.transData.transform(d.xy)
        dist = np.hypot(screen[:, 0] - x, screen[:, 1] - y)
        radius = np.sqrt(d.sizes) / 2 * self.figure.dpi / 72 + 3
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

    def tooltip(self, node: str) -> str:
        g = self.graph
        assert g is not None
        d = g.nodes[node]
        name = node_label(g, node, self.lang)
        other = node_label(g, node, "en" if self.lang == "th" else "th")
        head = f"<b>{name}</b>" + (f"<br>{other}" if other and other != name else "")
        where = ", ".join(str(v) for v in (kind_label(str(d["kind"]), self.lang),
                                          d.get("country")) if v)
        ties = "<br>".join(describe_ties(g, node, self.lang))
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
                       "xlim": self.ax.get_xlim(), "ylim": self.ax.get_ylim()}
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
        self.draw_idle()

    def _pan_to(self, event) -> None:
        press = self._press
        assert press is not None
        (x0, x1), (y0, y1) = press["xlim"], press["ylim"]
        bbox = self.ax.bbox
        dx = (event.x - press["x"]) * (x1 - x0) / bbox.width
        dy = (event.y - press["y"]) * (y1 - y0) / bbox.height
        self.ax.set_xlim(x0 - dx, x1 - dx)
        self.ax.set_ylim(y0 - dy, y1 - dy)
        self._relabel()

    def _on_release(self, event) -> None:
        press, self._press = self._press, None
        if press is None:
            return
        if press["node"] is not None:
            if press["moved"]:
                x, y = self.drawn.xy[self.drawn.index[press["node"]]]
                self.node_moved.emit(press["node"], float(x), float(y))
            else:
                self.set_selected(press["node"])
                self.node_clicked.emit(press["node"])
            return
        if self._snapshot is not None:
            self._snapshot = None
            if press["moved"]:
                self._pan_to(event)
            self.draw_idle()
        if press["moved"]:
            self.view_changed.emit()

    def _on_scroll(self, event) -> None:
        if event.inaxes is not self.ax or event.xdata is None:
            return
        self.zoom(1 / 1.25 if event.step > 0 else 1.25, event.xdata, event.ydata)

    def zoom(self, factor: float, cx: float | None = None, cy: float | None = None) -> None:
        """Scale the view by ``factor`` (<1 zooms in) around (cx, cy), default the centre."""
        (x0, x1), (y0, y1) = self.ax.get_xlim(), self.ax.get_ylim()
        cx = (x0 + x1) / 2 if cx is None else cx
        cy = (y0 + y1) / 2 if cy is None else cy
        self.ax.set_xlim(cx + (x0 - cx) * factor, cx + (x1 - cx) * factor)
        self.ax.set_ylim(cy + (y0 - cy) * factor, cy + (y1 - cy) * factor)
        self._relabel()
        self.draw_idle()
        self.view_changed.emit()

    def _move_node(self, node: str, x: float, y: float) -> None:
        d = self.drawn
        assert d is not None
        i = d.index[node]
        d.xy[i] = (x, y)
        if d.nodes_artist is not None:
            d.nodes_artist.set_offsets(d.xy)
        for tie, k, end in self._incident.get(node, []):
            lc = d.edge_artists[tie]
            segs = lc.get_segments()
            segs[k][end] = (x, y)
            lc.set_segments(segs)
        if node == self.selected:
            self._draw_ring()
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

    def _graph_area(self) -> QRect:
        bbox = self.ax.bbox
        ratio = self.device_pixel_ratio or 1
        return QRect(round(bbox.x0 / ratio), round(self.height() - bbox.y1 / ratio),
                     round(bbox.width / ratio), round(bbox.height / ratio))

    def paintEvent(self, event) -> None:  # noqa: N802
        if self._snapshot is None:
            super().paintEvent(event)
            self._paint_labels()
            return
        # Panning a big graph: slide the last picture of the graph area (names included);
        # the real redraw comes on release.
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._snapshot)
        painter.setClipRect(self._graph_area())
        painter.fillRect(self._graph_area(), Qt.white)
        painter.drawPixmap(self._shift, self._snapshot)
        painter.end()

    def _paint_labels(self) -> None:
        """Names beside the nodes, drawn by Qt: matplotlib spends about 1 ms on each text
        every redraw, Qt a few microseconds, and Qt shapes Thai properly."""
        d = self.drawn
        if d is None or not self.labels:
            return
        nodes = [n for n in self.labels if n in d.index]
        idx = np.array([d.index[n] for n in nodes], dtype=int)
        ratio = self.device_pixel_ratio or 1
        screen = self.ax.transData.transform(d.xy[idx]) / ratio
        gap = np.sqrt(d.sizes[idx]) / 2 * self.figure.dpi / 72 / ratio + 2
        painter = QPainter(self)  # not clipped: a name may run into the legend's column
        painter.setRenderHint(QPainter.Antialiasing)
        base = QFont(self.font())
        base.setPointSizeF(8.0)
        bold = QFont(base)
        bold.setPointSizeF(9.5)
        bold.setBold(True)
        halo = QPen(QColor(255, 255, 255, 220), 2.5)
        ink = QColor("#222222")
        for node, (x, y), g in zip(nodes, screen, gap, strict=True):
            text = self.labels[node]
            painter.setFont(bold if node == HOME else base)
            origin = QPointF(x + g, self.height() - y - g * 0.3)
            path = QPainterPath()
            path.addText(origin, painter.font(), text)
            painter.strokePath(path, halo)
            painter.fillPath(path, ink)
        painter.end()
