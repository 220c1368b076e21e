"""GUI benchmark, offscreen: start-up to a filled partner list, quick-filter keystrokes,
opening an editor, and peak memory, on a generated database.

    .venv/bin/python bench/gui_bench.py [--partners 100000] [--db FILE] [--runs 3]

Without --db a database is generated first (100k partners take about 1.5 minutes). Each
run is a fresh process; the figures of every run are printed, then the median.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def child(db_path: str, started: float) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import resource

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from bkk_relations.core.database import Database
    from bkk_relations.ui.app import setup_application
    from bkk_relations.ui.main_window import MainWindow
    from bkk_relations.ui.prefs import Prefs

    app = setup_application()
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tempfile.mkdtemp())
    window = MainWindow(Database.open(db_path), Prefs())
    page = window.pages["partner"]
    window.nav.setCurrentRow(window.stack.indexOf(page))
    window.show()
    app.processEvents()
    assert page.model.rowCount() > 0 and page.model.index(0, 0).data()
    shown = time.time() - started

    def timed(action) -> float:
        t = time.perf_counter()
        action()
        app.processEvents()
        return (time.perf_counter() - t) * 1000

    keystrokes = []
    for text in ("k", "ka", "kar", "karo", "karo 1", "karo"):
        keystrokes.append(timed(lambda t=text: page.quick.setText(t)))
        page.view.viewport().repaint()
    clear = timed(lambda: page.quick.setText(""))
    page.view.setCurrentIndex(page.model.index(500, 0))
    editors = []
    for _ in range(5):
        def open_editor() -> None:
            editor = window.edit_current()
            editor.repaint()
            editors.append(editor)

        editors_ms = timed(open_editor)
        editors[-1].dirty = False
        editors[-1].close()
        editors[-1] = editors_ms
    scroll = timed(lambda: page.view.scrollTo(page.model.index(page.model.rowCount() // 2, 0)))
    window.runner.wait()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({
        "window_shown_s": shown,
        "filter_keystroke_ms": statistics.median(keystrokes),
        "filter_keystroke_max_ms": max(keystrokes),
        "filter_clear_ms": clear,
        "editor_open_ms": statistics.median(editors),
        "scroll_to_middle_ms": scroll,
        "peak_rss_mb": rss_mb,
        "rows": page.model.rowCount(),
    }))
    window.close()
    QApplication.quit()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--partners", type=int, default=100_000)
    parser.add_argument("--db", help="an existing generated database to use")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--started", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.started)
        return
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        if not db:
            db = str(Path(tmp) / "gui-bench.db")
            subprocess.run([sys.executable, "-m", "bkk_relations.cli", "generate", "--db", db,
                            "--partners", str(args.partners), "--quiet"], check=True, cwd=ROOT)
        results = []
        for _ in range(args.runs):
            started = time.time()
            out = subprocess.run([sys.executable, __file__, "--child", db, "--started",
                                  str(started)], check=True, capture_output=True, text=True,
                                 env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
            results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    print(f"rows in the partner list: {results[0]['rows']:,}")
    for key in results[0]:
        if key == "rows":
            continue
        values = [r[key] for r in results]
        print(f"{key:>24}: median {statistics.median(values):8.2f}   runs "
              + ", ".join(f"{v:.2f}" for v in values))


if __name__ == "__main__":
    main()
