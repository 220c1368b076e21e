"""Imports as audit-log batches: listing them, and undoing one.

Every record an import creates or updates is audited with the import's batch id. Undoing
the batch deletes for good what it created and puts back what it changed, in one
transaction, audited as the batch ``undo:<batch id>``. An undo is refused (nothing changed)
when a record of the batch was changed since, or when a record created by the import is
now used by another record — undoing then would lose someone's later work.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..errors import CoreError
from ..records.models import SPECS

if TYPE_CHECKING:
    from ..register import Register

IMPORT_PREFIX = "import-"
UNDO_PREFIX = "undo:"
# Rows that point at a record of each kind: (table, column, label).
_USED_BY = {
    "partner": [("agreement_parties", "partner_id", "an agreement"),
                ("project_partners", "partner_id", "a project"),
                ("activity_partners", "partner_id", "an activity"),
                ("contacts", "partner_id", "a contact")],
    "agreement": [("projects", "agreement_id", "a project"),
                  ("activities", "agreement_id", "an activity")],
    "project": [("activities", "project_id", "an activity")],
    "contact": [], "activity": [],
}


@dataclass(frozen=True)
class ImportBatch:
    batch_id: str
    started: str
    user: str
    entity: str
    created: int
    updated: int
    undone: bool


def import_batches(reg: Register, limit: int = 50) -> list[ImportBatch]:
    """Imports recorded in the audit log, latest first."""
    conn = reg.conn
    rows = conn.execute(
        "SELECT batch_id, min(ts), min(\"user\"), min(entity), "
        "sum(CASE WHEN action = 'create' THEN 1 ELSE 0 END), "
        "sum(CASE WHEN action = 'update' THEN 1 ELSE 0 END), max(id) AS last "
        "FROM audit_log WHERE batch_id LIKE ? "
        "GROUP BY batch_id ORDER BY last DESC LIMIT ?", (IMPORT_PREFIX + "%", limit))
    out = []
    for batch_id, ts, user, entity, created, updated, _ in rows.fetchall():
        undone = conn.execute("SELECT 1 FROM audit_log WHERE batch_id = ? LIMIT 1",
                              (UNDO_PREFIX + batch_id,)).fetchone() is not None
        out.append(ImportBatch(batch_id, ts, user, entity, created, updated, undone))
    return out


def last_import(reg: Register) -> ImportBatch | None:
    """The latest import that has not been undone."""
    return next((b for b in import_batches(reg) if not b.undone), None)


def _conflicts(conn: sqlite3.Connection, batch_id: str, entries: list[sqlite3.Row]
               ) -> list[str]:
    last_id = max(e["id"] for e in entries)
    out = []
    for e in entries:
        later = conn.execute(
            "SELECT \"user\", ts, action FROM audit_log WHERE entity = ? AND record_id = ? "
            "AND id > ? AND coalesce(batch_id, '') != ? ORDER BY id LIMIT 1",
            (e["entity"], e["record_id"], last_id, batch_id)).fetchone()
        label = _label(conn, e["entity"], e["record_id"])
        if later:
            out.append(f"{label} was changed after the import ({later['action']} by "
                       f"{later['user']}, {later['ts'][:16].replace('T', ' ')})")
            continue
        if e["action"] == "create":
            for table, column, what in _USED_BY[e["entity"]]:
                if conn.execute(f"SELECT 1 FROM {table} WHERE {column} = ? LIMIT 1",
                                (e["record_id"],)).fetchone():
                    out.append(f"{label} is now used by {what}")
                    break
    return out


def _label(conn: sqlite3.Connection, entity: str, record_id: int) -> str:
    spec = SPECS[entity]
    row = conn.execute(f"SELECT {spec.label_col} FROM {spec.table} WHERE id = ?",
                       (record_id,)).fetchone()
    return f"{spec.name} “{row[0]}” (id {record_id})" if row else f"{spec.name} {record_id}"


def undo_import(reg: Register, batch_id: str) -> dict[str, int]:
    """Reverse one import: delete what it created, restore what it updated. One transaction;
    returns {"deleted": n, "restored": m}. CoreError says why it cannot be done."""
    conn = reg.conn
    if not batch_id.startswith(IMPORT_PREFIX):
        raise CoreError(f"'{batch_id}' is not an import; only imports can be undone here.")
    entries = conn.execute("SELECT * FROM audit_log WHERE batch_id = ? ORDER BY id",
                           (batch_id,)).fetchall()
    if not entries:
        raise CoreError(f"There is no import '{batch_id}' in this database.")
    if conn.execute("SELECT 1 FROM audit_log WHERE batch_id = ? LIMIT 1",
                    (UNDO_PREFIX + batch_id,)).fetchone():
        raise CoreError(f"The import '{batch_id}' has already been undone.")
    conflicts = _conflicts(conn, batch_id, entries)
    if conflicts:
        more = f"; and {len(conflicts) - 5} more" if len(conflicts) > 5 else ""
        raise CoreError("The import cannot be undone without losing later work: "
                        + "; ".join(conflicts[:5]) + more
                        + ". Nothing was changed; correct these records by hand.")
    undo = UNDO_PREFIX + batch_id
    counts = {"deleted": 0, "restored": 0}
    with reg.db.transaction():
        for e in reversed(entries):
            cls = SPECS[e["entity"]].cls
            if e["action"] == "create":
                reg.records.delete(cls, e["record_id"], batch_id=undo)
                reg.records.purge(cls, e["record_id"])
                counts["deleted"] += 1
            elif e["action"] == "update":
                record = reg.records.get(cls, e["record_id"])
                defaults = {f.name: f for f in dataclasses.fields(cls)}
                for name, (before, _after) in json.loads(e["changes"]).items():
                    if name not in defaults:
                        continue
                    if before is None and defaults[name].default_factory is not \
                            dataclasses.MISSING:
                        before = defaults[name].default_factory()
                    setattr(record, name, before)
                reg.records.update(record, batch_id=undo)
                counts["restored"] += 1
    return counts
