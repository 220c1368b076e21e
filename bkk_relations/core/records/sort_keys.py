"""The keys stored beside each record's name that its lists sort by, so a long list pages in
the reader's order from an index, alike on a file and on a server: ``sort_en`` for the
English name, ``sort_th`` for the name a Thai list shows (the Thai one, the English one
where there is none), ``code_key`` for a goal's code (see ``normalise``).

They are worked out from the record in one place, ``derived``, whenever a record is written
through the repository; ``fill`` writes them for rows stored another way (a schema upgrade,
generated sample data, the shipped frameworks).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from ..storage.protocols import Connection
from .models import SPECS, EntitySpec
from .normalise import code_key, label_key, name_key

# Columns a record never sets itself: the repository works them out when it writes.
DERIVED = frozenset({"name_key", "sort_en", "sort_th", "code_key"})
_KEYS = ("sort_en", "sort_th", "code_key")


def derived(spec: EntitySpec, values: Mapping[str, object]) -> dict[str, str]:
    """The derived columns of a record of ``spec`` whose own columns are ``values``."""
    english = str(values[spec.label_col] or "")
    out = {"sort_en": label_key(english),
           "sort_th": label_key(str(values.get(spec.label_th_col) or english))}
    if "name_key" in spec.columns:
        out["name_key"] = name_key(english)
    if "code_key" in spec.columns:
        out["code_key"] = code_key(str(values["code"] or ""))
    return out


def fill(conn: Connection, spec: EntitySpec, *, missing_only: bool = False,
         progress: Callable[[int, int], None] | None = None, chunk: int = 2000) -> int:
    """Write the sort keys of the rows of ``spec``'s table (every row, or only those stored
    without them); ``progress(done, total)`` after each chunk. Returns how many rows."""
    sources = [spec.label_col, spec.label_th_col] + (
        ["code"] if "code_key" in spec.columns else [])
    keys = [k for k in _KEYS if k in spec.columns]
    where = " WHERE sort_en = ''" if missing_only else ""
    rows = conn.execute(f"SELECT id, {', '.join(sources)} FROM {spec.table}{where} "
                        "ORDER BY id").fetchall()
    # A server takes a chunk in one statement (a statement per row is a round trip each);
    # a file takes a statement per row as fast, and older SQLite has no UPDATE ... FROM.
    on_server = getattr(getattr(conn, "dialect", None), "name", "") == "postgresql"
    update = (f"UPDATE {spec.table} SET {', '.join(f'{k} = ?' for k in keys)} "
              "WHERE id = ?")
    for start in range(0, len(rows), chunk):
        batch = []
        for row in rows[start:start + chunk]:  # one row at a time: the keys are Python's
            record_id, *own = tuple(row)
            made = derived(spec, dict(zip(sources, own, strict=True)))
            batch.append([*(made[k] for k in keys), record_id])
        if on_server:
            marks = ", ".join(["(" + ", ".join("?" * (len(keys) + 1)) + ")"] * len(batch))
            # (the range of ids lets the server read just the chunk's rows)
            conn.execute(f"UPDATE {spec.table} t SET "
                         f"{', '.join(f'{k} = v.{k}' for k in keys)} FROM (VALUES {marks}) "
                         f"AS v ({', '.join(keys)}, id) WHERE t.id = v.id "
                         "AND t.id BETWEEN ? AND ?",
                         [*(v for values in batch for v in values), batch[0][-1],
                          batch[-1][-1]])
        else:
            conn.executemany(update, batch)
        if progress is not None:
            progress(min(start + chunk, len(rows)), len(rows))
    return len(rows)


def fill_all(conn: Connection, progress: Callable[[int, int], None] | None = None) -> int:
    """Write the keys of every record (as a schema upgrade does); ``progress(done, total)``
    every so often. Returns how many records."""
    counts = [conn.execute(f"SELECT count(*) FROM {spec.table}").fetchone()[0]
              for spec in SPECS.values()]
    total, before = sum(counts), 0
    if progress is not None:
        progress(0, total)
    for spec, count in zip(SPECS.values(), counts, strict=True):
        fill(conn, spec, progress=None if progress is None else _offset(progress, before, total))
        before += count
    return total


def _offset(progress: Callable[[int, int], None], before: int, total: int
            ) -> Callable[[int, int], None]:
    """One table's progress as the whole upgrade's: ``before`` records came first."""
    return lambda done, _n: progress(before + done, total)


def fill_missing(conn: Connection) -> int:
    """Write the keys of every row stored without them (in every table)."""
    return sum(fill(conn, spec, missing_only=True) for spec in SPECS.values())
