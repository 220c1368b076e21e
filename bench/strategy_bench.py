"""Strategy benchmark: the strategy view's figures for one framework, the view by unit and
the year in review at 100,000 partners, beside a naive per-record path in the same run.

    .venv/bin/python bench/strategy_bench.py --partners 100000

The register is filled with `generate`, then aligned here: every project, agreement and
activity to 0-2 of the Governor's nine dimensions, a plan of 5 issues with 3 sub-goals
each, projects' units, and (when `generate` wrote none) follow-up actions and lessons,
one per 20 activities, aligned and owned alike. The naive path reads each goal's records
through the repository (``Query(goal_id=...)``, the lists' filter) and counts them record
by record in Python, as a report written without the grouped queries would.

Each figure is timed as the window computes it: off the GUI thread, on a reading connection
opened for it (so its page cache starts empty), median of --runs.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bkk_relations.core.records import vocab  # noqa: E402
from bkk_relations.core.records.models import (  # noqa: E402
    Action,
    Activity,
    Agreement,
    Framework,
    Goal,
    Lesson,
    Project,
)
from bkk_relations.core.records.repository import Query  # noqa: E402
from bkk_relations.core.register import Register  # noqa: E402
from bkk_relations.core.sample.generate import generate  # noqa: E402
from bkk_relations.core.strategy import coverage as cov  # noqa: E402
from bkk_relations.core.strategy.frameworks import find_framework, goals  # noqa: E402
from bkk_relations.core.strategy.review import year_review  # noqa: E402


def align(reg: Register, seed: int = 7) -> dict[str, int]:
    """Alignment rows, written straight into the link tables in one transaction."""
    rng = random.Random(seed)
    conn = reg.conn
    plan = reg.records.create(Framework(name_en="International affairs plan 2566-2570"))
    plan_goals = []
    for i in range(1, 6):
        top = reg.records.create(Goal(framework_id=plan.id, code=str(i), name_en=f"Issue {i}"))
        plan_goals.append(top.id)
        for j in range(1, 4):
            plan_goals.append(reg.records.create(Goal(
                framework_id=plan.id, code=f"{i}.{j}", name_en=f"Issue {i}.{j}",
                parent_id=top.id)).id)
    nine = [g.id for g in goals(reg, find_framework(reg, "bkk_nine_dimensions").id)]
    units = [r[0] for r in conn.execute("SELECT id FROM units")]
    counts: dict[str, int] = {}
    today = _dt.date.today()
    with reg.db.transaction():
        for table, owner in (("agreement_goals", "agreements"), ("project_goals", "projects"),
                             ("activity_goals", "activities")):
            col = table.split("_")[0] + "_id"
            rows = []
            for (rid,) in conn.execute(f"SELECT id FROM {owner}").fetchall():
                for g in set(rng.sample(nine, rng.randint(0, 2))
                             + rng.sample(plan_goals, rng.randint(0, 1))):
                    rows.append((rid, g))
            conn.executemany(f"INSERT INTO {table} ({col}, goal_id) VALUES (?, ?)", rows)
            counts[table] = len(rows)
        if units:
            rows = [(pid, rng.choice(units)) for (pid,) in conn.execute(
                "SELECT id FROM projects").fetchall() if rng.random() < 0.5]
            conn.executemany("INSERT INTO project_units (project_id, unit_id) VALUES (?, ?) "
                             "ON CONFLICT DO NOTHING", rows)
        has_actions = conn.execute("SELECT count(*) FROM actions").fetchone()[0]
        if not has_actions:
            now = _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")
            acts = conn.execute("SELECT id, start_date FROM activities").fetchall()
            picked = acts[::20]
            for kind in ("actions", "lessons"):
                for aid, start in picked:
                    due = (start or today.isoformat())[:7]
                    if kind == "actions":
                        status = rng.choice(list(vocab.ACTION_STATUSES))
                        cur = conn.execute(
                            "INSERT INTO actions (title_en, status, due_date, unit_id, "
                            "activity_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                            "RETURNING id", (f"Follow up {aid}", status, due,
                                             rng.choice(units) if units else None, aid,
                                             now, now))
                        link = "action_goals (action_id, goal_id)"
                    else:
                        stage = rng.choice(list(vocab.LESSON_STAGES))
                        cur = conn.execute(
                            "INSERT INTO lessons (title_en, stage, scaled_date, activity_id, "
                            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                            (f"Lesson {aid}", stage, due if stage == "scaled_up" else None,
                             aid, now, now))
                        link = "lesson_goals (lesson_id, goal_id)"
                    new = cur.fetchone()[0]
                    conn.execute(f"INSERT INTO {link} VALUES (?, ?)", (new, rng.choice(nine)))
                    if kind == "lessons" and units:
                        conn.execute("INSERT INTO lesson_units (lesson_id, unit_id) "
                                     "VALUES (?, ?)", (new, rng.choice(units)))
                counts[kind] = len(picked)
    return counts


def _counts(rec: object, year: int, today: str) -> tuple[bool, list[int]]:
    """Whether one record counts for its goal, and the partners it brings."""
    status = getattr(rec, "status", None)
    if isinstance(rec, Agreement):
        expiry = rec.expiry_date
        live = status in cov.IN_FORCE_STATUSES and (not expiry or expiry >= today[:len(expiry)])
        return live, rec.party_ids
    if isinstance(rec, Project):
        return status in cov.ACTIVE_PROJECT_STATUSES, rec.partner_ids
    if isinstance(rec, Activity):
        return (rec.start_date or "")[:4] == str(year), rec.partner_ids
    if isinstance(rec, Action):
        return status in vocab.OPEN_ACTION_STATUSES, []
    return getattr(rec, "stage", None) in ("piloted", "scaled_up"), []


def naive(reg: Register, framework: str, year: int) -> dict[int, int]:
    """Each goal's records through the repository, counted one by one (no roll-up of
    sub-goals: the naive path is already the slower one without it)."""
    fw = find_framework(reg, framework)
    today = _dt.date.today().isoformat()
    out: dict[int, int] = {}
    for g in goals(reg, fw.id):
        partners: set[int] = set()
        n = 0
        for cls in (Agreement, Project, Activity, Action, Lesson):
            for rec in reg.records.list(cls, Query(goal_id=g.id, limit=None)).records:
                counted, brought = _counts(rec, year, today)
                if counted:
                    n += 1
                    partners.update(brought)
        out[g.id] = n + len(partners)
    return out


def timed(fn, runs: int) -> tuple[float, float]:
    """Median wall-clock and CPU milliseconds. The work runs on this thread, so its CPU time
    is what it would take on a free core; on a busy machine the wall clock waits for one."""
    wall, cpu = [], []
    for _ in range(runs):
        t, c = time.perf_counter(), time.thread_time()
        fn()
        cpu.append((time.thread_time() - c) * 1000)
        wall.append((time.perf_counter() - t) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--partners", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--db", help="an existing generated and aligned file to reuse")
    args = ap.parse_args()
    year = _dt.date.today().year
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or str(Path(tmp) / "strategy.db")
        if not args.db or not Path(path).exists():
            reg = Register.create(path)
            t = time.perf_counter()
            generate(reg, partners=args.partners, seed=42)
            print(f"generate {args.partners:,} partners: {time.perf_counter() - t:.0f} s")
            t = time.perf_counter()
            print(f"alignment {align(reg)}: {time.perf_counter() - t:.1f} s")
            reg.close()
        with Register.open(path) as reg:
            rows = []

            def read(fn):
                # as the window reads: on a reading connection of its own, opened for it
                def run():
                    with reg.reading() as reader:
                        return fn(reader)
                return run

            page = "strategy page (figures and by unit, nine dimensions)"
            for name, fn in (
                    ("strategy figures, nine dimensions",
                     lambda r: cov.coverage(r, "bkk_nine_dimensions", year=year)),
                    ("strategy figures, plan (5 issues x 3 sub-goals)",
                     lambda r: cov.coverage(r, "International affairs plan 2566-2570",
                                            year=year)),
                    ("strategy figures, SDGs (SDG lists counted)",
                     lambda r: cov.coverage(r, "sdgs", year=year)),
                    ("by unit, nine dimensions",
                     lambda r: cov.by_unit(r, "bkk_nine_dimensions")),
                    (page, lambda r: (cov.coverage(r, "bkk_nine_dimensions", year=year),
                                      cov.by_unit(r, "bkk_nine_dimensions"))),
                    ("year in review", lambda r: year_review(r, year - 1))):
                rows.append((name, *timed(read(fn), args.runs)))
            rows.append(("naive per-record path, nine dimensions",
                         *timed(lambda: naive(reg, "bkk_nine_dimensions", year), 1)))
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"\n| {args.partners:,} partners (load {load:.1f}) | ms (median of {args.runs}) "
          "| CPU ms | goal |")
    print("|---|---|---|---|")
    for name, ms, cpu in rows:
        goal = "" if name.startswith(("naive", "strategy page")) else "< 500"
        print(f"| {name} | {ms:,.0f} | {cpu:,.0f} | {goal} |")


if __name__ == "__main__":
    main()
