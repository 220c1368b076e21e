"""Country names in English and Thai (from pycountry's ISO-3166 translations), and turning
what people type — a name in either language, a name officers use that ISO spells otherwise,
or a code — into an ISO-3166 alpha-2 code."""

from __future__ import annotations

import functools
import gettext
import re

import pycountry

from ..records.normalise import name_key, sort_key


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


def by_name(codes: list[str], language: str = "en") -> list[str]:
    """Country codes in the order of their names in ``language`` (Thai in dictionary
    order), for the choices of a filter."""
    return sorted(codes, key=lambda code: sort_key(name(code, language) or code))


# Names officers use that ISO-3166 (and its Thai translation) spell differently.
ALIASES = {
    "uk": "GB", "england": "GB", "scotland": "GB", "wales": "GB", "great britain": "GB",
    "britain": "GB", "อังกฤษ": "GB", "russia": "RU", "รัสเซีย": "RU", "america": "US",
    "อเมริกา": "US", "สหรัฐอเมริกา": "US", "holland": "NL", "turkey": "TR", "ตุรกี": "TR",
    "laos": "LA", "lao": "LA", "ลาว": "LA", "myanmar": "MM", "burma": "MM", "เมียนมา": "MM",
    "เมียนมาร์": "MM", "taiwan": "TW", "ไต้หวัน": "TW", "iran": "IR", "อิหร่าน": "IR",
    "syria": "SY", "bolivia": "BO", "venezuela": "VE", "tanzania": "TZ", "moldova": "MD",
    "macau": "MO", "czech republic": "CZ", "เช็ก": "CZ", "ivory coast": "CI",
    "vatican": "VA", "palestine": "PS", "brunei": "BN", "บรูไน": "BN",
    "south korea": "KR", "republic of korea": "KR", "เกาหลี": "KR", "เกาหลีใต้": "KR",
    "north korea": "KP", "เกาหลีเหนือ": "KP", "vietnam": "VN",
    # abbreviations and other spellings in officers' sheets
    "usa": "US", "us": "US", "สหรัฐฯ": "US", "สหรัฐ": "US", "prc": "CN", "pr china": "CN",
    "lao pdr": "LA", "uae": "AE", "hong kong sar": "HK", "macau sar": "MO",
    "macao sar": "MO", "ฮอลแลนด์": "NL", "เยอรมัน": "DE", "บังคลาเทศ": "BD",
    # full Thai names of states whose short name after the state's form would be another's
    "สาธารณรัฐประชาธิปไตยประชาชนเกาหลี": "KP", "สาธารณรัฐจีน": "TW",
}
# The form of a state written before its name in Thai ("สาธารณรัฐประชาชนจีน", "สปป.ลาว",
# "ราชอาณาจักรกัมพูชา") or the word "country" ("ประเทศญี่ปุ่น"): the name after it is looked up
# when the whole is not a name (ALIASES holds the few whose short name is another state's).
_THAI_FORM = re.compile(
    r"^(?:ประเทศ\s*)?(?:สาธารณรัฐประชาธิปไตยประชาชน|สาธารณรัฐประชาชน|สาธารณรัฐสังคมนิยม|"
    r"สหพันธ์สาธารณรัฐ|สาธารณรัฐ|ราชอาณาจักร|สหพันธรัฐ|เครือรัฐ|สหภาพ|สปป\.|สปจ\.|สป\.)?\s*")
_DOTS = re.compile(r"\.(?=\S)|\.$")  # "U.S.A." → "USA", "Lao P.D.R." → "Lao PDR"



@functools.cache
def _lookup() -> dict[str, str]:
    table: dict[str, str] = {}
    for c in pycountry.countries:
        keys = {c.alpha_2, c.alpha_3, c.name, getattr(c, "common_name", ""),
                getattr(c, "official_name", ""), name(c.alpha_2, "th")}
        for k in keys:
            if k:
                table[name_key(k)] = c.alpha_2
    for alias, code in ALIASES.items():
        table.setdefault(name_key(alias), code)
    return table


def resolve(text: str | None) -> str | None:
    """An ISO alpha-2 code for a code or an English/Thai name, or None when unknown."""
    if not text or not text.strip():
        return None
    return _lookup().get(name_key(text.strip()))


_PARTS = re.compile(r"\s*[(),\[\]/|]\s*|\s+-\s+")


def resolve_written(text: str | None) -> str | None:
    """A country as people write it: a name, an alias or a code (resolve), a name with its
    qualifier in brackets ("Korea (South)"), or the name in both languages ("ญี่ปุ่น
    (Japan)", "Japan / ญี่ปุ่น") when both parts name the same country."""
    code = resolve(text)
    if code is not None or not text:
        return code
    short = _THAI_FORM.sub("", text.strip()) if not text.isascii() else _DOTS.sub("", text)
    if short and short != text.strip():
        code = resolve(short)
        if code is not None:
            return code
    parts = [p for p in _PARTS.split(text) if p.strip()]
    if len(parts) < 2:
        return None
    if len(parts) == 2:  # "Korea (South)" is South Korea
        outer, inner = parts
        code = resolve(f"{inner} {outer}") or resolve(f"{outer} {inner}")
        if code is not None:
            return code
    codes = {resolve(p) for p in parts}
    codes.discard(None)
    return codes.pop() if len(codes) == 1 and len(parts) == 2 else None
