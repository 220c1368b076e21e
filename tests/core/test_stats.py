"""Record counts and the integrity check."""

from __future__ import annotations

import pytest
from conftest import Maker

from bkk_relations.core.records.models import Unit
from bkk_relations.core.records.repository import Repository
from bkk_relations.core.register import Register
from bkk_relations.core.views import stats


def test_counts_of_empty_database_are_zero(db, reg):
    counts = stats.counts(reg)
    assert set(counts) >= {"partners", "units", "agreements", "projects", "activities",
                           "contacts", "cities", "organisations", "in_trash", "tags",
                           "attachments", "audit_entries"}
    # only the frameworks every database ships with: the SDGs and the nine dimensions
    assert (counts.pop("frameworks"), counts.pop("goals")) == (2, 26)
    assert all(v == 0 for v in counts.values())
    assert not stats.holds_records(reg)


def test_counts_follow_records_trash_and_audit(repo, make, reg):
    make.partner(tags=["asia"])
    make.organisation()
    unit = make.unit()
    make.agreement()
    repo.delete(Unit, unit.id)
    counts = stats.counts(reg)
    assert (counts["partners"], counts["cities"], counts["organisations"]) == (2, 1, 1)
    assert (counts["units"], counts["in_trash"]) == (0, 1)
    assert counts["agreements"] == 1
    assert counts["tags"] == 1
    assert counts["audit_entries"] == 5


def test_integrity_of_a_sound_database(repo, make, reg):
    make.contact()
    assert stats.integrity_problems(reg) == []


@pytest.fixture
def file_repo(sqlite_db):
    """Damage only a file can suffer (a server enforces its links and keeps its index)."""
    return Repository(sqlite_db, user="tester")


def test_integrity_reports_broken_links(file_repo):
    repo, make = file_repo, Maker(file_repo)
    partner = make.partner()
    make.agreement(party_ids=[partner.id])
    contact = make.contact(partner_id=partner.id)
    repo.conn.execute("PRAGMA foreign_keys = OFF")
    repo.conn.execute("DELETE FROM partners WHERE id = ?", (partner.id,))
    assert sorted(stats.integrity_problems(Register(repo.db, user=repo.user))) == [
        "agreement_parties points to a missing partners record",
        f"contacts row {contact.id} points to a missing partners record",
    ]


def test_integrity_reports_a_damaged_search_index(file_repo):
    repo, make = file_repo, Maker(file_repo)
    for i in range(5):
        make.partner(name_en=f"Kunming {i}", country="CN")
    repo.conn.execute("DELETE FROM search_index_data WHERE id > 1")
    problems = stats.integrity_problems(Register(repo.db, user=repo.user))
    assert len(problems) == 1
    assert problems[0].startswith("search index:")


def test_check_finds_a_missing_search_trigger(db, reg):
    from bkk_relations.core.views.stats import integrity_problems

    assert integrity_problems(reg) == []
    if db.is_server:
        db.conn.execute("DROP TRIGGER partners_search ON partners")
        assert any("partners_search" in p for p in integrity_problems(reg))
    else:
        db.conn.execute("DROP TRIGGER partners_search_au")
        assert any("partners_search_au" in p for p in integrity_problems(reg))


def test_check_finds_records_missing_from_the_search_index(db, make, reg):
    make.partner(name_en="Kunming", country="CN")
    db.conn.execute("DELETE FROM search_index")
    problems = stats.integrity_problems(reg)
    assert problems and all("search index" in p for p in problems)
