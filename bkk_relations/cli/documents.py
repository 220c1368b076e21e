"""Command-line commands for the documents (registered by cli.build_parser): ``brief``, the
briefing before a visit as Word or PDF, and ``calendar``, the reminders as an .ics file for
the officers' calendars."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from ..core.messages import Msg
from .language import counted
from .support import (
    MAX_ID,
    OutputFile,
    UsageError,
    WholeNumber,
    open_register,
    output_path,
    printable,
)

AddCommand = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]

LANGUAGES = ["en", "th"]
CALENDARS = ["gregorian", "buddhist"]
BRIEF_FORMATS = (".docx", ".pdf")


def register(add: AddCommand) -> None:
    """Add this module's subcommands; ``add(name, func, help)`` returns a parser that
    already has --db."""
    from ..core.documents.calendar import DEFAULT_DAYS, MAX_DAYS

    p = add("brief", cmd_brief, "Write the briefing on a partner (or on an activity and its "
                                "partners) as Word (.docx) or PDF, for a visit.")
    p.add_argument("--partner", metavar="NAME_OR_ID",
                   help="the partner: its id, or its English or Thai name or acronym")
    p.add_argument("--activity", metavar="ID", type=WholeNumber(1, MAX_ID),
                   help="an activity (a visit, a meeting): the briefing covers it and its "
                        "partners (with --partner: only that one)")
    p.add_argument("--out", required=True, metavar="FILE", action=OutputFile,
                   help="FILE.docx or FILE.pdf (the format follows the extension)")
    _language_options(p)
    p = add("calendar", cmd_calendar, "Write the reminders as an iCalendar file (.ics) for "
                                      "Outlook, Google or Thunderbird: agreement expiries "
                                      "with reminders 180, 90 and 30 days before, upcoming "
                                      "activities and follow-up actions. Importing a newer "
                                      "file updates the events of an older one.")
    p.add_argument("--out", required=True, metavar="FILE", action=OutputFile,
                   help="FILE.ics")
    p.add_argument("--days", type=WholeNumber(1, MAX_DAYS), default=DEFAULT_DAYS,
                   metavar="N", help=f"the next N days (1 to {MAX_DAYS:,}; default "
                                     f"{DEFAULT_DAYS})")
    _language_options(p)


def _language_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--language", metavar="LANG",
                   help="en or th (default: the language the command line speaks, "
                        "bkk-relations-cli --language)")
    p.add_argument("--calendar", metavar="CAL",
                   help="gregorian or buddhist (default: buddhist in Thai, else gregorian)")


def _choice(value: str, option: str, choices: list[str]) -> str:
    if value not in choices:
        raise UsageError(f"{option} must be one of {', '.join(choices)}, not "
                         f"'{printable(value)}'.")
    return value


def _language(args: argparse.Namespace) -> tuple[str, str]:
    language = _choice(args.language or args.message_language, "--language", LANGUAGES)
    default = "buddhist" if language == "th" else "gregorian"
    return language, _choice(args.calendar or default, "--calendar", CALENDARS)


def cmd_brief(args: argparse.Namespace) -> int:
    out = output_path(args.out, "--out", databases=[args.db], suffixes=BRIEF_FORMATS)
    language, calendar = _language(args)
    if args.partner is None and args.activity is None:
        raise UsageError("name the partner (--partner NAME_OR_ID) or the activity "
                         "(--activity ID) to brief on.")
    if args.partner is not None and not args.partner.strip():
        raise UsageError("--partner is empty; give a partner's id, name or acronym.")
    # Heavy imports only now, so the other commands start fast.
    from ..core.documents import briefing, pdf, word
    from ..core.errors import CoreError, NotFoundError

    with open_register(args.db) as reg:
        try:
            partner = briefing.find_partner(reg, args.partner) if args.partner else None
            if args.activity is not None:
                doc = briefing.activity_briefing(
                    reg, args.activity, partner_id=partner.id if partner else None,
                    language=language, calendar=calendar)
            else:
                assert partner is not None and partner.id is not None
                doc = briefing.partner_briefing(reg, partner.id, language=language,
                                                calendar=calendar)
        except NotFoundError as exc:
            raise UsageError(str(exc)) from None
        except CoreError as exc:
            raise UsageError(str(exc)) from None
    if out.suffix.lower() == ".pdf":
        pdf.write_pdf(doc, out)
    else:
        word.write_docx(doc, out)
    say = args.in_language
    print(printable(say(Msg("brief.wrote", {
        "file": str(out), "title": doc.title, "language": Msg(f"language.{language}"),
        "calendar": Msg(f"calendar.{calendar}")}))))
    return 0


def cmd_calendar(args: argparse.Namespace) -> int:
    out = output_path(args.out, "--out", databases=[args.db], suffixes=(".ics",))
    language, calendar = _language(args)
    from ..core.documents.calendar import EXPIRY_REMINDERS, write_calendar

    with open_register(args.db) as reg:
        result = write_calendar(reg, out, days=args.days, language=language,
                                calendar=calendar)
    say = args.in_language

    print(printable(say(Msg("ics.wrote", {
        "file": str(out), "agreements": counted(result.agreements, "ics.one_expiry",
                                                 "ics.expiries"),
        "reminders": ", ".join(str(d) for d in EXPIRY_REMINDERS),
        "activities": counted(result.activities, "ics.one_activity", "ics.activities"),
        "actions": counted(result.actions, "ics.one_action", "ics.actions"),
        "cancelled": counted(result.cancelled, "ics.one_cancelled", "ics.cancelled")
        if result.cancelled else "",
        "days": args.days}))))
    for note in result.left_out:
        print(say(Msg("cli.note", {"note": note})))
    return 0
