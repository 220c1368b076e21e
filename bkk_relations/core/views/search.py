"""Full-text search across every kind of record.

The index is an FTS5 table with the trigram tokenizer, so any substring of three or more
characters matches — Thai has no spaces between words, so word tokenizers would miss
``กรุง`` inside ``กรุงเทพมหานคร``. Shorter queries fall back to a substring scan of names.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..records.models import SPECS
from ..storage.protocols import Connection
from ..storage.schema import SEARCH_CODES, SEARCH_STRIDE

if TYPE_CHECKING:
    from ..register import Register

_CODE_ENTITY = {code: entity for entity, code in SEARCH_CODES.items()}
# What a search looks through unless told otherwise: the office's records, not the goals of
# the frameworks (their pickers search those).
ENTITY_ORDER = [e for e in SEARCH_CODES if e not in ("framework", "goal")]
_EVERY = list(SEARCH_CODES)


def _names(entity: str) -> tuple[str, str, str]:
    """The table of ``entity`` and the columns of its English and Thai names."""
    spec = SPECS[entity]
    return spec.table, spec.label_col, spec.label_th_col


@dataclass(frozen=True)
class Hit:
    entity: str
    id: int
    label: str
    label_th: str | None
    snippet: str


def _index_words(text: str) -> list[str]:
    """The words the index can look up: those of three or more characters."""
    return [w for w in text.split() if len(w) >= 3]


def search(reg: Register, text: str, *, limit: int = 50,
           entities: list[str] | None = None) -> list[Hit]:
    """Records whose text contains every word of ``text`` (case-insensitive), grouped by
    entity in the order partners, agreements, projects, activities, contacts, units."""
    conn = reg.conn
    text = (text or "").strip()
    if not text:
        return []
    words = _index_words(text)
    wanted = set(entities or ENTITY_ORDER)
    hits: list[Hit] = []
    if not words:
        hits = _scan(conn, text, limit, wanted)
    else:
        # Fetch more than asked: rows in the trash or of unwanted entities are dropped below.
        rows = conn.dialect.search_index(conn, words, limit * 4 + 50)
        found: list[tuple[str, int, str]] = []
        for key, snippet in rows:
            kind = _CODE_ENTITY.get(key % SEARCH_STRIDE)
            if kind in wanted:
                found.append((kind, key // SEARCH_STRIDE, snippet))
        labels = _labels(conn, found)
        for entity, record_id, snippet in found:
            label = labels.get((entity, record_id))
            if label:  # not in the trash
                hits.append(Hit(entity, record_id, label[0], label[1], snippet))
            if len(hits) >= limit:
                break
    needle = text.casefold()

    def rank(h: Hit) -> tuple:  # names that start with the query come first in each group
        names = (h.label.casefold(), (h.label_th or "").casefold())
        return (_EVERY.index(h.entity), not any(n.startswith(needle) for n in names),
                not any(needle in n for n in names), h.label.casefold())

    hits.sort(key=rank)
    return hits


def _labels(conn: Connection, found: list[tuple[str, int, str]]
            ) -> dict[tuple[str, int], tuple[str, str | None]]:
    """The names of the live records among ``found``, one query per kind of record."""
    out: dict[tuple[str, int], tuple[str, str | None]] = {}
    for entity in {e for e, _, _ in found}:
        ids = [i for e, i, _ in found if e == entity]
        table, en, th = _names(entity)
        for row in conn.execute(
                f"SELECT id, {en}, {th} FROM {table} WHERE deleted_at IS NULL "
                f"AND id IN ({', '.join('?' * len(ids))})", ids):
            out[(entity, row[0])] = (row[1], row[2])
    return out


def _scan(conn: Connection, text: str, limit: int, wanted: set[str]) -> list[Hit]:
    pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    hits: list[Hit] = []
    for entity in ENTITY_ORDER:
        if entity not in wanted or len(hits) >= limit:
            continue
        table, en, th = _names(entity)
        rows = conn.execute(
            f"SELECT id, {en}, {th} FROM {table} WHERE deleted_at IS NULL AND "
            f"({en} LIKE ? ESCAPE '\\' OR {th} LIKE ? ESCAPE '\\') LIMIT ?",
            (pattern, pattern, limit - len(hits)))
        hits += [Hit(entity, r[0], r[1], r[2], r[1]) for r in rows]
    return hits
