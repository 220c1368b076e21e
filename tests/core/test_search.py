"""Full-text search in Thai and English, kept in sync with every change."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bkk_relations.core.records.models import Activity, Agreement, Contact, Partner, Project, Unit
from bkk_relations.core.records.repository import Repository
from bkk_relations.core.register import Register
from bkk_relations.core.storage.database import Database
from bkk_relations.core.views.search import search


def found(repo: Repository, text: str, **kw: object) -> list[tuple[str, str]]:
    return [(h.entity, h.label) for h in search(Register(repo.db), text, **kw)]


@pytest.fixture
def bangkok(repo, make) -> Partner:
    return make.partner(name_en="Bangkok Metropolitan Administration", name_th="กรุงเทพมหานคร",
                        country="TH")


def test_thai_prefix_finds_full_thai_name(repo, bangkok):
    assert found(repo, "กรุง") == [("partner", "Bangkok Metropolitan Administration")]
    assert found(repo, "เทพมหา") == [("partner", "Bangkok Metropolitan Administration")]


def test_english_search_is_case_insensitive(repo, make):
    make.partner(name_en="Seoul", name_th="โซล", country="KR")
    assert found(repo, "seoul") == [("partner", "Seoul")]
    assert found(repo, "SEOUL") == [("partner", "Seoul")]
    assert found(repo, "eou") == [("partner", "Seoul")]


def test_hit_carries_id_thai_label_and_snippet(repo, bangkok, reg):
    [hit] = search(reg, "กรุงเทพ")
    assert (hit.id, hit.label_th) == (bangkok.id, "กรุงเทพมหานคร")
    assert "[" in hit.snippet and "]" in hit.snippet


def test_two_character_query_falls_back_to_substring_scan(repo, make):
    make.partner(name_en="Oslo", name_th="ออสโล", country="NO")
    make.partner(name_en="Lyon", country="FR")
    assert found(repo, "sl") == [("partner", "Oslo")]
    assert found(repo, "ออ") == [("partner", "Oslo")]
    assert found(repo, "yo") == [("partner", "Lyon")]
    assert found(repo, "o") == [("partner", "Oslo"), ("partner", "Lyon")]


def test_every_word_must_match(repo, make):
    make.agreement(title_en="Sister city agreement with Seoul")
    make.agreement(title_en="Sister city agreement with Tokyo")
    assert found(repo, "sister seoul") == [("agreement", "Sister city agreement with Seoul")]
    assert found(repo, "sister paris") == []


def test_search_finds_other_fields_of_every_entity(repo, make):
    partner = make.partner(name_en="Fukuoka", country="JP", notes="Asian-Pacific City Summit")
    make.unit(name_en="Strategy and Evaluation Department", acronym="SED")
    make.agreement(title_en="MOU", signatories="Governor Chadchart")
    make.project(title_en="Canal cleaning", funding_source="JICA grant")
    make.activity(title_en="Study visit", place="Khlong Lat Mayom")
    make.contact(name="Ms Aiko", partner_id=partner.id, email="aiko@fukuoka.jp")
    assert found(repo, "pacific") == [("partner", "Fukuoka")]
    assert found(repo, "chadchart") == [("agreement", "MOU")]
    assert found(repo, "jica") == [("project", "Canal cleaning")]
    assert found(repo, "lat mayom") == [("activity", "Study visit")]
    assert found(repo, "aiko@") == [("contact", "Ms Aiko")]
    assert found(repo, "evaluation") == [("unit", "Strategy and Evaluation Department")]


def test_results_are_grouped_by_entity_in_order(repo, make):
    partner = make.partner(name_en="Green Bangkok City", country="JP")
    make.unit(name_en="Green Office")
    make.activity(title_en="Green walk")
    make.project(title_en="Green roofs")
    make.agreement(title_en="Green MOU")
    make.contact(name="Green focal point", partner_id=partner.id)
    assert [e for e, _ in found(repo, "green")] == [
        "partner", "agreement", "project", "activity", "contact", "unit"]


def test_names_starting_with_the_query_come_first(repo, make):
    make.partner(name_en="Greater Manchester", country="GB")
    make.partner(name_en="Manchester", country="US")
    assert [label for _, label in found(repo, "manchester")] == [
        "Manchester", "Greater Manchester"]


def test_entities_filter(repo, make):
    p = make.partner(name_en="Harbin", country="CN")
    make.agreement(title_en="Harbin friendship", party_ids=[p.id])
    make.contact(name="Harbin desk", partner_id=p.id)
    assert found(repo, "harbin", entities=["agreement"]) == [("agreement", "Harbin friendship")]
    assert {e for e, _ in found(repo, "harbin", entities=["partner", "contact"])} == {
        "partner", "contact"}
    assert found(repo, "ha", entities=["contact"]) == [("contact", "Harbin desk")]


def test_limit_caps_the_number_of_hits(repo, make, reg):
    for i in range(8):
        make.activity(title_en=f"Workshop number {i}")
    assert len(search(reg, "workshop", limit=3)) == 3
    assert len(search(reg, "wo", limit=5)) == 5


def test_search_follows_update(repo, make):
    p = make.partner(name_en="Penang", name_th="ปีนัง", country="MY")
    p.name_en, p.name_th = "George Town", "จอร์จทาวน์"
    repo.update(p)
    assert found(repo, "penang") == []
    assert found(repo, "ปีนัง") == []
    assert found(repo, "george") == [("partner", "George Town")]
    assert found(repo, "จอร์จ") == [("partner", "George Town")]


def test_search_follows_delete_restore_and_purge(repo, make):
    indexed = repo.conn.execute("SELECT count(*) FROM search_index").fetchone()[0]
    p = make.partner(name_en="Vientiane", name_th="เวียงจันทน์", country="LA")
    repo.delete(Partner, p.id)
    assert found(repo, "vientiane") == []
    assert found(repo, "เวียง") == []
    assert found(repo, "Vi") == []
    repo.restore(Partner, p.id)
    assert found(repo, "vientiane") == [("partner", "Vientiane")]
    assert found(repo, "เวียง") == [("partner", "Vientiane")]
    repo.delete(Partner, p.id)
    repo.purge(Partner, p.id)
    assert found(repo, "vientiane") == []
    assert repo.conn.execute("SELECT count(*) FROM search_index").fetchone()[0] == indexed


def test_search_follows_link_changes_of_linked_records(repo, make):
    project = make.project(title_en="Bike lanes")
    make.activity(title_en="Bike lanes kick-off", project_id=project.id)
    repo.delete(Project, project.id)
    repo.purge(Project, project.id)
    assert found(repo, "bike lanes") == [("activity", "Bike lanes kick-off")]


@pytest.mark.parametrize("query", [
    '"', '""', 'Se"oul', "*", "seo*", "AND", "seoul AND", "OR NOT", "(", "(seoul", "seoul)",
    "NEAR(a b)", "name_en:seoul", "^seoul", "-", "a%b_c", "\\", "'; DROP TABLE partners; --",
    "{name_en}", "a:b", "\u0e01\"\u0e02",
])
def test_query_syntax_characters_do_not_raise(repo, make, query, reg):
    make.partner(name_en="Seoul", country="KR")
    hits = search(reg, query)
    assert isinstance(hits, list)
    assert repo.count(Partner) == 1


def test_quoted_query_matches_literally(repo, make):
    make.partner(name_en='The "Green" City', country="JP")
    make.partner(name_en="Rock and Roll", country="US")
    assert found(repo, '"green"') == [("partner", 'The "Green" City')]
    assert found(repo, "and roll") == [("partner", "Rock and Roll")]


def test_blank_query_finds_nothing(repo, bangkok, reg):
    assert search(reg, "") == []
    assert search(reg, "   ") == []


_name = st.text(alphabet=st.sampled_from(
    [chr(c) for c in range(0x0E01, 0x0E2F)]
    + [chr(c) for c in range(ord("a"), ord("z") + 1)]
    + [chr(c) for c in range(ord("A"), ord("Z") + 1)]), min_size=3, max_size=30)


@settings(max_examples=50, deadline=None)
@given(name=_name, data=st.data())
def test_any_substring_of_a_stored_name_finds_it(name, data):
    start = data.draw(st.integers(0, len(name) - 3), label="start")
    end = data.draw(st.integers(start + 3, len(name)), label="end")
    with Database.open(":memory:") as db:
        repo = Repository(db, user="prop")
        partner = repo.create(Partner(name_en=name, country="TH"))
        repo.create(Unit(name_en="Unrelated bureau"))
        hits = search(Register(db), name[start:end])
    assert ("partner", partner.id) in [(h.entity, h.id) for h in hits]


def test_entities_of_every_kind_are_indexed(repo, make):
    classes = {Partner, Agreement, Project, Activity, Contact, Unit}
    partner = make.partner(name_en="Zanzibar", country="TZ")
    make.unit(name_en="Zanzibar unit")
    make.agreement(title_en="Zanzibar MOU")
    make.project(title_en="Zanzibar project")
    make.activity(title_en="Zanzibar visit")
    make.contact(name="Zanzibar person", partner_id=partner.id)
    assert len({e for e, _ in found(repo, "zanzibar")}) == len(classes)
