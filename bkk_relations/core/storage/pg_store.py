"""PostgreSQL, a shared office server: the connection, the SQL rewriting and the answers to
the engine-specific questions the core asks.

The core's SQL is SQLite's. PostgreSQL understands most of it once placeholders are
rewritten; the few other spellings are rewritten here, in one place, and the rest is made
to exist on the server (the NOCASE collation and ``group_concat``, see ``pg_schema``).
"""

from __future__ import annotations

import functools
import logging
import re
import threading
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, ClassVar, SupportsIndex
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ..errors import CoreError, DatabaseOpenError, ReadOnlyLoginError, ServerConnectionError
from ..records.models import SPECS
from . import ATTACHMENTS_FOLDER, pg_schema, records_missing_from_index, redact
from .schema import Progress

try:
    import psycopg
    from psycopg import errors as pg_errors
except ImportError:  # pragma: no cover - psycopg is a dependency; kept for a clear message
    psycopg = None  # type: ignore[assignment]

log = logging.getLogger(__name__)
CONNECT_TIMEOUT_S = 10
LOCK_TIMEOUT_MS = 10_000
WORK_MEM = "32MB"


# -- SQL rewriting ----------------------------------------------------------------------------
_OR_IGNORE = re.compile(r"\bINSERT\s+OR\s+IGNORE\s+INTO\b", re.I)
_PLANNER_HINT = re.compile(r"(?<=[\s(])\+(?=[A-Za-z_])")  # SQLite's "+column" index hint
_IS_NOT_PARAM = re.compile(r"\bIS\s+NOT\s+\?", re.I)
_LIKE = re.compile(r"(?<!I)\bLIKE\b", re.I)
_CHAR = re.compile(r"\bchar\(", re.I)  # SQLite's char(n) is chr(n)


@functools.lru_cache(maxsize=2048)
def translate(sql: str) -> str:
    """SQLite's SQL as PostgreSQL (with psycopg's %s placeholders) spells it."""
    ignore = bool(_OR_IGNORE.search(sql))
    if ignore:
        sql = _OR_IGNORE.sub("INSERT INTO", sql)
    sql = _PLANNER_HINT.sub("", sql)
    sql = _IS_NOT_PARAM.sub("IS DISTINCT FROM ?", sql)
    out: list[str] = []
    i, n = 0, len(sql)
    while i < n:
        c = sql[i]
        if c == "'":  # a string literal: copied as is, but % doubled for psycopg
            j = i + 1
            while j < n:
                if sql[j] == "'" and (j + 1 >= n or sql[j + 1] != "'"):
                    break
                j += 2 if sql[j] == "'" else 1
            out.append(sql[i:j + 1].replace("%", "%%"))
            i = j + 1
            continue
        if c == '"':
            j = sql.find('"', i + 1)
            j = n - 1 if j < 0 else j
            out.append(sql[i:j + 1])
            i = j + 1
            continue
        j = i
        while j < n and sql[j] not in "'\"":
            j += 1
        chunk = sql[i:j].replace("%", "%%").replace("?", "%s")
        chunk = _LIKE.sub("ILIKE", chunk)  # SQLite's LIKE ignores case
        chunk = _CHAR.sub("chr(", chunk)
        out.append(chunk)
        i = j
    sql = "".join(out)
    if ignore:
        sql = sql.rstrip().rstrip(";") + " ON CONFLICT DO NOTHING"
    return sql


def _param(v: object) -> object:
    return int(v) if isinstance(v, bool) else v  # flags are integers, as in the file


def _params(params: Sequence[object] | dict | None) -> Any:
    if params is None:
        return ()
    if isinstance(params, dict):
        return {k: _param(v) for k, v in params.items()}
    return [_param(v) for v in params]


# -- rows as sqlite3.Row behaves: by index and by name -------------------------------------
class Row(tuple):
    _index: dict[str, int] = {}
    _names: tuple[str, ...] = ()

    def __getitem__(self, key: SupportsIndex | slice | str) -> Any:
        if isinstance(key, str):
            return tuple.__getitem__(self, self._index[key.lower()])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._names)


@functools.lru_cache(maxsize=512)
def _row_class(names: tuple[str, ...]) -> type[Row]:
    index: dict[str, int] = {}
    for i, name in enumerate(names):
        index.setdefault(name.lower(), i)
    return type("Row", (Row,), {"_index": index, "_names": names})


def _row_factory(cursor: Any) -> Any:
    if cursor.description is None:
        return tuple
    cls = _row_class(tuple(d.name for d in cursor.description))
    return lambda values: cls(values)


def _tuple_factory(cursor: Any) -> Any:
    return tuple


# -- the connection ---------------------------------------------------------------------------
class PgCursor:
    """What the core uses of a sqlite3 cursor, over a psycopg cursor."""

    def __init__(self, conn: PgConnection, raw: Any):
        self._conn, self._raw = conn, raw
        self.row_factory: object = "row"

    def execute(self, sql: str, params: Sequence[object] | dict | None = None) -> PgCursor:
        if self.row_factory is None:
            self._raw.row_factory = _tuple_factory
        self._raw = self._conn._run(self._raw, translate(sql), _params(params))
        return self

    def executemany(self, sql: str, seq: Iterable[Sequence[object]]) -> PgCursor:
        self._raw = self._conn._run(self._raw, translate(sql), [_params(p) for p in seq],
                                    many=True)
        return self

    def fetchone(self) -> Any:
        return self._raw.fetchone() if self._raw.description is not None else None

    def fetchall(self) -> list:
        return self._raw.fetchall() if self._raw.description is not None else []

    def fetchmany(self, size: int = 100) -> list:
        return self._raw.fetchmany(size) if self._raw.description is not None else []

    def __iter__(self) -> Iterator:
        return iter(self._raw) if self._raw.description is not None else iter(())

    @property
    def rowcount(self) -> int:
        return self._raw.rowcount

    @property
    def description(self) -> Any:
        return self._raw.description

    def close(self) -> None:
        self._raw.close()


class PgConnection:
    """A psycopg connection that takes the core's SQL and behaves as sqlite3's does where
    the core relies on it (autocommit outside explicit BEGIN, rows by index and by name)."""

    def __init__(self, raw: Any, url: str, *, read_only: bool = False):
        self.raw, self.url, self.read_only = raw, url, read_only
        self.dialect = PgDialect
        self.changes_seen = 0
        self.own_pids: set[int] = set()  # sessions saving for this one (Database.own_writer)
        self.listening: str | None = None
        self._lock = threading.RLock()
        self._pid = raw.info.backend_pid
        raw.add_notify_handler(self._notified)

    def listen(self, channel: str) -> None:
        self.raw_execute(f"LISTEN {channel}")
        self.listening = channel

    def _reconnect(self) -> None:
        """A new session after the old one was lost (the server restarted, the network
        dropped): the same settings, listening again, and views told to refresh, since
        changes may have been missed meanwhile."""
        fresh = connect(self.url, read_only=self.read_only)
        self.raw, self._pid = fresh.raw, fresh._pid
        self.raw.add_notify_handler(self._notified)
        if self.listening:
            self.raw.execute(f"LISTEN {self.listening}")
        self.changes_seen += 1

    def _notified(self, note: Any) -> None:
        if note.pid != self._pid and note.pid not in self.own_pids:  # ours need no refresh
            self.changes_seen += 1

    @property
    def in_transaction(self) -> bool:
        return self.raw.info.transaction_status != psycopg.pq.TransactionStatus.IDLE

    def cursor(self) -> PgCursor:
        # A lost session gets its cursor once the statement is known (see _run).
        usable = not (self.raw.broken or self.raw.closed)
        return PgCursor(self, self.raw.cursor(row_factory=_row_factory) if usable else None)

    def execute(self, sql: str, params: Sequence[object] | dict | None = None) -> PgCursor:
        return self.cursor().execute(sql, params)

    def executemany(self, sql: str, seq: Iterable[Sequence[object]]) -> PgCursor:
        return self.cursor().executemany(sql, seq)

    def raw_execute(self, sql: str, params: Sequence[object] | None = None) -> Any:
        """PostgreSQL's own SQL, not rewritten."""
        usable = not (self.raw.broken or self.raw.closed)
        return self._run(self.raw.cursor() if usable else None, sql, params)

    def _run(self, cur: Any, sql: str, params: Any, *, many: bool = False) -> Any:
        """Run one statement; return the cursor that ran it. A session lost while no
        transaction was open is replaced and the statement run again; one lost inside a
        transaction is reported (that transaction is gone), and the next statement starts
        a new session."""
        if many and not params:
            return cur
        with self._lock:
            if cur is None or self.raw.broken:
                if sql.strip().upper() == "ROLLBACK":
                    return cur  # the lost session took its transaction with it
                if self.raw.broken:
                    self._reconnect()
                cur = self._new_cursor(cur)
            idle = self.raw.info.transaction_status == psycopg.pq.TransactionStatus.IDLE
            for attempt in (1, 2):
                try:
                    if many:
                        cur.executemany(sql, params)
                    else:
                        cur.execute(sql, params if params else None)
                    return cur
                except psycopg.OperationalError as exc:
                    if not self.raw.broken or not idle or attempt == 2:
                        raise _core_error(exc, self.url) from exc
                    log.info("connection to %s lost; reconnecting", redact(self.url))
                    self._reconnect()
                    cur = self._new_cursor(cur)
                except psycopg.Error as exc:
                    raise _core_error(exc, self.url) from exc
        return cur

    def _new_cursor(self, old: Any) -> Any:
        return self.raw.cursor(row_factory=old.row_factory if old else _row_factory)

    def close(self) -> None:
        self.raw.close()

    def __enter__(self) -> PgConnection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _core_error(exc: Exception, url: str) -> Exception:
    """psycopg's error as the core's, with a message an officer can act on."""
    if isinstance(exc, pg_errors.InsufficientPrivilege):
        return ReadOnlyLoginError(
            f"Your login may only read this database on {redact(url)}; the change was not "
            "saved. Ask the office's IT person for an editor login.")
    if isinstance(exc, (pg_errors.LockNotAvailable, pg_errors.DeadlockDetected)):
        from .database import DatabaseBusyError
        return DatabaseBusyError("Another user is saving a large change to this database; "
                                 "try again in a moment.")
    if isinstance(exc, psycopg.OperationalError) and (
            exc.sqlstate is None or exc.sqlstate.startswith(("08", "57P"))):
        return ServerConnectionError("lost", url)
    return exc


# -- opening ----------------------------------------------------------------------------------
def _dsn(url: str) -> str:
    """The URL with a connect timeout (unless it names one); ValueError when it is not a
    URL at all (a port out of range, a broken IPv6 address)."""
    parts = urlsplit(url)
    if parts.port == 0:  # reading .port checks that it is a number up to 65535
        raise ValueError("port 0 is not a port")
    query = dict(parse_qsl(parts.query))
    query.setdefault("connect_timeout", str(CONNECT_TIMEOUT_S))
    query.setdefault("application_name", "bkk_relations")
    return urlunsplit(parts._replace(scheme="postgresql", query=urlencode(query)))


def connect_error(exc: Exception, url: str) -> ServerConnectionError:
    """Why connecting failed, in words for an officer (not libpq's)."""
    text = str(exc).strip()
    low = text.lower()
    if "password authentication failed" in low or "no password supplied" in low:
        return ServerConnectionError("auth", url)
    if "does not exist" in low and "database" in low:
        return ServerConnectionError("no_database", url)
    if "role" in low and "does not exist" in low:
        return ServerConnectionError("no_role", url)
    if "no pg_hba.conf entry" in low:
        return ServerConnectionError("not_allowed", url)
    if ("connection refused" in low or "could not translate host name" in low
            or "timeout expired" in low or "no route to host" in low
            or "network is unreachable" in low or "name or service not known" in low):
        return ServerConnectionError("unreachable", url)
    return ServerConnectionError("other", url, redact(text.splitlines()[0]) if text else "")


def connect(url: str, *, read_only: bool = False) -> PgConnection:
    if psycopg is None:  # pragma: no cover
        raise DatabaseOpenError("PostgreSQL support is not installed (the psycopg package).")
    try:
        dsn = _dsn(url)
    except ValueError as exc:
        raise ServerConnectionError("other", url, f"the address is not valid ({exc})") from None
    try:
        raw = psycopg.connect(dsn, autocommit=True, cursor_factory=psycopg.ClientCursor)
    except psycopg.Error as exc:
        raise connect_error(exc, url) from exc
    raw.execute(f"SET lock_timeout = {LOCK_TIMEOUT_MS}")
    # Sorting a long list for a page deep inside it stays in memory (the default 4 MB spills).
    raw.execute(f"SET work_mem = '{WORK_MEM}'")
    # The app's queries are short: compiling them (JIT) costs more than it saves.
    raw.execute("SET jit = off")
    if read_only:
        raw.execute("SET default_transaction_read_only = on")
    return PgConnection(raw, url, read_only=read_only)


def open_server(url: str, *, create: bool = True, progress: Progress | None = None
                ) -> tuple[PgConnection, bool]:
    """Connect, refuse a database that is not ours or is newer, set up an empty one, migrate
    an older one; return the connection and whether the login may only read."""
    conn = connect(url)
    try:
        ver, foreign = pg_schema.version(conn)
        if foreign:
            raise ServerConnectionError("foreign", url)
        if ver > pg_schema.SCHEMA_VERSION:
            raise ServerConnectionError(
                "newer", url, f"{ver}; this app knows up to {pg_schema.SCHEMA_VERSION}")
        read_only = ver > 0 and not PgDialect.can_write(conn)
        if ver == 0 and not create:
            raise DatabaseOpenError(f"The database {redact(url)} is empty; it is not a "
                                    "bkk_relations database yet.")
        if ver < pg_schema.SCHEMA_VERSION:
            if read_only:
                raise ServerConnectionError("upgrade_read_only", url)
            try:
                pg_schema.migrate(conn, progress=progress)
            except ReadOnlyLoginError as exc:
                raise ServerConnectionError("cannot_set_up", url) from exc
        if not read_only:
            pg_schema.ensure_audit_guard(conn)
        conn.listen(pg_schema.NOTIFY_CHANNEL)
    except BaseException:
        conn.close()
        raise
    return conn, read_only


class PgDialect:
    name = "postgresql"
    errors: ClassVar[tuple[type[Exception], ...]] = (psycopg.Error,) if psycopg else ()

    @staticmethod
    def begin(conn: PgConnection) -> None:
        conn.raw_execute("BEGIN")

    @staticmethod
    def is_busy(exc: Exception) -> bool:
        return False  # a server waits for row locks itself (up to lock_timeout)

    @staticmethod
    def schema_version(conn: PgConnection) -> int:
        return pg_schema.version(conn)[0]

    @staticmethod
    def data_version(conn: PgConnection) -> int:
        conn.raw_execute("SELECT 1")  # reads any notifications waiting on the socket
        return conn.changes_seen

    @staticmethod
    def login(conn: PgConnection) -> str | None:
        return conn.raw_execute("SELECT session_user").fetchone()[0]

    @staticmethod
    def can_write(conn: PgConnection) -> bool:
        return bool(conn.raw_execute(
            "SELECT has_table_privilege('partners', 'INSERT') "
            "AND has_table_privilege('audit_log', 'INSERT')").fetchone()[0])

    @staticmethod
    def search_index(conn: PgConnection, words: list[str], limit: int
                     ) -> list[tuple[int, str]]:
        patterns = ["%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
                    for w in words]
        rows = conn.raw_execute(
            "SELECT key, body FROM search_index WHERE "
            + " AND ".join("body ILIKE %s" for _ in patterns) + " LIMIT %s",
            [*patterns, limit]).fetchall()
        return [(key, snippet(body, words)) for key, body in rows]

    @staticmethod
    def integrity_problems(conn: PgConnection) -> list[str]:
        # The server keeps its own files and foreign keys sound; what can go wrong here is a
        # search index that stopped following the records.
        have = {r[0] for r in conn.raw_execute(
            "SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE NOT t.tgisinternal AND n.nspname = current_schema()")}
        problems = [f"the search index is not kept up to date for {s.table} "
                    f"(trigger {s.table}_search is missing)"
                    for s in SPECS.values() if f"{s.table}_search" not in have]
        if pg_schema.AUDIT_GUARD not in have:
            problems.append("the audit log is not protected from changes (trigger "
                            f"{pg_schema.AUDIT_GUARD} is missing); open the database with "
                            "the owner's login or run server-setup")
        return problems + records_missing_from_index(conn.raw_execute, "key")

    @staticmethod
    def reset_sequences(conn: PgConnection) -> None:
        """After rows were written with their ids given, number new rows after the highest."""
        tables = [r[0] for r in conn.raw_execute(
            "SELECT table_name FROM information_schema.columns WHERE table_schema = "
            "current_schema() AND column_name = 'id' AND is_identity = 'YES'")]
        for t in tables:
            conn.raw_execute(
                f"SELECT setval(pg_get_serial_sequence('{t}', 'id'), "
                f"coalesce((SELECT max(id) FROM {t}), 0) + 1, false)")

    @staticmethod
    def attachment_store(db: Any) -> Path:
        """A server keeps no files: attachments go to the shared folder in its settings."""
        folder = db.get_setting(ATTACHMENTS_FOLDER)
        if not folder:
            raise CoreError("This server database has no shared attachments folder yet; the "
                            "office's IT person sets one with 'server-setup "
                            "--attachments-folder'.")
        return Path(folder)

    @staticmethod
    def optimize(conn: PgConnection) -> None:
        """The server's autovacuum keeps statistics up to date."""


def snippet(body: str, words: list[str], width: int = 12) -> str:
    """Up to ``width`` words around the first word found, the match in [brackets], as
    FTS5's snippet() shows it for a file."""
    low = body.casefold()
    at, word = -1, ""
    for w in words:
        at = low.find(w.casefold())
        if at >= 0:
            word = w
            break
    if at < 0:
        return " ".join(body.split()[:width])
    before, match, after = body[:at], body[at:at + len(word)], body[at + len(word):]
    left = before.split(" ")
    right = after.split(" ")
    half = max(1, width // 2)
    head = ("…" if len(left) > half else "") + " ".join(left[-half:])
    tail = " ".join(right[:half]) + ("…" if len(right) > half else "")
    return f"{head}[{match}]{tail}".strip()
