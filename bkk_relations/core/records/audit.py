"""The audit log: who changed which record, when, and what the fields were before and after."""

from __future__ import annotations

import getpass
import json
from dataclasses import dataclass

from ..dates import now_iso
from ..messages import MESSAGES, Msg
from ..storage.protocols import Connection, Row


@dataclass(frozen=True)
class AuditEntry:
    id: int
    ts: str
    user: str
    action: str
    entity: str
    record_id: int
    changes: dict[str, list]
    batch_id: str | None


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on some service accounts
        return "unknown"


def action_words(action: str) -> Msg | str:
    """What a history entry says was done (the catalogue's audit.*), or the stored word of
    an action it has no words for."""
    code = f"audit.{action}"
    return Msg(code) if code in MESSAGES else action


# One encoder for every entry (json.dumps with options makes a new one each time).
_JSON = json.JSONEncoder(ensure_ascii=False, default=str)


def write(conn: Connection, *, user: str, action: str, entity: str, record_id: int,
          changes: dict[str, list] | None = None, batch_id: str | None = None) -> None:
    conn.execute(
        "INSERT INTO audit_log (ts, \"user\", action, entity, record_id, changes, batch_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (now_iso(), user, action, entity, record_id,
         _JSON.encode(changes or {}), batch_id),
    )


def write_many(conn: Connection, *, user: str, action: str, entity: str,
               entries: list[tuple[int | None, dict[str, list]]],
               batch_id: str | None = None) -> None:
    """write() for many records at once: (record id, changes) each, in order."""
    ts = now_iso()
    conn.executemany(
        "INSERT INTO audit_log (ts, \"user\", action, entity, record_id, changes, batch_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(ts, user, action, entity, record_id,
          _JSON.encode(changes or {}), batch_id)
         for record_id, changes in entries])


def _entry(row: Row) -> AuditEntry:
    return AuditEntry(row["id"], row["ts"], row["user"], row["action"], row["entity"],
                      row["record_id"], json.loads(row["changes"]), row["batch_id"])


def history(conn: Connection, entity: str, record_id: int) -> list[AuditEntry]:
    """A record's history, oldest first."""
    rows = conn.execute(
        "SELECT * FROM audit_log WHERE entity = ? AND record_id = ? ORDER BY id",
        (entity, record_id),
    )
    return [_entry(r) for r in rows]


def recent(conn: Connection, limit: int = 100) -> list[AuditEntry]:
    rows = conn.execute("SELECT * FROM audit_log ORDER BY id DESC LIMIT ?", (limit,))
    return [_entry(r) for r in rows]


def created(after: dict[str, object]) -> dict[str, list]:
    """diff({}, after) of a snapshot (which holds no empty value): a new record's entry."""
    return {k: [None, v] for k, v in after.items()}


def diff(before: dict[str, object], after: dict[str, object]) -> dict[str, list]:
    """Fields whose value changed, as {field: [before, after]}."""
    keys = list(before) + [k for k in after if k not in before]
    return {k: [before.get(k), after.get(k)] for k in keys if before.get(k) != after.get(k)}
