"""A document as the writers see it: a title, a line saying when it was prepared, and
sections of fields, tables, paragraphs and a picture, all already worded in the document's
language and calendar. The Word, PDF and printed versions are drawn from the same
``Document``, so they always say the same thing."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Table:
    """Rows of text under column titles; ``widths`` are the columns' shares of the line.
    ``more`` says how many rows were left out to keep the document short (never silently);
    ``empty`` is written when there are no rows."""

    columns: list[str]
    rows: list[list[str]]
    widths: list[float]
    more: str = ""
    empty: str = ""


@dataclass
class Section:
    """A heading (``level`` 1 or 2) and what follows it, in this order: fields (label,
    value), paragraphs, a table, a picture (PNG) with its caption, and a list of items."""

    key: str
    title: str
    level: int = 1
    fields: list[tuple[str, str]] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    table: Table | None = None
    picture: bytes | None = None
    caption: str = ""
    items: list[str] = field(default_factory=list)


@dataclass
class Document:
    title: str
    subtitle: str
    prepared: str  # "Prepared on 30 November 2025 by somchai · International Affairs Office"
    language: str
    calendar: str
    sections: list[Section]
    footer: str  # left of the page number on every page
    notice: str = ""  # e.g. the demo database's "sample data" warning, shown at the top
    file_stem: str = "briefing"

    def section(self, key: str) -> Section | None:
        return next((s for s in self.sections if s.key == key), None)

    def text(self) -> str:
        """Everything the document says, one piece a line (for tests and searching)."""
        out = [self.title, self.subtitle, self.prepared, self.notice]
        for s in self.sections:
            out.append(s.title)
            out += [f"{k}: {v}" for k, v in s.fields]
            out += s.paragraphs
            if s.table is not None:
                out.append(" | ".join(s.table.columns))
                out += [" | ".join(r) for r in s.table.rows]
                out += [s.table.more, s.table.empty if not s.table.rows else ""]
            out.append(s.caption)
            out += s.items
        out.append(self.footer)
        return "\n".join(t for t in out if t)
