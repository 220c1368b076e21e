"""Reminders: agreements about to expire and partners nobody has been in touch with."""

from __future__ import annotations

import datetime as dt

from bkk_relations.core.records.models import Activity, Agreement, Partner
from bkk_relations.core.register import Register
from bkk_relations.core.views.alerts import dormant_partners, expiring_agreements

TODAY = dt.date(2025, 1, 15)  # horizon for 180 days: 2025-07-14


def expiring(repo, **kw) -> dict[str, int]:
    return {a.title: a.days_left for a in expiring_agreements(Register(repo.db), today=TODAY, **kw)}


def test_agreement_within_horizon_is_listed_with_days_left(repo, make, reg):
    a = make.agreement(title_en="Soon", signed_date="2020-03-01", expiry_date="2025-03-01")
    [alert] = expiring_agreements(reg, today=TODAY)
    assert (alert.id, alert.title, alert.expiry_date, alert.days_left) == (
        a.id, "Soon", "2025-03-01", 45)


def test_agreement_beyond_horizon_is_not_listed(repo, make):
    make.agreement(title_en="Later", expiry_date="2025-12-01")
    make.agreement(title_en="Edge", expiry_date="2025-07-14")
    make.agreement(title_en="Day after", expiry_date="2025-07-15")
    assert expiring(repo) == {"Edge": 180}


def test_horizon_follows_days_argument(repo, make):
    make.agreement(title_en="Later", expiry_date="2025-12-01")
    assert expiring(repo, days=30) == {}
    assert expiring(repo, days=365) == {"Later": 320}


def test_past_expiry_still_active_has_negative_days_left(repo, make, reg):
    make.agreement(title_en="Overdue", expiry_date="2024-12-01")
    assert [(a.title, a.days_left) for a in expiring_agreements(reg, today=TODAY)] == [
        ("Overdue", -45)]


def test_expiry_passed_longer_ago_than_days_is_not_listed(repo, make):
    make.agreement(title_en="Long overdue", expiry_date="2024-06-01")
    make.agreement(title_en="Ancient", expiry_date="2010")
    assert expiring(repo) == {}
    assert expiring(repo, days=365) == {"Long overdue": -228}


def test_partial_expiry_dates_count_to_their_last_day(repo, make):
    make.agreement(title_en="Month", expiry_date="2025-02")
    make.agreement(title_en="Year", expiry_date="2025")
    make.agreement(title_en="Last year", expiry_date="2024")
    assert expiring(repo) == {"Month": 44, "Last year": -15}
    assert expiring(repo, days=350) == {"Month": 44, "Last year": -15, "Year": 350}


def test_only_live_agreements_are_listed(repo, make):
    make.agreement(title_en="Active", expiry_date="2025-02-01")
    make.agreement(title_en="Renewed", status="renewed", expiry_date="2025-02-02")
    for status in ("expired", "terminated", "draft", "negotiation"):
        make.agreement(title_en=status, status=status, expiry_date="2025-02-01")
    trashed = make.agreement(title_en="Trashed", expiry_date="2025-02-01")
    repo.delete(Agreement, trashed.id)
    make.agreement(title_en="Open-ended")
    assert expiring(repo) == {"Active": 17, "Renewed": 18}


def test_expiring_sorted_soonest_first(repo, make, reg):
    for title, expiry in (("C", "2025-06-01"), ("A", "2024-09-01"), ("B", "2025-01-15")):
        make.agreement(title_en=title, expiry_date=expiry)
    assert [a.title for a in expiring_agreements(reg, today=TODAY)] == ["A", "B", "C"]


def test_expiring_defaults_to_today(repo, make, reg):
    expiry = dt.date.today() + dt.timedelta(days=10)
    make.agreement(title_en="Ten days", expiry_date=expiry.isoformat())
    assert [(a.title, a.days_left) for a in expiring_agreements(reg)] == [
        ("Ten days", 10)]


# -- dormant partners ----------------------------------------------------------------------
def dormant(repo, **kw) -> dict[str, str | None]:
    return {d.name: d.last_activity for d in dormant_partners(Register(repo.db), today=TODAY, **kw)}


def test_partner_never_active_is_dormant(repo, make):
    make.partner(name_en="Quiet City")
    assert dormant(repo) == {"Quiet City": None}


def test_partner_with_old_activity_is_dormant(repo, make):
    p = make.partner(name_en="Old Friend")
    make.activity(start_date="2019-05-01", partner_ids=[p.id])
    make.activity(start_date="2021-12-31", partner_ids=[p.id])
    assert dormant(repo) == {"Old Friend": "2021-12-31"}


def test_partner_with_recent_activity_is_not_dormant(repo, make):
    p = make.partner(name_en="Busy")
    make.activity(start_date="2010", partner_ids=[p.id])
    make.activity(start_date="2024-06-01", partner_ids=[p.id])
    q = make.partner(name_en="Partial year")
    make.activity(start_date="2022", partner_ids=[q.id])  # may mean up to 2022-12-31
    assert dormant(repo) == {}


def test_years_argument_moves_the_cutoff(repo, make):
    p = make.partner(name_en="Two years ago")
    make.activity(start_date="2023-01-01", partner_ids=[p.id])
    assert dormant(repo) == {}
    assert dormant(repo, years=1) == {"Two years ago": "2023-01-01"}


def test_trashed_activity_does_not_count(repo, make):
    p = make.partner(name_en="Ghost visits")
    a = make.activity(start_date="2024-10-01", partner_ids=[p.id])
    repo.delete(Activity, a.id)
    assert dormant(repo) == {"Ghost visits": None}


def test_only_live_active_partners_are_listed(repo, make):
    make.partner(name_en="Marked dormant", status="dormant")
    make.partner(name_en="Ended", status="ended")
    trashed = make.partner(name_en="Trashed")
    repo.delete(Partner, trashed.id)
    assert dormant(repo) == {}


def test_dormant_sorted_never_first_then_oldest(repo, make, reg):
    old, older = make.partner(name_en="b old"), make.partner(name_en="a older")
    make.partner(name_en="Z never")
    make.partner(name_en="m never")
    make.activity(start_date="2018", partner_ids=[old.id])
    make.activity(start_date="2015-03-03", partner_ids=[older.id])
    assert [d.name for d in dormant_partners(reg, today=TODAY)] == [
        "m never", "Z never", "a older", "b old"]


def test_dormant_on_29_february(repo, make, reg):
    p = make.partner(name_en="Leap")
    make.activity(start_date="2021-03-01", partner_ids=[p.id])
    leap = dt.date(2024, 2, 29)
    assert [d.name for d in dormant_partners(reg, today=leap)] == []
    assert [d.name for d in dormant_partners(reg, years=1, today=leap)] == ["Leap"]


def test_expired_but_still_active_is_told_apart_from_expiring(repo, make, reg):
    from bkk_relations.core.views.alerts import split_overdue

    for title, expiry in (("Later", "2025-06-01"), ("Long gone", "2024-08-01"),
                          ("Just gone", "2025-01-10"), ("Soon", "2025-02-01"),
                          ("Last year", "2024")):
        make.agreement(title_en=title, expiry_date=expiry)
    coming, overdue = split_overdue(expiring_agreements(reg, today=TODAY))
    assert [a.title for a in coming] == ["Soon", "Later"]
    assert [a.title for a in overdue] == ["Just gone", "Last year", "Long gone"]


def test_dormant_partners_in_thai_follow_thai_order(repo, make, reg):
    make.partner(name_en="Aaa", name_th="เชียงใหม่", country="TH")  # เ sorts after ช
    make.partner(name_en="Bbb", name_th="ขอนแก่น", country="TH")
    make.partner(name_en="Ccc", name_th="ชลบุรี", country="TH")
    thai = [d.name_th for d in dormant_partners(reg, today=TODAY, language="th")]
    assert thai == ["ขอนแก่น", "ชลบุรี", "เชียงใหม่"]
    assert [d.name for d in dormant_partners(reg, today=TODAY)] == ["Aaa", "Bbb", "Ccc"]
