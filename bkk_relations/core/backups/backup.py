"""Backups made with SQLite's online backup API (consistent even while the database is open
and in WAL mode), and the rotation of the automatic ones.

Backups of a database live in ``backups/`` beside it; its attachments are copied into
``backups/attachments/`` (named by content, so each file is stored once for all backups).
Two kinds are kept there:

- automatic ones, ``NAME-YYYYMMDD-HHMMSS.db`` (on start and on exit, or ``backup`` from a
  scheduled task), rotated: the newest of each of the last N days and M weeks are kept,
  and always the two newest (the start of the last session stays restorable);
- kept ones, ``NAME-YYYYMMDD-HHMMSS-manual.db`` (File → Backup now, ``backup --keep``),
  which rotation never removes — nor a backup written anywhere else (``backup --out``).

Every backup is written under a temporary name, checked (complete schema, SQLite's
integrity check) and only then given its name; nothing older is removed before that.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import logging
import os
import re
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, cast

from .. import files
from ..errors import CoreError
from ..settings import SETTINGS
from ..storage import sqlite_store
from ..storage.database import BUSY_TIMEOUT_MS, MEMORY, Mark, keep_copy
from .verify import (
    DAMAGED,
    PREFIX,
    SHA,
    BackupDamaged,
    copy_blob,
    move_aside,
    problem_with,
    remember_verified,
    verify_database,
)

if TYPE_CHECKING:
    from ..register import Register

log = logging.getLogger(__name__)


# How many automatic backups rotation keeps, and whether the app makes them: declared with
# every other setting (core.settings); the CLI and the Settings dialog read them here too.
AUTO_DEFAULT = bool(SETTINGS["backup/auto"].default)  # automatic backups on start and on exit
KEEP_DAILY = SETTINGS["backup/daily"]
KEEP_WEEKLY = SETTINGS["backup/weekly"]
_DAILY_DEFAULT = cast(int, KEEP_DAILY.default)  # both are declared int settings
_WEEKLY_DEFAULT = cast(int, KEEP_WEEKLY.default)

_NAME = re.compile(r"-(\d{8}-\d{6})(?:-(\d+))?(-manual)?\.db$")
_ALWAYS_KEPT = 2  # the newest sound automatic backups, whatever their day
_LEFTOVER_AGE_S = 3600  # a temporary file this old is from a backup that was cut off


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken: _dt.datetime
    size: int
    manual: bool = False  # kept until the user deletes it; never rotated away
    sequence: int = 1  # the second backup made in one second is NAME-DATE-TIME-2.db


@dataclass(frozen=True)
class Damaged:
    """A backup found damaged and moved aside, and why."""

    name: str
    moved_to: Path
    reason: str


@dataclass
class Made:
    """A backup just written and checked, and what rotation did next to it."""

    path: Path
    removed: list[Path] = field(default_factory=list)
    damaged: list[Damaged] = field(default_factory=list)
    kept: Path | None = None  # the database the backup replaced (``--overwrite``), copied
    attachments_skipped: list[str] = field(default_factory=list)  # content no longer matches

    def __str__(self) -> str:
        return str(self.path)


def backup_dir(db_path: str) -> Path:
    return Path(db_path).parent / "backups"


def list_backups(db_path: str) -> list[BackupFile]:
    """The backups in a database's backups folder (automatic and kept), newest first."""
    folder, stem = backup_dir(db_path), Path(db_path).stem
    out = []
    for f in folder.glob(f"{glob_escape(stem)}-*.db") if folder.is_dir() else []:
        m = _NAME.search(f.name)
        if not m or f.name[: m.start()] != stem or not f.is_file():
            continue
        try:
            taken = _dt.datetime.strptime(m.group(1), "%Y%m%d-%H%M%S")
        except ValueError:
            continue
        out.append(BackupFile(f, taken, f.stat().st_size, manual=bool(m.group(3)),
                              sequence=int(m.group(2) or 1)))
    return sorted(out, key=lambda b: (b.taken, b.sequence), reverse=True)


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


# -- making a backup --------------------------------------------------------------------------

@contextlib.contextmanager
def _source(source: Register | str | os.PathLike[str]) -> Iterator[tuple[sqlite3.Connection,
                                                                         str]]:
    """The connection to copy from: the open database's own, or (for a path, as a
    background thread needs) a connection of its own, closed afterwards."""
    if not isinstance(source, str | os.PathLike):
        conn = source.conn
        if source.is_server or not isinstance(conn, sqlite3.Connection):
            raise CoreError("A server database is backed up by the server's own tools.")
        yield conn, source.path
        return
    path = str(source)
    writable = os.access(path, os.W_OK) and os.access(Path(path).parent, os.W_OK)
    # A normal connection where possible: it takes SQLite's locks, so a save by another
    # instance during a long copy is either in the backup or not, never half of it.
    conn = sqlite_store.connect(path) if writable else sqlite_store.connect_readonly(path)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        yield conn, path
    finally:
        conn.close()


def _write(conn: sqlite3.Connection, target: Path) -> None:
    """Copy the database into ``target`` (the temporary file of ``files.replacing``) and
    check the copy; raise BackupDamaged when it does not pass."""
    try:
        out = sqlite_store.connect(target)
        try:
            conn.backup(out)  # one step: one consistent snapshot, however long it takes
        finally:
            out.close()
    except (OSError, sqlite3.Error) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise CoreError(f"The backup could not be written: {reason}.") from exc
    try:
        verify_database(target, name="the new backup")
    except CoreError as exc:
        raise BackupDamaged(f"The backup did not pass its check, so it was not kept and no "
                            f"older backup was removed: {exc} The database itself may be "
                            "damaged: run Check.") from exc


def _write_file(conn: sqlite3.Connection, db_path: str, target: Path,
                *, replace_database: bool = False) -> list[str]:
    try:
        with files.replacing(target, replace_database=replace_database) as tmp:
            _write(conn, tmp)
            # The attachment files first: a backup takes its name only once it is complete.
            skipped = _copy_attachments(db_path, target.parent / "attachments")
    except OSError as exc:
        raise CoreError(f"The backup could not be written to {target}: "
                        f"{exc.strerror or exc}.") from exc
    log.info("backup written to %s", target)
    return skipped


def backup_to(db: Register | str, dest: str | os.PathLike[str], *,
              overwrite: bool = False) -> Made:
    """Write a complete, checked copy of the database to a file the user named (never
    rotated). An existing file is replaced only with ``overwrite``, and an existing database
    is first copied beside itself (``NAME.before-backup-DATE.db``). The open database, its
    working files and a folder are refused."""
    target = Path(dest)
    with _source(db) as (conn, db_path):
        files.output_file(target, replace_database=True)  # a folder, a side file, the open db
        if target.exists() and not overwrite:
            raise files.FileRefused(f"{target} already exists; it was not replaced.")
        if db_path != MEMORY and _is_automatic_name(target, db_path):
            raise files.FileRefused(f"{target.name} is the name of an automatic backup, "
                                    "which rotation removes; choose another file name.")
        kept = None
        if target.exists() and files.is_database(target):
            kept = _keep_existing(target)
        skipped = _write_file(conn, db_path, target, replace_database=overwrite)
    return Made(target, kept=kept, attachments_skipped=skipped)


def keep_backup(db: Register | str, *, now: _dt.datetime | None = None) -> Made:
    """A kept backup into the backups folder (File → Backup now): checked, never rotated
    away, nothing else removed."""
    return _into_folder(db, manual=True, now=now)


def rotate(db: Register | str, *, daily: int = _DAILY_DEFAULT,
           weekly: int = _WEEKLY_DEFAULT, now: _dt.datetime | None = None) -> Made | None:
    """Take an automatic backup, check it, and only then prune the older automatic ones:
    the newest sound backup of each of the last ``daily`` days and ``weekly`` ISO weeks is
    kept, and the two newest (the new one and the one before it) always. A damaged older
    backup is moved to ``backups/damaged/`` and never counts as the newest of its day.
    Returns None for an in-memory database."""
    KEEP_DAILY.check(daily)
    KEEP_WEEKLY.check(weekly)
    if not isinstance(db, str) and db.path == MEMORY:
        return None
    made = _into_folder(db, manual=False, now=now)
    db_path = db.path if not isinstance(db, str) else db
    removed, damaged = _prune(db_path, made.path, daily=daily, weekly=weekly)
    made.removed, made.damaged = removed, damaged
    return made


def _into_folder(db: Register | str, *, manual: bool, now: _dt.datetime | None) -> Made:
    with _source(db) as (conn, db_path):
        if db_path == MEMORY:
            raise CoreError("An unsaved database has no backups folder; save it as a file.")
        folder = backup_dir(db_path)
        try:
            folder.mkdir(exist_ok=True)
        except OSError as exc:
            raise CoreError(f"The backups folder {folder} could not be made: "
                            f"{exc.strerror or exc}.") from exc
        target = _free_name(folder, Path(db_path).stem, now or _dt.datetime.now(), manual)
        skipped = _write_file(conn, db_path, target)
    remember_verified(target)
    return Made(target, attachments_skipped=skipped)


def _free_name(folder: Path, stem: str, now: _dt.datetime, manual: bool) -> Path:
    """A name no backup has yet: two backups in one second both stay."""
    tail = "-manual" if manual else ""
    stamp = f"{now:%Y%m%d-%H%M%S}"
    target, n = folder / f"{stem}-{stamp}{tail}.db", 1
    while os.path.lexists(target):
        n += 1
        target = folder / f"{stem}-{stamp}-{n}{tail}.db"
    return target


def _is_automatic_name(target: Path, db_path: str) -> bool:
    if not backup_dir(db_path).is_dir() or not _same_file(target.parent, backup_dir(db_path)):
        return False
    m = _NAME.search(target.name)
    return m is not None and not m.group(3) and target.name[: m.start()] == Path(db_path).stem


def _same_file(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _keep_existing(target: Path) -> Path:
    try:
        return keep_copy(str(target), suffix="before-backup")
    except (OSError, sqlite3.Error) as exc:
        raise CoreError(f"{target} is a database and could not be copied aside ({exc}); it "
                        "was not replaced.") from exc


def _copy_attachments(db_path: str, dest: Path) -> list[str]:
    """Copy the database's attachment files the backups folder does not have yet; return
    the files left out because their content no longer matches their name (changed by
    another program: copied under that name they would pass for the original)."""
    if db_path == MEMORY:
        return []
    from ..records.attachments import store_dir  # attachments needs the repository: imported late

    store, skipped = store_dir(db_path), []
    if not store.is_dir():
        return []
    for sub in store.iterdir():
        if not PREFIX.fullmatch(sub.name) or sub.is_symlink() or not sub.is_dir():
            continue
        for blob in sub.iterdir():
            target = dest / sub.name / blob.name
            if (not SHA.fullmatch(blob.name) or blob.is_symlink() or not blob.is_file()
                    or target.exists()):
                continue
            try:
                tmp = copy_blob(blob, blob.name, target.parent)
            except BackupDamaged as exc:
                log.warning("attachment not backed up: %s", exc)
                skipped.append(blob.name)
                continue
            except OSError as exc:
                raise CoreError(f"The attachment {blob.name} could not be copied into "
                                f"{dest}: {exc.strerror or exc}.") from exc
            os.replace(tmp, target)
    return skipped


# -- rotation ---------------------------------------------------------------------------------

def _prune(db_path: str, made: Path, *, daily: int, weekly: int
           ) -> tuple[list[Path], list[Damaged]]:
    """Remove the automatic backups rotation no longer keeps. Each backup that would be kept
    is first checked (once; see ``backup_verify``): a damaged one is moved aside and the
    next sound one of its day or week is kept instead."""
    automatic = [b for b in list_backups(db_path) if not b.manual]
    keep: set[Path] = {made}
    days: set[_dt.date] = set()
    weeks: set[tuple[int, int]] = set()
    damaged: list[Damaged] = []
    sound = 0
    for b in automatic:  # newest first: the first sound one of each day/week is kept
        day, week = b.taken.date(), b.taken.isocalendar()[:2]
        new_day = day not in days and len(days) < daily
        new_week = week not in weeks and len(weeks) < weekly
        # The sound backup before the new one stays too: made when the session just closed
        # began, it is the way back from a mistake made in that session.
        recent = sound < _ALWAYS_KEPT
        if b.path != made and not (new_day or new_week or recent):
            continue
        problem = None if b.path == made else problem_with(b.path)
        if problem is not None:
            try:
                damaged.append(Damaged(b.path.name, move_aside(b.path), problem))
            except OSError as exc:
                log.warning("damaged backup %s could not be moved aside: %s", b.path, exc)
                keep.add(b.path)  # never deleted; just not counted
            continue
        keep.add(b.path)
        sound += 1
        if new_day:
            days.add(day)
        if new_week:
            weeks.add(week)
    removed = []
    for b in automatic:
        if b.path in keep or any(d.name == b.path.name for d in damaged):
            continue
        try:
            b.path.unlink()
        except OSError as exc:  # e.g. open in another program: removed next time
            log.warning("old backup %s could not be removed: %s", b.path, exc)
            continue
        removed.append(b.path)
        log.info("old backup removed: %s", b.path.name)
    _remove_leftovers(made.parent)
    return removed, damaged


def _remove_leftovers(folder: Path) -> None:
    """Temporary files of backups that were cut off (the computer switched off)."""
    cutoff = time.time() - _LEFTOVER_AGE_S
    for pattern in (".~*", "*.db.partial"):  # files.replacing's names, and older versions
        for f in folder.glob(pattern):
            with contextlib.suppress(OSError):
                if f.is_file() and f.stat().st_mtime < cutoff:
                    f.unlink()


# -- telling whether a session changed anything since a backup -------------------------------

def mark(reg: Register) -> Mark:
    """Where the database stands now, to tell later whether anything was saved since (by
    this connection or any other). Only a file has backups made by the app."""
    found = reg.db.mark()
    if found is None:
        raise CoreError("A server database is backed up by the server's own tools.")
    return found


def changed_since(reg: Register, since: Mark | None) -> bool:
    return since is None or since != mark(reg)


__all__ = ["DAMAGED", "AUTO_DEFAULT", "KEEP_DAILY", "KEEP_WEEKLY", "BackupDamaged",
           "BackupFile", "Damaged", "Made", "backup_dir", "backup_to", "changed_since",
           "keep_backup", "list_backups", "Mark", "mark", "rotate", "verify_database"]
