"""Every setting, declared once: its key, type, default, allowed values and what it is for
(as qutebrowser's ``configdata.yml`` declares its options).

Two kinds: a database's settings travel with the register (home city, a server's shared
attachments folder, what marks a demo); the app's preferences stay on one computer (the
automatic backups, the interface language and calendar; ``ui/prefs.py`` keeps them with
QSettings and reads their keys, defaults and ranges here). ``get`` and ``set`` read and
write a database's settings, typed, and refuse a key that is not declared here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .errors import SettingRefused
from .messages import Msg

if TYPE_CHECKING:
    from .storage.database import Database

DATABASE, APP = "database", "app"


@dataclass(frozen=True)
class Setting:
    """One setting. ``type`` is str, int or bool; an int may have a range (``low``,
    ``high``), a str a list of ``choices``. A ``prefix`` setting is a family of keys
    (``graph_positions:`` + the name of a view)."""

    key: str
    type: type
    default: object
    description: str
    scope: str = DATABASE
    low: int | None = None
    high: int | None = None
    choices: tuple[str, ...] = ()
    prefix: bool = False

    def read(self, raw: object) -> object:
        """A stored value as its type: the default when it is missing or not of the type
        (a settings file edited by hand); a number outside the range is brought into it."""
        if raw is None or raw == "":
            return self.default
        if self.type is bool:
            if isinstance(raw, bool):
                return raw
            text = str(raw).strip().lower()
            return True if text in ("true", "1") else False if text in ("false", "0") \
                else self.default
        if self.type is int:
            try:
                number = int(str(raw).strip())
            except ValueError:
                return self.default
            low = self.low if self.low is not None else number
            high = self.high if self.high is not None else number
            return min(max(number, low), high)
        text = str(raw)
        return text if not self.choices or text in self.choices else self.default

    def check(self, value: object) -> object:
        """``value`` if this setting takes it, else SettingRefused saying why."""
        if self.type is int and (not isinstance(value, int) or isinstance(value, bool)) \
                or self.type is bool and not isinstance(value, bool) \
                or self.type is str and not isinstance(value, str):
            raise SettingRefused(code="setting.type", what=self.label, expected=self.kind)
        if isinstance(value, int) and self.type is int and (
                self.low is not None and value < self.low
                or self.high is not None and value > self.high):
            raise SettingRefused(code="setting.range", what=self.label, low=self.low,
                                 high=self.high, value=value)
        if self.choices and value not in self.choices:
            raise SettingRefused(code="setting.choice", what=self.label, value=value,
                                 known=", ".join(self.choices))
        return value

    def stored(self, value: object) -> str | None:
        """How a database keeps the value (text)."""
        if value is None:
            return None
        if self.type is bool:
            return "true" if value else "false"
        return str(value)

    @property
    def label(self) -> Msg:
        """The setting's name in a sentence (the catalogue's ``setting.<key>``)."""
        return Msg(f"setting.{self.key}")

    @property
    def kind(self) -> Msg:
        return Msg(f"setting.type.{self.type.__name__}")


_DECLARED = (
    # -- a database's settings --------------------------------------------------------------
    Setting("home_city_en", str, "Bangkok",
            "The home city's name in English: the centre of the graph, the author and title "
            "line of every export."),
    Setting("home_city_th", str, "กรุงเทพมหานคร",
            "The home city's name in Thai, for the same places in Thai."),
    Setting("home_country", str, "TH",
            "The home city's country (ISO-3166 code)."),
    Setting("home_latitude", str, None,
            "Where the home city is on the map: its latitude in degrees (unset: Bangkok for "
            "the default home city, else the middle of its country)."),
    Setting("home_longitude", str, None,
            "Where the home city is on the map: its longitude in degrees."),
    Setting("attachments_folder", str, None,
            "A server database's shared attachments folder, as every officer's computer "
            "reaches it (set by server-setup); a file database keeps its attachments beside "
            "it instead."),
    Setting("demo_notice", str, None,
            "On the demo database only: the notice that its data is a sample, in English."),
    Setting("demo_notice_th", str, None,
            "On the demo database only: the same notice in Thai."),
    Setting("demo_fingerprint", str, None,
            "On the demo database only: what it held when written, so that replacing the "
            "demo never replaces a register someone has changed."),
    Setting("graph_positions:", str, None,
            "The positions of the nodes dragged in one view of the graph (JSON), per view: "
            "graph_positions:<view>.", prefix=True),
    # -- the app's preferences on this computer -------------------------------------------------
    Setting("backup/auto", bool, True,
            "Back up the database automatically when the app starts and when it closes.",
            scope=APP),
    Setting("backup/daily", int, 7,
            "How many days of automatic backups rotation keeps (the newest of each day).",
            scope=APP, low=1, high=60),
    Setting("backup/weekly", int, 4,
            "How many weeks of automatic backups rotation keeps (the newest of each week).",
            scope=APP, low=0, high=52),
    Setting("ui/language", str, "en", "The language of the interface.", scope=APP,
            choices=("en", "th")),
    Setting("ui/calendar", str, "gregorian",
            "How dates are shown and typed: Gregorian or Buddhist Era years.", scope=APP,
            choices=("gregorian", "buddhist")),
    Setting("ui/thai_digits", bool, False,
            "In the Thai interface, write dates in Thai digits (๒๙ พ.ย. ๒๕๖๙) rather than "
            "Arabic ones (29 พ.ย. 2569).", scope=APP),
)
SETTINGS: dict[str, Setting] = {s.key: s for s in _DECLARED}


def declared(key: str) -> Setting:
    """The declaration of ``key``; SettingRefused for a key that is not a setting."""
    found = SETTINGS.get(key)
    if found is None:
        found = next((s for s in _DECLARED if s.prefix and key.startswith(s.key)
                      and len(key) > len(s.key)), None)
    if found is None:
        raise SettingRefused(code="setting.unknown", key=key)
    return found


def _of_database(key: str) -> Setting:
    setting = declared(key)
    if setting.scope != DATABASE:
        raise SettingRefused(code="setting.not_database", key=key)
    return setting


def get(db: Database, key: str) -> object:
    """A database's setting, typed, or its default when it was never set."""
    return _of_database(key).read(db.get_setting(key))


def stored(db: Database, key: str) -> object:
    """What a database holds for ``key`` (typed), None when it was never set."""
    raw = db.get_setting(key)
    return None if raw in (None, "") else _of_database(key).read(raw)


def set(db: Database, key: str, value: object) -> None:
    """Write a database's setting (None removes the value, so its default applies)."""
    setting = _of_database(key)
    db.set_setting(key, None if value is None else setting.stored(setting.check(value)))


def home_city(db: Database, language: str) -> str:
    """The home city's name for a reader of ``language``: its Thai name for Thai when one is
    kept, else the English name; the declared defaults when neither was set."""
    return home_city_of(db.get_setting("home_city_en"), db.get_setting("home_city_th"),
                        language)


def home_city_of(en: object, th: object, language: str) -> str:
    """:func:`home_city` from the two stored values (None or "" when never set)."""
    if language == "th":
        return str(th or en or declared("home_city_th").default)
    return str(en or declared("home_city_en").default)


def home_country_of(value: object) -> str:
    """The home country's code from its stored value (None or "" when never set)."""
    return str(value or declared("home_country").default).upper()
