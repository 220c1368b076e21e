"""Flat rows for the list views: derived columns, sorting, paging, row positions, links."""

from __future__ import annotations

from bkk_relations.core.records.models import Activity, Agreement, Contact, Partner, Project, Unit
from bkk_relations.core.records.repository import Query
from bkk_relations.core.register import Register
from bkk_relations.core.views import lists as views


def test_partner_rows_carry_ties_and_last_activity(repo, make, reg):
    seoul = make.partner(name_en="Seoul", country="KR")
    make.partner(name_en="Astana", country="KZ")
    make.agreement(party_ids=[seoul.id])
    make.agreement(party_ids=[seoul.id])
    make.activity(partner_ids=[seoul.id], start_date="2019-06-27")
    make.activity(partner_ids=[seoul.id], start_date="2018")
    rows = {r["name_en"]: r for r in views.table_rows(reg, Partner)}
    assert rows["Seoul"]["ties"] == 2
    assert rows["Seoul"]["last_activity"] == "2019-06-27"
    assert rows["Astana"]["ties"] == 0 and rows["Astana"]["last_activity"] is None


def test_trashed_agreements_do_not_count_as_ties(repo, make, reg):
    p = make.partner()
    a = make.agreement(party_ids=[p.id])
    repo.delete(Agreement, a.id)
    assert views.table_rows(reg, Partner)[0]["ties"] == 0


def test_sorting_on_a_derived_column_and_paging(repo, make, reg):
    partners = [make.partner(name_en=f"City {i}") for i in range(5)]
    for i, p in enumerate(partners):
        for _ in range(i):
            make.agreement(party_ids=[p.id])
    rows = views.table_rows(reg, Partner, Query(sort="ties", descending=True))
    assert [r["ties"] for r in rows] == [4, 3, 2, 1, 0]
    page = views.table_rows(reg, Partner, Query(sort="name_en", limit=2, offset=2))
    assert [r["name_en"] for r in page] == ["City 2", "City 3"]
    assert views.count_rows(reg, Partner, Query(text="City")) == 5


def test_row_ids_follow_the_list_order(repo, make, reg):
    b = make.partner(name_en="Beta")
    a = make.partner(name_en="alpha")
    assert views.row_ids(reg, Partner) == [a.id, b.id]
    assert views.row_ids(reg, Partner, Query(descending=True)) == [b.id, a.id]


def test_agreement_and_project_rows_name_their_partners(repo, make, reg):
    seoul = make.partner(name_en="Seoul", country="KR")
    make.agreement(title_en="MOU", party_ids=[seoul.id])
    make.project(title_en="Flood", partner_ids=[seoul.id], sectors=["drainage", "resilience"],
                 sdgs=[13, 11])
    assert views.table_rows(reg, Agreement)[0]["parties"] == "Seoul"
    project = views.table_rows(reg, Project)[0]
    assert project["partners"] == "Seoul"
    assert set(project["sectors"].split(", ")) == {"drainage", "resilience"}
    assert project["sdgs"] == "11, 13"


def test_related_records_of_a_partner(repo, make, reg):
    p = make.partner(name_en="Fukuoka")
    make.agreement(title_en="Sister city", party_ids=[p.id], signed_date="2006")
    make.project(title_en="Exchange", partner_ids=[p.id])
    make.activity(title_en="Visit", partner_ids=[p.id])
    make.contact(name="Focal point", partner_id=p.id)
    found = {(r.entity, r.label) for r in views.related(reg, "partner", p.id)}
    assert found == {("agreement", "Sister city"), ("project", "Exchange"),
                     ("activity", "Visit"), ("contact", "Focal point")}


def test_related_records_of_a_project_include_units_and_activities(repo, make, reg):
    u = make.unit(name_en="Department of Environment")
    pr = make.project(title_en="Waste", unit_ids=[u.id])
    make.activity(title_en="Study visit", project_id=pr.id)
    found = {(r.entity, r.label) for r in views.related(reg, "project", pr.id)}
    assert ("unit", "Department of Environment") in found
    assert ("activity", "Study visit") in found
    assert {(r.entity, r.label) for r in views.related(reg, "unit", u.id)} == {
        ("project", "Waste")}


def test_countries_in_use(repo, make, reg):
    make.partner(country="KR")
    make.partner(country="JP")
    make.partner(country="KR")
    make.organisation()
    assert views.countries_in_use(reg) == ["JP", "KR"]


def test_every_entity_has_rows(repo, make, reg):
    make.contact()
    make.unit()
    make.activity()
    for cls in (Partner, Unit, Activity):
        assert views.table_rows(reg, cls)


def test_lists_show_linked_records_in_the_trash_marked(repo, make, reg):
    seoul, tokyo = make.partner(name_en="Seoul", country="KR"), make.partner(name_en="Tokyo")
    unit = make.unit()
    make.agreement(title_en="MOU", party_ids=[seoul.id, tokyo.id])
    project = make.project(title_en="Flood", partner_ids=[seoul.id], unit_ids=[unit.id])
    make.project(title_en="Shelved", unit_ids=[unit.id])
    make.activity(title_en="Visit", partner_ids=[seoul.id])
    make.contact(name="Kim", partner_id=seoul.id)
    repo.delete(Partner, seoul.id)
    repo.delete(Project, [p.id for p in repo.list(Project).records if p.id != project.id][0])
    parties = views.table_rows(reg, Agreement)[0]["parties"].split("; ")
    assert sorted(parties) == ["Seoul (in the Trash)", "Tokyo"]
    assert views.table_rows(reg, Project)[0]["partners"] == "Seoul (in the Trash)"
    assert views.table_rows(reg, Activity)[0]["partners"] == "Seoul (in the Trash)"
    assert views.table_rows(reg, Contact)[0]["partner"] == "Seoul (in the Trash)"
    assert views.table_rows(reg, Unit)[0]["projects"] == 1  # the one in the trash not counted


def test_details_show_what_a_record_points_at_even_in_the_trash(repo, make):
    seoul, tokyo = make.partner(name_en="Seoul", country="KR"), make.partner(name_en="Tokyo")
    unit = make.unit(name_en="Bureau")
    mou = make.agreement(title_en="MOU", party_ids=[seoul.id, tokyo.id])
    project = make.project(title_en="Flood", partner_ids=[seoul.id], unit_ids=[unit.id],
                           agreement_id=mou.id)
    visit = make.activity(title_en="Visit", project_id=project.id, agreement_id=mou.id)
    contact = make.contact(name="Kim", partner_id=seoul.id)
    for cls, rid in ((Partner, seoul.id), (Unit, unit.id), (Agreement, mou.id)):
        repo.delete(cls, rid)

    def shown(entity, rid):
        reg = Register(repo.db, user=repo.user)
        return [(r.entity, r.label, r.in_trash) for r in views.related(reg, entity, rid)]

    assert shown("agreement", mou.id)[:2] == [("partner", "Seoul", True),
                                              ("partner", "Tokyo", False)]
    assert ("agreement", "MOU", True) in shown("project", project.id)
    assert ("unit", "Bureau", True) in shown("project", project.id)
    assert {("project", "Flood", False), ("agreement", "MOU", True)} <= set(
        shown("activity", visit.id))
    assert shown("contact", contact.id) == [("partner", "Seoul", True)]


def test_thai_lists_name_records_in_thai_with_english_where_there_is_no_thai(repo, make, reg):
    seoul = make.partner(name_en="Seoul", name_th="โซล", country="KR")
    astana = make.partner(name_en="Astana", country="KZ")  # no Thai name
    make.agreement(title_en="Sister cities", title_th="ความตกลงเมืองพี่เมืองน้อง",
                   party_ids=[seoul.id, astana.id])
    keys = [c.key for c in views.columns("partner", "th")]
    assert keys[:2] == [views.LABEL, "name_en"]  # the shown name, then the English one
    rows = views.table_rows(reg, Partner, None, "th")
    assert [(r[views.LABEL], r["name_en"]) for r in rows] == [("Astana", "Astana"),
                                                              ("โซล", "Seoul")]
    agreement = views.table_rows(reg, Agreement, None, "th")[0]
    assert agreement[views.LABEL] == "ความตกลงเมืองพี่เมืองน้อง"
    assert sorted(agreement["parties"].split("; ")) == ["Astana", "โซล"]  # one name each
    assert views.table_rows(reg, Agreement)[0]["parties"] in ("Seoul; Astana", "Astana; Seoul")
    found = {r.label for r in views.related(reg, "partner", seoul.id, "th")}
    assert found == {"ความตกลงเมืองพี่เมืองน้อง"}
    by_label = views.row_ids(reg, Partner, Query(sort=views.LABEL, descending=True), "th")
    assert by_label == [seoul.id, astana.id]
