"""Where a line of Thai (or mixed Thai and English) text may break.

Thai is written without spaces between words, so a line may break only between the words
a dictionary finds: PyThaiNLP's ``newmm`` segmenter over its word list (CC0). A text is cut
into *units*, the pieces a line may end after; joined, they give the text back exactly.
Nothing here changes what the user wrote: the PDF writer places the units itself, and the
printed pages get an invisible zero-width space between two Thai words (a break Qt knows).
A unit too wide for a line on its own (a long web address) is cut between characters, but
never between a letter and its vowel or tone marks, nor after a leading vowel.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable

ZWSP = "\u200b"
_THAI_RUN = re.compile(r"[\u0e01-\u0e5b]+")
_SPACE_RUN = re.compile(r"(\s+)")
_LEADING_VOWELS = frozenset("\u0e40\u0e41\u0e42\u0e43\u0e44")  # เ แ โ ใ ไ


@functools.cache
def _tokenize() -> Callable[[str], list[str]]:
    from pythainlp.tokenize import word_tokenize  # loads its dictionary once (~0.5 s)

    return lambda text: word_tokenize(text, engine="newmm", keep_whitespace=True)


def thai_words(text: str) -> list[str]:
    """A run of Thai letters cut into words (joined, they give ``text`` back)."""
    return list(_words(text)) if text else []


@functools.lru_cache(maxsize=16384)  # the same runs recur across a report's rows
def _words(text: str) -> tuple[str, ...]:
    parts = tuple(p for p in _tokenize()(text) if p)
    return parts if "".join(parts) == text else (text,)  # never lose or change a letter


def units(text: str) -> list[str]:
    """``text`` cut where a line may break: after spaces, and between Thai words (and
    between Thai and other letters). A unit keeps the spaces that follow it."""
    out: list[str] = []
    for piece in _SPACE_RUN.split(text):
        if not piece:
            continue
        if piece.isspace():
            if out:
                out[-1] += piece
            else:
                out.append(piece)
            continue
        pos = 0
        for m in _THAI_RUN.finditer(piece):
            if m.start() > pos:
                out.append(piece[pos:m.start()])
            out.extend(thai_words(m.group()))
            pos = m.end()
        if pos < len(piece):
            out.append(piece[pos:])
    return _glue_punctuation(out)


def _glue_punctuation(parts: list[str]) -> list[str]:
    """Keep closing punctuation and Thai repetition/abbreviation marks (ๆ ฯ) with the word
    before them: a line never starts with them."""
    out: list[str] = []
    for p in parts:
        if out and not out[-1][-1:].isspace() and p[0] in "ๆฯ.,;:!?)]}”’%":
            out[-1] += p
        else:
            out.append(p)
    return out


def with_break_hints(text: str) -> str:
    """``text`` with a zero-width space between two Thai words that touch, so that a text
    layout that does not know Thai words (Qt's, on a PC without a Thai dictionary) breaks
    lines only there. Only ever inserted between two Thai letters, so markup and addresses
    are untouched."""
    if not _THAI_RUN.search(text):
        return text
    out = []
    pos = 0
    for m in _THAI_RUN.finditer(text):
        out.append(text[pos:m.start()])
        out.append(ZWSP.join(thai_words(m.group())))
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def clusters(text: str) -> list[str]:
    """Letters with their combining marks, a leading Thai vowel kept with the letter after
    it: the smallest pieces a too-long unit may be cut into."""
    out: list[str] = []
    pending = ""
    for ch in text:
        if out and unicodedata.category(ch) in ("Mn", "Me") and not pending:
            out[-1] += ch
        elif ch in _LEADING_VOWELS:
            pending += ch
        else:
            out.append(pending + ch)
            pending = ""
    if pending:
        out.append(pending)
    return out


def wrap(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """Lines of ``text`` no wider than ``width`` (as ``measure`` measures), breaking only
    where ``units`` allows; a line break in the text is kept. Spaces at a line's end are
    dropped (they do not show)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for unit in units(paragraph):
            if measure((line + unit).rstrip()) <= width:
                line += unit
                continue
            if line:
                lines.append(line.rstrip())
                line = ""
            if measure(unit.rstrip()) <= width:
                line = unit
                continue
            body = unit.rstrip()  # one unit alone is too wide: cut it between clusters
            pieces = _cut(body, width, measure)
            lines.extend(pieces[:-1])
            line = pieces[-1] + unit[len(body):]
        lines.append(line.rstrip())
    return lines


def _cut(unit: str, width: float, measure: Callable[[str], float]) -> list[str]:
    out: list[str] = []
    current = ""
    for cluster in clusters(unit):
        if current and measure(current + cluster) > width:
            out.append(current)
            current = cluster
        else:
            current += cluster
    out.append(current)
    return out
