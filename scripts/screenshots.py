"""Take the README's screenshots of the app running on the demo database.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [OUTDIR]

Writes main-en.png, main-th.png, dashboard.png, dashboard-th.png, editor-error.png and the
graph page's shots (scripts/graph_screenshots.py: the demo in English and Thai, a year view,
the region layout, a generated register of 20,000 partners, the slides), default OUTDIR:
docs/screenshots. Settings are kept in a temporary folder, so the user's own are untouched.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import shots_support  # noqa: E402 - beside this script


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app, tmp, db_path = shots_support.start("bkk-shots-")

    from PySide6.QtCore import QEventLoop, QTimer

    from bkk_relations.core.register import Register
    from bkk_relations.ui.i18n import install_language
    from bkk_relations.ui.main_window import MainWindow
    from bkk_relations.ui.prefs import Prefs

    def settle(window: MainWindow) -> None:
        window.session.operations.wait()
        loop = QEventLoop()
        QTimer.singleShot(300, loop.quit)
        loop.exec()

    def window_for(language: str, calendar: str) -> MainWindow:
        prefs = Prefs()
        prefs.language, prefs.calendar = language, calendar
        install_language(app, language)
        window = MainWindow(Register.open(db_path), prefs)
        window.resize(1366, 820)
        window.show()
        settle(window)
        return window

    w = window_for("en", "gregorian")
    w.grab().save(str(out / "dashboard.png"))
    w.open_record("partner", _partner_id(w, "Seoul"))
    settle(w)
    w.grab().save(str(out / "main-en.png"))
    w.nav.setCurrentRow(w.stack.indexOf(w.pages["agreement"]))
    editor = w.new_record()
    editor.widgets["title_en"].setText("Bangkok – Seoul MOU on flood resilience")
    editor.widgets["signed_date"].edit.setText("15/3/2024")
    editor.widgets["expiry_date"].edit.setText("2023")
    editor.widgets["sdgs"].set_values([11, 13])
    editor.save()
    settle(w)
    editor.grab().save(str(out / "editor-error.png"))
    editor.dirty = False
    editor.close()
    w.close()

    w = window_for("th", "buddhist")
    w.open_record("partner", _partner_id(w, "Seoul"))
    settle(w)
    w.grab().save(str(out / "main-th.png"))
    w.nav.setCurrentRow(0)
    settle(w)
    w.grab().save(str(out / "dashboard-th.png"))
    w.close()
    from graph_screenshots import take  # the graph page's shots, beside this script

    problems = take(app, db_path, out, tmp / "generated-20000.db")
    for p in problems:
        print("PROBLEM:", p)
    print(f"screenshots written to {out}")
    return 0


def _partner_id(window, name: str) -> int:
    from bkk_relations.core.records.models import Partner
    from bkk_relations.core.records.repository import Query

    return window.reg.records.list(Partner, Query(text=name, limit=1)).records[0].id


if __name__ == "__main__":
    sys.exit(main())
