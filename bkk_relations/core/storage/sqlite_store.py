"""SQLite, the local file: the SQL of the engine-specific questions the core asks."""

from __future__ import annotations

import os
import sqlite3
import threading
import weakref
from pathlib import Path
from typing import Any, ClassVar

from ..errors import CoreError
from ..records.models import SPECS
from . import records_missing_from_index

Error = sqlite3.Error


class SqliteDialect:
    name = "sqlite"
    errors: ClassVar[tuple[type[Exception], ...]] = (sqlite3.Error,)

    @staticmethod
    def begin(conn: sqlite3.Connection) -> None:
        conn.execute("BEGIN IMMEDIATE")  # take the write lock now, not at the first write

    @staticmethod
    def is_busy(exc: Exception) -> bool:
        return isinstance(exc, sqlite3.OperationalError) and (
            "locked" in str(exc) or "busy" in str(exc))

    @staticmethod
    def schema_version(conn: sqlite3.Connection) -> int:
        return conn.execute("PRAGMA user_version").fetchone()[0]

    @staticmethod
    def data_version(conn: sqlite3.Connection) -> int:
        return conn.execute("PRAGMA data_version").fetchone()[0]

    @staticmethod
    def login(conn: sqlite3.Connection) -> str | None:
        return None  # a file has no login: the audit log records the computer's user name

    @staticmethod
    def search_index(conn: sqlite3.Connection, words: list[str], limit: int
                     ) -> list[tuple[int, str]]:
        """(index key, snippet) of index rows holding every word (three or more letters)."""
        match = " AND ".join('"' + w.replace('"', '""') + '"' for w in words)
        return conn.execute(
            "SELECT rowid, snippet(search_index, 0, '[', ']', '…', 12) FROM search_index "
            "WHERE search_index MATCH ? LIMIT ?", (match, limit)).fetchall()

    @staticmethod
    def integrity_problems(conn: sqlite3.Connection) -> list[str]:
        try:
            # One report row may hold several lines; each line is one problem.
            problems = [line for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"
                        for line in r[0].splitlines() if line and not line.startswith("***")]
            for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
                row = f" row {rowid}" if rowid is not None else ""  # link tables have no rowid
                problems.append(f"{table}{row} points to a missing {parent} record")
        except sqlite3.DatabaseError as exc:  # too damaged for the checks to finish
            return [f"the file is damaged: {exc}"]
        # Without its triggers the search index would silently stop following the records.
        triggers = {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        for spec in SPECS.values():
            for suffix in ("ai", "au", "ad"):
                if f"{spec.table}_search_{suffix}" not in triggers:
                    problems.append(f"the search index is not kept up to date for {spec.table} "
                                    f"(trigger {spec.table}_search_{suffix} is missing)")
        try:
            conn.execute(
                "INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)")
        except sqlite3.DatabaseError as exc:
            # FTS5 runs its own check as an INSERT, which a read-only file cannot take; the
            # index is still compared with the records below.
            if (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF != 8:  # SQLITE_READONLY
                problems.append(f"search index: {exc}")
                return problems
        return problems + records_missing_from_index(conn.execute, "rowid")

    @staticmethod
    def reset_sequences(conn: sqlite3.Connection) -> None:
        """Nothing to do: SQLite numbers new rows after the highest id."""

    @staticmethod
    def attachment_store(db: Any) -> Path:
        return beside_file(db.path)

    @staticmethod
    def optimize(conn: sqlite3.Connection) -> None:
        conn.execute("PRAGMA optimize")  # as SQLite advises, before closing


def beside_file(path: str) -> Path:
    """Where a database file's attachments are kept: ``NAME.attachments/`` beside it."""
    if path == ":memory:":
        raise CoreError("Attachments need a database saved as a file.")
    p = Path(path)
    return p.with_name(p.stem + ".attachments")


class SqliteConnection(sqlite3.Connection):
    """sqlite3's connection, carrying its dialect for the core's engine-specific questions.

    Made only by :func:`connect`, which records the file as held by this process until the
    connection is closed (or garbage-collected)."""

    dialect = SqliteDialect
    _release: weakref.finalize | None = None

    def close(self) -> None:
        try:
            super().close()
        finally:
            if self._release is not None:
                self._release()


# -- the files this process holds through SQLite ---------------------------------------------
# POSIX advisory locks belong to a process and a file, not to a descriptor: closing *any*
# descriptor of a database file drops every lock the process's SQLite connections hold on it
# ("How To Corrupt An SQLite Database File", 2.2). Another process then believes it is the
# last user and deletes the -wal and -shm files under the live connection, and saves are lost.
# So nothing but SQLite may open a file this process holds; `holds` tells which files those are.

SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
MEMORY = ":memory:"
_held: dict[tuple[int, int], int] = {}
_held_lock = threading.Lock()


def _file_key(path: str | os.PathLike[str]) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return st.st_dev, st.st_ino


def _release_key(key: tuple[int, int]) -> None:
    with _held_lock:
        left = _held.get(key, 0) - 1
        if left > 0:
            _held[key] = left
        else:
            _held.pop(key, None)


def main_file(path: str | os.PathLike[str]) -> Path:
    """The database a side file (``-wal``, ``-shm``, ``-journal``) belongs to; the path
    itself for any other file."""
    p = Path(path)
    for suffix in SIDE_SUFFIXES:
        if p.name.endswith(suffix) and len(p.name) > len(suffix):
            return p.with_name(p.name[: -len(suffix)])
    return p


def holds(path: str | os.PathLike[str]) -> bool:
    """True when this process has the database at ``path`` open through SQLite, or ``path``
    is one of that database's side files: then only SQLite may open it."""
    keys = {_file_key(path), _file_key(main_file(path))} - {None}
    with _held_lock:
        return any(k in _held for k in keys)


def uri(path: str | os.PathLike[str], *, read_only: bool = False,
        immutable: bool = False) -> str:
    """A ``file:`` URI for ``path`` (characters that mean something in a URI escaped)."""
    from urllib.parse import quote

    text = quote(Path(path).resolve().as_posix(), safe="/:")
    if not text.startswith("/"):
        text = "/" + text  # file:/C:/… — SQLite drops the slash before a drive letter
    params = []
    if read_only or immutable:
        params.append("mode=ro")
    if immutable:
        params.append("immutable=1")
    return f"file:{text}" + (f"?{'&'.join(params)}" if params else "")


def connect(path: str | os.PathLike[str], *, read_only: bool = False,
            immutable: bool = False) -> SqliteConnection:
    """The one way the app opens an SQLite file: in autocommit mode, usable from any thread,
    and recorded as held by this process until closed. ``immutable`` reads a file no one
    may be writing (no locks, no side files created)."""
    target = str(path)
    if target == MEMORY:
        conn = sqlite3.connect(MEMORY, isolation_level=None, check_same_thread=False,
                               factory=SqliteConnection)
        return conn
    conn = sqlite3.connect(uri(target, read_only=read_only, immutable=immutable), uri=True,
                           isolation_level=None, check_same_thread=False,
                           factory=SqliteConnection)
    key = _file_key(target)
    if key is not None:
        with _held_lock:
            _held[key] = _held.get(key, 0) + 1
        conn._release = weakref.finalize(conn, _release_key, key)
    return conn


def connect_readonly(path: str | os.PathLike[str]) -> SqliteConnection:
    """A read-only connection that writes nothing beside the file: immutable when no one
    has the file open for writing (no ``-wal`` beside it) or its folder cannot be written
    (SQLite could not create the ``-shm`` it needs)."""
    p = Path(path)
    wal = Path(f"{p}-wal")
    immutable = not wal.exists() or not os.access(p.parent, os.W_OK)
    return connect(p, read_only=True, immutable=immutable)
