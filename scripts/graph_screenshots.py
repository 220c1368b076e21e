"""Take the README's pictures of the relationship graph on the demo database.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/graph_screenshots.py [OUTDIR]

Writes graph-en.png (English) and graph-th.png (Thai names and legend, Buddhist-Era years)
of the graph page (default OUTDIR: docs/screenshots). Settings are kept in a temporary folder,
so the user's own are untouched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="bkk-graph-shots-"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
    os.environ["XDG_DATA_HOME"] = str(tmp / "data")

    from PySide6.QtCore import QEventLoop, QSettings, QTimer

    from bkk_relations.core.database import Database
    from bkk_relations.core.demo import create_demo_database
    from bkk_relations.core.repository import Repository
    from bkk_relations.ui.app import setup_application
    from bkk_relations.ui.graph_view import GraphPage
    from bkk_relations.ui.i18n import install_language
    from bkk_relations.ui.prefs import Prefs
    from bkk_relations.ui.runner import Runner

    app = setup_application()
    QSettings.setDefaultFormat(QSettings.IniFormat)
    db_path = tmp / "bangkok-demo.db"
    create_demo_database(db_path)

    def settle(page: GraphPage) -> None:
        while not page.ready:
            app.processEvents()
        page.runner.wait()
        loop = QEventLoop()
        QTimer.singleShot(300, loop.quit)
        loop.exec()

    for language, calendar in (("en", "gregorian"), ("th", "buddhist")):
        prefs = Prefs()
        prefs.language, prefs.calendar = language, calendar
        install_language(app, language)
        db = Database.open(db_path)
        page = GraphPage(db, Repository(db), prefs, Runner())
        page.resize(1400, 860)
        page.show()
        page.reload()
        settle(page)
        seoul = next(n for n, d in page.view.graph.nodes(data=True) if d["label_en"] == "Seoul")
        page.select_node(seoul)  # shows the selection ring and fills the status line
        settle(page)
        page.grab().save(str(out / f"graph-{language}.png"))
        page.close()
        db.close()
    print(f"Screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
