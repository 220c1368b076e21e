"""Helper process for test_two_processes.py: one app instance working on a shared database.

    python tests/reliability/db_worker.py DB USER [--trace-begin]

It reads one JSON command per line on stdin and answers with one JSON line on stdout:

    {"op": "open"}                          Database.open(DB) -> {"schema": N}
    {"op": "read", "id": ID}                read partner ID and keep it, as an editor would
    {"op": "save", "fields": {...}, "force": false}
                                            change the kept partner and Repository.update it
                                            -> {"version", "updated_at", "updated_by"} or
                                               {"conflict": message, "user", "when"}
    {"op": "burst", "n": N, "prefix": P, "shared": ID}
                                            N times: create a partner, list and search, and
                                            append a line to the shared partner's notes
                                            (re-reading and saving again when the other
                                            process saved it first); reopen the file now and
                                            then -> {"ids": [...], "conflicts": K}
    {"op": "exit"}

Any other error is answered as {"error": "Type: message"}. With --trace-begin, a line
{"event": "begin"} is printed whenever this process starts a transaction (BEGIN ...), before
it waits for the lock: the test uses it to line up two processes.
"""

from __future__ import annotations

import json
import sqlite3
import sys

from bkk_relations.core.errors import ConflictError
from bkk_relations.core.records.models import Partner
from bkk_relations.core.records.repository import Query, Repository
from bkk_relations.core.register import Register
from bkk_relations.core.storage.database import Database
from bkk_relations.core.views import search


def emit(obj: dict) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def trace_begins() -> None:
    """Report each BEGIN as it starts (SQLite calls the trace callback before the statement
    runs, so before it waits for the lock). Only observes: nothing is changed."""
    connect = sqlite3.connect

    def traced(*args, **kwargs):
        conn = connect(*args, **kwargs)
        conn.set_trace_callback(lambda sql: emit({"event": "begin"})
                                if sql.lstrip().upper().startswith("BEGIN") else None)
        return conn

    sqlite3.connect = traced


class Worker:
    def __init__(self, path: str, user: str):
        self.path, self.user = path, user
        self.db: Database | None = None
        self.record: Partner | None = None

    @property
    def repo(self) -> Repository:
        assert self.db is not None, "open first"
        return Repository(self.db, user=self.user)

    def op_open(self) -> dict:
        self.db = Database.open(self.path)
        return {"schema": self.db.schema_version}

    def op_read(self, id: int) -> dict:
        self.record = self.repo.get(Partner, id)
        return {"version": self.record.version, "name_th": self.record.name_th,
                "notes": self.record.notes, "updated_by": self.record.updated_by}

    def op_save(self, fields: dict, force: bool = False) -> dict:
        assert self.record is not None, "read first"
        for name, value in fields.items():
            setattr(self.record, name, value)
        try:
            saved = self.repo.update(self.record, force=force)
        except ConflictError as exc:
            return {"conflict": str(exc), "user": exc.user, "when": exc.when}
        self.record = saved
        return {"version": saved.version, "updated_at": saved.updated_at,
                "updated_by": saved.updated_by}

    def op_burst(self, n: int, prefix: str, shared: int) -> dict:
        ids, conflicts = [], 0
        for i in range(1, n + 1):
            repo = self.repo
            ids.append(repo.create(Partner(name_en=f"{prefix} city {i}",
                                           name_th=f"เมือง {prefix} {i}", country="JP")).id)
            repo.list(Partner, Query(text=prefix, limit=20))
            search.search(Register(self.db), f"{prefix} city")
            while True:  # read-modify-write of one record both processes keep changing
                record = repo.get(Partner, shared)
                record.notes = f"{record.notes or ''} {prefix}-{i}"  # (saved trimmed)
                try:
                    repo.update(record)
                    break
                except ConflictError:
                    conflicts += 1
            if i % 10 == 0:  # close and open again, as a colleague starting the app would
                self.db.close()
                self.db = Database.open(self.path)
        return {"ids": ids, "conflicts": conflicts}


def main() -> int:
    path, user = sys.argv[1], sys.argv[2]
    if "--trace-begin" in sys.argv[3:]:
        trace_begins()
    worker = Worker(path, user)
    for line in sys.stdin:
        command = json.loads(line)
        op = command.pop("op")
        if op == "exit":
            break
        try:
            emit(getattr(worker, f"op_{op}")(**command))
        except Exception as exc:  # noqa: BLE001 - every failure goes back to the test
            emit({"error": f"{type(exc).__name__}: {exc}"})
    if worker.db is not None:
        worker.db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
