"""Imports as audit-log batches: listing them, and undoing one.

Every record an import creates or updates is audited with the import's batch id. Undoing
the batch deletes for good what it created and puts back what it changed, in one
transaction, audited as the batch ``undo:<batch id>``. An undo is refused (nothing changed)
when a record of the batch was changed since, or when a record created by the import is
now used by a record the import did not create — undoing then would lose someone's later
work.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..errors import CoreError
from ..messages import Joined, Msg
from ..records import audit
from ..records.models import SPECS, references_to
from ..storage.protocols import Connection, Row

if TYPE_CHECKING:
    from ..register import Register

IMPORT_PREFIX = "import-"
UNDO_PREFIX = "undo:"


# Each kind of record by its plural (the catalogue's term.*), as a batch's counts name them.
_PLURAL = {"partner": "term.partners", "unit": "term.units", "agreement": "term.agreements",
           "project": "term.projects", "activity": "term.activities",
           "contact": "term.contacts", "action": "term.actions", "lesson": "term.lessons",
           "framework": "term.frameworks", "goal": "term.goals"}


@dataclass(frozen=True)
class KindCount:
    """What a batch did to one kind of record."""

    entity: str
    created: int
    updated: int


@dataclass(frozen=True)
class ImportBatch:
    batch_id: str
    started: str
    user: str
    entity: str  # what was imported: the kind of the batch's first record
    created: int
    updated: int
    undone: bool
    kinds: tuple[KindCount, ...] = ()  # per kind, in the order first written

    def what(self) -> Msg:
        """What was imported, e.g. "partners" (to be shown in a language)."""
        return Msg(_PLURAL[self.entity])

    def counts(self) -> Joined:
        """What the batch did, kind by kind: "20,000 partners created, 20,000 agreements
        created" (a partner sheet also makes its ties)."""
        parts = []
        for k in self.kinds:
            for action, n in (("created", k.created), ("updated", k.updated)):
                if n:
                    what = Msg(f"term.{k.entity}" if n == 1 else _PLURAL[k.entity])
                    parts.append(Msg(f"undo.count.{action}", {"n": n, "what": what}))
        return Joined(tuple(parts), ", ")


def import_batches(reg: Register, limit: int = 50) -> list[ImportBatch]:
    """Imports recorded in the audit log, latest first."""
    conn = reg.conn
    rows = conn.execute(
        "SELECT batch_id, min(ts), min(\"user\"), "
        "sum(CASE WHEN action = 'create' THEN 1 ELSE 0 END), "
        "sum(CASE WHEN action = 'update' THEN 1 ELSE 0 END), max(id) AS last "
        "FROM audit_log WHERE batch_id LIKE ? "
        "GROUP BY batch_id ORDER BY last DESC LIMIT ?", (IMPORT_PREFIX + "%", limit))
    out = []
    for batch_id, ts, user, created, updated, _ in rows.fetchall():
        undone = conn.execute("SELECT 1 FROM audit_log WHERE batch_id = ? LIMIT 1",
                              (UNDO_PREFIX + batch_id,)).fetchone() is not None
        # Named by its first record, not by the kinds' names: a partner sheet writes each
        # partner before the tie (an agreement) it brings.
        kinds = tuple(KindCount(entity, c, u) for entity, c, u, _ in conn.execute(
            "SELECT entity, sum(CASE WHEN action = 'create' THEN 1 ELSE 0 END), "
            "sum(CASE WHEN action = 'update' THEN 1 ELSE 0 END), min(id) AS first "
            "FROM audit_log WHERE batch_id = ? GROUP BY entity ORDER BY first",
            (batch_id,)).fetchall())
        out.append(ImportBatch(batch_id, ts, user, kinds[0].entity if kinds else "",
                               created, updated, undone, kinds))
    return out


def last_import(reg: Register) -> ImportBatch | None:
    """The latest import that has not been undone."""
    return next((b for b in import_batches(reg) if not b.undone), None)


def _conflicts(conn: Connection, batch_id: str, entries: list[Row]
               ) -> list[Msg]:
    last_id = max(e["id"] for e in entries)
    # Records the batch itself created may point at each other (a partner sheet's tie is an
    # agreement with the partner it created): the undo removes both.
    created: dict[str, set[int]] = {}
    for e in entries:
        if e["action"] == "create":
            created.setdefault(e["entity"], set()).add(e["record_id"])
    out = []
    for e in entries:
        later = conn.execute(
            "SELECT \"user\", ts, action FROM audit_log WHERE entity = ? AND record_id = ? "
            "AND id > ? AND coalesce(batch_id, '') != ? ORDER BY id LIMIT 1",
            (e["entity"], e["record_id"], last_id, batch_id)).fetchone()
        label = _label(conn, e["entity"], e["record_id"])
        if later:
            out.append(Msg("undo.changed", {"record": label,
                                            "action": audit.action_words(later["action"]),
                                            "user": later["user"],
                                            "when": later["ts"][:16].replace("T", " ")}))
            continue
        if e["action"] == "create":
            # Any row that points at the record: a link, or a record's own column.
            for ref in references_to(e["entity"]):
                owner = ref.owner_col or "id"
                users = {r[0] for r in conn.execute(
                    f"SELECT {owner} FROM {ref.table} WHERE {ref.column} = ?",
                    (e["record_id"],))}
                if users - created.get(ref.owner.name, set()):
                    out.append(Msg("undo.used_by", {"record": label,
                                                    "by": Msg(f"term.a_{ref.owner.name}")}))
                    break
    return out


def _label(conn: Connection, entity: str, record_id: int) -> Msg:
    spec = SPECS[entity]
    row = conn.execute(f"SELECT {spec.label_col} FROM {spec.table} WHERE id = ?",
                       (record_id,)).fetchone()
    what = Msg(f"term.{entity}")
    if row:
        return Msg("undo.record", {"what": what, "name": row[0], "id": record_id})
    return Msg("undo.record_gone", {"what": what, "id": record_id})


def undo_import(reg: Register, batch_id: str) -> dict[str, int]:
    """Reverse one import: delete what it created, restore what it updated. One transaction;
    returns {"deleted": n, "restored": m}. CoreError says why it cannot be done."""
    conn = reg.conn
    if not batch_id.startswith(IMPORT_PREFIX):
        raise CoreError(code="undo.not_import", batch=batch_id)
    entries = conn.execute("SELECT * FROM audit_log WHERE batch_id = ? ORDER BY id",
                           (batch_id,)).fetchall()
    if not entries:
        raise CoreError(code="undo.no_import", batch=batch_id)
    if conn.execute("SELECT 1 FROM audit_log WHERE batch_id = ? LIMIT 1",
                    (UNDO_PREFIX + batch_id,)).fetchone():
        raise CoreError(code="undo.already", batch=batch_id)
    conflicts = _conflicts(conn, batch_id, entries)
    if conflicts:
        more = Msg("undo.more", {"n": len(conflicts) - 5}) if len(conflicts) > 5 else ""
        raise CoreError(code="undo.conflicts", conflicts=Joined(tuple(conflicts[:5]), "; "),
                        more=more)
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
                    factory = defaults[name].default_factory
                    if before is None and factory is not dataclasses.MISSING:
                        before = factory()
                    setattr(record, name, before)
                reg.records.update(record, batch_id=undo)
                counts["restored"] += 1
    return counts
