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
