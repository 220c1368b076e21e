"""What the command-line modules share: the parser that reports bad input in one line, the
range every number on the command line must fall in, and the checks on the files a command
opens, creates or writes."""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn, TextIO

from ..core import files
from ..core.register import Register
from ..core.storage import is_server_url, redact, sqlite_store

MAX_ID = 2**63 - 1  # SQLite's largest integer, also PostgreSQL's bigint
_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


class UsageError(Exception):
    """Bad input on the command line: exit code 2."""


class Parser(argparse.ArgumentParser):
    """An argument parser whose complaints are one ``error:`` line, as the commands' are."""

    def error(self, message: str) -> NoReturn:
        # "argument --year: must be between…" reads as the commands' own "--year must be…"
        message = re.sub(r"^argument (\S+): must ", r"\1 must ", message)
        text = printable(redact(message)).rstrip(".")
        print(f"error: {text} (see '{self.prog} --help').", file=sys.stderr)
        sys.exit(2)


# -- numbers -------------------------------------------------------------------------------
def whole_number(text: str, option: str, lo: int, hi: int) -> int:
    """``text`` as a whole number from ``lo`` to ``hi``; UsageError naming ``option``
    otherwise (a number too large for the database never reaches it)."""
    cleaned = text.strip().translate(_THAI_DIGITS).replace(",", "").replace("_", "")
    if not re.fullmatch(r"[+-]?[0-9]+", cleaned):
        raise UsageError(f"{option} must be a whole number, not '{shown(text)}'.")
    # More digits than any range here has: too large, without converting all of them.
    number = int(cleaned) if len(cleaned) <= 40 else None
    if number is None or not lo <= number <= hi:
        raise UsageError(f"{option} must be between {_n(lo)} and {_n(hi)}, not "
                         f"{shown(cleaned)}.")
    return number


def _n(number: int) -> str:
    return f"{number:,}" if abs(number) >= 10_000 else str(number)


class WholeNumber:
    """``type=`` for a numeric option: its whole-number range, checked while parsing."""

    def __init__(self, lo: int, hi: int):
        self.lo, self.hi = lo, hi

    def __call__(self, text: str) -> int:
        try:
            return whole_number(text, "the value", self.lo, self.hi)
        except UsageError as exc:
            raise argparse.ArgumentTypeError(str(exc).replace("the value ", "", 1)) from None


# -- text ----------------------------------------------------------------------------------
def shown(text: str, limit: int = 60) -> str:
    """Text from the command line as it can be printed: shortened, with control characters
    and undecodable bytes written as escapes."""
    return printable(text if len(text) <= limit else text[:limit] + "…")


# Joiners and zero-width spaces (Thai word breaks) are kept; bidi overrides, which make a line
# read differently from what it holds, are not.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _escape(c: str) -> str:
    if 0xDC80 <= ord(c) <= 0xDCFF:  # a byte that was not UTF-8, as Python keeps it
        return f"\\x{ord(c) - 0xDC00:02x}"
    return c.encode("unicode_escape", "backslashreplace").decode("ascii")


def printable(text: str) -> str:
    """Text as a terminal line shows it: a control character (which could move the cursor,
    end the line or recolour the terminal) or an undecodable byte is written as its
    escape."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() or c == " " or (
        unicodedata.category(c) == "Cf" and c not in _BIDI_CONTROLS) else _escape(c)
        for c in text)


def check_argv(argv: Sequence[str]) -> None:
    """Refuse what no keyboard types: bytes that are not UTF-8 (which Python keeps as lone
    surrogates) and NUL, which no file name or text field may hold."""
    for arg in argv:
        if "\x00" in arg or any(0xD800 <= ord(c) <= 0xDFFF for c in arg):
            raise UsageError(f"'{shown(arg)}' holds bytes that are not text (not UTF-8, or "
                             "NUL); type it again.")


# -- files ---------------------------------------------------------------------------------
_WINDOWS_RESERVED = re.compile(r"(?i)^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$")
_WINDOWS_FORBIDDEN = set('<>:"|?*') | {chr(c) for c in range(32)}


def windows_problem(name: str) -> str | None:
    """Why ``name`` (one file name, no folders) cannot be a file on Windows, or None; the
    files the app writes are often opened on a colleague's Windows PC."""
    bad = sorted({c for c in name if c in _WINDOWS_FORBIDDEN})
    if bad:
        return "holds " + " ".join(repr(c)[1:-1] for c in bad) + ", which Windows does " \
            "not allow in file names"
    if _WINDOWS_RESERVED.match(name):
        return "is a name Windows keeps for a device"
    if name != name.rstrip(" ."):
        return "ends in a space or a dot, which Windows drops"
    return None


def database_files(target: str | None) -> list[Path]:
    """A database file and the working files SQLite keeps beside it (none for a server)."""
    if not target or is_server_url(target) or target == sqlite_store.MEMORY:
        return []
    main = Path(target)
    return [main, *(Path(f"{main}{s}") for s in sqlite_store.SIDE_SUFFIXES)]


def same_file(a: Path, b: Path) -> bool:
    """True when ``a`` and ``b`` name one file (also through links or another spelling)."""
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
        return a.resolve() == b.resolve()
    except (OSError, ValueError):
        return False


def output_path(text: str, option: str, *, databases: Sequence[str | None] = (),
                suffixes: Sequence[str] = (), replace_database: bool = False) -> Path:
    """A file a command is asked to write: never a database this command uses (nor its
    working files), nor (unless ``replace_database``) any other existing database, nor a
    name Windows cannot hold; it must end in one of ``suffixes`` (when given)."""
    out = Path(text)
    if suffixes and out.suffix.lower() not in suffixes:
        which = " or ".join(suffixes) if len(suffixes) < 3 else "one of " + " ".join(suffixes)
        raise UsageError(f"{option} must end in {which} (the format follows the extension), "
                         f"not '{shown(out.name)}'.")
    problem = windows_problem(out.name)
    if problem:
        raise UsageError(f"{option} '{shown(out.name)}' {problem}; choose another name.")
    for target in databases:
        for used in database_files(target):
            if same_file(out, used):
                raise UsageError(f"{option} names the database {shown(str(target))}"
                                 + ("" if used.name == Path(str(target)).name else
                                    f" (its working file {used.name})")
                                 + "; choose another file.")
    try:
        return files.output_file(out, replace_database=replace_database)
    except files.FileRefused as exc:
        raise UsageError(str(exc)) from None


def database_path(target: str, option: str = "--db") -> str:
    """A database file (or server URL) named on the command line: not one of SQLite's
    working files, and a name Windows can hold when the file is still to be made."""
    if is_server_url(target) or target == sqlite_store.MEMORY:
        return target
    path = Path(target)
    main = sqlite_store.main_file(path)
    if main != path:
        raise UsageError(f"{option} {shown(target)} is a working file SQLite keeps beside "
                         f"the database {shown(main.name)}; give the database itself.")
    if not path.exists():
        problem = windows_problem(path.name)
        if problem:
            raise UsageError(f"{option} '{shown(path.name)}' {problem}; choose another name.")
    return target


# The long steps of an upgrade, as the command line names them (``schema.report``).
UPGRADE_STEPS = {"search_index": "rebuilding the search index",
                 "sort_keys": "computing the sort order of names"}


class UpgradeProgress:
    """Says on stderr how the upgrade of an older database is going, once it has run for
    ``after`` seconds (a quick upgrade prints nothing): a line per step and every tenth."""

    def __init__(self, stream: TextIO | None = None, *, after: float = 2.0):
        self.stream = stream
        self.after = after
        self.start = time.monotonic()
        self.step: str | None = None
        self.shown = -1

    def __call__(self, step: str, done: int, total: int) -> None:
        if time.monotonic() - self.start < self.after:
            return
        percent = 100 * done // total if total else 100
        if step == self.step and percent < self.shown + 10 and not (
                percent == 100 and self.shown < 100):
            return
        if self.step is None:
            self._say("Upgrading the database to this version of bkk_relations…")
        self.step, self.shown = step, percent
        self._say(f"  {UPGRADE_STEPS.get(step, step.replace('_', ' '))}: {percent}%")

    def _say(self, line: str) -> None:
        print(line, file=self.stream or sys.stderr, flush=True)


def open_register(path: str) -> Register:
    """The register a command works on (a file or a server URL, checked first); an older
    one is upgraded, saying how it goes on stderr when that takes a while."""
    reg = Register.open(database_path(path), progress=UpgradeProgress())
    if reg.network_drive:  # SQLite's locks are unreliable there: say so, once per command
        print(f"warning: {reg.path} is on a network drive ({reg.network_drive}); two people "
              "changing it at the same time can lose changes. Keep it on a local disk or use "
              "the office's server.", file=sys.stderr)
    return reg


class OutputFile(argparse.Action):
    """An option naming a file to write (``--out``): besides storing the value, it is noted
    in ``output_files``, so that ``main`` checks every one before the command runs (never a
    database, its working files, a folder or a name Windows cannot hold)."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        setattr(namespace, self.dest, values)
        outputs = dict(getattr(namespace, "output_files", None) or {})
        outputs[option_string or self.dest] = values
        namespace.output_files = outputs


def check_outputs(args: argparse.Namespace) -> None:
    """Refuse any ``OutputFile`` option that names a database the command uses (``--db``,
    ``--from``), one of its working files, or any other existing database."""
    used = [getattr(args, "db", None), getattr(args, "source", None)]
    for option, value in (getattr(args, "output_files", None) or {}).items():
        output_path(str(value), option, databases=used)


def input_file(text: str) -> str:
    """``type=`` for an option naming a file to read: it must be a regular file (a FIFO or
    a device would never end, or block the command forever)."""
    try:
        files.input_file(text)
    except files.FileRefused as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return text
