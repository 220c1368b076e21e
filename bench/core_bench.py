"""Core benchmark: generate databases of 1k, 10k and 100k partners and time the everyday
queries on them. Prints a table of figures; run with `.venv/bin/python bench/core_bench.py`
(add `--sizes 1000 10000` for a quicker run).

`--backend postgresql` runs the same measurements against a PostgreSQL server (`--pg-url`,
by default database `bench_pg` on the local test server started by
`scripts/pg_test_server.sh start`); the bench drops and recreates that database for every
size, so each run starts empty. `--backend both` runs both engines, size by size, and prints
them side by side with the ratio PostgreSQL / SQLite.

Each timed query is run several times and the median reported, because the machine is shared.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bkk_relations.core.records.models import Partner  # noqa: E402
from bkk_relations.core.records.repository import Query, Repository  # noqa: E402
from bkk_relations.core.register import Register
from bkk_relations.core.sample.generate import generate  # noqa: E402
from bkk_relations.core.storage.database import Database  # noqa: E402
from bkk_relations.core.views import alerts, lists, search  # noqa: E402

DEFAULT_PG_URL = "postgresql://bkk_admin:bkk_admin@127.0.0.1:55432/bench_pg"
BACKENDS = {"sqlite": ["sqlite"], "postgresql": ["postgresql"],
            "both": ["sqlite", "postgresql"]}
# Figures only one engine has (printed as "-" for the other).
PG_ONLY = ("vacuum_s",)


def median_ms(fn: Callable[[], object], repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


# -- a PostgreSQL database of the bench's own -------------------------------------------------
def _pg_name(url: str) -> str:
    name = urlsplit(url).path.lstrip("/")
    if not name or name in ("postgres", "template0", "template1") or name.startswith(
            "bkk_test_"):
        raise SystemExit(f"refusing to drop the database {name!r}: give --pg-url a database "
                         "of the bench's own (e.g. .../bench_pg)")
    return name


def _pg_admin(url: str):
    """A connection to the server's maintenance database, to drop and create others."""
    import psycopg

    parts = urlsplit(url)
    return psycopg.connect(urlunsplit(parts._replace(path="/postgres")), autocommit=True)


def fresh_pg_database(url: str) -> None:
    """Drop the database ``url`` names (if there) and create it again, empty."""
    from psycopg import sql

    name = _pg_name(url)
    with _pg_admin(url) as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
            sql.Identifier(name)))
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def drop_pg_database(url: str) -> None:
    from psycopg import sql

    with _pg_admin(url) as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
            sql.Identifier(_pg_name(url))))


def pg_vacuum(url: str) -> float:
    """VACUUM (ANALYZE) the whole database, as autovacuum soon would after a bulk load (so it
    does not run in the middle of the timings); return how long it took in seconds."""
    import psycopg

    start = time.perf_counter()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("VACUUM (ANALYZE)")
    return time.perf_counter() - start


def pg_size_mb(url: str) -> float:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        return conn.execute("SELECT pg_database_size(current_database())").fetchone()[0] / 1e6


# -- the measurements -------------------------------------------------------------------------
def bench(size: int, folder: Path, backend: str = "sqlite",
          pg_url: str = DEFAULT_PG_URL) -> dict[str, float]:
    if backend == "postgresql":
        fresh_pg_database(pg_url)
        target: str | Path = pg_url
    else:
        target = folder / f"bench-{size}.db"
    start = time.perf_counter()
    with Database.create(target) as db:
        generate(Register(db), partners=size, seed=42)
    out: dict[str, float] = {"generate_s": time.perf_counter() - start}
    if backend == "postgresql":
        out["vacuum_s"] = pg_vacuum(pg_url)
    out["open_ms"] = median_ms(lambda: Database.open(target).close())
    with Database.open(target) as db:
        repo = Repository(db)
        out["list_filter_ms"] = median_ms(lambda: repo.list(Partner, Query(
            kind="city", region="Europe", status="active", limit=100)))
        out["list_page_deep_ms"] = median_ms(lambda: repo.list(Partner, Query(
            kind="city", limit=100, offset=size // 2)))
        reg = Register(db)
        out["list_page_deep_th_ms"] = median_ms(lambda: lists.table_rows(reg, Partner, Query(
            kind="city", limit=100, offset=size // 2), "th"))  # Thai dictionary order
        out["search_latin_ms"] = median_ms(lambda: search.search(reg, "karo"))
        out["search_thai_ms"] = median_ms(lambda: search.search(reg, "กาโร"))
        out["search_rare_ms"] = median_ms(lambda: search.search(reg, f"Officer {size // 2}"))
        out["alerts_expiring_ms"] = median_ms(lambda: alerts.expiring_agreements(reg), repeat=3)
        out["alerts_dormant_ms"] = median_ms(lambda: alerts.dormant_partners(reg), repeat=3)
    out["file_mb"] = (pg_size_mb(pg_url) if backend == "postgresql"
                      else Path(target).stat().st_size / 1e6)
    return out


def print_table(results: dict[int, dict[str, float]]) -> None:
    """One engine's figures: a row per figure, a column per size."""
    keys = list(next(iter(results.values())))
    print(f"{'partners':>22}" + "".join(f"{s:>12,}" for s in results))
    for k in keys:
        print(f"{k:>22}" + "".join(f"{results[s][k]:>12.1f}" for s in results))


def print_side_by_side(results: dict[str, dict[int, dict[str, float]]]) -> None:
    """SQLite and PostgreSQL next to each other for every size, with PostgreSQL / SQLite."""
    lite, pg = results["sqlite"], results["postgresql"]
    sizes = list(lite)
    keys = list(dict.fromkeys([*next(iter(pg.values())), *next(iter(lite.values()))]))
    print(f"{'partners':>22}" + "".join(f"{s:>30,}" for s in sizes))
    print(f"{'':>22}" + f"{'sqlite':>12}{'postgresql':>12}{'pg/sq':>6}" * len(sizes))
    for k in keys:
        cells = ""
        for s in sizes:
            a, b = lite[s].get(k), pg[s].get(k)
            ratio = f"{b / a:>6.1f}" if a and b is not None else f"{'-':>6}"
            cells += (f"{a:>12.1f}" if a is not None else f"{'-':>12}")
            cells += (f"{b:>12.1f}" if b is not None else f"{'-':>12}") + ratio
        print(f"{k:>22}" + cells)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--keep", metavar="DIR",
                        help="keep the generated files in DIR (and the PostgreSQL database)")
    parser.add_argument("--backend", choices=list(BACKENDS), default="sqlite",
                        help="which engine(s) to measure (default: sqlite)")
    parser.add_argument("--pg-url", default=DEFAULT_PG_URL,
                        help="PostgreSQL database the bench drops and recreates "
                             f"(default: {DEFAULT_PG_URL.replace(':bkk_admin@', ':***@')})")
    args = parser.parse_args()
    engines = BACKENDS[args.backend]
    if "postgresql" in engines:
        _pg_name(args.pg_url)  # refuse a database that is not the bench's before any work
    results: dict[str, dict[int, dict[str, float]]] = {e: {} for e in engines}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.keep) if args.keep else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for size in args.sizes:  # size by size, so both engines see the machine alike
            for engine in engines:
                results[engine][size] = bench(size, folder, engine, args.pg_url)
                if engine == "sqlite" and not args.keep:  # 1 GB at 100k: not kept around
                    (folder / f"bench-{size}.db").unlink(missing_ok=True)
                    for side in ("-wal", "-shm"):
                        (folder / f"bench-{size}.db{side}").unlink(missing_ok=True)
    if "postgresql" in engines and not args.keep:
        drop_pg_database(args.pg_url)
    if engines == ["sqlite"]:
        print_table(results["sqlite"])
        return
    for engine in engines:
        print(f"[{engine}]")
        print_table(results[engine])
        print()
    if len(engines) == 2:
        print("[side by side; pg/sq = PostgreSQL / SQLite]")
        print_side_by_side(results)


if __name__ == "__main__":
    main()
