"""Upgrade benchmark: open a schema-4 register of many partners with this version, which
upgrades it (check, copy aside, migrate), timed two ways in the same run on copies of the
same file: the search index filled as before (one statement per kind of record, FTS5's
usual one-megabyte segments and merging) and as now (``schema.fill_search``). Both files
are then searched for the same words and must find the same records.

    .venv/bin/python bench/upgrade_bench.py --partners 100000
    .venv/bin/python bench/upgrade_bench.py --v4 path/to/old.db   # a copy of it is used

Without ``--v4`` the old file is made here: ``generate`` writes a current register, whose
records are copied into an empty schema-4 file. The machine is shared, so each way is run
``--repeat`` times (alternating) and the median reported.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bkk_relations.core.register import Register  # noqa: E402
from bkk_relations.core.sample.generate import generate  # noqa: E402
from bkk_relations.core.storage import schema  # noqa: E402
from bkk_relations.core.storage.database import Database  # noqa: E402

WORDS = ("karo", "กาโร", "Officer 5", "sister", "เมือง", "Bangkok", "MOU")


def make_v4(path: Path, partners: int, folder: Path) -> None:
    """A schema-4 file holding what ``generate`` writes for ``partners`` partners."""
    current = folder / "current.db"
    with Register.create(current) as reg:
        generate(reg, partners=partners, seed=42)
    conn = sqlite3.connect(path, isolation_level=None)
    schema.migrate(conn, target=4)
    conn.execute("ATTACH ? AS src", (str(current),))
    conn.execute("BEGIN")
    for table in sorted(schema.tables_at(4)):
        if table.startswith("search_index") or table == "settings":
            continue
        cols = [r[1] for r in conn.execute(f"PRAGMA main.table_info({table})")]
        have = {r[1] for r in conn.execute(f"PRAGMA src.table_info({table})")}
        names = ", ".join(c for c in cols if c in have)
        conn.execute(f"INSERT INTO main.{table} ({names}) SELECT {names} FROM src.{table}")
    conn.execute("COMMIT")
    conn.execute("DETACH src")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    current.unlink()


def fill_as_before(conn: sqlite3.Connection, entities, stride: int) -> None:
    """The index filled the way version 5 first did: one INSERT … SELECT per kind."""
    for entity in entities:
        table, columns = schema._SEARCH_BODY[entity]
        conn.execute(f"INSERT INTO search_index (rowid, body) SELECT t.id * {stride} + "
                     f"{schema.SEARCH_CODES[entity]}, {schema._body_sql('t', columns)} "
                     f"FROM {table} AS t")


def upgrade(v4: Path, work: Path, *, before: bool) -> tuple[float, float]:
    """(seconds, CPU seconds) to open a copy of ``v4``, which upgrades it."""
    for old in work.parent.glob(work.stem + "*"):
        old.unlink()
    shutil.copyfile(v4, work)
    fast = schema.fill_search
    if before:
        schema.fill_search = fill_as_before  # type: ignore[assignment]
    try:
        start, cpu = time.perf_counter(), time.process_time()
        Database.open(work).close()
        return time.perf_counter() - start, time.process_time() - cpu
    finally:
        schema.fill_search = fast


def found(path: Path) -> dict[str, list[int]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {w: [r[0] for r in conn.execute(
            "SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rowid",
            ('"' + w + '"',))] for w in WORDS}
    finally:
        conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--partners", type=int, default=100_000)
    parser.add_argument("--v4", type=Path, help="an existing schema-4 file (only copied)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bkk-upgrade-bench-") as tmp:
        folder = Path(tmp)
        v4 = args.v4
        if v4 is None:
            v4 = folder / "v4.db"
            start = time.perf_counter()
            make_v4(v4, args.partners, folder)
            print(f"made a schema-4 file of {args.partners:,} partners in "
                  f"{time.perf_counter() - start:.0f} s", flush=True)
        conn = sqlite3.connect(f"file:{v4}?mode=ro", uri=True)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        rows = schema.search_rows(conn, schema._V2_ENTITIES)
        conn.close()
        print(f"{v4}: schema {version}, {v4.stat().st_size / 1e6:,.0f} MB, "
              f"{rows:,} records to index", flush=True)
        times: dict[str, list[tuple[float, float]]] = {"before": [], "now": []}
        for _ in range(args.repeat):
            for way in times:
                times[way].append(upgrade(v4, folder / f"{way}.db", before=way == "before"))
                print(f"  {way}: {times[way][-1][0]:.1f} s ({times[way][-1][1]:.1f} s of CPU)",
                      flush=True)
        same = found(folder / "before.db") == found(folder / "now.db")
        (before, before_cpu), (now, now_cpu) = (
            (statistics.median(t[0] for t in times[w]), statistics.median(t[1] for t in times[w]))
            for w in ("before", "now"))
        print(f"upgrade to schema {schema.SCHEMA_VERSION} (median of {args.repeat}): "
              f"before {before:.1f} s ({before_cpu:.1f} s of CPU), now {now:.1f} s "
              f"({now_cpu:.1f} s of CPU): {before / now:.1f}× ({before_cpu / now_cpu:.1f}× "
              f"in CPU); search finds the same records: {'yes' if same else 'NO'}")
        if not same:
            sys.exit(1)


if __name__ == "__main__":
    main()
