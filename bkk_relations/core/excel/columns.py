"""The spreadsheet columns of every importable record, as the field registry declares them
(``core.fields``): key, kind, English and Thai header, and the other headers people write.

Exports title their columns with these headers and imports match headers against them (and
against their aliases), so a file exported in either language imports again unchanged.
"""

from __future__ import annotations

from .. import fields as registry
from ..fields import Field
from ..records.normalise import name_key

__all__ = ["FIELDS", "IMPORT_TYPES", "Field", "field", "header_index", "match_headers"]

FIELDS: dict[str, list[Field]] = {e: registry.sheet(e) for e in registry.importable()}

# Importable record types, by the plural name people (and the CLI) use, in the order offered.
IMPORT_TYPES = {"partners": "partner", "contacts": "contact", "agreements": "agreement",
                "projects": "project", "activities": "activity"}


def field(entity: str, key: str) -> Field:
    for f in FIELDS[entity]:
        if f.key == key:
            return f
    raise KeyError(f"{entity} has no field {key}")


def header_index(entity: str) -> dict[str, str]:
    """Normalised header text → field key. A field's own titles win over other fields'
    synonyms (the partner list's "Type" is the organisation type, an agreement's "Type" its
    agreement type)."""
    index: dict[str, str] = {}
    fields = FIELDS[entity]
    for rank in range(3):
        for f in fields:
            names = ((f.en, f.th, f.key) if rank == 0 else
                     f.synonyms if rank == 1 else (f.key.replace("_", " "),))
            for name in names:
                index.setdefault(name_key(name), f.key)
    return index


def match_headers(entity: str, headers: list[str]) -> dict[int, str]:
    """Column index → field key for the headers that name a field (each field once)."""
    index = header_index(entity)
    out: dict[int, str] = {}
    for col, header in enumerate(headers):
        key = index.get(name_key(header or ""))
        if key and key not in out.values():
            out[col] = key
    return out
