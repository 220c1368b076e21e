"""Flat rows for list views and exports: each record's own columns plus what people want to
see beside it (an agreement's party names, a partner's number of ties and last activity)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import fields
from ..fields import Column
from ..records.models import REFERENCES, SPECS, Record, references_to, spec_of
from ..records.repository import Query, sort_column
from . import computed
from .computed import TRASH_MARK

if TYPE_CHECKING:
    from ..register import Register

__all__ = ["COLUMNS", "LABEL", "Column", "Related", "TRASH_MARK", "columns", "count_rows",
           "countries_in_use", "related", "row_ids", "table_rows", "units_in_use"]

# What a list shows in its name column in Thai: the Thai name, the English one where there is
# none (the English name keeps a column of its own, where the Thai name's column was).
LABEL = "label"


def _extra_sql(entity: str, language: str) -> dict[str, str]:
    """The list columns worked out from linked records (by column key), names in
    ``language``."""
    def names(owner: str, attr: str) -> str:
        return computed.names(owner, attr, language=language)

    extras = {
        "partner": {
            "ties": computed.live_count("agreement", "party_ids"),
            "last_activity": computed.latest("activity", "partner_ids", "start_date"),
        },
        "agreement": {"parties": names("agreement", "party_ids")},
        "project": {
            "partners": names("project", "partner_ids"),
            "sectors": computed.values("project", "sectors", ", ", ordered=False),
            "sdgs": computed.values("project", "sdgs", ", "),
        },
        "activity": {"partners": names("activity", "partner_ids")},
        # a unit's contact has no partner: the column names its unit instead
        "contact": {"partner": f"coalesce({names('contact', 'partner_id')}, "
                               f"{names('contact', 'unit_id')})"},
        "unit": {"projects": computed.live_count("project", "unit_ids")},
        "action": {"partners": names("action", "partner_ids"),
                   "unit": names("action", "unit_id")},
        "lesson": {"partners": names("lesson", "partner_ids"),
                   "units": names("lesson", "unit_ids")},
        "framework": {"goals": "(SELECT count(*) FROM goals g WHERE g.framework_id = t.id "
                               "AND g.deleted_at IS NULL)"},
        "goal": {"framework": names("goal", "framework_id"),
                 "parent": f"(SELECT {computed.label('goal', 'x', language)} FROM goals x "
                           "WHERE x.id = t.parent_id)"},
    }[entity]
    if language == "th":
        extras[LABEL] = computed.label(entity, "t", "th")
    return extras


# The columns of each list, in the field registry's order and titles.
COLUMNS: dict[str, list[Column]] = {e: fields.list_columns(e) for e in SPECS}


def columns(entity: str, language: str = "en") -> list[Column]:
    """The columns of a list in ``language``. In Thai the name column (key ``LABEL``)
    shows the Thai name or title, the English one where there is none, and the English name
    takes the Thai name's place."""
    if language != "th":
        return COLUMNS[entity]
    spec, out = SPECS[entity], []
    for c in COLUMNS[entity]:
        if c.key == spec.label_col:
            out.append(dataclasses.replace(c, key=LABEL))
        elif c.key == spec.label_th_col:
            title, title_th = (("English title", "ชื่อเรื่องภาษาอังกฤษ")
                               if spec.label_col.startswith("title")
                               else ("English name", "ชื่อภาษาอังกฤษ"))
            out.append(Column(spec.label_col, title, c.kind, title_th, c.data))
        else:
            out.append(c)
    return out


def _ordered_select(reg: Register, cls: type[Record], q: Query, select: list[str],
                    language: str) -> tuple[str, list]:
    spec = spec_of(cls)
    where, params = reg.records.where_clause(spec, q)
    extras = _extra_sql(spec.name, language)
    own = [c.key for c in columns(spec.name, language) if c.key not in extras]
    order = " DESC" if q.descending else ""
    # Names sort by their stored keys (records.sort_keys), from an index: Thai ones in
    # dictionary order, alike on both engines.
    if spec.name == "goal" and q.sort in (None, "code"):  # by framework, then by code
        sort_expr = (f"(SELECT f.{sort_column(SPECS['framework'], None, language)} "
                     f"FROM frameworks f WHERE f.id = t.framework_id){order}, t.code_key")
    elif q.sort == LABEL or q.sort is None or q.sort not in (*extras, *own):
        sort_expr = f"t.{sort_column(spec, None, language)}"  # by the name shown
    elif q.sort in extras:
        sort_expr = f"({extras[q.sort]})"
    else:
        sort_expr = f"t.{sort_column(spec, q.sort)}"
    sql = (f"SELECT {', '.join(select)} FROM {spec.table} t WHERE {where} "
           f"ORDER BY {sort_expr}{order}, t.id{order}")
    if q.limit is not None:
        sql += f" LIMIT {int(q.limit)} OFFSET {int(q.offset)}"
    return sql, params


def table_rows(reg: Register, cls: type[Record], query: Query | None = None,
               language: str = "en") -> list[dict[str, object]]:
    """Rows for a list of ``cls`` records matching ``query``, as dicts keyed by column
    (``columns(entity, language)``): names of linked records in ``language``.

    Sorting on a record's own column uses its index; sorting on a derived column (e.g. a
    partner's number of agreements) computes it for every matching row, so it is slower.
    """
    spec, q = spec_of(cls), query or Query()
    extras = _extra_sql(spec.name, language)
    select = [f"t.{c.key}" for c in columns(spec.name, language) if c.key not in extras]
    select += [f"{sql} AS {key}" for key, sql in extras.items()]
    if q.limit is None:
        sql, params = _ordered_select(reg, cls, q, select, language)
        return [dict(r) for r in reg.conn.execute(sql, params)]
    # A page deep in a long list: find its ids from the index first, then read just those
    # rows, so the rows skipped by OFFSET are never read or computed.
    ids = row_ids(reg, cls, q, language)
    if not ids:
        return []
    rows = {r["id"]: dict(r) for r in reg.conn.execute(
        f"SELECT {', '.join(select)} FROM {spec.table} t "
        f"WHERE t.id IN ({', '.join('?' * len(ids))})", ids)}
    return [rows[i] for i in ids if i in rows]


def row_ids(reg: Register, cls: type[Record], query: Query | None = None,
            language: str = "en") -> list[int]:
    """The ids of the matching records in the list's order (to find a record's row)."""
    sql, params = _ordered_select(reg, cls, query or Query(), ["t.id"], language)
    return [r[0] for r in reg.conn.execute(sql, params)]


def count_rows(reg: Register, cls: type[Record], query: Query | None = None) -> int:
    """How many ``cls`` records match ``query`` (paging ignored)."""
    spec = spec_of(cls)
    where, params = reg.records.where_clause(spec, query or Query())
    return reg.conn.execute(f"SELECT count(*) FROM {spec.table} t WHERE {where}",
                             params).fetchone()[0]


def countries_in_use(reg: Register) -> list[str]:
    """Country codes recorded on partners, for filter choices (read from the country index
    alone, so partners in the trash may add a country that lists nothing)."""
    return [r[0] for r in reg.conn.execute(
        "SELECT DISTINCT country FROM partners WHERE country IS NOT NULL ORDER BY country")]


def units_in_use(reg: Register, language: str = "en") -> list[tuple[int, str]]:
    """The live units (id, name in ``language``) by name, for filter choices."""
    name = computed.label("unit", "t", language)
    return [(r[0], r[1]) for r in reg.conn.execute(
        f"SELECT t.id, {name} FROM units t WHERE t.deleted_at IS NULL "
        f"ORDER BY {computed.sort_key('t', language)}")]


@dataclass(frozen=True)
class Related:
    entity: str
    id: int
    label: str
    detail: str
    in_trash: bool = False
    focal_point: bool = False  # a contact who is the partner's or the unit's focal point


# What the details pane shows beside a linked record of each kind, and the order of several
# (a partner's activities newest first, a project's in the order they happen).
_DETAIL = {"partner": "country", "unit": "name_th", "agreement": "signed_date",
           "project": "status", "activity": "start_date", "contact": "position",
           "action": "due_date", "lesson": "stage", "framework": "period_start",
           "goal": "code"}
_ORDER = {("partner", "agreement"): "x.signed_date", ("partner", "activity"): "x.start_date DESC",
          ("agreement", "activity"): "x.start_date", ("project", "activity"): "x.start_date",
          ("activity", "action"): "x.due_date", ("agreement", "action"): "x.due_date",
          ("unit", "action"): "x.due_date", ("partner", "action"): "x.due_date"}


def related(reg: Register, entity: str, record_id: int, language: str = "en"
            ) -> list[Related]:
    """The records linked to one record, for its details pane, named in ``language``:
    what it points at (marked ``in_trash`` when that record is in the trash, as the lists
    mark it) and the live records that point at it."""
    conn = reg.conn
    out: list[Related] = []

    def add(kind: str, sql: str) -> None:
        out.extend(Related(kind, r[0], r[1], r[2] or "", r[3] is not None, bool(r[4]))
                   for r in conn.execute(sql, (record_id,)))

    def focal(kind: str) -> str:
        return "x.is_focal_point" if kind == "contact" else "0"


    for ref in (r for r in REFERENCES if r.owner.name == entity):  # what it points at
        target = SPECS[ref.target]
        name = computed.label(target.name, "x", language)
        cols = f"x.id, {name}, x.{_DETAIL[target.name]}, x.deleted_at, {focal(target.name)}"
        if ref.owner_col is None:
            add(target.name, f"SELECT {cols} FROM {target.table} x JOIN {ref.table} t "
                f"ON t.{ref.column} = x.id WHERE t.id = ?")
        else:
            add(target.name, f"SELECT {cols} FROM {target.table} x JOIN {ref.table} l "
                f"ON l.{ref.column} = x.id WHERE l.{ref.owner_col} = ? "
                f"ORDER BY {computed.sort_key('x', language)}")
    for ref in references_to(entity):  # the live records that point at it
        owner = ref.owner
        cols = (f"x.id, {computed.label(owner.name, 'x', language)}, "
                f"x.{_DETAIL[owner.name]}, x.deleted_at, {focal(owner.name)}")
        order = _ORDER.get((entity, owner.name))
        if owner.name == "contact":  # the focal point first
            order = "x.is_focal_point DESC, x.name"
        order = f" ORDER BY {order}" if order else ""
        if ref.owner_col is None:
            add(owner.name, f"SELECT {cols} FROM {owner.table} x WHERE x.{ref.column} = ? "
                f"AND x.deleted_at IS NULL{order}")
        else:
            add(owner.name, f"SELECT {cols} FROM {owner.table} x JOIN {ref.table} l "
                f"ON l.{ref.owner_col} = x.id WHERE l.{ref.column} = ? "
                f"AND x.deleted_at IS NULL{order}")
    return out
