"""What the registry declares: a record's field, a column computed for lists and reports,
and the views of one kind of record (its form, its spreadsheet columns, list and report)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .meaning import parse_meaning

# Field kinds: line (one line of text), text (several lines), int, float, money, bool, tags,
# vocab:<NAME> (a value of records.vocab.NAME), country, region, date, sectors, sdgs, and the
# links to other records: partners, units, goals (lists of ids), partner, unit, agreement,
# project, activity, framework, goal (one id).
LINK_KINDS = {"partners": "partner", "units": "unit", "goals": "goal", "partner": "partner",
              "unit": "unit", "agreement": "agreement", "project": "project",
              "activity": "activity", "framework": "framework", "goal": "goal"}
LIST_LINK_KINDS = ("partners", "units", "goals")  # the others hold one id
# Text rules (records.validation.TEXT_RULES): name, code, line, text.
TEXT_RULE_NAMES = ("name", "code", "line", "text")


@dataclass(frozen=True)
class Field:
    """One field of a record, declared once.

    ``label``: the editor's label (English, Thai) with its mnemonic. ``header``: the column
    title in spreadsheets (exports, reports, and what an import matches first); ``aliases``
    the other headers an import takes for it. ``key``: the spreadsheet column's key (a link
    is named for what it holds: ``parties`` for ``party_ids``). ``list_title``: the list's
    column title when it is not the header. ``text``: the text rule a save applies.
    ``required``: a record cannot be saved without it, so an import needs its column.
    ``meaning``: the concepts of a header that names it in other words (meaning.py: e.g.
    "name|city|org en? !th"), matched with a confidence. ``stored``: False for a column an
    import reads that is no attribute of the record (a partner sheet's tie type and year).
    """

    attr: str
    kind: str
    label: tuple[str, str]
    header: tuple[str, str]
    aliases: tuple[str, ...] = ()
    key: str = ""
    list_title: tuple[str, str] | None = None
    text: str | None = None
    required: bool = False
    meaning: str = ""
    stored: bool = True

    def __post_init__(self) -> None:
        if not self.key:
            object.__setattr__(self, "key", self.attr)
        parse_meaning(self.meaning)  # a concept misspelt fails at import time
        if self.text is not None and self.text not in TEXT_RULE_NAMES:
            raise ValueError(f"{self.attr}: unknown text rule {self.text!r}")

    # -- as the importer and the exports know it (excel.columns.FIELDS) ---------------------
    @property
    def en(self) -> str:
        return self.header[0]

    @property
    def th(self) -> str:
        return self.header[1]

    @property
    def synonyms(self) -> tuple[str, ...]:
        return self.aliases

    @property
    def target(self) -> str:
        """The record's attribute a spreadsheet column fills."""
        return self.attr

    def title(self, language: str) -> str:
        """The column title in spreadsheets, in ``language`` ("en" or "th")."""
        return self.header[1] if language == "th" else self.header[0]

    # -- as the editor knows it ------------------------------------------------------------
    def form_label(self, language: str) -> str:
        """The editor's label, with its mnemonic ("&Name (English)")."""
        return self.label[1] if language == "th" else self.label[0]

    def plain_label(self, language: str) -> str:
        """The editor's label without its mnemonic ("ชื่อ (ภาษาอังกฤษ) (&N)" → "ชื่อ
        (ภาษาอังกฤษ)")."""
        return plain(self.form_label(language))

    @property
    def editor_kind(self) -> str:
        """The kind of input the editor shows: money is typed as any number."""
        return "float" if self.kind == "money" else self.kind

    @property
    def link(self) -> str | None:
        """The kind of record a link field points at (None for other fields)."""
        return LINK_KINDS.get(self.kind)


@dataclass(frozen=True)
class Computed:
    """A column that is no field of the record but is worked out for lists and reports
    (a partner's number of agreements, its last activity, the record's id)."""

    key: str
    kind: str  # int, date, text
    header: tuple[str, str]
    list_title: tuple[str, str] | None = None

    def title(self, language: str) -> str:
        return self.header[1] if language == "th" else self.header[0]


@dataclass(frozen=True)
class Column:
    """A column of a list (or a report): ``key``, the English ``title`` (the app translates
    it), how a list shows it (``kind``: text, date, number, vocab:<NAME>, bool), its Thai
    title, and ``data``: the kind of value it holds (a field kind, e.g. country or money),
    which decides how an export writes it."""

    key: str
    title: str
    kind: str = "text"
    title_th: str = ""
    data: str = "text"

    def title_in(self, language: str) -> str:
        return self.title_th if language == "th" and self.title_th else self.title


@dataclass(frozen=True)
class Entity:
    """The fields of one kind of record (in the editor's order) and the columns of its
    views, by key: ``sheet`` the spreadsheet columns (empty: not imported), ``lists`` the
    list's columns, ``report`` the report's columns. ``imports``: columns an import reads
    besides the sheet's that are no field of the record (``stored`` False: a partner
    sheet's tie type and signing year, which make the partner's agreement)."""

    name: str
    fields: tuple[Field, ...]
    computed: tuple[Computed, ...]
    sheet: tuple[str, ...]
    lists: tuple[str, ...]
    report: tuple[str, ...]
    imports: tuple[Field, ...] = ()


def plain(label: str) -> str:
    """A label without its mnemonic: "N&otes" → "Notes", "หมายเหตุ (&O)" → "หมายเหตุ"."""
    return re.sub(r"\s*\(&.\)", "", label).replace("&", "")


def list_kind(kind: str) -> str:
    """How a list shows a value of a field kind."""
    if kind in ("int", "float", "money"):
        return "number"
    if kind in ("date", "bool") or kind.startswith("vocab:"):
        return kind
    return "text"
