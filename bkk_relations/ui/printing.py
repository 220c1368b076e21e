"""Printing (File → Print…, Print preview…): a record's details, the briefing, the graph,
the map and the current list, each as a *printout* that paints itself on a QPrinter page by
page — the same code for the printer, the preview and a PDF printer.

Text printouts are laid out by a QTextDocument, which never cuts a line across pages and
repeats a table's header row on every page; Thai words are separated by zero-width spaces
(``core.documents.thai_text``) so lines break only between words. The list is printed as
the report rules say: A4 landscape, a title line with the home city, the list's name and the
date in the chosen calendar, a note of the filters, the column headings on every page and
"page N of M" at the foot.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import html
import math
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter

from ..core import dates
from ..core.documents.html import PICTURE_URL, STYLE, document_html
from ..core.documents.model import Document
from ..core.documents.thai_text import with_break_hints
from ..core.records.models import SPECS
from ..core.views.lists import table_rows
from ..resources import resource
from . import labels

if TYPE_CHECKING:
    from .graph_view import GraphPage
    from .list_page import ListPage
    from .map_view import MapPage

MAX_LIST_ROWS = 3000  # about a hundred pages; more is a job for the Excel export
MARGINS_MM = (15.0, 12.0, 15.0, 12.0)  # left, top, right, bottom
DOCUMENT_FAMILY = "Sarabun"
_document_fonts: list[str] | None = None


class TooLong(Exception):
    """A printout that would run to hundreds of pages; the message says what to do."""


class Printout(Protocol):
    title: str
    landscape: bool

    def render(self, printer: QPrinter) -> int:
        """Paint every page on ``printer``; return the number of pages."""
        ...


def document_font() -> str:
    """The briefing's font (Sarabun, bundled) made known to Qt, once; its family name, or
    the app's font when it cannot be loaded."""
    global _document_fonts
    if _document_fonts is None:
        _document_fonts = []
        for file in sorted(resource("fonts", "document").glob("*.ttf")):
            font_id = QFontDatabase.addApplicationFont(str(file))
            if font_id >= 0:
                _document_fonts += QFontDatabase.applicationFontFamilies(font_id)
    return DOCUMENT_FAMILY if DOCUMENT_FAMILY in _document_fonts else ""


def setup_printer(printer: QPrinter, printout: Printout) -> None:
    left, top, right, bottom = MARGINS_MM
    printer.setPageLayout(QPageLayout(
        QPageSize(QPageSize.A4),
        QPageLayout.Landscape if printout.landscape else QPageLayout.Portrait,
        QMarginsF(left, top, right, bottom), QPageLayout.Millimeter))
    printer.setDocName(printout.title)


def _page_rect(printer: QPrinter) -> QRectF:
    r = printer.pageLayout().paintRectPixels(printer.resolution())
    return QRectF(0, 0, r.width(), r.height())


def _footer(painter: QPainter, rect: QRectF, left: str, page: int, pages: int,
            font: QFont, language: str) -> None:
    painter.save()
    painter.setFont(font)
    painter.setPen(QColor("#666666"))
    m = QFontMetricsF(font, painter.device())
    y = rect.bottom() - m.descent()
    right = f"หน้า {page}/{pages}" if language == "th" else f"Page {page} of {pages}"
    painter.drawText(QRectF(rect.left(), y - m.ascent(), rect.width(), m.height()),
                     Qt.AlignRight | Qt.AlignTop, right)
    room = rect.width() - m.horizontalAdvance(right) - m.averageCharWidth() * 4
    painter.drawText(QRectF(rect.left(), y - m.ascent(), room, m.height()),
                     Qt.AlignLeft | Qt.AlignTop, m.elidedText(left, Qt.ElideRight, room))
    painter.restore()


# -- text printouts ---------------------------------------------------------------------------
class TextPrintout:
    """HTML laid out in pages, with a footer on each: ``footer`` and "page N of M"."""

    def __init__(self, title: str, body_html: str, *, footer: str, landscape: bool = False,
                 language: str = "en", family: str = "", point_size: float = 9.5,
                 images: dict[str, QImage] | None = None, style: str = ""):
        self.title, self.body, self.footer, self.landscape = title, body_html, footer, landscape
        self.language, self.family, self.point_size = language, family, point_size
        self.images, self.style = images or {}, style

    def document(self, printer: QPrinter) -> QTextDocument:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(printer)
        font = QFont(self.family) if self.family else QFont()
        font.setPointSizeF(self.point_size)
        # no "fi"/"fl" ligatures: a PDF printed from here keeps words searchable
        font.setFeature(QFont.Tag("liga"), 0)
        doc.setDefaultFont(font)
        doc.setDefaultStyleSheet(self.style)
        for name, image in self.images.items():
            doc.addResource(QTextDocument.ImageResource, QUrl(name), image)
        doc.setHtml(with_break_hints(self.body))
        return doc

    def render(self, printer: QPrinter) -> int:
        setup_printer(printer, self)
        rect = _page_rect(printer)
        small = QFont(self.family) if self.family else QFont()
        small.setPointSizeF(7.5)
        footer_h = QFontMetricsF(small, printer).height() * 2
        doc = self.document(printer)
        body = QSizeF(rect.width(), rect.height() - footer_h)
        doc.setPageSize(body)  # the layout now breaks pages and repeats table headers
        keep_headings_with_next(doc, body.height())
        pages = max(1, doc.pageCount())
        painter = QPainter(printer)
        try:
            for page in range(pages):
                if page:
                    printer.newPage()
                painter.save()
                painter.translate(0, -page * body.height())
                clip = QRectF(0, page * body.height(), body.width(), body.height())
                doc.drawContents(painter, clip)
                painter.restore()
                _footer(painter, rect, self.footer, page + 1, pages, small, self.language)
        finally:
            painter.end()
        return pages


def keep_headings_with_next(doc: QTextDocument, page_height: float) -> None:
    """A heading that would end a page, with what it heads on the next one, starts that
    page instead (Qt's layout has no "keep with next")."""
    from PySide6.QtGui import QTextBlockFormat, QTextCursor

    layout = doc.documentLayout()
    for _ in range(20):  # each move may push a later heading down; a few rounds settle it
        moved = False
        block = doc.begin()
        while block.isValid():
            following = block.next()
            if block.blockFormat().headingLevel() and following.isValid() and \
                    block.blockFormat().pageBreakPolicy() == QTextBlockFormat.PageBreak_Auto:
                here = layout.blockBoundingRect(block).top() // page_height
                there = layout.blockBoundingRect(following).bottom() // page_height
                if there > here:
                    fmt = block.blockFormat()
                    fmt.setPageBreakPolicy(QTextBlockFormat.PageBreak_AlwaysBefore)
                    QTextCursor(block).setBlockFormat(fmt)
                    moved = True
                    break
            block = following
        if not moved:
            return


def _today(calendar: str, style: str = "numeric") -> str:
    """Today in the user's calendar and date style (29 พ.ย. 2569 in the Thai interface)."""
    return dates.format_date(_dt.date.today().isoformat(), calendar, style)


def briefing_printout(doc: Document) -> TextPrintout:
    """The briefing, in its own font (Sarabun, as the PDF)."""
    images = {}
    for s in doc.sections:
        if s.picture:
            image = QImage()
            image.loadFromData(s.picture, "PNG")
            images[PICTURE_URL.format(key=s.key)] = image
    return TextPrintout(doc.title, document_html(doc), footer=doc.footer,
                        language=doc.language, family=document_font(), point_size=10.5,
                        images=images, style=STYLE)


def details_printout(page: ListPage, record_id: int, *, home: str, language: str,
                     calendar: str) -> TextPrintout:
    """The details pane of one record, as shown."""
    body = page.details_html(record_id)
    record = page.reg.records.get(SPECS[page.entity].cls, record_id)
    what = labels.entity_name(page.entity)
    title = f"{what}: {record.label}"
    footer = f"{home} · {title} · {_today(calendar, page.prefs.date_style)}"
    return TextPrintout(title, body, footer=footer, language=language)


def list_printout(page: ListPage, *, home: str, language: str, calendar: str
                  ) -> TextPrintout:
    """The list as shown: its filter and sort order, the visible columns in their order."""
    model, view = page.model, page.view
    header = view.horizontalHeader()
    columns = [model.columns[header.logicalIndex(v)] for v in range(header.count())
               if not view.isColumnHidden(header.logicalIndex(v))]
    total = model.total
    if total > MAX_LIST_ROWS:
        raise TooLong(QCoreApplication.translate(
            "Printing",
            "This list has %1 rows, about %2 pages. Narrow it with the filters, or export it "
            "to Excel (File → Export this list…) and print from there.")
            .replace("%1", f"{total:,}").replace("%2", f"{math.ceil(total / 30):,}"))
    query = dataclasses.replace(model.query, limit=None, offset=0)
    rows = (table_rows(page.reg, SPECS[page.entity].cls, query, page.prefs.language)
            if total else [])
    name = labels.entity_name(page.entity, plural=True)
    when = _today(calendar, page.prefs.date_style)
    filters = filter_note(page)
    esc = html.escape
    head = "".join(f"<th>{esc(labels.column_title(c.title))}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{esc(model.display(c, r.get(c.key)))}</td>" for c in columns)
        + "</tr>" for r in rows)
    shown = QCoreApplication.translate("Printing", "%1 of %2 records") \
        .replace("%1", f"{total:,}").replace("%2", f"{page.total_records:,}")
    note = " · ".join(x for x in (filters, shown) if x)
    html_ = (f"<p style='font-size:12pt'><b>{esc(home)} — {esc(name)}</b> "
             f"<span style='color:#555555'>{esc(when)}</span></p>"
             f"<p style='color:#555555'>{esc(note)}</p>"
             "<table width='100%' cellspacing='0' cellpadding='3' "
             "style='border-collapse:collapse'>"
             f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
    style = ("th { background-color:#dde7f0; border:1px solid #999999; text-align:left; } "
             "td { border:1px solid #bbbbbb; }")
    return TextPrintout(f"{home} — {name}", html_, footer=f"{home} · {name} · {when}",
                        landscape=True, language=language, point_size=8.0, style=style)


def filter_note(page: ListPage) -> str:
    """The filters in force on a list, as words ("" when none)."""
    parts = []
    text = page.quick.text().strip()
    if text:
        parts.append(f"“{text}”")
    for combo in page.combos.values():
        if combo.currentIndex() > 0:
            parts.append(combo.currentText())
    years = [box.value() for box in (page.year_from, page.year_to) if box is not None]
    if any(years):
        parts.append("–".join(str(y) if y else "…" for y in years))
    if not parts:
        return ""
    return QCoreApplication.translate("Printing", "Filters: %1").replace("%1", ", ".join(parts))


# -- pictures -----------------------------------------------------------------------------------
class GraphPrintout:
    """The graph as shown on the Graph page (its title, legend and date included), drawn by
    the graph's own export on one landscape page."""

    landscape = True

    def __init__(self, page: GraphPage, dpi: int = 200):
        self.page, self.dpi = page, dpi
        self.title = QCoreApplication.translate("Printing", "Relationship graph")

    def render(self, printer: QPrinter) -> int:
        setup_printer(printer, self)
        with tempfile.TemporaryDirectory(prefix="bkk-print-") as folder:
            path = str(Path(folder) / "graph.png")
            status = self.page.status.text()
            written = self.page.export_to(path, dpi=self.dpi)
            self.page.status.setText(status)  # the temporary file is no news to the user
            image = QImage(path) if written else QImage()
        painter = QPainter(printer)
        try:
            if not image.isNull():
                rect = _page_rect(printer)
                size = image.size().scaled(rect.size().toSize(), Qt.KeepAspectRatio)
                painter.setRenderHint(QPainter.SmoothPixmapTransform)
                painter.drawImage(QRectF(0, 0, size.width(), size.height()), image)
        finally:
            painter.end()
        return 1


class MapPrintout:
    """The map as shown, on one landscape page."""

    landscape = True

    def __init__(self, page: MapPage):
        self.page = page
        self.title = page.title()

    def render(self, printer: QPrinter) -> int:
        setup_printer(printer, self)
        painter = QPainter(printer)
        try:
            self.page.print_page(painter, _page_rect(printer), printer.resolution())
        finally:
            painter.end()
        return 1


def print_to_pdf(printout: Printout, path: str) -> int:
    """Print ``printout`` into a PDF file (what the print dialog's "Save as PDF" does)."""
    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(path)
    return printout.render(printer)
