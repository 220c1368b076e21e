"""Spreadsheets written part by part, as a careless program or an attacker could write them:
an .xlsx is a zip of XML parts, so a test can declare row 99999999999999999999 or hold one
cell of 200 MB in a file of a few kilobytes (zip compresses repetitive text well)."""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from pathlib import Path

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
_TYPES = """<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
</Types>"""  # noqa: E501 - the content types are what they are
_ROOT_RELS = f"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PKG}">
<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
_WORKBOOK = f"""<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><sheets>
<sheet name="Partners" sheetId="1" r:id="rId1"/></sheets></workbook>"""
_WORKBOOK_RELS = f"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PKG}">
<Relationship Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="{_REL}/sharedStrings" Target="sharedStrings.xml"/>
</Relationships>"""

HEADER = ["Name", "Country", "Notes"]


def cell(ref: str, text: str) -> str:
    """A cell holding ``text`` inline (no shared string)."""
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def row(number: int | str, *texts: str) -> str:
    cells = "".join(cell(f"{chr(65 + i)}{number}", t) for i, t in enumerate(texts) if t)
    return f'<row r="{number}">{cells}</row>'


def workbook(path: Path, rows: str, *, before_data: str = "", after_data: str = "",
             strings: Sequence[str] = (), huge_string: int = 0, strings_prolog: str = ""
             ) -> Path:
    """A one-sheet workbook whose sheet data is ``rows`` (XML), after a header row of
    HEADER. ``strings`` go to the shared-string table (index 0 on), then, with
    ``huge_string``, one text of that many characters, written in pieces so the test holds
    none of it."""
    header = row(1, *HEADER)
    sheet = (f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{_MAIN}">'
             f"{before_data}<sheetData>{header}{rows}</sheetData>{after_data}</worksheet>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", _TYPES)
        zf.writestr("_rels/.rels", _ROOT_RELS)
        zf.writestr("xl/workbook.xml", _WORKBOOK)
        zf.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        zf.writestr("xl/worksheets/sheet1.xml", sheet)
        with zf.open("xl/sharedStrings.xml", "w", force_zip64=True) as fh:
            fh.write(f'<?xml version="1.0" encoding="UTF-8"?>{strings_prolog}'
                     f'<sst xmlns="{_MAIN}">'.encode())
            for text in strings:
                fh.write(f"<si><t>{text}</t></si>".encode())
            if huge_string:
                fh.write(b"<si><t>")
                piece = b"a" * (1 << 20)
                left = huge_string
                while left:
                    fh.write(piece[:left])
                    left -= min(left, len(piece))
                fh.write(b"</t></si>")
            fh.write(b"</sst>")
    return path
