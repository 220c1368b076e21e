"""Partial ISO-8601 dates ("2012", "2012-02", "2012-02-27") and Buddhist-Era display.

Sources often give only a year, so a date keeps exactly the precision that is known.
"""

from __future__ import annotations

import datetime as _dt
import re

from .errors import ParseError

BE_OFFSET = 543
# ASCII digits only: Thai or full-width digits would pass int() but break year filters in SQL.
_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$", re.ASCII)


def parse_partial(text: str) -> tuple[int, int | None, int | None]:
    """Split a partial ISO date into (year, month, day); raise ParseError (a ValueError) when
    it is not one."""
    m = _PARTIAL.match(text.strip())
    if not m:
        raise ParseError("date.not_iso", text=text)
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else None
    day = int(m.group(3)) if m.group(3) else None
    if month is not None and not 1 <= month <= 12:
        raise ParseError("date.no_month", text=text, month=month)
    if day is not None:
        try:
            _dt.date(year, month or 1, day)
        except ValueError:
            raise ParseError("date.no_day", text=text) from None
    if year < 1800 or year > 2200:
        raise ParseError("date.stored_year", text=text, year=year)
    return year, month, day


def is_valid(text: str | None) -> bool:
    if not text:
        return True
    try:
        parse_partial(text)
    except ValueError:
        return False
    return True


def latest_day(text: str) -> _dt.date:
    """The last day a partial date can mean ("2025" -> 2025-12-31), used for expiry."""
    year, month, day = parse_partial(text)
    if day is not None:
        return _dt.date(year, month or 1, day)
    if month is None:
        return _dt.date(year, 12, 31)
    nxt = _dt.date(year + (month == 12), month % 12 + 1, 1)
    return nxt - _dt.timedelta(days=1)


def earliest_day(text: str) -> _dt.date:
    year, month, day = parse_partial(text)
    return _dt.date(year, month or 1, day or 1)


def format_date(text: str | None, calendar: str = "gregorian") -> str:
    """Show a stored date as D/M/YYYY in the chosen calendar ("gregorian" or "buddhist")."""
    if not text:
        return ""
    year, month, day = parse_partial(text)
    if calendar == "buddhist":
        year += BE_OFFSET
    if day is not None:
        return f"{day}/{month}/{year}"
    if month is not None:
        return f"{month}/{year}"
    return str(year)


def now_iso() -> str:
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")


def format_timestamp(ts: str | None, calendar: str = "gregorian") -> str:
    """A stored time stamp (ISO, UTC: audit log, last save, trash) as D/M/YYYY HH:MM in this
    computer's time zone and the chosen calendar."""
    if not ts:
        return ""
    try:
        moment = _dt.datetime.fromisoformat(ts)
    except ValueError:
        return ts
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=_dt.UTC)
    local = moment.astimezone()
    return f"{format_date(local.date().isoformat(), calendar)} {local:%H:%M}"
