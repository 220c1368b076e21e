"""Country names in English and Thai (from pycountry's ISO-3166 translations), and turning
what people type — a name in either language or a code — into an ISO-3166 alpha-2 code."""

from __future__ import annotations

import functools
import gettext

import pycountry

from ..records.normalise import name_key


@functools.cache
def _thai() -> gettext.NullTranslations:
    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["th"])
    except OSError:
        return gettext.NullTranslations()


def name(code: str | None, language: str = "en") -> str:
    """The country's common name in English or Thai ('' for an unknown code)."""
    if not code:
        return ""
    country = pycountry.countries.get(alpha_2=code.upper())
    if country is None:
        return ""
    english = getattr(country, "common_name", None) or country.name
    if language == "th":
        return _thai().gettext(country.name)
    return english


@functools.cache
def all_countries() -> list[tuple[str, str, str]]:
    """(code, English name, Thai name) for every country, sorted by English name."""
    out = [(c.alpha_2, name(c.alpha_2), name(c.alpha_2, "th")) for c in pycountry.countries]
    return sorted(out, key=lambda c: c[1])


@functools.cache
def _lookup() -> dict[str, str]:
    table: dict[str, str] = {}
    for c in pycountry.countries:
        keys = {c.alpha_2, c.alpha_3, c.name, getattr(c, "common_name", ""),
                getattr(c, "official_name", ""), name(c.alpha_2, "th")}
        for k in keys:
            if k:
                table[name_key(k)] = c.alpha_2
    return table


def resolve(text: str | None) -> str | None:
    """An ISO alpha-2 code for a code or an English/Thai name, or None when unknown."""
    if not text or not text.strip():
        return None
    return _lookup().get(name_key(text.strip()))
