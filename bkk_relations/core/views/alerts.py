"""Reminders: agreements about to expire, follow-up actions coming due or overdue, and
partners nobody has been in touch with."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import dates
from ..records.models import SPECS
from ..records.normalise import sort_key
from ..records.repository import Query
from ..records.vocab import OPEN_ACTION_STATUSES
from . import computed

if TYPE_CHECKING:
    from ..register import Register

LIVE_AGREEMENT_STATUSES = ("active", "renewed")
ACTION_DUE_DAYS = 30  # the dashboard's and alerts' "due soon"


@dataclass(frozen=True)
class ExpiringAgreement:
    id: int
    title: str
    expiry_date: str
    days_left: int  # negative: already past expiry but still marked active
    title_th: str | None = None

    @property
    def overdue(self) -> bool:
        """Past its expiry (its last possible day, for a partial date) yet still marked
        active: someone has to renew it or mark it expired."""
        return self.days_left < 0


@dataclass(frozen=True)
class DormantPartner:
    id: int
    name: str
    last_activity: str | None  # None: no activity recorded at all
    name_th: str | None = None


def expiring_agreements(reg: Register, *, days: int = 180,
                        today: _dt.date | None = None) -> list[ExpiringAgreement]:
    """Active agreements whose expiry falls within ``days`` from today, or passed within the
    last ``days`` while the agreement is still marked active; soonest first."""
    conn = reg.conn
    today = today or _dt.date.today()
    horizon = today + _dt.timedelta(days=days)
    since = today - _dt.timedelta(days=days)
    # Stored dates may be partial ("2025"); compare as text first (cheap, uses the index),
    # then on the last day the partial date can mean.
    rows = conn.execute(
        # "+deleted_at": steer the planner to the expiry index, not the list index
        "SELECT id, title_en, expiry_date, title_th FROM agreements WHERE +deleted_at IS NULL "
        f"AND status IN ({', '.join('?' * len(LIVE_AGREEMENT_STATUSES))}) "
        "AND expiry_date >= ? AND expiry_date <= ?",
        (*LIVE_AGREEMENT_STATUSES, str(since.year), horizon.isoformat()))
    out = []
    for rid, title, expiry, title_th in rows:
        if not dates.is_valid(expiry):
            continue
        last = dates.latest_day(expiry)
        if since <= last <= horizon:
            out.append(ExpiringAgreement(rid, title, expiry, (last - today).days, title_th))
    return sorted(out, key=lambda a: a.days_left)


def split_overdue(found: list[ExpiringAgreement]
                  ) -> tuple[list[ExpiringAgreement], list[ExpiringAgreement]]:
    """(still to expire, soonest first; expired but still marked active, most recent
    first): two different jobs for the office, shown apart."""
    coming = [a for a in found if not a.overdue]
    overdue = sorted((a for a in found if a.overdue), key=lambda a: -a.days_left)
    return coming, overdue


@dataclass(frozen=True)
class DueAction:
    """A follow-up action still to do, due soon or overdue."""

    id: int
    title: str
    due_date: str | None
    days_left: int | None  # to its due date's last day; negative: overdue; None: no date
    status: str
    title_th: str | None = None
    unit: str | None = None  # the owner unit's name
    partners: str | None = None  # "Seoul; Busan"

    @property
    def overdue(self) -> bool:
        return (self.days_left is not None and self.days_left < 0
                and self.status in OPEN_ACTION_STATUSES)


def due_actions(reg: Register, *, days: int = ACTION_DUE_DAYS, today: _dt.date | None = None,
                language: str = "en") -> list[DueAction]:
    """Open and in-progress actions due within ``days`` from today or already overdue,
    soonest due first. A partial due date ("2026-12") is due by its last day."""
    today = today or _dt.date.today()
    horizon = today + _dt.timedelta(days=days)
    unit = computed.names("action", "unit_id", trash="show", language=language)
    partners = computed.names("action", "partner_ids", trash="hide", language=language)
    # As text first (a partial date sorts before the days it means), then on its last day.
    rows = reg.conn.execute(
        f"SELECT t.id, t.title_en, t.due_date, t.status, t.title_th, {unit}, {partners} "
        "FROM actions t WHERE t.deleted_at IS NULL "
        f"AND t.status IN ({', '.join('?' * len(OPEN_ACTION_STATUSES))}) "
        "AND t.due_date IS NOT NULL AND t.due_date <= ?",
        (*OPEN_ACTION_STATUSES, horizon.isoformat()))
    out = []
    for rid, title, due, status, title_th, unit_name, partner_names in rows:
        if not dates.is_valid(due):
            continue
        left = (dates.latest_day(due) - today).days
        if left <= days:
            out.append(DueAction(rid, title, due, left, status, title_th, unit_name,
                                 partner_names))
    return sorted(out, key=lambda a: (a.days_left, a.id))


def follow_up_actions(reg: Register, query: Query, *, today: _dt.date | None = None,
                      language: str = "en") -> list[DueAction]:
    """The actions ``query`` selects (as the list filters them), by due date, those
    without one last; ``days_left`` counted to each due date's last day."""
    today = today or _dt.date.today()
    where, params = reg.records.where_clause(SPECS["action"], query)
    unit = computed.names("action", "unit_id", trash="show", language=language)
    partners = computed.names("action", "partner_ids", trash="hide", language=language)
    rows = reg.conn.execute(
        f"SELECT t.id, t.title_en, t.due_date, t.status, t.title_th, {unit}, {partners} "
        f"FROM actions t WHERE {where}", params)
    found = [DueAction(rid, title, due, (dates.latest_day(due) - today).days
                       if due and dates.is_valid(due) else None, status, title_th, unit_name,
                       partner_names)
             for rid, title, due, status, title_th, unit_name, partner_names in rows]
    # by the last day each due date means ("2026-11" after "2026-11-25")
    return sorted(found, key=lambda a: (a.days_left is None, a.days_left or 0, a.id))


def split_due(found: list[DueAction]) -> tuple[list[DueAction], list[DueAction]]:
    """(due within the horizon, soonest first; overdue, longest overdue first)."""
    return ([a for a in found if not a.overdue], [a for a in found if a.overdue])


def dormant_partners(reg: Register, *, years: int = 3, today: _dt.date | None = None,
                     language: str = "en") -> list[DormantPartner]:
    """Active partners with no activity in the last ``years`` years (or none ever), longest
    quiet first, then by name in ``language`` (the Thai name where there is one)."""
    conn = reg.conn
    today = today or _dt.date.today()
    try:
        cutoff = today.replace(year=today.year - years)
    except ValueError:  # 29 February
        cutoff = today.replace(year=today.year - years, day=28)
    last = computed.latest("activity", "partner_ids", "start_date", record="p.id")
    rows = conn.execute(
        f"SELECT p.id, p.name_en, p.name_th, {last} AS last FROM partners p "
        "WHERE p.deleted_at IS NULL AND p.status = 'active'")
    out = [DormantPartner(pid, name, last, name_th) for pid, name, name_th, last in rows
           if last is None or dates.latest_day(last) < cutoff]
    if language == "th":
        return sorted(out, key=lambda d: (d.last_activity or "",
                                          sort_key(d.name_th or d.name)))
    return sorted(out, key=lambda d: (d.last_activity or "", d.name.casefold()))
