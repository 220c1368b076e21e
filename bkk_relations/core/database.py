"""Opening, creating and migrating a bkk_relations database file, safely.

A file that is not ours (not SQLite, another program's database, a newer schema) is refused
with a clear message and left byte-for-byte untouched. An older schema is copied aside before
it is migrated.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import logging
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from . import schema
from .errors import CoreError, DatabaseOpenError
from .storage import is_server_url, redact
from .storage.sqlite_store import SqliteConnection


class DatabaseBusyError(CoreError):
    """Another connection kept the database locked for too long."""

log = logging.getLogger(__name__)
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000
MEMORY = ":memory:"


class Database:
    """An open database: one connection (a local SQLite file or a PostgreSQL server) plus a
    transaction helper.

    Use :meth:`open` or :meth:`create`; every write goes through :meth:`transaction`.
    ``path`` names the database for people (a server URL without its password); ``target``
    is what opens it again.
    """

    def __init__(self, conn: sqlite3.Connection, path: str, *, read_only: bool = False,
                 target: str | None = None):
        self.conn = conn
        self.dialect = conn.dialect
        self.target = target or path
        self.path = redact(path) if is_server_url(path) else path
        self.read_only = read_only
        self._depth = 0

    @property
    def is_server(self) -> bool:
        return is_server_url(self.target)

    @property
    def login(self) -> str | None:
        """The database login changes are recorded under (None for a file: the audit log
        then records the computer's user name)."""
        return self.dialect.login(self.conn)

    # -- opening --------------------------------------------------------------------------
    @classmethod
    def create(cls, path: str | os.PathLike[str]) -> Database:
        """Create a new, empty database; refuse if a non-empty file is already there."""
        p = str(path)
        if is_server_url(p):
            return cls.open(p, create=True)
        if p != MEMORY and Path(p).exists() and Path(p).stat().st_size > 0:
            raise DatabaseOpenError(f"{p} already exists; choose a new file name.")
        return cls.open(p, create=True)

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, create: bool = False) -> Database:
        """Open an existing database (or a new one when ``create``), migrating an older schema
        after keeping a copy of the file."""
        p = str(path)
        if is_server_url(p):
            from .storage import pg_store
            conn, read_only = pg_store.open_server(p)
            log.debug("opened %s%s", redact(p), " (read-only login)" if read_only else "")
            return cls(conn, p, read_only=read_only)
        if p == MEMORY:
            conn = _connect(p)
            schema.migrate(conn)
            return cls(conn, p)
        file = Path(p)
        if file.is_dir():
            raise DatabaseOpenError(f"{p} is a folder, not a database file.")
        if not file.exists():
            if not create:
                raise DatabaseOpenError(f"{p} does not exist.")
            if not file.parent.exists():
                raise DatabaseOpenError(f"The folder {file.parent} does not exist.")
        version = inspect_file(file) if file.exists() and file.stat().st_size > 0 else 0
        if file.exists() and version == 0 and not create:
            # An empty file is only set up when asked to (File > New), never by opening it.
            raise DatabaseOpenError(f"{p} is empty; it is not a bkk_relations database yet.")
        read_only = file.exists() and not os.access(p, os.W_OK)
        if read_only and version < schema.SCHEMA_VERSION:
            raise DatabaseOpenError(
                f"{p} is read-only and needs upgrading to this version of the app; "
                "copy it to a folder you can write to and open the copy."
            )
        if 0 < version < schema.SCHEMA_VERSION:
            _refuse_if_damaged(file)  # never upgrade a damaged file: it is left as it is
            kept = keep_copy(p, suffix=f"before-v{schema.SCHEMA_VERSION}")
            log.info("upgrading %s from schema %d to %d; copy kept as %s", p, version,
                     schema.SCHEMA_VERSION, kept.name)
        try:
            conn = _connect(f"file:{file.resolve().as_posix()}?mode=ro" if read_only else p,
                            uri=read_only)
            if not read_only:
                schema.migrate(conn)
        except sqlite3.DatabaseError as exc:
            raise DatabaseOpenError(f"{p} could not be opened: {exc}.") from exc
        log.debug("opened %s (schema %d%s)", p, schema.SCHEMA_VERSION,
                  ", read-only" if read_only else "")
        return cls(conn, p, read_only=read_only)

    def close(self) -> None:
        if not self.read_only and self.path != MEMORY:
            try:
                self.dialect.optimize(self.conn)
            except self.dialect.errors:
                pass
        self.conn.close()

    @contextlib.contextmanager
    def reader(self) -> Iterator[sqlite3.Connection]:
        """A separate read-only connection, for reading in another thread while this one
        keeps working (an in-memory database has only its own connection)."""
        if self.path == MEMORY:
            yield self.conn
            return
        if self.is_server:
            from .storage import pg_store
            with pg_store.connect(self.target, read_only=True) as server:
                yield server
            return
        conn = _connect(f"file:{Path(self.path).resolve().as_posix()}?mode=ro", uri=True)
        try:
            yield conn
        finally:
            conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions -----------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All writes inside the block happen together or not at all. Blocks may nest."""
        if self.read_only:
            if self.is_server:
                from .storage.pg_store import ReadOnlyLoginError
                raise ReadOnlyLoginError(
                    f"Your login may only read this database on {self.path}; changes cannot "
                    "be saved. Ask the office's IT person for an editor login.")
            raise DatabaseOpenError(f"{self.path} is open read-only; changes cannot be saved.")
        name = f"sp{self._depth}"
        if self._depth == 0:
            self._begin()
        else:
            self.conn.execute(f"SAVEPOINT {name}")
        self._depth += 1
        try:
            yield self.conn
        except BaseException:
            self._depth -= 1
            if self._depth == 0:
                self.conn.execute("ROLLBACK")
            else:
                self.conn.execute(f"ROLLBACK TO {name}")
                self.conn.execute(f"RELEASE {name}")
            raise
        self._depth -= 1
        self.conn.execute("COMMIT" if self._depth == 0 else f"RELEASE {name}")

    def _begin(self) -> None:
        # busy_timeout already waits for another writer; a few more tries cover a writer that
        # holds the lock for longer (a large import on a shared drive).
        for attempt in range(3):
            try:
                self.dialect.begin(self.conn)
                return
            except self.dialect.errors as exc:
                if not self.dialect.is_busy(exc):
                    raise
                if attempt == 2:
                    raise DatabaseBusyError(
                        "Another user is saving a large change to this database; "
                        "try again in a moment.") from exc

    def data_version(self) -> int:
        """Changes whenever another connection commits (to refresh views)."""
        return self.dialect.data_version(self.conn)

    # -- settings ---------------------------------------------------------------------------
    def get_setting(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str | None) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    @property
    def schema_version(self) -> int:
        return self.dialect.schema_version(self.conn)


def _connect(target: str, *, uri: bool = False) -> sqlite3.Connection:
    conn = sqlite3.connect(target, uri=uri, isolation_level=None, check_same_thread=False,
                           factory=SqliteConnection)
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    if not uri and target != MEMORY:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
    return conn


def _ro_uri(file: Path) -> str:
    """A read-only URI; without a WAL file beside it the file is read as immutable, so not
    even the -shm/-wal side files of a foreign database are created."""
    uri = f"file:{file.resolve().as_posix()}?mode=ro"
    if not Path(f"{file}-wal").exists():
        uri += "&immutable=1"
    return uri


def inspect_file(file: Path) -> int:
    """Return the schema version of an existing file, refusing anything that is not ours.
    Opens the file read-only, so nothing is written whatever it holds."""
    try:
        with file.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseOpenError(f"{file} cannot be read: {exc.strerror}.") from exc
    if header != SQLITE_HEADER:
        raise DatabaseOpenError(
            f"{file} is not a bkk_relations database (it is not an SQLite file at all)."
        )
    try:
        conn = sqlite3.connect(_ro_uri(file), uri=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseOpenError(f"{file} is damaged and cannot be opened ({exc}).") from exc
    if app_id != schema.APPLICATION_ID:
        if app_id == 0 and tables == 0 and version == 0:
            return 0  # an empty SQLite file: safe to set up
        raise DatabaseOpenError(
            f"{file} is a database of another application, not of bkk_relations; "
            "it was not changed."
        )
    if version > schema.SCHEMA_VERSION:
        raise DatabaseOpenError(
            f"{file} was written by a newer version of bkk_relations (schema {version}; "
            f"this app knows up to {schema.SCHEMA_VERSION}). Update the app to open it; "
            "the file was not changed."
        )
    return version


def _refuse_if_damaged(file: Path) -> None:
    conn = sqlite3.connect(_ro_uri(file), uri=True)
    try:
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        result = str(exc)
    finally:
        conn.close()
    if result != "ok":
        raise DatabaseOpenError(f"{file} is damaged ({result}) and was not upgraded; "
                                "restore it from a backup.")


def keep_copy(path: str, *, suffix: str) -> Path:
    """Copy a database beside itself with SQLite's online backup (safe with WAL), under a
    name no other copy has."""
    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    src = Path(path)
    ext = src.suffix or ".db"
    dest = src.with_name(f"{src.stem}.{suffix}-{stamp}{ext}")
    n = 1
    while True:
        try:
            with open(dest, "xb"):  # claim the name, so two instances never share a copy
                break
        except FileExistsError:
            n += 1
            dest = src.with_name(f"{src.stem}.{suffix}-{stamp}-{n}{ext}")
    copy_database(src, dest)
    return dest


def copy_database(src: str | os.PathLike[str], dest: str | os.PathLike[str]) -> None:
    """Copy the database ``src`` over ``dest`` with SQLite's online backup API, which reads
    a consistent snapshot (WAL included) and writes ``dest`` as one transaction."""
    source = sqlite3.connect(f"file:{Path(src).resolve().as_posix()}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(dest)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
