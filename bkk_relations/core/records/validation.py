"""The rules a record must meet before it is saved. Each rule adds a Problem; a record that
breaks several rules gets all of them back at once, in one ValidationError."""

from __future__ import annotations

import dataclasses
import functools
import re
import sqlite3

import pycountry

from .. import dates
from ..errors import Problem, ValidationError
from ..excel.limits import MAX_CELL_CHARS
from ..places.regions import REGIONS
from . import vocab
from .models import Activity, Agreement, Contact, Partner, Project, Record, Unit
from .normalise import name_key

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")


@dataclasses.dataclass(frozen=True)
class TextRule:
    """How long a kind of text may be, and whether it may run over several lines."""

    max_chars: int
    multiline: bool = False


# Every text field by kind, declared once. Names and titles stay short enough to show in a
# list and to match again on import; notes stay within what an Excel cell holds, so that an
# export imports back unchanged.
TEXT_RULES = {"name": TextRule(300), "code": TextRule(50), "tag": TextRule(100),
              "line": TextRule(2_000), "text": TextRule(MAX_CELL_CHARS, multiline=True)}
TEXT_FIELDS = {
    "name_en": "name", "name_th": "name", "title_en": "name", "title_th": "name",
    "name": "name", "acronym": "code", "currency": "code", "website": "line",
    "email": "line", "phone": "line", "position": "line", "languages": "line",
    "place": "line", "source": "line", "signatories": "line", "renewal_terms": "line",
    "funding_source": "line", "notes": "text", "outcomes": "text", "summary": "text",
}
# C0 and C1 controls, DEL, and lone surrogates (bytes a file could not decode); a
# multi-line text may hold tabs and line breaks.
_FORBIDDEN = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_FORBIDDEN_MULTILINE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def text_problem(value: str, kind: str) -> str | None:
    """Why ``value`` cannot be kept as a text of ``kind`` (see TEXT_RULES), or None."""
    rule = TEXT_RULES[kind]
    if len(value) > rule.max_chars:
        return (f"This text is {len(value):,} characters long; at most {rule.max_chars:,} "
                "are allowed here.")
    m = (_FORBIDDEN_MULTILINE if rule.multiline else _FORBIDDEN).search(value)
    if m is None:
        return None
    ch, at = m.group(), m.start() + 1
    if ch in "\r\n":
        return "A line break is not allowed here; write this on one line."
    if "\ud800" <= ch <= "\udfff":
        return (f"Character {at:,} is not valid text (U+{ord(ch):04X}, left by bytes that "
                "could not be decoded); retype it.")
    return (f"Character {at:,} is an invisible control character (U+{ord(ch):04X}); "
            "remove it.")


class _Checker:
    def __init__(self, before: Record | None = None) -> None:
        self.problems: list[Problem] = []
        self.before = before

    def add(self, field: str, message: str) -> None:
        self.problems.append(Problem(field, message))

    def required(self, field: str, value: object, what: str) -> None:
        if value is None or (isinstance(value, str) and not value.strip()):
            self.add(field, f"{what} is required.")

    def choice(self, field: str, value: object, allowed: dict, what: str) -> None:
        if value not in allowed:
            known = ", ".join(str(k) for k in allowed)
            self.add(field, f"'{value}' is not a known {what}; use one of: {known}.")

    def choices(self, field: str, values: list, allowed: dict, what: str) -> None:
        for v in values:
            self.choice(field, v, allowed, what)

    def date(self, field: str, value: str | None) -> bool:
        if value and not dates.is_valid(value):
            try:
                dates.parse_partial(value)
            except ValueError as exc:
                self.add(field, f"{exc}.")
            return False
        return True

    def date_order(self, first: str, first_value: str | None, last: str,
                   last_value: str | None, message: str) -> None:
        if (first_value and last_value and dates.is_valid(first_value)
                and dates.is_valid(last_value)
                and dates.latest_day(last_value) < dates.earliest_day(first_value)):
            self.add(last, message)

    def sdgs(self, values: list) -> None:
        for v in values:
            if not isinstance(v, int) or isinstance(v, bool) or not 1 <= v <= 17:
                self.add("sdgs", f"SDG '{v}' does not exist; SDGs are numbered 1 to 17.")

    def exists(self, conn: sqlite3.Connection, field: str, table: str, ids: list,
               what: str) -> None:
        # A link the record already had is kept when its target has gone to the trash since
        # (it is shown as in the trash); only a new link to a record in the trash is refused.
        had = getattr(self.before, field, None)
        kept = set(had) if isinstance(had, list) else {had}
        for i in ids:
            row = conn.execute(f"SELECT deleted_at FROM {table} WHERE id = ?", (i,)).fetchone()
            if row is None:
                self.add(field, f"There is no {what} with id {i}.")
            elif row[0] is not None and i not in kept:
                self.add(field, f"The {what} with id {i} is in the trash; restore it first.")

    def raise_if_any(self) -> None:
        if self.problems:
            raise ValidationError(self.problems)


@functools.lru_cache(maxsize=512)
def country_name(code: str | None) -> str | None:
    if not code:
        return None
    country = pycountry.countries.get(alpha_2=code.upper())
    return country.name if country else None


def _partner(conn: sqlite3.Connection, p: Partner, c: _Checker) -> None:
    c.required("name_en", p.name_en, "The English name")
    c.choice("kind", p.kind, vocab.PARTNER_KINDS, "partner kind")
    if p.kind == "organisation":
        if p.org_type is None:
            c.add("org_type", "Choose the type of organisation (e.g. city network, UN agency).")
        else:
            c.choice("org_type", p.org_type, vocab.ORG_TYPES, "organisation type")
    elif p.org_type is not None:
        c.add("org_type", "A city has no organisation type; leave it empty.")
    if p.kind == "city" and not p.country:
        c.add("country", "A city needs its country.")
    if p.country and country_name(p.country) is None:
        c.add("country", f"'{p.country}' is not an ISO-3166 country code (e.g. TH, KR, JP).")
    if p.region is not None and p.region not in REGIONS:
        c.add("region", f"'{p.region}' is not a known region; use one of: {', '.join(REGIONS)}.")
    c.choice("status", p.status, vocab.PARTNER_STATUSES, "partner status")
    if p.latitude is not None and not -90 <= p.latitude <= 90:
        c.add("latitude", "Latitude must be between -90 and 90.")
    if p.longitude is not None and not -180 <= p.longitude <= 180:
        c.add("longitude", "Longitude must be between -180 and 180.")
    if p.website and not re.match(r"^https?://\S+$", p.website):
        c.add("website", "A website address starts with http:// or https://.")
    if p.name_en and p.name_en.strip() and p.kind in vocab.PARTNER_KINDS:
        row = conn.execute(
            "SELECT id, name_en FROM partners WHERE kind = ? AND name_key = ? "
            "AND coalesce(country, '') = ? AND deleted_at IS NULL AND id IS NOT ?",
            (p.kind, name_key(p.name_en), (p.country or "").upper(), p.id),
        ).fetchone()
        if row:
            c.add("name_en", f"'{row[1]}' (id {row[0]}) is already recorded with this kind and "
                             "country; open that record instead of adding it twice.")


def _unit(conn: sqlite3.Connection, u: Unit, c: _Checker) -> None:
    c.required("name_en", u.name_en, "The English name")
    c.choice("unit_type", u.unit_type, vocab.UNIT_TYPES, "unit type")


def _agreement(conn: sqlite3.Connection, a: Agreement, c: _Checker) -> None:
    c.required("title_en", a.title_en, "The English title")
    c.choice("agreement_type", a.agreement_type, vocab.AGREEMENT_TYPES, "agreement type")
    c.choice("status", a.status, vocab.AGREEMENT_STATUSES, "agreement status")
    for f in ("signed_date", "effective_date", "expiry_date"):
        c.date(f, getattr(a, f))
    c.date_order("signed_date", a.signed_date, "expiry_date", a.expiry_date,
                 "The expiry date is before the signing date.")
    c.choices("sectors", a.sectors, vocab.SECTORS, "sector")
    c.sdgs(a.sdgs)
    c.exists(conn, "party_ids", "partners", a.party_ids, "partner")


def _project(conn: sqlite3.Connection, p: Project, c: _Checker) -> None:
    c.required("title_en", p.title_en, "The English title")
    c.choice("status", p.status, vocab.PROJECT_STATUSES, "project status")
    c.date("start_date", p.start_date)
    c.date("end_date", p.end_date)
    c.date_order("start_date", p.start_date, "end_date", p.end_date,
                 "The end date is before the start date.")
    if p.budget is not None and p.budget < 0:
        c.add("budget", "The budget cannot be negative.")
    c.choices("sectors", p.sectors, vocab.SECTORS, "sector")
    c.sdgs(p.sdgs)
    c.exists(conn, "partner_ids", "partners", p.partner_ids, "partner")
    c.exists(conn, "unit_ids", "units", p.unit_ids, "unit")
    if p.agreement_id is not None:
        c.exists(conn, "agreement_id", "agreements", [p.agreement_id], "agreement")


def _activity(conn: sqlite3.Connection, a: Activity, c: _Checker) -> None:
    c.required("title_en", a.title_en, "The English title")
    c.choice("activity_type", a.activity_type, vocab.ACTIVITY_TYPES, "activity type")
    c.required("start_date", a.start_date, "The date")
    c.date("start_date", a.start_date)
    c.date("end_date", a.end_date)
    c.date_order("start_date", a.start_date, "end_date", a.end_date,
                 "The end date is before the start date.")
    if a.participants is not None and a.participants < 0:
        c.add("participants", "The number of participants cannot be negative.")
    c.exists(conn, "partner_ids", "partners", a.partner_ids, "partner")
    if a.project_id is not None:
        c.exists(conn, "project_id", "projects", [a.project_id], "project")
    if a.agreement_id is not None:
        c.exists(conn, "agreement_id", "agreements", [a.agreement_id], "agreement")


def _contact(conn: sqlite3.Connection, k: Contact, c: _Checker) -> None:
    c.required("name", k.name, "The name")
    if k.partner_id is None:
        c.add("partner_id", "Choose the partner this person works for.")
    else:
        c.exists(conn, "partner_id", "partners", [k.partner_id], "partner")
    if k.email and not _EMAIL.match(k.email.strip()):
        c.add("email", f"'{k.email}' is not an e-mail address (name@example.org).")


_RULES = {Partner: _partner, Unit: _unit, Agreement: _agreement, Project: _project,
          Activity: _activity, Contact: _contact}


def _texts(record: Record, c: _Checker) -> None:
    for f in dataclasses.fields(record):
        kind = TEXT_FIELDS.get(f.name)
        value = getattr(record, f.name)
        if kind and isinstance(value, str):
            message = text_problem(value, kind)
            if message:
                c.add(f.name, message)
    for tag in record.tags:
        message = text_problem(str(tag), "tag")
        if message:
            shown = _FORBIDDEN.sub("\ufffd", str(tag)[:40])  # the message stays one line
            c.add("tags", f"Tag “{shown}”: {message}")


def problems(conn: sqlite3.Connection, record: Record, *, texts: bool = True,
             before: Record | None = None) -> list[Problem]:
    """Every problem with ``record``; an empty list means it can be saved. ``texts``
    False leaves out the rules on the text itself (length, control characters), for a
    record put back unchanged (restored from the trash). ``before`` is the record as
    stored, whose links to records in the trash may stay."""
    checker = _Checker(before)
    _RULES[type(record)](conn, record, checker)
    for tag in record.tags:
        if not str(tag).strip():
            checker.add("tags", "A tag cannot be empty.")
    if texts:
        _texts(record, checker)
    return checker.problems


def validate(conn: sqlite3.Connection, record: Record, *, texts: bool = True,
             before: Record | None = None) -> None:
    """Raise one ValidationError listing every problem with ``record``."""
    found = problems(conn, record, texts=texts, before=before)
    if found:
        raise ValidationError(found)
