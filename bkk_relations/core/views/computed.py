"""SQL for the columns lists and reports work out from linked records (a partner's number of
agreements and its last activity, an agreement's parties, a project's sectors), built from
the links ``records.models.SPECS`` declares, so no table name is written twice.

Each function returns an SQL expression for the record aliased ``t`` in the outer query.
"""

from __future__ import annotations

from ..records.models import SPECS, reference

# Added to the name of a linked record that is in the trash: the link is kept (Ctrl+Z or
# the Trash brings the record back), so lists show it, marked, rather than hide it. The app
# shows the mark in the user's language.
TRASH_MARK = " (in the Trash)"


def label(entity: str, alias: str, language: str = "en") -> str:
    """A record's name or title in ``language``: in Thai its Thai one, the English one where
    it has none (never both, so a column reads in one language where it can)."""
    spec = SPECS[entity]
    if language != "th":
        return f"{alias}.{spec.label_col}"
    return f"COALESCE(NULLIF({alias}.{spec.label_th_col}, ''), {alias}.{spec.label_col})"


def sort_key(alias: str, language: str = "en") -> str:
    """The stored key (records.sort_keys) that orders records by ``label`` in
    ``language``."""
    return f"{alias}.sort_th" if language == "th" else f"{alias}.sort_en"


def marked(alias: str, shown: str) -> str:
    """A linked record's name (the SQL ``shown``), with TRASH_MARK when it is in the
    trash."""
    return (f"{shown} || CASE WHEN {alias}.deleted_at IS NULL THEN '' "
            f"ELSE '{TRASH_MARK}' END")


# The lookups below start from the link table (CROSS JOIN keeps SQLite to that order; a
# server plans as it likes): an index on the owner's table that starts with deleted_at
# would otherwise tempt SQLite to read every live owner record for each row of a list.


def live_count(owner: str, attr: str) -> str:
    """How many live ``owner`` records point at ``t`` through ``owner.attr`` (a partner's
    agreements: ``live_count("agreement", "party_ids")``)."""
    ref = reference(owner, attr)
    return (f"(SELECT count(*) FROM {ref.table} l CROSS JOIN {ref.owner.table} o "
            f"WHERE o.id = l.{ref.owner_col} AND l.{ref.column} = t.id "
            "AND o.deleted_at IS NULL)")


def latest(owner: str, attr: str, col: str, record: str = "t.id") -> str:
    """The largest ``col`` of the live ``owner`` records pointing at ``record`` (a
    partner's last activity: ``latest("activity", "partner_ids", "start_date")``)."""
    ref = reference(owner, attr)
    return (f"(SELECT max(o.{col}) FROM {ref.table} l CROSS JOIN {ref.owner.table} o "
            f"WHERE o.id = l.{ref.owner_col} AND l.{ref.column} = {record} "
            "AND o.deleted_at IS NULL)")


def grouped(owner: str, attr: str, value: str, alias: str) -> tuple[str, str]:
    """``live_count`` or ``latest`` (``value``: "count(*)" or "max(o.col)") for every record
    at once: (the column, a LEFT JOIN of one grouped pass), faster than a lookup per row
    when most rows are written."""
    ref = reference(owner, attr)
    return (f"{alias}.v",
            f"LEFT JOIN (SELECT l.{ref.column} AS rid, {value} AS v FROM {ref.table} l "
            f"JOIN {ref.owner.table} o ON o.id = l.{ref.owner_col} WHERE o.deleted_at IS NULL "
            f"GROUP BY l.{ref.column}) {alias} ON {alias}.rid = t.id")


def names(owner: str, attr: str, *, trash: str = "mark", language: str = "en") -> str:
    """The names of the records ``t`` links to through ``attr`` ("Seoul; Tokyo"), in
    ``language`` (see ``label``). Those in the trash are marked (``trash="mark"``), left out
    (``"hide"``: the names are then sorted) or shown as they are (``"show"``, for a single
    link)."""
    ref = reference(owner, attr)
    table, name = SPECS[ref.target].table, label(ref.target, "x", language)
    if ref.owner_col is None:  # one id in a column of the record itself
        shown = marked("x", name) if trash == "mark" else name
        live = " AND x.deleted_at IS NULL" if trash == "hide" else ""
        return f"(SELECT {shown} FROM {table} x WHERE x.id = t.{ref.column}{live})"
    if trash == "mark":
        return (f"(SELECT group_concat({marked('x', name)}, '; ') FROM {ref.table} l "
                f"JOIN {table} x ON x.id = l.{ref.column} WHERE l.{ref.owner_col} = t.id)")
    live = " AND x.deleted_at IS NULL" if trash == "hide" else ""
    return (f"(SELECT group_concat(name, '; ') FROM (SELECT {name} AS name FROM {ref.table} l "
            f"JOIN {table} x ON x.id = l.{ref.column} WHERE l.{ref.owner_col} = t.id{live} "
            f"ORDER BY {sort_key('x', language)}) AS names)")


def values(owner: str, attr: str, sep: str, *, ordered: bool = True) -> str:
    """The values of a list stored in its own table (sectors, SDGs), joined by ``sep``."""
    link = SPECS[owner].link(attr)
    col, table, key = link.value_col, link.table, link.owner_col
    if not ordered:
        return f"(SELECT group_concat({col}, '{sep}') FROM {table} WHERE {key} = t.id)"
    return (f"(SELECT group_concat({col}, '{sep}') FROM (SELECT {col} FROM {table} "
            f"WHERE {key} = t.id ORDER BY {col}) AS vals)")
