"""Backups made with SQLite's online backup API (consistent even while the database is open
and in WAL mode), rotation of the automatic ones, and restoring a backup safely.

Automatic backups live in ``backups/`` beside the database; attachments are copied into
``backups/attachments/`` (named by content, so each file is stored once for all backups).
"""

from __future__ import annotations

import datetime as _dt
import logging
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from .database import MEMORY, Database, copy_database, inspect_file, keep_copy
from .errors import CoreError
from .storage import sqlite_store

log = logging.getLogger(__name__)
_STAMP = re.compile(r"-(\d{8}-\d{6})\.db$")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken: _dt.datetime
    size: int


def backup_to(db: Database, dest: str | os.PathLike[str]) -> Path:
    """Write a complete, verified copy of ``db`` to ``dest``; refuse to overwrite the open
    database itself."""
    target = Path(dest)
    if db.path != MEMORY and target.resolve() == Path(db.path).resolve():
        raise CoreError("A backup cannot overwrite the database it is copying.")
    if not target.parent.is_dir():
        raise CoreError(f"The backup could not be written to {target}: the folder "
                        f"{target.parent} does not exist.")
    tmp = target.with_name(target.name + ".partial")
    try:
        out = sqlite_store.connect(tmp)
        try:
            db.conn.backup(out)
            ok = out.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            out.close()
        if ok != "ok":
            raise CoreError(f"The backup could not be verified ({ok}); nothing was replaced.")
        os.replace(tmp, target)
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        reason = getattr(exc, "strerror", None) or str(exc)
        raise CoreError(f"The backup could not be written to {target}: {reason}.") from exc
    _copy_attachments(db.path, target.parent / "attachments")
    log.info("backup written to %s", target)
    return target


def backup_dir(db_path: str) -> Path:
    return Path(db_path).parent / "backups"


def _copy_attachments(db_path: str, dest: Path) -> None:
    if db_path == MEMORY:
        return
    from .attachments import store_dir

    store = store_dir(db_path)
    if not store.is_dir():
        return
    for blob in store.glob("??/*"):
        if blob.name.startswith("."):
            continue
        target = dest / blob.parent.name / blob.name
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(blob, target)


def list_backups(db_path: str) -> list[BackupFile]:
    """The automatic backups of a database, newest first."""
    folder, stem = backup_dir(db_path), Path(db_path).stem
    out = []
    for f in folder.glob(f"{stem}-*.db") if folder.is_dir() else []:
        m = _STAMP.search(f.name)
        if m and f.name == f"{stem}-{m.group(1)}.db":
            taken = _dt.datetime.strptime(m.group(1), "%Y%m%d-%H%M%S")
            out.append(BackupFile(f, taken, f.stat().st_size))
    return sorted(out, key=lambda b: b.taken, reverse=True)


def rotate(db: Database, *, daily: int = 7, weekly: int = 4,
           now: _dt.datetime | None = None) -> Path | None:
    """Take an automatic backup and prune old ones, keeping the newest backup of each of the
    last ``daily`` days and of each of the last ``weekly`` ISO weeks. Returns the new file
    (None for an in-memory database)."""
    if db.path == MEMORY:
        return None
    now = now or _dt.datetime.now()
    folder = backup_dir(db.path)
    folder.mkdir(exist_ok=True)
    target = folder / f"{Path(db.path).stem}-{now:%Y%m%d-%H%M%S}.db"
    backup_to(db, target)
    keep: set[Path] = set()
    days: set[_dt.date] = set()
    weeks: set[tuple[int, int]] = set()
    for b in list_backups(db.path):  # newest first: the first of each day/week is kept
        day, week = b.taken.date(), b.taken.isocalendar()[:2]
        if day not in days and len(days) < daily:
            days.add(day)
            keep.add(b.path)
        if week not in weeks and len(weeks) < weekly:
            weeks.add(week)
            keep.add(b.path)
    for b in list_backups(db.path):
        if b.path not in keep:
            b.path.unlink(missing_ok=True)
            log.info("old backup removed: %s", b.path.name)
    return target


def verify_backup(path: str | os.PathLike[str]) -> int:
    """Check that a file is a sound bkk_relations database this app can open; return its
    schema version, or raise CoreError saying what is wrong."""
    p = Path(path)
    version = inspect_file(p)  # ours, not newer, readable — or a clear error
    if version == 0:
        raise CoreError(f"{p} is empty; it is not a backup of a bkk_relations database.")
    try:
        conn = sqlite_store.connect_readonly(p)
        try:
            result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise CoreError(f"{p} is damaged and cannot be restored ({exc}).") from exc
    if result != ["ok"]:
        raise CoreError(f"{p} is damaged and cannot be restored ({result[0]}).")
    return version


def restore(db_path: str | os.PathLike[str], backup: str | os.PathLike[str]) -> Path | None:
    """Replace the database at ``db_path`` (closed by the caller) with ``backup``, after
    verifying the backup and keeping the current file as a copy; return that copy."""
    verify_backup(backup)
    current = Path(db_path)
    kept = keep_copy(str(current), suffix="before-restore") if current.exists() else None
    try:
        copy_database(backup, current)
    except (OSError, sqlite3.Error) as exc:
        raise CoreError(f"{current} could not be restored: {exc}. The previous file is kept"
                        f"{' as ' + str(kept) if kept else ''}.") from exc
    from .attachments import store_dir

    saved = Path(backup).parent / "attachments"
    if saved.is_dir():  # bring back attachment files the backup refers to
        store = store_dir(str(current))
        for blob in saved.glob("??/*"):
            target_blob = store / blob.parent.name / blob.name
            if not target_blob.exists():
                target_blob.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(blob, target_blob)
    log.info("restored %s from %s", current, backup)
    return kept
