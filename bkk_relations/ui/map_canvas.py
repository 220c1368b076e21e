"""The map's drawing: Qt's painter over arrays made once per view (no per-partner objects),
for the screen, printing and the PNG/SVG/PDF exports alike.

A world of 20,000 partners and as many arcs is too much to paint from scratch at every
mouse move (a full paint rasterises millions of pixels). So the geometry — sea, land, arcs,
partners — is painted into an image: on a worker thread when the map is large, at once when
it is small. While the view moves, the last image is moved and scaled (a few milliseconds),
with the names painted crisp on top; once the view rests, a new image replaces it. Hover and
click find the partner under the mouse with numpy, never by looking at pixels.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import (
    QByteArray,
    QDataStream,
    QObject,
    QPointF,
    QRectF,
    QRunnable,
    QSize,
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
    QPolygonF,
    QTransform,
)
from PySide6.QtWidgets import QToolTip, QWidget

from ..core.graph.export import EDGE_STYLES, KIND_COLOURS
from ..core.graph.model import TIE_TYPES, kind_label, tie_label
from ..core.places import countries, world
from ..core.places.map_data import MapData

SEA = QColor("#e9f0f6")
PAPER = QColor("#ffffff")
LAND = QColor("#dcd9cf")
BORDER = QColor("#fbfbf8")
HOME_COLOUR = QColor(KIND_COLOURS["home"])
INK = QColor("#222222")
SYNC_LIMIT = 2000  # partners: below this the picture is painted on the GUI thread
LABEL_LIMIT = 40  # names painted at once (more when zoomed in)
MAX_ZOOM = 80.0
_WORLD = world.outline()
WORLD_RECT = QRectF(float(_WORLD[:, 0].min()), float(_WORLD[:, 1].min()),
                    float(np.ptp(_WORLD[:, 0])), float(np.ptp(_WORLD[:, 1])))


# -- arrays into Qt, without a loop ----------------------------------------------------------
def path_of(points: np.ndarray, starts: np.ndarray) -> QPainterPath:
    """A path of many polylines (``starts``: where each begins in ``points``), built through
    QPainterPath's own binary form: 500,000 points in a few milliseconds."""
    n = len(points)
    path = QPainterPath()
    if n == 0:
        return path
    rec = np.empty(n, dtype=[("t", ">i4"), ("x", ">f8"), ("y", ">f8")])
    rec["x"], rec["y"] = points[:, 0], points[:, 1]
    kinds = np.ones(n, dtype=">i4")  # LineToElement
    kinds[starts] = 0  # MoveToElement
    rec["t"] = kinds
    raw = np.array([n], ">i4").tobytes() + rec.tobytes() + np.array([0], ">i4").tobytes()
    stream = QDataStream(QByteArray(raw))
    stream >> path  # noqa: B015 - reads the path
    return path


def polygon_of(points: np.ndarray) -> QPolygonF:
    """A QPolygonF of (n, 2) points, through its binary form."""
    poly = QPolygonF()
    if len(points) == 0:
        return poly
    raw = np.array([len(points)], ">u4").tobytes() + \
        np.ascontiguousarray(points, dtype=">f8").tobytes()
    stream = QDataStream(QByteArray(raw))
    stream >> poly  # noqa: B015 - reads the polygon
    return poly


# -- what is drawn ------------------------------------------------------------------------
@dataclass
class MapScene:
    """One map view's drawing material, in projected coordinates."""

    data: MapData
    land: QPainterPath
    outline: QPainterPath
    graticule: QPainterPath
    arcs: list[tuple[str, bool, QPainterPath]]  # tie type, faded, path (weakest first)
    points: list[tuple[str, bool, QPolygonF]]  # kind, approximate, positions
    order: np.ndarray  # partners by importance, for naming
    ties: list[str]  # tie types present, strongest first (legend)


@dataclass(frozen=True)
class View:
    """Which part of the world is shown: its centre and pixels per projected unit."""

    cx: float
    cy: float
    scale: float

    def transform(self, width: float, height: float) -> QTransform:
        return QTransform().translate(width / 2, height / 2).scale(
            self.scale, -self.scale).translate(-self.cx, -self.cy)

    def to_screen(self, xy: np.ndarray, width: float, height: float) -> np.ndarray:
        out = np.empty_like(xy)
        out[:, 0] = (xy[:, 0] - self.cx) * self.scale + width / 2
        out[:, 1] = height / 2 - (xy[:, 1] - self.cy) * self.scale
        return out

    def to_world(self, x: float, y: float, width: float, height: float) -> tuple[float, float]:
        return ((x - width / 2) / self.scale + self.cx, self.cy - (y - height / 2) / self.scale)


def fit_view(width: float, height: float, margin: float = 0.03) -> View:
    r = WORLD_RECT
    scale = min(width / r.width(), height / r.height()) * (1 - 2 * margin)
    return View(r.center().x(), r.center().y(), max(scale, 1e-6))


def _graticule() -> QPainterPath:
    lines = []
    for lon in range(-150, 181, 30):
        lat = np.linspace(-90, 90, 61)
        x, y = world.project(np.full_like(lat, lon), lat)
        lines.append(np.column_stack([x, y]))
    for lat in range(-60, 61, 30):
        lon = np.linspace(-180, 180, 121)
        x, y = world.project(lon, np.full_like(lon, lat))
        lines.append(np.column_stack([x, y]))
    starts = np.cumsum([0] + [len(a) for a in lines[:-1]])
    return path_of(np.vstack(lines), np.asarray(starts))


_LAND: QPainterPath | None = None


def land_path() -> QPainterPath:
    """All countries' rings as one path (built once: ~10,000 points)."""
    global _LAND
    if _LAND is None:
        rings = [r for c in world.countries() for r in c.rings]
        starts = np.cumsum([0] + [len(r) for r in rings[:-1]])
        _LAND = path_of(np.vstack(rings), np.asarray(starts))
    return _LAND


def build_scene(data: MapData) -> MapScene:
    """The drawing material for ``data`` (may run on a worker thread)."""
    outline = path_of(_WORLD, np.array([0]))
    arcs = []
    tie_of_arc = np.array([data.tie[i] for i in data.arcs.owner], dtype=object) \
        if len(data.arcs.owner) else np.zeros(0, dtype=object)
    faded_arc = data.ended[data.arcs.owner] if len(data.arcs.owner) else np.zeros(0, bool)
    present = [t for t in TIE_TYPES if t in set(data.tie)] + sorted(
        {t for t in data.tie if t and t not in TIE_TYPES})
    for tie in reversed(present):  # weakest first: sister cities end on top
        for faded in (True, False):
            mask = (tie_of_arc == tie) & (faded_arc == faded)
            if mask.any():
                lines = data.arcs.subset(mask)
                arcs.append((tie, faded, path_of(lines.points, lines.starts)))
    points = []
    kinds = np.array(data.kind, dtype=object)
    for kind in ("organisation", "city"):
        for approximate in (True, False):
            mask = (kinds == kind) & (data.approximate == approximate)
            if mask.any():
                points.append((kind, approximate, polygon_of(data.xy[mask])))
    strength = np.array([TIE_TYPES.index(t) if t in TIE_TYPES else len(TIE_TYPES)
                         for t in data.tie], dtype=float)
    order = np.lexsort((strength, -data.ties)) if len(data) else np.zeros(0, dtype=int)
    return MapScene(data, land_path(), outline, _graticule(), arcs, points, order, present)


# -- painting -----------------------------------------------------------------------------
def _arc_alpha(n: int) -> float:
    return 0.85 if n <= 150 else 0.55 if n <= 1500 else 0.3 if n <= 8000 else 0.16


def paint_geometry(p: QPainter, scene: MapScene, view: View, width: float, height: float,
                   px: float = 1.0) -> None:
    """Sea, land, arcs, partners and the home city for ``view`` on a ``width`` × ``height``
    device (``px``: device pixels per screen pixel, for pens on print and big exports)."""
    p.save()
    p.setRenderHint(QPainter.Antialiasing, True)
    p.fillRect(QRectF(0, 0, width, height), PAPER)
    t = view.transform(width, height)
    p.setTransform(t, True)
    p.fillPath(scene.outline, SEA)
    grid = QPen(QColor(255, 255, 255, 170), 0.8 * px)
    grid.setCosmetic(True)
    p.strokePath(scene.graticule, grid)
    p.save()
    # Land only within the map's edge (Russia and Fiji reach past 180°). Clipping costs
    # little for the land and a great deal for thousands of arcs, which need none.
    p.setClipPath(scene.outline, Qt.IntersectClip)
    border = QPen(BORDER, 0.7 * px)
    border.setCosmetic(True)
    p.setPen(border)
    p.setBrush(LAND)
    p.drawPath(scene.land)
    p.restore()
    n = len(scene.data.arcs.starts)
    alpha = _arc_alpha(n)
    # A cosmetic pen of one pixel takes Qt's fast line drawing; a wider one goes through
    # its general stroker, twenty times slower: only a few arcs are drawn wider.
    width_ = (1.6 if n <= 200 else 1.0) * px
    for tie, faded, path in scene.arcs:
        colour = QColor(EDGE_STYLES.get(tie, ("#888888",))[0])
        colour.setAlphaF(alpha * (0.3 if faded else 1.0))
        pen = QPen(colour, width_)
        pen.setCosmetic(True)
        if faded:
            pen.setStyle(Qt.DashLine)
        p.strokePath(path, pen)
    size = (6.5 if len(scene.data) <= 500 else 4.5 if len(scene.data) <= 5000 else 3.2) * px
    for kind, approximate, poly in scene.points:
        colour = QColor(KIND_COLOURS.get(kind, "#777777"))
        pen = QPen(colour, size + (0.8 * px if approximate else 0))
        pen.setCosmetic(True)
        pen.setCapStyle(Qt.RoundCap)
        p.setPen(pen)
        p.drawPoints(poly)
        if approximate:  # a ring: the partner is at the middle of its country
            hole = QPen(SEA, size * 0.5)
            hole.setCosmetic(True)
            hole.setCapStyle(Qt.RoundCap)
            p.setPen(hole)
            p.drawPoints(poly)
    home = scene.data.home
    for colour, width_ in ((QColor("white"), 13.0), (HOME_COLOUR, 10.0)):
        pen = QPen(colour, width_ * px)
        pen.setCosmetic(True)
        pen.setCapStyle(Qt.RoundCap)
        p.setPen(pen)
        p.drawPoint(QPointF(home.x, home.y))
    p.restore()


def _text(p: QPainter, x: float, y: float, text: str, font: QFont, *,
          as_path: bool, colour: QColor = INK, halo: float = 2.6) -> None:
    """A name with a white halo, so it reads over lines and land. As outlines (for SVG) the
    halo is the outline's stroke; on screen and paper, the text drawn white around itself
    (a stroked text outline costs ten times more, at every frame)."""
    if as_path:
        path = QPainterPath()
        path.addText(QPointF(x, y), font, text)
        if halo:
            p.strokePath(path, QPen(QColor(255, 255, 255, 225), halo, Qt.SolidLine,
                                    Qt.RoundCap, Qt.RoundJoin))
        p.fillPath(path, colour)
        return
    p.setFont(font)
    if halo:
        p.setPen(QColor(255, 255, 255, 235))
        d = halo / 2.6
        for dx, dy in ((-d, 0), (d, 0), (0, -d), (0, d), (-d, -d), (d, d), (-d, d), (d, -d)):
            p.drawText(QPointF(x + dx, y + dy), text)
    p.setPen(colour)
    p.drawText(QPointF(x, y), text)


def paint_labels(p: QPainter, scene: MapScene, view: View, width: float, height: float, *,
                 language: str, font: QFont, px: float = 1.0, as_path: bool = False,
                 limit: int = LABEL_LIMIT) -> list[int]:
    """Names of the most important partners in view that do not overlap, and the home
    city's; returns which partners were named."""
    data = scene.data
    metrics = QFontMetricsF(font, p.device())
    bold = QFont(font)
    bold.setBold(True)
    bold.setPointSizeF(font.pointSizeF() * 1.1)
    taken: list[QRectF] = []
    home = view.to_screen(np.array([[data.home.x, data.home.y]]), width, height)[0]
    home_name = data.home_name[1] if language == "th" and data.home_name[1] else \
        data.home_name[0]
    hm = QFontMetricsF(bold, p.device())
    rect = QRectF(home[0] + 8 * px, home[1] - hm.ascent() - 2 * px,
                  hm.horizontalAdvance(home_name), hm.height())
    taken.append(rect.adjusted(-4, -2, 4, 2))
    _text(p, rect.left(), home[1] - 2 * px, home_name, bold, as_path=as_path,
          halo=2.6 * px)
    named: list[int] = []
    if not len(data):
        return named
    screen = view.to_screen(data.xy, width, height)
    inside = ((screen[:, 0] >= 0) & (screen[:, 0] <= width) & (screen[:, 1] >= 0)
              & (screen[:, 1] <= height))
    order = scene.order[inside[scene.order]][:limit * 6]
    if int(inside.sum()) <= limit:  # zoomed in: everyone in view may get a name
        order = scene.order[inside[scene.order]]
    for i in order:
        if len(named) >= limit:
            break
        name = data.name(int(i), language)
        if len(name) > 28:
            name = name[:27].rstrip() + "…"
        x, y = screen[i]
        r = QRectF(x + 5 * px, y - metrics.ascent() - 1 * px, metrics.horizontalAdvance(name),
                   metrics.height())
        if any(r.intersects(t) for t in taken):
            continue
        taken.append(r.adjusted(-3, -1, 3, 1))
        _text(p, r.left(), y - 1 * px, name, font, as_path=as_path, halo=2.4 * px)
        named.append(int(i))
    return named


def legend_entries(scene: MapScene, language: str) -> list[tuple[str, str, QColor]]:
    """(kind of swatch, text, colour): "line" for a tie type, "dot" or "ring" for a
    marker."""
    th = language == "th"
    out: list[tuple[str, str, QColor]] = [("home", kind_label("home", language), HOME_COLOUR)]
    kinds = set(scene.data.kind)
    for kind in ("city", "organisation"):
        if kind in kinds:
            out.append(("dot", kind_label(kind, language), QColor(KIND_COLOURS[kind])))
    if scene.data.approximate.any():
        out.append(("ring", "ไม่ทราบพิกัด: กึ่งกลางประเทศ" if th else
                    "No coordinates: middle of its country", QColor("#777777")))
    for tie in scene.ties:
        out.append(("line", tie_label(tie, language),
                    QColor(EDGE_STYLES.get(tie, ("#888888",))[0])))
    if scene.data.ended.any():
        out.append(("dash", "ความสัมพันธ์ที่สิ้นสุดแล้ว" if th else "Ended ties",
                    QColor("#999999")))
    return out


def paint_legend(p: QPainter, scene: MapScene, x: float, y: float, *, language: str,
                 font: QFont, px: float = 1.0, as_path: bool = False) -> QRectF:
    """The legend with its top-left corner at (x, y) (a negative ``y``: its bottom-left
    corner at -y); returns the box it took."""
    entries = legend_entries(scene, language)
    metrics = QFontMetricsF(font, p.device())
    line = metrics.height() * 1.25
    width = max((metrics.horizontalAdvance(t) for _, t, _ in entries), default=0) + 44 * px
    height = line * len(entries) + 10 * px
    if y < 0:  # measured from the bottom
        y = -y - height
    box = QRectF(x, y, width, height)
    p.save()
    p.setRenderHint(QPainter.Antialiasing, True)
    p.setPen(QPen(QColor(0, 0, 0, 40), 1 * px))
    p.setBrush(QColor(255, 255, 255, 230))
    p.drawRoundedRect(box, 5 * px, 5 * px)
    for k, (kind, text, colour) in enumerate(entries):
        cy = y + 5 * px + line * (k + 0.5)
        sx = x + 8 * px
        if kind in ("line", "dash"):
            pen = QPen(colour, 2.2 * px)
            if kind == "dash":
                pen.setStyle(Qt.DashLine)
            p.setPen(pen)
            p.drawLine(QPointF(sx, cy), QPointF(sx + 18 * px, cy))
        else:
            size = (10 if kind == "home" else 7) * px
            p.setPen(QPen(colour, 1.6 * px) if kind == "ring" else Qt.NoPen)
            p.setBrush(Qt.NoBrush if kind == "ring" else colour)
            p.drawEllipse(QPointF(sx + 9 * px, cy), size / 2, size / 2)
        _text(p, sx + 26 * px, cy + metrics.ascent() / 2 - 1 * px, text, font,
              as_path=as_path, halo=0)
    p.restore()
    return box


# -- the widget -----------------------------------------------------------------------------
class _Done(QObject):
    finished = Signal(int, QImage)


class _RenderJob(QRunnable):
    def __init__(self, generation: int, scene: MapScene, view: View, size: QSize,
                 ratio: float, done: _Done):
        super().__init__()
        self.generation, self.scene, self.view, self.size = generation, scene, view, size
        self.ratio, self.done = ratio, done

    def run(self) -> None:
        image = render_image(self.scene, self.view, self.size, self.ratio)
        try:
            self.done.finished.emit(self.generation, image)
        except RuntimeError:  # the window went away meanwhile
            pass


def render_image(scene: MapScene, view: View, size: QSize, ratio: float = 1.0) -> QImage:
    """The geometry of ``view`` as an image of ``size`` screen pixels (× ``ratio``)."""
    w, h = max(1, round(size.width() * ratio)), max(1, round(size.height() * ratio))
    image = QImage(w, h, QImage.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    scaled = View(view.cx, view.cy, view.scale * ratio)
    paint_geometry(painter, scene, scaled, w, h, px=ratio)
    painter.end()
    image.setDevicePixelRatio(ratio)
    return image


class MapCanvas(QWidget):
    """The interactive map: drag to pan, wheel to zoom, hover for a partner's name and ties,
    click to open its record, double-click to edit it."""

    partner_clicked = Signal(int)
    partner_double_clicked = Signal(int)
    rendered = Signal()  # a full picture of the current view is on screen
    view_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("map_canvas")
        self.setMouseTracking(True)
        self.setMinimumSize(360, 240)
        self.setFocusPolicy(Qt.StrongFocus)
        self.scene: MapScene | None = None
        self.language = "en"
        self.view = View(0.0, 0.0, 100.0)
        self._fitted = True  # follows the widget's size until the user pans or zooms
        self._image: QImage | None = None
        self._image_view: View | None = None
        self._image_size = QSize()
        self._generation = 0
        self._busy = False
        self._press: dict | None = None
        self._hover: int | None = None
        self.named: list[int] = []
        self._done = _Done(self)
        self._done.finished.connect(self._image_ready)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(140)
        self._settle.timeout.connect(self.render_now)

    # -- content ------------------------------------------------------------------------
    def show_scene(self, scene: MapScene, language: str, *, keep_view: bool = True) -> None:
        self.scene, self.language = scene, language
        if not keep_view:
            self.fit(quiet=True)
        self._hover = None
        self.render_now()

    def fit(self, quiet: bool = False) -> None:
        """Show the whole world (and keep showing it as the window is resized)."""
        self.view = fit_view(self.width(), self.height())
        self._fitted = True
        if not quiet:
            self._changed()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._fitted:
            self.view = fit_view(self.width(), self.height())
        self._changed()

    def zoom(self, factor: float, at: QPointF | None = None) -> None:
        """Zoom by ``factor`` (>1 in) keeping the point under ``at`` (default: the
        middle) in place."""
        w, h = self.width(), self.height()
        least = fit_view(w, h).scale
        scale = min(max(self.view.scale * factor, least), least * MAX_ZOOM)
        at = at or QPointF(w / 2, h / 2)
        wx, wy = self.view.to_world(at.x(), at.y(), w, h)
        cx = wx - (at.x() - w / 2) / scale
        cy = wy + (at.y() - h / 2) / scale
        self.view = View(cx, cy, scale)
        self._fitted = False
        self._changed()

    def pan(self, dx: float, dy: float) -> None:
        self.view = View(self.view.cx - dx / self.view.scale,
                         self.view.cy + dy / self.view.scale, self.view.scale)
        self._fitted = False
        self._changed()

    def _changed(self) -> None:
        self.update()
        self.view_changed.emit()
        self._settle.start()

    # -- the picture --------------------------------------------------------------------
    @property
    def current(self) -> bool:
        """Whether the picture on screen was painted for the current view."""
        return (self._image is not None and self._image_view == self.view
                and self._image_size == self.size())

    def render_now(self) -> None:
        """Paint the geometry for the current view: at once for a small map, on the
        worker thread for a large one (the moved old picture shows meanwhile)."""
        self._settle.stop()
        if self.scene is None or self.width() <= 0 or self.height() <= 0:
            return
        self._generation += 1
        ratio = self.devicePixelRatioF() or 1.0
        if len(self.scene.data) <= SYNC_LIMIT:
            self._set_image(render_image(self.scene, self.view, self.size(), ratio),
                            self.view, self.size())
            return
        self._busy = True
        self._pending = (self.view, QSize(self.size()))
        self._pool.start(_RenderJob(self._generation, self.scene, self.view,
                                    QSize(self.size()), ratio, self._done))

    def _image_ready(self, generation: int, image: QImage) -> None:
        if generation != self._generation:
            return  # the view moved on meanwhile; a newer picture is coming
        self._busy = False
        view, size = self._pending
        self._set_image(image, view, size)

    def _set_image(self, image: QImage, view: View, size: QSize) -> None:
        self._image, self._image_view, self._image_size = image, view, QSize(size)
        self.update()
        if self.current:
            self.rendered.emit()

    def wait(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)

    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        w, h = self.width(), self.height()
        p.fillRect(self.rect(), PAPER)
        if self._image is not None and self._image_view is not None:
            if self.current:
                p.drawImage(0, 0, self._image)
            else:  # the last picture, moved and scaled to where the view is now
                old, new = self._image_view, self.view
                k = new.scale / old.scale
                iw, ih = self._image_size.width(), self._image_size.height()
                t = QTransform().translate(w / 2, h / 2).scale(k, k).translate(
                    -iw / 2 + (old.cx - new.cx) * old.scale,
                    -ih / 2 - (old.cy - new.cy) * old.scale)
                p.setTransform(t)
                p.drawImage(0, 0, self._image)
                p.resetTransform()
        if self.scene is not None:
            font = QFont(self.font())
            font.setPointSizeF(8.5)
            self.named = paint_labels(p, self.scene, self.view, w, h, language=self.language,
                                      font=font)
            legend_font = QFont(self.font())
            legend_font.setPointSizeF(8.0)
            paint_legend(p, self.scene, 10, -(h - 10), language=self.language,
                         font=legend_font)
        p.end()

    # -- finding a partner -----------------------------------------------------------------
    def partner_at(self, x: float, y: float, radius: float = 7.0) -> int | None:
        """The index (into the map's data) of the partner nearest to (x, y), if within
        ``radius`` pixels."""
        if self.scene is None or not len(self.scene.data):
            return None
        screen = self.view.to_screen(self.scene.data.xy, self.width(), self.height())
        dist = np.hypot(screen[:, 0] - x, screen[:, 1] - y)
        i = int(np.argmin(dist))
        return i if dist[i] <= radius else None

    def point_of(self, index: int) -> QPointF:
        """Where partner ``index`` is on the widget (for tests and keyboard focus)."""
        assert self.scene is not None
        sx, sy = self.view.to_screen(self.scene.data.xy[index:index + 1], self.width(),
                                     self.height())[0]
        return QPointF(float(sx), float(sy))

    def tooltip(self, index: int) -> str:
        assert self.scene is not None
        data, lang = self.scene.data, self.language
        name = data.name(index, lang)
        other = data.name(index, "en" if lang == "th" else "th")
        lines = [f"<b>{_esc(name)}</b>"]
        if other and other != name:
            lines.append(_esc(other))
        where = ", ".join(x for x in (kind_label(data.kind[index], lang),
                                      countries.name(data.countries[index], lang)) if x)
        lines.append(f"<i>{_esc(where)}</i>")
        if data.tie[index]:
            tie = tie_label(data.tie[index], lang)
            ended = (" (สิ้นสุดแล้ว)" if lang == "th" else " (ended)") \
                if data.ended[index] else ""
            lines.append(_esc(tie + ended))
        if data.approximate[index]:
            lines.append(_esc("ตำแหน่งโดยประมาณ: กึ่งกลางประเทศ" if lang == "th" else
                              "Approximate: placed at the middle of its country"))
        return "<br>".join(lines)

    # -- mouse --------------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.LeftButton:
            pos = event.position()
            self._press = {"x": pos.x(), "y": pos.y(), "last": pos, "moved": False,
                           "hit": self.partner_at(pos.x(), pos.y())}

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        pos = event.position()
        press = self._press
        if press is None:
            self._hover_at(pos)
            return
        if abs(pos.x() - press["x"]) + abs(pos.y() - press["y"]) > 4:
            press["moved"] = True
        if press["moved"]:
            last = press["last"]
            self.pan(pos.x() - last.x(), pos.y() - last.y())
            press["last"] = pos

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        press, self._press = self._press, None
        if press is None or press["moved"] or press["hit"] is None or self.scene is None:
            return
        self.partner_clicked.emit(int(self.scene.data.ids[press["hit"]]))

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802
        pos = event.position()
        hit = self.partner_at(pos.x(), pos.y())
        if hit is not None and self.scene is not None:
            self.partner_double_clicked.emit(int(self.scene.data.ids[hit]))

    def wheelEvent(self, event) -> None:  # noqa: N802
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom(1.25 ** steps, event.position())

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key_Plus, Qt.Key_Equal):
            self.zoom(1.25)
        elif event.key() == Qt.Key_Minus:
            self.zoom(0.8)
        else:
            super().keyPressEvent(event)

    def _hover_at(self, pos: QPointF) -> None:
        hit = self.partner_at(pos.x(), pos.y())
        if hit == self._hover:
            return
        self._hover = hit
        if hit is None:
            QToolTip.hideText()
            self.unsetCursor()
        else:
            self.setCursor(Qt.PointingHandCursor)
            QToolTip.showText(QCursor.pos(), self.tooltip(hit), self)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
