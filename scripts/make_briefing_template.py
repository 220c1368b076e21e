"""Make resources/documents/briefing-template.docx (run once; the result is committed).

The Word briefing is written into this template, using only its style names (Title,
Subtitle, Heading 1, Heading 2, Caption, List Number, Table Grid and the three "Briefing"
styles below), so the office can restyle its briefings by editing the template in Word:
fonts, sizes, colours, margins, a logo in the header.

The look is a Thai government document's: TH Sarabun New at 16 pt (the size that font is
made for), headings in bold, A4 with margins of 3 cm left, 2 cm right, 2.5 cm top and 2 cm
bottom. Where TH Sarabun New is not installed, Word takes the font table's alternative,
TH SarabunPSK, and then a Thai font of its own choosing.
"""

from __future__ import annotations

import sys
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from lxml import etree

OUT = Path(__file__).resolve().parent.parent / "resources" / "documents" / \
    "briefing-template.docx"
FONT = "TH Sarabun New"
ALTERNATIVE = "TH SarabunPSK"
GREY = RGBColor(0x59, 0x59, 0x59)
INK = RGBColor(0x1A, 0x1A, 0x1A)


def set_font(rpr_owner, *, size: float | None = None, bold: bool | None = None,
             italic: bool | None = None, colour: RGBColor | None = None) -> None:
    """The font on every script slot (Latin, Thai as complex script, East Asian), sizes and
    bold for complex script too: Word shapes Thai with the complex-script settings."""
    rpr = rpr_owner.get_or_add_rPr() if hasattr(rpr_owner, "get_or_add_rPr") else rpr_owner
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        rpr.insert(0, fonts)
    for attr in list(fonts.attrib):  # theme fonts would win over the names
        if attr.lower().endswith("theme"):
            del fonts.attrib[attr]
    for slot in ("ascii", "hAnsi", "cs", "eastAsia"):
        fonts.set(qn(f"w:{slot}"), FONT)
    for tag, on in (("b", bold), ("bCs", bold), ("i", italic), ("iCs", italic)):
        if on is None:
            continue
        el = rpr.find(qn(f"w:{tag}"))
        if el is None:
            el = parse_xml(f"<w:{tag} {nsdecls('w')}/>")
            rpr.append(el)
        el.set(qn("w:val"), "1" if on else "0")
    if size is not None:
        for tag in ("sz", "szCs"):
            el = rpr.find(qn(f"w:{tag}"))
            if el is None:
                el = parse_xml(f"<w:{tag} {nsdecls('w')}/>")
                rpr.append(el)
            el.set(qn("w:val"), str(int(size * 2)))
    if colour is not None:
        el = rpr.find(qn("w:color"))
        if el is None:
            el = parse_xml(f"<w:color {nsdecls('w')}/>")
            rpr.append(el)
        for attr in list(el.attrib):
            del el.attrib[attr]
        el.set(qn("w:val"), str(colour))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = parse_xml(f"<w:lang {nsdecls('w')}/>")
        rpr.append(lang)
    lang.set(qn("w:bidi"), "th-TH")  # Thai words, for Word's line breaking
    in_schema_order(rpr)


# The order Word requires of a run's properties (CT_RPr in ECMA-376 part 1).
RPR_ORDER = ["rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike",
             "dstrike", "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid",
             "vanish", "webHidden", "color", "spacing", "w", "kern", "position", "sz", "szCs",
             "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em",
             "lang", "eastAsianLayout", "specVanish", "oMath"]


def in_schema_order(rpr) -> None:
    def rank(el) -> int:
        local = el.tag.rsplit("}", 1)[-1]
        return RPR_ORDER.index(local) if local in RPR_ORDER else len(RPR_ORDER)

    children = sorted(rpr, key=rank)  # sorted() is stable: unknown tags keep their order
    for child in children:
        rpr.append(child)


def paragraph_style(document, name: str, *, size: float, bold: bool = False,
                    italic: bool = False, colour: RGBColor = INK, before: float = 0,
                    after: float = 0, keep_next: bool = False, base: str | None = None):
    styles = document.styles
    try:
        style = styles[name]
    except KeyError:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles[base or "Normal"]
        style.quick_style = True
    set_font(style.element, size=size, bold=bold, italic=italic, colour=colour)
    fmt = style.paragraph_format
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    fmt.keep_with_next = keep_next
    fmt.line_spacing = 1.0
    borders = style.element.pPr.find(qn("w:pBdr")) if style.element.pPr is not None else None
    if borders is not None:  # Title's rule under it in the default template
        style.element.pPr.remove(borders)
    return style


def font_table(document) -> None:
    """Name the alternative Word takes where TH Sarabun New is not installed."""
    part = next(p for p in document.part.package.iter_parts()
                if str(p.partname) == "/word/fontTable.xml")
    root = etree.fromstring(part.blob)
    for font in root.findall(qn("w:font")):
        if font.get(qn("w:name")) == FONT:
            root.remove(font)
    root.insert(0, parse_xml(
        f'<w:font {nsdecls("w")} w:name="{FONT}"><w:altName w:val="{ALTERNATIVE}"/>'
        '<w:panose1 w:val="020B0500040200020003"/><w:charset w:val="DE"/>'
        '<w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>'))
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                standalone=True)


def main() -> int:
    document = docx.Document()
    for p in list(document.paragraphs):
        p._element.getparent().remove(p._element)
    defaults = document.styles.element.find(qn("w:docDefaults"))
    set_font(defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")), size=16)
    paragraph_style(document, "Normal", size=16)
    paragraph_style(document, "Title", size=22, bold=True, after=0)
    paragraph_style(document, "Subtitle", size=18, colour=GREY, after=0)
    paragraph_style(document, "Heading 1", size=17, bold=True, before=4, after=0,
                    keep_next=True)
    paragraph_style(document, "Heading 2", size=16, bold=True, before=4, after=0,
                    keep_next=True)
    paragraph_style(document, "Caption", size=12, italic=True, colour=GREY, after=2)
    paragraph_style(document, "List Number", size=12)
    paragraph_style(document, "Footer", size=12, colour=GREY)
    paragraph_style(document, "Briefing Prepared", size=13, colour=GREY, after=4)
    notice = paragraph_style(document, "Briefing Notice", size=14, bold=True,
                             colour=RGBColor(0x78, 0x46, 0x00), after=6)
    notice.element.get_or_add_pPr().insert_element_before(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="FFF4CE"/>'),
        "w:tabs", "w:suppressAutoHyphens", "w:spacing", "w:ind", "w:jc", "w:outlineLvl",
        "w:rPr")
    paragraph_style(document, "Briefing Table Text", size=14)
    for name in ("Table Grid",):
        set_font(document.styles[name].element, size=14)
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin, section.right_margin = Cm(3.0), Cm(2.0)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.0)
    section.header_distance, section.footer_distance = Cm(1.2), Cm(1.0)
    font_table(document)
    props = document.core_properties
    props.title, props.author, props.comments = "Briefing", "bkk_relations", ""
    props.subject = props.keywords = props.category = ""
    OUT.parent.mkdir(parents=True, exist_ok=True)
    document.save(OUT)
    print(OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
