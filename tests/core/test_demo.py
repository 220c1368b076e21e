"""The bundled demo database: Bangkok's public international ties, each with its source."""

from __future__ import annotations

import re

import pytest

from bkk_relations.core.errors import DatabaseOpenError, ValidationError
from bkk_relations.core.records.models import (
    Action,
    Activity,
    Agreement,
    Contact,
    Framework,
    Goal,
    Lesson,
    Partner,
    Project,
    Unit,
)
from bkk_relations.core.records.repository import Query, Repository
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
                      "activity": len(data["activities"]), "contact": len(data["contacts"]),
                      "framework": len(data["frameworks"]), "lesson": len(data["lessons"])}


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


def test_demo_holds_the_international_affairs_plan_as_a_framework_without_goals(demo_repo):
    plans = [f for f in demo_repo.list(Framework).records if f.builtin is None]
    assert len(plans) == 1
    plan = plans[0]
    assert "2566" in plan.name_th and "2570" in plan.name_th and "2566–2570" in plan.name_en
    assert (plan.period_start, plan.period_end) == ("2023", "2027") and plan.is_active
    assert plan.source == "https://anyflip.com/zghix/tulf/basic"
    # its strategic issues come from the official plan, never made up for the demo
    assert demo_repo.list(Goal, Query(framework_id=plan.id)).total == 0


@pytest.mark.parametrize("cls", [Agreement, Project, Activity, Lesson])
def test_every_demo_alignment_is_marked_as_the_demos_classification_to_verify(demo_repo, cls):
    aligned = [r for r in demo_repo.list(cls).records if r.goal_ids]
    assert aligned  # the sourced records whose topics name a policy dimension
    for r in aligned:
        assert "alignment to verify" in r.tags
        said = r.summary if cls is Activity else r.notes
        assert "the demo's classification" in said and "verify" in said
    marked = [r for r in demo_repo.list(cls).records if "alignment to verify" in r.tags]
    assert marked == aligned


def test_demo_aligns_the_waste_know_how_from_chongqing_to_the_environment_dimension(demo_repo,
                                                                                    demo_reg):
    environment = demo_reg.conn.execute(
        "SELECT g.id FROM goals g JOIN frameworks f ON f.id = g.framework_id "
        "WHERE f.builtin = 'bkk_nine_dimensions' AND g.code = '5'").fetchone()[0]
    projects = demo_repo.list(Project, Query(goal_id=environment)).records
    assert any("Chongqing" in p.title_en for p in projects)
    lesson, = demo_repo.list(Lesson).records
    assert lesson.stage == "learned" and lesson.source and environment in lesson.goal_ids
    assert lesson.unit_ids == []  # no unit adopting it is named in the source


def test_demo_has_no_follow_up_actions_nor_unit_focal_points_without_a_source(demo_repo):
    assert demo_repo.count(Action) == 0
    assert all(c.unit_id is None for c in demo_repo.list(Contact).records)
