"""Helper process for test_crash_safety.py: saves partners in a loop until it is killed.

    python tests/reliability/crash_writer.py DB

Starting Python and importing the app takes far longer than the few milliseconds a writer
should live before it is killed, so this process imports everything once and then, for each
line ``spawn TAG`` read on stdin, forks a writer (POSIX only) that names its partners
``Crash test city TAG-N`` for N = 1, 2, ... Lines on stdout, each written with
one flushed write:

    child PID           a writer was started (printed by this process)
    saved PID ID        the writer's Repository.create returned the partner with this id
    error PID MESSAGE   the writer failed on its own (the test fails)
    dead PID STATUS     the writer has ended (it was killed); everything it printed is above
"""

from __future__ import annotations

import os
import sys
import traceback

from bkk_relations.core.records.models import Partner
from bkk_relations.core.records.repository import Repository
from bkk_relations.core.storage.database import Database

COUNTRIES = ["JP", "KR", "CN", "FR", "DE", "VN", "LA", "KH", "MM", "IN"]


def say(line: str) -> None:
    os.write(1, (line + "\n").encode())  # one write per line: lines never interleave


def write_forever(path: str, tag: str) -> None:
    """Open the database and save partners until killed (the process never returns)."""
    pid = os.getpid()
    try:
        db = Database.open(path)
        repo = Repository(db, user="crash-writer")
        n = 0
        while True:
            n += 1
            partner = repo.create(Partner(
                name_en=f"Crash test city {tag}-{n}", name_th=f"เมืองทดสอบ {tag}-{n}",
                country=COUNTRIES[n % len(COUNTRIES)], notes="บันทึก " * (n % 7),
                tags=["crash-test"]))
            say(f"saved {pid} {partner.id}")
    except BaseException as exc:  # noqa: BLE001 - reported to the test, which then fails
        text = "".join(traceback.format_exception_only(type(exc), exc)).strip()
        say(f"error {pid} {text!r}")
        os._exit(3)


def main() -> int:
    path = sys.argv[1]
    for line in sys.stdin:
        words = line.split()
        if len(words) != 2 or words[0] != "spawn":
            continue
        pid = os.fork()
        if pid == 0:
            write_forever(path, words[1])
            os._exit(4)  # not reached
        say(f"child {pid}")
        _, status = os.waitpid(pid, 0)
        say(f"dead {pid} {status}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
