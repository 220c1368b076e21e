"""Backups made off the GUI thread, one after another, each with its own connection.

A backup of a large register takes seconds (copy and integrity check: about 15 s for
100,000 partners), so neither the start-up backup nor the one on closing may hold the
window. Each runs in a thread of its own (not the window's operations, whose read threads fill
the lists); a backup waits for the one before it, so two never copy the same file at once.
The threads are not daemons and the app waits for them before it exits (:func:`wait`): the
window closes at once, the process ends when the backup is complete and checked.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)
_lock = threading.Lock()
_last: threading.Thread | None = None
_jobs: list[tuple[BackupJob, threading.Thread]] = []  # kept until the thread has ended


class BackupJob(QObject):
    """One backup under way; ``done`` carries the job and the core's result, ``failed`` the
    job and a message. Connect them to methods of a QObject of the GUI thread: the call is
    then queued to that thread."""

    done = Signal(object, object)
    failed = Signal(object, str)

    def __init__(self, what: str, *, manual: bool = False):
        super().__init__()
        self.what, self.manual = what, manual
        self.succeeded: bool | None = None  # set in the worker before its signal is sent


def start(what: str, work: Callable[[], object], *, manual: bool = False) -> BackupJob:
    """Run ``work()`` (core backup code, no Qt) after every backup started before it."""
    global _last
    job = BackupJob(what, manual=manual)
    with _lock:
        # A job is let go here, on the GUI thread, once its thread has ended: never in a
        # worker, where deleting a Qt object of the GUI thread is not allowed.
        _jobs[:] = [(j, t) for j, t in _jobs if t.is_alive()]
        before = _last
        thread = threading.Thread(target=_run, args=(job, work, before), daemon=False,
                                  name=f"backup: {what}")
        _jobs.append((job, thread))
        _last = thread
        thread.start()
    return job


def _run(job: BackupJob, work: Callable[[], object], before: threading.Thread | None) -> None:
    _lower_priority()
    if before is not None:
        before.join()
    try:
        result = work()
    except Exception as exc:  # never lost: logged here, shown by whoever listens
        log.warning("%s failed: %s", job.what, exc, exc_info=not _expected(exc))
        job.succeeded = False
        _emit(job.failed, job, str(exc))
    else:
        if result is not None:
            log.info("%s: %s", job.what, result)
        job.succeeded = True
        _emit(job.done, job, result)


def _lower_priority() -> None:
    """Let the window and its lists have the processor first (an office PC often has two
    cores): this thread only, best effort."""
    try:
        if sys.platform == "win32":
            import ctypes

            kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
            kernel.SetThreadPriority(kernel.GetCurrentThread(), -1)  # BELOW_NORMAL
        elif sys.platform.startswith("linux"):  # on Linux a thread has a nice value of its own
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)
    except (OSError, AttributeError):
        pass


def _expected(exc: Exception) -> bool:
    from ..core.errors import CoreError

    return isinstance(exc, CoreError)


def _emit(signal, job: BackupJob, value: object) -> None:
    try:
        signal.emit(job, value)
    except RuntimeError:  # the window that asked is gone; the result is in the log
        pass


def busy() -> bool:
    with _lock:
        return _last is not None and _last.is_alive()


def wait(timeout: float | None = None) -> bool:
    """Block until every backup started so far has ended; False if ``timeout`` ran out."""
    with _lock:
        last = _last
    if last is None:
        return True
    last.join(timeout)
    return not last.is_alive()
