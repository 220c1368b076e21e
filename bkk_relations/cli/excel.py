"""Command-line commands for the excel features (registered by cli.build_parser):
``export`` (ready-made reports to .xlsx/.csv), ``import`` (spreadsheets into the database,
all or nothing) and ``undo-import``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from ..core import dates, files
from ..core.excel.columns import IMPORT_TYPES
from ..core.excel.export import ExportOptions
from ..core.excel.reports import REPORT_ENTITY, REPORTS, export_report
from ..core.excel.values import (
    parse_country,
    parse_date,
    parse_number,
    parse_region,
    parse_vocab,
)
from ..core.imports.batches import import_batches, last_import, undo_import
from ..core.imports.run import (
    ACTIONS,
    ImportPlan,
    MappingProblem,
    column_letter,
    plan_import,
    run_import,
)
from ..core.messages import FieldName, Joined, Msg
from ..core.records.repository import Query
from ..core.storage import redact
from .language import Language, counted
from .support import (
    MAX_ID,
    OutputFile,
    UsageError,
    WholeNumber,
    open_register,
    output_path,
    whole_number,
)

AddCommand = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]

# The filters each report takes (Query fields), as --filter KEY=VALUE.
REPORT_FILTERS = {
    "partner": ("text", "kind", "org_type", "country", "region", "status", "sector", "sdg",
                "year_from", "year_to"),
    "agreement": ("text", "type", "status", "kind", "country", "region", "sector", "sdg",
                  "year_from", "year_to"),
    "project": ("text", "status", "kind", "country", "region", "sector", "sdg", "year_from",
                "year_to", "agreement_id"),
    "activity": ("text", "type", "kind", "country", "region", "year_from", "year_to",
                 "project_id", "agreement_id"),
}
_VOCABS = {("kind", None): "PARTNER_KINDS", ("org_type", None): "ORG_TYPES",
           ("sector", None): "SECTORS", ("status", "partner"): "PARTNER_STATUSES",
           ("status", "agreement"): "AGREEMENT_STATUSES",
           ("status", "project"): "PROJECT_STATUSES", ("type", "agreement"): "AGREEMENT_TYPES",
           ("type", "activity"): "ACTIVITY_TYPES"}


def parse_filter(entity: str, item: str) -> tuple[str, object]:
    """KEY=VALUE → (Query field, value), the value read as the editors read it."""
    key, sep, text = item.partition("=")
    key, text = key.strip().replace("-", "_"), text.strip()
    allowed = REPORT_FILTERS[entity]
    if not sep or key not in allowed:
        raise UsageError(f"--filter {item!r}: use KEY=VALUE with KEY one of "
                         f"{', '.join(allowed)}.")
    try:
        name = _VOCABS.get((key, None)) or _VOCABS.get((key, entity))
        if name:
            return key, parse_vocab(name, text)
        if key == "country":
            return key, parse_country(text)
        if key == "region":
            return key, parse_region(text)
        if key == "sdg":
            sdg = parse_number(text, integer=True)
            if sdg is None or not 1 <= sdg <= 17:
                raise ValueError("SDGs are numbered 1 to 17")
            return key, sdg
        if key in ("year_from", "year_to"):
            year = whole_number(text, f"--filter {key}", 1, 9999)
            return key, year - dates.BE_OFFSET if year > 2300 else year
        if key.endswith("_id"):
            return key, whole_number(text, f"--filter {key}", 1, MAX_ID)
    except ValueError as exc:
        raise UsageError(f"--filter {item!r}: {exc}.") from None
    return key, text


def _date_arg(name: str, text: str | None) -> str | None:
    if not text:
        return None
    try:
        return parse_date(text)
    except ValueError as exc:
        raise UsageError(f"{name}: {exc}.") from None


def cmd_export(args: argparse.Namespace) -> int:
    out = output_path(args.out, "--out", databases=[args.db], suffixes=(".xlsx", ".csv"))
    if args.report == "profile":
        if args.partner is None:
            raise UsageError("the profile report needs --partner ID.")
        if args.filter:
            raise UsageError("the profile report takes no --filter; it shows one partner.")
        if out.suffix.lower() == ".csv":
            raise UsageError("the profile report has several sheets; use --out FILE.xlsx.")
    elif args.report == "partners" and args.partner is not None:
        raise UsageError("--partner applies to the agreements, projects, activities and "
                         "profile reports.")
    entity = REPORT_ENTITY[args.report]
    date_from, date_to = _date_arg("--from", args.date_from), _date_arg("--to", args.date_to)
    if (date_from or date_to) and args.report not in ("activities", "profile"):
        raise UsageError("--from/--to apply to the activities and profile reports.")
    if date_from and date_to and date_to < date_from:
        raise UsageError("--to is before --from.")
    query = Query()
    for item in args.filter or []:
        key, value = parse_filter(entity, item)
        setattr(query, key, value)
    with open_register(args.db) as reg:
        result = export_report(
            reg, args.report, out, query=query, partner_id=args.partner,
            date_from=date_from, date_to=date_to, all_columns=args.all_columns,
            options=ExportOptions(language=args.language or args.message_language,
                                  calendar=args.calendar))
    print(wrote_report(args.in_language, args.report, result.rows, out, len(result.sheets)))
    return 0


def wrote_report(say: Language, report: str, rows: int, out: Path, sheets: int = 1) -> str:
    """What an export wrote, in ``say``'s language, naming the report in it."""
    params = {"rows": counted(rows, "export.one_row", "export.rows"), "sheets": sheets,
              "file": str(out), "report": REPORTS[report][1 if say.code == "th" else 0]}
    return say(Msg("export.wrote_sheets" if sheets > 1 else "export.wrote", params))


def _mapping_arg(text: str | None) -> dict[str, str | None] | None:
    if not text:
        return None
    source = Path(text)
    try:
        raw = (files.input_file(source, what="mapping file").read_text(encoding="utf-8")
               if source.exists() else text)
        mapping = json.loads(raw)
    except (OSError, ValueError) as exc:
        raise UsageError(f"--mapping is not JSON ({exc}); give e.g. "
                         "'{\"City\": \"name_en\", \"Remarks\": \"notes\"}' or a .json file.")
    if not isinstance(mapping, dict) or not all(
            isinstance(v, str | None) for v in mapping.values()):
        raise UsageError("--mapping must be a JSON object of column → field (or null).")
    return mapping


def _import_type(text: str) -> str:
    """A record type by its plural (as listed) or its singular ("partner")."""
    for plural, entity in IMPORT_TYPES.items():
        if text in (plural, entity):
            return plural
    raise argparse.ArgumentTypeError(f"invalid choice: {text!r} (choose from "
                                     f"{', '.join(IMPORT_TYPES)})")


def _report(plan: ImportPlan, say: Language) -> None:
    """What the import will do, row by row, and every problem, in ``say``'s language."""
    sheet, entity = plan.sheet, plan.entity
    where = (Msg("import.report.in_sheet", {"sheet": sheet.name})
             if plan.file.kind != "csv" else "")
    print(say(Msg("import.report.reading", {"file": Path(plan.file.path).name, "sheet": where,
                                            "row": sheet.header_row})))
    heads = sheet.headers
    used = [f"{(heads[i] if i < len(heads) else '') or column_letter(i)} → "
            f"{say(FieldName(entity, k))} "
            f"({plan.confidence.get(i, 1.0):.0%})" for i, k in sorted(plan.mapping.items())]
    ignored = [h for i, h in enumerate(sheet.headers) if h and i not in plan.mapping]
    if used:
        print(say(Msg("import.report.columns", {
            "used": ", ".join(used),
            "ignored": Msg("import.report.ignored", {"columns": ", ".join(ignored)})
            if ignored else ""})))
    for p in plan.file_problems:
        print(say(p))
    if plan.file_problems:
        return
    print(say(Msg("import.report.summary", {"summary": plan.summary_message()})))
    for r in plan.rows:
        if r.status == "empty":
            code = "import.report.empty_rows" if r.until > r.row else "import.report.empty_row"
            print(say(Msg(code, {"rows": r.rows_label})))
        elif r.match_id is not None:
            changes: object = ""
            if r.action == "update":
                changes = Msg("import.report.changes", {"fields": Joined(tuple(
                    FieldName(entity, k) for k in r.changes), ", ")}) if r.changes \
                    else Msg("import.report.no_changes")
            print(say(Msg("import.report.match", {
                "row": r.row, "status": Msg(f"import.status.{r.status}"), "match": r.match_label,
                "action": Msg(f"import.action.{r.action}"), "changes": changes})))
        for n in r.notes:
            print(say(Msg("import.report.note", {"where": n.where(say.code, say.translate),
                                                 "note": Msg(n.code, n.params)})))
        for p in r.problems:
            print(say(p))


def cmd_import(args: argparse.Namespace) -> int:
    say = args.in_language
    if not Path(args.file).exists():
        raise UsageError(say(Msg("file.missing", {"path": args.file})))
    overrides = _mapping_arg(args.mapping)
    with open_register(args.db) as reg:
        try:
            plan = plan_import(reg, args.file, args.type, sheet=args.sheet,
                               overrides=overrides, on_duplicate=args.on_duplicate)
        except MappingProblem as exc:  # a column or field the mapping names is unknown
            raise UsageError(f"--mapping: {say(exc)}.") from None
        with plan:
            _report(plan, say)
            if not plan.ok:
                n = len({p.row for p in plan.problems})
                what = (Msg("import.report.the_file") if plan.file_problems
                        else Msg("import.report.rows", {"n": n}))
                print(say(Msg("cli.error", {"error": Msg("import.report.refused",
                                                         {"what": what})})),
                      file=sys.stderr)
                return 1
            result = run_import(reg, plan, dry_run=args.dry_run)
    done = Msg("import.report.done", {"created": result.created, "updated": result.updated,
                                      "unchanged": result.unchanged, "skipped": result.skipped})
    if result.ties_created or result.ties_dated:
        print(say(Msg("import.report.ties", {"created": result.ties_created,
                                             "dated": result.ties_dated})))
    if result.dry_run:
        print(say(Msg("import.report.dry_run", {"done": done})))
    elif result.batch_id is None:
        print(say(Msg("import.report.nothing", {"done": done})))
    else:
        print(say(Msg("import.report.imported", {"done": done, "batch": result.batch_id,
                                                 "db": redact(args.db)})))
    return 0


def cmd_undo_import(args: argparse.Namespace) -> int:
    say = args.in_language
    with open_register(args.db) as reg:
        if args.list:
            for b in import_batches(reg):
                state = say(Msg("undo.listed_undone")) if b.undone else ""
                print(f"{b.batch_id}\t{b.started[:16].replace('T', ' ')}\t{b.user}\t"
                      f"{say(b.what())}\t{say(b.counts())}{state}")
            return 0
        batch = args.batch
        if batch is None:
            latest = last_import(reg)
            if latest is None:
                raise UsageError(say(Msg("undo.nothing")))
            batch = latest.batch_id
        counts = undo_import(reg, batch)
    print(say(Msg("undo.done", {"batch": batch, **counts})))
    return 0


def register(add: AddCommand) -> None:
    """Add this module's subcommands; `add(name, func, help)` returns a parser that
    already has --db."""
    p = add("export", cmd_export, "Write a report to .xlsx or .csv (Partner list, Agreement "
                                  "register, Project portfolio, Activity log, Follow-up "
                                  "tracker, Lessons brought home, Partner profile).")
    p.add_argument("--report", required=True, choices=list(REPORTS))
    p.add_argument("--partner", type=WholeNumber(1, MAX_ID), metavar="ID",
                   help="the partner of the profile (or only this partner's records)")
    p.add_argument("--filter", action="append", metavar="KEY=VALUE",
                   help="e.g. country=Japan, kind=city, status=active, sector=waste, sdg=11, "
                        "year_from=2010 (repeatable)")
    p.add_argument("--from", dest="date_from", metavar="DATE",
                   help="activities from this date (dd/mm/yyyy, ISO or B.E. year)")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="activities up to this date")
    p.add_argument("--language", choices=["en", "th"],
                   help="the language of the report (default: the program's --language)")
    p.add_argument("--calendar", choices=["gregorian", "buddhist"], default="gregorian")
    p.add_argument("--all-columns", action="store_true",
                   help="every column, as wide as it gets (default for .xlsx: the columns a "
                        "printed A4 page holds; a .csv always has them all)")
    p.add_argument("--out", required=True, metavar="FILE", action=OutputFile,
                   help="FILE.xlsx or FILE.csv (never a database)")

    p = add("import", cmd_import, "Import partners, contacts, agreements, projects, "
                                  "activities, follow-up actions or lessons from .xlsx or "
                                  ".csv: every row checked, all or nothing.")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--type", required=True, type=_import_type,
                   metavar="{" + ",".join(IMPORT_TYPES) + "}")
    p.add_argument("--sheet", metavar="NAME", help="the sheet to read (default: the one "
                                                   "whose headers fit best)")
    p.add_argument("--mapping", metavar="JSON", help="column → field, e.g. "
                   "'{\"City\": \"name_en\", \"Remarks\": null}' (or a .json file)")
    p.add_argument("--dry-run", action="store_true", help="check everything, change nothing")
    p.add_argument("--on-duplicate", choices=list(ACTIONS),
                   help="what to do with rows matching an existing record (default: update "
                        "exact matches, create possible duplicates)")

    p = add("undo-import", cmd_undo_import, "Undo an import (by default the latest).")
    p.add_argument("--batch", metavar="ID")
    p.add_argument("--list", action="store_true", help="list the imports instead")
