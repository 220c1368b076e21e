"""Render an exported Partner list sheet to PNG for the README, with LibreOffice headless.

    .venv/bin/python scripts/excel_screenshot.py [OUT.png] [--thai]
    .venv/bin/python scripts/excel_screenshot.py --printed [REPORT] [OUT.png] [--thai]

Writes docs/screenshots/excel-partner-list.png by default (--thai: Thai labels and
Buddhist-Era dates, to check that LibreOffice shows B.E. years from the date cells).
``--printed`` renders the first page of a report (default: agreements) as it prints, with
the app's own page setup, header and footer, to docs/screenshots/excel-REPORT-printed.png.
Needs LibreOffice Calc and poppler's pdftoppm (Debian: apt-get install libreoffice-calc
poppler-utils); only for the picture, not for the tests.

The demo database is exported with the app's own report code; for the picture a copy of
the file gets a print area of its first columns and rows (the whole sheet fitted to one
page would be too small to read). The bundled Noto fonts are given to LibreOffice through a
temporary fontconfig file, so Thai renders without installing fonts system-wide.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PRINT_AREA = "A1:L30"  # name … country, region, status, ties, focal point, last activity


def _fontconfig(folder: Path) -> Path:
    conf = folder / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
        '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n'
        f'  <dir>{ROOT / "resources" / "fonts"}</dir>\n'
        f'  <cachedir>{folder / "cache"}</cachedir>\n'
        '  <alias><family>Calibri</family><prefer><family>Noto Sans</family>'
        '<family>Noto Sans Thai</family></prefer></alias>\n'
        '</fontconfig>\n', encoding="utf-8")
    return conf


def main() -> int:
    import openpyxl

    from bkk_relations.core.excel.export import ExportOptions
    from bkk_relations.core.excel.reports import REPORTS, export_report
    from bkk_relations.core.register import Register
    from bkk_relations.core.sample.demo import create_demo_database
    from bkk_relations.core.storage.database import Database

    args = [a for a in sys.argv[1:] if a not in ("--thai", "--printed")]
    thai = "--thai" in sys.argv[1:]
    printed = "--printed" in sys.argv[1:]
    report = "partners"
    if printed:
        report = args.pop(0) if args and args[0] in REPORTS else "agreements"
    name = f"excel-{report}-printed.png" if printed else "excel-partner-list.png"
    out = Path(args[0]) if args else ROOT / "docs" / "screenshots" / name
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    pdftoppm = shutil.which("pdftoppm")
    if not soffice or not pdftoppm:
        print("needs LibreOffice (soffice) and pdftoppm: "
              "apt-get install libreoffice-calc poppler-utils", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="bkk-excel-shot-") as tmp:
        folder = Path(tmp)
        db_path = folder / "demo.db"
        create_demo_database(db_path)
        with Database.open(db_path) as db:
            xlsx = folder / "report.xlsx"
            export_report(Register(db), report, xlsx,
                          options=ExportOptions(language="th" if thai else "en",
                                                calendar="buddhist" if thai else "gregorian",
                                                today=dt.date.today()))
        shot = folder / "shot.xlsx"
        if printed:  # as the app wrote it
            shutil.copy(xlsx, shot)
        else:
            wb = openpyxl.load_workbook(xlsx)
            ws = wb.worksheets[0]
            ws.print_area = PRINT_AREA
            ws.sheet_properties.pageSetUpPr.fitToPage = True
            ws.page_setup.fitToHeight = 1
            ws.page_setup.fitToWidth = 1
            ws.oddHeader.center.text = ""
            ws.oddFooter.left.text = ws.oddFooter.right.text = ""
            wb.remove(wb.worksheets[-1])  # the filters sheet
            wb.save(shot)
        env = {**os.environ, "FONTCONFIG_FILE": str(_fontconfig(folder)),
               "HOME": str(folder)}
        subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(folder),
                        str(shot)], check=True, env=env, capture_output=True, timeout=180)
        subprocess.run([pdftoppm, "-png", "-r", "100" if printed else "160", "-singlefile",
                        str(folder / "shot.pdf"), str(folder / "page")], check=True,
                       timeout=120)
        from PIL import Image, ImageChops

        page = Image.open(folder / "page.png").convert("RGB")
        background = Image.new("RGB", page.size, (255, 255, 255))
        box = ImageChops.difference(page, background).getbbox()
        if printed:  # the whole sheet of paper, its margins, header and footer included
            page = page.quantize(colors=64)
        elif box:
            pad = 16
            page = page.crop((max(box[0] - pad, 0), max(box[1] - pad, 0),
                              min(box[2] + pad, page.width), min(box[3] + pad, page.height)))
        out.parent.mkdir(parents=True, exist_ok=True)
        page.save(out)
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
