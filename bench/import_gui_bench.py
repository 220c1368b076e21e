"""The import wizard as an officer feels it, offscreen: choosing the file (the header row
found), the preview (every row read and checked off the GUI thread, then shown), the import
(until the window's pages show it), and the window's longest stall in each step (the
longest gap between ticks of a 5 ms timer), beside the same import without a window
(plan_import and run_import) in the same run. Partners .xlsx as bench/excel_bench.py makes
them, into a register of 5,000.

    .venv/bin/python bench/import_gui_bench.py [--rows 10000 50000] [--keep DIR]

Each measurement is a fresh process.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def window_child(db_path: str, sheet: str) -> dict[str, object]:
    from gui_bench import offscreen_window
    from PySide6.QtCore import QEventLoop, QTimer

    from bkk_relations.ui import import_wizard as wizard_module

    app, window, prefs = offscreen_window(db_path)
    window.resize(1366, 740)
    window.show()
    app.processEvents()
    window.session.operations.wait()
    wizard = wizard_module.ImportWizard(window.session, prefs, window)
    wizard.show()
    app.processEvents()

    stage = ["file"]
    ticks = [time.perf_counter()]
    stalls: dict[str, float] = {}

    def tick() -> None:
        now = time.perf_counter()
        stalls[stage[0]] = max(stalls.get(stage[0], 0.0), now - ticks[-1])
        ticks.append(now)

    def wait(done) -> None:
        loop = QEventLoop()
        poll = QTimer()
        poll.timeout.connect(lambda: done() and loop.quit())
        poll.start(20)  # (a faster poll would take Python from the import it waits for)
        loop.exec()
        poll.stop()

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(5)
    out: dict[str, object] = {}
    start = time.perf_counter()
    page = wizard.pages[wizard_module.FILE_PAGE]
    page.type.setCurrentIndex(page.type.findData("partners"))
    page.path.setText(sheet)
    wizard.next()  # the header row is found here, on the GUI thread
    app.processEvents()
    tick()
    out["file_s"] = time.perf_counter() - start
    stage[0] = "preview"
    start = time.perf_counter()
    while wizard.currentId() != wizard_module.PREVIEW_PAGE:
        wizard.next()
    wait(lambda: wizard.plan is not None)
    app.processEvents()
    tick()
    out["preview_s"] = time.perf_counter() - start
    stage[0] = "import"
    start = time.perf_counter()
    wizard.next()
    wait(lambda: wizard.pages[wizard_module.RUN_PAGE].finished
         and not window.session.operations.busy)
    tick()
    out["import_s"] = time.perf_counter() - start
    timer.stop()
    out["stall_ms"] = {k: round(v * 1000) for k, v in stalls.items()}
    window.close()
    return out


def core_child(db_path: str, sheet: str) -> dict[str, object]:
    from bkk_relations.core.imports.run import plan_import, run_import
    from bkk_relations.core.register import Register

    reg = Register.open(db_path)
    start = time.perf_counter()
    with plan_import(reg, sheet, "partners") as plan:
        planned = time.perf_counter()
        run_import(reg, plan)
    return {"plan_s": planned - start, "run_s": time.perf_counter() - planned}


def measure(mode: str, target: Path, folder: Path, sheet: Path) -> dict:
    work = folder / f"work-{mode}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{work}{suffix}").unlink(missing_ok=True)
    shutil.copy(target, work)
    proc = subprocess.run([sys.executable, __file__, "--child", mode, str(work), str(sheet)],
                          capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"{mode} failed:\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, nargs="*", default=[10_000])
    parser.add_argument("--keep", metavar="DIR")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        mode, db_path, sheet = args.child
        child = window_child if mode == "window" else core_child
        print(json.dumps(child(db_path, sheet)))
        return
    import excel_bench

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.keep) if args.keep else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        target = excel_bench.make_db(folder, 5000, seed=3)
        print(f"{'rows':>7} {'file s':>7} {'preview s':>10} {'import s':>9} "
              f"{'longest stall ms (file/preview/import)':>40} {'no window: plan s':>18} "
              f"{'run s':>6}")
        for rows in args.rows:
            sheet = excel_bench.make_import_file(folder, rows, target)
            seen = measure("window", target, folder, sheet)
            core = measure("core", target, folder, sheet)
            stall = seen["stall_ms"]
            stalls = f"{stall.get('file')}/{stall.get('preview')}/{stall.get('import')}"
            print(f"{rows:>7,} {seen['file_s']:>7.2f} {seen['preview_s']:>10.2f} "
                  f"{seen['import_s']:>9.2f} {stalls:>40} {core['plan_s']:>18.2f} "
                  f"{core['run_s']:>6.2f}", flush=True)


if __name__ == "__main__":
    main()
