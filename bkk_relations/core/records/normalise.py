"""Normalising names so that spelling variants of one partner compare equal."""

from __future__ import annotations

import functools
import re
import unicodedata

_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}
# \w misses Thai vowel and tone marks (combining, not alphanumeric): keep them explicitly.
_NON_WORD = re.compile(r"[^\w\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]+")


_ASCII_NON_WORD = str.maketrans({c: " " for c in map(chr, range(128))
                                 if not (c.isalnum() or c == "_")})
# The combining marks before the Thai block (the Latin, Greek, Cyrillic … accents), dropped,
# and the letters with a stroke that no decomposition takes apart (Łódź is Lodz, Đà Nẵng
# Da Nang).
_ACCENTS: dict[int, str | None] = {
    **dict.fromkeys(cp for cp in range(0x0E00) if unicodedata.combining(chr(cp))),
    **{ord(a): b for a, b in (("ł", "l"), ("Ł", "L"), ("đ", "d"), ("Đ", "D"), ("ø", "o"),
                              ("Ø", "O"), ("ħ", "h"), ("Ħ", "H"), ("ı", "i"), ("ŧ", "t"),
                              ("Ŧ", "T"), ("æ", "ae"), ("Æ", "AE"), ("œ", "oe"),
                              ("Œ", "OE"), ("þ", "th"), ("Þ", "TH"), ("ð", "d"),
                              ("Ð", "D"))}}


_NIKHAHIT_FIRST = re.compile("\u0e4d([\u0e48-\u0e4b])")  # ํ then a tone mark
_THAI_SPACE = re.compile("(?<=[\u0e01-\u0e4e]) (?=[\u0e01-\u0e4e])")


def _tone_first(m: re.Match[str]) -> str:
    return m[1] + "\u0e4d"


@functools.lru_cache(maxsize=4096)  # imports compute the same keys while checking and saving
def name_key(name: str) -> str:
    """A comparison key: case-folded, accents and punctuation dropped, 'St.' read as 'Saint'.

    >>> name_key("St. Petersburg") == name_key("saint-petersburg")
    True
    """
    text = name or ""
    if text.isascii():  # no accents to drop; what is not a letter, digit or _ is a space
        words = text.lower().translate(_ASCII_NON_WORD).split()
    else:
        text = unicodedata.normalize("NFKD", text)
        # Latin accents are dropped; Thai vowel and tone marks are letters of the word, kept.
        text = text.translate(_ACCENTS)
        if "\u0e4d" in text:  # "นํ้า" typed nikhahit first: the same word as "น้ำ"
            text = _NIKHAHIT_FIRST.sub(_tone_first, text)
        words = _NON_WORD.sub(" ", text.casefold()).split()
        key = " ".join(_ABBREVIATIONS.get(w, w) for w in words)
        # Thai runs on without spaces: "กรุงเทพ มหานคร" is "กรุงเทพมหานคร".
        return _THAI_SPACE.sub("", key) if " " in key else key
    return " ".join(_ABBREVIATIONS.get(w, w) for w in words)


# Thai dictionary order (as the Royal Institute's dictionary sorts): a leading vowel
# (เ แ โ ใ ไ) is written before its consonant but sorts after it, so "เชียงใหม่" comes
# under ช; tone marks and the like decide only between words otherwise alike.
_LEADING = re.compile("([\u0e40-\u0e44])([\u0e01-\u0e2e])")
_TONES = re.compile("[\u0e47-\u0e4e]")
_THAI = re.compile("[\u0e00-\u0e7f]")


def _spoken_order(m: re.Match[str]) -> str:  # (a function: faster than a template)
    return m[2] + m[1]


def sort_key(text: str | None) -> tuple[str, str]:
    """A key that sorts names as a reader expects: case-insensitive, and Thai in
    dictionary order (see above). Latin names keep their usual order."""
    folded = (text or "").casefold()
    if folded.isascii() or not _THAI.search(folded):
        return folded, folded
    spoken = _LEADING.sub(_spoken_order, folded)
    return _TONES.sub("", spoken), spoken


# The keys the database sorts lists by (stored beside each name, see records.sort_keys):
# plain text whose code-point order is the order above, so SQLite (BINARY) and PostgreSQL
# (COLLATE "C") sort them alike, byte by byte, from an index.
_CONTROL = re.compile("[\x00-\x1f]")  # below the separator: would break the order


_KEY_CHARS = 120  # names alike this far are told apart by what comes next in the list
_AT = 0x3000  # a tone mark's place is written as a character counting down from here


def label_key(text: str | None) -> str:
    """``sort_key`` as one string that sorts the same: the letters, then (after a
    separator lower than any letter) each tone mark with its place, counted down so that
    a mark further on, or none, sorts first (as "ชา" before "ช้าง"). Short: Thai names are
    mostly written with tone marks, which would otherwise be stored twice; and cut short,
    so that an index entry stays within what a server allows however long the name."""
    primary, spoken = sort_key(text)
    primary = _CONTROL.sub(" ", primary[:_KEY_CHARS])
    marks = []
    for before, mark in enumerate(_TONES.finditer(spoken)):
        at = mark.start() - before  # the letters before it
        if at >= _KEY_CHARS:
            break
        marks.append(f"{chr(_AT - at)}{mark.group()}")
    return f"{primary}\x01{''.join(marks)}" if marks else primary


_CODE_PARTS = re.compile(r"[.\-\s]+")


@functools.lru_cache(maxsize=4096)
def code_key(code: str | None) -> str:
    """Goal codes in reading order: "2" before "10", "1.2" before "1.10", "1" before "1.1",
    numbers before letters. Each part is written as "0", its length and its digits (a
    number), or "1" and its letters; parts follow a separator lower than either."""
    parts = []
    for part in _CODE_PARTS.split(_CONTROL.sub("", (code or "").strip())):
        if part.isascii() and part.isdigit():
            digits = part.lstrip("0") or "0"
            parts.append(f"\x010{chr(0x40 + len(digits))}{digits}")
        elif part:
            parts.append(f"\x011{part.casefold()}")
    return "".join(parts)
