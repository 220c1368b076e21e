"""Headless commands over the core: demo data, synthetic data, counts, search, alerts, checks.

Every command exits 0 on success, 1 when the work failed (e.g. a damaged file) and 2 on bad
input, printing a single line that says what went wrong.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path

from . import cli_excel, cli_graph, cli_server
from .applog import setup_logging
from .cli_support import UsageError, open_db
from .core import alerts, attachments, backup, files, restore, search, stats
from .core.database import Database
from .core.demo import create_demo_database
from .core.errors import CoreError, DatabaseOpenError, ValidationError
from .core.generate import generate
from .core.storage import is_server_url, redact

_open = open_db
try:
    from psycopg import Error as _ServerError
    _SERVER_ERRORS: tuple[type[Exception], ...] = (_ServerError,)
except ImportError:  # pragma: no cover
    _SERVER_ERRORS = ()


def _new_file(path: str, force: bool) -> None:
    if is_server_url(path):
        with Database.open(path) as db:  # a server database is never wiped from here
            if any(n for k, n in stats.counts(db.conn).items() if k != "audit_entries"):
                raise UsageError(f"{db.path} already holds records; the demo goes only into "
                                 "an empty database.")
        return
    file = Path(path)
    if file.exists():
        if not force:
            raise UsageError(f"{path} already exists; choose another file or pass --force.")
        Database.open(path).close()  # refuses files that are not ours before removing them
        for extra in (file, Path(path + "-wal"), Path(path + "-shm")):
            extra.unlink(missing_ok=True)


def cmd_demo(args: argparse.Namespace) -> int:
    _new_file(args.db, args.force)
    counts = create_demo_database(args.db)
    print(f"Demo database written to {redact(args.db)}: "
          + ", ".join(f"{n} {k}" for k, n in counts.items()))
    return 0


def cmd_generate(args: argparse.Namespace) -> int:
    if args.partners < 1:
        raise UsageError("--partners must be at least 1.")
    if not is_server_url(args.db) and not Path(args.db).exists():
        Database.create(args.db).close()
    started = time.perf_counter()
    with _open(args.db) as db:
        def progress(_what: str, done: int, total: int) -> None:
            if not args.quiet:
                print(f"\r{done:,}/{total:,} partners", end="", file=sys.stderr, flush=True)

        counts = generate(db, partners=args.partners, seed=args.seed, progress=progress)
    if not args.quiet:
        print(file=sys.stderr)
    print(json.dumps({"generated": counts,
                      "seconds": round(time.perf_counter() - started, 2)}))
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    with _open(args.db) as db:
        print(json.dumps(stats.counts(db.conn), indent=2))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    with _open(args.db) as db:
        hits = search.search(db.conn, args.text, limit=args.limit)
    if args.json:
        print(json.dumps([asdict(h) for h in hits], ensure_ascii=False, indent=2))
    else:
        for h in hits:
            th = f" / {h.label_th}" if h.label_th else ""
            print(f"{h.entity}\t{h.id}\t{h.label}{th}")
        if not hits:
            print(f"No records match '{args.text}'.", file=sys.stderr)
    return 0


def cmd_alerts(args: argparse.Namespace) -> int:
    if args.days < 0 or args.years < 0:
        raise UsageError("--days and --years cannot be negative.")
    with _open(args.db) as db:
        expiring = alerts.expiring_agreements(db.conn, days=args.days)
        dormant = alerts.dormant_partners(db.conn, years=args.years)
    if args.json:
        print(json.dumps({"expiring_agreements": [asdict(a) for a in expiring],
                          "dormant_partners": [asdict(d) for d in dormant]},
                         ensure_ascii=False, indent=2))
        return 0
    print(f"Agreements expiring within {args.days} days: {len(expiring)}")
    for a in expiring:
        when = f"in {a.days_left} days" if a.days_left >= 0 else f"{-a.days_left} days ago"
        print(f"  [{a.id}] {a.title} — expires {a.expiry_date} ({when})")
    print(f"Partners with no activity for {args.years} years: {len(dormant)}")
    for d in dormant:
        print(f"  [{d.id}] {d.name} — last activity {d.last_activity or 'never recorded'}")
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
    with _open(args.db) as db:
        try:
            if args.out:
                made = backup.backup_to(db, args.out, overwrite=args.overwrite)
            elif args.keep:
                made = backup.keep_backup(db)
            else:
                made = backup.rotate(db, daily=daily, weekly=weekly)
        except files.FileRefused as exc:
            hint = " Pass --overwrite to replace it." if "already exists" in str(exc) else ""
            raise UsageError(f"{exc}{hint}") from exc
    if made is None:
        raise UsageError("backup works on a database file.")
    print(f"Backup written to {made.path}")
    if made.kept:
        print(f"The database that was at {made.path} is kept as {made.kept}")
    for d in made.damaged:
        print(f"warning: damaged backup {d.name} moved to {d.moved_to}: {d.reason}",
              file=sys.stderr)
    if made.attachments_skipped:
        print(f"warning: {len(made.attachments_skipped)} attachment file(s) left out: another "
              "program changed them after they were attached", file=sys.stderr)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    _file_only(args, "restore")
    try:
        done = restore.restore(args.db, args.source)
    except files.FileRefused as exc:
        raise UsageError(str(exc)) from exc
    print(f"{args.db} restored from {args.source}"
          + (f"; the previous file is kept as {done.kept}" if done.kept else ""))
    if done.attachments:
        print(f"{done.attachments} attachment file(s) brought back")
    if done.missing:
        print(f"warning: {len(done.missing)} attachment file(s) are in neither the backup nor "
              f"the attachments folder: {', '.join(done.missing[:5])}", file=sys.stderr)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    with _open(args.db) as db:
        problems = stats.integrity_problems(db.conn)
        if db.path != ":memory:" and (not db.is_server or db.get_setting("attachments_folder")):
            problems += [f"attachment file missing: {a.original_name} ({a.entity} {a.record_id})"
                         for a in attachments.missing(db)]
    if problems:
        for p in problems:
            print(p)
        print(f"{redact(args.db)}: {len(problems)} problem(s) found.", file=sys.stderr)
        return 1
    print(f"{redact(args.db)}: ok")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bkk-relations-cli",
        description="Work with a bkk_relations database without the desktop app.")
    parser.add_argument("--verbose", action="store_true",
                        help="log what is done (files opened, migrations, backups) to stderr")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, func: Callable[[argparse.Namespace], int], help_: str
            ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_, description=help_)
        p.add_argument("--db", required=True, metavar="FILE_OR_URL",
                       help="the database file, or a postgresql://user@host:port/database "
                            "server URL (the password may come from PGPASSWORD or ~/.pgpass)")
        p.set_defaults(func=func)
        return p

    p = add("demo", cmd_demo, "Write the Bangkok demo database (sample data from public "
                              "sources; verify before official use).")
    p.add_argument("--force", action="store_true", help="replace an existing demo file")
    p = add("generate", cmd_generate, "Add synthetic partners with agreements, projects, "
                                      "activities and contacts, for benchmarks.")
    p.add_argument("--partners", type=int, required=True, metavar="N")
    p.add_argument("--seed", type=int, default=1, metavar="S")
    p.add_argument("--quiet", action="store_true", help="no progress on stderr")
    add("stats", cmd_stats, "Print the number of records of each kind as JSON.")
    p = add("search", cmd_search, "Find records containing TEXT (Thai or English).")
    p.add_argument("text", metavar="TEXT")
    p.add_argument("--json", action="store_true", help="print JSON instead of lines")
    p.add_argument("--limit", type=int, default=50)
    p = add("alerts", cmd_alerts, "List agreements about to expire and dormant partners.")
    p.add_argument("--days", type=int, default=180, help="expiry horizon (default 180)")
    p.add_argument("--years", type=int, default=3,
                   help="years without activity that make a partner dormant (default 3)")
    p.add_argument("--json", action="store_true")
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
    p.add_argument("--daily", type=int, metavar="N",
                   help=f"daily backups to keep ({backup.KEEP_DAILY.low}-"
                        f"{backup.KEEP_DAILY.high}, default {backup.KEEP_DAILY.default})")
    p.add_argument("--weekly", type=int, metavar="M",
                   help=f"weekly backups to keep ({backup.KEEP_WEEKLY.low}-"
                        f"{backup.KEEP_WEEKLY.high}, default {backup.KEEP_WEEKLY.default})")
    p = add("restore", cmd_restore, "Replace the database with a backup after checking all of "
                                    "it (database and attachments); the current file is kept "
                                    "as a copy first, and nothing changes if anything fails.")
    p.add_argument("--from", dest="source", required=True, metavar="BACKUP")
    cli_graph.register(add)
    cli_excel.register(add)
    cli_server.register(add, sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.verbose:
        setup_logging(None, verbose=True)
    try:
        return args.func(args)
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except ValidationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except DatabaseOpenError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2 if "does not exist" in str(exc) else 1
    except CoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except sqlite3.DatabaseError as exc:  # damage found while reading a file that opened
        print(f"error: {args.db} is damaged: {exc}.", file=sys.stderr)
        return 1
    except _SERVER_ERRORS as exc:
        print(f"error: the database server reported: {str(exc).strip().splitlines()[0]}",
              file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
