"""Writing a document as PDF, without Word or LibreOffice: fpdf2 with the bundled Sarabun
font (embedded, so the file looks the same on every PC), HarfBuzz shaping for Thai vowel
and tone-mark placement, and lines broken only between words (``thai_text.wrap``): fpdf2's
own wrapping knows only spaces and would cut Thai words anywhere, so every text is wrapped
here and handed over line by line."""

from __future__ import annotations

import io
from pathlib import Path

from fpdf import FPDF, FontFace
from fpdf.enums import TableCellFillMode, VAlign
from fpdf.output import OutputProducer

from ...resources import resource
from .. import files
from . import thai_text
from .model import Document, Section, Table

FAMILY = "Sarabun"
A4_WIDTH = 210.0
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 25.0, 20.0, 18.0, 18.0
TEXT_WIDTH = A4_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
BODY, SMALL, TABLE_SIZE = 11.0, 9.0, 9.5
LINE = 1.6  # line height as a multiple of the font size: Thai stacks marks
PT = 25.4 / 72  # mm per point
CELL_PADDING = 1.2  # mm
TABLE_LINE = 0.9  # tables' lines a little closer than the text's
LABEL_WIDTH = 42.0  # the field labels' column
PICTURE_WIDTH = 125.0
INK, GREY, RULE = (25, 25, 25), (95, 95, 95), (170, 170, 170)
HEAD_FILL, NOTICE_FILL = (226, 233, 241), (255, 244, 206)


def font_files() -> dict[str, Path]:
    folder = resource("fonts", "document")
    return {"": folder / "Sarabun-Regular.ttf", "B": folder / "Sarabun-Bold.ttf",
            "I": folder / "Sarabun-Italic.ttf", "BI": folder / "Sarabun-BoldItalic.ttf"}


class _Pdf(FPDF):
    def __init__(self, doc: Document, pages: int | None):
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self.doc, self.total = doc, pages
        for style, path in font_files().items():
            self.add_font(FAMILY, style, str(path))
        self.set_text_shaping(True)
        self.set_margins(MARGIN_LEFT, MARGIN_TOP, MARGIN_RIGHT)
        self.set_auto_page_break(True, MARGIN_BOTTOM)
        self.set_title(doc.title)
        self.set_creator("bkk_relations")
        self.set_lang("th-TH" if doc.language == "th" else "en-GB")

    # -- lines of text ------------------------------------------------------------------------
    def use(self, size: float, style: str = "", colour: tuple[int, int, int] = INK) -> None:
        self.set_font(FAMILY, style, size)
        self.set_text_color(*colour)

    def lines(self, text: str, width: float) -> list[str]:
        return thai_text.wrap(text, width, self.get_string_width)

    def line_height(self) -> float:
        return self.font_size_pt * PT * LINE

    def para(self, text: str, *, size: float = BODY, style: str = "", indent: float = 0.0,
             colour: tuple[int, int, int] = INK, after: float = 1.2, link: str = "") -> None:
        self.use(size, style, colour)
        h = self.line_height()
        for line in self.lines(text, TEXT_WIDTH - indent):
            self.set_x(MARGIN_LEFT + indent)
            self.cell(TEXT_WIDTH - indent, h, line, new_x="LMARGIN", new_y="NEXT", link=link)
        self.ln(after)

    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.use(SMALL - 0.5, "", GREY)
        self.set_y(MARGIN_TOP - 9)
        self.cell(TEXT_WIDTH, 5, self.lines(self.doc.title, TEXT_WIDTH)[0], align="L")
        self.set_y(MARGIN_TOP)

    def footer(self) -> None:
        self.set_y(-MARGIN_BOTTOM + 6)
        self.set_draw_color(*RULE)
        self.line(MARGIN_LEFT, self.get_y(), A4_WIDTH - MARGIN_RIGHT, self.get_y())
        self.use(SMALL - 0.5, "", GREY)
        page = _page_words(self.doc.language, self.page_no(), self.total)
        width = self.get_string_width(page) + 2
        left = self.lines(self.doc.footer, TEXT_WIDTH - width - 4)[0]
        self.cell(TEXT_WIDTH - width, 6, left, align="L")
        self.cell(width, 6, page, align="R")

    # -- blocks -------------------------------------------------------------------------------
    def title_block(self) -> None:
        doc = self.doc
        self.para(doc.title, size=17, style="B", after=0.5)
        if doc.subtitle:
            self.para(doc.subtitle, size=12.5, colour=GREY, after=0.5)
        self.para(doc.prepared, size=SMALL, colour=GREY, after=1.5)
        self.set_draw_color(*RULE)
        self.line(MARGIN_LEFT, self.get_y(), A4_WIDTH - MARGIN_RIGHT, self.get_y())
        self.ln(2.5)
        if doc.notice:
            self.use(SMALL + 0.5, "B", (120, 70, 0))
            lines = self.lines(doc.notice, TEXT_WIDTH - 4)
            h = self.line_height()
            self.set_fill_color(*NOTICE_FILL)
            self.rect(MARGIN_LEFT, self.get_y(), TEXT_WIDTH, h * len(lines) + 2.4, style="F")
            self.ln(1.2)
            for line in lines:
                self.set_x(MARGIN_LEFT + 2)
                self.cell(TEXT_WIDTH - 4, h, line, new_x="LMARGIN", new_y="NEXT")
            self.set_fill_color(255, 255, 255)
            self.ln(3.5)

    def heading(self, section: Section, number: str) -> None:
        size = 13.0 if section.level == 1 else 11.5
        self.use(size, "B")
        need = self.line_height() * 2 + TABLE_SIZE * PT * LINE * 3  # kept with what follows
        if self.get_y() + need > self.page_break_trigger:
            self.add_page()
        self.ln(1.5)
        self.para(f"{number} {section.title}".strip(), size=size, style="B", after=0.8)

    def fields(self, fields: list[tuple[str, str]]) -> None:
        value_width = TEXT_WIDTH - LABEL_WIDTH
        for label, value in fields:
            self.use(BODY - 0.5, "B", GREY)
            label_lines = self.lines(label, LABEL_WIDTH - 2)
            self.use(BODY - 0.5)
            value_lines = self.lines(value, value_width)
            h = self.line_height()
            if self.get_y() + h * min(len(value_lines), 3) > self.page_break_trigger:
                self.add_page()
            top = self.get_y()
            self.use(BODY - 0.5, "B", GREY)
            for i, line in enumerate(label_lines):
                self.set_xy(MARGIN_LEFT, top + i * h)
                self.cell(LABEL_WIDTH - 2, h, line)
            self.use(BODY - 0.5)
            self.set_xy(MARGIN_LEFT + LABEL_WIDTH, top)
            for line in value_lines:
                if self.get_y() + h > self.page_break_trigger:
                    self.add_page()
                self.set_x(MARGIN_LEFT + LABEL_WIDTH)
                self.cell(value_width, h, line, new_x="LMARGIN", new_y="NEXT",
                          link=line if line.startswith(("http://", "https://")) else "")
            self.set_y(max(self.get_y(), top + h * len(label_lines)) + 0.6)
        self.ln(1.0)

    def table_block(self, table: Table) -> None:
        if not table.rows:
            self.para(table.empty, size=BODY - 0.5, style="I", colour=GREY)
            return
        total = sum(table.widths)
        widths = [TEXT_WIDTH * w / total for w in table.widths]
        self.use(TABLE_SIZE)
        h = self.line_height() * TABLE_LINE

        def wrapped(text: str, width: float, style: str = "") -> str:
            self.use(TABLE_SIZE, style)
            return "\n".join(self.lines(text, width - 2 * CELL_PADDING - 0.8))

        self.set_draw_color(*RULE)
        with self.table(col_widths=widths, width=TEXT_WIDTH, line_height=h,
                        text_align="LEFT", v_align=VAlign.T, padding=CELL_PADDING,
                        headings_style=FontFace(emphasis="BOLD", fill_color=HEAD_FILL),
                        cell_fill_mode=TableCellFillMode.NONE,
                        cell_fill_color=(255, 255, 255), repeat_headings=1,
                        first_row_as_headings=True) as t:
            head = t.row()
            for title, width in zip(table.columns, widths, strict=True):
                head.cell(wrapped(title, width, "B"))
            for row in table.rows:
                r = t.row()
                for text, width in zip(row, widths, strict=True):
                    r.cell(wrapped(text, width))
        self.ln(1.5)
        if table.more:
            self.para(table.more, size=SMALL, style="I", colour=GREY)

    def picture(self, png: bytes, caption: str) -> None:
        from PIL import Image

        with Image.open(io.BytesIO(png)) as img:
            ratio = img.height / img.width
        height = PICTURE_WIDTH * ratio
        if self.get_y() + height + 8 > self.page_break_trigger:
            self.add_page()
        self.image(io.BytesIO(png), x=MARGIN_LEFT, w=PICTURE_WIDTH, h=height)
        if caption:
            self.para(caption, size=SMALL, style="I", colour=GREY)

    def items(self, items: list[str]) -> None:
        for i, item in enumerate(items, start=1):
            self.use(SMALL)
            lines = self.lines(item, TEXT_WIDTH - 7)
            h = self.line_height()
            link = item if item.startswith(("http://", "https://")) else ""
            for j, line in enumerate(lines):
                self.set_x(MARGIN_LEFT)
                self.cell(7, h, f"{i}." if j == 0 else "")
                self.cell(TEXT_WIDTH - 7, h, line, new_x="LMARGIN", new_y="NEXT", link=link)
        self.ln(1.0)

    # -- the document -------------------------------------------------------------------------
    def render(self) -> None:
        self.add_page()
        self.title_block()
        numbers = [0, 0]
        for section in self.doc.sections:
            if section.level == 1:
                numbers = [numbers[0] + 1, 0]
                number = f"{numbers[0]}."
            else:
                numbers[1] += 1
                number = f"{numbers[0]}.{numbers[1]}" if numbers[0] else ""
            self.heading(section, number)
            if section.fields:
                self.fields(section.fields)
            for text in section.paragraphs:
                self.para(text, size=BODY - 0.5)
            if section.table is not None:
                self.table_block(section.table)
            if section.picture:
                self.picture(section.picture, section.caption)
            if section.items:
                self.items(section.items)


def _page_words(language: str, page: int, total: int | None) -> str:
    if total is None:
        return f"หน้า {page}" if language == "th" else f"Page {page}"
    return f"หน้า {page}/{total}" if language == "th" else f"Page {page} of {total}"


def render_pdf(doc: Document) -> bytes:
    """The document as PDF bytes. Laid out twice: the first pass counts the pages, so each
    page can say "Page 1 of 2" (fpdf2's page-count placeholder does not survive shaping)."""
    first = _Pdf(doc, None)
    first.render()
    final = _Pdf(doc, first.pages_count)
    final.render()
    return bytes(final.output(output_producer_class=_Producer))


class _NoText(int):
    """A character code that is written as no text at all (see ``_silent_glyphs``)."""

    def __format__(self, spec: str) -> str:
        return ""


class _Producer(OutputProducer):
    def bufferize(self) -> bytearray:
        _silent_glyphs(self.fpdf)  # every page, footers included, is drawn by now
        return super().bufferize()


def _silent_glyphs(pdf: FPDF) -> None:
    """HarfBuzz draws Thai SARA AM (ำ) as two glyphs (its ring above the tone mark, its
    vowel after it); fpdf2 gives the whole letter to the first and no text to the second,
    which then reads as a stray control character when text is copied or searched
    ("ทำ\x03งาน"). Map such glyphs to empty text in the PDF's ToUnicode table."""
    for font in pdf.fonts.values():
        subset = getattr(font, "subset", None)
        if subset is None:
            continue
        for glyph, _code in subset.items():
            if glyph is not None and glyph.unicode == ():
                glyph.unicode = (_NoText(0),)


def write_pdf(doc: Document, path: str | Path) -> Path:
    """Write the document to ``path`` in one piece (never over a database)."""
    data = render_pdf(doc)
    with files.replacing(path) as tmp:
        tmp.write_bytes(data)
    return Path(path)
