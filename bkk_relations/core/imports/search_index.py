"""An import's search-index entries written at once, at the end of its transaction.

On a local file every record's entry in the full-text index is written by a trigger, and
SQLite's full-text index writes (and later merges) a segment at every statement and
savepoint that touches it: for an import that is one segment per updated record and per
chunk of new ones, a tenth or more of a large import's time. Inside the import's one
transaction the table's insert and update triggers are set aside, and once every row is
written the entries of the records the batch created or changed (its audit entries say
which) are written by one statement each, and the triggers put back exactly as they were
stored. Nothing of this is seen outside the transaction: a failure, a cancel or a dry run
rolls the triggers back with the rows.

Only when the stored triggers are the ones this version of the schema makes (so that the
statement below writes what they would have written); otherwise, and on a server (whose
index has no such cost), the triggers keep working as always.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from collections.abc import Iterator
from typing import cast

from ..records.models import SPECS
from ..storage import schema
from ..storage.database import Database

_TRIGGER = re.compile(r"(CREATE TRIGGER (\w+) .*?\nEND);", re.DOTALL)
# What the insert trigger writes: the entry's row id and its text, from the new row.
_ENTRY = re.compile(r"INSERT INTO search_index \(rowid, body\) VALUES \((new\.id \* \d+ \+ \d+), "
                    r"(.*)\);\nEND$", re.DOTALL)
_SET_ASIDE = ("_search_ai", "_search_au")
_AUTOMERGE = 4  # FTS5's own default  # the delete trigger stays: an import deletes nothing


def _plan(db: Database, entity: str) -> tuple[dict[str, str], str, int] | None:
    """The triggers to set aside {name: stored SQL}, the statement that fills the index
    from the table (alias ``t``), and the entity's code in the index's row ids; None
    when the index cannot be written this way."""
    if db.is_server or entity not in schema.SEARCH_CODES:
        return None
    table = SPECS[entity].table
    wanted = {table + suffix for suffix in _SET_ASIDE}
    stored = dict(db.conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
        (table,)).fetchall())
    for only_text in (True, False):  # the update trigger as version 7 makes it, or before
        script = schema.search_triggers([entity], schema.SEARCH_STRIDE, only_text=only_text)
        made = {name: sql for sql, name in _TRIGGER.findall(script)}
        entry = _ENTRY.search(made.get(table + "_search_ai", ""))
        if entry is not None and wanted <= made.keys() \
                and all(stored.get(name) == made[name] for name in wanted):
            break
    else:
        return None
    # The insert trigger's own expressions, on the table's rows rather than the new one.
    rowid, body = (e.replace("new.", "t.") for e in entry.groups())
    fill = f"INSERT INTO search_index (rowid, body) SELECT {rowid}, {body} FROM {table} AS t"
    return {name: made[name] for name in sorted(wanted)}, fill, schema.SEARCH_CODES[entity]


@contextlib.contextmanager
def deferred(db: Database, entity: str, batch_id: str) -> Iterator[None]:
    """Within a transaction: the search-index entries of the records of ``entity`` that
    batch ``batch_id`` writes inside the block are written when it ends without an
    exception (an exception must roll the transaction back: the triggers are set aside
    until then)."""
    plan = _plan(db, entity)
    if plan is None:
        yield
        return
    assert getattr(db.conn, "in_transaction", False), \
        "the triggers may only be set aside inside a transaction"
    triggers, fill, code = plan
    conn = db.conn
    raw = cast(sqlite3.Connection, conn)  # (_plan: a file's)
    for name in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    yield
    stride = schema.SEARCH_STRIDE
    written = ("SELECT record_id FROM audit_log WHERE batch_id = ? AND entity = ? "
               "AND action = ?")
    if conn.execute("SELECT 1 FROM audit_log WHERE batch_id = ? AND entity = ? LIMIT 1",
                    (batch_id, entity)).fetchone():  # (a partner sheet without ties)
        # FTS5 merges its segments a little at every write ("automerge"): the import's
        # share of that work (a tenth of a second per 10,000 records) is left to the
        # saves after it, a little each, as FTS5 does for any large write; the setting is
        # put back before the transaction ends.
        merge = conn.execute("SELECT v FROM search_index_config WHERE k = 'automerge'"
                             ).fetchone()
        schema.fts_config(raw, "automerge", 0)
        # Records changed by the import had an entry: it is replaced, as the update
        # trigger does.
        conn.execute(f"DELETE FROM search_index WHERE rowid IN "
                     f"(SELECT record_id * {stride} + {code} FROM ({written}))",
                     (batch_id, entity, "update"))
        conn.execute(f"{fill} WHERE t.id IN (SELECT record_id FROM audit_log "
                     "WHERE batch_id = ? AND entity = ? AND action IN ('create', 'update'))",
                     (batch_id, entity))
        schema.fts_config(raw, "automerge", _AUTOMERGE if merge is None else merge[0])
    for sql in triggers.values():
        conn.execute(sql)
