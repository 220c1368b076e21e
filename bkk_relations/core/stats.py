"""Counts of records, and the integrity check of a database file."""

from __future__ import annotations

import sqlite3

import sqlite_utils

from .models import SPECS


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Live records per entity (partners split into cities and organisations), the trash
    and the audit log."""
    out: dict[str, int] = {}
    for spec in SPECS.values():
        out[spec.table] = conn.execute(
            f"SELECT count(*) FROM {spec.table} WHERE deleted_at IS NULL").fetchone()[0]
    for kind, key in (("city", "cities"), ("organisation", "organisations")):
        out[key] = conn.execute("SELECT count(*) FROM partners WHERE deleted_at IS NULL "
                                "AND kind = ?", (kind,)).fetchone()[0]
    out["in_trash"] = sum(conn.execute(
        f"SELECT count(*) FROM {s.table} WHERE deleted_at IS NOT NULL").fetchone()[0]
        for s in SPECS.values())
    out["tags"] = conn.execute("SELECT count(*) FROM tags").fetchone()[0]
    out["attachments"] = conn.execute("SELECT count(*) FROM attachments").fetchone()[0]
    out["audit_entries"] = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    return out


def integrity_problems(conn: sqlite3.Connection) -> list[str]:
    """What ``PRAGMA integrity_check``, the foreign-key check and the search index's own
    check report; an empty list means the file is sound."""
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
        conn.execute("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)")
    except sqlite3.DatabaseError as exc:
        problems.append(f"search index: {exc}")
    return problems
