"""Opening, creating and migrating a bkk_relations database file, safely.

A file that is not ours (not SQLite, another program's database, a newer schema) is refused
with a clear message and left byte-for-byte untouched. An older schema is copied aside before
it is migrated.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as _dt
import logging
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from ..errors import DatabaseBusyError, DatabaseOpenError
from . import is_server_url, redact, schema, sqlite_store
from .protocols import Connection

log = logging.getLogger(__name__)
BUSY_TIMEOUT_MS = 10_000
READER_CACHE_KIB = 64 * 1024  # a reading connection's page cache (SQLite's default is 2 MiB)
# A writing connection's: a large change (an import of 10,000 rows) touches the table, its
# nine indexes and the search index, and in SQLite's 2 MiB it spilled pages to the WAL and
# read them back before its commit (a tenth of the import's writing time).
WRITER_CACHE_KIB = 16 * 1024
MEMORY = sqlite_store.MEMORY


@dataclasses.dataclass(frozen=True)
class Mark:
    """Database.mark(): a connection's own count of rows it has written (rolled back or
    not), and SQLite's count of other connections' commits it has seen."""

    conn: object  # the connection itself: the counts mean something only on their connection
    changes: int
    version: int


class Database:
    """An open database: one connection (a local SQLite file or a PostgreSQL server) plus a
    transaction helper.

    Use :meth:`open` or :meth:`create`; every write goes through :meth:`transaction`.
    ``path`` names the database for people (a server URL without its password); ``target``
    is what opens it again.
    """

    def __init__(self, conn: Connection, path: str, *, read_only: bool = False,
                 target: str | None = None):
        self.conn = conn
        self.dialect = conn.dialect
        self.target = target or path
        self.path = redact(path) if is_server_url(path) else path
        self.read_only = read_only
        self._depth = 0
        self._wrote = False
        self._network_drive: str | None = None
        self._network_checked = False

    @property
    def network_drive(self) -> str | None:
        """The network file system the file is on (SQLite's locks are unreliable there), or
        None for a local file, a server or an in-memory database."""
        if self.is_server or self.path == MEMORY:
            return None
        if not self._network_checked:
            from .network_drive import network_drive

            self._network_drive, self._network_checked = network_drive(self.path), True
        return self._network_drive

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
            raise DatabaseOpenError(code="open.exists", file=p)
        return cls.open(p, create=True)

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, create: bool = False,
             progress: schema.Progress | None = None) -> Database:
        """Open an existing database (or a new one when ``create``), migrating an older schema
        after keeping a copy of the file. A file that is refused is left untouched.

        ``progress(step, done, total)`` follows an upgrade's long steps; when it raises (the
        user cancelled), the upgrade rolls back and the file is left exactly as it was."""
        p = str(path)
        if is_server_url(p):
            from . import pg_store
            server, read_only = pg_store.open_server(p, progress=progress)
            log.debug("opened %s%s", redact(p), " (read-only login)" if read_only else "")
            return cls(server, p, read_only=read_only)
        if p == MEMORY:
            memory = _configure(sqlite_store.connect(MEMORY))
            schema.migrate(memory)
            return cls(memory, p)
        file = Path(p)
        if file.is_dir():
            raise DatabaseOpenError(code="open.folder", file=p)
        if file.exists() and not file.is_file():
            raise DatabaseOpenError(code="open.not_regular", file=p)
        if not file.exists():
            if not create:
                raise DatabaseOpenError(code="open.missing", file=p)
            if not file.parent.exists():
                raise DatabaseOpenError(code="open.no_folder", folder=str(file.parent))
        version = inspect_file(file) if file.exists() and file.stat().st_size > 0 else 0
        if file.exists() and version == 0 and not create:
            # An empty file is only set up when asked to (File > New), never by opening it.
            raise DatabaseOpenError(code="open.empty", file=p)
        if file.exists() and not _writable(file):
            return cls._open_read_only(file, version)
        kept = None
        if 0 < version < schema.SCHEMA_VERSION:
            _refuse_if_damaged(file)  # never upgrade a damaged file: it is left as it is
            kept = keep_copy(p, suffix=f"before-v{schema.SCHEMA_VERSION}")
            log.info("upgrading %s from schema %d to %d; copy kept as %s", p, version,
                     schema.SCHEMA_VERSION, kept.name)
        conn = None
        try:
            conn = _configure(sqlite_store.connect(file))
            schema.migrate(conn, progress=progress)
            _use_wal(conn)
            conn.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KIB}")
        except BaseException as exc:  # a failure, or Cancel from ``progress``
            if conn is not None:
                conn.close()
            if kept is not None:  # the upgrade rolled back: the file is as it was
                kept.unlink(missing_ok=True)
            if not isinstance(exc, sqlite3.DatabaseError):
                raise
            if _is_read_only_error(exc) and version == schema.SCHEMA_VERSION:
                return cls._open_read_only(file, version)  # e.g. a share mounted read-only
            raise DatabaseOpenError(code="open.failed", file=p, detail=str(exc)) from exc
        log.debug("opened %s (schema %d)", p, schema.SCHEMA_VERSION)
        db = cls(conn, p)
        if db.network_drive:
            log.warning("%s is on a network drive (%s): SQLite's locking is unreliable there",
                        p, db.network_drive)
        return db

    @classmethod
    def _open_read_only(cls, file: Path, version: int) -> Database:
        """A file the user may only read: opened without writing anything, even beside it."""
        if version < schema.SCHEMA_VERSION:
            raise DatabaseOpenError(code="open.read_only_old", file=str(file))
        try:
            conn = _configure(sqlite_store.connect_readonly(file))
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError as exc:
            raise DatabaseOpenError(code="open.failed", file=str(file), detail=str(exc)) from exc
        log.debug("opened %s (schema %d, read-only)", file, version)
        return cls(conn, str(file), read_only=True)

    def close(self, *, optimize: bool = True) -> None:
        """Close the connection; ``PRAGMA optimize`` first, as SQLite advises, when this
        session changed something (never on a file that was only read, or after an error)."""
        if optimize and self._wrote and not self.read_only and self.path != MEMORY:
            try:
                self.dialect.optimize(self.conn)
            except self.dialect.errors:
                pass
        self.conn.close()

    @contextlib.contextmanager
    def reader(self) -> Iterator[Connection]:
        """A separate read-only connection, for reading in another thread while this one
        keeps working (an in-memory database has only its own connection)."""
        if self.path == MEMORY:
            yield self.conn
            return
        if self.is_server:
            from . import pg_store
            with pg_store.connect(self.target, read_only=True) as server:
                yield server
            return
        conn = _configure(sqlite_store.connect_readonly(self.path))
        # A reader does one large piece of work (figures over every record, a graph, a
        # report) and is closed after it: a larger page cache keeps the link tables it
        # probes again and again in memory for that time, instead of re-reading them.
        conn.execute(f"PRAGMA cache_size = -{READER_CACHE_KIB}")
        try:
            yield conn
        finally:
            conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        self.close(optimize=exc_type is None)

    # -- transactions -----------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        """All writes inside the block happen together or not at all. Blocks may nest."""
        if self.read_only:
            if self.is_server:
                from .pg_store import ReadOnlyLoginError
                raise ReadOnlyLoginError(
                    f"Your login may only read this database on {self.path}; changes cannot "
                    "be saved. Ask the office's IT person for an editor login.")
            raise DatabaseOpenError(code="open.read_only", file=self.path)
        if self._depth < 0:
            raise RuntimeError("a write was started inside a read snapshot")
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
        self._wrote = True

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[Connection]:
        """Reads inside the block see the database as it was at their first read: a long
        piece of reading (an import's check of every row) sees one state of it, and on a
        file each of its thousands of statements no longer takes and drops the file's read
        lock on its own. Nothing may be written inside; on a server, or inside a
        transaction, the block reads as it would outside one."""
        if self.is_server or self.path == MEMORY or self._depth \
                or getattr(self.conn, "in_transaction", False):
            yield self.conn
            return
        self.conn.execute("BEGIN")  # deferred: the read lock is taken at the first read
        self._depth = -1  # transaction() refuses to start inside
        try:
            yield self.conn
        finally:
            self._depth = 0
            self.conn.execute("ROLLBACK")  # nothing to keep: nothing was written

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

    def mark(self) -> Mark | None:
        """Where the data stands now, as this connection sees it: a later mark is equal only
        when nothing was saved in between, by this connection or any other. None on a
        server, whose other sessions' saves are told only as notices that come later."""
        if self.is_server:
            return None
        conn = self.conn
        assert isinstance(conn, sqlite3.Connection)
        return Mark(conn, conn.total_changes, self.data_version())

    def own_writer(self, writer: Database) -> None:
        """``writer`` saves on this one's behalf (the window's writer thread): its commits
        are not another user's. A file needs nothing (its version is read at once after
        each save); a server's notices arrive later and are told apart by session."""
        pids = getattr(self.conn, "own_pids", None)
        pid = getattr(writer.conn, "_pid", None)
        if pids is not None and pid is not None:
            pids.add(pid)

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


def _configure(conn: sqlite_store.SqliteConnection) -> sqlite_store.SqliteConnection:
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _use_wal(conn: sqlite3.Connection) -> None:
    """WAL lets others read while one writes; set once per file (it is stored in the file),
    so opening a file already in WAL mode writes nothing."""
    if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")


def _writable(file: Path) -> bool:
    """Can this user write the file and create its -wal and -shm beside it?"""
    return os.access(file, os.W_OK) and os.access(file.parent, os.W_OK | os.X_OK)


def _is_read_only_error(exc: sqlite3.Error) -> bool:
    """SQLite could not write the file or create its side files (extended codes included)."""
    return ((getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF) in (_SQLITE_READONLY,
                                                                 _SQLITE_CANTOPEN)


_SQLITE_READONLY, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 8, 14, 26


def inspect_file(file: Path) -> int:
    """Return the schema version of an existing file, refusing anything that is not ours or
    that lacks tables its version has. Reads through SQLite only, read-only: nothing is
    written whatever the file holds, and the locks of a connection this process already has
    on the file are kept (see ``sqlite_store.holds``)."""
    try:
        conn = sqlite_store.connect_readonly(file)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except UnicodeDecodeError as exc:  # names in the schema that are not text: damaged
        raise DatabaseOpenError(code="open.damaged", file=str(file), detail=str(exc)) from exc
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorcode", None) == _SQLITE_NOTADB:
            raise DatabaseOpenError(code="open.not_sqlite", file=str(file)) from exc
        if getattr(exc, "sqlite_errorcode", None) == _SQLITE_CANTOPEN:
            raise DatabaseOpenError(code="open.unreadable", file=str(file)) from exc
        raise DatabaseOpenError(code="open.damaged", file=str(file), detail=str(exc)) from exc
    if app_id != schema.APPLICATION_ID:
        if app_id == 0 and not tables and version == 0:
            return 0  # an empty SQLite file: safe to set up
        raise DatabaseOpenError(code="open.foreign", file=str(file))
    if version > schema.SCHEMA_VERSION:
        raise DatabaseOpenError(code="open.newer", file=str(file), version=version,
                                known=schema.SCHEMA_VERSION)
    missing = sorted(schema.tables_at(version) - tables)
    if missing:
        tables_shown = ", ".join(missing[:5]) + (", …" if len(missing) > 5 else "")
        raise DatabaseOpenError(code="open.tables_missing", file=str(file),
                                tables=tables_shown)
    return version


def needs_upgrade(target: str | os.PathLike[str]) -> bool:
    """Whether opening ``target`` will upgrade it: a file of an older schema (a server,
    a new or a refused file: False; opening says why it is refused)."""
    p = str(target)
    if is_server_url(p) or p == MEMORY or not Path(p).is_file():
        return False
    try:
        return 0 < inspect_file(Path(p)) < schema.SCHEMA_VERSION
    except DatabaseOpenError:
        return False


def _refuse_if_damaged(file: Path) -> None:
    conn = sqlite_store.connect_readonly(file)
    try:
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        result = str(exc)
    finally:
        conn.close()
    if result != "ok":
        # The report may run over several lines ("*** in database main ***" first): the
        # message stays one line, naming the first problem.
        lines = [ln.strip() for ln in result.splitlines()
                 if ln.strip() and not ln.startswith("***")]
        raise DatabaseOpenError(code="open.damaged_old", file=str(file),
                                detail=lines[0] if lines else result.strip())


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
    try:
        copy_database(src, dest)
    except BaseException:
        dest.unlink(missing_ok=True)
        raise
    return dest


def copy_database(src: str | os.PathLike[str], dest: str | os.PathLike[str]) -> None:
    """Copy the database ``src`` over ``dest`` with SQLite's online backup API, which reads
    a consistent snapshot (WAL included) and writes ``dest`` as one transaction."""
    source = sqlite_store.connect_readonly(src)
    try:
        target = sqlite_store.connect(dest)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
