"""Running slow core work off the GUI thread.

The work gets its own read-only connection to the database (SQLite's WAL mode lets it read
while the window keeps working); the result comes back to the GUI thread through a signal.
"""

from __future__ import annotations

import sqlite3
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..core.database import Database


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(str)


class _Job(QRunnable):
    def __init__(self, db: Database, work: Callable[[sqlite3.Connection], object]):
        super().__init__()
        self.db, self.work = db, work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            with self.db.reader() as conn:
                result = self.work(conn)
        except Exception as exc:  # reported to the GUI, which shows it
            traceback.print_exc()
            result, error = None, str(exc)
        else:
            error = None
        try:
            if error is None:
                self.signals.done.emit(result)
            else:
                self.signals.failed.emit(error)
        except RuntimeError:  # the window went away while the work ran
            pass


class Runner(QObject):
    """Runs ``work(conn)`` in a worker thread and calls ``on_done(result)`` on the GUI thread.
    A newer job for the same ``key`` makes the older one's result be ignored."""

    failed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._latest: dict[str, _Job] = {}
        self._jobs: set[_Job] = set()

    def run(self, key: str, db: Database, work: Callable[[sqlite3.Connection], object],
            on_done: Callable[[object], None]) -> None:
        job = _Job(db, work)
        job.setAutoDelete(False)
        self._latest[key] = job
        self._jobs.add(job)

        def finished(result: object) -> None:
            self._jobs.discard(job)
            if self._latest.get(key) is job:
                on_done(result)

        def failed(message: str) -> None:
            self._jobs.discard(job)
            if self._latest.get(key) is job:
                self.failed.emit(message)

        job.signals.done.connect(finished)
        job.signals.failed.connect(failed)
        self.pool.start(job)

    def wait(self, msecs: int = 30_000) -> bool:
        return self.pool.waitForDone(msecs)
