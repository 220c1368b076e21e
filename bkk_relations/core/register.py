"""The register: one open database and everything the app does with it.

The desktop app and the command line hold one :class:`Register` (as Anki's GUI holds one
``Collection`` and calibre's one ``Cache``) and reach the records, search, alerts, lists,
attachments, backups, graph data and imports and exports only through it; switching to
another database swaps this one object. Core services take the register as their first
argument. Every write made through it returns a :class:`~.changes.Changes` saying what it
changed.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

from . import changes as ch
from . import settings
from .changes import Changes
from .records.models import SPECS, Record, spec_of, stored_id
from .records.repository import Repository
from .storage import sqlite_store
from .storage.database import Database
from .storage.protocols import Connection

if TYPE_CHECKING:
    from .imports.plan import ImportPlan
    from .imports.run import Progress
    from .storage.schema import Progress as UpgradeProgress


class Register:
    """An open register (a database file or a server database) as ``user``."""

    def __init__(self, db: Database, *, user: str | None = None):
        self.db = db
        self.records = Repository(db, user=user)

    # -- opening and closing ----------------------------------------------------------------
    @classmethod
    def open(cls, target: str | os.PathLike[str], *, create: bool = False,
             user: str | None = None, progress: UpgradeProgress | None = None) -> Register:
        """Open a database file or a ``postgresql://`` server URL (see ``Database.open``;
        ``progress(step, done, total)`` follows an upgrade and may cancel it)."""
        return cls(Database.open(target, create=create, progress=progress), user=user)

    @classmethod
    def create(cls, target: str | os.PathLike[str], *, user: str | None = None) -> Register:
        """A new, empty register; refuses an existing non-empty file."""
        return cls(Database.create(target), user=user)

    def close(self, *, optimize: bool = True) -> None:
        self.db.close(optimize=optimize)

    def __enter__(self) -> Register:
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        self.close(optimize=exc_type is None)

    @contextlib.contextmanager
    def reading(self) -> Iterator[Register]:
        """The same register on a connection of its own that only reads, for work in another
        thread while this one keeps working (an in-memory database has only one
        connection)."""
        if self.path == sqlite_store.MEMORY:
            yield self
            return
        with self.db.reader() as conn:
            db = Database(conn, self.db.target, read_only=True)
            yield Register(db, user=self.user)

    # -- what it is -------------------------------------------------------------------------
    @property
    def conn(self) -> Connection:
        """A local file's sqlite3 connection or a server's (see ``storage.protocols``)."""
        return self.db.conn

    @property
    def path(self) -> str:
        """The database for people: a file's path, or a server URL without its password."""
        return self.db.path

    @property
    def target(self) -> str:
        """What opens the database again (a server URL may carry its password)."""
        return self.db.target

    @property
    def user(self) -> str:
        """Who the audit log records: the database login on a server, else the computer's
        user name."""
        return self.records.user

    @property
    def is_server(self) -> bool:
        return self.db.is_server

    @property
    def read_only(self) -> bool:
        return self.db.read_only

    @property
    def network_drive(self) -> str | None:
        return self.db.network_drive

    def data_version(self) -> int:
        """Changes whenever another connection commits (to notice other users' saves)."""
        return self.db.data_version()

    def own_writer(self, writer: Register) -> None:
        """``writer``'s saves are this register's own, not another user's."""
        self.db.own_writer(writer.db)

    # -- records ----------------------------------------------------------------------------
    def get(self, entity: str, record_id: int, *, include_deleted: bool = False) -> Record:
        return self.records.get(SPECS[entity].cls, record_id, include_deleted=include_deleted)

    def save(self, record: Record, *, force: bool = False) -> Changes:
        """Create ``record`` (no id yet) or save changes to it; ``force`` overwrites a
        colleague's save made since it was read. The stored record is ``changes.record``."""
        spec = spec_of(record)
        if record.id is None:
            stored = self.records.create(record)
            return Changes.of(spec.name, [stored_id(stored)], ch.RECORDS, ch.LINKS, ch.TAGS,
                              created=[stored_id(stored)], record=stored)
        stored = self.records.update(record, force=force)
        return Changes.of(spec.name, [stored_id(stored)], ch.RECORDS, ch.LINKS, ch.TAGS,
                          record=stored)

    def delete(self, entity: str, record_id: int) -> Changes:
        """Move a record to the trash (its links stay, so that it can come back whole)."""
        self.records.delete(SPECS[entity].cls, record_id)
        return Changes.of(entity, [record_id], ch.RECORDS, ch.TRASH, removed=[record_id])

    def restore(self, entity: str, record_id: int) -> Changes:
        """Bring a record back from the trash."""
        stored = self.records.restore(SPECS[entity].cls, record_id)
        return Changes.of(entity, [record_id], ch.RECORDS, ch.TRASH, created=[record_id],
                          record=stored)

    def purge(self, entity: str, record_id: int) -> Changes:
        """Delete a record in the trash for good; records linked to it lose that link."""
        self.records.purge(SPECS[entity].cls, record_id)
        return Changes.of(entity, [record_id], ch.TRASH, ch.LINKS)

    # -- attachments ------------------------------------------------------------------------
    def attach(self, entity: str, record_id: int, source: str | os.PathLike[str], *,
               name: str | None = None) -> Changes:
        """Copy a file into the attachments folder and link it to a record; the attachment
        is ``changes.result``."""
        from .records import attachments

        att = attachments.attach(self, entity, record_id, source, name=name)
        return Changes.of(entity, [record_id], ch.ATTACHMENTS, result=att)

    def remove_attachment(self, attachment_id: int) -> Changes:
        """Take an attachment off its record (its file goes when no record uses it)."""
        from .records import attachments

        att = attachments.get(self, attachment_id)
        attachments.remove(self, attachment_id)
        return Changes.of(att.entity, [att.record_id], ch.ATTACHMENTS, result=att)

    # -- imports ----------------------------------------------------------------------------
    def apply_import(self, plan: ImportPlan, *, progress: Progress | None = None) -> Changes:
        """Write an import plan, all or nothing; the ImportResult is ``changes.result``."""
        from .imports.run import run_import

        result = run_import(self, plan, progress=progress)
        if not result.batch_id:
            return Changes(result=result)
        return Changes(frozenset({ch.IMPORTS, ch.ALL}), result=result)

    def undo_import(self, batch_id: str) -> Changes:
        """Reverse one import; the counts are ``changes.result``."""
        from .imports.batches import undo_import

        return Changes(frozenset({ch.IMPORTS, ch.ALL}), result=undo_import(self, batch_id))

    # -- settings ---------------------------------------------------------------------------
    def setting(self, key: str) -> object:
        """A database setting declared in ``core.settings``, typed, or its default."""
        return settings.get(self.db, key)

    def set_setting(self, key: str, value: object) -> Changes:
        """Write a declared database setting (None: back to its default)."""
        settings.set(self.db, key, value)
        return Changes.settings()
