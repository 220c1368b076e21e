"""The bundled demo database: Bangkok's public international ties, each with its source."""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

from ..resources import resource
from .database import Database
from .models import Activity, Agreement, Contact, Partner, Project, Unit
from .repository import Repository

DEMO_FILE = resource("demo", "bangkok_demo.json")
DEMO_NOTICE_KEY = "demo_notice"


def load_demo_data(path: Path = DEMO_FILE) -> dict:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def write_demo(db: Database, data: dict | None = None, *, user: str = "demo") -> dict[str, int]:
    """Fill an empty database with the demo records in one transaction; return the counts."""
    data = data or load_demo_data()
    repo = Repository(db, user=user)
    batch = f"demo-{uuid.uuid4().hex[:8]}"
    keys: dict[str, dict[str, int]] = {k: {} for k in
                                       ("unit", "partner", "agreement", "project", "activity")}

    def ref(kind: str, key: str | None) -> int | None:
        return None if key is None else keys[kind][key]

    with db.transaction():
        meta = data.get("meta", {})
        home = meta.get("home_city", {})
        for name, value in (("home_city_en", home.get("name_en")),
                            ("home_city_th", home.get("name_th")),
                            ("home_country", home.get("country")),
                            (DEMO_NOTICE_KEY, meta.get("notice_en")),
                            (DEMO_NOTICE_KEY + "_th", meta.get("notice_th"))):
            if value:
                db.set_setting(name, value)
        for u in data.get("units", []):
            fields = {k: v for k, v in u.items() if k != "key"}
            keys["unit"][u["key"]] = repo.create(Unit(**fields), batch_id=batch).id
        for p in data.get("partners", []):
            fields = {k: v for k, v in p.items() if k != "key"}
            keys["partner"][p["key"]] = repo.create(Partner(**fields), batch_id=batch).id
        for a in data.get("agreements", []):
            fields = {k: v for k, v in a.items() if k not in ("key", "parties")}
            fields["party_ids"] = [ref("partner", k) for k in a.get("parties", [])]
            keys["agreement"][a["key"]] = repo.create(Agreement(**fields), batch_id=batch).id
        for p in data.get("projects", []):
            fields = {k: v for k, v in p.items()
                      if k not in ("key", "partners", "units", "agreement")}
            fields["partner_ids"] = [ref("partner", k) for k in p.get("partners", [])]
            fields["unit_ids"] = [ref("unit", k) for k in p.get("units", [])]
            fields["agreement_id"] = ref("agreement", p.get("agreement"))
            keys["project"][p["key"]] = repo.create(Project(**fields), batch_id=batch).id
        for a in data.get("activities", []):
            fields = {k: v for k, v in a.items()
                      if k not in ("key", "partners", "project", "agreement")}
            fields["partner_ids"] = [ref("partner", k) for k in a.get("partners", [])]
            fields["project_id"] = ref("project", a.get("project"))
            fields["agreement_id"] = ref("agreement", a.get("agreement"))
            keys["activity"][a["key"]] = repo.create(Activity(**fields), batch_id=batch).id
        contacts = 0
        for c in data.get("contacts", []):
            fields = {k: v for k, v in c.items() if k != "partner"}
            fields["partner_id"] = ref("partner", c["partner"])
            repo.create(Contact(**fields), batch_id=batch)
            contacts += 1
    return {**{k: len(v) for k, v in keys.items()}, "contact": contacts}


def create_demo_database(path: str | os.PathLike[str]) -> dict[str, int]:
    """Write the demo database to a new file at ``path``."""
    with Database.create(path) as db:
        return write_demo(db)


def is_demo(db: Database) -> bool:
    return db.get_setting(DEMO_NOTICE_KEY) is not None
