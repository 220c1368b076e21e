"""Flat rows for list views and exports: each record's own columns plus what people want to
see beside it (an agreement's party names, a partner's number of ties and last activity)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..records.models import SPECS, Record, spec_of
from ..records.repository import Query

if TYPE_CHECKING:
    from ..register import Register


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    kind: str = "text"  # text | date | number | vocab:<name> | bool


# Added to the name of a linked record that is in the trash: the link is kept (Ctrl+Z or
# the Trash brings the record back), so lists show it, marked, rather than hide it. The app
# shows the mark in the user's language.
TRASH_MARK = " (in the Trash)"


def _marked(alias: str, col: str) -> str:
    return (f"{alias}.{col} || CASE WHEN {alias}.deleted_at IS NULL THEN '' "
            f"ELSE '{TRASH_MARK}' END")


_EXTRA_SQL = {
    "partner": {
        "ties": "(SELECT count(*) FROM agreement_parties ap JOIN agreements a ON a.id = "
                "ap.agreement_id WHERE ap.partner_id = t.id AND a.deleted_at IS NULL)",
        "last_activity": "(SELECT max(a.start_date) FROM activity_partners ap JOIN activities a "
                         "ON a.id = ap.activity_id WHERE ap.partner_id = t.id "
                         "AND a.deleted_at IS NULL)",
    },
    "agreement": {
        "parties": f"(SELECT group_concat({_marked('p', 'name_en')}, '; ') FROM "
                   "agreement_parties ap JOIN partners p ON p.id = ap.partner_id "
                   "WHERE ap.agreement_id = t.id)",
    },
    "project": {
        "partners": f"(SELECT group_concat({_marked('p', 'name_en')}, '; ') FROM "
                    "project_partners pp JOIN partners p ON p.id = pp.partner_id "
                    "WHERE pp.project_id = t.id)",
        "sectors": "(SELECT group_concat(sector, ', ') FROM project_sectors "
                   "WHERE project_id = t.id)",
        "sdgs": "(SELECT group_concat(sdg, ', ') FROM (SELECT sdg FROM project_sdgs "
                "WHERE project_id = t.id ORDER BY sdg) AS s)",
    },
    "activity": {
        "partners": f"(SELECT group_concat({_marked('p', 'name_en')}, '; ') FROM "
                    "activity_partners ap JOIN partners p ON p.id = ap.partner_id "
                    "WHERE ap.activity_id = t.id)",
    },
    "contact": {
        "partner": f"(SELECT {_marked('p', 'name_en')} FROM partners p "
                   "WHERE p.id = t.partner_id)",
    },
    "unit": {
        "projects": "(SELECT count(*) FROM project_units x JOIN projects p ON p.id = "
                    "x.project_id WHERE x.unit_id = t.id AND p.deleted_at IS NULL)",
    },
}

COLUMNS: dict[str, list[Column]] = {
    "partner": [Column("name_en", "Name"), Column("name_th", "Thai name"),
                Column("kind", "Kind", "vocab:PARTNER_KINDS"),
                Column("org_type", "Type", "vocab:ORG_TYPES"), Column("country", "Country"),
                Column("region", "Region"), Column("status", "Status", "vocab:PARTNER_STATUSES"),
                Column("ties", "Agreements", "number"),
                Column("last_activity", "Last activity", "date"), Column("id", "ID", "number")],
    "agreement": [Column("title_en", "Title"), Column("agreement_type", "Type",
                                                      "vocab:AGREEMENT_TYPES"),
                  Column("parties", "Parties"), Column("status", "Status",
                                                       "vocab:AGREEMENT_STATUSES"),
                  Column("signed_date", "Signed", "date"),
                  Column("expiry_date", "Expires", "date"), Column("title_th", "Thai title"),
                  Column("id", "ID", "number")],
    "project": [Column("title_en", "Title"), Column("status", "Status", "vocab:PROJECT_STATUSES"),
                Column("sectors", "Sectors"), Column("sdgs", "SDGs"),
                Column("partners", "Partners"), Column("start_date", "Start", "date"),
                Column("end_date", "End", "date"), Column("budget", "Budget", "number"),
                Column("title_th", "Thai title"), Column("id", "ID", "number")],
    "activity": [Column("start_date", "Date", "date"), Column("title_en", "Title"),
                 Column("activity_type", "Type", "vocab:ACTIVITY_TYPES"),
                 Column("partners", "Partners"), Column("place", "Place"),
                 Column("participants", "Participants", "number"),
                 Column("title_th", "Thai title"), Column("id", "ID", "number")],
    "contact": [Column("name", "Name"), Column("name_th", "Thai name"),
                Column("position", "Position"), Column("partner", "Partner"),
                Column("email", "E-mail"), Column("phone", "Phone"),
                Column("is_focal_point", "Focal point", "bool"), Column("id", "ID", "number")],
    "unit": [Column("name_en", "Name"), Column("name_th", "Thai name"),
             Column("unit_type", "Type", "vocab:UNIT_TYPES"), Column("acronym", "Acronym"),
             Column("projects", "Projects", "number"), Column("id", "ID", "number")],
}


def _ordered_select(reg: Register, cls: type[Record], q: Query, select: list[str]
                    ) -> tuple[str, list]:
    spec = spec_of(cls)
    where, params = reg.records.where_clause(spec, q)
    extras = _EXTRA_SQL.get(spec.name, {})
    own = [c.key for c in COLUMNS[spec.name] if c.key not in extras]
    order = " DESC" if q.descending else ""
    if q.sort in extras:
        sort_expr = f"({extras[q.sort]})"
    else:
        sort_expr = f"t.{q.sort if q.sort in own else spec.label_col}"
        if not q.sort or q.sort == spec.label_col:
            sort_expr += " COLLATE NOCASE"
    sql = (f"SELECT {', '.join(select)} FROM {spec.table} t WHERE {where} "
           f"ORDER BY {sort_expr}{order}, t.id{order}")
    if q.limit is not None:
        sql += f" LIMIT {int(q.limit)} OFFSET {int(q.offset)}"
    return sql, params


def table_rows(reg: Register, cls: type[Record], query: Query | None = None
               ) -> list[dict[str, object]]:
    """Rows for a list of ``cls`` records matching ``query``, as dicts keyed by column.

    Sorting on a record's own column uses its index; sorting on a derived column (e.g. a
    partner's number of agreements) computes it for every matching row, so it is slower.
    """
    spec, q = spec_of(cls), query or Query()
    extras = _EXTRA_SQL.get(spec.name, {})
    select = [f"t.{c.key}" for c in COLUMNS[spec.name] if c.key not in extras]
    select += [f"{sql} AS {key}" for key, sql in extras.items()]
    if q.limit is None:
        sql, params = _ordered_select(reg, cls, q, select)
        return [dict(r) for r in reg.conn.execute(sql, params)]
    # A page deep in a long list: find its ids from the index first, then read just those
    # rows, so the rows skipped by OFFSET are never read or computed.
    ids = row_ids(reg, cls, q)
    if not ids:
        return []
    rows = {r["id"]: dict(r) for r in reg.conn.execute(
        f"SELECT {', '.join(select)} FROM {spec.table} t "
        f"WHERE t.id IN ({', '.join('?' * len(ids))})", ids)}
    return [rows[i] for i in ids if i in rows]


def row_ids(reg: Register, cls: type[Record], query: Query | None = None) -> list[int]:
    """The ids of the matching records in the list's order (to find a record's row)."""
    sql, params = _ordered_select(reg, cls, query or Query(), ["t.id"])
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


@dataclass(frozen=True)
class Related:
    entity: str
    id: int
    label: str
    detail: str
    in_trash: bool = False


def related(reg: Register, entity: str, record_id: int) -> list[Related]:
    """The records linked to one record, for its details pane: what it points at (marked
    ``in_trash`` when that record is in the trash, as the lists mark it) and the live
    records that point at it."""
    conn, out = reg.conn, []

    def add(kind: str, sql: str, *params: object) -> None:
        out.extend(Related(kind, r[0], r[1], r[2] or "", r[3] is not None)
                   for r in conn.execute(sql, params))

    def linked_partners(table: str, owner: str) -> None:
        add("partner", f"SELECT p.id, p.name_en, p.country, p.deleted_at FROM partners p "
            f"JOIN {table} x ON x.partner_id = p.id WHERE x.{owner} = ? "
            "ORDER BY p.name_en COLLATE NOCASE", record_id)

    def one(kind: str, table: str, detail: str, column: str) -> None:
        add(kind, f"SELECT x.id, x.title_en, x.{detail}, x.deleted_at FROM {table} x "
            f"JOIN {SPECS[entity].table} t ON t.{column} = x.id WHERE t.id = ?", record_id)

    if entity == "partner":
        add("agreement", "SELECT a.id, a.title_en, coalesce(a.signed_date, ''), a.deleted_at "
            "FROM agreements a JOIN agreement_parties x ON x.agreement_id = a.id "
            "WHERE x.partner_id = ? AND a.deleted_at IS NULL ORDER BY a.signed_date", record_id)
        add("project", "SELECT p.id, p.title_en, p.status, p.deleted_at FROM projects p "
            "JOIN project_partners x ON x.project_id = p.id WHERE x.partner_id = ? "
            "AND p.deleted_at IS NULL", record_id)
        add("activity", "SELECT a.id, a.title_en, a.start_date, a.deleted_at FROM activities a "
            "JOIN activity_partners x ON x.activity_id = a.id WHERE x.partner_id = ? "
            "AND a.deleted_at IS NULL ORDER BY a.start_date DESC", record_id)
        add("contact", "SELECT id, name, position, deleted_at FROM contacts "
            "WHERE partner_id = ? AND deleted_at IS NULL", record_id)
    elif entity in ("agreement", "project", "activity"):
        linked_partners(*{"agreement": ("agreement_parties", "agreement_id"),
                          "project": ("project_partners", "project_id"),
                          "activity": ("activity_partners", "activity_id")}[entity])
        if entity == "activity":
            one("project", "projects", "status", "project_id")
        if entity in ("project", "activity"):
            one("agreement", "agreements", "signed_date", "agreement_id")
        if entity == "agreement":
            add("project", "SELECT id, title_en, status, deleted_at FROM projects "
                "WHERE agreement_id = ? AND deleted_at IS NULL", record_id)
        if entity == "project":
            add("unit", "SELECT u.id, u.name_en, u.name_th, u.deleted_at FROM units u "
                "JOIN project_units x ON x.unit_id = u.id WHERE x.project_id = ? "
                "ORDER BY u.name_en COLLATE NOCASE", record_id)
        if entity in ("agreement", "project"):
            add("activity", f"SELECT id, title_en, start_date, deleted_at FROM activities "
                f"WHERE {entity}_id = ? AND deleted_at IS NULL ORDER BY start_date", record_id)
    elif entity == "contact":
        add("partner", "SELECT p.id, p.name_en, p.country, p.deleted_at FROM partners p "
            "JOIN contacts c ON c.partner_id = p.id WHERE c.id = ?", record_id)
    elif entity == "unit":
        add("project", "SELECT p.id, p.title_en, p.status, p.deleted_at FROM projects p "
            "JOIN project_units x ON x.project_id = p.id WHERE x.unit_id = ? "
            "AND p.deleted_at IS NULL", record_id)
    return out
