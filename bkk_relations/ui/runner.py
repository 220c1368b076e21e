"""Running slow core work off the GUI thread.

The work gets its own read-only connection to the database (SQLite's WAL mode lets it read
while the window keeps working); the result comes back to the GUI thread through a signal.
A failure is written to the app's log with its traceback and reported once, naming the
work that failed and why.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    QRunnable,
    QThreadPool,
    Signal,
)

from ..core.errors import CoreError
from ..core.storage.database import Database

log = logging.getLogger(__name__)

# What each kind of background work is called when it fails (by its key).
_WHAT = {
    "dashboard": QT_TRANSLATE_NOOP("Runner", "Reading the dashboard figures"),
    "graph-data": QT_TRANSLATE_NOOP("Runner", "Reading the relationship graph"),
    "graph-view": QT_TRANSLATE_NOOP("Runner", "Drawing the relationship graph"),
    "auto-backup": QT_TRANSLATE_NOOP("Runner", "The automatic backup"),
    "map-data": QT_TRANSLATE_NOOP("Runner", "Reading the map"),
    "map-view": QT_TRANSLATE_NOOP("Runner", "Drawing the map"),
}


def describe(key: str) -> str:
    """The user's name for the background work ``key``."""
    if key in _WHAT:
        return QCoreApplication.translate("Runner", _WHAT[key])
    return QCoreApplication.translate("Runner", "Background work (%1)").replace("%1", key)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(str)


class _Job(QRunnable):
    def __init__(self, key: str, db: Database, work: Callable[[sqlite3.Connection], object]):
        super().__init__()
        self.key, self.db, self.work = key, db, work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            with self.db.reader() as conn:
                result = self.work(conn)
        except Exception as exc:  # reported to the GUI, which shows it
            if isinstance(exc, CoreError):  # a reason the user can act on: no traceback
                log.warning("background work %r failed: %s", self.key, exc)
            else:
                log.exception("background work %r failed", self.key)
            result, error = None, str(exc) or type(exc).__name__
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
    A newer job for the same ``key`` makes the older one's result be ignored.

    ``failed`` carries one sentence (what failed: the reason), for pages that show it in
    place; ``failed_work`` carries what failed and the reason apart, for the window's
    message."""

    failed = Signal(str)
    failed_work = Signal(str, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._latest: dict[str, _Job] = {}
        self._jobs: set[_Job] = set()

    def run(self, key: str, db: Database, work: Callable[[sqlite3.Connection], object],
            on_done: Callable[[object], None]) -> None:
        job = _Job(key, db, work)
        job.setAutoDelete(False)
        self._latest[key] = job
        self._jobs.add(job)

        def finished(result: object) -> None:
            self._jobs.discard(job)
            if self._latest.get(key) is job:
                on_done(result)

        def failed(reason: str) -> None:
            self._jobs.discard(job)
            if self._latest.get(key) is job:
                what = describe(key)
                self.failed.emit(self.tr("%1 failed: %2").replace("%1", what)
                                 .replace("%2", reason))
                self.failed_work.emit(what, reason)

        job.signals.done.connect(finished)
        job.signals.failed.connect(failed)
        self.pool.start(job)

    def wait(self, msecs: int = 30_000) -> bool:
        return self.pool.waitForDone(msecs)
