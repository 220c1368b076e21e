"""Reminders in the officers' own calendars: the .ics file read back by the icalendar
package and by a second calendar library (vobject), with reminders 180, 90 and 30 days before
an agreement expires and UIDs that stay the same, so a newer file updates the events."""

from __future__ import annotations

import datetime as dt

import pytest
import vobject
from icalendar import Calendar

from bkk_relations.core.documents import calendar
from bkk_relations.core.records.models import Action
from bkk_relations.core.register import Register

TODAY = dt.date(2025, 1, 15)


@pytest.fixture
def reg(db) -> Register:
    return Register(db, user="somchai")


@pytest.fixture
def register(reg, make):
    seoul = make.partner(name_en="Seoul", name_th="โซล")
    osaka = make.partner(name_en="Osaka", name_th="โอซากา")
    make.agreement(title_en="MOU with Seoul", title_th="บันทึกความเข้าใจกับโซล",
                   agreement_type="mou", expiry_date="2025-08-03", party_ids=[seoul.id],
                   renewal_terms="Renewed by letter")
    make.agreement(title_en="Letter with Osaka", agreement_type="letter_of_intent",
                   expiry_date="2025-03-01", party_ids=[osaka.id])
    make.agreement(title_en="Ended MOU", status="terminated", expiry_date="2025-06-30",
                   party_ids=[osaka.id])
    make.agreement(title_en="Year-only expiry", expiry_date="2026", party_ids=[osaka.id])
    make.agreement(title_en="Long ago", expiry_date="2020-01-01", party_ids=[osaka.id])
    make.activity(title_en="Seoul delegation", title_th="คณะผู้แทนโซล",
                  activity_type="visit_incoming", start_date="2025-02-20",
                  end_date="2025-02-22", partner_ids=[seoul.id], place="City Hall")
    make.activity(title_en="Month-only meeting", start_date="2025-05", partner_ids=[osaka.id])
    make.activity(title_en="Past meeting", start_date="2024-05-01", partner_ids=[osaka.id])
    return reg


def events(data: bytes) -> dict[str, object]:
    cal = Calendar.from_ical(data)
    return {str(e["summary"]): e for e in cal.walk("VEVENT")}


def test_expiries_have_reminders_180_90_and_30_days_before(register):
    data, result = calendar.calendar_bytes(register, today=TODAY, days=730)
    found = events(data)
    mou = found["Agreement expires: MOU with Seoul"]
    assert mou["dtstart"].dt == dt.date(2025, 8, 3)  # an all-day event
    assert mou["dtend"].dt == dt.date(2025, 8, 4)
    triggers = sorted(a["trigger"].dt for a in mou.walk("VALARM"))
    assert triggers == [dt.timedelta(days=-180), dt.timedelta(days=-90),
                        dt.timedelta(days=-30)]
    assert "Parties: Seoul" in str(mou["description"])
    assert "Renewal terms: Renewed by letter" in str(mou["description"])
    soon = found["Agreement expires: Letter with Osaka"]  # 45 days away: only 30 is ahead
    assert [a["trigger"].dt for a in soon.walk("VALARM")] == [dt.timedelta(days=-30)]
    partial = found["Agreement expires: Year-only expiry"]
    assert partial["dtstart"].dt == dt.date(2026, 12, 31)  # the last day it can mean
    assert "no day is recorded" in str(partial["description"])
    assert "Agreement expires: Long ago" not in found
    assert result.agreements == 3


def test_upcoming_activities_and_what_cannot_go_in(register):
    data, result = calendar.calendar_bytes(register, today=TODAY)
    found = events(data)
    visit = found["Seoul delegation"]
    assert (visit["dtstart"].dt, visit["dtend"].dt) == (dt.date(2025, 2, 20),
                                                       dt.date(2025, 2, 23))
    assert str(visit["location"]) == "City Hall"
    assert "Past meeting" not in found and "Month-only meeting" not in found
    assert result.activities == 1
    assert [str(n) for n in result.left_out] == [
        "1 upcoming activity has only a month or a year for a date, and so no day in the "
        "calendar yet."]


def test_a_new_export_updates_the_events_of_the_old_one(register, make):
    first = events(calendar.calendar_bytes(register, today=TODAY)[0])
    make.partner(name_en="Another partner")  # the register grows between exports
    later = events(calendar.calendar_bytes(register, today=TODAY + dt.timedelta(days=3))[0])
    uids = {k: str(e["uid"]) for k, e in first.items()}
    assert {k: str(e["uid"]) for k, e in later.items()} == uids
    assert len(set(uids.values())) == len(uids)


def test_an_ended_agreement_comes_as_a_cancelled_event(register):
    found = events(calendar.calendar_bytes(register, today=TODAY)[0])
    ended = found["Agreement expires: Ended MOU"]
    assert str(ended["status"]) == "CANCELLED" and not ended.walk("VALARM")


def test_thai_titles_and_a_second_calendar_library_reads_the_file(register, tmp_path):
    path = tmp_path / "reminders.ics"
    calendar.write_calendar(register, path, language="th", calendar="buddhist", today=TODAY)
    parsed = vobject.readOne(path.read_text(encoding="utf-8"))
    summaries = {e.summary.value: e for e in parsed.vevent_list}
    mou = summaries["ความตกลงสิ้นสุด: บันทึกความเข้าใจกับโซล"]
    assert mou.dtstart.value == dt.date(2025, 8, 3)
    assert "วันสิ้นสุด: 3 สิงหาคม 2568" in mou.description.value
    assert len(mou.valarm_list) == 3
    assert "คณะผู้แทนโซล" in summaries
    assert parsed.x_wr_calname.value == "กรุงเทพมหานคร: การแจ้งเตือนงานต่างประเทศ"


def test_follow_up_actions_come_in_once_the_register_keeps_them(register, monkeypatch):
    monkeypatch.setattr(calendar, "action_due_dates", lambda *a, **k: [
        calendar.ActionDue(7, "Send the flood study", "2025-03-10", owner="Drainage")])
    data, result = calendar.calendar_bytes(register, today=TODAY)
    due = events(data)["Follow-up due: Send the flood study"]
    assert due["dtstart"].dt == dt.date(2025, 3, 10) and result.actions == 1
    assert str(due["uid"]).startswith("action-7.")


def test_due_dates_of_actions_still_to_do_are_in_the_calendar(reg, make):
    seoul = make.partner(name_en="Seoul", name_th="โซล")
    drainage = make.unit(name_en="Drainage Department", name_th="สำนักการระบายน้ำ")
    for title, due, status in (("Send the flood study", "2025-03-10", "open"),
                               ("Report to the Governor", "2025-04", "in_progress"),
                               ("Thank-you letter", "2025-02-01", "done"),
                               ("Overdue already", "2025-01-10", "open")):
        reg.records.create(Action(title_en=title, due_date=due, status=status,
                                  partner_ids=[seoul.id], unit_id=drainage.id))
    data, result = calendar.calendar_bytes(reg, today=TODAY)
    found = events(data)
    assert result.actions == 2
    study = found["Follow-up due: Send the flood study"]
    assert study["dtstart"].dt == dt.date(2025, 3, 10)
    assert "Responsible: Drainage Department" in str(study["description"])
    assert "Seoul" in str(study["description"])
    # a month is due by its last day
    assert found["Follow-up due: Report to the Governor"]["dtstart"].dt == dt.date(2025, 4, 30)
    assert "Follow-up due: Thank-you letter" not in found
