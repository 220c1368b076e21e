"""Make the document fonts in resources/fonts/document/ (run once; the result is committed).

The briefing's PDF is set in Sarabun (Cadson Demak, SIL Open Font License 1.1), the
Google Fonts cut of the Thai government's TH Sarabun. The npm package @fontsource/sarabun
ships it as web fonts split by script (latin, latin-ext, thai); this joins the three
subsets of each weight back into one TrueType font, keeping their OpenType tables (Thai
mark placement and the vowel and tone-mark substitutions need them):

    npm pack @fontsource/sarabun && tar xzf fontsource-sarabun-*.tgz
    .venv/bin/python scripts/make_document_fonts.py package/files
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from fontTools.merge import Merger
from fontTools.ttLib import TTFont

OUT = Path(__file__).resolve().parent.parent / "resources" / "fonts" / "document"
STYLES = {"Regular": ("400", "normal"), "Bold": ("700", "normal"),
          "Italic": ("400", "italic"), "BoldItalic": ("700", "italic")}
SUBSETS = ("latin", "latin-ext", "thai")  # Latin first: its shared glyphs are the ones kept


def make(files: Path, style: str) -> Path:
    weight, slope = STYLES[style]
    with tempfile.TemporaryDirectory() as tmp:
        parts = []
        for subset in SUBSETS:
            font = TTFont(files / f"sarabun-{subset}-{weight}-{slope}.woff")
            font.flavor = None  # WOFF -> plain TrueType
            part = Path(tmp) / f"{subset}.ttf"
            font.save(part)
            parts.append(str(part))
        merged = Merger().merge(parts)
    names = merged["name"]
    family, full = "Sarabun", f"Sarabun {style}" if style != "Regular" else "Sarabun"
    for record in list(names.names):
        if record.nameID in (1, 16):
            names.setName(family, record.nameID, record.platformID, record.platEncID,
                          record.langID)
        elif record.nameID == 4:
            names.setName(full, 4, record.platformID, record.platEncID, record.langID)
        elif record.nameID == 6:
            names.setName(f"Sarabun-{style}", 6, record.platformID, record.platEncID,
                          record.langID)
    out = OUT / f"Sarabun-{style}.ttf"
    OUT.mkdir(parents=True, exist_ok=True)
    merged.save(out)
    return out


def main(argv: list[str]) -> int:
    files = Path(argv[0]) if argv else Path("package/files")
    for style in STYLES:
        print(make(files, style))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
