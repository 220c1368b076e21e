"""Create, read, update, delete, restore and list every kind of record.

Every write is one transaction that validates the record, stores it with its links and tags,
and writes the audit log. Deleting moves a record to the trash; ``restore`` brings it back.
"""

from __future__ import annotations

import builtins  # the annotations after Repository.list, which hides the builtin
import dataclasses
import datetime as _dt
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TypeVar, cast

from ..dates import now_iso, sql_ended_before
from ..errors import ConflictError, NotFoundError
from ..places.regions import region_for
from ..storage.database import Database
from ..storage.protocols import Connection, Row
from . import audit, sort_keys, validation
from .models import (
    SPECS,
    EntitySpec,
    Record,
    Reference,
    reference,
    references_to,
    spec_of,
)
from .vocab import OPEN_ACTION_STATUSES

R = TypeVar("R", bound=Record)
# Parameters one statement may take: 32,766 since SQLite 3.32, 999 before.
_MAX_PARAMS = 32_000 if sqlite3.sqlite_version_info >= (3, 32) else 999


@dataclass
class Query:
    """What to list: every field is optional and narrows the list."""

    text: str | None = None
    kind: str | None = None
    org_type: str | None = None
    country: str | None = None
    region: str | None = None
    status: str | None = None
    type: str | None = None
    sector: str | None = None
    sdg: int | None = None
    year_from: int | None = None
    year_to: int | None = None
    partner_id: int | None = None
    project_id: int | None = None
    agreement_id: int | None = None
    activity_id: int | None = None
    unit_id: int | None = None
    framework_id: int | None = None
    goal_id: int | None = None  # aligned to this goal
    overdue: bool = False  # follow-up actions still to do whose due date has passed
    to_do: bool = False  # follow-up actions still to do (open or in progress)
    trash: bool = False
    ids: tuple[int, ...] | None = None  # only these records (to read a few rows again)
    sort: str | None = None
    descending: bool = False
    limit: int | None = None
    offset: int = 0


@dataclass
class Page:
    records: list
    total: int


@dataclass(frozen=True)
class Referrer:
    """A record that points at another (see ``Repository.referrers``)."""

    entity: str
    id: int
    label: str
    label_th: str | None = None

    def label_in(self, language: str) -> str:
        """Its Thai name or title in Thai where it has one, else the English one."""
        return self.label_th if language == "th" and self.label_th else self.label


def _referrers_sql(entity: str) -> list[tuple[str, str]]:
    """Who can point at a record of ``entity``: (their entity, SQL reading the id and label
    of those pointing at the record whose id is the parameter; their table is ``t``)."""
    out = []
    for ref in references_to(entity):
        owner = ref.owner
        select = f"SELECT t.id, t.{owner.label_col}, t.{owner.label_th_col} FROM {owner.table} t"
        if ref.owner_col is None:
            out.append((owner.name, f"{select} WHERE t.{ref.column} = ?"))
        else:
            out.append((owner.name, f"{select} JOIN {ref.table} x ON x.{ref.owner_col} = t.id "
                                    f"WHERE x.{ref.column} = ?"))
    return out


_REFERRERS: dict[str, list[tuple[str, str]]] = {e: _referrers_sql(e) for e in SPECS}


@dataclass(frozen=True)
class TrashItem:
    entity: str
    id: int
    label: str
    deleted_at: str
    label_th: str | None = None

    def label_in(self, language: str) -> str:
        """Its Thai name or title in Thai where it has one, else the English one."""
        return self.label_th if language == "th" and self.label_th else self.label


Clause = tuple[str, list]


def _year_between(expr: str, q: Query) -> Clause | None:
    if q.year_from is None and q.year_to is None:
        return None
    lo, hi = q.year_from or 0, q.year_to or 9999
    return f"CAST(substr({expr}, 1, 4) AS INTEGER) BETWEEN ? AND ?", [lo, hi]


def _parties(owner: str) -> Reference:
    """The link table holding the partners of an ``owner`` record (an agreement's parties,
    a project's or an activity's partners)."""
    return next(r for r in references_to("partner") if r.owner.name == owner and r.owner_col)


def _via_parties(owner: str, q: Query) -> list[Clause]:
    """Filters on the partners linked to a record (kind / country / region)."""
    ref, partners = _parties(owner), SPECS["partner"].table
    out = []
    for col in ("kind", "country", "region"):
        val = getattr(q, col)
        if val is not None:
            out.append((f"EXISTS (SELECT 1 FROM {ref.table} l JOIN {partners} p ON p.id = "
                        f"l.{ref.column} WHERE l.{ref.owner_col} = t.id AND p.{col} = ?)",
                        [val]))
    return out


def _partner_in(owner: str, attr: str) -> str:
    """A live ``owner`` record (project, agreement) that has partner ``t`` among its parties
    and the parameter among its ``attr`` (sectors, sdgs)."""
    spec, parties, values = SPECS[owner], _parties(owner), SPECS[owner].link(attr)
    return (f"EXISTS (SELECT 1 FROM {parties.table} pp JOIN {values.table} s "
            f"ON s.{values.owner_col} = pp.{parties.owner_col} JOIN {spec.table} x "
            f"ON x.id = pp.{parties.owner_col} WHERE pp.{parties.column} = t.id "
            f"AND s.{values.value_col} = ? AND x.deleted_at IS NULL)")


def _partner_filters(q: Query) -> list[Clause]:
    out = [(f"t.{c} = ?", [getattr(q, c)]) for c in ("kind", "org_type", "country", "region",
                                                     "status") if getattr(q, c) is not None]
    for col, attr in (("sector", "sectors"), ("sdg", "sdgs")):
        val = getattr(q, col)
        if val is not None:
            out.append((f"({_partner_in('project', attr)} OR {_partner_in('agreement', attr)})",
                        [val, val]))
    yr = _year_between("a.signed_date", q)
    if yr:
        ref = _parties("agreement")
        out.append((f"EXISTS (SELECT 1 FROM {ref.table} ap JOIN {ref.owner.table} a ON a.id = "
                    f"ap.{ref.owner_col} WHERE ap.{ref.column} = t.id AND a.deleted_at IS NULL "
                    f"AND {yr[0]})", yr[1]))
    return out


def _linked(owner: str, attr: str, val: object) -> Clause:
    """The record has ``val`` among its ``attr`` (a list kept in its own table)."""
    link = SPECS[owner].link(attr)
    return (f"EXISTS (SELECT 1 FROM {link.table} x WHERE x.{link.owner_col} = t.id "
            f"AND x.{link.value_col} = ?)", [val])


def _agreement_filters(q: Query) -> list[Clause]:
    out = _via_parties("agreement", q)
    if q.type is not None:
        out.append(("t.agreement_type = ?", [q.type]))
    if q.status is not None:
        out.append(("t.status = ?", [q.status]))
    if q.sector is not None:
        out.append(_linked("agreement", "sectors", q.sector))
    if q.sdg is not None:
        out.append(_linked("agreement", "sdgs", q.sdg))
    if q.partner_id is not None:
        out.append(_linked("agreement", "party_ids", q.partner_id))
    yr = _year_between("t.signed_date", q)
    return out + ([yr] if yr else [])


def _project_filters(q: Query) -> list[Clause]:
    out = _via_parties("project", q)
    if q.status is not None:
        out.append(("t.status = ?", [q.status]))
    if q.sector is not None:
        out.append(_linked("project", "sectors", q.sector))
    if q.sdg is not None:
        out.append(_linked("project", "sdgs", q.sdg))
    if q.partner_id is not None:
        out.append(_linked("project", "partner_ids", q.partner_id))
    if q.agreement_id is not None:
        out.append(("t.agreement_id = ?", [q.agreement_id]))
    if q.year_from is not None or q.year_to is not None:  # the project ran during the range
        out.append(("(t.start_date IS NULL OR CAST(substr(t.start_date, 1, 4) AS INTEGER) <= ?)"
                    " AND (t.end_date IS NULL OR CAST(substr(t.end_date, 1, 4) AS INTEGER) >= ?)",
                    [q.year_to or 9999, q.year_from or 0]))
    return out


def _activity_filters(q: Query) -> list[Clause]:
    out = _via_parties("activity", q)
    if q.type is not None:
        out.append(("t.activity_type = ?", [q.type]))
    if q.partner_id is not None:
        out.append(_linked("activity", "partner_ids", q.partner_id))
    for col in ("project_id", "agreement_id"):
        if getattr(q, col) is not None:
            out.append((f"t.{col} = ?", [getattr(q, col)]))
    yr = _year_between("t.start_date", q)
    return out + ([yr] if yr else [])


def _contact_filters(q: Query) -> list[Clause]:
    out = []
    if q.partner_id is not None:
        out.append(("t.partner_id = ?", [q.partner_id]))
    for col in ("kind", "country", "region"):
        if getattr(q, col) is not None:
            out.append((f"EXISTS (SELECT 1 FROM partners p WHERE p.id = t.partner_id "
                        f"AND p.{col} = ?)", [getattr(q, col)]))
    return out


def _unit_filters(q: Query) -> list[Clause]:
    out: list[Clause] = [("t.unit_type = ?", [q.type])] if q.type is not None else []
    if q.project_id is not None:
        ref = reference("project", "unit_ids")
        out.append((f"EXISTS (SELECT 1 FROM {ref.table} x WHERE x.{ref.column} = t.id "
                    f"AND x.{ref.owner_col} = ?)", [q.project_id]))
    return out


def _aligned(owner: str, q: Query) -> list[Clause]:
    """The record is aligned to goal ``q.goal_id`` (an agreement's or project's SDGs count
    for the goals of the shipped SDG framework)."""
    if q.goal_id is None:
        return []
    clause, params = _linked(owner, "goal_ids", q.goal_id)
    spec = SPECS[owner]
    if any(lk.attr == "sdgs" for lk in spec.links):
        sdgs = spec.link("sdgs")
        clause = (f"({clause} OR EXISTS (SELECT 1 FROM {sdgs.table} s JOIN goals g "
                  f"ON g.code = CAST(s.{sdgs.value_col} AS TEXT) JOIN frameworks f "
                  f"ON f.id = g.framework_id AND f.builtin = 'sdgs' "
                  f"WHERE s.{sdgs.owner_col} = t.id AND g.id = ?))")
        params = [*params, q.goal_id]
    return [(clause, params)]


def _action_filters(q: Query) -> list[Clause]:
    out = _via_parties("action", q) + _aligned("action", q)
    if q.status is not None:
        out.append(("t.status = ?", [q.status]))
    if q.partner_id is not None:
        out.append(_linked("action", "partner_ids", q.partner_id))
    for col in ("unit_id", "activity_id", "agreement_id"):
        if getattr(q, col) is not None:
            out.append((f"t.{col} = ?", [getattr(q, col)]))
    if q.to_do and not q.overdue:
        out.append((f"t.status IN ({', '.join('?' * len(OPEN_ACTION_STATUSES))})",
                    list(OPEN_ACTION_STATUSES)))
    if q.overdue:
        out.append(overdue_clause(_dt.date.today()))
    yr = _year_between("t.due_date", q)
    return out + ([yr] if yr else [])


def overdue_clause(today: _dt.date) -> Clause:
    """An action still to do whose due date's last day is before ``today`` ("2026-12" is
    not overdue while today is in that month: it is due by its last day)."""
    return (f"t.status IN ({', '.join('?' * len(OPEN_ACTION_STATUSES))}) AND "
            f"{sql_ended_before('t.due_date', today)}", list(OPEN_ACTION_STATUSES))


def _lesson_filters(q: Query) -> list[Clause]:
    out = _via_parties("lesson", q) + _aligned("lesson", q)
    if q.status is not None:  # the lesson's stage
        out.append(("t.stage = ?", [q.status]))
    if q.sector is not None:
        out.append(_linked("lesson", "sectors", q.sector))
    if q.partner_id is not None:
        out.append(_linked("lesson", "partner_ids", q.partner_id))
    if q.unit_id is not None:
        out.append(_linked("lesson", "unit_ids", q.unit_id))
    for col in ("activity_id", "project_id"):
        if getattr(q, col) is not None:
            out.append((f"t.{col} = ?", [getattr(q, col)]))
    return out


def _framework_filters(q: Query) -> list[Clause]:
    return [("t.is_active = ?", [1 if q.status == "active" else 0])] if q.status else []


def _goal_filters(q: Query) -> list[Clause]:
    return [("t.framework_id = ?", [q.framework_id])] if q.framework_id is not None else []


def _with_goals(owner: str, filters: Callable[[Query], list[Clause]]
                ) -> Callable[[Query], list[Clause]]:
    return lambda q: filters(q) + _aligned(owner, q)


def _contact_unit(filters: Callable[[Query], list[Clause]]) -> Callable[[Query], list[Clause]]:
    return lambda q: filters(q) + ([("t.unit_id = ?", [q.unit_id])]
                                   if q.unit_id is not None else [])


_FILTERS: dict[str, Callable[[Query], list[Clause]]] = {
    "partner": _partner_filters, "agreement": _with_goals("agreement", _agreement_filters),
    "project": _with_goals("project", _project_filters),
    "activity": _with_goals("activity", _activity_filters),
    "contact": _contact_unit(_contact_filters), "unit": _unit_filters,
    "action": _action_filters, "lesson": _lesson_filters, "framework": _framework_filters,
    "goal": _goal_filters,
}
_TEXT_COLUMNS = {
    "partner": ("name_en", "name_th", "acronym"), "unit": ("name_en", "name_th", "acronym"),
    "agreement": ("title_en", "title_th"), "project": ("title_en", "title_th"),
    "activity": ("title_en", "title_th", "place"), "contact": ("name", "name_th", "email"),
    "action": ("title_en", "title_th"), "lesson": ("title_en", "title_th"),
    "framework": ("name_en", "name_th"), "goal": ("code", "name_en", "name_th"),
}


def sort_column(spec: EntitySpec, column: str | None, language: str = "en") -> str:
    """The column a list sorted on ``column`` (None: by name, in ``language``) orders by:
    a name's or a goal code's stored sort key (``sort_keys``), or the column itself."""
    if column is None:
        return "sort_th" if language == "th" else "sort_en"
    return {spec.label_col: "sort_en", spec.label_th_col: "sort_th",
            "code": "code_key" if "code_key" in spec.columns else "code"}.get(column, column)


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class Repository:
    """All record operations on one open database, done as ``user`` for the audit log."""

    def __init__(self, db: Database, *, user: str | None = None):
        self.db = db
        # On a server each change is recorded under the database login; a file has none,
        # so the computer's user name is recorded.
        self.user = user or db.login or audit.current_user()

    @property
    def conn(self) -> Connection:
        return self.db.conn

    # -- reading ------------------------------------------------------------------------------
    def get(self, cls: type[R], record_id: int, *, include_deleted: bool = False) -> R:
        """The record with ``record_id``; NotFoundError if there is none (or it is in the trash
        and ``include_deleted`` is false)."""
        spec = spec_of(cls)
        row = self.conn.execute(
            f"SELECT {', '.join(spec.all_columns)} FROM {spec.table} WHERE id = ?", (record_id,)
        ).fetchone()
        if row is None or (row["deleted_at"] is not None and not include_deleted):
            where = " (it is in the trash)" if row is not None else ""
            raise NotFoundError(f"There is no {spec.name} with id {record_id}{where}.")
        return cast(R, self._build(spec, [row])[0])  # spec_of(cls) builds a cls

    def get_many(self, cls: type[R], ids: Iterable[int]) -> dict[int, R]:
        """The live records among ``ids``, by id, read in a few queries."""
        spec = spec_of(cls)
        wanted = builtins.list(dict.fromkeys(ids))
        rows: builtins.list[Row] = []
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            rows += self.conn.execute(
                f"SELECT {', '.join(spec.all_columns)} FROM {spec.table} "
                f"WHERE id IN ({', '.join('?' * len(chunk))}) AND deleted_at IS NULL",
                chunk).fetchall()
        return {cast(int, r.id): cast(R, r) for r in self._build(spec, rows)}

    def _build(self, spec: EntitySpec, rows: list[Row]) -> list[Record]:
        """Records from their rows, with links and tags read for all of them at once (a
        few queries per page rather than a few per record: on a server each is a round
        trip)."""
        ids = [r["id"] for r in rows]
        linked = {link.attr: self._grouped(
            f"SELECT {link.owner_col}, {link.value_col} FROM {link.table} "
            f"WHERE {link.owner_col} IN ({{marks}}) ORDER BY {link.value_col}", [], ids)
            for link in spec.links}
        tags = self._grouped(
            "SELECT r.record_id, g.name FROM record_tags r JOIN tags g ON g.id = r.tag_id "
            "WHERE r.entity = ? AND r.record_id IN ({marks}) ORDER BY g.name", [spec.name], ids)
        out = []
        for row in rows:
            values = {k: row[k] for k in row.keys() if k in spec.cls.__dataclass_fields__}  # noqa: SIM118
            for attr, by_id in linked.items():
                values[attr] = by_id.get(row["id"], [])
            values["tags"] = tags.get(row["id"], [])
            for flag in ("is_focal_point", "is_active"):  # stored as 0/1
                if flag in values:
                    values[flag] = bool(values[flag])
            out.append(spec.cls(**values))
        return out

    def _grouped(self, sql: str, params: list, ids: list[int]) -> dict[int, list]:
        """{id: [values]} for a query of (id, value) rows over ``ids`` (read in chunks, to
        stay within the engines' limits on parameters)."""
        out: dict[int, list] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for owner, value in self.conn.execute(
                    sql.format(marks=", ".join("?" * len(chunk))), [*params, *chunk]):
                out.setdefault(owner, []).append(value)
        return out

    def list(self, cls: type[R], query: Query | None = None) -> Page:
        """Records matching ``query``, sorted and paged, with the total before paging."""
        spec, q = spec_of(cls), query or Query()
        where, params = self.where_clause(spec, q)
        total = self.conn.execute(
            f"SELECT count(*) FROM {spec.table} t WHERE {where}", params).fetchone()[0]
        sort = sort_column(spec, q.sort if q.sort in spec.all_columns else None)
        direction = " DESC" if q.descending else ""
        sql = (f"SELECT {', '.join('t.' + c for c in spec.all_columns)} FROM {spec.table} t "
               f"WHERE {where} ORDER BY t.{sort}{direction}, t.id{direction}")
        if q.limit is not None:
            sql += f" LIMIT {int(q.limit)} OFFSET {int(q.offset)}"
        rows = self.conn.execute(sql, params).fetchall()
        return Page(self._build(spec, rows), total)

    def ids(self, cls: type[Record], query: Query | None = None) -> builtins.list[int]:
        spec, q = spec_of(cls), query or Query()
        where, params = self.where_clause(spec, q)
        return [r[0] for r in self.conn.execute(
            f"SELECT t.id FROM {spec.table} t WHERE {where} ORDER BY t.id", params)]

    def where_clause(self, spec: EntitySpec, q: Query) -> tuple[str, builtins.list]:
        """The SQL condition and parameters for ``q`` on table alias ``t`` (shared by lists,
        list views and reports, so they filter alike)."""
        clauses: list[Clause] = [("t.deleted_at IS NOT NULL" if q.trash
                                  else "t.deleted_at IS NULL", [])]
        clauses += _FILTERS[spec.name](q)
        if q.ids is not None:
            clauses.append((f"t.id IN ({', '.join('?' * len(q.ids))})" if q.ids else "0 = 1",
                            list(q.ids)))
        if q.text and q.text.strip():
            pattern = f"%{_like_escape(q.text.strip())}%"
            cols = _TEXT_COLUMNS[spec.name]
            clauses.append(("(" + " OR ".join(f"t.{c} LIKE ? ESCAPE '\\'" for c in cols) + ")",
                            [pattern] * len(cols)))
        return " AND ".join(c for c, _ in clauses), [p for _, ps in clauses for p in ps]

    def count(self, cls: type[Record], *, trash: bool = False) -> int:
        spec = spec_of(cls)
        null = "NOT NULL" if trash else "NULL"
        return self.conn.execute(
            f"SELECT count(*) FROM {spec.table} WHERE deleted_at IS {null}").fetchone()[0]

    # -- writing ------------------------------------------------------------------------------
    def create(self, record: R, *, batch_id: str | None = None) -> R:
        """Validate and store a new record; return it with its id and version set."""
        spec = spec_of(record)
        record = self.prepared(record)
        record.id = None
        with self.db.transaction() as conn:
            validation.validate(conn, record)
            return self._insert_one(spec, record, batch_id)

    def create_checked(self, records: builtins.list[R], *, batch_id: str | None = None
                       ) -> builtins.list[R]:
        """create() for new records of one kind that the caller has already made
        ``prepared`` and validated (an import checks every row before it writes any): the
        same rows, links, tags and audit entries, written a chunk at a time. On a local file
        one INSERT per chunk also lets the search index take the chunk at once, where a
        statement per record makes it write (and later merge) a segment per record.
        The caller keeps records that could clash with each other (the same name) apart."""
        if not records:
            return []
        spec = spec_of(records[0])
        if self.db.is_server:  # the server's trigram index has no such cost: one by one
            with self.db.transaction():
                return [self._insert_one(spec, r, batch_id) for r in records]
        created: builtins.list[R] = []
        with self.db.transaction() as conn:
            first = conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {spec.table}"
                                 ).fetchone()[0]
            now = now_iso()
            rows = []
            for offset, record in enumerate(records):
                values = self._columns(spec, record)
                values.update(id=first + offset, created_at=now, updated_at=now,
                              updated_by=self.user, version=1)
                rows.append(values)
                created.append(self._as_stored(spec, record, first + offset, now))
            columns = list(rows[0])
            per = max(1, _MAX_PARAMS // len(columns))
            for start in range(0, len(rows), per):
                chunk = rows[start:start + per]
                marks = ", ".join(["(" + ", ".join("?" * len(columns)) + ")"] * len(chunk))
                conn.execute(f"INSERT INTO {spec.table} ({', '.join(columns)}) VALUES {marks}",
                             [v for row in chunk for v in row.values()])
            for link in spec.links:
                conn.executemany(
                    f"INSERT INTO {link.table} ({link.owner_col}, {link.value_col}) "
                    "VALUES (?, ?)",
                    [(r.id, v) for r in created for v in getattr(r, link.attr)])
            for record in created:
                if record.tags:
                    assert record.id is not None
                    self._write_tags(spec.name, record.id, record.tags)
            audit.write_many(conn, user=self.user, action="create", entity=spec.name,
                             batch_id=batch_id,
                             entries=[(r.id, audit.created(_snapshot(r))) for r in created])
        return created

    def _insert_one(self, spec: EntitySpec, record: R, batch_id: str | None) -> R:
        now = now_iso()
        values = self._columns(spec, record)
        values.update(created_at=now, updated_at=now, updated_by=self.user, version=1)
        conn = self.conn
        record_id = conn.execute(
            f"INSERT INTO {spec.table} ({', '.join(values)}) "
            f"VALUES ({', '.join('?' * len(values))}) RETURNING id",
            list(values.values())).fetchone()[0]
        self._write_links(spec, record_id, record)
        self._write_tags(spec.name, record_id, record.tags)
        created = self._as_stored(spec, record, record_id, now)
        audit.write(conn, user=self.user, action="create", entity=spec.name,
                    record_id=record_id, batch_id=batch_id,
                    changes=audit.created(_snapshot(created)))
        return created

    def _as_stored(self, spec: EntitySpec, record: R, record_id: int, now: str) -> R:
        """What was stored, as get() would read it back (lists in stored order), without
        reading it back: imports create thousands of records in one go."""
        stored = _copy(record)
        values = stored.__dict__
        values.update(id=record_id, version=1, created_at=now, updated_at=now,
                      updated_by=self.user, deleted_at=None,
                      tags=sorted(record.tags, key=str.casefold))
        for lk in spec.links:
            values[lk.attr] = sorted(getattr(record, lk.attr))
        return stored

    def update(self, record: R, *, force: bool = False, batch_id: str | None = None) -> R:
        """Save changes to an existing record.

        A save that changes nothing writes nothing: no audit entry, the same version (so it
        never makes someone else's later save a conflict). Raises ConflictError when someone
        saved it since ``record`` was read (its ``version`` is behind), unless ``force`` is
        given.
        """
        spec = spec_of(record)
        if record.id is None:
            raise NotFoundError(f"This {spec.name} has not been saved yet; create it first.")
        record_id = record.id
        record = self.prepared(record)
        try:
            with self.db.transaction() as conn:
                current = self.get(type(record), record_id)
                if _comparable(current) == _comparable(record):
                    raise _Unchanged(current)
                if not force and current.version != record.version:
                    raise ConflictError(spec.name, record_id, current.updated_by,
                                        current.updated_at)
                validation.validate(conn, record, before=current)
                before = _snapshot(current)
                values = self._columns(spec, record)
                values.update(updated_at=now_iso(), updated_by=self.user)
                # The version is checked again by the UPDATE itself: on a server another
                # connection may have saved between the read above and this write.
                saved = conn.execute(
                    f"UPDATE {spec.table} SET {', '.join(f'{k} = ?' for k in values)}, "
                    f"version = version + 1 WHERE id = ? AND version = ?",
                    [*values.values(), record_id, current.version]).rowcount
                if saved != 1:
                    latest = self.get(type(record), record_id, include_deleted=True)
                    raise ConflictError(spec.name, record_id, latest.updated_by,
                                        latest.updated_at)
                self._write_links(spec, record_id, record, replace=True)
                self._write_tags(spec.name, record_id, record.tags, replace=True)
                updated = self.get(type(record), record_id)
                changes = audit.diff(before, _snapshot(updated))
                if not changes:  # stored as it was (e.g. a tag typed in another case)
                    raise _Unchanged(current)
                audit.write(conn, user=self.user, action="update", entity=spec.name,
                            record_id=record_id, changes=changes, batch_id=batch_id)
        except _Unchanged as same:  # the transaction was rolled back: nothing was written
            return cast(R, same.record)  # the record read again with type(record)
        return updated

    def update_checked(self, pairs: builtins.list[tuple[R, R]], *,
                       batch_id: str | None = None) -> builtins.list[R]:
        """update() for records an import has read and checked: each pair is (the record as
        read in the caller's transaction, the record to store), the caller having run the
        rules on its text. The same rows, links, tags and audit entries as update(), written
        without reading each record back: the stored record is what was written. A record
        saved by someone else since it was read raises ConflictError (the caller's
        transaction then writes nothing); one that would not change is left as it is.
        Returns the stored records, in order."""
        out: builtins.list[R] = []
        if not pairs:
            return out
        spec = spec_of(pairs[0][0])
        now = now_iso()
        entries = []
        with self.db.transaction() as conn:
            for current, wanted in pairs:
                record = self.prepared(wanted)
                record.id = current.id
                validation.validate(conn, record, texts=False, before=current)
                stored = self._as_stored(spec, record, cast(int, current.id), now)
                stored.__dict__.update(version=current.version + 1, created_at=current.created_at,
                                       tags=sorted(record.tags))
                changes = audit.diff(_snapshot(current), _snapshot(stored))
                if not changes:
                    out.append(current)
                    continue
                values = self._columns(spec, record)
                values.update(updated_at=now, updated_by=self.user)
                saved = conn.execute(
                    f"UPDATE {spec.table} SET {', '.join(f'{k} = ?' for k in values)}, "
                    f"version = version + 1 WHERE id = ? AND version = ?",
                    [*values.values(), current.id, current.version]).rowcount
                if saved != 1:
                    latest = self.get(type(record), cast(int, current.id), include_deleted=True)
                    raise ConflictError(spec.name, cast(int, current.id), latest.updated_by,
                                        latest.updated_at)
                if any(set(getattr(current, lk.attr)) != set(getattr(record, lk.attr))
                       for lk in spec.links):
                    self._write_links(spec, cast(int, current.id), record, replace=True)
                if set(current.tags) != set(record.tags):
                    self._write_tags(spec.name, cast(int, current.id), record.tags,
                                     replace=True)
                entries.append((current.id, changes))
                out.append(stored)
            audit.write_many(conn, user=self.user, action="update", entity=spec.name,
                             batch_id=batch_id, entries=entries)
        return out

    def delete(self, cls: type[Record], record_id: int, *, batch_id: str | None = None) -> None:
        """Move a record to the trash (it keeps its links and can be restored)."""
        spec = spec_of(cls)
        with self.db.transaction() as conn:
            self.get(cls, record_id)
            now = now_iso()
            conn.execute(f"UPDATE {spec.table} SET deleted_at = ?, updated_at = ?, "
                         f"updated_by = ?, version = version + 1 WHERE id = ?",
                         (now, now, self.user, record_id))
            audit.write(conn, user=self.user, action="delete", entity=spec.name,
                        record_id=record_id, changes={"deleted_at": [None, now]},
                        batch_id=batch_id)

    def restore(self, cls: type[Record], record_id: int) -> Record:
        """Bring a record back from the trash (checked again, e.g. for a duplicate since)."""
        spec = spec_of(cls)
        with self.db.transaction() as conn:
            record = self.get(cls, record_id, include_deleted=True)
            if record.deleted_at is None:
                return record
            was = record.deleted_at
            record.deleted_at = None
            # As it was saved: its text unchanged, its links to records in the trash kept.
            validation.validate(conn, record, texts=False, before=record)
            conn.execute(f"UPDATE {spec.table} SET deleted_at = NULL, updated_at = ?, "
                         f"updated_by = ?, version = version + 1 WHERE id = ?",
                         (now_iso(), self.user, record_id))
            audit.write(conn, user=self.user, action="restore", entity=spec.name,
                        record_id=record_id, changes={"deleted_at": [was, None]})
        return self.get(cls, record_id)

    def purge(self, cls: type[Record], record_id: int) -> None:
        """Delete a record from the trash for good; its history stays in the audit log.

        The records that pointed at it lose that link (a partner's contacts are deleted with
        it); each such change is written in that record's own history.
        """
        spec = spec_of(cls)
        with self.db.transaction() as conn:
            record = self.get(cls, record_id, include_deleted=True)
            if record.deleted_at is None:
                raise NotFoundError(f"The {spec.name} with id {record_id} is not in the trash; "
                                    "delete it first.")
            touched = [(ref, _snapshot(self.get(SPECS[ref.entity].cls, ref.id,
                                                include_deleted=True)))
                       for ref in self.referrers(cls, record_id, include_deleted=True)]
            conn.execute(f"DELETE FROM {spec.table} WHERE id = ?", (record_id,))
            conn.execute("DELETE FROM record_tags WHERE entity = ? AND record_id = ?",
                         (spec.name, record_id))
            audit.write(conn, user=self.user, action="purge", entity=spec.name,
                        record_id=record_id, changes=audit.diff(_snapshot(record), {}))
            for ref, before in touched:
                self._after_purge_of_link(ref, before)

    def _after_purge_of_link(self, ref: Referrer, before: dict[str, object]) -> None:
        """Record what purging a linked record did to ``ref``: gone with it (a contact) or
        one link fewer (its version moves on, so an editor open on it notices)."""
        ref_spec = SPECS[ref.entity]
        try:
            after = self.get(ref_spec.cls, ref.id, include_deleted=True)
        except NotFoundError:
            self.conn.execute("DELETE FROM record_tags WHERE entity = ? AND record_id = ?",
                              (ref.entity, ref.id))
            audit.write(self.conn, user=self.user, action="purge", entity=ref.entity,
                        record_id=ref.id, changes=audit.diff(before, {}))
            return
        self.conn.execute(f"UPDATE {ref_spec.table} SET updated_at = ?, updated_by = ?, "
                          "version = version + 1 WHERE id = ?", (now_iso(), self.user, ref.id))
        audit.write(self.conn, user=self.user, action="update", entity=ref.entity,
                    record_id=ref.id, changes=audit.diff(before, _snapshot(after)))

    def referrers(self, cls: type[Record], record_id: int, *,
                  include_deleted: bool = False) -> builtins.list[Referrer]:
        """The records that point at this one (an agreement's parties, a project's lead
        units, a contact's partner…), live ones only unless ``include_deleted``: what to
        name before it is deleted."""
        out: builtins.list[Referrer] = []
        live = "" if include_deleted else " AND t.deleted_at IS NULL"
        for entity, sql in _REFERRERS.get(spec_of(cls).name, ()):
            out.extend(Referrer(entity, r[0], r[1], r[2]) for r in self.conn.execute(
                f"{sql}{live} ORDER BY t.sort_en, t.id",
                (record_id,)))
        return out

    def trash(self) -> builtins.list[TrashItem]:
        """Everything in the trash, most recently deleted first."""
        items = []
        for spec in SPECS.values():
            for row in self.conn.execute(
                    f"SELECT id, {spec.label_col}, deleted_at, {spec.label_th_col} "
                    f"FROM {spec.table} WHERE deleted_at IS NOT NULL"):
                items.append(TrashItem(spec.name, row[0], row[1], row[2], row[3]))
        return sorted(items, key=lambda i: i.deleted_at, reverse=True)

    # -- links ---------------------------------------------------------------------------------
    def link(self, cls: type[Record], record_id: int, attr: str, value: object) -> Record:
        """Add ``value`` to a linked list, e.g. ``link(Agreement, 3, "party_ids", 7)``."""
        record = self.get(cls, record_id)
        values = getattr(record, attr)
        if value not in values:
            values.append(value)
            return self.update(record)
        return record

    def unlink(self, cls: type[Record], record_id: int, attr: str, value: object) -> Record:
        record = self.get(cls, record_id)
        values = getattr(record, attr)
        if value in values:
            values.remove(value)
            return self.update(record)
        return record

    def history(self, cls: type[Record], record_id: int) -> builtins.list[audit.AuditEntry]:
        return audit.history(self.conn, spec_of(cls).name, record_id)

    # -- helpers -------------------------------------------------------------------------------
    def check(self, record: Record) -> builtins.list:
        """Every problem saving ``record`` would meet, without saving it."""
        before = None
        if record.id is not None:
            try:
                before = self.get(type(record), record.id, include_deleted=True)
            except NotFoundError:
                pass
        return validation.problems(self.conn, self.prepared(record), before=before)

    @staticmethod
    def prepared(record: R) -> R:
        """A copy with text trimmed, empty text as None and derived fields filled in."""
        record = _copy(record)
        values = record.__dict__
        for name, optional in _field_names(type(record)):
            value = values[name]
            if isinstance(value, str):
                value = value.strip()
                values[name] = None if value == "" and optional else value
            elif isinstance(value, list):  # a list of its own (the copy was shallow)
                values[name] = list(dict.fromkeys(
                    v.strip() if isinstance(v, str) else v for v in value)) if value else []
        if hasattr(record, "country") and record.country:
            record.country = record.country.upper()
            if hasattr(record, "region") and record.region is None:  # a Partner has both
                record.region = region_for(record.country)
        elif hasattr(record, "region") and record.region is None:
            record.region = region_for(None)
        return record

    @staticmethod
    def _columns(spec: EntitySpec, record: Record) -> dict[str, object]:
        """The row to store: the record's own columns and those worked out from them (the
        keys its lists sort by), so every write keeps them in step with the name."""
        values = {c: getattr(record, c) for c in spec.columns if c not in sort_keys.DERIVED}
        values.update(sort_keys.derived(spec, values))
        return values

    def _write_links(self, spec: EntitySpec, record_id: int, record: Record, *,
                     replace: bool = False) -> None:
        for link in spec.links:
            if replace:
                self.conn.execute(f"DELETE FROM {link.table} WHERE {link.owner_col} = ?",
                                  (record_id,))
            self.conn.executemany(
                f"INSERT INTO {link.table} ({link.owner_col}, {link.value_col}) VALUES (?, ?)",
                [(record_id, v) for v in getattr(record, link.attr)])

    def _write_tags(self, entity: str, record_id: int, tags: builtins.list[str], *,
                    replace: bool = False) -> None:
        if replace:
            self.conn.execute("DELETE FROM record_tags WHERE entity = ? AND record_id = ?",
                              (entity, record_id))
        for tag in tags:
            self.conn.execute("INSERT OR IGNORE INTO tags (name) VALUES (?)", (tag,))
            self.conn.execute(
                "INSERT OR IGNORE INTO record_tags (entity, record_id, tag_id) "
                "SELECT ?, ?, id FROM tags WHERE name = ?", (entity, record_id, tag))


_BOOKKEEPING = {"id", "version", "created_at", "updated_at", "updated_by", "deleted_at"}


def _copy(record: R) -> R:
    """A shallow copy of a record, as copy.copy makes it but without its detour through
    __reduce_ex__ (an import copies each of thousands of records twice): no __init__."""
    new = object.__new__(type(record))
    new.__dict__.update(record.__dict__)
    return new


class _Unchanged(Exception):  # noqa: N818 - not an error: leaves update() with nothing written
    def __init__(self, record: Record):
        super().__init__()
        self.record = record


def _comparable(record: Record) -> dict[str, object]:
    """A record's user-visible values with lists as sets (links and tags are stored without
    order), to tell whether a save would change anything."""
    return {k: sorted(v, key=repr) if isinstance(v, list) else v
            for k, v in _snapshot(record).items()}


def _snapshot(record: Record) -> dict[str, object]:
    """The user-visible fields of a record, for the audit log."""
    out = {}
    values = record.__dict__
    for name, _optional in _field_names(type(record)):  # shallow: scalars and lists only
        v = values[name]
        if name not in _BOOKKEEPING and v not in (None, [], ""):
            out[name] = list(v) if isinstance(v, list) else v
    return out


_FIELD_NAMES: dict[type, tuple[tuple[str, bool], ...]] = {}


def _field_names(cls: type) -> tuple[tuple[str, bool], ...]:
    """A record class's fields, in order, each with whether None is its default (asked for
    every field of every row of an import)."""
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple((f.name, f.default is None)
                                          for f in dataclasses.fields(cls))
    return names
