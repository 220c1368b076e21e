"""The ``actions`` command (registered by cli.build_parser): the follow-up actions still to
do, or the overdue ones, as lines, JSON or the Follow-up tracker workbook."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import asdict

from ..core.excel.export import ExportOptions
from ..core.excel.reports import export_report
from ..core.records.repository import Query
from ..core.views import alerts
from .support import OutputFile, open_register, output_path, printable

AddCommand = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def register(add: AddCommand) -> None:
    """Add the command; ``add(name, func, help)`` returns a parser that already has --db."""
    p = add("actions", cmd_actions,
            "List the follow-up actions still to do (open or in progress), soonest due first; "
            "a month or a year is due by its last day.")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--overdue", action="store_true",
                       help="only the actions past their due date")
    which.add_argument("--all", action="store_true",
                       help="every action, done and dropped ones too")
    p.add_argument("--json", action="store_true", help="print JSON instead of lines")
    p.add_argument("--out", metavar="FILE", action=OutputFile,
                   help="also write these actions as the Follow-up tracker (FILE.xlsx or "
                        "FILE.csv)")
    p.add_argument("--calendar", choices=["gregorian", "buddhist"], default="gregorian",
                   help="the calendar of the tracker's dates")


def _when(a: alerts.DueAction) -> str:
    if a.due_date is None:
        return "no due date"
    if a.days_left is None or a.status not in ("open", "in_progress"):
        return f"due {a.due_date}"
    if a.days_left < 0:
        return f"due {a.due_date} ({-a.days_left} days overdue)"
    return f"due {a.due_date} (today)" if a.days_left == 0 else \
        f"due {a.due_date} (in {a.days_left} days)"


def cmd_actions(args: argparse.Namespace) -> int:
    query = Query(overdue=args.overdue, to_do=not args.all)
    out = (output_path(args.out, "--out", databases=[args.db], suffixes=(".xlsx", ".csv"))
           if args.out else None)
    with open_register(args.db) as reg:
        found = alerts.follow_up_actions(reg, query)
        if out is not None:
            export_report(reg, "actions", out, query=query,
                          options=ExportOptions(language=args.message_language,
                                                calendar=args.calendar))
    if args.json:
        print(json.dumps([{**asdict(a), "overdue": a.overdue} for a in found],
                         ensure_ascii=False, indent=2))
    else:
        what = ("Overdue follow-up actions" if args.overdue else
                "Follow-up actions" if args.all else "Follow-up actions still to do")
        print(f"{what}: {len(found)}")
        for a in found:
            extra = " — ".join(printable(x) for x in (a.unit, a.partners) if x)
            print(f"  [{a.id}] {printable(a.title)} — {_when(a)} [{a.status}]"
                  + (f" — {extra}" if extra else ""))
    if out is not None:  # beside JSON, on stderr: stdout stays JSON alone
        print(f"Wrote {len(found):,} actions to {out} (Follow-up tracker).",
              file=sys.stderr if args.json else sys.stdout)
    return 0
