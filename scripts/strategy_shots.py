"""Take the README's pictures of the strategy view and of follow-up actions on the demo.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/strategy_shots.py [OUTDIR]

Writes strategy-en.png and strategy-th.png (the Governor's nine dimensions on the demo:
which have cooperation and which have none), follow-up-th.png (an action added from a
visit, in the Thai editor) and dashboard-actions.png (that action overdue on the
dashboard). The action exists only in the throw-away copy of the demo the pictures are
taken from. Settings are kept in a temporary folder.
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
    app, _tmp, db_path = shots_support.start("bkk-strategy-shots-")

    from PySide6.QtCore import QEventLoop, QTimer

    from bkk_relations.core.records.models import Activity
    from bkk_relations.core.records.repository import Query
    from bkk_relations.core.register import Register
    from bkk_relations.core.strategy.builtin import NINE_DIMENSIONS
    from bkk_relations.ui.i18n import install_language
    from bkk_relations.ui.main_window import MainWindow
    from bkk_relations.ui.prefs import Prefs

    def settle(window: MainWindow, ms: int = 400) -> None:
        window.session.operations.wait()
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()
        window.session.operations.wait()

    def window_for(language: str, calendar: str) -> MainWindow:
        prefs = Prefs()
        prefs.language, prefs.calendar = language, calendar
        install_language(app, language)
        window = MainWindow(Register.open(db_path), prefs)
        window.resize(1366, 820)
        window.show()
        settle(window)
        return window

    def strategy(window: MainWindow, name: str) -> None:
        page = window.strategy_page
        window.nav.setCurrentRow(window.stack.indexOf(page))
        settle(window)
        nine = window.reg.conn.execute("SELECT id FROM frameworks WHERE builtin = ?",
                                       (NINE_DIMENSIONS,)).fetchone()[0]
        page.framework.setCurrentIndex(page.framework.findData(nine))
        settle(window, 800)
        window.grab().save(str(out / name))

    w = window_for("en", "gregorian")
    strategy(w, "strategy-en.png")
    w.close()

    w = window_for("th", "buddhist")
    strategy(w, "strategy-th.png")
    visit = w.reg.records.list(Activity, Query(text="Sister City Week", limit=1)).records[0]
    editor = w.add_follow_up_action("activity", visit.id)
    editor.widgets["title_en"].setText("Send the waste-sorting study to the partner cities")
    editor.widgets["title_th"].setText("ส่งผลการศึกษาการคัดแยกขยะให้เมืองพันธมิตร")
    editor.widgets["due_date"].edit.setText("15/1/2569")
    settle(w)
    editor.grab().save(str(out / "follow-up-th.png"))
    editor.save()
    settle(w)
    w.nav.setCurrentRow(0)
    settle(w, 800)
    w.grab().save(str(out / "dashboard-actions.png"))
    w.close()
    print(f"pictures written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
