"""The database schema, one migration function per version.

``PRAGMA user_version`` holds the version; ``PRAGMA application_id`` marks the file as ours so
a database of another program is never mistaken for one of ours.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import sqlite3
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from .protocols import Connection

APPLICATION_ID = 0x424B4B52  # "BKKR"

_META = """
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    deleted_at TEXT
"""

_V1 = f"""
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT);

CREATE TABLE partners (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('city', 'organisation')),
    org_type TEXT,
    name_en TEXT NOT NULL,
    name_th TEXT,
    acronym TEXT,
    country TEXT,
    region TEXT,
    latitude REAL,
    longitude REAL,
    website TEXT,
    status TEXT NOT NULL DEFAULT 'active',
    notes TEXT,
    source TEXT,
    name_key TEXT NOT NULL,
    {_META}
);
CREATE INDEX partners_kind ON partners (kind, deleted_at);
CREATE INDEX partners_country ON partners (country);
CREATE INDEX partners_region ON partners (region);
CREATE INDEX partners_status ON partners (status);
CREATE INDEX partners_name ON partners (name_en COLLATE NOCASE);
CREATE INDEX partners_name_key ON partners (name_key);

CREATE TABLE units (
    id INTEGER PRIMARY KEY,
    name_en TEXT NOT NULL,
    name_th TEXT,
    unit_type TEXT NOT NULL DEFAULT 'bureau',
    acronym TEXT,
    notes TEXT,
    {_META}
);

CREATE TABLE agreements (
    id INTEGER PRIMARY KEY,
    agreement_type TEXT NOT NULL,
    title_en TEXT NOT NULL,
    title_th TEXT,
    status TEXT NOT NULL DEFAULT 'active',
    signed_date TEXT,
    effective_date TEXT,
    expiry_date TEXT,
    renewal_terms TEXT,
    signatories TEXT,
    notes TEXT,
    source TEXT,
    {_META}
);
CREATE INDEX agreements_expiry ON agreements (expiry_date);
CREATE INDEX agreements_signed ON agreements (signed_date);
CREATE INDEX agreements_type ON agreements (agreement_type);
CREATE INDEX agreements_title ON agreements (title_en COLLATE NOCASE);

CREATE TABLE agreement_parties (
    agreement_id INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    partner_id INTEGER NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
    PRIMARY KEY (agreement_id, partner_id)
) WITHOUT ROWID;
CREATE INDEX agreement_parties_partner ON agreement_parties (partner_id);
CREATE TABLE agreement_sectors (
    agreement_id INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    sector TEXT NOT NULL,
    PRIMARY KEY (agreement_id, sector)
) WITHOUT ROWID;
CREATE TABLE agreement_sdgs (
    agreement_id INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    sdg INTEGER NOT NULL CHECK (sdg BETWEEN 1 AND 17),
    PRIMARY KEY (agreement_id, sdg)
) WITHOUT ROWID;

CREATE TABLE projects (
    id INTEGER PRIMARY KEY,
    title_en TEXT NOT NULL,
    title_th TEXT,
    status TEXT NOT NULL DEFAULT 'planned',
    start_date TEXT,
    end_date TEXT,
    budget REAL,
    currency TEXT,
    funding_source TEXT,
    agreement_id INTEGER REFERENCES agreements (id) ON DELETE SET NULL,
    outcomes TEXT,
    notes TEXT,
    source TEXT,
    {_META}
);
CREATE INDEX projects_title ON projects (title_en COLLATE NOCASE);
CREATE INDEX projects_agreement ON projects (agreement_id);
CREATE TABLE project_partners (
    project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    partner_id INTEGER NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
    PRIMARY KEY (project_id, partner_id)
) WITHOUT ROWID;
CREATE INDEX project_partners_partner ON project_partners (partner_id);
CREATE TABLE project_units (
    project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    unit_id INTEGER NOT NULL REFERENCES units (id) ON DELETE CASCADE,
    PRIMARY KEY (project_id, unit_id)
) WITHOUT ROWID;
CREATE INDEX project_units_unit ON project_units (unit_id);
CREATE TABLE project_sectors (
    project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    sector TEXT NOT NULL,
    PRIMARY KEY (project_id, sector)
) WITHOUT ROWID;
CREATE INDEX project_sectors_sector ON project_sectors (sector);
CREATE TABLE project_sdgs (
    project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    sdg INTEGER NOT NULL CHECK (sdg BETWEEN 1 AND 17),
    PRIMARY KEY (project_id, sdg)
) WITHOUT ROWID;
CREATE INDEX project_sdgs_sdg ON project_sdgs (sdg);

CREATE TABLE activities (
    id INTEGER PRIMARY KEY,
    activity_type TEXT NOT NULL,
    title_en TEXT NOT NULL,
    title_th TEXT,
    start_date TEXT,
    end_date TEXT,
    place TEXT,
    participants INTEGER,
    project_id INTEGER REFERENCES projects (id) ON DELETE SET NULL,
    agreement_id INTEGER REFERENCES agreements (id) ON DELETE SET NULL,
    summary TEXT,
    source TEXT,
    {_META}
);
CREATE INDEX activities_start ON activities (start_date);
CREATE INDEX activities_project ON activities (project_id);
CREATE INDEX activities_agreement ON activities (agreement_id);
CREATE TABLE activity_partners (
    activity_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    partner_id INTEGER NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
    PRIMARY KEY (activity_id, partner_id)
) WITHOUT ROWID;
CREATE INDEX activity_partners_partner ON activity_partners (partner_id, activity_id);

CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    partner_id INTEGER NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    name_th TEXT,
    position TEXT,
    email TEXT,
    phone TEXT,
    languages TEXT,
    is_focal_point INTEGER NOT NULL DEFAULT 0,
    notes TEXT,
    {_META}
);
CREATE INDEX contacts_partner ON contacts (partner_id);

CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE);
CREATE TABLE record_tags (
    entity TEXT NOT NULL,
    record_id INTEGER NOT NULL,
    tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (entity, record_id, tag_id)
) WITHOUT ROWID;

CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    entity TEXT NOT NULL,
    record_id INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    original_name TEXT NOT NULL,
    size INTEGER NOT NULL,
    mime_type TEXT,
    added_at TEXT NOT NULL,
    added_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX attachments_record ON attachments (entity, record_id);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    ts TEXT NOT NULL,
    user TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    record_id INTEGER NOT NULL,
    changes TEXT NOT NULL DEFAULT '{{}}',
    batch_id TEXT
);
CREATE INDEX audit_log_record ON audit_log (entity, record_id);
CREATE INDEX audit_log_batch ON audit_log (batch_id);
"""

# Search index: one FTS5 trigram table for every entity, so Thai (no spaces between words)
# matches by substring. rowid = record id * SEARCH_STRIDE + entity code, so a row is found
# without a scan. Version 2 indexed the first six kinds of record with a stride of 8; version
# 5 rebuilt the index for every kind with a stride of 16.
SEARCH_STRIDE = 16
SEARCH_CODES = {"partner": 1, "agreement": 2, "project": 3, "activity": 4, "contact": 5, "unit": 6,
                "action": 7, "lesson": 8, "framework": 9, "goal": 10}
_SEARCH_BODY = {
    "partner": ("partners", "name_en name_th acronym country region website notes"),
    "agreement": ("agreements", "title_en title_th signatories renewal_terms notes"),
    "project": ("projects", "title_en title_th funding_source outcomes notes"),
    "activity": ("activities", "title_en title_th place summary"),
    "contact": ("contacts", "name name_th position email languages notes"),
    "unit": ("units", "name_en name_th acronym notes"),
    "action": ("actions", "title_en title_th result notes"),
    "lesson": ("lessons", "title_en title_th description evidence notes"),
    "framework": ("frameworks", "name_en name_th description"),
    "goal": ("goals", "code name_en name_th description"),
}
_V2_ENTITIES = ("partner", "agreement", "project", "activity", "contact", "unit")


def _body_sql(prefix: str, columns: str) -> str:
    return " || ' ' || ".join(f"coalesce({prefix}.{c}, '')" for c in columns.split())


def search_triggers(entities: tuple[str, ...] | list[str], stride: int, *,
                    only_text: bool = False) -> str:
    """The triggers keeping the index in step with the tables of ``entities`` (it is filled
    by :func:`fill_search`); ``only_text``: the update trigger as version 7 makes it, firing
    only when the indexed text changes."""
    parts = []
    for entity in entities:
        table, columns = _SEARCH_BODY[entity]
        code = SEARCH_CODES[entity]
        new_body = _body_sql("new", columns)
        parts.append(
            f"""
CREATE TRIGGER {table}_search_ai AFTER INSERT ON {table} BEGIN
    INSERT INTO search_index (rowid, body) VALUES (new.id * {stride} + {code}, {new_body});
END;
{_search_update_trigger(entity, stride, only_text=only_text)}
CREATE TRIGGER {table}_search_ad AFTER DELETE ON {table} BEGIN
    DELETE FROM search_index WHERE rowid = old.id * {stride} + {code};
END;
"""
        )
    return "\n".join(parts)


# Rows indexed between two progress reports while the index is filled: a fraction of a
# second's work, so Cancel is answered at once.
FILL_REPORT_EVERY = 5_000
# The page cache while the index is filled (KiB; SQLite's default is 2 MB): the index's
# pages being written stay in memory instead of being spilled and read back.
_FILL_CACHE_KIB = 131_072
_FILL_HASH_BYTES = 64 << 20
_FTS_HASH_BYTES = 1 << 20  # FTS5's own default


def search_rows(conn: sqlite3.Connection, entities: tuple[str, ...] | list[str]) -> int:
    """How many records the index of ``entities`` holds a row for."""
    return sum(conn.execute(f"SELECT count(*) FROM {_SEARCH_BODY[e][0]}").fetchone()[0]
               for e in entities)


def fill_search(conn: sqlite3.Connection, entities: tuple[str, ...] | list[str],
                stride: int) -> None:
    """Index every record of ``entities`` into the empty ``search_index``, reporting
    progress as step "search_index".

    FTS5 gathers the rows going in until it holds ``hashsize`` bytes of them (1 MB by
    default), or the statement ends, then writes them as one more segment of the index,
    merged with others as it grows. Filled a megabyte at a time, a register's index is
    written and merged hundreds of times; one statement per kind of record gathering 64 MB
    at a time writes it in a few large segments: the same rows, found the same way, in
    about half the time (README, Benchmarks). Progress is counted by a function the
    statement calls on every row."""
    total = search_rows(conn, entities)
    done = 0
    stopped: list[BaseException] = []

    def tick() -> None:
        nonlocal done
        done += 1
        if done % FILL_REPORT_EVERY == 0:
            try:
                report("search_index", done, total)
            except BaseException as exc:  # e.g. Cancelled: the statement stops here
                stopped.append(exc)
                raise

    report("search_index", 0, total)
    cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = {-_FILL_CACHE_KIB}")
    token = _fill_ticker.set(tick)
    try:
        fts_config(conn, "hashsize", _FILL_HASH_BYTES)
        for entity in entities:
            table, columns = _SEARCH_BODY[entity]
            code = SEARCH_CODES[entity]
            try:
                conn.execute(
                    f"INSERT INTO search_index (rowid, body) SELECT t.id * {stride} + {code}, "
                    f"{_body_sql('t', columns)} FROM {table} AS t WHERE bkk_fill_tick(t.id)"
                ).close()
            except sqlite3.Error:
                if stopped:  # the callback's own exception, not SQLite's report of it
                    raise stopped[0] from None
                raise
        fts_config(conn, "hashsize", _FTS_HASH_BYTES)  # everyday writes: FTS5's default
    finally:
        _fill_ticker.reset(token)
        conn.execute(f"PRAGMA cache_size = {cache}")
    report("search_index", total, total)


# What ``bkk_fill_tick(id)``, the SQL function counting the rows being indexed, calls. The
# function is given to the connection before the upgrade's transaction begins (SQLite
# refuses a new function while an FTS5 table's settings are being changed).
_fill_ticker: contextvars.ContextVar[Callable[[], None] | None] = contextvars.ContextVar(
    "fill_ticker", default=None)


def _fill_tick(_id: int) -> int:
    ticker = _fill_ticker.get()
    if ticker is not None:
        ticker()
    return 1


def fts_config(conn: sqlite3.Connection, key: str, value: int) -> None:
    conn.execute("INSERT INTO search_index (search_index, rank) VALUES (?, ?)", (key, value))


def _search_update_trigger(entity: str, stride: int, *, only_text: bool) -> str:
    """The trigger indexing a record again when it changes (``only_text``: when its
    indexed text or id does, not when e.g. it goes to the trash or its sort keys are
    written)."""
    table, columns = _SEARCH_BODY[entity]
    code = SEARCH_CODES[entity]
    of = f"OF id, {', '.join(columns.split())} " if only_text else ""
    new_body = _body_sql("new", columns)
    return f"""CREATE TRIGGER {table}_search_au AFTER UPDATE {of}ON {table} BEGIN
    DELETE FROM search_index WHERE rowid = old.id * {stride} + {code};
    INSERT INTO search_index (rowid, body) VALUES (new.id * {stride} + {code}, {new_body});
END;"""


def _v2_sql() -> str:
    return ("CREATE VIRTUAL TABLE search_index USING fts5(body, tokenize = 'trigram');\n"
            + search_triggers(_V2_ENTITIES, 8))


def _migrate_to_1(conn: sqlite3.Connection) -> None:
    """Version 1: the records, their links, tags, attachments metadata and the audit log."""
    _run_script(conn, _V1)


def _migrate_to_2(conn: sqlite3.Connection) -> None:
    """Version 2: full-text search over every entity, kept in sync by triggers."""
    _run_script(conn, _v2_sql())
    fill_search(conn, _V2_ENTITIES, 8)


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    # executescript() would commit the surrounding transaction; run statement by statement.
    buf = ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            conn.execute(buf)
            buf = ""
    if buf.strip():
        conn.execute(buf)


# Each list's default order (name, then id) plus the columns its quick filter searches, so
# that paging deep into a long list and filtering it read only the index, never the table.
# They replace version 1's plain name indexes, which the planner would otherwise prefer.
_V3 = """
DROP INDEX IF EXISTS partners_name;
DROP INDEX IF EXISTS agreements_title;
DROP INDEX IF EXISTS projects_title;
CREATE INDEX partners_live_name
    ON partners (deleted_at, name_en COLLATE NOCASE, id, name_th, acronym);
CREATE INDEX partners_kind_name
    ON partners (kind, deleted_at, name_en COLLATE NOCASE, id, name_th, acronym);
CREATE INDEX agreements_live_title
    ON agreements (deleted_at, title_en COLLATE NOCASE, id, title_th);
CREATE INDEX projects_live_title ON projects (deleted_at, title_en COLLATE NOCASE, id, title_th);
CREATE INDEX activities_live_title
    ON activities (deleted_at, title_en COLLATE NOCASE, id, title_th, place);
CREATE INDEX contacts_live_name
    ON contacts (deleted_at, name COLLATE NOCASE, id, name_th, email);
CREATE INDEX units_live_name ON units (deleted_at, name_en COLLATE NOCASE, id, name_th, acronym);
"""


def _migrate_to_3(conn: sqlite3.Connection) -> None:
    """Version 3: indexes that keep long lists fast to page through and to filter."""
    _run_script(conn, _V3)


# Graph views a user named and saved (filters, layout, positions, zoom, colouring), to be
# reopened and presented later; ``spec`` is the view as JSON (core.graph.saved_views).
_V4 = """
CREATE TABLE graph_views (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    spec TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT ''
);
"""


def _migrate_to_4(conn: sqlite3.Connection) -> None:
    """Version 4: saved graph views."""
    _run_script(conn, _V4)


def _goal_links(owner: str, table: str) -> str:
    return f"""
CREATE TABLE {owner}_goals (
    {owner}_id INTEGER NOT NULL REFERENCES {table} (id) ON DELETE CASCADE,
    goal_id INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    PRIMARY KEY ({owner}_id, goal_id)
) WITHOUT ROWID;
CREATE INDEX {owner}_goals_goal ON {owner}_goals (goal_id);
"""


# The city's strategy: frameworks (the SDGs, the Governor's nine dimensions, the office's own
# plan) and their goals; follow-up actions agreed with partners; lessons brought home; the
# alignment of agreements, projects, activities, actions and lessons to goals.
_V5_TABLES = f"""
CREATE TABLE frameworks (
    id INTEGER PRIMARY KEY,
    name_en TEXT NOT NULL,
    name_th TEXT,
    builtin TEXT UNIQUE,
    period_start TEXT,
    period_end TEXT,
    is_active INTEGER NOT NULL DEFAULT 1,
    description TEXT,
    source TEXT,
    notes TEXT,
    {_META}
);
CREATE INDEX frameworks_live_name ON frameworks (deleted_at, name_en COLLATE NOCASE, id, name_th);

CREATE TABLE goals (
    id INTEGER PRIMARY KEY,
    framework_id INTEGER NOT NULL REFERENCES frameworks (id) ON DELETE CASCADE,
    parent_id INTEGER REFERENCES goals (id) ON DELETE SET NULL,
    code TEXT NOT NULL,
    name_en TEXT NOT NULL,
    name_th TEXT,
    description TEXT,
    source TEXT,
    {_META}
);
CREATE INDEX goals_framework ON goals (framework_id, code);
CREATE INDEX goals_parent ON goals (parent_id);
CREATE INDEX goals_live_name ON goals (deleted_at, name_en COLLATE NOCASE, id, name_th, code);

CREATE TABLE actions (
    id INTEGER PRIMARY KEY,
    title_en TEXT NOT NULL,
    title_th TEXT,
    status TEXT NOT NULL DEFAULT 'open',
    due_date TEXT,
    done_date TEXT,
    unit_id INTEGER REFERENCES units (id) ON DELETE SET NULL,
    activity_id INTEGER REFERENCES activities (id) ON DELETE SET NULL,
    agreement_id INTEGER REFERENCES agreements (id) ON DELETE SET NULL,
    result TEXT,
    notes TEXT,
    source TEXT,
    {_META}
);
CREATE INDEX actions_due ON actions (status, due_date);
CREATE INDEX actions_unit ON actions (unit_id);
CREATE INDEX actions_activity ON actions (activity_id);
CREATE INDEX actions_agreement ON actions (agreement_id);
CREATE INDEX actions_live_title ON actions (deleted_at, title_en COLLATE NOCASE, id, title_th);
CREATE TABLE action_partners (
    action_id INTEGER NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
    partner_id INTEGER NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
    PRIMARY KEY (action_id, partner_id)
) WITHOUT ROWID;
CREATE INDEX action_partners_partner ON action_partners (partner_id);

CREATE TABLE lessons (
    id INTEGER PRIMARY KEY,
    title_en TEXT NOT NULL,
    title_th TEXT,
    description TEXT,
    stage TEXT NOT NULL DEFAULT 'learned',
    learned_date TEXT,
    piloted_date TEXT,
    scaled_date TEXT,
    activity_id INTEGER REFERENCES activities (id) ON DELETE SET NULL,
    project_id INTEGER REFERENCES projects (id) ON DELETE SET NULL,
    evidence TEXT,
    source TEXT,
    notes TEXT,
    {_META}
);
CREATE INDEX lessons_stage ON lessons (stage);
CREATE INDEX lessons_live_title ON lessons (deleted_at, title_en COLLATE NOCASE, id, title_th);
CREATE TABLE lesson_partners (
    lesson_id INTEGER NOT NULL REFERENCES lessons (id) ON DELETE CASCADE,
    partner_id INTEGER NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
    PRIMARY KEY (lesson_id, partner_id)
) WITHOUT ROWID;
CREATE INDEX lesson_partners_partner ON lesson_partners (partner_id);
CREATE TABLE lesson_units (
    lesson_id INTEGER NOT NULL REFERENCES lessons (id) ON DELETE CASCADE,
    unit_id INTEGER NOT NULL REFERENCES units (id) ON DELETE CASCADE,
    PRIMARY KEY (lesson_id, unit_id)
) WITHOUT ROWID;
CREATE INDEX lesson_units_unit ON lesson_units (unit_id);
CREATE TABLE lesson_sectors (
    lesson_id INTEGER NOT NULL REFERENCES lessons (id) ON DELETE CASCADE,
    sector TEXT NOT NULL,
    PRIMARY KEY (lesson_id, sector)
) WITHOUT ROWID;
{_goal_links("agreement", "agreements")}{_goal_links("project", "projects")}
{_goal_links("activity", "activities")}{_goal_links("action", "actions")}
{_goal_links("lesson", "lessons")}"""

# A contact now belongs to a partner or to one of the city's units (its staff, one of them
# the unit's international-affairs focal point): partner_id may be empty, unit_id is new.
_V5_CONTACTS = f"""
CREATE TABLE contacts_v5 (
    id INTEGER PRIMARY KEY,
    partner_id INTEGER REFERENCES partners (id) ON DELETE CASCADE,
    unit_id INTEGER REFERENCES units (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    name_th TEXT,
    position TEXT,
    email TEXT,
    phone TEXT,
    languages TEXT,
    is_focal_point INTEGER NOT NULL DEFAULT 0,
    notes TEXT,
    {_META}
);
INSERT INTO contacts_v5 (id, partner_id, name, name_th, position, email, phone, languages,
                         is_focal_point, notes, created_at, updated_at, updated_by, version,
                         deleted_at)
    SELECT id, partner_id, name, name_th, position, email, phone, languages, is_focal_point,
           notes, created_at, updated_at, updated_by, version, deleted_at FROM contacts;
DROP TABLE contacts;
ALTER TABLE contacts_v5 RENAME TO contacts;
CREATE INDEX contacts_partner ON contacts (partner_id);
CREATE INDEX contacts_unit ON contacts (unit_id);
CREATE INDEX contacts_live_name ON contacts (deleted_at, name COLLATE NOCASE, id, name_th, email);
"""


def _v5_search() -> str:
    drops = "".join(f"DROP TRIGGER IF EXISTS {_SEARCH_BODY[e][0]}_search_{w};\n"
                    for e in _V2_ENTITIES for w in ("ai", "au", "ad"))
    return (drops + "DROP TABLE search_index;\n"
            "CREATE VIRTUAL TABLE search_index USING fts5(body, tokenize = 'trigram');\n"
            + search_triggers(list(SEARCH_CODES), SEARCH_STRIDE))


def _migrate_to_5(conn: sqlite3.Connection) -> None:
    """Version 5: strategy frameworks and goals (the SDGs and the Governor's nine dimensions
    shipped), alignment, follow-up actions, lessons, unit contacts; the search index
    rebuilt for every kind of record."""
    from ..strategy.builtin import seed_sql

    _run_script(conn, _V5_TABLES + _V5_CONTACTS)
    for sql, params in seed_sql():
        conn.execute(sql, params)
    _run_script(conn, _v5_search())
    fill_search(conn, list(SEARCH_CODES), SEARCH_STRIDE)


# What the strategy view and the year in review filter each kind of record by (status,
# the dates that decide "in force", "this year", "overdue"), so that those figures read
# these narrow indexes instead of the records' wide rows.
_V6 = """
CREATE INDEX agreements_live_status
    ON agreements (deleted_at, status, expiry_date, effective_date);
CREATE INDEX projects_live_status ON projects (deleted_at, status, start_date, end_date);
CREATE INDEX activities_live_start ON activities (deleted_at, start_date, activity_type);
CREATE INDEX actions_live_status ON actions (deleted_at, status, due_date, done_date, unit_id);
CREATE INDEX lessons_live_stage ON lessons (deleted_at, stage, scaled_date);
"""


def _migrate_to_6(conn: sqlite3.Connection) -> None:
    """Version 6: indexes for the strategy view's figures and the year in review."""
    _run_script(conn, _V6)


# Each list's sort keys (records.sort_keys): a name's English and Thai keys beside every
# record, a goal's code's key beside each goal. Version 7 adds them, works them out for
# the rows already stored and sorts the lists' indexes by them in place of the names.
_V7_TABLES = ("partners", "units", "agreements", "projects", "activities", "contacts",
              "actions", "lessons", "frameworks", "goals")
_V5_LIST_INDEXES = ("partners_live_name", "partners_kind_name", "agreements_live_title",
                    "projects_live_title", "activities_live_title", "contacts_live_name",
                    "units_live_name", "frameworks_live_name", "goals_live_name",
                    "actions_live_title", "lessons_live_title")
# What each list's quick filter reads, kept in its indexes (as version 3's were).
_FILTERED = {"partners": "name_en, name_th, acronym", "units": "name_en, name_th, acronym",
             "agreements": "title_en, title_th", "projects": "title_en, title_th",
             "activities": "title_en, title_th, place", "contacts": "name, name_th, email",
             "actions": "title_en, title_th", "lessons": "title_en, title_th",
             "frameworks": "name_en, name_th", "goals": "name_en, name_th, code"}


def v7_columns(text_type: str = "TEXT") -> str:
    """The sort-key columns (``text_type``: how the engine spells a text that compares
    byte by byte)."""
    adds = [f"ALTER TABLE {t} ADD COLUMN {c} {text_type} NOT NULL DEFAULT '';"
            for t in _V7_TABLES for c in ("sort_en", "sort_th")]
    return "\n".join([*adds, f"ALTER TABLE goals ADD COLUMN code_key {text_type} NOT NULL "
                                "DEFAULT '';"]) + "\n"


def v7_indexes(*, server: bool = False) -> str:
    """The lists' indexes by sort key, replacing version 3's and 5's by name. A file's hold
    what the quick filter reads too; a server finds that with its trigram indexes."""
    out = [f"DROP INDEX IF EXISTS {name};" for name in _V5_LIST_INDEXES]
    for table, filtered in _FILTERED.items():
        cols = "" if server else filtered
        for key in ("sort_en", "sort_th"):
            out.append(f"CREATE INDEX {table}_live_{key} "
                       f"ON {table} (deleted_at, {key}, id{', ' * bool(cols)}{cols});")
            if table == "partners":
                out.append(f"CREATE INDEX partners_kind_{key} "
                           f"ON partners (kind, deleted_at, {key}, id{', ' * bool(cols)}{cols});")
    out.append("CREATE INDEX goals_code_key ON goals (framework_id, code_key);")
    return "\n".join(out) + "\n"


def _migrate_to_7(conn: sqlite3.Connection) -> None:
    """Version 7: lists sorted in the reader's order (Thai in dictionary order) by sort
    keys stored beside each name, goal codes in reading order."""
    from ..records import sort_keys

    # Writing the keys must not index every record's text again: the search index is
    # brought up to date only when a record's indexed text changes.
    _run_script(conn, v7_columns() + "".join(
        f"DROP TRIGGER {_SEARCH_BODY[e][0]}_search_au;\n"
        f"{_search_update_trigger(e, SEARCH_STRIDE, only_text=True)}\n"
        for e in SEARCH_CODES))
    sort_keys.fill_all(cast("Connection", conn),
                       lambda done, total: report("sort_keys", done, total))
    _run_script(conn, v7_indexes())


# The partner list's indexes by kind folded into those of the whole list: each new or
# changed partner kept three indexes fewer up to date (a tenth of the time a 10,000-row
# import spends writing its rows), for lists of one kind that now read past the other kind's
# entries in the same index (a few milliseconds at 50,000 partners).
_V8 = "".join(
    ["DROP INDEX IF EXISTS partners_kind;\n"]
    + [f"DROP INDEX IF EXISTS partners_kind_{key};\nDROP INDEX partners_live_{key};\n"
       f"CREATE INDEX partners_live_{key} "
       f"ON partners (deleted_at, {key}, id, {_FILTERED['partners']}, kind);\n"
       for key in ("sort_en", "sort_th")])


def _migrate_to_8(conn: sqlite3.Connection) -> None:
    """Version 8: one index per language for the partner list, whatever the kind shown."""
    _run_script(conn, _V8)


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _migrate_to_1, _migrate_to_2, _migrate_to_3, _migrate_to_4, _migrate_to_5,
    _migrate_to_6, _migrate_to_7, _migrate_to_8,
]
SCHEMA_VERSION = len(MIGRATIONS)


# How far the upgrade under way has got: ``progress(step, done, total)``, where ``step``
# names the long part of a migration ("search_index", ...). The callback may raise (e.g.
# ``errors.Cancelled`` when the user cancels): the whole upgrade then rolls back.
Progress = Callable[[str, int, int], None]
_progress: contextvars.ContextVar[Progress | None] = contextvars.ContextVar(
    "migration_progress", default=None)


def report(step: str, done: int, total: int) -> None:
    """Say how far a long migration step has got (called every so often from its loop)."""
    callback = _progress.get()
    if callback is not None:
        callback(step, done, total)


@contextlib.contextmanager
def reporting(progress: Progress | None) -> Iterator[None]:
    """Send the :func:`report` calls made inside the block to ``progress``."""
    token = _progress.set(progress)
    try:
        yield
    finally:
        _progress.reset(token)


def migrate(conn: sqlite3.Connection, *, target: int = SCHEMA_VERSION,
            progress: Progress | None = None) -> int:
    """Bring the open database up to ``target`` in one transaction (an upgrade applies
    completely or not at all: an old file is never left half-way between versions);
    return the version reached."""
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    if current >= target:
        return current
    conn.create_function("bkk_fill_tick", 1, _fill_tick)
    conn.execute("BEGIN IMMEDIATE")
    try:
        # Read again under the write lock: another instance may have just migrated.
        current = conn.execute("PRAGMA user_version").fetchone()[0]
        with reporting(progress):
            while current < target:
                MIGRATIONS[current](conn)
                current += 1
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                conn.execute(f"PRAGMA user_version = {current}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return current


@functools.cache
def tables_at(version: int) -> frozenset[str]:
    """The tables a database of schema ``version`` has (read off the migrations themselves,
    so a damaged file that lacks one is recognised before anything is written to it)."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        migrate(conn, target=version)
        return frozenset(r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"))
    finally:
        conn.close()
