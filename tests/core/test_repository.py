"""Create, read, update, delete, restore, purge and list every kind of record."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest

from bkk_relations.core.errors import ConflictError, NotFoundError, ValidationError
from bkk_relations.core.records.models import (
    Activity,
    Agreement,
    Contact,
    Partner,
    Project,
    Record,
    Unit,
)
from bkk_relations.core.records.repository import Query, Repository

# entity -> (class, values for a new record given a Maker, a field to change, its new value)
Case = tuple[type[Record], Callable[..., dict], str, object]
CASES: dict[str, Case] = {
    "partner": (Partner, lambda m: {"name_en": "Seoul", "name_th": "โซล", "country": "KR"},
                "notes", "Sister city since 2006"),
    "unit": (Unit, lambda m: {"name_en": "International Affairs Division",
                              "unit_type": "division"}, "acronym", "IAD"),
    "agreement": (Agreement, lambda m: {"title_en": "MOU on waste", "signed_date": "2019-05",
                                        "party_ids": [m.partner().id], "sectors": ["waste"],
                                        "sdgs": [11, 12]}, "status", "renewed"),
    "project": (Project, lambda m: {"title_en": "Flood resilience", "budget": 250000.0,
                                    "currency": "THB", "partner_ids": [m.partner().id],
                                    "unit_ids": [m.unit().id]}, "budget", 300000.0),
    "activity": (Activity, lambda m: {"title_en": "Mayor's visit", "activity_type":
                                      "visit_incoming", "start_date": "2024-02-14",
                                      "participants": 12, "partner_ids": [m.partner().id]},
                 "place", "Bangkok City Hall"),
    "contact": (Contact, lambda m: {"name": "Kim Min-ji", "partner_id": m.partner().id,
                                    "email": "kim@seoul.go.kr", "is_focal_point": True},
                "position", "Director"),
}


@pytest.fixture(params=list(CASES))
def case(request: pytest.FixtureRequest, make) -> tuple[type[Record], Record, str, object]:
    cls, values, field, new_value = CASES[request.param]
    record = make.repo.create(cls(**values(make)))
    return cls, record, field, new_value


# -- create / get --------------------------------------------------------------------------
def test_create_sets_id_version_and_bookkeeping(case, repo):
    cls, record, _, _ = case
    assert record.id is not None
    assert record.version == 1
    assert record.created_at and record.updated_at
    assert record.updated_by == repo.user == "tester"
    assert record.deleted_at is None


def test_get_returns_what_was_created(case, repo):
    cls, record, _, _ = case
    assert repo.get(cls, record.id) == record


def test_create_keeps_links(repo, make):
    partner, unit = make.partner(), make.unit()
    project = make.project(partner_ids=[partner.id], unit_ids=[unit.id], sectors=["waste"],
                           sdgs=[13, 11])
    got = repo.get(Project, project.id)
    assert (got.partner_ids, got.unit_ids, got.sectors, got.sdgs) == (
        [partner.id], [unit.id], ["waste"], [11, 13])


def test_create_trims_text_and_fills_region(repo):
    p = repo.create(Partner(name_en="  Seoul  ", country="kr", notes="   "))
    assert (p.name_en, p.country, p.region, p.notes) == ("Seoul", "KR", "East Asia", None)
    org = repo.create(Partner(name_en="UCLG", kind="organisation", org_type="city_network"))
    assert org.region == "Global"


def test_tags_are_stored_sorted_without_duplicates(repo):
    p = repo.create(Partner(name_en="Seoul", country="KR", tags=["sister_city", "asia",
                                                                   "asia"]))
    assert repo.get(Partner, p.id).tags == ["asia", "sister_city"]


def test_get_unknown_id_raises_not_found(case, repo):
    cls, _, _, _ = case
    with pytest.raises(NotFoundError, match="id 9999"):
        repo.get(cls, 9999)


# -- update --------------------------------------------------------------------------------
def test_update_changes_field_and_bumps_version(case, repo):
    cls, record, field, new_value = case
    setattr(record, field, new_value)
    updated = repo.update(record)
    assert getattr(updated, field) == new_value
    assert updated.version == 2
    assert getattr(repo.get(cls, record.id), field) == new_value


def test_update_with_stale_version_raises_conflict(case, repo):
    cls, record, field, new_value = case
    mine = repo.get(cls, record.id)
    theirs = repo.get(cls, record.id)
    setattr(theirs, field, new_value)
    Repository(repo.db, user="somchai").update(theirs)
    setattr(mine, field, None if field != "status" else "expired")
    with pytest.raises(ConflictError) as info:
        repo.update(mine)
    assert info.value.user == "somchai"
    assert "somchai" in str(info.value)
    assert getattr(repo.get(cls, record.id), field) == new_value


def test_update_with_force_overwrites_newer_version(case, repo):
    cls, record, field, new_value = case
    stale = repo.get(cls, record.id)
    fresh = repo.get(cls, record.id)
    setattr(fresh, field, new_value)
    repo.update(fresh)
    stale_value = getattr(stale, field)
    saved = repo.update(stale, force=True)
    assert getattr(saved, field) == stale_value
    assert saved.version == 3


def test_update_unknown_or_unsaved_record_raises_not_found(repo):
    with pytest.raises(NotFoundError):
        repo.update(Partner(name_en="Ghost", country="JP", id=4242, version=1))
    with pytest.raises(NotFoundError, match="not been saved"):
        repo.update(Partner(name_en="Ghost", country="JP"))


# -- delete / restore / purge --------------------------------------------------------------
def test_delete_moves_record_to_trash(case, repo):
    cls, record, _, _ = case
    repo.delete(cls, record.id)
    with pytest.raises(NotFoundError, match="trash"):
        repo.get(cls, record.id)
    assert repo.get(cls, record.id, include_deleted=True).deleted_at is not None
    assert record.id not in [r.id for r in repo.list(cls).records]
    assert [r.id for r in repo.list(cls, Query(trash=True)).records] == [record.id]
    assert repo.count(cls, trash=True) == 1
    assert (cls.__name__.lower(), record.id) in [(i.entity, i.id) for i in repo.trash()]


def test_trashed_record_cannot_be_updated_or_deleted_again(case, repo):
    cls, record, field, new_value = case
    repo.delete(cls, record.id)
    setattr(record, field, new_value)
    with pytest.raises(NotFoundError):
        repo.update(record)
    with pytest.raises(NotFoundError):
        repo.update(record, force=True)
    with pytest.raises(NotFoundError):
        repo.delete(cls, record.id)


def test_restore_brings_record_back(case, repo):
    cls, record, _, _ = case
    repo.delete(cls, record.id)
    restored = repo.restore(cls, record.id)
    assert restored.deleted_at is None
    assert repo.get(cls, record.id).id == record.id
    assert (cls.__name__.lower(), record.id) not in [(i.entity, i.id) for i in repo.trash()]
    assert record.id in [r.id for r in repo.list(cls).records]


def test_restore_of_live_record_changes_nothing(case, repo):
    cls, record, _, _ = case
    assert repo.restore(cls, record.id).version == record.version


def test_purge_removes_record_for_good(case, repo):
    cls, record, _, _ = case
    repo.delete(cls, record.id)
    repo.purge(cls, record.id)
    with pytest.raises(NotFoundError):
        repo.get(cls, record.id, include_deleted=True)
    assert repo.count(cls, trash=True) == 0
    with pytest.raises(NotFoundError):
        repo.restore(cls, record.id)


def test_purge_of_live_record_is_refused(case, repo):
    cls, record, _, _ = case
    with pytest.raises(NotFoundError, match="not in the trash"):
        repo.purge(cls, record.id)
    assert repo.get(cls, record.id) == record


@pytest.mark.parametrize("action", ["delete", "restore", "purge"])
def test_actions_on_unknown_id_raise_not_found(repo, action):
    with pytest.raises(NotFoundError):
        getattr(repo, action)(Partner, 777)


def test_restore_refuses_a_duplicate_added_meanwhile(repo, make):
    first = make.partner(name_en="Saint Petersburg", country="RU")
    repo.delete(Partner, first.id)
    make.partner(name_en="St. Petersburg", country="RU")
    with pytest.raises(ValidationError) as info:
        repo.restore(Partner, first.id)
    assert info.value.for_field("name_en")
    assert repo.count(Partner, trash=True) == 1


def test_deleted_partner_keeps_links_and_restores_them(repo, make):
    partner = make.partner()
    agreement = make.agreement(party_ids=[partner.id])
    repo.delete(Partner, partner.id)
    repo.restore(Partner, partner.id)
    assert repo.get(Agreement, agreement.id).party_ids == [partner.id]


def test_purging_partner_removes_it_from_links_and_contacts(repo, make):
    partner, other = make.partner(), make.partner()
    agreement = make.agreement(party_ids=[partner.id, other.id])
    project = make.project(partner_ids=[partner.id])
    contact = make.contact(partner_id=partner.id)
    repo.delete(Partner, partner.id)
    repo.purge(Partner, partner.id)
    assert repo.get(Agreement, agreement.id).party_ids == [other.id]
    assert repo.get(Project, project.id).partner_ids == []
    with pytest.raises(NotFoundError):
        repo.get(Contact, contact.id, include_deleted=True)


def test_purging_project_unlinks_its_activities(repo, make):
    project = make.project()
    activity = make.activity(project_id=project.id)
    repo.delete(Project, project.id)
    repo.purge(Project, project.id)
    assert repo.get(Activity, activity.id).project_id is None


def test_trash_lists_every_entity_with_label(repo, make):
    partner, agreement = make.partner(name_en="Hanoi", country="VN"), make.agreement()
    unit = make.unit(name_en="District Office")
    repo.delete(Partner, partner.id)
    repo.delete(Agreement, agreement.id)
    repo.delete(Unit, unit.id)
    items = {(i.entity, i.id, i.label) for i in repo.trash()}
    assert items == {("partner", partner.id, "Hanoi"),
                     ("agreement", agreement.id, agreement.title_en),
                     ("unit", unit.id, "District Office")}
    assert all(i.deleted_at for i in repo.trash())


# -- links ---------------------------------------------------------------------------------
def test_link_and_unlink_agreement_parties(repo, make):
    seoul, tokyo = make.partner(name_en="Seoul", country="KR"), make.partner()
    agreement = make.agreement(party_ids=[seoul.id])
    linked = repo.link(Agreement, agreement.id, "party_ids", tokyo.id)
    assert linked.party_ids == sorted([seoul.id, tokyo.id])
    assert repo.get(Agreement, agreement.id).party_ids == sorted([seoul.id, tokyo.id])
    assert [a.id for a in repo.list(Agreement, Query(partner_id=tokyo.id)).records] == [
        agreement.id]
    unlinked = repo.unlink(Agreement, agreement.id, "party_ids", seoul.id)
    assert unlinked.party_ids == [tokyo.id]
    assert repo.list(Agreement, Query(partner_id=seoul.id)).total == 0


def test_link_and_unlink_project_partners_and_units(repo, make):
    partner, unit = make.partner(), make.unit()
    project = make.project()
    repo.link(Project, project.id, "partner_ids", partner.id)
    repo.link(Project, project.id, "unit_ids", unit.id)
    got = repo.get(Project, project.id)
    assert (got.partner_ids, got.unit_ids) == ([partner.id], [unit.id])
    assert repo.list(Unit, Query(project_id=project.id)).records[0].id == unit.id
    repo.unlink(Project, project.id, "partner_ids", partner.id)
    assert repo.get(Project, project.id).partner_ids == []


def test_link_twice_or_unlink_missing_changes_nothing(repo, make):
    partner = make.partner()
    agreement = make.agreement(party_ids=[partner.id])
    assert repo.link(Agreement, agreement.id, "party_ids", partner.id).version == 1
    assert repo.unlink(Agreement, agreement.id, "party_ids", 999).version == 1
    assert len(repo.history(Agreement, agreement.id)) == 1


@pytest.mark.parametrize("trashed", [False, True])
def test_link_to_missing_or_trashed_partner_is_refused(repo, make, trashed):
    agreement = make.agreement()
    target = 999
    if trashed:
        target = make.partner().id
        repo.delete(Partner, target)
    with pytest.raises(ValidationError) as info:
        repo.link(Agreement, agreement.id, "party_ids", target)
    assert info.value.for_field("party_ids")
    assert repo.get(Agreement, agreement.id).party_ids == []


# -- listing, filters, sorting, paging -----------------------------------------------------
@pytest.fixture
def register(repo, make) -> dict[str, Record]:
    r: dict[str, Record] = {}
    r["seoul"] = make.partner(name_en="Seoul", name_th="โซล", country="KR")
    r["tokyo"] = make.partner(name_en="Tokyo", name_th="โตเกียว", country="JP", status="dormant")
    r["paris"] = make.partner(name_en="paris", country="FR")
    r["uclg"] = make.organisation(name_en="UCLG ASPAC", acronym="UCLG")
    r["who"] = make.organisation(name_en="World Health Organization", org_type="un_agency",
                                 country="CH")
    r["a_seoul"] = make.agreement(title_en="Sister city Seoul", agreement_type="sister_city",
                                  signed_date="2006-06-01", party_ids=[r["seoul"].id],
                                  sectors=["culture"], sdgs=[11])
    r["a_tokyo"] = make.agreement(title_en="MOU Tokyo waste", agreement_type="mou",
                                  status="expired", signed_date="2012",
                                  party_ids=[r["tokyo"].id], sectors=["waste"], sdgs=[12])
    r["a_uclg"] = make.agreement(title_en="UCLG membership", agreement_type="membership",
                                 signed_date="2019-02", party_ids=[r["uclg"].id],
                                 sectors=["governance"], sdgs=[17])
    r["env"] = make.unit(name_en="Department of Environment")
    r["bangrak"] = make.unit(name_en="Bang Rak District Office", unit_type="district")
    r["p_flood"] = make.project(title_en="Flood control", status="ongoing",
                                start_date="2018", end_date="2020-06",
                                partner_ids=[r["seoul"].id], unit_ids=[r["env"].id],
                                sectors=["waste", "climate"], sdgs=[13],
                                agreement_id=r["a_seoul"].id)
    r["p_art"] = make.project(title_en="Street art", status="planned", start_date="2023",
                              partner_ids=[r["paris"].id], sectors=["culture"], sdgs=[11])
    r["v_seoul"] = make.activity(title_en="Seoul delegation", activity_type="visit_incoming",
                                 start_date="2015-05-01", partner_ids=[r["seoul"].id],
                                 project_id=r["p_flood"].id)
    r["m_paris"] = make.activity(title_en="Paris meeting", activity_type="meeting",
                                 start_date="2023-09-10", place="Paris",
                                 partner_ids=[r["paris"].id],
                                 agreement_id=r["a_seoul"].id)
    r["s_asia"] = make.activity(title_en="East Asia seminar", activity_type="seminar",
                                start_date="2019", partner_ids=[r["seoul"].id, r["tokyo"].id])
    r["kim"] = make.contact(name="Kim", partner_id=r["seoul"].id, email="kim@seoul.go.kr")
    r["tanaka"] = make.contact(name="Tanaka", name_th="ทานากะ", partner_id=r["tokyo"].id)
    return r


def names(repo: Repository, cls: type[Record], **query: object) -> list[str]:
    return [r.label for r in repo.list(cls, Query(**query)).records]


@pytest.mark.parametrize(("query", "expected"), [
    ({}, ["paris", "Seoul", "Tokyo", "UCLG ASPAC", "World Health Organization"]),
    ({"kind": "city"}, ["paris", "Seoul", "Tokyo"]),
    ({"kind": "organisation"}, ["UCLG ASPAC", "World Health Organization"]),
    ({"org_type": "un_agency"}, ["World Health Organization"]),
    ({"country": "KR"}, ["Seoul"]),
    ({"region": "Europe"}, ["paris", "World Health Organization"]),
    ({"region": "Global"}, ["UCLG ASPAC"]),
    ({"status": "dormant"}, ["Tokyo"]),
    ({"sector": "culture"}, ["paris", "Seoul"]),
    ({"sector": "governance"}, ["UCLG ASPAC"]),
    ({"sdg": 13}, ["Seoul"]),
    ({"year_from": 2010, "year_to": 2015}, ["Tokyo"]),
    ({"year_from": 2015}, ["UCLG ASPAC"]),
    ({"year_to": 2012}, ["Seoul", "Tokyo"]),
    ({"text": "seo"}, ["Seoul"]),
    ({"text": "โตเกียว"}, ["Tokyo"]),
    ({"text": "uclg"}, ["UCLG ASPAC"]),
    ({"text": "100%"}, []),
    ({"kind": "city", "region": "East Asia", "status": "active"}, ["Seoul"]),
])
def test_partner_filters(repo, register, query, expected):
    assert names(repo, Partner, **query) == expected


@pytest.mark.parametrize(("query", "expected"), [
    ({"type": "mou"}, ["MOU Tokyo waste"]),
    ({"status": "active"}, ["Sister city Seoul", "UCLG membership"]),
    ({"sector": "waste"}, ["MOU Tokyo waste"]),
    ({"sdg": 17}, ["UCLG membership"]),
    ({"year_from": 2010}, ["MOU Tokyo waste", "UCLG membership"]),
    ({"year_to": 2010}, ["Sister city Seoul"]),
    ({"year_from": 2012, "year_to": 2012}, ["MOU Tokyo waste"]),
    ({"kind": "organisation"}, ["UCLG membership"]),
    ({"country": "JP"}, ["MOU Tokyo waste"]),
    ({"region": "East Asia"}, ["MOU Tokyo waste", "Sister city Seoul"]),
    ({"text": "sister"}, ["Sister city Seoul"]),
])
def test_agreement_filters(repo, register, query, expected):
    assert names(repo, Agreement, **query) == expected


def test_agreement_partner_filter(repo, register):
    assert names(repo, Agreement, partner_id=register["seoul"].id) == ["Sister city Seoul"]
    assert names(repo, Agreement, partner_id=register["who"].id) == []


@pytest.mark.parametrize(("query", "expected"), [
    ({"status": "ongoing"}, ["Flood control"]),
    ({"sector": "culture"}, ["Street art"]),
    ({"sector": "climate"}, ["Flood control"]),
    ({"sdg": 11}, ["Street art"]),
    ({"year_from": 2021}, ["Street art"]),
    ({"year_to": 2019}, ["Flood control"]),
    ({"year_from": 2019, "year_to": 2023}, ["Flood control", "Street art"]),
    ({"country": "FR"}, ["Street art"]),
    ({"region": "East Asia"}, ["Flood control"]),
    ({"text": "art"}, ["Street art"]),
])
def test_project_filters(repo, register, query, expected):
    assert names(repo, Project, **query) == expected


def test_project_partner_and_agreement_filters(repo, register):
    assert names(repo, Project, partner_id=register["paris"].id) == ["Street art"]
    assert names(repo, Project, agreement_id=register["a_seoul"].id) == ["Flood control"]


@pytest.mark.parametrize(("query", "expected"), [
    ({"type": "seminar"}, ["East Asia seminar"]),
    ({"year_from": 2019}, ["East Asia seminar", "Paris meeting"]),
    ({"year_from": 2015, "year_to": 2015}, ["Seoul delegation"]),
    ({"region": "Europe"}, ["Paris meeting"]),
    ({"country": "JP"}, ["East Asia seminar"]),
    ({"text": "paris"}, ["Paris meeting"]),
])
def test_activity_filters(repo, register, query, expected):
    assert names(repo, Activity, **query) == expected


def test_activity_partner_project_agreement_filters(repo, register):
    assert names(repo, Activity, partner_id=register["seoul"].id) == [
        "East Asia seminar", "Seoul delegation"]
    assert names(repo, Activity, project_id=register["p_flood"].id) == ["Seoul delegation"]
    assert names(repo, Activity, agreement_id=register["a_seoul"].id) == ["Paris meeting"]


def test_contact_and_unit_filters(repo, register):
    assert names(repo, Contact, partner_id=register["tokyo"].id) == ["Tanaka"]
    assert names(repo, Contact, country="KR") == ["Kim"]
    assert names(repo, Contact, region="East Asia") == ["Kim", "Tanaka"]
    assert names(repo, Contact, text="seoul.go.kr") == ["Kim"]
    assert names(repo, Contact, text="ทานากะ") == ["Tanaka"]
    assert names(repo, Unit, type="district") == ["Bang Rak District Office"]
    assert names(repo, Unit, project_id=register["p_flood"].id) == ["Department of Environment"]


def test_filters_skip_trashed_records(repo, register):
    repo.delete(Partner, register["seoul"].id)
    repo.delete(Agreement, register["a_tokyo"].id)
    assert "Seoul" not in names(repo, Partner)
    assert names(repo, Agreement, type="mou") == []
    assert names(repo, Partner, trash=True) == ["Seoul"]
    assert names(repo, Agreement, trash=True) == ["MOU Tokyo waste"]


def test_sorting_by_label_is_case_insensitive_both_ways(repo, register):
    ascending = names(repo, Partner, kind="city")
    assert ascending == ["paris", "Seoul", "Tokyo"]
    assert names(repo, Partner, kind="city", descending=True) == ascending[::-1]


def test_sorting_by_another_column(repo, register):
    assert names(repo, Partner, kind="city", sort="country") == ["paris", "Tokyo", "Seoul"]
    assert names(repo, Agreement, sort="signed_date", descending=True) == [
        "UCLG membership", "MOU Tokyo waste", "Sister city Seoul"]


def test_unknown_sort_column_falls_back_to_label(repo, register):
    assert names(repo, Partner, kind="city", sort="1; DROP TABLE partners") == [
        "paris", "Seoul", "Tokyo"]
    assert repo.count(Partner) == 5


def test_limit_and_offset_page_through_with_total(repo, register):
    seen = []
    for offset in (0, 2, 4):
        page = repo.list(Partner, Query(limit=2, offset=offset))
        assert page.total == 5
        seen += [p.name_en for p in page.records]
    assert seen == names(repo, Partner)
    last = repo.list(Partner, Query(limit=2, offset=4, kind="organisation"))
    assert (last.records, last.total) == ([], 2)


def test_ids_and_count_follow_the_query(repo, register):
    assert repo.ids(Partner, Query(kind="organisation")) == sorted(
        [register["uclg"].id, register["who"].id])
    assert repo.count(Partner) == 5
    assert repo.count(Activity) == 3


def test_list_returns_full_records_with_links(repo, register):
    flood = repo.list(Project, Query(status="ongoing")).records[0]
    assert flood == repo.get(Project, register["p_flood"].id)
    assert dataclasses.asdict(flood)["sectors"] == ["climate", "waste"]


def test_partner_filters_ignore_trashed_agreements_and_projects(repo, register):
    repo.delete(Agreement, register["a_tokyo"].id)
    repo.delete(Project, register["p_art"].id)
    assert names(repo, Partner, year_from=2012, year_to=2012) == []
    assert names(repo, Partner, sector="waste") == ["Seoul"]
    assert names(repo, Partner, sector="culture") == ["Seoul"]
    assert names(repo, Partner, sdg=12) == []
    repo.restore(Agreement, register["a_tokyo"].id)
    assert names(repo, Partner, sdg=12) == ["Tokyo"]


# -- what points at a record, and links to records in the trash ------------------------------
def test_referrers_name_the_live_records_that_point_at_a_record(repo, make):
    seoul = make.partner(name_en="Seoul", country="KR")
    unit = make.unit(name_en="Drainage Office")
    mou = make.agreement(title_en="b MOU", party_ids=[seoul.id])
    old = make.agreement(title_en="A old MOU", party_ids=[seoul.id])
    project = make.project(title_en="Canals", partner_ids=[seoul.id], unit_ids=[unit.id],
                           agreement_id=mou.id)
    visit = make.activity(title_en="Visit", partner_ids=[seoul.id], project_id=project.id,
                          agreement_id=mou.id)
    contact = make.contact(name="Kim", partner_id=seoul.id)
    gone = make.contact(name="Lee", partner_id=seoul.id)
    repo.delete(Contact, gone.id)

    def named(cls, rid):
        return [(r.entity, r.id, r.label) for r in repo.referrers(cls, rid)]

    assert named(Partner, seoul.id) == [
        ("agreement", old.id, "A old MOU"), ("agreement", mou.id, "b MOU"),
        ("project", project.id, "Canals"), ("activity", visit.id, "Visit"),
        ("contact", contact.id, "Kim")]
    assert named(Agreement, mou.id) == [("project", project.id, "Canals"),
                                        ("activity", visit.id, "Visit")]
    assert named(Project, project.id) == [("activity", visit.id, "Visit")]
    assert named(Unit, unit.id) == [("project", project.id, "Canals")]
    assert named(Activity, visit.id) == named(Contact, contact.id) == []
    assert ("contact", gone.id, "Lee") in [
        (r.entity, r.id, r.label) for r in repo.referrers(Partner, seoul.id,
                                                          include_deleted=True)]


def test_a_record_keeps_its_link_to_a_record_moved_to_the_trash(repo, make):
    seoul, tokyo = make.partner(name_en="Seoul", country="KR"), make.partner()
    agreement = make.agreement(party_ids=[seoul.id])
    repo.delete(Partner, seoul.id)
    agreement.notes = "Renewed"
    saved = repo.update(agreement)
    assert saved.party_ids == [seoul.id] and saved.notes == "Renewed"
    assert repo.check(saved) == []
    repo.delete(Partner, tokyo.id)
    saved.party_ids = [seoul.id, tokyo.id]  # a new link to a record in the trash is refused
    with pytest.raises(ValidationError) as info:
        repo.update(saved)
    assert "trash" in info.value.for_field("party_ids")[0]


def test_undo_in_either_order_brings_every_link_back(repo, make):
    seoul = make.partner(name_en="Seoul", country="KR")
    agreement = make.agreement(party_ids=[seoul.id])
    contact = make.contact(partner_id=seoul.id)
    repo.delete(Partner, seoul.id)
    repo.delete(Agreement, agreement.id)
    repo.delete(Contact, contact.id)
    repo.restore(Contact, contact.id)  # its partner still in the trash
    repo.restore(Agreement, agreement.id)
    repo.restore(Partner, seoul.id)
    assert repo.get(Agreement, agreement.id).party_ids == [seoul.id]
    assert repo.get(Contact, contact.id).partner_id == seoul.id


def test_purging_writes_what_it_did_to_each_linked_record(repo, make):
    seoul, tokyo = make.partner(name_en="Seoul", country="KR"), make.partner()
    agreement = make.agreement(party_ids=[seoul.id, tokyo.id])
    contact = make.contact(name="Kim", partner_id=seoul.id)
    repo.delete(Partner, seoul.id)
    repo.purge(Partner, seoul.id)
    after = repo.get(Agreement, agreement.id)
    assert after.party_ids == [tokyo.id] and after.version == agreement.version + 1
    entry = repo.history(Agreement, agreement.id)[-1]
    assert (entry.action, entry.changes) == (
        "update", {"party_ids": [sorted([seoul.id, tokyo.id]), [tokyo.id]]})
    gone = repo.history(Contact, contact.id)[-1]
    assert gone.action == "purge" and gone.changes["name"] == ["Kim", None]


def test_a_save_that_changes_nothing_is_no_conflict(repo, make):
    partner = make.partner(notes="Same")
    stale = repo.get(Partner, partner.id)
    fresh = repo.get(Partner, partner.id)
    fresh.notes = "Other"
    fresh = repo.update(fresh)
    fresh.notes = "Same"
    latest = repo.update(fresh)
    assert repo.update(stale) == latest  # it would change nothing now: nothing to refuse


def test_a_conflict_says_who_and_when_in_plain_words(repo, make):
    partner = make.partner()
    stale = repo.get(Partner, partner.id)
    fresh = repo.get(Partner, partner.id)
    fresh.notes = "Theirs"
    Repository(repo.db, user="malee").update(fresh)
    repo.conn.execute("UPDATE partners SET updated_at = ? WHERE id = ?",
                      ("2025-06-19T07:04:05+00:00", partner.id))
    stale.notes = "Mine"
    with pytest.raises(ConflictError, match="changed by malee at 2025-06-19 07:04 UTC"):
        repo.update(stale)
