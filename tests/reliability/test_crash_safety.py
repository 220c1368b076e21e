"""A writer killed with SIGKILL at any moment leaves a sound database holding every save
that returned.

crash_writer.py forks writers that save partners in a loop, printing each id once
Repository.create has returned; the test kills each one after a random few milliseconds
(during Database.open, inside a transaction, during a checkpoint: wherever it happens to be)
and then checks the file: it opens, `check` finds nothing, every reported save is there
whole (record, tag, search entry and audit entry), and nothing half-saved is.

Half of the writers are killed a random moment after their first save has been reported (a
handshake, so that a slow, busy machine changes how long the test takes, never whether it
tests anything); the others a random moment after they were started, which may be while
they open the file. In half of the parts this process also holds the file open for the whole
run, as the app would, while the writers and the checks open and close it: its WAL must
never be deleted under it.
"""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from bkk_relations.core.records.models import Partner
from bkk_relations.core.records.repository import Repository
from bkk_relations.core.register import Register
from bkk_relations.core.storage.database import Database
from bkk_relations.core.storage.schema import SEARCH_STRIDE
from bkk_relations.core.views import stats

HELPER = Path(__file__).with_name("crash_writer.py")
ROOT = Path(__file__).resolve().parents[2]
KILLS = 200  # in all, spread over PARTS files so that each stays small and quick to check
PARTS = 4
SEED = 6_2024
RUN_MS = (5, 30)  # how long a writer lives before it is killed (from its start)
AFTER_SAVE_MS = (0, 15)  # or from its first reported save
NAME = re.compile(r"^Crash test city (\d+)-(\d+)$")

class Writers:
    """The helper process that forks writers, and what they reported."""

    def __init__(self, db_path: Path):
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.proc = subprocess.Popen(
            [sys.executable, str(HELPER), str(db_path)], cwd=ROOT, env=env,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8")
        # If the helper ever hangs, kill it: readline() then returns "" and the test fails.
        self.watchdog = threading.Timer(120, self.proc.kill)
        self.watchdog.start()
        self.saved: dict[int, list[int]] = {}
        self.errors: list[str] = []

    def _line(self) -> list[str]:
        line = self.proc.stdout.readline()
        assert line, f"the helper ended unexpectedly (exit code {self.proc.poll()})"
        words = line.split(maxsplit=2)
        if words[0] == "saved":
            self.saved.setdefault(int(words[1]), []).append(int(words[2]))
        elif words[0] == "error":
            self.errors.append(line.strip())
        return words

    def spawn(self, tag: int) -> int:
        self.proc.stdin.write(f"spawn {tag}\n")
        self.proc.stdin.flush()
        while True:
            words = self._line()
            if words[0] == "child":
                return int(words[1])

    def wait_for_first_save(self, pid: int) -> None:
        while not self.saved.get(pid):
            words = self._line()
            if words[0] == "error":
                return  # reported by the test's assertion on errors

    def kill(self, pid: int) -> None:
        os.kill(pid, signal.SIGKILL)
        while True:  # everything the writer printed comes before the helper's "dead" line
            words = self._line()
            if words[0] == "dead" and int(words[1]) == pid:
                return

    def close(self) -> None:
        self.watchdog.cancel()
        if self.proc.poll() is None:
            self.proc.stdin.close()
            self.proc.wait(timeout=30)


def check_file(path: Path, writers: Writers, killed: dict[int, int]) -> None:
    """The file opens, is sound, holds every reported save whole and nothing half-saved."""
    with Database.open(path) as db:
        assert stats.integrity_problems(Register(db)) == []
        conn = db.conn
        partners = {r[0]: r[1] for r in conn.execute("SELECT id, name_en FROM partners")}
        created = {r[0] for r in conn.execute(
            "SELECT record_id FROM audit_log WHERE entity = 'partner' AND action = 'create'")}
        tagged = {r[0] for r in conn.execute(
            "SELECT record_id FROM record_tags WHERE entity = 'partner'")}
        indexed = {r[0] // SEARCH_STRIDE for r in conn.execute(
            f"SELECT rowid FROM search_index WHERE rowid % {SEARCH_STRIDE} = 1")}
    for tag, pid in killed.items():
        reported = writers.saved.get(pid, [])
        missing = set(reported) - set(partners)
        assert not missing, f"writer {pid}: saves that returned are gone: {sorted(missing)}"
        # What a writer left: saves 1..k, k being what it reported or one more (the save that
        # committed just before the kill, before its id was printed). Never a gap.
        numbers = sorted(int(m[2]) for name in partners.values()
                         if (m := NAME.match(name)) and int(m[1]) == tag)
        assert numbers == list(range(1, len(numbers) + 1))
        assert len(reported) <= len(numbers) <= len(reported) + 1
    ids = set(partners)
    assert created == ids, "a partner without its audit entry, or the other way round"
    assert tagged == ids, "a partner without its tag"
    assert indexed == ids, "a partner missing from the search index"


def deleted_under(path: Path) -> list[str]:
    found = []
    for fd in os.listdir("/proc/self/fd") if Path("/proc/self/fd").is_dir() else []:
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(str(path)) and target.endswith("(deleted)"):
            found.append(target)
    return found


@pytest.mark.parametrize("part", range(PARTS))
def test_sigkill_at_random_moments_loses_no_save(tmp_path: Path, part: int):
    path = tmp_path / "crash.db"
    Database.create(path).close()  # once; the writers only ever open it
    rng = random.Random(SEED + part)
    holder = Database.open(path) if part % 2 == 0 else None  # the app, open all along
    writers = Writers(path)
    killed: dict[int, int] = {}  # tag -> pid
    try:
        for tag in range(1, KILLS // PARTS + 1):
            pid = killed[tag] = writers.spawn(tag)
            if tag % 2 == 0:
                writers.wait_for_first_save(pid)
                time.sleep(rng.uniform(*AFTER_SAVE_MS) / 1000)
            else:
                time.sleep(rng.uniform(*RUN_MS) / 1000)
            writers.kill(pid)
            assert not writers.errors, writers.errors
            check_file(path, writers, {tag: pid})
            assert deleted_under(path) == [], "the WAL was deleted under the open app"
        check_file(path, writers, killed)  # at the end, every writer's saves once more
        if holder is not None:  # the app's connection sees every save and can still write
            count = holder.conn.execute("SELECT count(*) FROM partners").fetchone()[0]
            assert count >= sum(len(v) for v in writers.saved.values())
            Repository(holder, user="app").create(
                Partner(name_en="After the crashes", country="JP"))
    finally:
        writers.close()
        if holder is not None:
            holder.close()
    total = sum(len(v) for v in writers.saved.values())
    assert len(writers.saved) >= KILLS // PARTS // 2, "a writer killed after its first save " \
        "did not report it"
    print(f"{len(killed)} kills, {total} saves reported; {len(writers.saved)} writers got to save")
