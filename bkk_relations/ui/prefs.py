"""The user's preferences, kept with QSettings: language, calendar, recent files."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from ..core import dates

MAX_RECENT = 8


class Prefs:
    def __init__(self, settings: QSettings | None = None):
        self.s = settings or QSettings()

    @property
    def language(self) -> str:
        return str(self.s.value("ui/language", "en"))

    @language.setter
    def language(self, value: str) -> None:
        self.s.setValue("ui/language", value)

    @property
    def calendar(self) -> str:
        return str(self.s.value("ui/calendar", "gregorian"))

    @calendar.setter
    def calendar(self, value: str) -> None:
        self.s.setValue("ui/calendar", value)

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
        items = [path, *[p for p in self.recent() if p != path]][:MAX_RECENT]
        self.s.setValue("files/recent", items)
        self.s.setValue("files/last_db", path)

    def show_date(self, iso: str | None) -> str:
        try:
            return dates.format_date(iso, self.calendar)
        except ValueError:
            return iso or ""
