"""The spreadsheet columns of every importable record, as the field registry declares them
(``core.fields``): key, kind, English and Thai header, and the other headers people write.

Exports title their columns with these headers and imports match headers against them (and
against their aliases), so a file exported in either language imports again unchanged.
"""

from __future__ import annotations

from .. import fields as registry
from ..fields import Field, meaning
from ..records.normalise import name_key

__all__ = ["FIELDS", "IMPORT_TYPES", "TOTALS_WORDS", "Field", "field", "header_index",
           "is_totals_label", "match_headers", "match_scored"]

FIELDS: dict[str, list[Field]] = {e: registry.import_columns(e) for e in registry.importable()}

# Importable record types, by the plural name people (and the CLI) use, in the order offered.
IMPORT_TYPES = {"partners": "partner", "contacts": "contact", "agreements": "agreement",
                "projects": "project", "activities": "activity", "actions": "action",
                "lessons": "lesson"}


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


def _computed_titles(entity: str) -> set[str]:
    """The titles of the columns a report works out (a partner's "Agreements": how many it
    has): never taken for a field, so a report imports back as it was written."""
    return {name_key(t) for c in registry.entity(entity).computed for t in c.header}


def match_headers(entity: str, headers: list[str]) -> dict[int, str]:
    """Column index → field key for the headers that name a field (each field once)."""
    return {col: key for col, (key, _) in match_scored(entity, headers).items()}


MIN_CONFIDENCE = 0.5  # below this a header names too much besides the field to be taken


def match_scored(entity: str, headers: list[str]) -> dict[int, tuple[str, float]]:
    """Column index → (field key, confidence from 0 to 1) for the headers that name a field,
    each field once. A header that is a field's title or alias (numbering and brackets
    aside) is sure (1.0); another is read by meaning (core.fields.meaning), and each field
    takes the column that names it best."""
    index = header_index(entity)
    fields = FIELDS[entity]
    computed = _computed_titles(entity)
    candidates: list[tuple[float, int, str]] = []
    for col, header in enumerate(headers):
        if not header or not str(header).strip() or name_key(header) in computed:
            continue
        key = index.get(name_key(header)) or index.get(name_key(meaning.clean(header)))
        if key:
            candidates.append((1.0, col, key))
            continue
        said = meaning.concepts(header)
        for f in fields:
            score = meaning.confidence(f.meaning, said)
            if score >= MIN_CONFIDENCE:
                candidates.append((round(score, 2), col, f.key))
    out: dict[int, tuple[str, float]] = {}
    taken: set[str] = set()
    for score, col, key in sorted(candidates, key=lambda c: (-c[0], c[1])):
        if col not in out and key not in taken:
            out[col] = (key, score)
            taken.add(key)
    return dict(sorted(out.items()))


# What a sheet's totals row says in its label column ("รวม", "Grand total"): such a row at
# the end of the data sums the rows above and is no record (imports.run leaves it out).
TOTALS_WORDS = ("total", "totals", "grand total", "subtotal", "sub-total", "sum", "รวม",
                "รวมทั้งสิ้น", "รวมทั้งหมด", "ยอดรวม", "ทั้งหมด")
_TOTALS = frozenset("".join(w.split()) for w in TOTALS_WORDS)


def is_totals_label(value: object) -> bool:
    """True for a cell that is only a totals word, in any case and spacing, perhaps with a
    colon after it ("Total:", "รวม ทั้งสิ้น"); a name that merely holds one ("Total
    Energies") is not."""
    if not isinstance(value, str):
        return False
    text = "".join(value.split()).casefold().rstrip(":：")
    return text in _TOTALS
