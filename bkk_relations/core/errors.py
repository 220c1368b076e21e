"""Errors raised by the core, each carrying a message an officer can act on."""

from __future__ import annotations

from dataclasses import dataclass


class CoreError(Exception):
    """Base class for every error the core raises on purpose."""


@dataclass(frozen=True)
class Problem:
    """One problem with one field of a record."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ValidationError(CoreError):
    """A record could not be saved; ``problems`` lists every reason, field by field."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("; ".join(str(p) for p in self.problems))

    def for_field(self, field: str) -> list[str]:
        return [p.message for p in self.problems if p.field == field]


class NotFoundError(CoreError):
    """The record asked for does not exist (or is in the trash when a live one was asked for)."""


class ConflictError(CoreError):
    """Someone else saved the record after it was read; the caller should reload or overwrite.

    ``user`` and ``when`` (ISO, UTC) say who saved last and when; the app shows the time in
    the user's own time zone and calendar, this message (for the command line) in UTC.
    """

    def __init__(self, entity: str, record_id: int, user: str | None, when: str | None):
        self.entity, self.record_id, self.user, self.when = entity, record_id, user, when
        who = f" by {user}" if user else ""
        at = f" at {_utc(when)}" if when else ""
        super().__init__(
            f"This {entity} (id {record_id}) was changed{who}{at} after you opened it. "
            "Reload it to see the other changes, or save again to overwrite them."
        )


def _utc(when: str) -> str:
    """2025-06-19T07:04:05+00:00 as 2025-06-19 07:04 UTC."""
    return f"{when[:16].replace('T', ' ')} UTC" if len(when) >= 16 else when


class DatabaseOpenError(CoreError):
    """A file cannot be opened as a bkk_relations database; the file was left untouched."""
