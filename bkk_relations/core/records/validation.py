"""The rules a record must meet before it is saved. Each rule adds a Problem (a field, a
message code and its parameters); a record that breaks several rules gets all of them back
at once, in one ValidationError."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable
from typing import Any

import pycountry

from .. import dates, fields
from ..errors import ParseError, Problem, ValidationError
from ..excel.limits import MAX_CELL_CHARS
from ..messages import Msg
from ..places.regions import REGIONS
from ..storage.protocols import Connection
from . import vocab
from .models import (
    SPECS,
    Action,
    Activity,
    Agreement,
    Contact,
    Framework,
    Goal,
    Lesson,
    Partner,
    Project,
    Record,
    Unit,
    reference,
    spec_of,
)
from .normalise import name_key

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")


@dataclasses.dataclass(frozen=True)
class TextRule:
    """How long a kind of text may be, and whether it may run over several lines."""

    max_chars: int
    multiline: bool = False


# The rules of each kind of text (the field registry gives each text field its kind). Names
# and titles stay short enough to show in a list and to match again on import; notes stay
# within what an Excel cell holds, so that an export imports back unchanged.
TEXT_RULES = {"name": TextRule(300), "code": TextRule(50), "tag": TextRule(100),
              "line": TextRule(2_000), "text": TextRule(MAX_CELL_CHARS, multiline=True)}
# C0 and C1 controls, DEL, and lone surrogates (bytes a file could not decode); a
# multi-line text may hold tabs and line breaks.
_FORBIDDEN = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_FORBIDDEN_MULTILINE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
# The name of each vocabulary in a sentence ("'x' is not a known partner kind").
_VOCAB_TERMS = {"PARTNER_KINDS": "term.partner_kind", "ORG_TYPES": "term.org_type",
                "PARTNER_STATUSES": "term.partner_status",
                "AGREEMENT_TYPES": "term.agreement_type",
                "AGREEMENT_STATUSES": "term.agreement_status",
                "PROJECT_STATUSES": "term.project_status",
                "ACTIVITY_TYPES": "term.activity_type", "UNIT_TYPES": "term.unit_type",
                "SECTORS": "term.sector", "ACTION_STATUSES": "term.action_status",
                "LESSON_STAGES": "term.lesson_stage"}


def text_problem(value: str, kind: str) -> Msg | None:
    """Why ``value`` cannot be kept as a text of ``kind`` (see TEXT_RULES), or None."""
    rule = TEXT_RULES[kind]
    if len(value) > rule.max_chars:
        return Msg("text.too_long", {"length": len(value), "most": rule.max_chars})
    m = (_FORBIDDEN_MULTILINE if rule.multiline else _FORBIDDEN).search(value)
    if m is None:
        return None
    ch, at = m.group(), m.start() + 1
    if ch in "\r\n":
        return Msg("text.line_break")
    if "\ud800" <= ch <= "\udfff":
        return Msg("text.undecodable", {"at": at, "char": f"{ord(ch):04X}"})
    return Msg("text.control", {"at": at, "char": f"{ord(ch):04X}"})


class _Checker:
    def __init__(self, before: Record | None = None) -> None:
        self.problems: list[Problem] = []
        self.before = before

    def add(self, field: str, code: str, **params: object) -> None:
        self.problems.append(Problem(field, code, params))

    def required(self, field: str, value: object, code: str) -> None:
        if value is None or (isinstance(value, str) and not value.strip()):
            self.add(field, code)

    def choice(self, field: str, value: object, allowed: str) -> None:
        table = getattr(vocab, allowed)
        if value not in table:
            self.add(field, "choice.unknown", value=value, what=Msg(_VOCAB_TERMS[allowed]),
                     known=", ".join(str(k) for k in table))

    def choices(self, field: str, values: list, allowed: str) -> None:
        for v in values:
            self.choice(field, v, allowed)

    def date(self, field: str, value: str | None) -> None:
        if value and not dates.is_valid(value):
            try:
                dates.parse_partial(value)
            except ParseError as exc:
                self.add(field, "date.invalid", problem=Msg(exc.code, exc.params))

    def date_order(self, first: str, first_value: str | None, last: str,
                   last_value: str | None, code: str) -> None:
        if (first_value and last_value and dates.is_valid(first_value)
                and dates.is_valid(last_value)
                and dates.latest_day(last_value) < dates.earliest_day(first_value)):
            self.add(last, code)

    def sdgs(self, values: list) -> None:
        for v in values:
            if not isinstance(v, int) or isinstance(v, bool) or not 1 <= v <= 17:
                self.add("sdgs", "sdg.unknown", value=v)

    def exists(self, conn: Connection, record: Record, field: str, ids: list) -> None:
        # A link the record already had is kept when its target has gone to the trash since
        # (it is shown as in the trash); only a new link to a record in the trash is refused.
        target = reference(spec_of(record).name, field).target
        had = getattr(self.before, field, None)
        kept = set(had) if isinstance(had, list) else {had}
        what = Msg(f"term.{target}")
        for i in ids:
            row = conn.execute(f"SELECT deleted_at FROM {SPECS[target].table} WHERE id = ?",
                               (i,)).fetchone()
            if row is None:
                self.add(field, "link.missing", what=what, id=i)
            elif row[0] is not None and i not in kept:
                self.add(field, "link.in_trash", what=what, id=i)


@functools.lru_cache(maxsize=512)
def country_name(code: str | None) -> str | None:
    if not code:
        return None
    country = pycountry.countries.get(alpha_2=code.upper())
    return country.name if country else None


_WEBSITE = re.compile(r"^https?://\S+$")


def _partner(conn: Connection, p: Partner, c: _Checker) -> None:
    c.required("name_en", p.name_en, "required.name_en")
    c.choice("kind", p.kind, "PARTNER_KINDS")
    if p.kind == "organisation":
        if p.org_type is None:
            c.add("org_type", "partner.org_type_missing")
        else:
            c.choice("org_type", p.org_type, "ORG_TYPES")
    elif p.org_type is not None:
        c.add("org_type", "partner.city_org_type")
    if p.kind == "city" and not p.country:
        c.add("country", "partner.city_country")
    if p.country and country_name(p.country) is None:
        c.add("country", "partner.country_code", value=p.country)
    if p.region is not None and p.region not in REGIONS:
        c.add("region", "partner.region", value=p.region, known=", ".join(REGIONS))
    c.choice("status", p.status, "PARTNER_STATUSES")
    if p.latitude is not None and not -90 <= p.latitude <= 90:
        c.add("latitude", "partner.latitude")
    if p.longitude is not None and not -180 <= p.longitude <= 180:
        c.add("longitude", "partner.longitude")
    if p.website and not _WEBSITE.match(p.website):
        c.add("website", "partner.website")
    if p.name_en and p.name_en.strip() and p.kind in vocab.PARTNER_KINDS:
        row = conn.execute(
            "SELECT id, name_en FROM partners WHERE kind = ? AND name_key = ? "
            "AND coalesce(country, '') = ? AND deleted_at IS NULL AND id IS NOT ?",
            (p.kind, name_key(p.name_en), (p.country or "").upper(), p.id),
        ).fetchone()
        if row:
            c.add("name_en", "partner.duplicate", name=row[1], id=row[0])


def _unit(conn: Connection, u: Unit, c: _Checker) -> None:
    c.required("name_en", u.name_en, "required.name_en")
    c.choice("unit_type", u.unit_type, "UNIT_TYPES")


def _agreement(conn: Connection, a: Agreement, c: _Checker) -> None:
    c.required("title_en", a.title_en, "required.title_en")
    c.choice("agreement_type", a.agreement_type, "AGREEMENT_TYPES")
    c.choice("status", a.status, "AGREEMENT_STATUSES")
    for f in ("signed_date", "effective_date", "expiry_date"):
        c.date(f, getattr(a, f))
    c.date_order("signed_date", a.signed_date, "expiry_date", a.expiry_date,
                 "date.expiry_before_signed")
    c.choices("sectors", a.sectors, "SECTORS")
    c.sdgs(a.sdgs)
    c.exists(conn, a, "party_ids", a.party_ids)


def _project(conn: Connection, p: Project, c: _Checker) -> None:
    c.required("title_en", p.title_en, "required.title_en")
    c.choice("status", p.status, "PROJECT_STATUSES")
    c.date("start_date", p.start_date)
    c.date("end_date", p.end_date)
    c.date_order("start_date", p.start_date, "end_date", p.end_date, "date.end_before_start")
    if p.budget is not None and p.budget < 0:
        c.add("budget", "project.budget_negative")
    c.choices("sectors", p.sectors, "SECTORS")
    c.sdgs(p.sdgs)
    c.exists(conn, p, "partner_ids", p.partner_ids)
    c.exists(conn, p, "unit_ids", p.unit_ids)
    if p.agreement_id is not None:
        c.exists(conn, p, "agreement_id", [p.agreement_id])


def _activity(conn: Connection, a: Activity, c: _Checker) -> None:
    c.required("title_en", a.title_en, "required.title_en")
    c.choice("activity_type", a.activity_type, "ACTIVITY_TYPES")
    c.required("start_date", a.start_date, "required.date")
    c.date("start_date", a.start_date)
    c.date("end_date", a.end_date)
    c.date_order("start_date", a.start_date, "end_date", a.end_date, "date.end_before_start")
    if a.participants is not None and a.participants < 0:
        c.add("participants", "activity.participants_negative")
    c.exists(conn, a, "partner_ids", a.partner_ids)
    if a.project_id is not None:
        c.exists(conn, a, "project_id", [a.project_id])
    if a.agreement_id is not None:
        c.exists(conn, a, "agreement_id", [a.agreement_id])


def _contact(conn: Connection, k: Contact, c: _Checker) -> None:
    c.required("name", k.name, "required.name")
    if k.partner_id is None and k.unit_id is None:
        c.add("partner_id", "contact.partner_missing")
    elif k.partner_id is not None and k.unit_id is not None:
        c.add("unit_id", "contact.two_owners")
    for attr in ("partner_id", "unit_id"):
        if getattr(k, attr) is not None:
            c.exists(conn, k, attr, [getattr(k, attr)])
    if k.email and not _EMAIL.match(k.email.strip()):
        c.add("email", "contact.email", value=k.email)


def _goals(conn: Connection, record: Any, c: _Checker) -> None:
    c.exists(conn, record, "goal_ids", record.goal_ids)


def _framework(conn: Connection, f: Framework, c: _Checker) -> None:
    c.required("name_en", f.name_en, "required.name_en")
    c.date("period_start", f.period_start)
    c.date("period_end", f.period_end)
    c.date_order("period_start", f.period_start, "period_end", f.period_end,
                 "framework.period_order")


def _goal(conn: Connection, g: Goal, c: _Checker) -> None:
    c.required("name_en", g.name_en, "required.name_en")
    c.required("code", g.code, "goal.code_missing")
    if g.framework_id is None:
        c.add("framework_id", "goal.framework_missing")
        return
    c.exists(conn, g, "framework_id", [g.framework_id])
    if g.code and g.code.strip():
        row = conn.execute(
            "SELECT id, name_en FROM goals WHERE framework_id = ? AND code = ? "
            "AND deleted_at IS NULL AND id IS NOT ?",
            (g.framework_id, g.code.strip(), g.id)).fetchone()
        if row:
            c.add("code", "goal.code_taken", value=g.code.strip(), name=row[1])
    if g.parent_id is not None:
        seen: set[int] = set()
        at: int | None = g.parent_id
        while at is not None and at not in seen:
            if at == g.id:
                c.add("parent_id", "goal.parent_loop")
                return
            seen.add(at)
            row = conn.execute("SELECT framework_id, parent_id, deleted_at FROM goals "
                               "WHERE id = ?", (at,)).fetchone()
            if row is None:
                c.add("parent_id", "link.missing", what=Msg("term.goal"), id=at)
                return
            if at == g.parent_id and row[0] != g.framework_id:
                c.add("parent_id", "goal.parent_elsewhere")
                return
            at = row[1]


def _action(conn: Connection, a: Action, c: _Checker) -> None:
    c.required("title_en", a.title_en, "required.title_en")
    c.choice("status", a.status, "ACTION_STATUSES")
    c.date("due_date", a.due_date)
    c.date("done_date", a.done_date)
    if a.done_date and a.status in vocab.OPEN_ACTION_STATUSES:
        c.add("done_date", "action.done_date_open")
    c.exists(conn, a, "partner_ids", a.partner_ids)
    for attr in ("unit_id", "activity_id", "agreement_id"):
        if getattr(a, attr) is not None:
            c.exists(conn, a, attr, [getattr(a, attr)])
    _goals(conn, a, c)


_STAGE_DATES = (("learned", "learned_date"), ("piloted", "piloted_date"),
                ("scaled_up", "scaled_date"))


def _lesson(conn: Connection, x: Lesson, c: _Checker) -> None:
    c.required("title_en", x.title_en, "required.title_en")
    c.choice("stage", x.stage, "LESSON_STAGES")
    for _, attr in _STAGE_DATES:
        c.date(attr, getattr(x, attr))
    steps = [(attr, getattr(x, attr)) for _, attr in _STAGE_DATES if getattr(x, attr)]
    for (_, first), (attr, last) in zip(steps, steps[1:], strict=False):
        if (dates.is_valid(first) and dates.is_valid(last)
                and dates.latest_day(last) < dates.earliest_day(first)):
            c.add(attr, "lesson.stage_order")
            break
    c.choices("sectors", x.sectors, "SECTORS")
    c.exists(conn, x, "partner_ids", x.partner_ids)
    c.exists(conn, x, "unit_ids", x.unit_ids)
    for attr in ("activity_id", "project_id"):
        if getattr(x, attr) is not None:
            c.exists(conn, x, attr, [getattr(x, attr)])
    _goals(conn, x, c)


def _aligned(rule: Callable[[Connection, Any, _Checker], None]
             ) -> Callable[[Connection, Any, _Checker], None]:
    def check(conn: Connection, record: Any, c: _Checker) -> None:
        rule(conn, record, c)
        _goals(conn, record, c)
    return check


# Each rule takes its own kind of record.
_RULES: dict[type[Record], Callable[[Connection, Any, _Checker], None]] = {
    Partner: _partner, Unit: _unit, Agreement: _aligned(_agreement),
    Project: _aligned(_project), Activity: _aligned(_activity), Contact: _contact,
    Action: _action, Lesson: _lesson, Framework: _framework, Goal: _goal}


def _texts(record: Record, c: _Checker) -> None:
    for attr, kind in fields.text_rules(spec_of(record).name).items():
        value = getattr(record, attr)
        if isinstance(value, str):
            problem = text_problem(value, kind)
            if problem:
                c.add(attr, problem.code, **problem.params)
    for tag in record.tags:
        problem = text_problem(str(tag), "tag")
        if problem:
            shown = _FORBIDDEN.sub("\ufffd", str(tag)[:40])  # the message stays one line
            c.add("tags", "text.tag", tag=shown, problem=problem)


def problems(conn: Connection, record: Record, *, texts: bool = True,
             before: Record | None = None) -> list[Problem]:
    """Every problem with ``record``; an empty list means it can be saved. ``texts``
    False leaves out the rules on the text itself (length, control characters), for a
    record put back unchanged (restored from the trash). ``before`` is the record as
    stored, whose links to records in the trash may stay."""
    checker = _Checker(before)
    _RULES[type(record)](conn, record, checker)
    for tag in record.tags:
        if not str(tag).strip():
            checker.add("tags", "text.tag_empty")
    if texts:
        _texts(record, checker)
    return checker.problems


def validate(conn: Connection, record: Record, *, texts: bool = True,
             before: Record | None = None) -> None:
    """Raise one ValidationError listing every problem with ``record``."""
    found = problems(conn, record, texts=texts, before=before)
    if found:
        raise ValidationError(found, spec_of(record).name)
