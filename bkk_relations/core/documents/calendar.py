"""Reminders in the calendar officers already use: an iCalendar file (RFC 5545, written with
the ``icalendar`` package) of agreement expiries, each with reminders 180, 90 and 30 days
before, the upcoming activities, and the due dates of follow-up actions.

Every event has a UID made of the record and the register (``register_key``), so importing a
newer export updates the events of an older one instead of adding them twice; an agreement
ended or deleted since comes as a cancelled event, which removes it. Titles and descriptions
are in English or Thai.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ... import __version__
from .. import dates, files, settings
from ..messages import Msg
from ..records import vocab
from ..register import Register
from ..views.alerts import LIVE_AGREEMENT_STATUSES
from .wording import long_date

if TYPE_CHECKING:  # imported when a calendar is made: the command line starts without it
    from icalendar import Alarm, Calendar, Event

DEFAULT_DAYS = 730  # two years: the 180-day reminder of an expiry 18 months away is in it
MAX_DAYS = 36_500
EXPIRY_REMINDERS = (180, 90, 30)  # days before an agreement expires
ACTIVITY_REMINDER = 7
ENDED = ("expired", "terminated")

_WORDS = {
    "calname": ("%1: international relations reminders", "%1: การแจ้งเตือนงานต่างประเทศ"),
    "expires": ("Agreement expires: %1", "ความตกลงสิ้นสุด: %1"),
    "expires_in": ("%1 expires in %2 days (%3).", "%1 จะสิ้นสุดในอีก %2 วัน (%3)"),
    "activity": ("%1", "%1"),
    "activity_in": ("%1 in %2 days.", "%1 ในอีก %2 วัน"),
    "action": ("Follow-up due: %1", "ครบกำหนดติดตาม: %1"),
    "type": ("Type", "ประเภท"),
    "parties": ("Parties", "คู่ภาคี"),
    "partners": ("Partners", "พันธมิตร"),
    "status": ("Status", "สถานะ"),
    "expiry": ("Expiry", "วันสิ้นสุด"),
    "known_only": ("no day is recorded: the reminders count from the last day it can be",
                   "ทะเบียนไม่ระบุวัน จึงนับจากวันสุดท้ายของช่วงที่ระบุ"),
    "renewal": ("Renewal terms", "เงื่อนไขการต่ออายุ"),
    "place": ("Place", "สถานที่"),
    "summary": ("Summary", "สรุป"),
    "owner": ("Responsible", "ผู้รับผิดชอบ"),
    "from": ("From the bkk_relations register (%1 %2).", "จากทะเบียน bkk_relations (%1 %2)"),
    "category_expiry": ("Agreement expiry", "ความตกลงสิ้นสุด"),
    "category_activity": ("Activity", "กิจกรรม"),
    "category_action": ("Follow-up action", "เรื่องที่ต้องติดตาม"),
}


def _t(key: str, language: str, *args: object) -> str:
    pair = _WORDS[key]
    text = pair[1] if language == "th" else pair[0]
    for i, arg in enumerate(args, start=1):
        text = text.replace(f"%{i}", str(arg))
    return text


@dataclass(frozen=True)
class ActionDue:
    """A follow-up action's due date, for the calendar."""

    record_id: int
    title: str
    due: str  # a stored date (YYYY-MM-DD)
    owner: str = ""
    partners: tuple[str, ...] = ()


def action_due_dates(reg: Register, *, start: _dt.date, end: _dt.date,
                     language: str = "en") -> list[ActionDue]:
    """Follow-up actions still to do (open or in progress) due from ``start`` to ``end``,
    soonest first; a partial due date ("2026-12") falls on the last day it means."""
    th = language == "th"
    rows = reg.conn.execute(
        "SELECT a.id, a.title_en, a.title_th, a.due_date, u.name_en, u.name_th FROM actions a "
        "LEFT JOIN units u ON u.id = a.unit_id WHERE a.deleted_at IS NULL "
        f"AND a.status IN ({', '.join('?' * len(vocab.OPEN_ACTION_STATUSES))}) "
        "AND a.due_date IS NOT NULL AND a.due_date >= ? AND a.due_date <= ?",
        (*vocab.OPEN_ACTION_STATUSES, str(start.year), end.isoformat())).fetchall()
    out = []
    for rid, title, title_th, due, unit, unit_th in rows:
        if not dates.is_valid(due):
            continue
        day = dates.latest_day(due)
        if not start <= day <= end:
            continue
        partners = tuple(_names(reg, "action_partners", "action_id", rid, language))
        out.append(ActionDue(rid, (title_th or title) if th else title, day.isoformat(),
                             ((unit_th or unit) if th else unit) or "", partners))
    return sorted(out, key=lambda a: (a.due, a.record_id))


@dataclass
class CalendarResult:
    """What went into the file, and what could not (said, never silently dropped)."""

    agreements: int = 0
    activities: int = 0
    actions: int = 0
    cancelled: int = 0
    left_out: list[Msg] = field(default_factory=list)  # what it could not put in

    @property
    def events(self) -> int:
        return self.agreements + self.activities + self.actions + self.cancelled


def register_key(reg: Register) -> str:
    """A short name of this register that stays the same across exports: from its first
    audit entry (who made the first record, and when) and the home city. The audit log only
    grows, and is copied with the register to a server or a backup, so the UIDs stay."""
    row = reg.conn.execute(
        'SELECT ts, "user" FROM audit_log ORDER BY id LIMIT 1').fetchone()
    first = f"{row[0]}|{row[1]}" if row else ""
    home = settings.home_city(reg.db, "en")
    return hashlib.sha1(f"{first}|{home}".encode()).hexdigest()[:12]


def _uid(kind: str, record_id: int, key: str) -> str:
    return f"{kind}-{record_id}.{key}@bkk-relations"


def _names(reg: Register, table: str, owner: str, record_id: int, language: str) -> list[str]:
    rows = reg.conn.execute(
        f"SELECT p.name_en, p.name_th FROM {table} l JOIN partners p ON p.id = l.partner_id "
        f"WHERE l.{owner} = ? AND p.deleted_at IS NULL ORDER BY p.name_en", (record_id,))
    return [(th or en) if language == "th" else en for en, th in rows]


def _event(uid: str, summary: str, day: _dt.date, end: _dt.date, *, stamp: _dt.datetime,
           version: int, modified: str | None, category: str, description: str,
           status: str = "CONFIRMED", location: str = "") -> Event:
    from icalendar import Event

    ev = Event()
    ev.add("uid", uid)
    ev.add("dtstamp", stamp)
    ev.add("summary", summary)
    ev.add("dtstart", day)  # a date: an all-day event, the same day in every time zone
    ev.add("dtend", end + _dt.timedelta(days=1))  # all-day events end the day after
    ev.add("sequence", version)  # a record saved again gives a higher one: apps update
    ev.add("status", status)
    ev.add("transp", "TRANSPARENT")  # a reminder does not make the officer busy
    ev.add("categories", [category])
    if location:
        ev.add("location", location)
    if description:
        ev.add("description", description)
    if modified:
        try:
            when = _dt.datetime.fromisoformat(modified)
            ev.add("last-modified", when if when.tzinfo else when.replace(tzinfo=_dt.UTC))
        except ValueError:
            pass
    return ev


def _alarm(days: int, text: str) -> Alarm:
    from icalendar import Alarm

    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", text)
    alarm.add("trigger", _dt.timedelta(days=-days))  # before the event starts
    return alarm


def build_calendar(reg: Register, *, days: int = DEFAULT_DAYS, language: str = "en",
                   calendar: str = "gregorian", today: _dt.date | None = None,
                   now: _dt.datetime | None = None) -> tuple[Calendar, CalendarResult]:
    """The calendar of the next ``days`` days from ``today``."""
    if not 1 <= days <= MAX_DAYS:
        raise ValueError(f"days must be between 1 and {MAX_DAYS:,}")
    today = today or _dt.date.today()
    stamp = (now or _dt.datetime.now(_dt.UTC)).replace(microsecond=0)
    horizon = today + _dt.timedelta(days=days)
    key = register_key(reg)
    home = settings.home_city(reg.db, language)
    from icalendar import Calendar

    cal = Calendar()
    cal.add("prodid", f"-//bkk_relations//Reminders {__version__}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", _t("calname", language, home))
    result = CalendarResult()
    source = _t("from", language, home, long_date(today.isoformat(), language, calendar))
    for ev in _agreements(reg, key, today, horizon, stamp, language, calendar, source,
                          result):
        cal.add_component(ev)
    for ev in _activities(reg, key, today, horizon, stamp, language, calendar, source,
                          result):
        cal.add_component(ev)
    for action in action_due_dates(reg, start=today, end=horizon, language=language):
        due = dates.earliest_day(action.due)
        lines = [f"{_t('owner', language)}: {action.owner}" if action.owner else "",
                 f"{_t('partners', language)}: {', '.join(action.partners)}"
                 if action.partners else "", source]
        ev = _event(_uid("action", action.record_id, key),
                    _t("action", language, action.title), due, due, stamp=stamp, version=0,
                    modified=None, category=_t("category_action", language),
                    description="\n".join(x for x in lines if x))
        ev.add_component(_alarm(ACTIVITY_REMINDER, _t("action", language, action.title)))
        cal.add_component(ev)
        result.actions += 1
    return cal, result


def _agreements(reg: Register, key: str, today: _dt.date, horizon: _dt.date,
                stamp: _dt.datetime, language: str, calendar: str, source: str,
                result: CalendarResult) -> Iterable[Event]:
    rows = reg.conn.execute(
        "SELECT id, title_en, title_th, agreement_type, status, expiry_date, renewal_terms, "
        "version, updated_at, deleted_at FROM agreements WHERE expiry_date IS NOT NULL "
        "AND expiry_date >= ? ORDER BY expiry_date, id", (str(today.year),)).fetchall()
    for (rid, title_en, title_th, kind, status, expiry, renewal, version, updated,
         deleted) in rows:
        if not dates.is_valid(expiry):
            continue
        day = dates.latest_day(expiry)
        if not today <= day <= horizon or status in ("draft", "negotiation"):
            continue
        title = (title_th or title_en) if language == "th" else title_en
        cancelled = deleted is not None or status not in LIVE_AGREEMENT_STATUSES
        lines = [
            f"{_t('type', language)}: {vocab.label(vocab.AGREEMENT_TYPES, kind, language)}",
            f"{_t('parties', language)}: "
            f"{', '.join(_names(reg, 'agreement_parties', 'agreement_id', rid, language))}",
            f"{_t('status', language)}: "
            f"{vocab.label(vocab.AGREEMENT_STATUSES, status, language)}",
            f"{_t('expiry', language)}: {long_date(expiry, language, calendar)}"
            + (f" ({_t('known_only', language)})" if len(expiry) < 10 else ""),
        ]
        if renewal:
            lines.append(f"{_t('renewal', language)}: {renewal}")
        lines.append(source)
        ev = _event(_uid("agreement-expiry", rid, key), _t("expires", language, title), day,
                    day, stamp=stamp, version=version, modified=updated,
                    category=_t("category_expiry", language), description="\n".join(lines),
                    status="CANCELLED" if cancelled else "CONFIRMED")
        if cancelled:
            result.cancelled += 1
        else:
            for before in EXPIRY_REMINDERS:
                if day - _dt.timedelta(days=before) >= today:  # only reminders still ahead
                    ev.add_component(_alarm(before, _t(
                        "expires_in", language, title, before,
                        long_date(day.isoformat(), language, calendar))))
            result.agreements += 1
        yield ev


def _activities(reg: Register, key: str, today: _dt.date, horizon: _dt.date,
                stamp: _dt.datetime, language: str, calendar: str, source: str,
                result: CalendarResult) -> Iterable[Event]:
    rows = reg.conn.execute(
        "SELECT id, title_en, title_th, activity_type, start_date, end_date, place, summary, "
        "version, updated_at, deleted_at FROM activities WHERE start_date >= ? "
        "ORDER BY start_date, id", (str(today.year),)).fetchall()
    partial = 0
    for (rid, title_en, title_th, kind, start, end, place, summary, version, updated,
         deleted) in rows:
        if not dates.is_valid(start):
            continue
        if len(start) < 10:  # only a month or a year: no day for the calendar yet
            if dates.latest_day(start) >= today and deleted is None:
                partial += 1
            continue
        day = dates.earliest_day(start)
        if not today <= day <= horizon:
            continue
        last = dates.latest_day(end) if end and dates.is_valid(end) else day
        title = (title_th or title_en) if language == "th" else title_en
        partners = _names(reg, "activity_partners", "activity_id", rid, language)
        lines = [f"{_t('type', language)}: "
                 f"{vocab.label(vocab.ACTIVITY_TYPES, kind, language)}",
                 f"{_t('partners', language)}: {', '.join(partners)}" if partners else "",
                 f"{_t('summary', language)}: {summary}" if summary else "", source]
        ev = _event(_uid("activity", rid, key), _t("activity", language, title), day,
                    max(last, day), stamp=stamp, version=version, modified=updated,
                    category=_t("category_activity", language),
                    description="\n".join(x for x in lines if x),
                    status="CANCELLED" if deleted else "CONFIRMED", location=place or "")
        if deleted:
            result.cancelled += 1
        else:
            if day - _dt.timedelta(days=ACTIVITY_REMINDER) >= today:
                ev.add_component(_alarm(ACTIVITY_REMINDER, _t(
                    "activity_in", language, title, ACTIVITY_REMINDER)))
            result.activities += 1
        yield ev
    if partial:
        result.left_out.append(Msg("ics.one_partial_date") if partial == 1
                               else Msg("ics.partial_dates", {"n": partial}))


def calendar_bytes(reg: Register, **kw: Any) -> tuple[bytes, CalendarResult]:
    """The calendar as .ics bytes; ``kw`` as ``build_calendar`` takes them."""
    cal, result = build_calendar(reg, **kw)
    return cal.to_ical(), result


def write_calendar(reg: Register, path: str | Path, **kw: Any) -> CalendarResult:
    """Write the calendar to ``path`` (.ics) in one piece; what went in, and what not."""
    data, result = calendar_bytes(reg, **kw)
    with files.replacing(path) as tmp:
        tmp.write_bytes(data)
    return result


__all__ = ["ActionDue", "CalendarResult", "DEFAULT_DAYS", "EXPIRY_REMINDERS",
           "action_due_dates", "build_calendar", "calendar_bytes",
           "register_key", "write_calendar"]
