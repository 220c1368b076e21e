"""Core benchmark: generate databases of 1k, 10k and 100k partners and time the everyday
queries on them. Prints a table of figures; run with `.venv/bin/python bench/core_bench.py`
(add `--sizes 1000 10000` for a quicker run).

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

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bkk_relations.core import alerts, search  # noqa: E402
from bkk_relations.core.database import Database  # noqa: E402
from bkk_relations.core.generate import generate  # noqa: E402
from bkk_relations.core.models import Partner  # noqa: E402
from bkk_relations.core.repository import Query, Repository  # noqa: E402


def median_ms(fn: Callable[[], object], repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def bench(size: int, folder: Path) -> dict[str, float]:
    path = folder / f"bench-{size}.db"
    start = time.perf_counter()
    with Database.create(path) as db:
        generate(db, partners=size, seed=42)
    out: dict[str, float] = {"generate_s": time.perf_counter() - start}
    out["open_ms"] = median_ms(lambda: Database.open(path).close())
    with Database.open(path) as db:
        repo = Repository(db)
        out["list_filter_ms"] = median_ms(lambda: repo.list(Partner, Query(
            kind="city", region="Europe", status="active", limit=100)))
        out["list_page_deep_ms"] = median_ms(lambda: repo.list(Partner, Query(
            kind="city", limit=100, offset=size // 2)))
        out["search_latin_ms"] = median_ms(lambda: search.search(db.conn, "karo"))
        out["search_thai_ms"] = median_ms(lambda: search.search(db.conn, "กาโร"))
        out["search_rare_ms"] = median_ms(lambda: search.search(db.conn, f"Officer {size // 2}"))
        out["alerts_expiring_ms"] = median_ms(lambda: alerts.expiring_agreements(db.conn),
                                              repeat=3)
        out["alerts_dormant_ms"] = median_ms(lambda: alerts.dormant_partners(db.conn), repeat=3)
    out["file_mb"] = path.stat().st_size / 1e6
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--keep", metavar="DIR", help="keep the generated files in DIR")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.keep) if args.keep else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        results = {size: bench(size, folder) for size in args.sizes}
    keys = list(next(iter(results.values())))
    print(f"{'partners':>22}" + "".join(f"{s:>12,}" for s in results))
    for k in keys:
        print(f"{k:>22}" + "".join(f"{results[s][k]:>12.1f}" for s in results))


if __name__ == "__main__":
    main()
