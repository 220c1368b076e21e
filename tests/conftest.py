"""Shared fixtures: a fresh in-memory database per test, a file database, the demo database,
and a small factory that creates valid records with sensible defaults."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pg_support
import pytest

from bkk_relations.core.records.models import Activity, Agreement, Contact, Partner, Project, Unit
from bkk_relations.core.records.repository import Repository
from bkk_relations.core.register import Register
from bkk_relations.core.sample.demo import create_demo_database
from bkk_relations.core.storage.database import Database

TEST_USER = "tester"
ROOT = Path(__file__).resolve().parent.parent


class Maker:
    """Creates valid records through a repository; keyword arguments override defaults."""

    def __init__(self, repo: Repository):
        self.repo = repo
        self._n = 0

    def _next(self) -> int:
        self._n += 1
        return self._n

    def partner(self, **kw: object) -> Partner:
        n = self._next()
        values: dict[str, object] = {"name_en": f"Partner City {n}", "country": "JP"}
        values.update(kw)
        return self.repo.create(Partner(**values))

    def organisation(self, **kw: object) -> Partner:
        n = self._next()
        values: dict[str, object] = {"name_en": f"Network {n}", "kind": "organisation",
                                     "org_type": "city_network"}
        values.update(kw)
        return self.repo.create(Partner(**values))

    def unit(self, **kw: object) -> Unit:
        values: dict[str, object] = {"name_en": f"Bureau {self._next()}"}
        values.update(kw)
        return self.repo.create(Unit(**values))

    def agreement(self, **kw: object) -> Agreement:
        values: dict[str, object] = {"title_en": f"Agreement {self._next()}"}
        values.update(kw)
        return self.repo.create(Agreement(**values))

    def project(self, **kw: object) -> Project:
        values: dict[str, object] = {"title_en": f"Project {self._next()}"}
        values.update(kw)
        return self.repo.create(Project(**values))

    def activity(self, **kw: object) -> Activity:
        values: dict[str, object] = {"title_en": f"Activity {self._next()}",
                                     "start_date": "2024-03-01"}
        values.update(kw)
        return self.repo.create(Activity(**values))

    def contact(self, **kw: object) -> Contact:
        values: dict[str, object] = {"name": f"Person {self._next()}"}
        values.update(kw)
        if "partner_id" not in values:
            values["partner_id"] = self.partner().id
        return self.repo.create(Contact(**values))


BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(scope="session")
def pg_server() -> Iterator[pg_support.PgTestServer]:
    """The PostgreSQL test server (the test is skipped, with the reason, when there is none)."""
    server = pg_support.start()
    if isinstance(server, str):
        pytest.skip(server)
    yield server
    server.close()


@pytest.fixture
def pg_url(pg_server: pg_support.PgTestServer) -> Iterator[str]:
    """A URL to a fresh, empty database on the server (a schema of its own)."""
    url = pg_server.new_url()
    yield url
    pg_server.drop(url)


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def db(backend: str, request: pytest.FixtureRequest) -> Iterator[Database]:
    """A fresh database: in memory, and on the PostgreSQL server."""
    target = ":memory:" if backend == "sqlite" else request.getfixturevalue("pg_url")
    database = Database.open(target)
    yield database
    database.close()


def run_cli(*args: object, env_extra: dict[str, str] | None = None
            ) -> subprocess.CompletedProcess[str]:
    """The command-line program in a process of its own."""
    env = {**os.environ, "PYTHONUTF8": "1", **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "bkk_relations.cli", *map(str, args)],
                          cwd=ROOT, capture_output=True, text=True, encoding="utf-8",
                          env=env, timeout=300)


@pytest.fixture(scope="module", params=BACKENDS)
def cli_demo(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
             ) -> str | Path:
    """The demo database written by the CLI's ``demo`` command, as a file and on the
    server (a fresh schema); treat it as read-only."""
    if request.param == "sqlite":
        target: str | Path = tmp_path_factory.mktemp("cli-demo") / "demo.db"
    else:
        target = request.getfixturevalue("pg_server").new_url()
    result = run_cli("demo", "--db", target)
    assert result.returncode == 0, result.stderr
    return target


@pytest.fixture
def cli_target(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str | Path:
    """Where a CLI test may write a new database: a file name, or a fresh empty schema on
    the server."""
    if backend == "sqlite":
        return tmp_path / "new.db"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def sqlite_db() -> Iterator[Database]:
    """A fresh in-memory SQLite database, for what only a file has."""
    database = Database.open(":memory:")
    yield database
    database.close()


@pytest.fixture
def reg(db: Database) -> Register:
    """The register the app would hold on ``db``, as the test user."""
    return Register(db, user=TEST_USER)


@pytest.fixture
def repo(reg: Register) -> Repository:
    return reg.records


@pytest.fixture
def make(repo: Repository) -> Maker:
    return Maker(repo)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where a file database may be written (nothing is there yet)."""
    return tmp_path / "register.db"


@pytest.fixture
def file_db(db_path: Path) -> Iterator[Database]:
    database = Database.create(db_path)
    yield database
    database.close()


@pytest.fixture
def file_reg(file_db: Database) -> Register:
    return Register(file_db, user=TEST_USER)


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo database file, written once per module and closed (treat it as read-only)."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    create_demo_database(path)
    return path


@pytest.fixture(scope="module", params=BACKENDS)
def demo_db(request: pytest.FixtureRequest) -> Iterator[Database]:
    """The demo database, as a file and on the server (treat it as read-only)."""
    if request.param == "sqlite":
        target = str(request.getfixturevalue("demo_path"))
    else:
        target = request.getfixturevalue("pg_server").new_url()
        create_demo_database(target)
    database = Database.open(target)
    yield database
    database.close()


@pytest.fixture(scope="module")
def demo_reg(demo_db: Database) -> Register:
    """The register on the demo database (treat it as read-only)."""
    return Register(demo_db, user=TEST_USER)
