"""Restoring a backup: all of it or nothing.

The whole backup is checked before anything changes (the database: ours, complete for its
schema version, SQLite's integrity check; its attachments folder: only attachment files,
no links or other folders). Then the attachment files the database needs are copied into
place under temporary names, checked against their SHA-256, the current database is copied
aside, and the database is replaced last, with SQLite's online backup (one transaction:
another instance with the file open sees the old or the new data, never a mixture). A
failure on the way undoes what was done.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from .. import files
from ..errors import CoreError, RestoreRefused
from ..records.attachments import blob_path, store_dir
from ..storage import schema, sqlite_store
from ..storage.database import DatabaseOpenError, copy_database, inspect_file, keep_copy
from .verify import attachment_files, copy_blob, referenced_blobs, verify_database

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BackupCheck:
    """A backup that passed every check: its file, schema version and attachment files."""

    path: Path
    version: int
    attachments: dict[str, Path]


@dataclass
class Restored:
    kept: Path | None  # the database as it was before, copied beside it
    attachments: int = 0  # attachment files brought back
    missing: list[str] = field(default_factory=list)  # in neither the backup nor the folder


def verify_backup(path: str | os.PathLike[str], *, integrity: bool = True) -> BackupCheck:
    """Check a whole backup, reading only: a regular file (not a folder, device or FIFO,
    nor a database this app has open), a sound database, and a clean attachments folder
    beside it. Raise CoreError saying what is wrong. Without ``integrity`` SQLite's
    integrity check (which reads the whole file) is left for later."""
    src = files.input_file(path, what="backup")
    version = verify_database(src) if integrity else _quick_look(src)
    return BackupCheck(src, version, attachment_files(src.parent / "attachments"))


def _quick_look(path: Path) -> int:
    version = inspect_file(path)
    if version == 0:
        raise RestoreRefused(f"{path} is empty; it is not a backup of a bkk_relations "
                             "database.")
    return version


def restore(db_path: str | os.PathLike[str], backup: str | os.PathLike[str]) -> Restored:
    """Replace the database at ``db_path`` (closed by the caller) with ``backup``, after
    checking all of the backup and keeping the current file as a copy."""
    current = Path(db_path)
    if sqlite_store.holds(current):
        raise RestoreRefused(f"{current} is open in this app; close it before restoring.")
    check = verify_backup(backup)
    if current.exists() and (_same(check.path, current)
                             or _same(sqlite_store.main_file(check.path), current)):
        raise files.FileRefused(f"{check.path} is the database itself, not a backup of it.")
    _check_replaceable(current)
    needed = referenced_blobs(check.path)
    store = store_dir(str(current))
    staged: list[tuple[Path, Path]] = []
    added: list[Path] = []
    missing: list[str] = []
    kept: Path | None = None
    replacing = False
    try:
        for sha, name in sorted(needed.items()):
            target = blob_path(store, sha)
            if target.is_file():
                continue
            if sha not in check.attachments:
                missing.append(name)
                continue
            staged.append((copy_blob(check.attachments[sha], sha, target.parent), target))
        kept = _keep_current(current)
        for tmp, target in staged:
            if not target.exists():
                os.replace(tmp, target)
                added.append(target)
        replacing = True
        copy_database(check.path, current)
    except BaseException as exc:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        for target in added:
            target.unlink(missing_ok=True)
        if kept is not None and not replacing:
            kept.unlink(missing_ok=True)  # nothing was replaced: the copy is not needed
        if not isinstance(exc, (OSError, sqlite3.Error, CoreError)):
            raise
        where = f" The previous file is kept as {kept}." if kept and replacing else ""
        reason = exc if isinstance(exc, CoreError) else (getattr(exc, "strerror", None) or exc)
        raise CoreError(f"{current} could not be restored: {str(reason).rstrip('.')}.{where}"
                        ) from exc
    log.info("restored %s from %s (%d attachment files)", current, check.path, len(added))
    if missing:
        log.warning("restored %s: %d attachment files were in no backup", current,
                    len(missing))
    return Restored(kept, len(added), missing)


def _same(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _check_replaceable(current: Path) -> None:
    """A file may be restored over when it is ours, even damaged (what a backup is for);
    never another program's file, one from a newer version, or something not a database."""
    if not current.exists():
        if not current.parent.is_dir():
            raise RestoreRefused(f"The folder {current.parent} does not exist.")
        return
    if not current.is_file():
        raise RestoreRefused(f"{current} is not a regular file; nothing was restored.")
    try:
        inspect_file(current)
        return
    except DatabaseOpenError as exc:
        if not _ours_but_damaged(current):
            raise RestoreRefused(f"{exc} Nothing was restored.") from exc


def _ours_but_damaged(path: Path) -> bool:
    try:
        conn = sqlite_store.connect_readonly(path)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False
    return app_id == schema.APPLICATION_ID and version <= schema.SCHEMA_VERSION


def _keep_current(current: Path) -> Path | None:
    """Copy the current database aside (``NAME.before-restore-DATE.db``); a file too damaged
    for SQLite to copy is copied byte for byte, with its WAL."""
    if not current.exists() or current.stat().st_size == 0:
        return None
    try:
        return keep_copy(str(current), suffix="before-restore")
    except sqlite3.DatabaseError:
        pass
    kept = _claim(current)
    try:
        shutil.copyfile(current, kept)
        wal = Path(f"{current}-wal")
        if wal.is_file():
            shutil.copyfile(wal, Path(f"{kept}-wal"))
    except BaseException:
        with contextlib.suppress(OSError):
            kept.unlink()
        raise
    return kept


def _claim(current: Path) -> Path:
    import datetime as dt

    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    ext = current.suffix or ".db"
    n = 1
    while True:
        kept = current.with_name(f"{current.stem}.before-restore-{stamp}"
                                 f"{'-' + str(n) if n > 1 else ''}{ext}")
        try:
            with open(kept, "xb"):
                return kept
        except FileExistsError:
            n += 1
