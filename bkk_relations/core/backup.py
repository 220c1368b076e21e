"""Copies of a database made with SQLite's online backup API (consistent even while the
database is open and in WAL mode)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from .database import Database
from .errors import CoreError


def backup_to(db: Database, dest: str | os.PathLike[str]) -> Path:
    """Write a complete copy of ``db`` to ``dest`` and check it; refuse to overwrite the
    open database itself."""
    target = Path(dest)
    if db.path != ":memory:" and target.resolve() == Path(db.path).resolve():
        raise CoreError("A backup cannot overwrite the database it is copying.")
    if not target.parent.is_dir():
        raise CoreError(f"The backup could not be written to {target}: the folder "
                        f"{target.parent} does not exist.")
    tmp = target.with_name(target.name + ".partial")
    try:
        out = sqlite3.connect(tmp)
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
    return target
