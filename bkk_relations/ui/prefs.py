"""The user's preferences, kept with QSettings: language, calendar, automatic backups,
recent files and the last database server. The preferences the core knows about (their keys,
types, defaults and ranges) are declared in ``core/settings.py``; the others only here. A
server's password is never kept here (it lives in the system's password store, see
``server_dialog``): every URL is stripped of it before it is stored."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from PySide6.QtCore import QSettings

from ..core import dates
from ..core.settings import SETTINGS, Setting
from ..core.storage import is_server_url, redact

MAX_RECENT = 8
_LANGUAGE, _CALENDAR = SETTINGS["ui/language"], SETTINGS["ui/calendar"]
_THAI_DIGITS = SETTINGS["ui/thai_digits"]
_AUTO, _DAILY, _WEEKLY = (SETTINGS[k] for k in ("backup/auto", "backup/daily", "backup/weekly"))
BACKUP_AUTO, BACKUP_DAILY, BACKUP_WEEKLY = _AUTO.key, _DAILY.key, _WEEKLY.key


def without_password(target: str) -> str:
    """A file path as it is; a server URL without its password (in the user part or in the
    query), fit to be stored and shown."""
    if not is_server_url(target):
        return target
    url = redact(target)
    parts = urlsplit(url)
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    if any(k.lower() == "password" for k, _ in pairs):
        query = [(k, v) for k, v in pairs if k.lower() != "password"]
        url = urlunsplit(parts._replace(query=urlencode(query)))
    return url


class Prefs:
    def __init__(self, settings: QSettings | None = None):
        self.s = settings or QSettings()

    def _read(self, setting: Setting) -> object:
        """A declared preference as its type: its default when missing or edited by hand
        into something it cannot be (a number out of range is brought into it)."""
        return setting.read(self.s.value(setting.key))

    def _write(self, setting: Setting, value: object) -> None:
        self.s.setValue(setting.key, setting.read(value))

    @property
    def language(self) -> str:
        return str(self._read(_LANGUAGE))

    @language.setter
    def language(self, value: str) -> None:
        self._write(_LANGUAGE, value)

    @property
    def calendar(self) -> str:
        return str(self._read(_CALENDAR))

    @calendar.setter
    def calendar(self, value: str) -> None:
        self._write(_CALENDAR, value)

    @property
    def thai_digits(self) -> bool:
        """Thai dates in Thai digits (only the Thai interface writes Thai dates)."""
        return bool(self._read(_THAI_DIGITS))

    @thai_digits.setter
    def thai_digits(self, value: bool) -> None:
        self._write(_THAI_DIGITS, bool(value))

    @property
    def date_style(self) -> str:
        """How dates are written (``core.dates.DATE_STYLES``): Thai dates in Thai."""
        if self.language != "th":
            return "numeric"
        return "thai_digits" if self.thai_digits else "thai"

    @property
    def last_db(self) -> str | None:
        value = self.s.value("files/last_db")
        return str(value) if value else None

    def recent(self) -> list[str]:
        value = self.s.value("files/recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in value or []]

    def remember_db(self, path: str) -> None:
        path = without_password(str(path))
        items = [path, *[p for p in self.recent() if p != path]][:MAX_RECENT]
        self.s.setValue("files/recent", items)
        self.s.setValue("files/last_db", path)

    @property
    def last_server(self) -> str | None:
        """The last server connected to, as a URL without the password."""
        value = self.s.value("server/last")
        return str(value) if value else None

    @last_server.setter
    def last_server(self, url: str) -> None:
        self.s.setValue("server/last", without_password(url))

    @property
    def remember_password(self) -> bool:
        return self.s.value("server/remember_password", True) in (True, "true")

    @remember_password.setter
    def remember_password(self, value: bool) -> None:
        self.s.setValue("server/remember_password", bool(value))

    @property
    def auto_backup(self) -> bool:
        return bool(self._read(_AUTO))

    @auto_backup.setter
    def auto_backup(self, value: bool) -> None:
        self._write(_AUTO, bool(value))

    @property
    def keep_daily(self) -> int:
        return int(self._read(_DAILY))

    @keep_daily.setter
    def keep_daily(self, value: int) -> None:
        self._write(_DAILY, value)

    @property
    def keep_weekly(self) -> int:
        return int(self._read(_WEEKLY))

    @keep_weekly.setter
    def keep_weekly(self, value: int) -> None:
        self._write(_WEEKLY, value)

    def show_date(self, iso: str | None) -> str:
        try:
            return dates.format_date(iso, self.calendar, self.date_style)
        except ValueError:
            return iso or ""

    def show_timestamp(self, ts: str | None) -> str:
        return dates.format_timestamp(ts, self.calendar, self.date_style)
