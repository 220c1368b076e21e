"""The throw-away PostgreSQL server the suite also runs against (started by ``test.sh``
with ``scripts/pg_test_server.sh``): one database per test session, one schema per test."""

from __future__ import annotations

import itertools
import os
from urllib.parse import quote

PORT = os.environ.get("BKK_PG_PORT", "55432")  # as scripts/pg_test_server.sh uses it
ADMIN_URL = os.environ.get("BKK_TEST_PG_URL",
                           f"postgresql://bkk_admin:bkk_admin@127.0.0.1:{PORT}/postgres")
NOT_RUNNING = ("the PostgreSQL test server is not running: start it with "
               "'scripts/pg_test_server.sh start' (./test.sh does) or set BKK_TEST_PG_URL")


def with_database(url: str, name: str) -> str:
    base, _, _ = url.rpartition("/")
    return f"{base}/{name}"


def with_schema(url: str, schema: str) -> str:
    return f"{url}?options={quote(f'-csearch_path={schema},public')}"


class PgTestServer:
    """A test database on the server; ``new_url()`` gives a URL to a fresh empty schema."""

    def __init__(self) -> None:
        import psycopg

        self.psycopg = psycopg
        self.admin = psycopg.connect(ADMIN_URL, autocommit=True, connect_timeout=3)
        self.name = f"bkk_test_{os.getpid()}"
        self.admin.execute(f"DROP DATABASE IF EXISTS {self.name} WITH (FORCE)")
        self.admin.execute(f"CREATE DATABASE {self.name}")
        self.url = with_database(ADMIN_URL, self.name)
        self.conn = psycopg.connect(self.url, autocommit=True)
        # Extensions are per database: installed once where every test schema sees it.
        self.conn.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public")
        self._n = itertools.count(1)

    def new_url(self) -> str:
        schema = f"t{next(self._n)}"
        self.conn.execute(f"CREATE SCHEMA {schema}")
        return with_schema(self.url, schema)

    def drop(self, url: str) -> None:
        schema = url.rsplit("search_path%3D", 1)[-1].split("%2C", 1)[0]
        self.conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")

    def role(self, name: str, password: str, *, member_of: str | None = None) -> str:
        """A login role (created once per session); returns the test database's URL as it."""
        exists = self.admin.execute("SELECT 1 FROM pg_roles WHERE rolname = %s",
                                    (name,)).fetchone()
        if not exists:
            self.admin.execute(f"CREATE ROLE {name} LOGIN PASSWORD '{password}'")
        if member_of:
            self.admin.execute(f"GRANT {member_of} TO {name}")
        return self.url.replace("bkk_admin:bkk_admin@", f"{name}:{password}@")

    def close(self) -> None:
        self.conn.close()
        self.admin.execute(f"DROP DATABASE IF EXISTS {self.name} WITH (FORCE)")
        self.admin.close()


def start() -> PgTestServer | str:
    """The test server, or why there is none."""
    try:
        return PgTestServer()
    except Exception as exc:  # no server, no psycopg: the reason is reported as the skip
        return f"{NOT_RUNNING} ({str(exc).strip().splitlines()[0] if str(exc) else exc})"


if __name__ == "__main__":  # `pg_support.py new-database NAME`: a fresh empty database's URL
    import sys

    import psycopg

    if len(sys.argv) != 3 or sys.argv[1] != "new-database":
        sys.exit("usage: pg_support.py new-database NAME")
    with psycopg.connect(ADMIN_URL, autocommit=True, connect_timeout=5) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {sys.argv[2]} WITH (FORCE)")
        admin.execute(f"CREATE DATABASE {sys.argv[2]}")
    print(with_database(ADMIN_URL, sys.argv[2]))
