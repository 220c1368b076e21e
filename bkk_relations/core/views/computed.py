"""SQL for the columns lists and reports work out from linked records (a partner's number of
agreements and its last activity, an agreement's parties, a project's sectors), built from
the links ``records.models.SPECS`` declares, so no table name is written twice.

Each function returns an SQL expression for the record aliased ``t`` in the outer query.
"""

from __future__ import annotations

from ..records.models import SPECS, Reference, reference

# Added to the name of a linked record that is in the trash: the link is kept (Ctrl+Z or
# the Trash brings the record back), so lists show it, marked, rather than hide it. The app
# shows the mark in the user's language.
TRASH_MARK = " (in the Trash)"


def marked(alias: str, col: str) -> str:
    """A linked record's name, with TRASH_MARK when it is in the trash."""
    return (f"{alias}.{col} || CASE WHEN {alias}.deleted_at IS NULL THEN '' "
            f"ELSE '{TRASH_MARK}' END")


def live_count(owner: str, attr: str) -> str:
    """How many live ``owner`` records point at ``t`` through ``owner.attr`` (a partner's
    agreements: ``live_count("agreement", "party_ids")``)."""
    ref = reference(owner, attr)
    return (f"(SELECT count(*) FROM {ref.table} l JOIN {ref.owner.table} o "
            f"ON o.id = l.{ref.owner_col} WHERE l.{ref.column} = t.id "
            "AND o.deleted_at IS NULL)")


def latest(owner: str, attr: str, col: str, record: str = "t.id") -> str:
    """The largest ``col`` of the live ``owner`` records pointing at ``record`` (a
    partner's last activity: ``latest("activity", "partner_ids", "start_date")``)."""
    ref = reference(owner, attr)
    return (f"(SELECT max(o.{col}) FROM {ref.table} l JOIN {ref.owner.table} o "
            f"ON o.id = l.{ref.owner_col} WHERE l.{ref.column} = {record} "
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


def _target(ref: Reference) -> tuple[str, str]:
    spec = SPECS[ref.target]
    return spec.table, spec.label_col


def names(owner: str, attr: str, *, trash: str = "mark") -> str:
    """The names of the records ``t`` links to through ``attr`` ("Seoul; Tokyo"). Those in
    the trash are marked (``trash="mark"``), left out (``"hide"``: the names are then
    sorted) or shown as they are (``"show"``, for a single link)."""
    ref = reference(owner, attr)
    table, label = _target(ref)
    if ref.owner_col is None:  # one id in a column of the record itself
        shown = marked("x", label) if trash == "mark" else f"x.{label}"
        live = " AND x.deleted_at IS NULL" if trash == "hide" else ""
        return f"(SELECT {shown} FROM {table} x WHERE x.id = t.{ref.column}{live})"
    if trash == "mark":
        return (f"(SELECT group_concat({marked('x', label)}, '; ') FROM {ref.table} l "
                f"JOIN {table} x ON x.id = l.{ref.column} WHERE l.{ref.owner_col} = t.id)")
    live = " AND x.deleted_at IS NULL" if trash == "hide" else ""
    return (f"(SELECT group_concat({label}, '; ') FROM (SELECT x.{label} FROM {ref.table} l "
            f"JOIN {table} x ON x.id = l.{ref.column} WHERE l.{ref.owner_col} = t.id{live} "
            f"ORDER BY x.{label} COLLATE NOCASE) AS names)")


def values(owner: str, attr: str, sep: str, *, ordered: bool = True) -> str:
    """The values of a list stored in its own table (sectors, SDGs), joined by ``sep``."""
    link = SPECS[owner].link(attr)
    col, table, key = link.value_col, link.table, link.owner_col
    if not ordered:
        return f"(SELECT group_concat({col}, '{sep}') FROM {table} WHERE {key} = t.id)"
    return (f"(SELECT group_concat({col}, '{sep}') FROM (SELECT {col} FROM {table} "
            f"WHERE {key} = t.id ORDER BY {col}) AS vals)")
