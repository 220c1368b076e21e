"""Every error the core raises on purpose, and the problems it reports, as data.

A problem (:class:`Problem`, :class:`RowProblem`) and most errors carry a message code and its
parameters instead of a finished sentence: ``str()`` and ``.message`` give the English
sentence (for logs and the command line), ``.text(language, translate)`` the sentence in the
reader's language from the one catalogue (``core.messages``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field

from . import messages
from .messages import FieldName, Msg, Translate
from .storage import redact

__all__ = [
    "AttachmentMissing", "BackupDamaged", "Cancelled", "ConflictError", "CopyError",
    "CoreError", "CsvProblem", "DatabaseBusyError", "DatabaseOpenError", "FileProblem",
    "FileRefused", "GraphError", "ImportRefused", "LoginRefused", "MappingProblem",
    "NotADemo", "NotFoundError", "ParseError", "Problem", "ReadOnlyLoginError",
    "RestoreRefused", "RowProblem", "ServerConnectionError", "SettingRefused", "ValidationError",
    "XlsxError",
]


# -- problems ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Problem:
    """One problem with one field of a record: the field's attribute, the message's code
    and its parameters. A code the catalogue does not hold is taken as a sentence already
    written (the editor's own checks still make those)."""

    field: str
    code: str
    # dataclasses.field spelt out: the attribute ``field`` above hides the name in the class.
    params: Mapping[str, object] = dataclasses.field(default_factory=dict, hash=False)

    @property
    def message(self) -> str:
        return messages.text(self.code, self.params)

    def text(self, language: str = "en", translate: Translate | None = None) -> str:
        return messages.text(self.code, self.params, language, translate)

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


@dataclass(frozen=True)
class RowProblem:
    """A problem with a row of an imported file (``row`` as Excel shows it; 0 for the file
    as a whole) and a column: the file's own header ("Town (B)"), or a phrase or field name
    that reads differently per language."""

    row: int
    column: str | Msg | FieldName
    code: str
    params: Mapping[str, object] = field(default_factory=dict, hash=False)

    @property
    def message(self) -> str:
        return messages.text(self.code, self.params)

    def where(self, language: str = "en", translate: Translate | None = None) -> str:
        """"Row 7, Town (B)", or what of the two there is."""
        parts = [messages.text("import.row", {"row": self.row}, language, translate)
                 if self.row else "", messages.render(self.column, language, translate)]
        return ", ".join(p for p in parts if p)

    def text(self, language: str = "en", translate: Translate | None = None) -> str:
        return (f"{self.where(language, translate)}: "
                f"{messages.text(self.code, self.params, language, translate)}")

    def __str__(self) -> str:
        return self.text()


# -- errors -----------------------------------------------------------------------------------
class CoreError(Exception):
    """Base class for every error the core raises on purpose. Made with a ``code`` (and its
    parameters), its message is data: ``str()`` is the English sentence, ``text()`` the
    sentence in the reader's language."""

    def __init__(self, message: str | None = None, *, code: str | None = None,
                 **params: object):
        self.code, self.params = code, params
        super().__init__(messages.text(code, params) if code else message)

    def text(self, language: str = "en", translate: Translate | None = None) -> str:
        if not self.code:
            return str(self)
        return messages.text(self.code, self.params, language, translate)


class ValidationError(CoreError):
    """A record could not be saved; ``problems`` lists every reason, field by field
    (``entity`` says which kind of record, to name its fields)."""

    def __init__(self, problems: list[Problem], entity: str | None = None):
        self.problems = list(problems)
        self.entity = entity
        super().__init__("; ".join(str(p) for p in self.problems))

    def for_field(self, field: str) -> list[str]:
        return [p.message for p in self.problems if p.field == field]

    def text(self, language: str = "en", translate: Translate | None = None) -> str:
        if language == "en":
            return str(self)  # as logs and the command line have always had it

        def named(p: Problem) -> str:
            if not self.entity or not p.field:
                return p.field
            return messages.render(FieldName(self.entity, p.field), language, translate)

        return "; ".join(f"{named(p)}: {p.text(language, translate)}" for p in self.problems)


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


class Cancelled(CoreError):
    """The user stopped long work (an export, an import, a graph's layout) from its progress;
    nothing of it is kept."""


# -- opening and storing ------------------------------------------------------------------------
class DatabaseOpenError(CoreError):
    """A file cannot be opened as a bkk_relations database; the file was left untouched."""


class DatabaseBusyError(CoreError):
    """Another connection kept the database locked for too long."""


class ReadOnlyLoginError(CoreError):
    """The server refused a change because the login may only read."""


class ServerConnectionError(DatabaseOpenError):
    """The server database could not be used: unreachable, the login refused, or a database
    this app must not touch. ``reason`` is the end of its message code (``server.auth``)."""

    def __init__(self, reason: str, url: str, detail: str = ""):
        self.reason, self.where, self.detail = reason, redact(url), detail
        super().__init__(code=f"server.{reason}", where=self.where, detail=detail)


class LoginRefused(CoreError):
    """``server-setup`` will not create or change this login; nothing was changed."""


class CopyError(CoreError):
    """The copy was refused or did not verify; the target was left as it was."""


class SettingRefused(CoreError):
    """A key that is not a declared setting, or a value the setting does not take; nothing
    was changed."""


class FileRefused(CoreError):
    """A file named by the user cannot be used for what was asked; nothing was changed."""


class AttachmentMissing(CoreError):
    """The attachment is recorded but its file is not in the attachments folder."""


class NotADemo(CoreError):
    """The database is not an unchanged demo database, so it is not replaced."""


class BackupDamaged(CoreError):
    """A backup (or the copy just written) did not pass its check; nothing relied on it."""


class RestoreRefused(CoreError):
    """The backup, or the file to restore over, cannot be used; nothing was changed."""


class GraphError(CoreError):
    """A graph request that cannot be met (unknown node, ambiguous name…)."""


class SavedViewError(CoreError):
    """A saved graph view that cannot be read; it is left as it is."""


# -- importing ----------------------------------------------------------------------------------
class FileProblem(CoreError):
    """The file cannot be read as a spreadsheet; nothing was changed."""


class XlsxError(CoreError):
    """The workbook breaks the format or one of the limits; the message says where."""


class CsvProblem(CoreError):
    """The file cannot be read as CSV text; the message says why and what to do."""


class ImportRefused(CoreError):
    """The import was refused or failed; the database was left as it was."""


class ParseError(ValueError):
    """A value in a cell (or typed on the command line) is not what its field takes: a
    ValueError whose message is data, as CoreError's."""

    def __init__(self, code: str, **params: object):
        self.code, self.params = code, params
        super().__init__(messages.text(code, params))

    def text(self, language: str = "en", translate: Translate | None = None) -> str:
        return messages.text(self.code, self.params, language, translate)


class MappingProblem(ParseError):
    """A mapping names a column the file does not have, or a field the record has not."""
