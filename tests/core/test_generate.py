"""Synthetic databases at scale, for benchmarks."""

from __future__ import annotations

import pytest

from bkk_relations.core.records import validation
from bkk_relations.core.records.models import Action, Lesson, Partner
from bkk_relations.core.records.repository import Query, Repository
from bkk_relations.core.register import Register
from bkk_relations.core.sample.generate import ACTIONS_PER_ACTIVITY, generate
from bkk_relations.core.storage.database import Database
from bkk_relations.core.views import alerts, stats
from bkk_relations.core.views.search import search

CONTENT_TABLES = ("partners", "units", "agreements", "agreement_parties", "agreement_sectors",
                  "projects", "project_partners", "project_units", "project_sectors",
                  "project_sdgs", "activities", "activity_partners", "contacts", "actions",
                  "action_partners", "lessons", "lesson_partners", "project_goals")


def content(db: Database) -> dict[str, list[tuple]]:
    """Every row of every content table, without the creation timestamps."""
    out = {}
    for table in CONTENT_TABLES:
        cols = [r[1] for r in db.conn.execute(f"PRAGMA table_info({table})")
                if r[1] not in ("created_at", "updated_at")]
        out[table] = [tuple(r) for r in db.conn.execute(
            f"SELECT {', '.join(cols)} FROM {table} ORDER BY 1, 2")]
    return out


@pytest.fixture(scope="module")
def generated() -> tuple[Database, dict[str, int]]:
    db = Database.open(":memory:")
    counts = generate(Register(db), partners=50, seed=1)
    yield db, counts
    db.close()


def test_generate_writes_about_three_agreements_one_project_five_activities(generated):
    db, counts = generated
    assert counts["partners"] == 50
    assert 2 * 50 <= counts["agreements"] <= 4 * 50
    assert 2.5 <= counts["agreements"] / 50 <= 3.5
    assert counts["projects"] == 50
    assert counts["activities"] == 250
    assert counts["contacts"] == 50
    assert counts["units"] >= 5


def test_generate_counts_match_the_database(generated):
    db, counts = generated
    live = stats.counts(Register(db))
    for key, n in counts.items():
        assert live[key] == n


def test_generated_database_passes_integrity_checks(generated):
    db, _ = generated
    assert stats.integrity_problems(Register(db)) == []


def test_generated_records_are_valid_and_searchable(generated):
    db, _ = generated
    repo = Repository(db, user="checker")
    partners = repo.list(Partner).records
    assert all(p.name_th for p in partners)
    for p in partners[:10]:
        assert validation.problems(db.conn, p) == []
    first = partners[0]
    assert ("partner", first.id) in [(h.entity, h.id) for h in search(Register(db), first.name_en)]
    assert ("partner", first.id) in [(h.entity, h.id) for h in search(Register(db), first.name_th)]


def test_same_seed_gives_the_same_database(generated):
    db, _ = generated
    with Database.open(":memory:") as again:
        generate(Register(again), partners=50, seed=1)
        assert content(again) == content(db)


def test_other_seed_gives_a_different_database(generated):
    db, _ = generated
    with Database.open(":memory:") as other:
        generate(Register(other), partners=50, seed=2)
        assert content(other)["partners"] != content(db)["partners"]


def test_generate_adds_to_an_existing_database(db, make, reg):
    make.partner(name_en="Seoul", country="KR")
    counts = generate(reg, partners=10, seed=3)
    assert Repository(db).count(Partner) == 11
    assert counts["partners"] == 10
    assert stats.integrity_problems(reg) == []


def test_generate_reports_progress(db, reg):
    calls = []
    generate(reg, partners=5, seed=1, progress=lambda what, done, total: calls.append(
        (what, done, total)))
    assert calls[-1] == ("partners", 5, 5)


def test_generated_networks_look_like_city_networks_not_a_star():
    """Partners are tied to each other through shared networks and multi-party projects, in
    several communities; a few countries give many partners; some ties have no date."""
    from collections import Counter

    from bkk_relations.core.graph.model import (
        HOME,
        GraphFilter,
        build_graph,
        compute_metrics,
        load_graph_data,
        undated_links,
    )

    with Database.open(":memory:") as db:
        generate(Register(db), partners=1000, seed=3)
        data = load_graph_data(db.conn)
    g = build_graph(data)
    between = Counter(t for a, b, t in g.edges(data="type") if HOME not in (a, b))
    assert between["network_member"] > 150 and between["co_project"] > 300
    assert g.number_of_edges() > 2 * g.number_of_nodes()  # a star has n - 1
    degrees = sorted((d for n, d in g.degree() if n != HOME), reverse=True)
    assert degrees[0] > 20 * degrees[len(degrees) // 2]  # prominent partners stand out
    assert compute_metrics(g).communities >= 5
    countries = Counter(p.country for p in data.partners.values())
    assert countries.most_common(1)[0][1] > 5 * len(data.partners) / len(countries)
    assert len(undated_links(data, GraphFilter(year=2020))) > 10


def test_generated_register_has_follow_up_actions_lessons_and_alignment(generated):
    """What the strategy's figures and the dashboard are measured on at scale: actions from
    the activities (some overdue, some due in the coming weeks), lessons at every stage,
    records aligned to the shipped goals; every one valid as a save would check it."""
    db, counts = generated
    assert 0.3 * 250 * ACTIONS_PER_ACTIVITY <= counts["actions"] <= 2 * 250 * ACTIONS_PER_ACTIVITY
    assert counts["lessons"] >= 1
    repo = Repository(db, user="checker")
    actions = repo.list(Action).records
    lessons = repo.list(Lesson).records
    for record in [*actions, *lessons]:
        assert validation.problems(db.conn, record) == []
    assert all(a.activity_id and a.unit_id for a in actions)
    assert any(a.partner_ids for a in actions)
    assert repo.list(Action, Query(overdue=True)).total < len(actions) // 2
    assert any(a.status == "done" and a.done_date for a in actions)
    for table in ("project_goals", "agreement_goals", "activity_goals"):
        assert db.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] > 0


def test_a_bigger_register_has_actions_due_soon_on_its_dashboard():
    with Database.open(":memory:") as db:
        reg = Register(db)
        generate(reg, partners=400, seed=4)
        due, late = alerts.split_due(alerts.due_actions(reg))
    assert due and late
    assert all(0 <= a.days_left <= 30 for a in due) and all(a.days_left < 0 for a in late)
