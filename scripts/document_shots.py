"""Make the README's pictures of the documents and the map, from the demo database.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/document_shots.py [OUTDIR]

Writes map-en.png and map-th.png (the window on the Map page), briefing-th.png and
briefing-en.png (the first page of the PDF briefing on Seoul, rendered by pdftoppm),
briefing-word-th.png (the Word file as LibreOffice shows it, when soffice is installed:
for checking only, the app never needs it) and calendar.txt (the Thai .ics file the demo
database gives on 1 January 2025, read back by the icalendar package). Default OUTDIR:
docs/screenshots. Settings go to a temporary folder.
"""

from __future__ import annotations

import datetime
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import shots_support  # noqa: E402 - beside this script


def render_pdf_page(pdf: Path, png: Path, dpi: int = 80) -> bool:
    if not shutil.which("pdftoppm"):
        print("pdftoppm not found: no picture of", pdf, file=sys.stderr)
        return False
    subprocess.run(["pdftoppm", "-r", str(dpi), "-f", "1", "-l", "1", "-png", "-singlefile",
                    str(pdf), str(png.with_suffix(""))], check=True)
    return True


def word_picture(docx: Path, png: Path, tmp: Path) -> None:
    """The Word file as LibreOffice lays it out, with TH Sarabun New's metrics: fontconfig
    is told to use TLWG Laksaman (the same design as TH SarabunPSK) for it, when the Debian
    package fonts-tlwg-laksaman-ttf is installed (or its files are in a folder named in
    BKK_EXTRA_FONTS)."""
    soffice = shutil.which("soffice")
    if not soffice:
        print("soffice not found: no picture of the Word file", file=sys.stderr)
        return
    conf = tmp / "fonts.conf"
    extra = "".join(f"<dir>{d}</dir>" for d in os.environ.get("BKK_EXTRA_FONTS", "").split(":")
                    if d)  # e.g. the Laksaman files unpacked from the Debian package
    conf.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>' + extra +
        '<match target="pattern"><test name="family"><string>TH Sarabun New</string></test>'
        '<edit name="family" mode="assign" binding="strong"><string>Laksaman</string></edit>'
        '</match></fontconfig>', encoding="utf-8")
    env = {**os.environ, "FONTCONFIG_FILE": str(conf), "HOME": str(tmp)}
    subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(tmp),
                    str(docx)], check=True, env=env, capture_output=True, timeout=300)
    render_pdf_page(tmp / (docx.stem + ".pdf"), png)


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app, tmp, db_path = shots_support.start("bkk-doc-shots-")

    from icalendar import Calendar
    from PySide6.QtCore import QEventLoop, QTimer

    from bkk_relations.core.documents import briefing, calendar, pdf, word
    from bkk_relations.core.register import Register
    from bkk_relations.core.storage.database import Database
    from bkk_relations.ui.i18n import install_language
    from bkk_relations.ui.main_window import MainWindow
    from bkk_relations.ui.prefs import Prefs


    for language, cal in (("en", "gregorian"), ("th", "buddhist")):
        prefs = Prefs()
        prefs.language, prefs.calendar = language, cal
        install_language(app, language)
        window = MainWindow(Database.open(db_path), prefs)
        window.resize(1366, 820)
        window.show()
        loop = QEventLoop()
        window.map_page.shown.connect(loop.quit)
        QTimer.singleShot(30_000, loop.quit)
        window.nav.setCurrentRow(window.stack.indexOf(window.map_page))
        loop.exec()
        window.session.operations.wait()
        app.processEvents()
        window.grab().save(str(out / f"map-{language}.png"))
        window.close()

    with Register.open(db_path) as reg:
        seoul = briefing.find_partner(reg, "Seoul")
        for language, cal in (("th", "buddhist"), ("en", "gregorian")):
            doc = briefing.partner_briefing(reg, seoul.id, language=language, calendar=cal)
            pdf.write_pdf(doc, tmp / f"briefing-{language}.pdf")
            render_pdf_page(tmp / f"briefing-{language}.pdf", out / f"briefing-{language}.png")
        doc = briefing.partner_briefing(reg, seoul.id, language="th", calendar="buddhist")
        word.write_docx(doc, tmp / "briefing-th.docx")
        word_picture(tmp / "briefing-th.docx", out / "briefing-word-th.png", tmp)
        ics = tmp / "reminders.ics"  # as the office would have made it on 1 January 2025
        calendar.write_calendar(reg, ics, language="th", days=730,
                                today=datetime.date(2025, 1, 1))
    lines = []
    for ev in Calendar.from_ical(ics.read_bytes()).walk("VEVENT"):
        alarms = ", ".join(str(-a["trigger"].dt.days) for a in ev.walk("VALARM"))
        lines.append(f"{ev['dtstart'].dt}  {ev['status']:<9}  {ev['summary']}"
                     + (f"  (reminders {alarms} days before)" if alarms else ""))
    (out / "calendar.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"pictures written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
