"""The city's strategy from the command line: ``framework list|import|export``,
``strategy`` (figures per goal and per unit to .xlsx) and ``review`` (the year in review)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

from ..core.excel.export import ExportOptions
from ..core.excel.strategy import export_review, export_strategy
from ..core.messages import Msg
from ..core.strategy import coverage as cov
from ..core.strategy.frameworks import find_framework, frameworks, goals
from ..core.strategy.sheet import export_framework, import_framework
from .support import OutputFile, UsageError, input_file, open_register, output_path

AddCommand = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def _year(text: str) -> int:
    try:
        year = cov.ce_year(text)
    except ValueError:
        raise argparse.ArgumentTypeError(str(Msg("strategy.bad_year", {"value": text}))
                                          ) from None
    if not 1900 <= year <= 2200:
        raise argparse.ArgumentTypeError(str(Msg("strategy.bad_year", {"value": text})))
    return year


def _options(args: argparse.Namespace) -> ExportOptions:
    return ExportOptions(language=args.language or args.message_language,
                         calendar=args.calendar)


def cmd_framework(args: argparse.Namespace) -> int:
    say = args.in_language
    lang = say.code
    if args.action == "list":
        if args.file or args.framework:
            raise UsageError("framework list takes no FILE and no --framework.")
        with open_register(args.db) as reg:
            found = [(f, len(goals(reg, f.id))) for f in frameworks(reg)]
        if args.json:
            print(json.dumps([{"id": f.id, "name_en": f.name_en, "name_th": f.name_th,
                               "builtin": f.builtin, "goals": n} for f, n in found],
                             ensure_ascii=False, indent=2))
        for f, n in [] if args.json else found:
            key = f" ({f.builtin})" if f.builtin else ""
            print(f"{f.id}\t{f.name(lang)}{key}\t{n}")
        return 0
    if not args.framework:
        raise UsageError(f"framework {args.action} needs --framework NAME.")
    if not args.file:
        raise UsageError(f"framework {args.action} needs the FILE to "
                         f"{'read' if args.action == 'import' else 'write'}.")
    if args.action == "import":
        path = input_file(args.file)
        with open_register(args.db) as reg:
            fw = find_framework(reg, args.framework)
            result = import_framework(reg, fw, path)
        if result.batch_id:
            print(say(Msg("strategy.imported", {
                "framework": fw.name(lang), "created": result.created,
                "updated": result.updated, "unchanged": result.unchanged,
                "batch": result.batch_id})))
        else:
            print(say(Msg("strategy.imported_nothing", {"framework": fw.name(lang)})))
        return 0
    out = output_path(args.file, "FILE", databases=[args.db], suffixes=(".xlsx", ".csv"))
    with open_register(args.db) as reg:
        fw = find_framework(reg, args.framework)
        n = export_framework(reg, fw, out, options=_options(args))
    print(say(Msg("strategy.exported", {"n": n, "framework": fw.name(lang), "file": out})))
    return 0


def cmd_strategy(args: argparse.Namespace) -> int:
    say = args.in_language
    out = output_path(args.out, "--out", databases=[args.db], suffixes=(".xlsx",))
    opts = _options(args)
    with open_register(args.db) as reg:
        fw = find_framework(reg, args.framework)
        c = cov.coverage(reg, fw, year=args.year, today=opts.day)
        units = cov.by_unit(reg, fw)
        export_strategy(reg, fw, out, year=args.year, options=opts, first=args.by)
    print(say(Msg("strategy.wrote", {
        "framework": fw.name(opts.language), "file": out, "goals": len(c.goals),
        "uncovered": len(c.uncovered), "units": len(units.units), "idle": len(units.idle)})))
    return 0


def cmd_review(args: argparse.Namespace) -> int:
    say = args.in_language
    out = output_path(args.out, "--out", databases=[args.db], suffixes=(".xlsx",))
    opts = _options(args)
    with open_register(args.db) as reg:
        result = export_review(reg, args.year, out, options=opts)
    shown = args.year + 543 if opts.calendar == "buddhist" else args.year
    print(say(Msg("strategy.wrote_review", {"year": shown, "file": Path(result.path),
                                            "rows": result.rows,
                                            "sheets": len(result.sheets)})))
    return 0


def _report_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--language", choices=["en", "th"],
                   help="the language of the workbook (default: the program's --language)")
    p.add_argument("--calendar", choices=["gregorian", "buddhist"], default="gregorian")


def register(add: AddCommand) -> None:
    """Add this module's subcommands; `add(name, func, help)` returns a parser with --db."""
    p = add("framework", cmd_framework,
            "List the strategy frameworks, or import or export one framework's goals as a "
            "sheet (Code, Parent code, English, Thai, Description).")
    p.add_argument("action", choices=["list", "import", "export"], metavar="ACTION",
                   help="list, import or export")
    p.add_argument("file", nargs="?", metavar="FILE",
                   help="right after the action: import reads this .xlsx/.csv, export writes "
                        "it (e.g. framework --db FILE export plan.xlsx --framework NAME)")
    p.add_argument("--framework", metavar="NAME",
                   help="the framework's English or Thai name, number, or builtin key "
                        "(sdgs, bkk_nine_dimensions)")
    p.add_argument("--json", action="store_true", help="list: print JSON")
    _report_options(p)

    p = add("strategy", cmd_strategy,
            "Write the strategy view of a framework to .xlsx: per goal, partners engaged, "
            "agreements in force, active projects, activities of the year, open and overdue "
            "follow-up actions, lessons piloted and scaled up; and per unit.")
    p.add_argument("--framework", required=True, metavar="NAME",
                   help="English or Thai name, number, or builtin key")
    p.add_argument("--year", type=_year, metavar="Y",
                   help="the year whose activities count, C.E. or B.E. (default: this year)")
    p.add_argument("--by", choices=["goal", "unit"], default="goal",
                   help="the sheet shown first; the workbook holds both")
    p.add_argument("--out", required=True, metavar="FILE.xlsx", action=OutputFile)
    _report_options(p)

    p = add("review", cmd_review, "Write the year in review to .xlsx: agreements signed, "
                                  "renewed and expired; activities by type and partner; "
                                  "projects by goal; units engaged; follow-up actions done "
                                  "and overdue; lessons scaled up.")
    p.add_argument("--year", type=_year, required=True, metavar="Y", help="C.E. or B.E.")
    p.add_argument("--out", required=True, metavar="FILE.xlsx", action=OutputFile)
    _report_options(p)

