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
from ..core.messages import Day, Label, Msg, Name
from ..core.records.repository import Query
from ..core.views import alerts
from .excel import wrote_report
from .language import Language
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


def _when(a: alerts.DueAction) -> Msg:
    if a.due_date is None:
        return Msg("actions.no_date")
    date = Day(a.due_date)
    if a.days_left is None or a.status not in ("open", "in_progress"):
        return Msg("actions.due", {"date": date})
    if a.days_left < 0:
        code = "actions.due_late_one" if a.days_left == -1 else "actions.due_late"
        return Msg(code, {"date": date, "days": -a.days_left})
    code = {0: "actions.due_today", 1: "actions.due_tomorrow"}.get(a.days_left, "actions.due_in")
    return Msg(code, {"date": date, "days": a.days_left})


def action_line(say: Language, a: alerts.DueAction, *, with_status: bool = True) -> str:
    """One action as a line (without its indent): its title in the reader's language, when
    it is due, its status, and who owns it."""
    params = {"id": a.id, "title": Name(a.title, a.title_th), "when": _when(a),
              "status": Label("ACTION_STATUSES", a.status)}
    line = say(Msg("actions.row" if with_status else "actions.row_brief", params))
    return " — ".join([line, *(x for x in (a.unit, a.partners) if x)])


def cmd_actions(args: argparse.Namespace) -> int:
    query = Query(overdue=args.overdue, to_do=not args.all)
    out = (output_path(args.out, "--out", databases=[args.db], suffixes=(".xlsx", ".csv"))
           if args.out else None)
    say = args.in_language
    with open_register(args.db) as reg:
        found = alerts.follow_up_actions(reg, query, language=say.code)
        if out is not None:
            export_report(reg, "actions", out, query=query,
                          options=ExportOptions(language=args.message_language,
                                                calendar=args.calendar))
    if args.json:
        print(json.dumps([{**asdict(a), "overdue": a.overdue} for a in found],
                         ensure_ascii=False, indent=2))
    else:
        what = "actions.overdue" if args.overdue else "actions.all" if args.all else \
            "actions.to_do"
        print(say(Msg(what, {"n": len(found)})))
        for a in found:
            print("  " + printable(action_line(say, a)))
    if out is not None:  # beside JSON, on stderr: stdout stays JSON alone
        print(wrote_report(say, "actions", len(found), out),
              file=sys.stderr if args.json else sys.stdout)
    return 0
