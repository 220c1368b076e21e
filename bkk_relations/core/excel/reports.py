"""The ready-made reports: Partner list, Agreement register, Project portfolio, Activity log,
Follow-up tracker, Lessons brought home and the Partner profile workbook.

Each report streams its rows from one SQL query into the writer (no list of records is built,
so memory stays flat at 100k rows). Columns that are record fields carry the same headers the
importer matches, so a report imports back; report-only columns (ties, focal point, last
activity, days to expiry, ID) are ignored by the importer.

An .xlsx report shows by default the columns a printed A4 page can hold (``PAPER``);
``all_columns`` gives every column (``SHEETS``), as a .csv report always has, so that the
file imports back unchanged.
"""

from __future__ import annotations

import datetime as _dt
import functools
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import dates, fields
from ..errors import CoreError
from ..places import countries
from ..places.regions import REGION_TH
from ..records import vocab
from ..records.models import SPECS, Partner
from ..records.repository import Query, sort_column
from ..records.vocab import OPEN_ACTION_STATUSES
from ..strategy.alignment import goal_labels
from ..views import computed
from ..views.alerts import ACTION_DUE_DAYS, LIVE_AGREEMENT_STATUSES
from .export import (
    ENTITY_NAMES,
    ExportOptions,
    ExportResult,
    converter,
    describe_query,
    filters_note,
    home_city,
    long_date,
    out_kind,
    title_line,
    tr,
    tuple_rows,
    write_filters_sheet,
    write_rows,
)
from .writer import Book, OutColumn, open_book, output_format

if TYPE_CHECKING:
    from ..register import Register

REPORTS = {
    "partners": ("Partner list", "รายชื่อคู่ความร่วมมือ"),
    "agreements": ("Agreement register", "ทะเบียนความตกลง"),
    "projects": ("Project portfolio", "ภาพรวมโครงการ"),
    "activities": ("Activity log", "บันทึกกิจกรรม"),
    "actions": ("Follow-up tracker", "ติดตามเรื่องที่ต้องดำเนินการ"),
    "lessons": ("Lessons brought home", "บทเรียนที่นำมาปรับใช้"),
    "profile": ("Partner profile", "ข้อมูลคู่ความร่วมมือ"),
}
REPORT_ENTITY = {"partners": "partner", "agreements": "agreement", "projects": "project",
                 "activities": "activity", "actions": "action", "lessons": "lesson",
                 "profile": "partner"}
EXPIRY_WARNING_DAYS = 180  # as the dashboard's "expiring soon"

_NOTES = {
    "agreements": ("Amber: expires within %d days. Red: past its expiry date but still "
                   "marked active.",
                   "สีเหลือง: หมดอายุภายใน %d วัน  สีแดง: เลยวันหมดอายุแล้วแต่ยังมีสถานะมีผล"),
    "actions": ("Amber: due within %d days. Red: overdue (a month or a year is due by its "
                "last day).",
                "สีเหลือง: ครบกำหนดภายใน %d วัน  สีแดง: เกินกำหนดแล้ว "
                "(กำหนดเป็นเดือนหรือปี ถือวันสุดท้ายของเดือนหรือปีนั้น)"),
}
_NOTE_DAYS = {"agreements": EXPIRY_WARNING_DAYS, "actions": ACTION_DUE_DAYS}

_FOCAL = ("(SELECT {0} FROM contacts c WHERE c.partner_id = t.id AND c.is_focal_point = 1 "
          "AND c.deleted_at IS NULL ORDER BY c.id LIMIT 1)")


def _focal(alias: str, language: str) -> str:
    """The focal point's name and e-mail in one value (split when read): in a Thai report
    the contact's Thai name, the other one where it has none."""
    name = computed.label("contact", alias, language)
    return f"{name} || char(31) || coalesce({alias}.email, '')"


# The report columns worked out from linked records (the others are the record's own), the
# linked records named in the report's language (an import finds them by either name).
@functools.cache
def _sql(language: str) -> dict[str, dict[str, str]]:
    def names(owner: str, attr: str, trash: str = "hide") -> str:
        return computed.names(owner, attr, trash=trash, language=language)

    return {
        "partner": {
            "ties": computed.live_count("agreement", "party_ids"),
            "last_activity": computed.latest("activity", "partner_ids", "start_date"),
            "focal_point": _FOCAL.format(_focal("c", language)),
            "focal_email": "NULL",
        },
        "agreement": {
            "parties": names("agreement", "party_ids"),
            "sectors": computed.values("agreement", "sectors", ","),
            "sdgs": computed.values("agreement", "sdgs", ", "),
            "goals": goal_labels("agreement", language),
            "days_to_expiry": "t.expiry_date",
        },
        "project": {
            "partners": names("project", "partner_ids"),
            "units": names("project", "unit_ids"),
            "agreement": names("project", "agreement_id"),
            "sectors": computed.values("project", "sectors", ","),
            "sdgs": computed.values("project", "sdgs", ", "),
            "goals": goal_labels("project", language),
        },
        "activity": {
            "partners": names("activity", "partner_ids"),
            "project": names("activity", "project_id"),
            "agreement": names("activity", "agreement_id"),
            "goals": goal_labels("activity", language),
        },
        "contact": {
            "partner": names("contact", "partner_id", trash="show"),
            "unit": names("contact", "unit_id", trash="show"),
        },
        "action": {
            "partners": names("action", "partner_ids"),
            "unit": names("action", "unit_id", trash="show"),
            "activity": names("action", "activity_id", trash="show"),
            "agreement": names("action", "agreement_id", trash="show"),
            # the due date of an action still to do (the converter counts the days past it)
            "overdue_days": "CASE WHEN t.status IN ('open', 'in_progress') "
                            "THEN t.due_date END",
        },
        "lesson": {
            "partners": names("lesson", "partner_ids"),
            "units": names("lesson", "unit_ids"),
            "activity": names("lesson", "activity_id", trash="show"),
            "project": names("lesson", "project_id", trash="show"),
            "sectors": computed.values("lesson", "sectors", ","),
        },
    }


# For long exports the partners' ties and last activity are computed in one grouped pass
# each and joined (about twice as fast at 100k partners as a lookup per row); short
# exports keep the lookups, which touch only their own partners.
BULK_ROWS = 5000
_TIES, _TIES_JOIN = computed.grouped("agreement", "party_ids", "count(*)", "ties_")


@functools.cache
def _joins(language: str) -> dict[str, dict[str, tuple[str, str]]]:
    return {
        "partner": {
            "ties": (f"coalesce({_TIES}, 0)", _TIES_JOIN),
            "last_activity": computed.grouped("activity", "partner_ids", "max(o.start_date)",
                                              "last_"),
            "focal_point": (_focal("focal_", language),
                            "LEFT JOIN (SELECT c.partner_id AS pid, c.name, c.name_th, "
                            "c.email FROM contacts c JOIN (SELECT min(id) AS id FROM contacts "
                            "WHERE is_focal_point = 1 AND deleted_at IS NULL GROUP BY "
                            "partner_id) m ON m.id = c.id) focal_ ON focal_.pid = t.id"),
        },
    }


@dataclass(frozen=True)
class SheetDef:
    entity: str
    keys: tuple[str, ...]
    order: str


# Each report's sheet: its columns (the field registry's report columns) and its order.
# (A name's order is its stored sort key, in the report's language: records.sort_keys.)
_BY_NAME = "t.sort_en"
_ORDER = {"partner": _BY_NAME, "agreement": _BY_NAME, "project": _BY_NAME,
          "activity": "t.start_date", "contact": _BY_NAME,
          "action": "coalesce(t.due_date, '9999')", "lesson": _BY_NAME}
SHEETS = {e: SheetDef(e, tuple(c.key for c in fields.report_columns(e)), order)
          for e, order in _ORDER.items()}
# The columns of a report on paper: what identifies a record and what a reader of the
# printout asks first (the focal point's name and e-mail come from one lookup: both or none).
PAPER = {
    "partner": ("name_en", "name_th", "kind", "country", "status", "ties", "focal_point",
                "focal_email", "last_activity"),
    "agreement": ("title_en", "title_th", "agreement_type", "status", "parties",
                  "signed_date", "expiry_date", "days_to_expiry"),
    "project": ("title_en", "title_th", "status", "partners", "units", "start_date",
                "end_date", "budget"),
    "activity": ("start_date", "title_en", "title_th", "activity_type", "partners", "place",
                 "participants"),
    "contact": ("name", "name_th", "position", "email", "phone", "is_focal_point"),
    "action": ("due_date", "title_en", "title_th", "status", "overdue_days", "partners",
               "unit"),
    "lesson": ("title_en", "title_th", "stage", "partners", "units", "scaled_date"),
}
PAPER_SHEETS = {e: SheetDef(e, keys, SHEETS[e].order) for e, keys in PAPER.items()}
_LABELS = ("name_en", "title_en", "name")


def key_columns(keys: Sequence[str]) -> int:
    """How many leading columns name the record (repeated on every printed page): up to
    its name or title (an activity's date and title)."""
    return next((i + 1 for i, k in enumerate(keys[:3]) if k in _LABELS), 1)


def column_defs(entity: str, keys: Sequence[str], language: str) -> list[tuple[str, str, str]]:
    """(key, kind, title) of a sheet's columns."""
    columns = {c.key: c for c in fields.report_columns(entity)}
    return [(key, columns[key].data, columns[key].title_in(language)) for key in keys]


def _select(entity: str, key: str, language: str = "en") -> str:
    spec = SPECS[entity]
    if key == "tags":
        return (f"(SELECT group_concat(name, '; ') FROM (SELECT g.name FROM record_tags r "
                f"JOIN tags g ON g.id = r.tag_id WHERE r.entity = '{entity}' "
                f"AND r.record_id = t.id ORDER BY g.name) AS names)")
    if key in _sql(language).get(entity, {}):
        return _sql(language)[entity][key]
    if key == "id" or key in spec.columns:
        return f"t.{key}"
    raise KeyError(f"no SQL for {entity}.{key}")


def _date_range(date_from: str | None, date_to: str | None) -> tuple[list[str], list]:
    """Activities whose date (possibly partial) can fall within the range."""
    clauses, params = [], []
    if date_from:
        clauses.append("CASE length(t.start_date) WHEN 4 THEN t.start_date || '-12-31' "
                       "WHEN 7 THEN t.start_date || '-31' ELSE t.start_date END >= ?")
        params.append(date_from)
    if date_to:
        clauses.append("t.start_date <= ?")
        params.append(date_to if len(date_to) == 10 else date_to + "-99")
    return clauses, params


def _query_sql(reg: Register, sheet: SheetDef, q: Query, extra_where: list[str],
               extra_params: list, *, bulk: bool = False, language: str = "en"
               ) -> tuple[str, list]:
    spec = SPECS[sheet.entity]
    where, params = reg.records.where_clause(spec, q)  # the same filters as the lists
    where = " AND ".join([where, *extra_where])
    joins = _joins(language).get(sheet.entity, {}) if bulk else {}
    select = ", ".join(joins[k][0] if k in joins else _select(sheet.entity, k, language)
                       for k in sheet.keys)
    joined = "".join(" " + joins[k][1] for k in sheet.keys if k in joins)
    own = q.sort if q.sort and (q.sort in spec.columns or q.sort == "id") else None
    order = f"t.{sort_column(spec, own)}" if own else sheet.order
    if order == _BY_NAME and language == "th":
        order = "t.sort_th"
    direction = " DESC" if q.descending else ""
    sql = (f"SELECT {select} FROM {spec.table} t{joined} WHERE {where} "
           f"ORDER BY {order}{direction}, t.id{direction}")
    return sql, params + extra_params


def _days_left(expiry: object, today: _dt.date) -> int | None:
    if not isinstance(expiry, str) or not dates.is_valid(expiry):
        return None
    return (dates.latest_day(expiry) - today).days


def _agreement_style(keys: Sequence[str], today: _dt.date
                     ) -> Callable[[Sequence[object]], str | None]:
    status_i, expiry_i = keys.index("status"), keys.index("expiry_date")

    def style(raw: Sequence[object]) -> str | None:
        if raw[status_i] not in LIVE_AGREEMENT_STATUSES:
            return None
        days = _days_left(raw[expiry_i], today)
        if days is None or days > EXPIRY_WARNING_DAYS:
            return None
        return "expiring" if days >= 0 else "overdue"

    return style


def _overdue_days(due: object, today: _dt.date) -> int | None:
    days = _days_left(due, today)
    return -days if days is not None and days < 0 else None


def _action_style(keys: Sequence[str], today: _dt.date
                  ) -> Callable[[Sequence[object]], str | None]:
    status_i, due_i = keys.index("status"), keys.index("due_date")

    def style(raw: Sequence[object]) -> str | None:
        if raw[status_i] not in OPEN_ACTION_STATUSES:
            return None
        days = _days_left(raw[due_i], today)
        if days is None or days > ACTION_DUE_DAYS:
            return None
        return "expiring" if days >= 0 else "overdue"

    return style


def _write_sheet(book: Book, reg: Register, sheet: SheetDef, q: Query, opts: ExportOptions,
                 *, name: str, title: str, note: str, extra_where: list[str] | None = None,
                 extra_params: list | None = None, done: int = 0, total: int = 0) -> int:
    lang = opts.language
    defs = column_defs(sheet.entity, sheet.keys, lang)
    sql, params = _query_sql(reg, sheet, q, extra_where or [], extra_params or [],
                             bulk=total > BULK_ROWS, language=lang)
    convs = [converter(kind, lang) for _, kind, _ in defs]
    style = None
    if sheet.entity == "agreement":
        today = opts.day
        convs[sheet.keys.index("days_to_expiry")] = lambda v: _days_left(v, today)
        style = _agreement_style(sheet.keys, today)
    elif sheet.entity == "action":
        today = opts.day
        if "overdue_days" in sheet.keys:
            convs[sheet.keys.index("overdue_days")] = lambda v: _overdue_days(v, today)
        style = _action_style(sheet.keys, today)
    out = book.add_sheet(name, [OutColumn(t, out_kind(k)) for _, k, t in defs],
                         title=title, note=note, key_columns=key_columns(sheet.keys))
    progress = opts.progress
    shifted = (lambda n, _t: progress(done + n, total)) if progress else None
    return write_rows(out, sheet_rows(reg, sheet, sql, params), convs, total, shifted, style)


def sheet_rows(reg: Register, sheet: SheetDef, sql: str, params: list
               ) -> Iterator[tuple]:
    """The stored values of a sheet's rows, one tuple per row, column by column."""
    rows = tuple_rows(reg.conn, sql, params)
    if "focal_point" not in sheet.keys:
        return iter(rows)
    i = sheet.keys.index("focal_point")  # one lookup gives both: split name and e-mail
    return (r[:i] + tuple((r[i] or "\x1f").split("\x1f", 1)) + r[i + 2:] for r in rows)


def _count(reg: Register, entity: str, q: Query, extra_where: list[str],
           extra_params: list) -> int:
    spec = SPECS[entity]
    where, params = reg.records.where_clause(spec, q)
    where = " AND ".join([where, *extra_where])
    return reg.conn.execute(f"SELECT count(*) FROM {spec.table} t WHERE {where}",
                             params + extra_params).fetchone()[0]


def export_report(reg: Register, report: str, path: str | os.PathLike[str], *,
                  query: Query | None = None, partner_id: int | None = None,
                  date_from: str | None = None, date_to: str | None = None,
                  options: ExportOptions | None = None,
                  all_columns: bool = False) -> ExportResult:
    """Write one of REPORTS to .xlsx (or, for a one-sheet report, .csv).

    ``query`` filters the report's records as in the lists; ``date_from``/``date_to`` (ISO)
    limit activities; ``partner_id`` is the partner of the profile (or limits the others to
    one partner's records). An .xlsx report has the columns for paper unless
    ``all_columns``; a .csv report has them all.
    """
    if report not in REPORTS:
        raise ValueError(f"unknown report {report!r}; choose one of {', '.join(REPORTS)}")
    opts = options or ExportOptions()
    lang = opts.language
    name = REPORTS[report][1 if lang == "th" else 0]
    sheets = SHEETS if all_columns or output_format(path) == "csv" else PAPER_SHEETS
    q = Query(**{**vars(query or Query()), "limit": None, "offset": 0})
    if report == "profile":
        if partner_id is None:
            raise ValueError("the partner profile needs a partner")
        return _export_profile(reg, partner_id, path, q, date_from, date_to, opts, name,
                               sheets)
    if partner_id is not None:
        q.partner_id = partner_id
    entity = REPORT_ENTITY[report]
    where, params = _date_range(date_from, date_to) if entity == "activity" else ([], [])
    filters = describe_query(reg, entity, q, opts) + _range_filters(date_from, date_to, opts)
    total = _count(reg, entity, q, where, params)
    note = filters_note(filters, lang)
    if report in _NOTES:
        note += "  ·  " + _NOTES[report][1 if lang == "th" else 0] % _NOTE_DAYS[report]
    with open_book(path, calendar=opts.calendar, language=lang,
                   properties={"title": name, "author": home_city(reg, lang)}) as book:
        sheet_name = ENTITY_NAMES[entity][1 if lang == "th" else 0]
        n = _write_sheet(book, reg, sheets[entity], q, opts, name=sheet_name,
                         title=title_line(reg, name, opts), note=note, extra_where=where,
                         extra_params=params, total=total)
        if book.kind == "xlsx":
            write_filters_sheet(book, reg, name, opts, filters, {book.sheets[0].name: n})
    return ExportResult(str(path), n, {ENTITY_NAMES[entity][0]: n})


def _range_filters(date_from: str | None, date_to: str | None, opts: ExportOptions
                   ) -> list[tuple[str, str]]:
    out = []
    for key, value in (("date_from", date_from), ("date_to", date_to)):
        if value:
            shown = dates.format_date(value, opts.calendar,
                                      "thai" if opts.language == "th" else "numeric")
            out.append((tr(key, opts.language), shown))
    return out


def _profile_rows(reg: Register, partner: Partner, opts: ExportOptions
                  ) -> list[tuple[str, object]]:
    lang = opts.language
    th = lang == "th"
    titles = {f.key: f.title(lang) for f in fields.sheet("partner")}
    region = partner.region
    rows: list[tuple[str, object]] = [
        (titles["name_en"], partner.name_en), (titles["name_th"], partner.name_th),
        (titles["acronym"], partner.acronym),
        (titles["kind"], vocab.label(vocab.PARTNER_KINDS, partner.kind, lang)),
        (titles["org_type"], vocab.label(vocab.ORG_TYPES, partner.org_type, lang) or None),
        (titles["country"], countries.name(partner.country, lang) or partner.country),
        (titles["region"], REGION_TH.get(region or "", region) if th else region),
        (titles["status"], vocab.label(vocab.PARTNER_STATUSES, partner.status, lang)),
        (titles["website"], partner.website), (titles["latitude"], partner.latitude),
        (titles["longitude"], partner.longitude),
        (titles["tags"], "; ".join(partner.tags) or None),
        (titles["source"], partner.source), (titles["notes"], partner.notes),
    ]
    last = reg.conn.execute(
        "SELECT " + computed.latest("activity", "partner_ids", "start_date", record="?"),
        (partner.id,)).fetchone()[0]
    if last:
        rows.append((fields.title("partner", "last_activity", lang),
                     dates.format_date(last, opts.calendar, "thai" if th else "numeric")))
    rows.append((fields.title("partner", "id", lang), partner.id))
    return [(k, v) for k, v in rows if v not in (None, "")]


def _export_profile(reg: Register, partner_id: int, path: str | os.PathLike[str], q: Query,
                    date_from: str | None, date_to: str | None, opts: ExportOptions,
                    name: str, sheets: dict[str, SheetDef]) -> ExportResult:
    if output_format(path) != "xlsx":
        raise CoreError("The partner profile has several sheets, which CSV cannot hold; "
                        "export it as .xlsx.")
    partner = reg.records.get(Partner, partner_id)  # NotFoundError names a missing partner
    lang = opts.language
    shown = partner.name_th if lang == "th" and partner.name_th else partner.name_en
    report = f"{name}: {shown}"
    title = title_line(reg, report, opts)
    parts = [(e, Query(partner_id=partner_id, sort=q.sort, descending=q.descending))
             for e in ("agreement", "project", "activity", "contact")]
    ranges = {e: _date_range(date_from, date_to) if e == "activity" else ([], [])
              for e, _ in parts}
    counts = {e: _count(reg, e, pq, *ranges[e]) for e, pq in parts}
    total, done = sum(counts.values()), 0
    sheet_rows: dict[str, int] = {}
    with open_book(path, calendar=opts.calendar, language=lang,
                   properties={"title": report, "author": home_city(reg, lang)}) as book:
        # "number" column: numbers stay numbers, text stays text
        info = book.add_sheet(ENTITY_NAMES["partner"][1 if lang == "th" else 0],
                              [OutColumn(tr("field", lang), width=28),
                               OutColumn(tr("value", lang), "number", width=60)],
                              title=title, note=long_date(opts.day, lang, opts.calendar))
        for row in _profile_rows(reg, partner, opts):
            info.add_row(row)
        for entity, pq in parts:
            sheet_name = ENTITY_NAMES[entity][1 if lang == "th" else 0]
            where, params = ranges[entity]
            n = _write_sheet(book, reg, sheets[entity], pq, opts, name=sheet_name,
                             title=title, note=filters_note(
                                 _range_filters(date_from, date_to, opts)
                                 if entity == "activity" else [], lang),
                             extra_where=where, extra_params=params, done=done, total=total)
            done += n
            sheet_rows[book.sheets[-1].name] = n
        write_filters_sheet(book, reg, report, opts,
                            [(tr("partner_id", lang), f"{shown} [{partner.id}]"),
                             *_range_filters(date_from, date_to, opts)], sheet_rows)
    return ExportResult(str(path), done, sheet_rows)
