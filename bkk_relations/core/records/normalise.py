"""Normalising names so that spelling variants of one partner compare equal."""

from __future__ import annotations

import functools
import re
import unicodedata

_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}
# \w misses Thai vowel and tone marks (combining, not alphanumeric): keep them explicitly.
_NON_WORD = re.compile(r"[^\w\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]+")


@functools.lru_cache(maxsize=4096)  # imports compute the same keys while checking and saving
def name_key(name: str) -> str:
    """A comparison key: case-folded, accents and punctuation dropped, 'St.' read as 'Saint'.

    >>> name_key("St. Petersburg") == name_key("saint-petersburg")
    True
    """
    text = name or ""
    if not text.isascii():  # plain ASCII has no accents to drop
        text = unicodedata.normalize("NFKD", text)
        # Latin accents are dropped; Thai vowel and tone marks are letters of the word, kept.
        text = "".join(c for c in text if not (unicodedata.combining(c) and ord(c) < 0x0E00))
    words = _NON_WORD.sub(" ", text.casefold()).split()
    return " ".join(_ABBREVIATIONS.get(w, w) for w in words)


# Thai dictionary order (as the Royal Institute's dictionary sorts): a leading vowel
# (เ แ โ ใ ไ) is written before its consonant but sorts after it, so "เชียงใหม่" comes
# under ช; tone marks and the like decide only between words otherwise alike.
_LEADING = re.compile("([\u0e40-\u0e44])([\u0e01-\u0e2e])")
_TONES = re.compile("[\u0e47-\u0e4e]")


def sort_key(text: str | None) -> tuple[str, str]:
    """A key that sorts names as a reader expects: case-insensitive, and Thai in
    dictionary order (see above). Latin names keep their usual order."""
    folded = (text or "").casefold()
    if not any("\u0e00" <= c <= "\u0e7f" for c in folded):
        return folded, folded
    spoken = _LEADING.sub(r"\2\1", folded)
    return _TONES.sub("", spoken), spoken
