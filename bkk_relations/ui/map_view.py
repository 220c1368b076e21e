"""The Map page: where the partners are, with an arc from the home city to each partner tied
to it, coloured by the kind of tie; the graph's filters (kind, region, sector, SDG, agreement
type, status) and the network as of a year; hover for a partner, click to open its record,
double-click to edit it; export as PNG, SVG or PDF, and printing.

Reading the register and building the map's arrays run off the GUI thread through the
session's operations; drawing is the canvas' (``map_canvas``).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QMarginsF,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSlider,
    QToolButton,
    QVBoxLayout,
)

from ..core import dates
from ..core.errors import CoreError
from ..core.graph.model import GraphFilter, tie_label
from ..core.places.map_data import MapData, MapSource, build_map, load_map_source
from ..core.places.regions import REGIONS
from ..core.records import vocab
from ..core.register import Register
from ..core.storage.database import Database
from . import labels
from .map_canvas import (
    INK,
    MapCanvas,
    MapScene,
    View,
    build_scene,
    paint_geometry,
    paint_labels,
    paint_legend,
)
from .prefs import Prefs
from .widgets import ShownPage

if TYPE_CHECKING:
    from .session import Session

# What each read of the page is called when it fails.
_WHAT = {
    "map-data": QT_TRANSLATE_NOOP("MapPage", "Reading the map"),
    "map-view": QT_TRANSLATE_NOOP("MapPage", "Drawing the map"),
}

EXPORTS = [(".png", QT_TRANSLATE_NOOP("MapPage", "PNG picture")),
           (".svg", QT_TRANSLATE_NOOP("MapPage", "SVG picture")),
           (".pdf", QT_TRANSLATE_NOOP("MapPage", "PDF document"))]
PNG_SCALE = 2.5  # an exported PNG has this many pixels for each pixel on screen


class MapPage(ShownPage):
    """The map of the open database's partners."""

    open_record = Signal(str, int)
    edit_record = Signal(str, int)
    shown = Signal()  # a map (for the current filters) is on the screen

    def __init__(self, session: Session, prefs: Prefs, parent=None):
        super().__init__(parent)
        self.setObjectName("map_page")
        self.session, self.prefs = session, prefs
        self.source: MapSource | None = None
        self.data: MapData | None = None
        self.scene: MapScene | None = None
        self.busy = False
        self.canvas = MapCanvas(self)
        self.canvas.partner_clicked.connect(lambda pid: self.open_record.emit("partner", pid))
        self.canvas.partner_double_clicked.connect(
            lambda pid: self.edit_record.emit("partner", pid))
        self.canvas.rendered.connect(self.shown)
        self._build_controls()

    @property
    def db(self) -> Database:
        return self.session.reg.db

    def _read(self, key: str, work: Callable[[Register], object],
              done: Callable[[Any], None]) -> None:
        """Run ``work(reg)`` on a connection of its own off the GUI thread; ``done(result)``
        gets the result unless a newer read of the same ``key`` was asked for since."""
        self.session.operations.read_for_page(
            key, QCoreApplication.translate("MapPage", _WHAT[key]), work, done, self._failed)

    @property
    def lang(self) -> str:
        return self.prefs.language

    # -- widgets ------------------------------------------------------------------------
    def _combo(self, name: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for text, value in items:
            combo.addItem(text, value)
        combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.currentIndexChanged.connect(self.refresh)
        return combo

    def _build_controls(self) -> None:
        lang = self.lang
        any_ = self.tr("any")
        choices = {
            "kind": (self.tr("Kind"), [(vocab.label(vocab.PARTNER_KINDS, k, lang), k)
                                       for k in vocab.PARTNER_KINDS]),
            "region": (self.tr("Region"), [(labels.region_label(r, lang), r)
                                           for r in REGIONS]),
            "sector": (self.tr("Sector"), [(vocab.label(vocab.SECTORS, s, lang), s)
                                           for s in vocab.SECTORS]),
            "sdg": (self.tr("SDG"), [(f"SDG {n}: {vocab.label(vocab.SDGS, n, lang)}", n)
                                     for n in vocab.SDGS]),
            "agreement_type": (self.tr("Agreement type"),
                               [(tie_label(t, lang), t) for t in vocab.AGREEMENT_TYPES]),
            "status": (self.tr("Status"),
                       [(vocab.label(vocab.AGREEMENT_STATUSES, s, lang), s)
                        for s in vocab.AGREEMENT_STATUSES]
                       + [(vocab.label(vocab.PROJECT_STATUSES, s, lang), s)
                          for s in vocab.PROJECT_STATUSES]),
        }
        self.filters: dict[str, QComboBox] = {}
        for key, (name, items) in choices.items():
            self.filters[key] = self._combo(f"map_filter_{key}",
                                            [(f"{name}: {any_}", None), *items])
        self.isolated_box = QCheckBox(self.tr("Partners without ties"), self)
        self.isolated_box.setObjectName("map_isolated")
        self.isolated_box.toggled.connect(self.refresh)
        self.year_box = QCheckBox(self.tr("As of year"), self)
        self.year_box.setObjectName("map_year_on")
        self.year_box.setToolTip(self.tr("Only ties that existed in the chosen year"))
        self.year_box.toggled.connect(self._year_toggled)
        self.year_slider = QSlider(Qt.Horizontal, self)
        self.year_slider.setObjectName("map_year")
        self.year_slider.setRange(1960, _dt.date.today().year)
        self.year_slider.setValue(_dt.date.today().year)
        self.year_slider.setEnabled(False)
        self.year_slider.valueChanged.connect(self._year_changed)
        self.year_label = QLabel(self)
        self.year_label.setMinimumWidth(44)
        self.fit_button = QPushButton(self.tr("Fit"), self)
        self.fit_button.setToolTip(self.tr("Show the whole world (pan: drag; zoom: mouse "
                                           "wheel)"))
        self.fit_button.clicked.connect(lambda: self.canvas.fit())
        self.export_button = QToolButton(self)
        self.export_button.setObjectName("map_export")
        self.export_button.setText(self.tr("Export"))
        self.export_button.setPopupMode(QToolButton.InstantPopup)
        menu = QMenu(self.export_button)
        for ext, what in EXPORTS:
            act = menu.addAction(self.tr(what) + "…")
            act.triggered.connect(lambda _c=False, e=ext: self.choose_export(e))
        self.export_button.setMenu(menu)
        self.status = QLabel(self)
        self.status.setObjectName("map_status")
        self.status.setWordWrap(True)

        row1 = QHBoxLayout()
        for combo in self.filters.values():
            row1.addWidget(combo, 1)
        row2 = QHBoxLayout()
        for w in (self.isolated_box, self.year_box):
            row2.addWidget(w)
        row2.addWidget(self.year_slider, 2)
        row2.addWidget(self.year_label)
        row2.addStretch(1)
        for w in (self.fit_button, self.export_button):
            row2.addWidget(w)
        layout = QVBoxLayout(self)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.status)
        self._show_year()

    # -- data ---------------------------------------------------------------------------
    def current_filter(self) -> GraphFilter:
        values = {k: c.currentData() for k, c in self.filters.items()}
        return GraphFilter(year=self.year_slider.value() if self.year_box.isChecked() else None,
                           isolated=self.isolated_box.isChecked(), **values)

    def reload(self) -> None:
        """Read the register again (off the GUI thread), then draw."""
        self._set_busy(True, self.tr("Reading the partners…"))
        self._read("map-data", load_map_source, self._source_ready)

    def _source_ready(self, source: MapSource) -> None:
        self.source = source
        years = source.graph.years
        if years:
            self.year_slider.blockSignals(True)
            self.year_slider.setRange(years[0], max(years[1], _dt.date.today().year))
            if not self.year_box.isChecked():
                self.year_slider.setValue(self.year_slider.maximum())
            self.year_slider.blockSignals(False)
            self._show_year()
        self.refresh()

    def refresh(self) -> None:
        """Build the map for the current filters (off the GUI thread)."""
        source = self.source
        if source is None:
            return
        f = self.current_filter()

        def work(_reg):
            data = build_map(source, f)
            return data, build_scene(data)

        self._set_busy(True, self.tr("Drawing the map…"))
        self._read("map-view", work, self._map_ready)

    def _map_ready(self, result: tuple[MapData, MapScene]) -> None:
        self._set_busy(False)
        self.data, self.scene = result
        self.canvas.show_scene(self.scene, self.lang)
        self.status.setText(self.summary())
        self.export_button.setEnabled(True)

    def summary(self) -> str:
        data = self.data
        if data is None:
            return ""
        text = self.tr("%1 partners on the map, %2 of them tied to the home city. Hollow "
                       "markers: %3 partners without coordinates, placed at the middle of "
                       "their country.").replace("%1", f"{len(data):,}") \
            .replace("%2", f"{sum(1 for t in data.tie if t):,}") \
            .replace("%3", f"{int(data.approximate.sum()):,}")
        if data.unplaced:
            names = ", ".join(data.unplaced[:5]) + ("…" if len(data.unplaced) > 5 else "")
            text += " " + self.tr("Not on the map (no coordinates and no country): %1 (%2)") \
                .replace("%1", f"{len(data.unplaced):,}").replace("%2", names)
        return text

    def _failed(self, message: str) -> None:
        if self.busy:
            self._set_busy(False)
            self.status.setText(message)

    def _set_busy(self, busy: bool, message: str = "") -> None:
        self.busy = busy
        if busy:
            self.status.setText(message)
        self.export_button.setEnabled(not busy and self.scene is not None)

    def _year_toggled(self, on: bool) -> None:
        self.year_slider.setEnabled(on)
        self._show_year()
        self.refresh()

    def _year_changed(self, _value: int) -> None:
        self._show_year()
        if self.year_box.isChecked():
            self.refresh()

    def _show_year(self) -> None:
        year = self.year_slider.value()
        shown = year + dates.BE_OFFSET if self.prefs.calendar == "buddhist" else year
        self.year_label.setText(str(shown) if self.year_box.isChecked() else "")

    # -- titles, export, printing ----------------------------------------------------------
    def title(self) -> str:
        home = ""
        if self.data is not None:
            en, th = self.data.home_name
            home = th if self.lang == "th" and th else en
        return self.tr("%1: partners around the world").replace("%1", home)

    def subtitle(self) -> str:
        parts = []
        if self.year_box.isChecked():
            parts.append(self.tr("as of %1").replace("%1", self.year_label.text()))
        for combo in self.filters.values():
            if combo.currentData() is not None:
                parts.append(combo.currentText())
        return " · ".join(parts)

    def footer(self) -> str:
        day = self.prefs.show_date(_dt.date.today().isoformat())
        return self.tr("Data as of %1 · Natural Earth 1:110m · bkk_relations").replace("%1", day)

    def paint_page(self, painter: QPainter, rect: QRectF, *, px: float,
                   as_path: bool = False) -> None:
        """The map as shown (the same part of the world), with title, legend, names and
        footer, filling ``rect`` (device units; ``px`` device units per screen pixel)."""
        scene = self.scene
        if scene is None:
            return
        font = QFont(self.font())
        title_font = QFont(font)
        title_font.setPointSizeF(15)
        title_font.setBold(True)
        small = QFont(font)
        small.setPointSizeF(8.5)
        painter.save()
        painter.translate(rect.topLeft())
        w, h = rect.width(), rect.height()
        top = _line(painter, self.title(), title_font, 0, as_path) + 4 * px
        sub = self.subtitle()
        if sub:
            top += _line(painter, sub, small, top, as_path) + 2 * px
        bottom = 22 * px
        area = QRectF(0, top + 6 * px, w, h - top - 6 * px - bottom)
        cw, ch = max(1, self.canvas.width()), max(1, self.canvas.height())
        shown = self.canvas.view
        scale = shown.scale * min(area.width() / cw, area.height() / ch)
        view = View(shown.cx, shown.cy, scale)
        painter.save()
        painter.translate(area.topLeft())
        painter.setClipRect(QRectF(0, 0, area.width(), area.height()))
        paint_geometry(painter, scene, view, area.width(), area.height(), px=px)
        label_font = QFont(font)
        label_font.setPointSizeF(7.5)
        paint_labels(painter, scene, view, area.width(), area.height(), language=self.lang,
                     font=label_font, px=px, as_path=as_path, limit=60)
        legend_font = QFont(font)
        legend_font.setPointSizeF(7.5)
        paint_legend(painter, scene, 6 * px, -(area.height() - 6 * px), language=self.lang,
                     font=legend_font, px=px, as_path=as_path)
        painter.restore()
        _line(painter, self.footer(), small, h - bottom + 4 * px, as_path,
              colour=QColor("#666666"))
        painter.restore()

    def choose_export(self, ext: str) -> str | None:
        if self.scene is None:
            return None
        from .export_actions import default_folder

        what = dict(EXPORTS)[ext]
        stem = "bkk_relations" if self.db.is_server else Path(self.db.path).stem
        suggested = str(default_folder(self.db) / f"{stem}-map{ext}")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the map"), suggested,
                                              f"{self.tr(what)} (*{ext})")
        if not path:
            return None
        if not path.lower().endswith(ext):
            path += ext
        return self.export_to(path)

    def export_to(self, path: str) -> str | None:
        """Write the map as shown to ``path`` (PNG, SVG or PDF, from the extension), in one
        piece."""
        from ..core import files

        if self.scene is None:
            return None
        ext = Path(path).suffix.lower()
        QGuiApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            with files.replacing(path) as tmp:
                if ext == ".png":
                    self._export_png(str(tmp))
                elif ext == ".svg":
                    self._export_svg(str(tmp))
                elif ext == ".pdf":
                    self._export_pdf(str(tmp))
                else:
                    raise ValueError(self.tr("Cannot write '%1'; use .png, .svg or .pdf.")
                                     .replace("%1", ext or path))
        except (OSError, ValueError, CoreError) as exc:
            QMessageBox.warning(self, self.tr("Export failed"), str(exc))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.status.setText(self.tr("Saved %1").replace("%1", path))
        return path

    def _page_size(self) -> QSize:
        return QSize(max(800, self.canvas.width()), max(450, self.canvas.height() + 90))

    def _export_png(self, path: str) -> None:
        size = self._page_size()
        image = QImage(round(size.width() * PNG_SCALE), round(size.height() * PNG_SCALE),
                       QImage.Format_ARGB32_Premultiplied)
        image.fill(QColor("white"))
        image.setDotsPerMeterX(round(96 * PNG_SCALE / 0.0254))
        image.setDotsPerMeterY(round(96 * PNG_SCALE / 0.0254))
        painter = QPainter(image)
        margin = 16 * PNG_SCALE
        self.paint_page(painter, QRectF(margin, margin, image.width() - 2 * margin,
                                        image.height() - 2 * margin), px=PNG_SCALE)
        painter.end()
        if not image.save(path, "PNG"):
            raise OSError(self.tr("The picture could not be written."))

    def _export_svg(self, path: str) -> None:
        from PySide6.QtSvg import QSvgGenerator

        size = self._page_size()
        svg = QSvgGenerator()
        svg.setFileName(path)
        svg.setSize(size)
        svg.setViewBox(QRectF(0, 0, size.width(), size.height()))
        svg.setResolution(96)
        svg.setTitle(self.title())
        svg.setDescription(self.footer())
        painter = QPainter(svg)
        # names as outlines: the file shows Thai the same in any viewer, fonts or not
        self.paint_page(painter, QRectF(12, 12, size.width() - 24, size.height() - 24),
                        px=1.0, as_path=True)
        painter.end()

    def _export_pdf(self, path: str) -> None:
        from PySide6.QtGui import QPdfWriter

        writer = QPdfWriter(path)
        writer.setResolution(300)
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Landscape,
                                         QMarginsF(10, 10, 10, 10), QPageLayout.Millimeter))
        writer.setTitle(self.title())
        writer.setCreator("bkk_relations")
        painter = QPainter(writer)
        self.print_page(painter, writer.pageLayout().paintRectPixels(writer.resolution()),
                        writer.resolution())
        painter.end()

    def print_page(self, painter: QPainter, page, resolution: int) -> None:
        """The map on one printed page (a PDF writer's or a printer's)."""
        rect = QRectF(0, 0, page.width(), page.height())
        self.paint_page(painter, rect, px=resolution / 96)


def _line(painter: QPainter, text: str, font: QFont, y: float, as_path: bool,
          colour: QColor = INK) -> float:
    """One line of text at the top-left of the page; returns its height."""
    from PySide6.QtGui import QFontMetricsF, QPainterPath

    m = QFontMetricsF(font, painter.device())
    baseline = y + m.ascent()
    if as_path:
        path = QPainterPath()
        path.addText(QPointF(0, baseline), font, text)
        painter.fillPath(path, colour)
    else:
        painter.setPen(colour)
        painter.setFont(font)
        painter.drawText(QPointF(0, baseline), text)
    return m.height()
