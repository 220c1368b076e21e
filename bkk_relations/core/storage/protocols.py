"""What the core uses of a database connection, whichever engine is behind it.

A local file's connection is ``sqlite3``'s (``sqlite_store.SqliteConnection``); a server's
is ``pg_store.PgConnection``, which takes the same SQL and gives rows the same way. Code
that may run on either is typed with these protocols; ``sqlite3.Connection`` is kept for
code that only ever touches a file (backups, the file checks).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, Self, TypeVar

if TYPE_CHECKING:
    from .database import Database

# A statement's parameters: positional (?) or named (:name).
Params = Sequence[Any] | dict[str, Any]


class Row(Protocol):
    """A result row, readable by column index and by column name (``sqlite3.Row``)."""

    def __getitem__(self, key: int | str, /) -> Any: ...

    def keys(self) -> list[str]: ...


class Cursor(Protocol):
    """A statement's results: its rows, how many it changed, its columns."""

    # The engine's own row maker; set to None for plain tuples (cheaper at 100k rows).
    row_factory: Any

    @property
    def description(self) -> Any: ...

    @property
    def rowcount(self) -> int: ...

    def execute(self, sql: str, params: Params = ..., /) -> Cursor: ...

    def executemany(self, sql: str, seq: Iterable[Sequence[Any]], /) -> Cursor: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def fetchmany(self, size: int = ...) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...

    def close(self) -> None: ...


C_contra = TypeVar("C_contra", contravariant=True)


class Dialect(Protocol[C_contra]):
    """The answers whose SQL differs per engine (``SqliteDialect``, ``PgDialect``: classes
    of static methods), each taking the connection that carries the dialect."""

    @property
    def name(self) -> str: ...

    @property
    def errors(self) -> tuple[type[Exception], ...]: ...

    def begin(self, conn: C_contra, /) -> None: ...

    def is_busy(self, exc: Exception, /) -> bool: ...

    def schema_version(self, conn: C_contra, /) -> int: ...

    def data_version(self, conn: C_contra, /) -> int: ...

    def login(self, conn: C_contra, /) -> str | None: ...

    def search_index(self, conn: C_contra, words: list[str], limit: int, /
                     ) -> list[tuple[int, str]]: ...

    def integrity_problems(self, conn: C_contra, /) -> list[str]: ...

    def reset_sequences(self, conn: C_contra, /) -> None: ...

    def attachment_store(self, db: Database, /) -> Path: ...

    def optimize(self, conn: C_contra, /) -> None: ...


class Connection(Protocol):
    """An open connection in autocommit mode (transactions are begun explicitly, see
    ``Database.transaction``) that takes the core's SQL, SQLite's spelling."""

    @property
    def dialect(self) -> Dialect[Self]: ...

    def cursor(self) -> Cursor: ...

    def execute(self, sql: str, params: Params = ..., /) -> Cursor: ...

    def executemany(self, sql: str, seq: Iterable[Sequence[Any]], /) -> Cursor: ...

    def close(self) -> None: ...
