"""Exporting a list as it is shown (filter, sort order, visible columns) to .xlsx or .csv, and
what every export shares: the title line, the export date in the chosen calendar and the
sheet that lists the filters used. The ready-made reports are in ``reports.py``."""

from __future__ import annotations

import datetime as _dt
import functools
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import settings
from ..dates import BE_OFFSET
from ..places import countries
from ..places.regions import REGION_TH
from ..records import vocab
from ..records.audit import current_user
from ..records.models import SPECS
from ..records.repository import Query
from ..storage.protocols import Connection, Cursor
from ..views.lists import COLUMNS, LABEL, _extra_sql, _ordered_select
from .values import MONTHS_TH
from .writer import Book, Cancelled, OutColumn, Sheet, open_book

if TYPE_CHECKING:
    from ..register import Register

Progress = Callable[[int, int], None]
PROGRESS_EVERY = 500

# The words of the exported files, in English and Thai.
TEXT = {
    "exported": ("exported", "ส่งออกเมื่อ"),
    "filters_sheet": ("Filters", "ตัวกรอง"),
    "filter": ("Filter", "ตัวกรอง"),
    "value": ("Value", "ค่า"),
    "field": ("Field", "ข้อมูล"),
    "report": ("Report", "รายงาน"),
    "home_city": ("Home city", "เมือง"),
    "exported_on": ("Exported on", "วันที่ส่งออก"),
    "exported_by": ("Exported by", "ผู้ส่งออก"),
    "language": ("Language", "ภาษา"),
    "language_name": ("English", "ภาษาไทย"),
    "calendar": ("Calendar", "ปฏิทิน"),
    "gregorian": ("Gregorian (C.E.)", "คริสต์ศักราช (ค.ศ.)"),
    "buddhist": ("Buddhist Era (B.E.)", "พุทธศักราช (พ.ศ.)"),
    "rows": ("Rows", "จำนวนแถว"),
    "sheet_rows": ("Rows on sheet “%s”", "จำนวนแถวในแผ่นงาน “%s”"),
    "no_filters": ("none: every record", "ไม่มี: ทุกรายการ"),
    "filters_note": ("Filters: %s", "ตัวกรอง: %s"),
    "all_records": ("All records", "ทุกรายการ"),
    "text": ("Text contains", "ข้อความที่ค้นหา"),
    "kind": ("Kind", "ลักษณะ"),
    "org_type": ("Organisation type", "ประเภทองค์กร"),
    "country": ("Country", "ประเทศ"),
    "region": ("Region", "ภูมิภาค"),
    "status": ("Status", "สถานะ"),
    "type": ("Type", "ประเภท"),
    "sector": ("Sector", "สาขา"),
    "sdg": ("SDG", "SDG"),
    "year_from": ("From year", "ตั้งแต่ปี"),
    "year_to": ("To year", "ถึงปี"),
    "partner_id": ("Partner", "คู่ความร่วมมือ"),
    "project_id": ("Project", "โครงการ"),
    "agreement_id": ("Agreement", "ความตกลง"),
    "activity_id": ("Activity", "กิจกรรม"),
    "unit_id": ("Unit", "หน่วยงาน"),
    "overdue": ("Overdue", "เกินกำหนด"),
    "to_do": ("Still to do", "ยังต้องดำเนินการ"),
    "yes": ("yes", "ใช่"),
    "date_from": ("From date", "ตั้งแต่วันที่"),
    "date_to": ("To date", "ถึงวันที่"),
    "sorted_by": ("Sorted by", "เรียงตาม"),
    "ascending": ("ascending", "น้อยไปมาก"),
    "descending": ("descending", "มากไปน้อย"),
    "columns": ("Columns", "คอลัมน์"),
    "list": ("list", "รายการ"),
}
ENTITY_NAMES = {
    "partner": ("Partners", "คู่ความร่วมมือ"), "agreement": ("Agreements", "ความตกลง"),
    "project": ("Projects", "โครงการ"), "activity": ("Activities", "กิจกรรม"),
    "contact": ("Contacts", "ผู้ติดต่อ"), "unit": ("Units", "หน่วยงาน"),
    "action": ("Follow-up actions", "เรื่องที่ต้องติดตาม"), "lesson": ("Lessons", "บทเรียน"),
}
_MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
_QUERY_VOCAB = {"kind": "PARTNER_KINDS", "org_type": "ORG_TYPES", "sector": "SECTORS",
                "sdg": "SDGS"}
_STATUS_VOCAB = {"partner": "PARTNER_STATUSES", "agreement": "AGREEMENT_STATUSES",
                 "project": "PROJECT_STATUSES", "action": "ACTION_STATUSES",
                 "lesson": "LESSON_STAGES"}
_TYPE_VOCAB = {"agreement": "AGREEMENT_TYPES", "activity": "ACTIVITY_TYPES",
               "unit": "UNIT_TYPES"}


def tr(key: str, language: str) -> str:
    en, th = TEXT[key]
    return th if language == "th" else en


@dataclass
class ExportOptions:
    """How to write: labels in English or Thai, dates in the Gregorian or Buddhist calendar."""

    language: str = "en"
    calendar: str = "gregorian"
    today: _dt.date | None = None
    user: str | None = None
    progress: Progress | None = None

    def __post_init__(self) -> None:
        if self.language not in ("en", "th"):
            raise ValueError(f"unknown language {self.language!r}; use en or th")
        if self.calendar not in ("gregorian", "buddhist"):
            raise ValueError(f"unknown calendar {self.calendar!r}; use gregorian or buddhist")

    @property
    def day(self) -> _dt.date:
        return self.today or _dt.date.today()


@dataclass
class ExportResult:
    path: str
    rows: int
    sheets: dict[str, int] = field(default_factory=dict)


def long_date(day: _dt.date, language: str, calendar: str) -> str:
    """'5 April 2023', '5 April 2566 B.E.', '5 เมษายน 2566' or '5 เมษายน ค.ศ. 2023'."""
    year = day.year + (BE_OFFSET if calendar == "buddhist" else 0)
    if language == "th":
        era = "" if calendar == "buddhist" else "ค.ศ. "
        return f"{day.day} {MONTHS_TH[day.month - 1]} {era}{year}"
    era = " B.E." if calendar == "buddhist" else ""
    return f"{day.day} {_MONTHS_EN[day.month - 1]} {year}{era}"


def home_city(reg: Register, language: str) -> str:
    """The home city's name in ``language``: a Thai export without a Thai name takes the
    English one the office gave before the default."""
    if language == "th":
        return str(settings.stored(reg.db, "home_city_th")
                   or settings.stored(reg.db, "home_city_en")
                   or settings.get(reg.db, "home_city_th"))
    return str(settings.get(reg.db, "home_city_en"))


def title_line(reg: Register, report: str, opts: ExportOptions) -> str:
    return (f"{home_city(reg, opts.language)} — {report} — {tr('exported', opts.language)} "
            f"{long_date(opts.day, opts.language, opts.calendar)}")


# -- filters --------------------------------------------------------------------------------
def _record_label(reg: Register, entity: str, record_id: int) -> str:
    spec = SPECS[entity]
    row = reg.conn.execute(f"SELECT {spec.label_col} FROM {spec.table} WHERE id = ?",
                            (record_id,)).fetchone()
    return f"{row[0]} [{record_id}]" if row else f"[{record_id}]"


def describe_query(reg: Register, entity: str, q: Query, opts: ExportOptions
                   ) -> list[tuple[str, str]]:
    """The filters of ``q`` as (label, value) pairs in the export's language."""
    lang, out = opts.language, []
    for key in ("text", "kind", "org_type", "country", "region", "status", "type", "sector",
                "sdg", "year_from", "year_to", "partner_id", "project_id", "agreement_id",
                "activity_id", "unit_id", "overdue", "to_do"):
        value = getattr(q, key)
        if value is None or value == "" or value is False:
            continue
        if key in _QUERY_VOCAB or key in ("status", "type"):
            name = _QUERY_VOCAB.get(key) or (_STATUS_VOCAB if key == "status"
                                             else _TYPE_VOCAB).get(entity)
            shown = vocab.label(getattr(vocab, name), value, lang) if name else str(value)
            if key == "sdg":
                shown = f"{value} {shown}"
        elif key == "country":
            shown = f"{countries.name(value, lang) or value} ({value})"
        elif key == "region":
            shown = REGION_TH.get(value, value) if lang == "th" else value
        elif key in ("year_from", "year_to"):
            shown = str(value + (BE_OFFSET if opts.calendar == "buddhist" else 0))
        elif key in ("overdue", "to_do"):
            shown = tr("yes", lang)
        elif key.endswith("_id"):
            shown = _record_label(reg, key[:-3], value)
        else:
            shown = str(value)
        out.append((tr(key, lang), shown))
    return out


def filters_note(filters: Sequence[tuple[str, str]], language: str) -> str:
    if not filters:
        return tr("all_records", language)
    return tr("filters_note", language) % " · ".join(f"{k}: {v}" for k, v in filters)


def write_filters_sheet(book: Book, reg: Register, report: str, opts: ExportOptions,
                        filters: Sequence[tuple[str, str]], sheet_rows: dict[str, int],
                        extra: Iterable[tuple[str, str]] = ()) -> None:
    lang = opts.language
    sheet = book.add_sheet(tr("filters_sheet", lang),
                           [OutColumn(tr("filter", lang), width=28),
                            OutColumn(tr("value", lang), width=60)],
                           title=title_line(reg, report, opts))
    rows = [(tr("report", lang), report), (tr("home_city", lang), home_city(reg, lang)),
            (tr("exported_on", lang), long_date(opts.day, lang, opts.calendar)),
            (tr("exported_by", lang), opts.user or current_user()),
            (tr("language", lang), tr("language_name", lang)),
            (tr("calendar", lang), tr(opts.calendar, lang))]
    rows += [(tr("sheet_rows", lang) % name, f"{n:,}") for name, n in sheet_rows.items()]
    rows += list(extra)
    rows += list(filters) or [(tr("filter", lang), tr("no_filters", lang))]
    for row in rows:
        sheet.add_row(row)


# -- values ---------------------------------------------------------------------------------
@functools.cache
def _country_name(code: str, language: str) -> str:
    return countries.name(code, language) or code


def converter(kind: str, language: str) -> Callable[[Any], object] | None:
    """How a stored value of ``kind`` (whatever the column holds) is shown in the export
    (None: as stored)."""
    th = language == "th"
    if kind.startswith("vocab:"):
        labels = {k: v[1 if th else 0] for k, v in getattr(vocab, kind[6:]).items()}
        return lambda v: labels.get(v, v)
    if kind == "country":
        return lambda v: _country_name(v, language) if v else v
    if kind == "region":
        return (lambda v: REGION_TH.get(v, v)) if th else None
    if kind == "sectors":
        labels = {k: v[1 if th else 0] for k, v in vocab.SECTORS.items()}
        return lambda v: "; ".join(labels.get(s, s) for s in v.split(",")) if v else v
    if kind == "bool":
        return lambda v: None if v is None else bool(v)
    return None


def out_kind(kind: str) -> str:
    """The writer's cell kind for a field or column kind."""
    return {"date": "date", "int": "int", "number": "int", "float": "coord", "money": "money",
            "bool": "bool"}.get(kind, "text")


def write_rows(sheet: Sheet, rows: Iterable[Sequence[object]],
               convs: Sequence[Callable[[object], object] | None], total: int,
               progress: Progress | None,
               style: Callable[[Sequence[object]], str | None] | None = None) -> int:
    """Convert and write rows, reporting progress (which may raise Cancelled)."""
    pairs = [(i, f) for i, f in enumerate(convs) if f is not None]
    add_row = sheet.add_row
    n = 0
    for raw in rows:
        values = list(raw)
        for i, f in pairs:
            values[i] = f(values[i])
        add_row(values, style(raw) if style else None)
        n += 1
        if progress and n % PROGRESS_EVERY == 0:
            progress(n, total)
    if progress:
        progress(n, total)
    return n


def tuple_rows(conn: Connection, sql: str, params: Sequence[object]
               ) -> Cursor:
    """The query's rows as plain tuples (cheaper than sqlite3.Row at 100k rows)."""
    cursor = conn.cursor()
    cursor.row_factory = None
    return cursor.execute(sql, params)


# -- a list as shown -------------------------------------------------------------------------
def export_list(reg: Register, entity: str, query: Query | None, columns: Sequence[str],
                path: str | os.PathLike[str], options: ExportOptions | None = None
                ) -> ExportResult:
    """Write the records of ``entity`` matching ``query``, in its sort order, with the
    ``columns`` (keys of core.views.COLUMNS, in the order shown) to .xlsx or .csv.

    Vocabulary values, regions and sectors are written as labels in the chosen language and
    countries as their names.
    """
    opts = options or ExportOptions()
    lang = opts.language
    by_key = {c.key: c for c in COLUMNS[entity]}
    spec = SPECS[entity]
    if LABEL in columns:  # a Thai list's columns: written as stored, both names as ever
        columns = [spec.label_col if k == LABEL else spec.label_th_col
                   if k == spec.label_col else k for k in columns]
    unknown = [k for k in columns if k not in by_key]
    if unknown or not columns:
        raise ValueError(f"unknown or no columns for {entity}: {unknown or columns}")
    cols = [by_key[k] for k in columns]
    q = Query(**{**vars(query or Query()), "limit": None, "offset": 0})
    extras = _extra_sql(entity, "en")
    select = [f"{extras[c.key]} AS {c.key}" if c.key in extras else f"t.{c.key}" for c in cols]
    sql, params = _ordered_select(reg, spec.cls, q, select, "en")
    total = reg.conn.execute(f"SELECT count(*) FROM ({sql}) AS q", params).fetchone()[0]
    kinds = [c.data for c in cols]  # country, region, sectors and money written as such
    titles = [c.title_in(lang) for c in cols]
    out_cols = [OutColumn(t, out_kind(k)) for t, k in zip(titles, kinds, strict=True)]
    report = f"{ENTITY_NAMES[entity][1 if lang == 'th' else 0]} ({tr('list', lang)})"
    filters = describe_query(reg, entity, q, opts)
    sort_col = by_key.get(q.sort or "") or by_key.get(spec.label_col) or cols[0]
    sort_title = sort_col.title_in(lang)
    extra = [(tr("sorted_by", lang),
              f"{sort_title}, {tr('descending' if q.descending else 'ascending', lang)}"),
             (tr("columns", lang), ", ".join(titles))]
    with open_book(path, calendar=opts.calendar, language=lang,
                   properties={"title": report, "author": home_city(reg, lang)}) as book:
        sheet = book.add_sheet(ENTITY_NAMES[entity][1 if lang == "th" else 0], out_cols,
                               title=title_line(reg, report, opts),
                               note=filters_note(filters, lang))
        n = write_rows(sheet, tuple_rows(reg.conn, sql, params),
                       [converter(k, lang) for k in kinds], total, opts.progress)
        if book.kind == "xlsx":  # a CSV holds the table alone
            write_filters_sheet(book, reg, report, opts, filters, {sheet.name: n}, extra)
    return ExportResult(str(path), n, {ENTITY_NAMES[entity][0]: n})


__all__ = ["Cancelled", "ExportOptions", "ExportResult", "export_list", "long_date"]
