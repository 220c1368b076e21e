"""Counts of records, and the integrity check of a database file."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records.models import SPECS

if TYPE_CHECKING:
    from ..register import Register


def counts(reg: Register) -> dict[str, int]:
    """Live records per entity (partners split into cities and organisations), the trash
    and the audit log."""
    conn = reg.conn
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


def holds_records(reg: Register) -> bool:
    """Whether anyone has put anything into the database: a record, a tag, an attachment,
    or a change to the frameworks every new database ships with."""
    from ..storage.transfer import SHIPPED, only_shipped

    found = counts(reg)
    ignored = {"audit_entries", *SHIPPED}
    return any(n for k, n in found.items() if k not in ignored) or not only_shipped(reg.db)


def integrity_problems(reg: Register) -> list[str]:
    """What the engine's own checks (file structure, foreign keys) and the search index's
    check report; an empty list means the database is sound."""
    conn = reg.conn
    return conn.dialect.integrity_problems(conn)
