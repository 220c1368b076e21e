"""Copying a whole database between a local file and a server (either way), in one
transaction, verified afterwards by counts and checksums of every table.

What is copied: every record, link, tag, setting, the audit log and the attachments'
metadata, with their ids. The search index is rebuilt by the target itself. The copy goes
only into a new file or an empty database: nothing is ever overwritten.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from ..errors import CopyError
from . import schema
from .database import Database

# Every table of the schema, parents before children (the order they are created in).
TABLES = re.findall(r"CREATE TABLE (\w+)", schema._V1 + schema._V4 + schema._V5_TABLES)
# Tables a new schema fills with the shipped frameworks: empty enough when they hold only
# those, untouched (a copy replaces them with the source's).
SHIPPED = ("goals", "frameworks")
CHUNK = 2000

Progress = Callable[[str, int, int], None]


@dataclass
class TableCheck:
    rows: int
    checksum: str


@dataclass
class CopyReport:
    tables: dict[str, TableCheck] = field(default_factory=dict)

    @property
    def counts(self) -> dict[str, int]:
        return {t: c.rows for t, c in self.tables.items()}


def _rows(db: Database, table: str) -> Iterator[tuple[list[str], list[tuple]]]:
    cur = db.conn.execute(f"SELECT * FROM {table}")
    names = [d[0] for d in cur.description]
    while True:
        batch = cur.fetchmany(CHUNK)
        if not batch:
            return
        yield names, [tuple(r) for r in batch]


def _canonical(names: list[str], row: tuple) -> bytes:
    # Both engines give int, float, str and None for our columns; repr keeps floats exact.
    return json.dumps([[n, repr(v) if isinstance(v, float) else v]
                       for n, v in sorted(zip(names, row, strict=True))],
                      ensure_ascii=False, separators=(",", ":")).encode()


def table_check(db: Database, table: str) -> TableCheck:
    """Row count and an order-independent checksum of a table's rows (so two engines that
    return rows in different orders agree)."""
    total, n = 0, 0
    for names, rows in _rows(db, table):
        for row in rows:
            digest = hashlib.sha256(_canonical(names, row)).digest()
            total = (total + int.from_bytes(digest[:16], "big")) % (1 << 128)
            n += 1
    return TableCheck(n, f"{total:032x}")


def database_check(db: Database) -> dict[str, TableCheck]:
    """Every table's row count and checksum: what a copy must reproduce."""
    return {t: table_check(db, t) for t in TABLES}


def only_shipped(dest: Database) -> bool:
    """Whether the frameworks and goals are only those a new schema ships, unchanged."""
    conn = dest.conn
    return not conn.execute(
        "SELECT 1 FROM frameworks WHERE builtin IS NULL OR version > 1 "
        "UNION ALL SELECT 1 FROM goals g JOIN frameworks f ON f.id = g.framework_id "
        "WHERE f.builtin IS NULL OR g.version > 1 LIMIT 1").fetchone()


def _refuse_unless_empty(dest: Database) -> None:
    shipped_only = only_shipped(dest)
    for table in TABLES:
        if table == "settings" or (table in SHIPPED and shipped_only):
            continue
        if dest.conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone():
            raise CopyError(f"{dest.path} already holds data ({table}); copy only into a new "
                            "file or an empty database. Nothing was changed.")


def copy_between(source: Database, dest: Database, *, progress: Progress | None = None
                 ) -> CopyReport:
    """Copy everything in ``source`` into the empty ``dest`` in one transaction; check
    every table's count and checksum before committing, so a copy that does not match
    leaves ``dest`` as it was."""
    if dest.read_only:
        raise CopyError(f"{dest.path} is read-only for this login; nothing was copied.")
    if dest.is_server:
        from . import pg_schema

        if not pg_schema.owns_tables(dest.conn):  # others add audit entries as themselves
            raise CopyError(f"Copying into {dest.path} brings every officer's history along, "
                            "which only the database owner's login may write; run copy "
                            "with the owner's login. Nothing was copied.")
    if source.schema_version != dest.schema_version:
        raise CopyError("The two databases have different schema versions "
                        f"({source.schema_version} and {dest.schema_version}).")
    _refuse_unless_empty(dest)
    expected = database_check(source)
    report = CopyReport()
    with dest.transaction() as conn:
        conn.execute("DELETE FROM settings")
        for table in SHIPPED:
            conn.execute(f"DELETE FROM {table}")
        for table in TABLES:
            done = 0
            for names, rows in _rows(source, table):
                cols = ", ".join(f'"{n}"' for n in names)
                conn.executemany(
                    f"INSERT INTO {table} ({cols}) VALUES ({', '.join('?' * len(names))})",
                    rows)
                done += len(rows)
                if progress:
                    progress(table, done, expected[table].rows)
        conn.dialect.reset_sequences(conn)
        for table in TABLES:
            got = table_check(dest, table)
            if got != expected[table]:
                raise CopyError(
                    f"The copy of {table} does not match the original ({got.rows} rows "
                    f"instead of {expected[table].rows}, or different contents); nothing "
                    "was kept.")
            report.tables[table] = got
    return report
