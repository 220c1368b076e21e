"""The audit log: who changed which record, when, and what changed."""

from __future__ import annotations

from bkk_relations.core.records import audit
from bkk_relations.core.records.models import Agreement, Partner, Unit
from bkk_relations.core.records.repository import Repository


def test_create_is_logged_with_user_and_all_filled_fields(repo):
    p = repo.create(Partner(name_en="Seoul", name_th="โซล", country="KR", tags=["sister"]))
    [entry] = repo.history(Partner, p.id)
    assert (entry.user, entry.action, entry.entity, entry.record_id) == (
        "tester", "create", "partner", p.id)
    assert entry.changes["name_en"] == [None, "Seoul"]
    assert entry.changes["name_th"] == [None, "โซล"]
    assert entry.changes["region"] == [None, "East Asia"]
    assert entry.changes["tags"] == [None, ["sister"]]
    assert "notes" not in entry.changes and "version" not in entry.changes
    assert entry.ts


def test_update_logs_only_changed_fields(repo):
    p = repo.create(Partner(name_en="Seoul", country="KR", notes="old note",
                            website="https://seoul.go.kr"))
    p.notes = "new note"
    p.acronym = "SMG"
    repo.update(p)
    entry = repo.history(Partner, p.id)[-1]
    assert entry.action == "update"
    assert entry.changes == {"notes": ["old note", "new note"], "acronym": [None, "SMG"]}


def test_update_logs_a_field_set_to_none(repo):
    p = repo.create(Partner(name_en="Seoul", country="KR", website="https://seoul.go.kr"))
    p.website = None
    repo.update(p)
    assert repo.history(Partner, p.id)[-1].changes == {
        "website": ["https://seoul.go.kr", None]}


def test_update_logs_link_changes(repo, make):
    a, b = make.partner(), make.partner()
    agreement = make.agreement(party_ids=[a.id], sdgs=[11])
    agreement.party_ids = [a.id, b.id]
    agreement.sdgs = []
    repo.update(agreement)
    assert repo.history(Agreement, agreement.id)[-1].changes == {
        "party_ids": [[a.id], sorted([a.id, b.id])], "sdgs": [[11], None]}


def test_a_save_that_changes_nothing_writes_nothing(repo):
    unit = repo.create(Unit(name_en="Bureau", notes="Line one\r\nline two", tags=["ASEAN"]))
    unit.name_en = "  Bureau "  # trimmed on saving: the same as stored
    unit.tags = ["asean"]  # tags are kept in one spelling: the one recorded
    again = repo.update(unit)
    assert [e.action for e in repo.history(Unit, unit.id)] == ["create"]
    assert again.version == 1 and again.updated_at == unit.updated_at
    assert repo.get(Unit, unit.id) == again


def test_delete_restore_purge_are_logged_in_order(repo):
    p = repo.create(Partner(name_en="Hanoi", country="VN"))
    p.notes = "capital"
    repo.update(p)
    repo.delete(Partner, p.id)
    repo.restore(Partner, p.id)
    repo.delete(Partner, p.id)
    repo.purge(Partner, p.id)
    entries = repo.history(Partner, p.id)
    assert [e.action for e in entries] == [
        "create", "update", "delete", "restore", "delete", "purge"]
    assert [e.id for e in entries] == sorted(e.id for e in entries)
    deleted_at = entries[2].changes["deleted_at"][1]
    assert entries[2].changes == {"deleted_at": [None, deleted_at]}
    assert entries[3].changes == {"deleted_at": [deleted_at, None]}
    assert entries[5].changes["name_en"] == ["Hanoi", None]
    assert entries[5].changes["notes"] == ["capital", None]
    assert all(e.entity == "partner" and e.record_id == p.id for e in entries)


def test_history_survives_purge(repo):
    unit = repo.create(Unit(name_en="Gone"))
    repo.delete(Unit, unit.id)
    repo.purge(Unit, unit.id)
    assert len(repo.history(Unit, unit.id)) == 3


def test_user_given_to_repository_is_recorded(db):
    alice, bob = Repository(db, user="alice"), Repository(db, user="bob")
    p = alice.create(Partner(name_en="Lyon", country="FR"))
    p.notes = "Festival of lights"
    p = bob.update(p)
    assert p.updated_by == "bob"
    alice.delete(Partner, p.id)
    bob.restore(Partner, p.id)
    assert [(e.user, e.action) for e in alice.history(Partner, p.id)] == [
        ("alice", "create"), ("bob", "update"), ("alice", "delete"), ("bob", "restore")]


def test_repository_without_user_records_login_name(db):
    # A file records the computer's user name; a server the database login.
    repo = Repository(db)
    expected = db.login or audit.current_user()
    assert repo.user == expected
    assert repo.user
    unit = repo.create(Unit(name_en="Office"))
    assert repo.history(Unit, unit.id)[0].user == expected


def test_history_only_shows_the_asked_record(repo, make):
    a, b = make.unit(), make.unit()
    assert [e.record_id for e in repo.history(Unit, a.id)] == [a.id]
    assert [e.record_id for e in repo.history(Unit, b.id)] == [b.id]
    assert repo.history(Partner, a.id) == []


def test_batch_id_is_recorded(repo):
    unit = repo.create(Unit(name_en="Imported"), batch_id="import-1")
    assert repo.history(Unit, unit.id)[0].batch_id == "import-1"


def test_recent_lists_newest_first(repo, make):
    make.unit(name_en="First")
    make.unit(name_en="Second")
    recent = audit.recent(repo.conn, limit=1)
    assert len(recent) == 1
    assert recent[0].changes["name_en"] == [None, "Second"]


def test_diff_reports_added_removed_and_changed_keys():
    assert audit.diff({"a": 1, "b": 2}, {"b": 3, "c": 4}) == {
        "a": [1, None], "b": [2, 3], "c": [None, 4]}
    assert audit.diff({"a": 1}, {"a": 1}) == {}
