"""GUI benchmark, offscreen: start-up to a filled partner list, quick-filter keystrokes,
opening an editor, peak memory, a save, a delete and its undo (the longest GUI stall and the
time until the list shows it, beside the old path), and the automatic backups on start and
on closing (the app's way beside the old blocking one), on a generated database.

    .venv/bin/python bench/gui_bench.py [--partners 100000] [--db FILE] [--runs 3]

Without --db the generated database is kept in /tmp/bkk-bench/ and reused (100k partners
take about 2 minutes to generate). The backup runs work on a copy of it, in a temporary
folder. Each run is a fresh process; the figures of every run are printed, then the median.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CACHE = Path(tempfile.gettempdir()) / "bkk-bench"
BACKUP_MODES = ("no-backup", "backup-new", "backup-old", "backup-new-unchanged")
WRITE_MODES = ("write-new", "write-old")


def offscreen_window(db_path: str, *, auto_backup: bool = False) -> tuple[Any, Any, Any]:
    """(app, window, prefs): the app started offscreen as a user starts it, on ``db_path``,
    its settings in a folder of their own."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from bkk_relations.core.register import Register
    from bkk_relations.ui.app import setup_application
    from bkk_relations.ui.main_window import MainWindow
    from bkk_relations.ui.prefs import Prefs

    app = setup_application()
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tempfile.mkdtemp())
    prefs = Prefs()
    prefs.auto_backup = auto_backup
    return app, MainWindow(Register.open(db_path), prefs), prefs


def child(db_path: str, started: float, auto_backup: bool = False) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import resource

    from PySide6.QtWidgets import QApplication


    app, window, prefs = offscreen_window(db_path, auto_backup=auto_backup)
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
    window.session.operations.wait()
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


def write_child(db_path: str, started: float, mode: str) -> None:
    """A partner renamed and saved, then deleted and brought back (Ctrl+Z), in the window on
    the Partners page with the record selected: how long the GUI thread is blocked (the
    longest gap between ticks of a 5 ms timer) and how long until the list and the details
    show the change, the app's way (``write-new``: the write off the GUI thread, the list
    refreshing the changed rows, hidden pages only marked) or the old one re-enacted
    (``write-old``: the write on the GUI thread, then every page read again, the hidden
    dashboard's figures and charts among them, on the GUI thread)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import dataclasses

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from bkk_relations.core.records.models import Partner
    from bkk_relations.core.views.dashboard import dashboard_data
    from bkk_relations.ui.dashboard import draw_charts

    app, window, prefs = offscreen_window(db_path, auto_backup=False)
    page = window.pages["partner"]
    window.nav.setCurrentRow(window.stack.indexOf(page))
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    window.session.operations.wait()
    page.view.setCurrentIndex(page.model.index(min(200, page.model.rowCount() - 1), 0))
    app.processEvents()
    pid = page.current_id()
    assert pid is not None
    name_col = [c.key for c in page.model.columns].index("name_en")

    def row_name() -> str | None:
        row = page.model.row_of(pid)
        return None if row is None else page.model.index(row, name_col).data()

    def old_reload() -> None:  # what reload_all did after every write
        for other in window.pages.values():
            other.reload()
        window.trash_page.reload()
        data = dashboard_data(window.reg)
        texts, (w, h, ratio) = window.dashboard._texts(), window.dashboard._chart_size()
        draw_charts(data, texts, w, h, ratio)

    def measure(action, shown) -> tuple[float, float]:
        """(longest GUI stall in ms, ms until ``shown()``) for ``action``."""
        ticks = [time.perf_counter()]
        gaps: list[float] = []

        def tick() -> None:
            now = time.perf_counter()
            gaps.append(now - ticks[-1])
            ticks.append(now)

        timer = QTimer()
        timer.timeout.connect(tick)
        timer.start(5)
        start = time.perf_counter()
        seen: list[float] = []
        loop = QEventLoop()

        def poll() -> None:
            if not seen and shown() and not window.session.operations.busy:
                seen.append(time.perf_counter() - start)
                loop.quit()

        watcher = QTimer()
        watcher.timeout.connect(poll)
        watcher.start(1)
        QTimer.singleShot(0, action)
        loop.exec()
        watcher.stop()
        timer.stop()
        gaps.append(time.perf_counter() - ticks[-1])
        return max(gaps) * 1000, seen[0] * 1000

    old = mode == "write-old"
    out: dict[str, list[float]] = {}
    for n in range(3):  # the first save warms caches: the median of three is reported
        record = window.reg.records.get(Partner, pid)
        renamed = dataclasses.replace(record, name_en=f"Bench rename {n} {time.time():.0f}")

        def save(r=renamed) -> None:
            if old:
                window.reg.save(r)
                old_reload()
            else:
                window.session.operations.write("Saving", lambda reg, r=r: reg.save(r))

        stall, visible = measure(save, lambda r=renamed: row_name() == r.name_en
                                 and r.name_en in page.details.toPlainText())
        out.setdefault("save_stall_ms", []).append(stall)
        out.setdefault("save_visible_ms", []).append(visible)

        def delete() -> None:
            if old:
                window.reg.delete("partner", pid)
                old_reload()
            else:
                window.session.operations.write("Deleting", lambda reg: reg.delete("partner",
                                                                                    pid))

        stall, visible = measure(delete, lambda: row_name() is None)
        out.setdefault("delete_stall_ms", []).append(stall)
        out.setdefault("delete_visible_ms", []).append(visible)

        def undo() -> None:
            if old:
                window.reg.restore("partner", pid)
                old_reload()
            else:
                window.session.operations.write("Restoring", lambda reg: reg.restore(
                    "partner", pid))

        stall, visible = measure(undo, lambda: row_name() is not None)
        out.setdefault("undo_stall_ms", []).append(stall)
        out.setdefault("undo_visible_ms", []).append(visible)
        page.show_record(pid)
        app.processEvents()
    window.session.operations.wait()
    print(json.dumps({k: statistics.median(v) for k, v in out.items()}))
    window.close()
    QApplication.quit()


def backup_child(db_path: str, started: float, mode: str) -> None:
    """Start as the app starts (window, list filled, start-up backup), save one change, and
    close: the app's way (``backup-new``; ``backup-new-unchanged`` saves nothing) or the
    old one re-enacted (``backup-old``: the start-up backup on the window's runner, the
    closing backup on the GUI thread before the window goes). ``no-backup`` is the same
    without backups, its first 5 seconds watched as the others' start-up backup is."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QThreadPool, QTimer

    from bkk_relations.core.backups import backup
    from bkk_relations.core.records.models import Partner
    from bkk_relations.core.register import Register
    from bkk_relations.ui import backup_jobs
    from bkk_relations.ui.app import finish_backups

    app, window, prefs = offscreen_window(db_path, auto_backup=mode != "no-backup")
    page = window.pages["partner"]
    window.nav.setCurrentRow(window.stack.indexOf(page))
    window.show()
    app.processEvents()
    assert page.model.rowCount() > 0
    shown = time.time() - started

    old = mode == "backup-old"
    if old:
        def work(_conn) -> str:
            with Register.open(db_path) as reg:
                return str(backup.rotate(reg, daily=prefs.keep_daily, weekly=prefs.keep_weekly))

        pool = QThreadPool.globalInstance()  # the old runner: a thread pool, and nothing else
        pool.start(lambda: work(None))
        running = lambda: pool.activeThreadCount() > 0  # noqa: E731
    elif mode == "no-backup":
        running = lambda: time.time() - started < shown + 5  # noqa: E731
    else:  # as the app does: once the window is filled
        window.start_auto_backup(when_ready=True)
        running = lambda: window.backups.last_job is None or backup_jobs.busy()  # noqa: E731
    # How long the window stops answering while the start-up backup runs: the longest gap
    # between ticks of a 10 ms timer.
    # The dashboard fills in meanwhile (its figures are drawn on the GUI thread): the gaps
    # after it is filled are the backup's alone.
    ticks = [time.perf_counter()]
    gaps: list[float] = []
    gaps_after_dashboard: list[float] = []

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - ticks[-1])
        if dashboard_at:
            gaps_after_dashboard.append(now - ticks[-1])
        ticks.append(now)

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    dashboard_at: list[float] = []
    window.dashboard.loaded.connect(lambda: dashboard_at.append(time.time() - started))
    loop = QEventLoop()
    poll = QTimer()
    poll.timeout.connect(lambda: None if running() else loop.quit())
    poll.start(20)
    loop.exec()
    timer.stop()
    poll.stop()
    if window.dashboard.data is not None and not dashboard_at:
        dashboard_at.append(time.time() - started)
    startup_backup = time.time() - started - shown

    if mode != "backup-new-unchanged":
        window.reg.records.create(Partner(name_en=f"Bench change {time.time()}",
                                             country="JP"))
    closed_at = time.time()
    if old:  # what closing did: wait for the runner, then back up before the window went
        window.backups.closing_work = lambda: None
        QThreadPool.globalInstance().waitForDone()
        backup.rotate(window.reg, daily=prefs.keep_daily, weekly=prefs.keep_weekly)
    window.close()
    window_gone = time.time() - closed_at
    print(json.dumps({"window_shown_s": shown,
                      "dashboard_filled_s": dashboard_at[0] if dashboard_at else None,
                      "longest_stall_during_startup_backup_ms": max(gaps, default=0) * 1000,
                      "longest_stall_after_dashboard_ms":
                          max(gaps_after_dashboard, default=0) * 1000,
                      "startup_backup_s": startup_backup,
                      "close_to_window_gone_s": window_gone,
                      "closed_at": closed_at}), flush=True)
    finish_backups()  # as app.main does once the event loop ends


def database(args: argparse.Namespace) -> str:
    if args.db:
        return args.db
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"partners-{args.partners}.db"
    if not path.exists():
        partial = path.with_name(path.name + ".generating")
        partial.unlink(missing_ok=True)
        subprocess.run([sys.executable, "-m", "bkk_relations.cli", "generate", "--db",
                        str(partial), "--partners", str(args.partners), "--quiet"],
                       check=True, cwd=ROOT)
        os.replace(partial, path)
    return str(path)


def run_child(argv: list[str]) -> tuple[dict, float]:
    started = time.time()
    proc = subprocess.run([sys.executable, __file__, *argv, "--started", str(started)],
                          capture_output=True, text=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    ended = time.time()
    if proc.returncode != 0:
        sys.exit(f"a measuring process failed:\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1]), ended


def report(title: str, results: list[dict]) -> None:
    print(title)
    for key in results[0]:
        if key in ("rows", "closed_at") or results[0][key] is None:
            continue
        values = [r[key] for r in results]
        print(f"{key:>40}: median {statistics.median(values):8.2f}   runs "
              + ", ".join(f"{v:.2f}" for v in values))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--partners", type=int, default=100_000)
    parser.add_argument("--db", help="an existing generated database to use")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", choices=["ui", "write", "backup"],
                        help="run one part only")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--mode", help=argparse.SUPPRESS)
    parser.add_argument("--started", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        if args.mode in WRITE_MODES:
            write_child(args.child, args.started, args.mode)
        elif args.mode:
            backup_child(args.child, args.started, args.mode)
        else:
            child(args.child, args.started)
        return
    db = database(args)
    if args.only in (None, "ui"):
        results = [run_child(["--child", db])[0] for _ in range(args.runs)]
        print(f"rows in the partner list: {results[0]['rows']:,}")
        report("window and lists (no automatic backup):", results)
    if args.only in (None, "write"):
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / "bench.db"
            if not db.startswith("postgresql:"):
                shutil.copyfile(db, copy)
            target = db if db.startswith("postgresql:") else str(copy)
            for mode in WRITE_MODES:
                results = [run_child(["--child", target, "--mode", mode])[0]
                           for _ in range(args.runs)]
                report(f"save, delete and undo with the partner list shown, {mode}:", results)
    if args.only in ("ui", "write") or db.startswith("postgresql:"):
        return
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "bench.db"
        shutil.copyfile(db, copy)
        for mode in BACKUP_MODES:
            results = []
            for _ in range(args.runs):
                shutil.rmtree(Path(tmp) / "backups", ignore_errors=True)  # same start each run
                result, ended = run_child(["--child", str(copy), "--mode", mode])
                result["close_to_process_exit_s"] = ended - result["closed_at"]
                results.append(result)
            report(f"start-up and closing backups, {mode}:", results)


if __name__ == "__main__":
    main()
