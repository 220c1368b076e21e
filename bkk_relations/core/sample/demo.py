"""The bundled demo database: Bangkok's public international ties, each with its source.

A demo database carries a fingerprint of everything it holds when written (the setting
``demo_fingerprint``), so that replacing "the demo" can never replace a register: only a
database whose records, links and audit log are exactly as the demo wrote them is replaced.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from ...resources import resource
from ..errors import NotADemo
from ..records.models import (
    Activity,
    Agreement,
    Contact,
    Framework,
    Lesson,
    Partner,
    Project,
    Unit,
    stored_id,
)
from ..records.repository import Repository
from ..storage.database import keep_copy

if TYPE_CHECKING:
    from ..register import Register

DEMO_FILE = resource("demo", "bangkok_demo.json")
DEMO_NOTICE_KEY = "demo_notice"
FINGERPRINT_KEY = "demo_fingerprint"


def load_demo_data(path: Path = DEMO_FILE) -> dict:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def _goal_ids(reg: Register, refs: list[list[str]]) -> list[int]:
    """Goals named in the demo data as [framework's builtin key, goal code] (the frameworks
    every database ships)."""
    out = []
    for builtin, code in refs:
        row = reg.conn.execute(
            "SELECT g.id FROM goals g JOIN frameworks f ON f.id = g.framework_id "
            "WHERE f.builtin = ? AND g.code = ? AND g.deleted_at IS NULL",
            (builtin, code)).fetchone()
        if row is None:
            raise ValueError(f"the demo names goal {code} of {builtin}, which is not shipped")
        out.append(row[0])
    return out


def write_demo(reg: Register, data: dict | None = None, *, user: str = "demo") -> dict[str, int]:
    """Fill an empty database with the demo records in one transaction; return the counts."""
    data = data or load_demo_data()
    repo = Repository(reg.db, user=user)
    batch = f"demo-{uuid.uuid4().hex[:8]}"
    keys: dict[str, dict[str, int]] = {k: {} for k in
                                       ("unit", "partner", "agreement", "project", "activity",
                                        "framework", "lesson")}

    def ref(kind: str, key: str | None) -> int | None:
        return None if key is None else keys[kind][key]

    def goals(record: dict) -> list[int]:
        return _goal_ids(reg, record.get("goals", []))

    with reg.db.transaction():
        meta = data.get("meta", {})
        home = meta.get("home_city", {})
        for name, value in (("home_city_en", home.get("name_en")),
                            ("home_city_th", home.get("name_th")),
                            ("home_country", home.get("country")),
                            (DEMO_NOTICE_KEY, meta.get("notice_en")),
                            (DEMO_NOTICE_KEY + "_th", meta.get("notice_th"))):
            if value:
                reg.db.set_setting(name, value)
        for u in data.get("units", []):
            fields = {k: v for k, v in u.items() if k != "key"}
            keys["unit"][u["key"]] = stored_id(repo.create(Unit(**fields), batch_id=batch))
        for p in data.get("partners", []):
            fields = {k: v for k, v in p.items() if k != "key"}
            keys["partner"][p["key"]] = stored_id(repo.create(Partner(**fields), batch_id=batch))
        for f in data.get("frameworks", []):
            fields = {k: v for k, v in f.items() if k != "key"}
            keys["framework"][f["key"]] = stored_id(repo.create(Framework(**fields),
                                                                batch_id=batch))
        for a in data.get("agreements", []):
            fields = {k: v for k, v in a.items() if k not in ("key", "parties", "goals")}
            fields["party_ids"] = [ref("partner", k) for k in a.get("parties", [])]
            fields["goal_ids"] = goals(a)
            keys["agreement"][a["key"]] = stored_id(repo.create(Agreement(**fields),
                                                                batch_id=batch))
        for p in data.get("projects", []):
            fields = {k: v for k, v in p.items()
                      if k not in ("key", "partners", "units", "agreement", "goals")}
            fields["partner_ids"] = [ref("partner", k) for k in p.get("partners", [])]
            fields["goal_ids"] = goals(p)
            fields["unit_ids"] = [ref("unit", k) for k in p.get("units", [])]
            fields["agreement_id"] = ref("agreement", p.get("agreement"))
            keys["project"][p["key"]] = stored_id(repo.create(Project(**fields), batch_id=batch))
        for a in data.get("activities", []):
            fields = {k: v for k, v in a.items()
                      if k not in ("key", "partners", "project", "agreement", "goals")}
            fields["partner_ids"] = [ref("partner", k) for k in a.get("partners", [])]
            fields["goal_ids"] = goals(a)
            fields["project_id"] = ref("project", a.get("project"))
            fields["agreement_id"] = ref("agreement", a.get("agreement"))
            keys["activity"][a["key"]] = stored_id(repo.create(Activity(**fields), batch_id=batch))
        for x in data.get("lessons", []):
            fields = {k: v for k, v in x.items()
                      if k not in ("key", "partners", "units", "activity", "project", "goals")}
            fields["partner_ids"] = [ref("partner", k) for k in x.get("partners", [])]
            fields["unit_ids"] = [ref("unit", k) for k in x.get("units", [])]
            fields["activity_id"] = ref("activity", x.get("activity"))
            fields["project_id"] = ref("project", x.get("project"))
            fields["goal_ids"] = goals(x)
            keys["lesson"][x["key"]] = stored_id(repo.create(Lesson(**fields), batch_id=batch))
        contacts = 0
        for c in data.get("contacts", []):
            fields = {k: v for k, v in c.items() if k not in ("partner", "unit")}
            fields["partner_id"] = ref("partner", c.get("partner"))
            fields["unit_id"] = ref("unit", c.get("unit"))  # a unit's focal point
            repo.create(Contact(**fields), batch_id=batch)
            contacts += 1
        reg.db.set_setting(FINGERPRINT_KEY, fingerprint(reg))
    return {**{k: len(v) for k, v in keys.items()}, "contact": contacts}


def create_demo_database(path: str | os.PathLike[str]) -> dict[str, int]:
    """Write the demo database to a new file at ``path``."""
    from ..register import Register

    with Register.create(path) as reg:
        return write_demo(reg)


def is_demo(reg: Register) -> bool:
    return reg.db.get_setting(DEMO_NOTICE_KEY) is not None


def fingerprint(reg: Register) -> str:
    """A digest of every row of every table but the settings (which hold the window's
    preferences, not records): any record, link, attachment or audit entry changes it."""
    from ..storage.transfer import SHIPPED, TABLES, only_shipped, table_check

    digest = hashlib.sha256()
    shipped = only_shipped(reg.db)
    for table in TABLES:
        if table != "settings" and not (table in SHIPPED and shipped):
            check = table_check(reg.db, table)
            if not check.rows and table in _LATER_TABLES:
                continue  # empty, as in a demo written before the table existed
            digest.update(f"{table}:{check.rows}:{check.checksum};".encode())
    return digest.hexdigest()


# Tables added after the demo's fingerprint was first kept (saved graph views, the
# strategy's records); the frameworks every database ships are left out while unchanged.
_LATER_TABLES = {"graph_views", "actions", "action_partners", "action_goals", "lessons",
                 "lesson_partners", "lesson_units", "lesson_sectors", "lesson_goals",
                 "agreement_goals", "project_goals", "activity_goals"}


def _refuse_unless_unchanged(reg: Register) -> None:
    kept = reg.db.get_setting(FINGERPRINT_KEY)
    if kept is not None and kept == fingerprint(reg):
        return
    last = reg.conn.execute(
        'SELECT "user", ts FROM audit_log WHERE batch_id IS NULL OR batch_id NOT LIKE '
        "'demo-%' ORDER BY id DESC LIMIT 1").fetchone()
    why = (f"it was changed after the demo was written (last by {last[0]} on "
           f"{last[1][:10]})" if last is not None and kept is not None
           else "it was changed after the demo was written" if kept is not None
           else "it is not a demo database" if not is_demo(reg)
           else "it is a demo database from an earlier version that cannot be told apart "
                "from a changed one")
    raise NotADemo(f"{reg.path} was not replaced: {why}. Choose another file name, or move "
                   "the file away first.")


def replace_demo(path: str | os.PathLike[str]) -> tuple[dict[str, int], Path]:
    """Write the demo afresh over an existing demo database file that nobody has changed;
    return the counts and the copy of the old file kept beside it. The check and the new
    demo are one transaction on the open file (never deleting it or its ``-wal``), so a
    program that has it open sees either the old demo or the new one, and a change saved
    meanwhile makes the replacement refused."""
    from ..records import sort_keys
    from ..register import Register
    from ..storage.transfer import TABLES
    from ..strategy.builtin import seed_sql

    with Register.open(path) as reg:
        _refuse_unless_unchanged(reg)
    kept = keep_copy(str(path), suffix="before-demo")
    try:
        with Register.open(path) as reg, reg.db.transaction() as conn:
            _refuse_unless_unchanged(reg)  # again, now under the write lock
            for table in reversed(TABLES):  # children before parents
                if table != "settings":
                    conn.execute(f"DELETE FROM {table}")
            for sql, params in seed_sql():  # the frameworks every database starts with
                conn.execute(sql, params)
            sort_keys.fill_missing(conn)
            counts = write_demo(reg)
    except BaseException:
        kept.unlink(missing_ok=True)  # nothing was replaced: the copy is not needed
        raise
    return counts, kept
