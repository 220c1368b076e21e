"""Writing a document as Word (.docx), the format the office edits and circulates: python-docx
on the template in resources/documents/ (its styles give the look, so the office can restyle
briefings in Word), Thai marked as Thai so Word breaks lines between words with its own
dictionary."""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

from ...resources import resource
from .. import files
from .model import Document, Section, Table

TEXT_WIDTH_CM = 16.0  # A4 less the template's 3 cm and 2 cm margins
LABEL_WIDTH_CM = 5.0
PICTURE_WIDTH_CM = 9.0
CELL_LINE_SPACING = 0.85
GREY = RGBColor(0x59, 0x59, 0x59)
HEAD_FILL = "E2E9F1"


def template_path() -> Path:
    return resource("documents", "briefing-template.docx")


def _complex(run, *, bold: bool = False, italic: bool = False) -> None:
    """Bold and italic for Thai too: Word draws Thai with the complex-script settings."""
    rpr = run._element.get_or_add_rPr()
    for tag, on in (("bCs", bold), ("iCs", italic)):
        if on:
            el = parse_xml(f'<w:{tag} {nsdecls("w")}/>')
            rpr.insert_element_before(el, *[f"w:{t}" for t in _AFTER_CS[tag]])


# What follows bCs / iCs in a run's properties (Word wants them in schema order).
_AFTER_CS = {
    "bCs": ("i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline", "shadow",
            "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color",
            "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect",
            "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang"),
    "iCs": ("caps", "smallCaps", "strike", "dstrike", "outline", "shadow", "emboss",
            "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing",
            "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd",
            "fitText", "vertAlign", "rtl", "cs", "em", "lang"),
}


def _run(paragraph, text: str, *, bold: bool = False, italic: bool = False,
         size: float | None = None, colour: RGBColor | None = None):
    run = paragraph.add_run(text)
    if bold:
        run.bold = True
    if italic:
        run.italic = True
    if size is not None:
        run.font.size = Pt(size)
        rpr = run._element.get_or_add_rPr()
        sz_cs = parse_xml(f'<w:szCs {nsdecls("w")} w:val="{int(size * 2)}"/>')
        rpr.insert_element_before(sz_cs, "w:highlight", "w:u", "w:effect", "w:bdr",
                                  "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs",
                                  "w:em", "w:lang")
    if colour is not None:
        run.font.color.rgb = colour
    _complex(run, bold=bold, italic=italic)
    return run


def _style(document, name: str, fallback: str = "Normal") -> str:
    """A style of the template; the template may have been edited and lost one."""
    try:
        document.styles[name]
    except KeyError:
        return fallback
    return name


def _cell_text(cell, text: str, *, bold: bool = False, size: float = 13,
               colour: RGBColor | None = None) -> None:
    paragraph = cell.paragraphs[0]
    paragraph.paragraph_format.space_after = Pt(0)
    # TH Sarabun's own line height is 1.6 times its size, room enough for stacked marks
    paragraph.paragraph_format.line_spacing = CELL_LINE_SPACING
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = _run(paragraph, line, bold=bold, size=size, colour=colour)
        if i < len(lines) - 1:
            run.add_break()


def _shade(cell, fill: str) -> None:
    tcpr = cell._element.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" '
                          f'w:fill="{fill}"/>'))


def _repeat_header(row) -> None:
    """The table's first row is printed again at the top of every page it runs onto."""
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
    trpr.append(parse_xml(f'<w:cantSplit {nsdecls("w")}/>'))


def _widths(table, widths_cm: list[float]) -> None:
    table.autofit = False
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm, strict=True):
            cell.width = Cm(width)
    for col, width in zip(table.columns, widths_cm, strict=True):
        col.width = Cm(width)


def _fields(document, fields: list[tuple[str, str]]) -> None:
    table = document.add_table(rows=0, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    for label, value in fields:
        row = table.add_row()
        _cell_text(row.cells[0], label, bold=True, size=14, colour=GREY)
        _cell_text(row.cells[1], value, size=14)
    _widths(table, [LABEL_WIDTH_CM, TEXT_WIDTH_CM - LABEL_WIDTH_CM])


def _table(document, table: Table) -> None:
    if not table.rows:
        p = document.add_paragraph()
        _run(p, table.empty, italic=True, colour=GREY)
        return
    out = document.add_table(rows=1, cols=len(table.columns))
    out.style = document.styles[_style(document, "Table Grid", "Normal Table")]
    out.alignment = WD_TABLE_ALIGNMENT.LEFT
    for cell, title in zip(out.rows[0].cells, table.columns, strict=True):
        _cell_text(cell, title, bold=True)
        _shade(cell, HEAD_FILL)
    _repeat_header(out.rows[0])
    for cell in out.rows[0].cells:  # the headings stay with the first row
        cell.paragraphs[0].paragraph_format.keep_with_next = True
    for values in table.rows:
        row = out.add_row()
        row._tr.get_or_add_trPr().append(parse_xml(f'<w:cantSplit {nsdecls("w")}/>'))
        for cell, text in zip(row.cells, values, strict=True):
            _cell_text(cell, text)
    total = sum(table.widths)
    _widths(out, [TEXT_WIDTH_CM * w / total for w in table.widths])
    if table.more:
        p = document.add_paragraph()
        _run(p, table.more, italic=True, size=13, colour=GREY)


def _section(document, section: Section, number: str) -> None:
    heading = document.add_paragraph(style=_style(
        document, "Heading 1" if section.level == 1 else "Heading 2"))
    _run(heading, f"{number} {section.title}".strip())
    if section.fields:
        _fields(document, section.fields)
    for text in section.paragraphs:
        _run(document.add_paragraph(), text)
    if section.table is not None:
        _table(document, section.table)
    if section.picture:
        document.add_picture(io.BytesIO(section.picture), width=Cm(PICTURE_WIDTH_CM))
        if section.caption:
            _run(document.add_paragraph(style=_style(document, "Caption")), section.caption)
    for item in section.items:
        _run(document.add_paragraph(style=_style(document, "List Number")), item)


def _field(paragraph, code: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word fills in when it lays out the pages."""
    run = paragraph.add_run()
    run._element.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>'))
    run = paragraph.add_run()
    run._element.append(parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve"> '
                                  f'{code} </w:instrText>'))
    run = paragraph.add_run()
    run._element.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="separate"/>'))
    paragraph.add_run("1")
    run = paragraph.add_run()
    run._element.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))


def _footer(document, doc: Document) -> None:
    footer = document.sections[0].footer
    footer.is_linked_to_previous = False
    p = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
    p.style = document.styles[_style(document, "Footer")]
    p.paragraph_format.tab_stops.add_tab_stop(Cm(TEXT_WIDTH_CM),
                                              alignment=2)  # WD_TAB_ALIGNMENT.RIGHT
    _run(p, doc.footer + "\t")
    thai = doc.language == "th"
    _run(p, "หน้า " if thai else "Page ")
    _field(p, "PAGE")
    _run(p, "/" if thai else " of ")
    _field(p, "NUMPAGES")


def render_docx(doc: Document, *, template: str | Path | None = None) -> bytes:
    """The document as .docx bytes, written into the briefing template."""
    document = docx.Document(str(template or template_path()))
    body = document.element.body
    for child in list(body):  # anything the office left in the template's body
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    _run(document.add_paragraph(style=_style(document, "Title")), doc.title)
    if doc.subtitle:
        _run(document.add_paragraph(style=_style(document, "Subtitle")), doc.subtitle)
    _run(document.add_paragraph(style=_style(document, "Briefing Prepared")), doc.prepared)
    if doc.notice:
        _run(document.add_paragraph(style=_style(document, "Briefing Notice")), doc.notice)
    numbers = [0, 0]
    for section in doc.sections:
        if section.level == 1:
            numbers = [numbers[0] + 1, 0]
            number = f"{numbers[0]}."
        else:
            numbers[1] += 1
            number = f"{numbers[0]}.{numbers[1]}" if numbers[0] else ""
        _section(document, section, number)
    _footer(document, doc)
    props = document.core_properties
    props.title, props.author = doc.title, "bkk_relations"
    props.language = "th-TH" if doc.language == "th" else "en-GB"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def write_docx(doc: Document, path: str | Path) -> Path:
    """Write the document to ``path`` in one piece (never over a database)."""
    data = render_docx(doc)
    with files.replacing(path) as tmp:
        tmp.write_bytes(data)
    return Path(path)
