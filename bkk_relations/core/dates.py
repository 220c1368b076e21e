"""Partial ISO-8601 dates ("2012", "2012-02", "2012-02-27") and Buddhist-Era display.

Sources often give only a year, so a date keeps exactly the precision that is known.
"""

from __future__ import annotations

import datetime as _dt
import re

from .errors import ParseError

BE_OFFSET = 543
# How a date is written: "numeric" 29/11/2026; "thai" 29 พ.ย. 2569 (the Thai interface);
# "thai_digits" the same in Thai digits, ๒๙ พ.ย. ๒๕๖๙, as official letters write it.
DATE_STYLES = ("numeric", "thai", "thai_digits")
THAI_MONTHS = ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
               "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม")
THAI_MONTHS_SHORT = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.",
                     "ต.ค.", "พ.ย.", "ธ.ค.")
_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
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


def sql_lasts_until(col: str, day: _dt.date) -> str:
    """SQL: the partial date in ``col`` has not ended before ``day`` — its last day is on or
    after it ("2026" and "2026-11" last until 2026-11-30). A plain comparison plus the two
    prefixes of ``day``, so that an index on ``col`` serves it and no function runs per row."""
    iso = day.isoformat()
    return f"({col} >= '{iso}' OR {col} IN ('{iso[:4]}', '{iso[:7]}'))"


def sql_ended_before(col: str, day: _dt.date) -> str:
    """SQL: the partial date in ``col`` is set and its last day is before ``day``."""
    iso = day.isoformat()
    return f"({col} < '{iso}' AND {col} NOT IN ('{iso[:4]}', '{iso[:7]}'))"


def earliest_day(text: str) -> _dt.date:
    year, month, day = parse_partial(text)
    return _dt.date(year, month or 1, day or 1)


def thai_digits(text: str) -> str:
    return text.translate(_THAI_DIGITS)


def format_date(text: str | None, calendar: str = "gregorian", style: str = "numeric") -> str:
    """Show a stored date in the chosen calendar ("gregorian" or "buddhist") and style
    (``DATE_STYLES``): D/M/YYYY, or a Thai date with the month's short name."""
    if not text:
        return ""
    year, month, day = parse_partial(text)
    if calendar == "buddhist":
        year += BE_OFFSET
    if style not in ("thai", "thai_digits"):
        if day is not None:
            return f"{day}/{month}/{year}"
        if month is not None:
            return f"{month}/{year}"
        return str(year)
    parts = [str(day)] if day is not None else []
    if month is not None:
        parts.append(THAI_MONTHS_SHORT[month - 1])
    parts.append(str(year))
    shown = " ".join(parts)
    return thai_digits(shown) if style == "thai_digits" else shown


def now_iso() -> str:
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")


def format_timestamp(ts: str | None, calendar: str = "gregorian", style: str = "numeric"
                     ) -> str:
    """A stored time stamp (ISO, UTC: audit log, last save, trash) as D/M/YYYY HH:MM in this
    computer's time zone, the chosen calendar and date style."""
    if not ts:
        return ""
    try:
        moment = _dt.datetime.fromisoformat(ts)
    except ValueError:
        return ts
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=_dt.UTC)
    local = moment.astimezone()
    shown = f"{format_date(local.date().isoformat(), calendar, style)} {local:%H:%M}"
    return thai_digits(shown) if style == "thai_digits" else shown
