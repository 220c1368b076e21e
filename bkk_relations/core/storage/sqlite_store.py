"""SQLite, the local file: the SQL of the engine-specific questions the core asks."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import sqlite_utils

from ..errors import CoreError
from ..models import SPECS
from . import records_missing_from_index

Error = sqlite3.Error


class SqliteDialect:
    name = "sqlite"
    errors: tuple[type[Exception], ...] = (sqlite3.Error,)

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
        triggers = sqlite_utils.Database(conn).triggers_dict
        for spec in SPECS.values():
            for suffix in ("ai", "au", "ad"):
                if f"{spec.table}_search_{suffix}" not in triggers:
                    problems.append(f"the search index is not kept up to date for {spec.table} "
                                    f"(trigger {spec.table}_search_{suffix} is missing)")
        try:
            conn.execute(
                "INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)")
        except sqlite3.DatabaseError as exc:
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
    """sqlite3's connection, carrying its dialect for the core's engine-specific questions."""

    dialect = SqliteDialect
