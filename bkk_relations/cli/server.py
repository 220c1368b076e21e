"""Commands for a shared office server: copying a database between a file and a server,
and setting up a server's roles."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

from ..core.storage import ATTACHMENTS_FOLDER, is_server_url, redact
from ..core.storage.database import Database
from ..core.storage.transfer import copy_between
from .support import UpgradeProgress, UsageError, database_path, same_file, shown


def _open_target(target: str) -> Database:
    if is_server_url(target):  # an empty server database is set up on first open
        return Database.open(target, progress=UpgradeProgress())
    file = Path(target)
    if file.exists() and file.stat().st_size > 0:  # refused below unless it holds nothing
        return Database.open(target, progress=UpgradeProgress())
    return Database.create(target)


def cmd_copy(args: argparse.Namespace) -> int:
    source, dest = database_path(args.source, "--from"), database_path(args.dest, "--to")
    if not is_server_url(source) and not Path(source).exists():
        raise UsageError(f"{shown(source)} does not exist.")
    if source == dest or not is_server_url(source) and not is_server_url(dest) and \
            same_file(Path(source), Path(dest)):
        raise UsageError("--from and --to name the same database.")
    new_file = not is_server_url(dest) and not Path(dest).exists()
    with Database.open(source, progress=UpgradeProgress()) as src:
        try:
            with _open_target(dest) as target:
                def progress(table: str, done: int, total: int) -> None:
                    if not args.quiet:
                        print(f"\r{table}: {done:,}/{total:,}   ", end="", file=sys.stderr,
                              flush=True)

                report = copy_between(src, target, progress=progress)
        except BaseException:
            if new_file:  # a file this command created and could not fill is not left behind
                for extra in ("", "-wal", "-shm"):
                    Path(dest + extra).unlink(missing_ok=True)
            raise
    if not args.quiet:
        print(file=sys.stderr)
    print(json.dumps({"from": redact(source), "to": redact(dest), "copied": report.counts,
                      "verified": {t: c.checksum for t, c in report.tables.items()}},
                     ensure_ascii=False, indent=1))
    return 0


def _passwords(args: argparse.Namespace) -> list[tuple[str, bool, str]]:
    """(login, editor, password) for each login named, every password asked for first, so
    nothing is changed before all are known."""
    readers, editors = args.add_reader or [], args.add_editor or []
    both = sorted(set(readers) & set(editors))
    if both:
        raise UsageError(f"{', '.join(both)}: give a login either --add-reader or "
                         "--add-editor, not both.")
    out = []
    for login, editor in [(n, False) for n in readers] + [(n, True) for n in editors]:
        if not login.strip():
            raise UsageError("A login name cannot be empty.")
        password = os.environ.get(args.password_env) if args.password_env else None
        if password is None:
            password = getpass.getpass(f"Password for {login}: ")
        if not password:
            raise UsageError(f"No password given for {login}.")
        out.append((login, editor, password))
    return out


def cmd_server_setup(args: argparse.Namespace) -> int:
    from ..core.storage import pg_schema

    if not is_server_url(args.db):
        raise UsageError("server-setup works on a postgresql:// server URL, not a file.")
    folder = Path(args.attachments_folder) if args.attachments_folder else None
    if folder is not None and not folder.is_dir():
        raise UsageError(f"{shown(str(folder))} is not a folder.")
    with Database.open(args.db) as db:
        logins = _passwords(args)  # once the server is known to answer
        with db.transaction() as conn:  # all of it, or nothing (roles are transactional)
            pg_schema.setup_roles(conn)
            done = [f"roles {pg_schema.READ_ROLE} (read) and {pg_schema.EDIT_ROLE} (edit) "
                    "ready; the audit log can only be added to"]
            if folder is not None:
                db.set_setting(ATTACHMENTS_FOLDER, str(folder))
                done.append(f"attachments kept in {folder}")
            for login, editor, password in logins:
                pg_schema.add_login(conn, login, password, editor=editor)
                done.append(f"login {login} may {'edit' if editor else 'only read'}")
    print(f"{db.path}: " + "; ".join(done))
    return 0


def register(add: Callable[..., argparse.ArgumentParser],
             sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "copy", help="Copy a whole database between a file and a server (either way), in "
                     "one transaction, verified by counts and checksums.",
        description="Copy every record, link, setting, the audit log and the attachments' "
                    "metadata from --from into --to: a new file or an empty server database "
                    "(nothing is overwritten). Each may be a file path or a postgresql:// URL.")
    p.add_argument("--from", dest="source", required=True, metavar="FILE_OR_URL")
    p.add_argument("--to", dest="dest", required=True, metavar="FILE_OR_URL")
    p.add_argument("--quiet", action="store_true", help="no progress on stderr")
    p.set_defaults(func=cmd_copy, db=None)
    p = add("server-setup", cmd_server_setup,
            "Prepare a PostgreSQL server database for an office: the read and edit roles, "
            "officers' logins and the shared attachments folder.")
    p.add_argument("--attachments-folder", metavar="DIR",
                   help="a shared folder every officer's computer reaches, for attachments")
    p.add_argument("--add-reader", action="append", metavar="LOGIN",
                   help="create a login that may only read, or make an officer's existing "
                        "login read-only with a new password; repeatable")
    p.add_argument("--add-editor", action="append", metavar="LOGIN",
                   help="create a login that may read and edit, or give an officer's "
                        "existing login a new password and the right to edit; repeatable "
                        "(the owner's and administrators' logins are never changed)")
    p.add_argument("--password-env", metavar="VAR",
                   help="take the new logins' password from this environment variable "
                        "instead of asking")
