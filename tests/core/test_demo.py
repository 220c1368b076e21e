"""The bundled demo database: Bangkok's public international ties, each with its source."""

from __future__ import annotations

import re

import pytest

from bkk_relations.core.errors import DatabaseOpenError, ValidationError
from bkk_relations.core.records.models import Activity, Agreement, Contact, Partner, Project, Unit
from bkk_relations.core.records.repository import Repository
from bkk_relations.core.sample.demo import (
    DEMO_NOTICE_KEY,
    create_demo_database,
    is_demo,
    load_demo_data,
    write_demo,
)
from bkk_relations.core.storage.database import Database
from bkk_relations.core.views import stats
from bkk_relations.core.views.search import search

THAI = re.compile("[\u0e01-\u0e5b]")


@pytest.fixture(scope="module")
def demo_repo(demo_db: Database) -> Repository:
    return Repository(demo_db, user="reader")


@pytest.mark.parametrize("cls", [Partner, Unit, Agreement, Project, Activity, Contact])
def test_demo_has_records_of_every_kind(demo_repo, cls):
    assert demo_repo.count(cls) > 0


def test_demo_counts_match_the_bundled_data(demo_db, demo_reg):
    data = load_demo_data()
    counts = stats.counts(demo_reg)
    for key in ("units", "partners", "agreements", "projects", "activities", "contacts"):
        assert counts[key] == len(data[key]) > 0


@pytest.mark.parametrize("cls", [Partner, Agreement, Project, Activity])
def test_every_demo_record_names_its_source(demo_repo, cls):
    records = demo_repo.list(cls).records
    assert records
    assert all(r.source and r.source.strip() for r in records)


def test_demo_has_thai_names(demo_repo):
    partners = demo_repo.list(Partner).records
    with_thai = [p for p in partners if p.name_th and THAI.search(p.name_th)]
    assert len(with_thai) >= len(partners) // 2
    assert any(a.title_th and THAI.search(a.title_th)
               for a in demo_repo.list(Agreement).records)


def test_demo_thai_search_finds_bangkok_ties(demo_db, demo_reg):
    assert search(demo_reg, "กรุงเทพ")
    assert any(h.label == "Seoul" for h in search(demo_reg, "seoul"))


def test_demo_is_flagged_as_demo(demo_db, demo_reg):
    assert is_demo(demo_reg)
    assert demo_db.get_setting(DEMO_NOTICE_KEY)
    assert demo_db.get_setting("home_city_en")


def test_empty_database_is_not_demo(db, reg):
    assert not is_demo(reg)


def test_demo_links_point_to_live_records(demo_repo, demo_reg):
    assert stats.integrity_problems(demo_reg) == []
    for agreement in demo_repo.list(Agreement).records:
        assert agreement.party_ids
        for pid in agreement.party_ids:
            demo_repo.get(Partner, pid)


def test_demo_audit_log_is_written_as_demo_user(demo_db):
    users = {r[0] for r in demo_db.conn.execute('SELECT DISTINCT "user" FROM audit_log')}
    assert users == {"demo"}
    batches = {r[0] for r in demo_db.conn.execute("SELECT DISTINCT batch_id FROM audit_log")}
    assert len(batches) == 1 and next(iter(batches)).startswith("demo-")


def test_write_demo_returns_counts(db, reg):
    counts = write_demo(reg)
    data = load_demo_data()
    assert counts == {"unit": len(data["units"]), "partner": len(data["partners"]),
                      "agreement": len(data["agreements"]), "project": len(data["projects"]),
                      "activity": len(data["activities"]), "contact": len(data["contacts"])}


def test_broken_demo_data_writes_nothing(db, reg):
    data = load_demo_data()
    data["contacts"] = [*data["contacts"], {"partner": data["partners"][0]["key"],
                                            "name": "X", "email": "not-an-email"}]
    with pytest.raises(ValidationError, match="e-mail"):
        write_demo(reg, data)
    assert Repository(db).count(Partner) == 0
    assert not is_demo(reg)


def test_create_demo_database_refuses_existing_file(demo_path):
    with pytest.raises(DatabaseOpenError, match="already exists"):
        create_demo_database(demo_path)
