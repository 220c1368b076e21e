"""The field registry: one declaration per field of every kind of record (``declared.py``),
read by the editors, the lists, the spreadsheet columns of imports and exports, the reports
and the text rules of validation. Adding a field is one line there.

The functions here are what each of those needs, in the order it shows them.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import MappingProxyType

from .declared import ENTITIES
from .model import LINK_KINDS, LIST_LINK_KINDS, Column, Computed, Entity, Field, list_kind, plain

__all__ = ["LINK_KINDS", "LIST_LINK_KINDS", "Column", "Computed", "Entity", "Field", "ENTITIES",
           "entity", "field", "form",
           "label", "plain_label", "title", "sheet", "import_columns", "importable", "required",
           "list_columns", "report_columns", "text_rules", "plain"]


def entity(name: str) -> Entity:
    try:
        return ENTITIES[name]
    except KeyError:
        raise KeyError(f"no kind of record {name!r}") from None


def field(entity_name: str, name: str) -> Field:
    """A field by its attribute (``party_ids``) or its spreadsheet key (``parties``)."""
    for f in entity(entity_name).fields + entity(entity_name).imports:
        if name in (f.attr, f.key):
            return f
    raise KeyError(f"{entity_name} has no field {name!r}")


def form(entity_name: str) -> tuple[Field, ...]:
    """The editor's fields, in the order it shows them (each with ``attr``,
    ``editor_kind`` and ``form_label(language)``)."""
    return entity(entity_name).fields


def label(entity_name: str, attr: str, language: str = "en") -> str:
    """The editor's label of a field, with its mnemonic, in ``language``."""
    return field(entity_name, attr).form_label(language)


def plain_label(entity_name: str, attr: str, language: str = "en") -> str:
    """The editor's label without its mnemonic (to name the field in a sentence)."""
    return field(entity_name, attr).plain_label(language)


def _computed(entity_name: str, key: str) -> Computed | None:
    return next((c for c in entity(entity_name).computed if c.key == key), None)


def title(entity_name: str, key: str, language: str = "en") -> str:
    """The column title of a field (by attribute or key) or of a computed column, as
    spreadsheets and messages name it."""
    found = _computed(entity_name, key)
    if found is not None:
        return found.title(language)
    return field(entity_name, key).title(language)


def sheet(entity_name: str) -> list[Field]:
    """The spreadsheet columns of a kind of record, in order: what exports write and imports
    match (empty for a kind that is not imported)."""
    return [field(entity_name, key) for key in entity(entity_name).sheet]


def import_columns(entity_name: str) -> list[Field]:
    """The columns an import matches: the spreadsheet's, then those read besides."""
    return sheet(entity_name) + list(entity(entity_name).imports)


def importable() -> list[str]:
    """The kinds of record an import can bring in."""
    return [name for name, e in ENTITIES.items() if e.sheet]


def required(entity_name: str) -> tuple[str, ...]:
    """The spreadsheet keys of the fields a record cannot be saved without (so an import
    needs their columns), in the editor's order."""
    return tuple(f.key for f in form(entity_name) if f.required)


def _column(entity_name: str, key: str) -> Column:
    found = _computed(entity_name, key)
    if found is not None:
        en, th = found.list_title or found.header
        return Column(key, en, list_kind(found.kind), th, found.kind)
    f = field(entity_name, key)
    en, th = f.list_title or f.header
    return Column(f.key, en, list_kind(f.kind), th, f.kind)


def list_columns(entity_name: str) -> list[Column]:
    """The columns a list of these records can show, in order."""
    return [_column(entity_name, key) for key in entity(entity_name).lists]


def report_columns(entity_name: str) -> list[Column]:
    """The columns of the ready-made report on these records, in order; their titles are
    the spreadsheet headers, so a report imports back."""
    out = []
    for key in entity(entity_name).report:
        found = _computed(entity_name, key)
        if found is not None:
            out.append(Column(key, found.header[0], list_kind(found.kind), found.header[1],
                              found.kind))
        else:
            f = field(entity_name, key)
            out.append(Column(f.key, f.header[0], list_kind(f.kind), f.header[1], f.kind))
    return out


@functools.cache  # asked for at every save, and for every row of an import
def text_rules(entity_name: str) -> Mapping[str, str]:
    """Attribute → text rule (records.validation.TEXT_RULES) of every text field."""
    return MappingProxyType({f.attr: f.text for f in entity(entity_name).fields if f.text})
