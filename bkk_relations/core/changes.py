"""What a write changed, so that the views showing it refresh only what they must.

Every write through the register returns a :class:`Changes`: which records (entity and
ids) and which kinds of data (records, links, tags, attachments, settings, trash, graph
layout, imports) it touched. A list that shows an entity updates those rows; a page that is
hidden marks itself stale and refreshes when it is shown; a page that shows none of it does
nothing (Anki's ``OpChanges``, calibre's ``refresh_ids``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

# The kinds of data a write may touch.
RECORDS = "records"  # a record's own fields
LINKS = "links"  # links between records (parties, partners, units, agreement/project ids)
TAGS = "tags"
ATTACHMENTS = "attachments"
SETTINGS = "settings"
TRASH = "trash"  # a record moved to or out of the trash, or purged
LAYOUT = "layout"  # graph positions and saved views
IMPORTS = "imports"  # an import applied or undone
ALL = "all"  # anything may have changed (another user's save, a restore, a new database)
KINDS = frozenset({RECORDS, LINKS, TAGS, ATTACHMENTS, SETTINGS, TRASH, LAYOUT, IMPORTS, ALL})


@dataclass(frozen=True)
class Changes:
    """Which records and which kinds of data one write changed.

    ``ids`` maps an entity ("partner", "agreement", …) to the ids of its records that were
    created, changed, deleted or restored; ``created``/``removed`` say which of those appeared
    in or left the live lists (so a list knows its row count changed). ``record`` is the
    record as stored after a save, ``result`` anything else the write returns."""

    kinds: frozenset[str] = frozenset()
    ids: Mapping[str, frozenset[int]] = field(default_factory=dict)
    created: Mapping[str, frozenset[int]] = field(default_factory=dict)
    removed: Mapping[str, frozenset[int]] = field(default_factory=dict)
    record: Any = None
    result: Any = None

    def __post_init__(self) -> None:
        unknown = set(self.kinds) - KINDS
        if unknown:
            raise ValueError(f"unknown kinds of change: {sorted(unknown)}")

    @classmethod
    def of(cls, entity: str, ids: Iterable[int], *kinds: str, created: Iterable[int] = (),
           removed: Iterable[int] = (), record: Any = None, result: Any = None) -> Changes:
        """Changes to records of one entity."""
        made = frozenset(created)
        gone = frozenset(removed)
        return cls(frozenset(kinds or (RECORDS,)), {entity: frozenset(ids) | made | gone},
                   {entity: made} if made else {}, {entity: gone} if gone else {},
                   record, result)

    @classmethod
    def everything(cls, result: Any = None) -> Changes:
        """Anything may have changed: every view reloads."""
        return cls(frozenset({ALL}), result=result)

    @classmethod
    def settings(cls, result: Any = None) -> Changes:
        return cls(frozenset({SETTINGS}), result=result)

    @property
    def empty(self) -> bool:
        return not self.kinds

    @property
    def is_everything(self) -> bool:
        return ALL in self.kinds

    def touches(self, *, entity: str | None = None, kind: str | None = None) -> bool:
        """Whether these changes concern ``entity`` (any of its records) and/or a ``kind``
        of data; anything is concerned by "everything"."""
        if self.is_everything:
            return True
        if entity is not None and not self.ids.get(entity):
            return False
        return kind is None or kind in self.kinds

    def ids_of(self, entity: str) -> frozenset[int]:
        return self.ids.get(entity, frozenset())

    def rows_changed(self, entity: str) -> bool:
        """Records of ``entity`` appeared in or left the live lists (counts change)."""
        return (self.is_everything or bool(self.created.get(entity))
                or bool(self.removed.get(entity)))

    def __or__(self, other: Changes) -> Changes:
        def merged(a: Mapping[str, frozenset[int]], b: Mapping[str, frozenset[int]]
                   ) -> dict[str, frozenset[int]]:
            out = dict(a)
            for k, v in b.items():
                out[k] = out.get(k, frozenset()) | v
            return out

        return Changes(self.kinds | other.kinds, merged(self.ids, other.ids),
                       merged(self.created, other.created), merged(self.removed, other.removed),
                       other.record if other.record is not None else self.record,
                       other.result if other.result is not None else self.result)
