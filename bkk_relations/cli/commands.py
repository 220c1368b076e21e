"""Headless commands over the core: demo data, synthetic data, counts, search, alerts, checks.

Every command exits 0 on success, 1 when the work failed (e.g. a damaged file) and 2 on bad
input, printing a single line that says what went wrong.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import re
import sqlite3
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path

from ..applog import setup_logging
from ..core import files
from ..core.backups import backup, restore
from ..core.errors import CoreError, DatabaseOpenError, ValidationError
from ..core.messages import Day, Joined, Msg, Name
from ..core.records import attachments
from ..core.register import Register
from ..core.sample.demo import create_demo_database, replace_demo
from ..core.sample.generate import MAX_PARTNERS, generate
from ..core.storage import ATTACHMENTS_FOLDER, is_server_url, redact
from ..core.views import alerts, search, stats
from ..core.views.alerts import ACTION_DUE_DAYS
from . import actions as cli_actions
from . import documents as cli_documents
from . import excel as cli_excel
from . import graph as cli_graph
from . import server as cli_server
from . import strategy as cli_strategy
from .actions import action_line
from .language import ENGLISH, LANGUAGES, Language
from .support import (
    MAX_ID,
    Parser,
    UsageError,
    WholeNumber,
    check_argv,
    check_outputs,
    database_path,
    input_file,
    open_register,
    output_path,
    printable,
)

log = logging.getLogger(__name__)
_open = open_register


def _server_error(exc: BaseException) -> bool:
    """An error the database server reported (psycopg is imported only once a server was
    used, so a command on a file starts without it)."""
    psycopg = sys.modules.get("psycopg")
    return psycopg is not None and isinstance(exc, psycopg.Error)


def _refuse_server_with_records(url: str) -> None:
    with Register.open(url) as reg:  # a server database is never wiped from here
        if stats.holds_records(reg):
            raise UsageError(f"{reg.path} already holds records; the demo goes only into "
                             "an empty database.")


def cmd_demo(args: argparse.Namespace) -> int:
    target = database_path(args.db)
    file = Path(target)
    kept = None
    if is_server_url(target):
        _refuse_server_with_records(target)
        counts = create_demo_database(target)
    elif file.is_file() and file.stat().st_size > 0:
        if not args.force:
            raise UsageError(f"{target} already exists; choose another file or pass --force "
                             "(which replaces only a demo database nobody has changed).")
        counts, kept = replace_demo(target)
    else:
        counts = create_demo_database(target)
    counted = Joined(tuple(
        Msg("demo.count", {"n": n, "what": Msg(f"term.{k}" if n == 1 else _PLURAL.get(
            k, f"term.{k}s"))}) for k, n in counts.items()), ", ")
    print(args.in_language(Msg("demo.wrote_kept" if kept else "demo.wrote", {
        "db": redact(target), "counts": counted, "kept": str(kept)})))
    return 0


_PLURAL = {"activity": "term.activities"}  # the others take an "s"


def cmd_init(args: argparse.Namespace) -> int:
    target = database_path(args.db)
    if is_server_url(target):
        raise UsageError("init makes a database file; a server database is prepared with "
                         "server-setup.")
    if Path(target).exists():
        raise UsageError(f"{target} already exists; init only makes a new file (nothing in "
                         "an existing file is touched).")
    Register.create(target).close()
    print(args.in_language(Msg("init.done", {"file": target})))
    return 0


def cmd_generate(args: argparse.Namespace) -> int:
    target = database_path(args.db)
    if not is_server_url(target) and not Path(target).exists():
        Register.create(target).close()
    started = time.perf_counter()
    with _open(target) as reg:
        # Synthetic rows carry no audit entries and cannot be undone: never into a register.
        entered = reg.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
        if entered:
            raise UsageError(f"{reg.path} holds records people entered ({entered:,} audit "
                             "entries); synthetic partners go only into a new or empty "
                             "database, or one that holds nothing but generated data.")

        def progress(_what: str, done: int, total: int) -> None:
            if not args.quiet:
                print(f"\r{done:,}/{total:,} partners", end="", file=sys.stderr, flush=True)

        counts = generate(reg, partners=args.partners, seed=args.seed, progress=progress)
    if not args.quiet:
        print(file=sys.stderr)
    print(json.dumps({"generated": counts,
                      "seconds": round(time.perf_counter() - started, 2)}))
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    with _open(args.db) as reg:
        print(json.dumps(stats.counts(reg), indent=2))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    with _open(args.db) as reg:
        hits = search.search(reg, args.text, limit=args.limit)
    if args.json:
        print(json.dumps([asdict(h) for h in hits], ensure_ascii=False, indent=2))
    else:
        for h in hits:
            th = f" / {h.label_th}" if h.label_th else ""
            print(f"{h.entity}\t{h.id}\t{printable(h.label + th)}")
        if not hits:
            print(args.in_language(Msg("search.none", {"text": printable(args.text)})),
                  file=sys.stderr)
    return 0


def cmd_alerts(args: argparse.Namespace) -> int:
    with _open(args.db) as reg:
        expiring, overdue = alerts.split_overdue(
            alerts.expiring_agreements(reg, days=args.days))
        language = args.in_language.code  # names in it, and the order of them
        dormant = alerts.dormant_partners(reg, years=args.years, language=language)
        due, late = alerts.split_due(alerts.due_actions(reg, days=args.action_days,
                                                        language=language))
    if args.json:
        print(json.dumps({"expiring_agreements": [asdict(a) for a in expiring],
                          "expired_still_active": [asdict(a) for a in overdue],
                          "dormant_partners": [asdict(d) for d in dormant],
                          "actions_overdue": [asdict(a) for a in late],
                          "actions_due": [asdict(a) for a in due]},
                         ensure_ascii=False, indent=2))
        return 0
    say = args.in_language
    print(say(Msg("alerts.expiring", {"days": args.days, "n": len(expiring)})))
    for a in expiring:
        code = {0: "alerts.expiring_today", 1: "alerts.expiring_tomorrow"}.get(
            a.days_left, "alerts.expiring_row")
        print("  " + printable(say(Msg(code, {
            "id": a.id, "title": Name(a.title, a.title_th), "date": Day(a.expiry_date),
            "days": a.days_left}))))
    if overdue:
        print(say(Msg("alerts.expired", {"days": args.days, "n": len(overdue)})))
        for a in overdue:
            code = "alerts.expired_yesterday" if a.days_left == -1 else "alerts.expired_row"
            print("  " + printable(say(Msg(code, {
                "id": a.id, "title": Name(a.title, a.title_th), "date": Day(a.expiry_date),
                "days": -a.days_left}))))
    print(say(Msg("alerts.dormant", {"years": args.years, "n": len(dormant)})))
    for d in dormant:
        last = Day(d.last_activity) if d.last_activity else Msg("alerts.never")
        print("  " + printable(say(Msg("alerts.dormant_row", {
            "id": d.id, "name": Name(d.name, d.name_th), "date": last}))))
    print(say(Msg("alerts.overdue", {"n": len(late)})))
    for a in late:
        print("  " + printable(action_line(say, a, with_status=False)))
    print(say(Msg("alerts.due", {"days": args.action_days, "n": len(due)})))
    for a in due:
        print("  " + printable(action_line(say, a, with_status=False)))
    return 0


def _file_only(args: argparse.Namespace, what: str) -> None:
    if is_server_url(args.db):
        raise UsageError(f"{what} works on a database file. A server database is backed up "
                         "by the server's own tools (pg_dump), or copied to a file with "
                         "'copy --from URL --to FILE'.")


def _keep_counts(args: argparse.Namespace) -> tuple[int, int]:
    daily = backup.KEEP_DAILY.default if args.daily is None else args.daily
    weekly = backup.KEEP_WEEKLY.default if args.weekly is None else args.weekly
    for option, value, keep in (("--daily", daily, backup.KEEP_DAILY),
                                ("--weekly", weekly, backup.KEEP_WEEKLY)):
        if not keep.low <= value <= keep.high:
            raise UsageError(f"{option} must be between {keep.low} and {keep.high}.")
    return daily, weekly


def cmd_backup(args: argparse.Namespace) -> int:
    _file_only(args, "backup")
    daily, weekly = _keep_counts(args)
    if args.out and (args.keep or args.daily is not None or args.weekly is not None):
        raise UsageError("--out writes a backup that is always kept; --keep, --daily and "
                         "--weekly are for the backups folder.")
    if args.keep and (args.daily is not None or args.weekly is not None):
        raise UsageError("--keep makes a backup rotation never removes; --daily and --weekly "
                         "are for the automatic ones.")
    if args.overwrite and not args.out:
        raise UsageError("--overwrite goes with --out.")
    if args.out:  # refused before the database is even opened: nothing of it changes
        out = output_path(args.out, "--out", databases=[args.db], replace_database=True)
        if out.exists() and not args.overwrite:
            raise UsageError(f"{out} already exists. Pass --overwrite to replace it.")
    with _open(args.db) as reg:
        try:
            if args.out:
                made = backup.backup_to(reg, args.out, overwrite=args.overwrite)
            elif args.keep:
                made = backup.keep_backup(reg)
            else:
                made = backup.rotate(reg, daily=daily, weekly=weekly)
        except files.FileRefused as exc:
            hint = " Pass --overwrite to replace it." if "already exists" in str(exc) else ""
            raise UsageError(f"{exc}{hint}") from exc
    if made is None:
        raise UsageError("backup works on a database file.")
    say = args.in_language
    print(say(Msg("backup.wrote", {"file": str(made.path)})))
    if made.kept:
        print(say(Msg("backup.kept", {"file": str(made.path), "kept": str(made.kept)})))
    for d in made.damaged:
        print(say(Msg("cli.warning", {"warning": Msg("backup.moved", {
            "name": d.name, "moved": str(d.moved_to), "reason": d.reason})})),
              file=sys.stderr)
    if made.attachments_skipped:
        print(say(Msg("cli.warning", {"warning": Msg("backup.attachments_changed", {
            "n": len(made.attachments_skipped)})})), file=sys.stderr)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    _file_only(args, "restore")
    try:
        done = restore.restore(args.db, args.source)
    except files.FileRefused as exc:
        raise UsageError(str(exc)) from exc
    say = args.in_language
    print(say(Msg("restore.done_kept" if done.kept else "restore.done", {
        "file": str(args.db), "source": str(args.source), "kept": str(done.kept)})))
    if done.attachments:
        print(say(Msg("restore.attachments", {"n": done.attachments})))
    if done.missing:
        print(say(Msg("cli.warning", {"warning": Msg("restore.missing", {
            "n": len(done.missing), "files": ", ".join(done.missing[:5])})})),
              file=sys.stderr)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    with _open(args.db) as reg:
        problems = stats.integrity_problems(reg)
        if reg.path != ":memory:" and (not reg.is_server or reg.setting(ATTACHMENTS_FOLDER)):
            problems += [f"attachment file missing: {a.original_name} ({a.entity} {a.record_id})"
                         for a in attachments.missing(reg)]
    if problems:
        for p in problems:
            print(printable(p))
        print(args.in_language(Msg("check.problems", {"db": redact(args.db),
                                                      "n": len(problems)})), file=sys.stderr)
        return 1
    print(args.in_language(Msg("check.ok", {"db": redact(args.db)})))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="bkk-relations-cli",
        description="Work with a bkk_relations database without the desktop app.")
    parser.add_argument("--verbose", action="store_true",
                        help="log what is done (files opened, migrations, backups) to stderr")
    parser.add_argument("--language", dest="message_language", choices=LANGUAGES,
                        default="en",
                        help="the language of the problems and errors reported, en or th "
                             "(default en); also the language of exports, briefings, calendars and "
                             "pictures of the graph unless their own option says")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, func: Callable[[argparse.Namespace], int], help_: str
            ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_, description=help_)
        p.add_argument("--db", required=True, metavar="FILE_OR_URL",
                       help="the database file, or a postgresql://user@host:port/database "
                            "server URL (the password may come from PGPASSWORD or ~/.pgpass)")
        p.set_defaults(func=func)
        return p

    add("init", cmd_init, "Create a new, empty register (refused if the file exists).")
    p = add("demo", cmd_demo, "Write the Bangkok demo database (sample data from public "
                              "sources; verify before official use).")
    p.add_argument("--force", action="store_true",
                   help="replace an existing demo file that nobody has changed since it was "
                        "written (a copy of it is kept); any other file is refused")
    p = add("generate", cmd_generate, "Add synthetic partners with agreements, projects, "
                                      "activities and contacts, for benchmarks.")
    p.add_argument("--partners", type=WholeNumber(1, MAX_PARTNERS), required=True,
                   metavar="N", help=f"how many partners to add (1 to {MAX_PARTNERS:,})")
    p.add_argument("--seed", type=WholeNumber(0, MAX_ID), default=1, metavar="S",
                   help="the same seed gives the same data (default 1)")
    p.add_argument("--quiet", action="store_true", help="no progress on stderr")
    add("stats", cmd_stats, "Print the number of records of each kind as JSON.")
    p = add("search", cmd_search, "Find records containing TEXT (Thai or English).")
    p.add_argument("text", metavar="TEXT")
    p.add_argument("--json", action="store_true", help="print JSON instead of lines")
    p.add_argument("--limit", type=WholeNumber(1, 10_000), default=50, metavar="N",
                   help="at most N records (1 to 10,000; default 50)")
    p = add("alerts", cmd_alerts, "List agreements about to expire, dormant partners and "
                                  "follow-up actions overdue or due soon.")
    p.add_argument("--days", type=WholeNumber(0, 36_500), default=180, metavar="N",
                   help="expiry horizon in days (0 to 36,500; default 180)")
    p.add_argument("--years", type=WholeNumber(0, 200), default=3, metavar="N",
                   help="years without activity that make a partner dormant (0 to 200; "
                        "default 3)")
    p.add_argument("--action-days", type=WholeNumber(0, 36_500), default=ACTION_DUE_DAYS,
                   metavar="N", help="follow-up actions due within N days (0 to 36,500; "
                                     f"default {ACTION_DUE_DAYS})")
    p.add_argument("--json", action="store_true", help="print JSON instead of lines")
    add("check", cmd_check, "Check the file's integrity, links and search index; exit 1 if "
                            "anything is wrong.")
    p = add("backup", cmd_backup, "Back up the database (with its attachments), checked "
                                  "before anything older is removed. Without --out: an "
                                  "automatic backup into backups/ beside it, keeping the newest "
                                  "per day and per week (what a scheduled task runs).")
    p.add_argument("--out", metavar="FILE", help="write the backup to this file instead; it is "
                                                 "never rotated away")
    p.add_argument("--overwrite", action="store_true",
                   help="with --out: replace an existing FILE (an existing database is copied "
                        "aside first)")
    p.add_argument("--keep", action="store_true",
                   help="a backup into backups/ that rotation never removes, like the app's "
                        "Backup now")
    p.add_argument("--daily", type=WholeNumber(backup.KEEP_DAILY.low, backup.KEEP_DAILY.high),
                   metavar="N",
                   help=f"daily backups to keep ({backup.KEEP_DAILY.low}-"
                        f"{backup.KEEP_DAILY.high}, default {backup.KEEP_DAILY.default})")
    p.add_argument("--weekly", type=WholeNumber(backup.KEEP_WEEKLY.low, backup.KEEP_WEEKLY.high),
                   metavar="M",
                   help=f"weekly backups to keep ({backup.KEEP_WEEKLY.low}-"
                        f"{backup.KEEP_WEEKLY.high}, default {backup.KEEP_WEEKLY.default})")
    p = add("restore", cmd_restore, "Replace the database with a backup after checking all of "
                                    "it (database and attachments); the current file is kept "
                                    "as a copy first, and nothing changes if anything fails.")
    p.add_argument("--from", dest="source", required=True, metavar="BACKUP", type=input_file)
    cli_graph.register(add)
    cli_excel.register(add)
    cli_documents.register(add)
    cli_actions.register(add)
    cli_strategy.register(add)
    cli_server.register(add, sub)
    return parser


def _fail(message: object, code: int, language: Language = ENGLISH) -> int:
    """The one line a failed command prints, in ``language``: no password, no control
    characters, no line breaks (a message quoting a file or a server's answer may hold any
    of them)."""
    text = re.sub(r"\s*\n\s*", " ", redact(language(message))).strip()
    print(language(Msg("cli.error", {"error": printable(text)})), file=sys.stderr)
    return code


def _tolerant_streams() -> None:
    # A console or file whose encoding cannot show a name (Thai into cp1252, say) gets an
    # escape in its place instead of stopping the command halfway.
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
        except (AttributeError, ValueError):  # replaced by something that is not a file
            pass


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; exit 0 on success, else one ``error:`` line on stderr and 2 (bad
    input) or 1 (the work failed). Whatever goes wrong, no traceback reaches the user (with
    --verbose it is logged)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    _tolerant_streams()
    parser = build_parser()
    try:
        check_argv(argv)
        args = parser.parse_args(argv)
    except UsageError as exc:
        return _fail(exc, 2)
    except SystemExit as exc:  # --help, or a complaint the parser has printed
        return exc.code if isinstance(exc.code, int) else 2
    args.in_language = language = Language(args.message_language)
    if args.verbose:
        setup_logging(None, verbose=True)
    else:
        logger = logging.getLogger("bkk_relations")
        if not logger.handlers:  # no "No handlers could be found" lines on stderr
            logger.addHandler(logging.NullHandler())
    name = redact(args.db or "the database")
    try:
        with warnings.catch_warnings():
            if not args.verbose:
                warnings.simplefilter("ignore")  # a library's warning is not an error line
            check_outputs(args)
            return args.func(args)
    except (UsageError, ValidationError) as exc:
        return _fail(exc, 2, language)
    except DatabaseOpenError as exc:
        return _fail(exc, 2 if "does not exist" in str(exc) else 1, language)
    except CoreError as exc:
        return _fail(exc, 1, language)
    except sqlite3.OperationalError as exc:  # locked, disk full, I/O: not damage
        if "locked" in str(exc) or "busy" in str(exc):
            return _fail(f"{name} is in use by another program that is saving a large "
                         "change; try again in a moment.", 1)
        return _fail(f"{name} could not be read or written: {exc}.", 1)
    except sqlite3.DatabaseError as exc:
        return _fail(f"{name} is damaged: {exc}.", 1)  # found reading a file that opened
    except BrokenPipeError:  # the reader stopped early (| head): say so once, quietly
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return _fail("the output was closed before the command had written all of it.", 1)
    except OSError as exc:
        return _fail(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), 1)
    except KeyboardInterrupt:
        return _fail("interrupted; a change under way was not kept.", 130)
    except Exception as exc:  # noqa: BLE001 - the last resort: one line, details in the log
        if _server_error(exc):
            return _fail("the database server reported: "
                         f"{str(exc).strip().splitlines()[0]}", 1)
        log.debug("unexpected error in %s", args.command, exc_info=True)
        return _fail(f"unexpected problem ({type(exc).__name__}: {exc}); the command "
                     "stopped. Run it again with --verbose for the details.", 1)


if __name__ == "__main__":
    sys.exit(main())
