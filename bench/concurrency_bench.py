"""Concurrency benchmark: N client processes, each with its own connection, work on one
database for a while with an office's mix of reads and edits; prints operations per second
and the median and slowest-1% (p99) latency of each kind of operation.

    .venv/bin/python bench/concurrency_bench.py --backend both --clients 8 --seconds 30

The database is filled first with `generate` (`--partners`, default 100,000): for
PostgreSQL a database of the bench's own (`--pg-url`, default `bench_pg_conc` on the local
test server), dropped and recreated on every run, then VACUUM (ANALYZE)d as autovacuum would
soon do; for SQLite a file in a temporary folder. The mix, per operation drawn at random:

- list   60%  the list view: count_rows + table_rows for a page of 50 partners, filtered by
              a text (Latin or Thai), sometimes also by status, sorted by name, country or
              status (either way), first or second page
- search 15%  search.search for a Latin or Thai term
- get    10%  repository.get of a random partner
- edit   15%  repository.get then repository.update of the partner's notes; partners are
              drawn from `--hot` records (default 100, the office's busy ones) so that two
              clients sometimes edit the same one: the ConflictError the second one gets is
              an expected outcome, counted as a conflict, not an error

Anything else raised (e.g. SQLite's "database is locked" after the busy timeout) counts as
an error; the first few tracebacks are printed.
"""

from __future__ import annotations

import argparse
import math
import multiprocessing as mp
import random
import statistics
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from core_bench import drop_pg_database, fresh_pg_database, pg_vacuum  # noqa: E402

from bkk_relations.core.errors import ConflictError  # noqa: E402
from bkk_relations.core.records.models import Partner  # noqa: E402
from bkk_relations.core.records.repository import Query, Repository  # noqa: E402
from bkk_relations.core.register import Register
from bkk_relations.core.sample.generate import generate  # noqa: E402
from bkk_relations.core.storage.database import Database  # noqa: E402
from bkk_relations.core.views import lists as views
from bkk_relations.core.views import search  # noqa: E402

DEFAULT_PG_URL = "postgresql://bkk_admin:bkk_admin@127.0.0.1:55432/bench_pg_conc"
BACKENDS = {"sqlite": ["sqlite"], "postgresql": ["postgresql"],
            "both": ["sqlite", "postgresql"]}
MIX = {"list": 60, "search": 15, "get": 10, "edit": 15}
# Syllables `generate` builds names from, Latin and Thai alike (see core/generate.py).
LATIN = ["ka", "ro", "mi", "sa", "lo", "ta", "ne", "vi", "do", "ra", "bu", "an"]
THAI = ["กา", "โร", "มิ", "ซา", "โล", "ตา", "เน", "วี", "โด", "รา", "บู", "อัน"]
SORTS = ["name_en", "country", "status"]
MAX_SAMPLES = 3  # tracebacks kept per client


def term(rng: random.Random) -> str:
    """Two syllables, Latin or Thai (half each): what someone types to find a partner."""
    i, j = rng.randrange(len(LATIN)), rng.randrange(len(LATIN))
    return LATIN[i] + LATIN[j] if rng.random() < 0.5 else THAI[i] + THAI[j]


def list_page(repo: Repository, rng: random.Random) -> None:
    q = Query(text=term(rng), status=rng.choice([None, None, "active"]),
              sort=rng.choice(SORTS), descending=rng.random() < 0.3,
              limit=50, offset=rng.choice([0, 0, 0, 50]))
    views.count_rows(Register(repo.db), Partner, q)
    views.table_rows(Register(repo.db), Partner, q)


def edit(repo: Repository, rng: random.Random, partner_id: int, client: int) -> None:
    partner = repo.get(Partner, partner_id)
    partner.notes = f"Checked by client {client} at {time.time():.3f} ({rng.random():.6f})"
    repo.update(partner)


def client(index: int, target: str, seconds: float, partners: int, hot: int, seed: int,
           barrier, results) -> None:
    """One office computer: its own connection, operations back to back until the time is up.
    Puts its latencies (ms) per operation, conflicts and errors on ``results``."""
    rng = random.Random(seed * 1000 + index)
    latencies: dict[str, list[float]] = {op: [] for op in MIX}
    conflicts, errors, samples = 0, Counter(), []
    ops, weights = list(MIX), list(MIX.values())
    hot_ids = list(range(1, min(hot, partners) + 1)) if hot else None
    try:
        db = Database.open(target)
        repo = Repository(db, user=f"client{index}")
        barrier.wait(timeout=600)  # all clients connected: start together
    except BaseException:
        barrier.abort()
        results.put({"index": index, "fatal": traceback.format_exc()})
        return
    start = time.perf_counter()
    started_at = time.time()
    end = start + seconds
    while time.perf_counter() < end:
        op = rng.choices(ops, weights)[0]
        t0 = time.perf_counter()
        try:
            if op == "list":
                list_page(repo, rng)
            elif op == "search":
                search.search(Register(db), term(rng))
            elif op == "get":
                repo.get(Partner, rng.randint(1, partners))
            else:
                pid = rng.choice(hot_ids) if hot_ids else rng.randint(1, partners)
                edit(repo, rng, pid, index)
        except ConflictError:
            conflicts += 1  # someone saved the same partner meanwhile: an expected outcome
        except Exception as exc:
            errors[f"{op}: {type(exc).__name__}"] += 1
            if len(samples) < MAX_SAMPLES:
                samples.append(f"client {index}, {op}:\n{traceback.format_exc()}")
            continue
        latencies[op].append((time.perf_counter() - t0) * 1000)
    finished_at = time.time()
    db.close()
    results.put({"index": index, "latencies": latencies, "conflicts": conflicts,
                 "errors": dict(errors), "samples": samples, "started_at": started_at,
                 "finished_at": finished_at})


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile (p99: the latency 99% of operations stayed within)."""
    if not values:
        return math.nan
    ordered = sorted(values)
    return ordered[max(0, math.ceil(pct / 100 * len(ordered)) - 1)]


def prepare(engine: str, partners: int, pg_url: str, folder: Path) -> str:
    target = pg_url if engine == "postgresql" else str(folder / "concurrency.db")
    if engine == "postgresql":
        fresh_pg_database(pg_url)
    start = time.perf_counter()
    with Database.create(target) as db:
        generate(Register(db), partners=partners, seed=42)
    print(f"[{engine}] generated {partners:,} partners in {time.perf_counter() - start:.0f} s",
          end="", flush=True)
    if engine == "postgresql":
        print(f"; VACUUM (ANALYZE) {pg_vacuum(pg_url):.0f} s", end="")
    print(flush=True)
    return target


def run(engine: str, target: str, clients: int, seconds: float, partners: int, hot: int,
        seed: int) -> dict:
    ctx = mp.get_context("spawn")  # a fresh interpreter per client: nothing shared
    barrier, results = ctx.Barrier(clients), ctx.Queue()
    procs = [ctx.Process(target=client, args=(i, target, seconds, partners, hot, seed,
                                              barrier, results))
             for i in range(clients)]
    for p in procs:
        p.start()
    reports = [results.get(timeout=seconds + 600) for _ in procs]
    for p in procs:
        p.join()
    fatal = [r["fatal"] for r in reports if "fatal" in r]
    if fatal:
        raise SystemExit(f"[{engine}] a client could not start:\n{fatal[0]}")
    latencies: dict[str, list[float]] = {op: [] for op in MIX}
    errors: Counter = Counter()
    for r in reports:
        for op, values in r["latencies"].items():
            latencies[op] += values
        errors.update(r["errors"])
    elapsed = (max(r["finished_at"] for r in reports)
               - min(r["started_at"] for r in reports))
    return {"latencies": latencies, "conflicts": sum(r["conflicts"] for r in reports),
            "errors": errors, "samples": [s for r in reports for s in r["samples"]],
            "elapsed": elapsed}


def summary(res: dict) -> dict[str, dict[str, float]]:
    """Per operation (and all together): count, ops/s, median and p99 in ms."""
    out = {}
    every = [v for values in res["latencies"].values() for v in values]
    for op, values in [*res["latencies"].items(), ("all", every)]:
        out[op] = {"count": len(values), "per_s": len(values) / res["elapsed"],
                   "median": statistics.median(values) if values else math.nan,
                   "p99": percentile(values, 99)}
    return out


def print_result(engine: str, res: dict, clients: int) -> None:
    s = summary(res)
    errors = sum(res["errors"].values())
    print(f"[{engine}] {clients} clients, {res['elapsed']:.1f} s: "
          f"{s['all']['count']:,} operations, {s['all']['per_s']:.1f} ops/s, "
          f"{res['conflicts']} conflicts (counted in edit), {errors} errors")
    print(f"{'operation':>10}{'count':>9}{'ops/s':>9}{'median ms':>11}{'p99 ms':>10}")
    for op, f in s.items():
        print(f"{op:>10}{f['count']:>9,}{f['per_s']:>9.1f}{f['median']:>11.1f}{f['p99']:>10.1f}")
    for kind, n in sorted(res["errors"].items()):
        print(f"  error {kind}: {n}")
    for sample in res["samples"][:MAX_SAMPLES]:
        print(sample)
    print()


def print_side_by_side(results: dict[str, dict]) -> None:
    lite, pg = summary(results["sqlite"]), summary(results["postgresql"])
    print("[side by side; pg/sq = PostgreSQL / SQLite]")
    print(f"{'':>10}{'ops/s':>24}{'median ms':>24}{'p99 ms':>24}")
    print(f"{'operation':>10}" + f"{'sqlite':>9}{'pg':>9}{'pg/sq':>6}" * 3)
    for op in lite:
        cells = ""
        for key in ("per_s", "median", "p99"):
            a, b = lite[op][key], pg[op][key]
            ratio = b / a if a else math.nan
            cells += f"{a:>9.1f}{b:>9.1f}{ratio:>6.1f}"
        print(f"{op:>10}" + cells)
    for label, key in (("conflicts", "conflicts"),):
        print(f"{label:>10}{results['sqlite'][key]:>9}{results['postgresql'][key]:>9}")
    print(f"{'errors':>10}{sum(results['sqlite']['errors'].values()):>9}"
          f"{sum(results['postgresql']['errors'].values()):>9}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--backend", choices=list(BACKENDS), default="postgresql")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--partners", type=int, default=100_000)
    parser.add_argument("--hot", type=int, default=100,
                        help="edits go to partners 1..HOT (0: any partner)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--pg-url", default=DEFAULT_PG_URL,
                        help="PostgreSQL database the bench drops and recreates "
                             f"(default: {DEFAULT_PG_URL.replace(':bkk_admin@', ':***@')})")
    args = parser.parse_args()
    mix = ", ".join(f"{op} {w}%" for op, w in MIX.items())
    print(f"{args.clients} clients x {args.seconds:g} s on {args.partners:,} partners; "
          f"mix: {mix}; edits on {args.hot or 'any'} hot partners")
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for engine in BACKENDS[args.backend]:
            target = prepare(engine, args.partners, args.pg_url, Path(tmp))
            results[engine] = run(engine, target, args.clients, args.seconds, args.partners,
                                  args.hot, args.seed)
            print_result(engine, results[engine], args.clients)
            if engine == "postgresql":
                drop_pg_database(args.pg_url)
            else:
                for side in ("", "-wal", "-shm"):
                    Path(f"{target}{side}").unlink(missing_ok=True)
    if len(results) == 2:
        print_side_by_side(results)


if __name__ == "__main__":
    main()
