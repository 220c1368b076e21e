"""Two app instances on one database file (a shared drive): separate processes, each with its
own connection, driven step by step through db_worker.py.

- Both open the same record; the first save wins; the second is refused with a message naming
  who saved it and when; after reloading, the second user's change is saved too: nothing is
  lost, and overwriting is only ever an explicit choice that the history records.
- Both write at the same time, many times over: no "database is locked" ever reaches them and
  no update is lost.
- Both open a file of an older schema at the same moment: both get the upgraded file.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from bkk_relations.core.records.models import Partner
from bkk_relations.core.records.repository import Repository
from bkk_relations.core.register import Register
from bkk_relations.core.storage import schema
from bkk_relations.core.storage.database import Database
from bkk_relations.core.views import stats

HELPER = Path(__file__).with_name("db_worker.py")
ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"


class Instance:
    """One app instance in its own process."""

    def __init__(self, path: Path, user: str, *extra: str):
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.proc = subprocess.Popen(
            [sys.executable, str(HELPER), str(path), user, *extra], cwd=ROOT, env=env,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True, encoding="utf-8")
        self.watchdog = threading.Timer(120, self.proc.kill)  # a hang fails, never blocks
        self.watchdog.start()
        self.events: list[str] = []

    def send(self, op: str, **args: object) -> None:
        self.proc.stdin.write(json.dumps({"op": op, **args}, ensure_ascii=False) + "\n")
        self.proc.stdin.flush()

    def receive(self) -> dict:
        while True:
            line = self.proc.stdout.readline()
            assert line, f"the instance ended unexpectedly: {self.proc.stderr.read()}"
            answer = json.loads(line)
            if "event" in answer:
                self.events.append(answer["event"])
                continue
            return answer

    def wait_for_event(self, event: str) -> None:
        while event not in self.events:
            line = self.proc.stdout.readline()
            assert line, f"the instance ended unexpectedly: {self.proc.stderr.read()}"
            answer = json.loads(line)
            assert "event" in answer, f"expected {event!r}, got {answer}"
            self.events.append(answer["event"])

    def call(self, op: str, **args: object) -> dict:
        self.send(op, **args)
        answer = self.receive()
        assert "error" not in answer, answer["error"]
        return answer

    def close(self) -> str:
        """End the process; return what it wrote on stderr."""
        self.watchdog.cancel()
        if self.proc.poll() is None:
            self.send("exit")
            self.proc.stdin.close()
        self.proc.wait(timeout=30)
        err = self.proc.stderr.read()
        self.proc.stdout.close()
        self.proc.stderr.close()
        return err


@pytest.fixture
def shared_db(backend: str, tmp_path: Path, request: pytest.FixtureRequest
              ) -> tuple[Path | str, int]:
    """A database with one partner that both instances will edit: a file on a shared
    drive, or a database on the office's server."""
    path = tmp_path / "shared.db" if backend == "sqlite" else request.getfixturevalue("pg_url")
    with Database.create(path) as db:
        seoul = Repository(db, user="setup").create(
            Partner(name_en="Seoul", name_th="โซล", country="KR"))
    return path, seoul.id


@pytest.fixture
def two(shared_db: tuple[Path, int]):
    path, _ = shared_db
    a, b = Instance(path, "officer.a"), Instance(path, "officer.b")
    try:
        a.call("open")
        b.call("open")
        yield a, b
    finally:
        errors = [a.close(), b.close()]
    assert "Traceback" not in "".join(errors), errors


def current(path: Path | str, partner_id: int) -> Partner:
    with Database.open(path) as db:
        return Repository(db).get(Partner, partner_id)


def test_second_save_is_refused_and_names_who_saved_when(shared_db, two):
    path, pid = shared_db
    a, b = two
    assert a.call("read", id=pid)["version"] == b.call("read", id=pid)["version"] == 1

    first = a.call("save", fields={"name_th": "กรุงโซล"})
    assert first["version"] == 2 and first["updated_by"] == "officer.a"
    second = b.call("save", fields={"notes": "พบผู้แทนเมื่อ 2024"})
    assert "conflict" in second, "the second save silently overwrote the first"
    assert second["user"] == "officer.a" and second["when"] == first["updated_at"]
    when = first["updated_at"][:16].replace("T", " ") + " UTC"  # 2024-06-19 07:04 UTC
    assert "officer.a" in second["conflict"] and when in second["conflict"]

    on_disk = current(path, pid)
    assert (on_disk.version, on_disk.name_th, on_disk.notes) == (2, "กรุงโซล", None)

    # B reloads (sees A's change) and saves its own change again: both are kept.
    assert b.call("read", id=pid)["name_th"] == "กรุงโซล"
    assert b.call("save", fields={"notes": "พบผู้แทนเมื่อ 2024"})["version"] == 3
    on_disk = current(path, pid)
    assert (on_disk.version, on_disk.name_th, on_disk.notes) == (3, "กรุงโซล",
                                                                 "พบผู้แทนเมื่อ 2024")
    with Database.open(path) as db:
        history = Repository(db).history(Partner, pid)
    assert [(e.action, e.user) for e in history] == [
        ("create", "setup"), ("update", "officer.a"), ("update", "officer.b")]


def test_overwriting_is_explicit_and_recorded(shared_db, two):
    path, pid = shared_db
    a, b = two
    a.call("read", id=pid)
    b.call("read", id=pid)
    a.call("save", fields={"name_th": "กรุงโซล"})
    assert "conflict" in b.call("save", fields={"notes": "B"})
    forced = b.call("save", fields={"notes": "B"}, force=True)  # B chose "overwrite"
    assert forced["version"] == 3
    on_disk = current(path, pid)
    assert (on_disk.name_th, on_disk.notes) == ("โซล", "B")
    with Database.open(path) as db:
        history = Repository(db).history(Partner, pid)
    # A's value is not lost: the history holds it, with who replaced it.
    assert history[-1].user == "officer.b"
    assert history[-1].changes["name_th"] == ["กรุงโซล", "โซล"]


def test_writing_at_the_same_time_never_reports_database_locked(shared_db, two):
    path, pid = shared_db
    a, b = two
    n = 120
    a.send("burst", n=n, prefix="alpha", shared=pid)  # both start at once
    b.send("burst", n=n, prefix="bravo", shared=pid)
    ra, rb = a.receive(), b.receive()
    assert "error" not in ra and "error" not in rb, (ra, rb)  # e.g. "database is locked"
    assert len(ra["ids"]) == len(rb["ids"]) == n
    assert not set(ra["ids"]) & set(rb["ids"])
    with Database.open(path) as db:
        assert stats.integrity_problems(Register(db)) == []
        repo = Repository(db)
        assert {p.id for p in repo.list(Partner).records} == {pid, *ra["ids"], *rb["ids"]}
        shared = repo.get(Partner, pid)
    lines = shared.notes.split()
    expected = [f"{who}-{i}" for who in ("alpha", "bravo") for i in range(1, n + 1)]
    assert sorted(lines) == sorted(expected), "an update of the shared record was lost"
    for who in ("alpha", "bravo"):  # and each instance's own updates stayed in order
        mine = [line for line in lines if line.startswith(who)]
        assert mine == [f"{who}-{i}" for i in range(1, n + 1)]
    assert shared.version == 1 + 2 * n


def _deleted_under(path: Path) -> list[str]:
    """Files of ``path``'s database that this process holds although they were unlinked."""
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(str(path)) and target.endswith("(deleted)"):
            found.append(target)
    return found


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="reads /proc/self/fd")
def test_an_open_app_keeps_its_wal_while_others_open_and_close_the_file(tmp_path: Path):
    """The app holds the file open for the whole time (this process), and meanwhile opens
    and checks the same file again itself, as its start-up backup and `check` do, while two
    other instances write and reopen it: its WAL is never deleted under it, and it sees and
    keeps every save."""
    path = tmp_path / "shared.db"
    with Database.create(path) as db:
        pid = Repository(db, user="setup").create(Partner(name_en="Seoul", country="KR")).id
    app = Database.open(path)
    done = threading.Event()
    reopened = []

    def inspect_again_and_again() -> None:
        from bkk_relations.core.storage.database import inspect_file

        while not done.is_set():
            inspect_file(path)
            with Database.open(path) as again:  # the start-up backup's own connection
                if len(reopened) % 5 == 0:
                    stats.integrity_problems(Register(again))  # as `check` does
            reopened.append(1)

    a, b = Instance(path, "officer.a"), Instance(path, "officer.b")
    worker = threading.Thread(target=inspect_again_and_again)
    try:
        a.call("open")
        b.call("open")
        worker.start()
        a.send("burst", n=40, prefix="alpha", shared=pid)
        b.send("burst", n=40, prefix="bravo", shared=pid)
        ra, rb = a.receive(), b.receive()
    finally:
        done.set()
        worker.join(timeout=60)
        errors = [a.close(), b.close()]
    try:
        assert "error" not in ra and "error" not in rb, (ra, rb)
        assert "Traceback" not in "".join(errors), errors
        assert reopened, "the app never opened the file again while the others wrote"
        assert _deleted_under(path) == [], "the WAL was deleted under the open app"
        repo = Repository(app, user="officer.app")
        assert {p.id for p in repo.list(Partner).records} == {pid, *ra["ids"], *rb["ids"]}
        mine = repo.create(Partner(name_en="Saved by the open app", country="TH"))
    finally:
        app.close()
    with Database.open(path) as db:
        assert stats.integrity_problems(Register(db)) == []
        assert Repository(db).get(Partner, mine.id).name_en == "Saved by the open app"


def test_two_instances_upgrading_an_older_file_at_the_same_moment(tmp_path: Path):
    """Both read the old schema version before either upgrades it (this test holds the write
    lock until both are waiting for it); both must end up with the upgraded file."""
    old = schema.SCHEMA_VERSION - 1  # the version a colleague's older app left
    path = tmp_path / "office.db"
    shutil.copyfile(FIXTURES / f"schema_v{old}.db", path)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    a = Instance(path, "officer.a", "--trace-begin")
    b = Instance(path, "officer.b", "--trace-begin")
    try:
        a.send("open")
        b.send("open")
        a.wait_for_event("begin")  # each has read the version and waits to upgrade
        b.wait_for_event("begin")
        holder.execute("ROLLBACK")
        holder.close()
        answers = [a.receive(), b.receive()]
    finally:
        a.close()
        b.close()
    assert answers == [{"schema": schema.SCHEMA_VERSION}] * 2
    with Database.open(path) as db:
        assert db.schema_version == schema.SCHEMA_VERSION
        assert stats.integrity_problems(Register(db)) == []
        assert Repository(db).get(Partner, 1).name_th == "ปักกิ่ง"
