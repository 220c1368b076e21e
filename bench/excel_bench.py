"""Excel benchmark: export of the Partner list report at 1k, 10k and 100k partners, each beside
the raw writers' floor (the same cells written straight, no query, no styling) in the same
run; and import (read, map, validate, duplicate check, write in one transaction) of 1k, 10k
and 50k partner rows; and importing a 10k sheet again with every row changed (all updates),
beside saving each record on its own. Prints tables of seconds and peak memory.

    .venv/bin/python bench/excel_bench.py [--export-sizes 1000 10000] [--import-sizes 1000]
        [--reimport-sizes 10000]

Every measurement runs in fresh subprocesses (the median of --repeat runs), so its peak
memory (VmHWM, reset after the untimed setup) is its own. The raw floors first read the
cells into memory (untimed), so their peak memory includes those rows and is not
comparable; their time is the floor.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bkk_relations.core.register import Register  # noqa: E402
from bkk_relations.core.sample.generate import generate  # noqa: E402
from bkk_relations.core.storage.database import Database  # noqa: E402


def _reset_peak() -> None:
    """Start measuring peak RSS from here (Linux: writing 5 to clear_refs resets VmHWM)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def _peak_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- children (one measurement each) ---------------------------------------------------------
def _report_cells(db_path: str) -> list[list[object]]:
    """The exact cell values of the Partner list report (dates as serial numbers)."""
    from bkk_relations.core.excel import reports
    from bkk_relations.core.excel.export import converter
    from bkk_relations.core.excel.writer import date_cell
    from bkk_relations.core.records.repository import Query

    reg = Register(Database.open(db_path))
    sheet = reports.SHEETS["partner"]
    defs = reports.column_defs("partner", sheet.keys, "en")
    convs = [converter(kind, "en") for _, kind, _ in defs]
    dates = [kind == "date" for _, kind, _ in defs]
    sql, params = reports._query_sql(reg, sheet, Query(), [], [], bulk=True)
    rows = []
    for raw in reports.sheet_rows(reg, sheet, sql, params):
        row = []
        for v, f, is_date in zip(raw, convs, dates, strict=True):
            v = f(v) if f else v
            if is_date and isinstance(v, str):
                cell = date_cell(v)
                v = cell[0] if cell else v
            row.append(v)
        rows.append(row)
    return rows


def child(mode: str, db_path: str, out: str, extra: str) -> dict[str, float]:
    result: dict[str, float] = {}
    if mode == "report":
        from bkk_relations.core.excel.reports import export_report
        from bkk_relations.core.records.repository import Repository

        repo = Repository(Database.open(db_path))
        _reset_peak()
        start = time.perf_counter()
        result["rows"] = export_report(Register(repo.db, user=repo.user), "partners", out,
                                       all_columns=True).rows  # the 19 columns
    elif mode in ("xlsxwriter", "openpyxl"):
        rows = _report_cells(db_path)
        _reset_peak()
        start = time.perf_counter()
        if mode == "xlsxwriter":
            import xlsxwriter

            wb = xlsxwriter.Workbook(out, {"constant_memory": True})
            ws = wb.add_worksheet()
            for r, row in enumerate(rows):
                for c, v in enumerate(row):
                    if v is None:
                        continue
                    if type(v) is str:
                        ws.write_string(r, c, v)
                    elif type(v) is bool:
                        ws.write_boolean(r, c, v)
                    else:
                        ws.write_number(r, c, v)
            wb.close()
        else:
            import openpyxl

            wb = openpyxl.Workbook(write_only=True)
            ws = wb.create_sheet()
            for row in rows:
                ws.append(row)
            wb.save(out)
        result["rows"] = len(rows)
    elif mode in ("import", "reimport", "reimport-naive"):
        # reimport: the same sheet again with every row changed (all updates)
        from bkk_relations.core.imports.run import plan_import, run_import
        from bkk_relations.core.records.repository import Repository

        if mode == "reimport-naive":  # each record saved on its own, read back after
            def one_by_one(self: Repository, pairs: list, *, batch_id: str | None = None
                           ) -> list:
                return [self.update(record, batch_id=batch_id) for _, record in pairs]

            Repository.update_checked = one_by_one  # type: ignore[method-assign]

        shutil.copy(db_path, out)
        repo = Repository(Database.open(out))
        _reset_peak()
        start = time.perf_counter()
        with plan_import(Register(repo.db, user=repo.user), extra, "partners") as plan:
            assert plan.ok, [str(p) for p in plan.problems[:5]]
            done = run_import(Register(repo.db, user=repo.user), plan)
        result.update(rows=len(plan.rows), created=done.created, updated=done.updated,
                      duplicates=plan.counts().get("duplicate", 0))
    elif mode == "raw-import":
        # The floor: the sheet read by calamine and its cells inserted as they are, with no
        # mapping, parsing, duplicate check, validation or history (the search index and the
        # table's indexes still kept by the database). 500 rows to an INSERT: a statement
        # per row (executemany) makes SQLite's full-text index write a segment per row,
        # which took a 10,000-row floor from about 0.9 s to 3.4 s.
        import python_calamine

        from bkk_relations.core.dates import now_iso
        from bkk_relations.core.records.normalise import name_key

        shutil.copy(db_path, out)
        db = Database.open(out)
        _reset_peak()
        start = time.perf_counter()
        book = python_calamine.CalamineWorkbook.from_path(extra)
        rows = book.get_sheet_by_index(0).iter_rows()
        next(rows)
        now = now_iso()
        columns = ("name_en, name_th, kind, org_type, country, status, website, notes, "
                   "name_key, created_at, updated_at, updated_by, version")
        with db.transaction() as conn:
            while chunk := list(itertools.islice(rows, 500)):
                marks = ", ".join(["(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench', 1)"] * len(chunk))
                conn.execute(f"INSERT INTO partners ({columns}) VALUES {marks}",
                             [v for r in chunk for v in (r[0], r[1] or None, r[2], r[3] or None,
                                                         r[4], r[5], r[6], r[7], name_key(r[0]),
                                                         now, now)])
        result["rows"] = db.conn.execute("SELECT count(*) FROM partners").fetchone()[0]
    else:
        raise SystemExit(f"unknown mode {mode}")
    result["seconds"] = time.perf_counter() - start
    result["peak_mb"] = _peak_mb()
    return result


def measure(mode: str, db_path: Path, out: Path, extra: str = "", repeat: int = 1
            ) -> dict[str, float]:
    """The median run of ``repeat`` fresh processes (the machine is shared: one run can be
    slowed by others), with the highest peak memory of them."""
    runs = []
    for _ in range(repeat):
        proc = subprocess.run([sys.executable, __file__, "--child", mode, str(db_path),
                               str(out), extra], capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            raise SystemExit(f"{mode} failed:\n{proc.stderr}")
        runs.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    runs.sort(key=lambda r: r["seconds"])
    return runs[len(runs) // 2] | {"peak_mb": max(r["peak_mb"] for r in runs)}


# -- setup -------------------------------------------------------------------------------------
def make_db(folder: Path, size: int, seed: int) -> Path:
    path = folder / f"partners-{size}-{seed}.db"
    if not path.exists():
        with Database.create(path) as db:
            generate(Register(db), partners=size, seed=seed)
    return path


def make_import_file(folder: Path, size: int, target: Path) -> Path:
    """An officer's partner sheet as Excel saves it (shared strings): ``size`` rows, of
    which about 5% name partners already in ``target`` (exact) and 2% spell them otherwise."""
    import xlsxwriter

    from bkk_relations.core.places import countries

    source = make_db(folder, size, seed=7)
    path = folder / f"import-{size}.xlsx"
    rng = random.Random(size)
    with Database.open(source) as db, Database.open(target) as existing:
        rows = db.conn.execute("SELECT name_en, name_th, kind, org_type, country, status "
                               "FROM partners ORDER BY id").fetchall()
        known = existing.conn.execute("SELECT name_en, name_th, kind, org_type, country, "
                                      "status FROM partners").fetchall()
    rng.shuffle(known)  # each existing partner is named at most once
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Partners")
    ws.write_row(0, 0, ["Name", "Thai name", "Kind", "Organisation type", "Country",
                        "Status", "Website", "Notes"])
    for i, row in enumerate(rows, start=1):
        name, th, kind, org, country, status = row
        pick = rng.random()
        if pick < 0.07 and known:
            name, th, kind, org, country, status = known.pop()
            if pick >= 0.05:  # another spelling: case, spacing, "City"
                name, th = name.upper().replace(" ", "  ") + " City", None
        ws.write_row(i, 0, [name, th or "", kind, org or "", countries.name(country) or country,
                            status, f"https://partner{i}.example.org", f"Row {i} of {size}"])
    wb.close()
    return path


def make_reimport(folder: Path, source: Path, target: Path) -> tuple[Path, Path]:
    """(a register holding ``source``'s rows, the same sheet with every row's notes
    changed): an officer importing the sheet again after a round of updates."""
    import python_calamine
    import xlsxwriter

    from bkk_relations.core.imports.run import plan_import, run_import

    holding = folder / f"holding-{source.stem}.db"
    shutil.copy(target, holding)
    with Database.open(holding) as db, plan_import(Register(db), str(source), "partners") as plan:
        run_import(Register(db), plan)
    changed = folder / f"changed-{source.stem}.xlsx"
    book = python_calamine.CalamineWorkbook.from_path(str(source))
    wb = xlsxwriter.Workbook(str(changed))
    ws = wb.add_worksheet("Partners")
    for r, row in enumerate(book.get_sheet_by_index(0).iter_rows()):
        ws.write_row(r, 0, [*row[:7], f"{row[7]} (checked)" if r else row[7]])
    wb.close()
    return holding, changed


# -- report ------------------------------------------------------------------------------------
def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--export-sizes", type=int, nargs="*", default=[1000, 10_000, 100_000])
    parser.add_argument("--import-sizes", type=int, nargs="*", default=[1000, 10_000, 50_000])
    parser.add_argument("--reimport-sizes", type=int, nargs="*", default=[10_000])
    parser.add_argument("--keep", metavar="DIR", help="keep the generated files in DIR")
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs per measurement, the median reported (default 3; "
                             "imports of more than 10,000 rows run once)")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(*args.child)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.keep) if args.keep else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        print("Export: Partner list report, 19 columns (.xlsx), beside the raw writers "
              "writing the same cells")
        print(f"{'rows':>9} {'report s':>9} {'XlsxWriter s':>13} {'ratio':>6} "
              f"{'openpyxl s':>11} {'report MB':>10} {'XlsxW. MB':>10}")
        for size in args.export_sizes:
            db = make_db(folder, size, seed=42)
            report = measure("report", db, folder / f"report-{size}.xlsx", repeat=args.repeat)
            raw = measure("xlsxwriter", db, folder / f"raw-xw-{size}.xlsx", repeat=args.repeat)
            opx = measure("openpyxl", db, folder / f"raw-op-{size}.xlsx", repeat=args.repeat)
            print(f"{size:>9,} {report['seconds']:>9.2f} {raw['seconds']:>13.2f} "
                  f"{report['seconds'] / raw['seconds']:>6.2f} {opx['seconds']:>11.2f} "
                  f"{report['peak_mb']:>10.0f} {raw['peak_mb']:>10.0f}", flush=True)
        print()
        print("Import: partners .xlsx (8 columns; 5% exact and 2% possible duplicates of the "
              "5,000 partners already there), all checks, one transaction; beside the raw "
              "floor (calamine read, plain INSERTs, no checks)")
        print(f"{'rows':>9} {'seconds':>9} {'rows/s':>9} {'created':>9} {'updated':>9} "
              f"{'possible':>9} {'peak MB':>9} {'raw s':>7} {'ratio':>6}")
        target = make_db(folder, 5000, seed=3)
        for size in args.import_sizes:
            source = make_import_file(folder, size, target)
            result = measure("import", target, folder / f"target-{size}.db", str(source),
                             repeat=args.repeat if size <= 10_000 else 1)
            raw = measure("raw-import", target, folder / f"target-{size}.db", str(source),
                          repeat=args.repeat if size <= 10_000 else 1)
            for suffix in ("", "-wal", "-shm"):
                Path(f"{folder / f'target-{size}.db'}{suffix}").unlink(missing_ok=True)
            print(f"{size:>9,} {result['seconds']:>9.2f} "
                  f"{result['rows'] / result['seconds']:>9,.0f} {result['created']:>9,.0f} "
                  f"{result['updated']:>9,.0f} {result['duplicates']:>9,.0f} "
                  f"{result['peak_mb']:>9.0f} {raw['seconds']:>7.2f} "
                  f"{result['seconds'] / raw['seconds']:>6.1f}", flush=True)
        print()
        print("Import again: the same partner sheet with every row's notes changed, into the "
              "register that holds its rows (every row an update)")
        print(f"{'rows':>9} {'seconds':>9} {'rows/s':>9} {'updated':>9} {'peak MB':>9} "
              f"{'one by one s':>13}")
        for size in args.reimport_sizes:
            source = make_import_file(folder, size, target)
            holding, changed = make_reimport(folder, source, target)
            again = measure("reimport", holding, folder / f"again-{size}.db", str(changed),
                            repeat=args.repeat if size <= 10_000 else 1)
            naive = measure("reimport-naive", holding, folder / f"again-{size}.db",
                            str(changed), repeat=args.repeat if size <= 10_000 else 1)
            for suffix in ("", "-wal", "-shm"):
                Path(f"{folder / f'again-{size}.db'}{suffix}").unlink(missing_ok=True)
            print(f"{size:>9,} {again['seconds']:>9.2f} "
                  f"{again['rows'] / again['seconds']:>9,.0f} {again['updated']:>9,.0f} "
                  f"{again['peak_mb']:>9.0f} {naive['seconds']:>13.2f}", flush=True)
        if not args.keep:
            os.sync()


if __name__ == "__main__":
    main()
