"""A document as simple HTML, for printing from the app (Qt lays it out page by page) — the
same words, tables and picture as the Word and PDF versions. Thai words are separated by
zero-width spaces, so the print breaks lines only between words whatever the PC has."""

from __future__ import annotations

from html import escape

from .model import Document, Table
from .thai_text import with_break_hints

PICTURE_URL = "briefing-picture:{key}"


def _t(text: str) -> str:
    return with_break_hints(escape(text))


def _table(table: Table) -> str:
    if not table.rows:
        return f"<p class='note'><i>{_t(table.empty)}</i></p>"
    total = sum(table.widths) or 1
    head = "".join(f"<th width='{100 * w / total:.0f}%'>{_t(c)}</th>"
                   for c, w in zip(table.columns, table.widths, strict=True))
    body = "".join("<tr>" + "".join(f"<td>{_t(v)}</td>" for v in row) + "</tr>"
                   for row in table.rows)
    more = f"<p class='note'><i>{_t(table.more)}</i></p>" if table.more else ""
    return (f"<table class='data' width='100%' cellspacing='0' cellpadding='4'>"
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{more}")


def document_html(doc: Document) -> str:
    """The document as HTML; a section's picture is referred to as
    ``briefing-picture:<section key>`` (the printing code supplies the image)."""
    out = [f"<h1>{_t(doc.title)}</h1>"]
    if doc.subtitle:
        out.append(f"<p class='subtitle'>{_t(doc.subtitle)}</p>")
    out.append(f"<p class='prepared'>{_t(doc.prepared)}</p>")
    if doc.notice:
        out.append(f"<p class='notice'><b>{_t(doc.notice)}</b></p>")
    numbers = [0, 0]
    for s in doc.sections:
        if s.level == 1:
            numbers = [numbers[0] + 1, 0]
            number, tag = f"{numbers[0]}.", "h2"
        else:
            numbers[1] += 1
            number, tag = (f"{numbers[0]}.{numbers[1]}" if numbers[0] else ""), "h3"
        out.append(f"<{tag}>{_t(f'{number} {s.title}'.strip())}</{tag}>")
        if s.fields:
            rows = "".join(f"<tr><td class='label' width='28%'>{_t(k)}</td>"
                           f"<td>{_t(v)}</td></tr>" for k, v in s.fields)
            out.append(f"<table class='fields' width='100%' cellpadding='2'>{rows}</table>")
        out += [f"<p>{_t(p)}</p>" for p in s.paragraphs]
        if s.table is not None:
            out.append(_table(s.table))
        if s.picture:
            out.append(f"<p><img src='{PICTURE_URL.format(key=escape(s.key))}' "
                       f"width='520'></p>")
            if s.caption:
                out.append(f"<p class='note'><i>{_t(s.caption)}</i></p>")
        if s.items:
            out.append("<ol>" + "".join(f"<li>{_t(i)}</li>" for i in s.items) + "</ol>")
    return "".join(out)


STYLE = """
h1 { font-size: 17pt; margin-bottom: 0; }
h2 { font-size: 13pt; margin-top: 10px; margin-bottom: 3px; }
h3 { font-size: 11.5pt; margin-top: 8px; margin-bottom: 2px; }
p { margin-top: 0; margin-bottom: 4px; }
p.subtitle { font-size: 12pt; color: #555555; }
p.prepared, p.note { font-size: 9pt; color: #555555; }
p.notice { background-color: #fff4ce; color: #784600; padding: 4px; }
td.label { color: #555555; font-weight: bold; }
table.data { border-collapse: collapse; }
table.data th { background-color: #e2e9f1; border: 1px solid #aaaaaa; text-align: left; }
table.data td { border: 1px solid #aaaaaa; }
"""
