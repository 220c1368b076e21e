"""One way to run the core work of a user action off the GUI thread.

Every action the window takes on the data is one short call here, in the spirit of Anki's
``CollectionOp`` and ``QueryOp``:

- :meth:`Operations.write` runs a write (``op(reg) -> Changes``) in the writer thread, on a
  connection of its own, then hands the changes to every page (``Session.changed``) and
  calls ``success``;
- :meth:`Operations.read` runs a read (``op(reg) -> result``) on a read-only connection;
  a newer read with the same key makes an older one's result be ignored;
- long work gets a progress dialog with Cancel: its ``op(reg, progress)`` reports
  ``progress(done, total)``, which raises ``Cancelled`` once the user cancels, so the core
  rolls back;
- :meth:`Operations.run` runs work that needs no open register (upgrading a file before it
  is opened), reporting ``progress(done, total, step)``.

A failure is shown once, the same way everywhere: a reason the user can act on
(``CoreError``) in a message box; anything unexpected is written to the log with its
traceback and shown with where the log is. An in-memory database has only one connection,
so its work runs at once on the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from ..core.changes import Changes
from ..core.errors import CoreError
from ..core.excel.writer import Cancelled
from ..core.register import Register
from ..core.storage import sqlite_store
from .i18n import say

if TYPE_CHECKING:
    from .session import Session

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]
_SHOW_PROGRESS_AFTER_MS = 400


class _Signals(QObject):
    progressed = Signal(int, int)
    stepped = Signal(str)  # the step under way, said under the dialog's label
    finished = Signal(object, object)  # result, error


class _Job(QRunnable):
    """One piece of work for a thread pool; its result comes back through ``signals``."""

    def __init__(self, work: Callable[[], Any]):
        super().__init__()
        self.setAutoDelete(False)
        self.work = work
        self.signals = _Signals()
        self.cancelled = threading.Event()
        self.step: str | None = None

    def report(self, done: int, total: int, step: str | None = None) -> None:
        if self.cancelled.is_set():
            raise Cancelled(QCoreApplication.translate("Operations",
                                                       "Cancelled; nothing was changed."))
        if step is not None and step != self.step:
            self.step = step
            self.signals.stepped.emit(step)
        self.signals.progressed.emit(done, total)

    def run(self) -> None:
        try:
            result, error = self.work(), None
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the window
            result, error = None, exc
        try:
            self.signals.finished.emit(result, error)
        except RuntimeError:  # the window went away while the work ran
            pass


class Handle:
    """A piece of work started by :class:`Operations`: whether it is done, and how it ended.
    ``wait()`` lets the window go on (repainting, answering the user) until it is done, for
    a step that needs the outcome before it goes on (an editor closes only once saved)."""

    def __init__(self, job: _Job | None = None) -> None:
        self.job = job
        self.done = False
        self.ok = False
        self.result: Any = None
        self.error: BaseException | None = None
        self._loop: QEventLoop | None = None

    def finish(self, result: Any, error: BaseException | None) -> None:
        self.done, self.ok, self.result, self.error = True, error is None, result, error
        if self._loop is not None:
            self._loop.quit()

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report (it then rolls back)."""
        if self.job is not None:
            self.job.cancelled.set()

    def wait(self) -> bool:
        """Process the window's events until the work has ended; True when it succeeded."""
        if not self.done:
            self._loop = QEventLoop()
            self._loop.exec()
            self._loop = None
        return self.ok


class Operations(QObject):
    """Runs the window's work off the GUI thread and reports what changed."""

    busy_changed = Signal(bool)
    failed = Signal(str, str)  # what failed, why (also shown)

    def __init__(self, session: Session | None):
        """``session`` None: work before any register is open (the window's start)."""
        super().__init__(session)
        self.session = session
        self.reads = QThreadPool(self)
        self.reads.setMaxThreadCount(2)
        self.writes = QThreadPool(self)
        self.writes.setMaxThreadCount(1)  # one writer: writes happen in the order asked
        self._writer: Register | None = None
        self._jobs: set[_Job] = set()
        self._writing: set[_Job] = set()
        self._latest: dict[str, _Job] = {}
        self._shut = False
        self.failure_box: QMessageBox | None = None

    # -- state ------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        """Work was started whose result the window has not taken yet."""
        return bool(self._jobs)

    @property
    def writing(self) -> bool:
        """A write was started whose result the window has not taken yet."""
        return bool(self._writing)

    def wait(self, msecs: int = 60_000) -> bool:
        """Wait for the work under way to end and deliver its results (closing the window,
        switching database, tests)."""
        done = self.reads.waitForDone(msecs) and self.writes.waitForDone(msecs)
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()
        return done and not self._jobs

    def shut(self) -> None:
        """The register is being closed: no more work starts, and a result still on its way
        (a timer's redraw after the window closed) is dropped instead of reaching a widget
        that is gone."""
        self._shut = True

    def close_writer(self) -> None:
        """Close the writer's connection (before the database is closed or replaced)."""
        self.writes.waitForDone()
        if self._writer is not None:
            self._writer.close()
            self._writer = None

    def _writer_register(self) -> Register | None:
        """The register writes run on, in the writer thread: a connection of its own, so
        the window keeps reading while a save is under way. None for an in-memory database
        (its one connection is the window's)."""
        reg = self.session.reg
        if reg.path == sqlite_store.MEMORY:
            return None
        if self._writer is None or self._writer.target != reg.target:
            self._writer = Register.open(reg.target, user=reg.user)
            reg.own_writer(self._writer)  # an import or undo of ours is no other user's
        return self._writer

    # -- writing ----------------------------------------------------------------------------
    def write(self, what: str, op: Callable[..., Changes], *,
              success: Callable[[Changes], None] | None = None,
              failure: Callable[[BaseException], bool] | None = None,
              parent: QWidget | None = None, progress: str | None = None,
              cancellable: bool = True,
              on_progress: Callable[[int, int], None] | None = None) -> Handle:
        """Run ``op(reg)`` (``op(reg, progress)`` when a ``progress`` label is given) as one
        write; on success every page is told what changed, then ``success(changes)`` runs.
        ``failure(exc)`` may handle a failure (returning True); otherwise it is shown.
        ``on_progress(done, total)`` follows the work in a page of its own (instead of the
        progress dialog); the op then also receives ``progress``."""
        reports = progress is not None or on_progress is not None
        writer = self._writer_register()
        if writer is None:  # in memory: at once, on this thread
            return self._run_inline(
                what, lambda: op(*self._args(self.session.reg, reports, None)), success,
                failure, parent, notify=True)
        job = _Job(lambda: None)
        job.work = lambda: op(*self._args(writer, reports, job))
        return self._start(job, self.writes, what, success, failure, parent, progress,
                           cancellable, notify=True, on_progress=on_progress)

    # -- work on no register ------------------------------------------------------------------
    def run(self, what: str, op: Callable[[Callable[..., None]], Any], *,
            success: Callable[[Any], None] | None = None,
            failure: Callable[[BaseException], bool] | None = None,
            parent: QWidget | None = None, progress: str, cancellable: bool = True
            ) -> Handle:
        """Run ``op(progress)`` in the background behind a progress dialog; it reports
        ``progress(done, total, step)`` (``step`` is said under the label) and is
        cancelled like any other work."""
        job = _Job(lambda: None)
        job.work = lambda: op(job.report)
        return self._start(job, self.reads, what, success, failure, parent, progress,
                           cancellable, notify=False)

    # -- reading ----------------------------------------------------------------------------
    def read(self, key: str, what: str, op: Callable[..., Any],
             success: Callable[[Any], None], *,
             failure: Callable[[BaseException], bool] | None = None,
             parent: QWidget | None = None, progress: str | None = None,
             cancellable: bool = True,
             on_progress: Callable[[int, int], None] | None = None) -> Handle:
        """Run ``op(reg)`` on a read-only connection of its own and hand the result to
        ``success``; a newer read with the same ``key`` makes this one's result ignored."""
        reg = self.session.reg
        reports = progress is not None or on_progress is not None
        if reg.path == sqlite_store.MEMORY:
            return self._run_inline(what, lambda: op(*self._args(reg, reports, None)),
                                    success, failure, parent, notify=False)
        job = _Job(lambda: None)

        def work() -> Any:
            with reg.reading() as reader:
                return op(*self._args(reader, reports, job))

        job.work = work
        self._latest[key] = job
        return self._start(job, self.reads, what, success, failure, parent, progress,
                           cancellable, notify=False, key=key, on_progress=on_progress)

    def read_for_page(self, key: str, what: str, op: Callable[[Register], Any],
                      success: Callable[[Any], None], say_in_page: Callable[[str], None]
                      ) -> Handle:
        """A page's own read (graph, map): like :meth:`read`, and a failure is also said in
        the page, as "what failed: why"."""
        def failure(exc: BaseException) -> bool:
            say_in_page(QCoreApplication.translate("Operations", "%1 failed: %2")
                        .replace("%1", what).replace("%2", str(exc) or type(exc).__name__))
            return False  # the window says it too, the way it says every failure

        return self.read(key, what, op, success, failure=failure)

    def read_and_wait(self, key: str, what: str, op: Callable[..., Any], *,
                      parent: QWidget | None, progress: str) -> tuple[Any, str | None]:
        """Run ``op(reg, progress)`` behind a progress dialog with Cancel and wait for it
        while the window goes on (a file to write, a document to put together): (the result,
        None); (None, why) when the core refused, for the caller to say in its words; (None,
        None) when it was cancelled or its failure was already shown."""
        refused: list[str] = []

        def failure(exc: BaseException) -> bool:
            if isinstance(exc, Cancelled):
                return True
            if isinstance(exc, CoreError):
                refused.append(say(exc))
                return True
            return False

        handle = self.read(key, what, op, lambda _r: None, failure=failure, parent=parent,
                           progress=progress)
        if not handle.wait():
            return None, (refused[0] if refused else None)
        return handle.result, None

    # -- the machinery ----------------------------------------------------------------------
    @staticmethod
    def _args(reg: Register, reports: bool, job: _Job | None) -> tuple[Any, ...]:
        if not reports:
            return (reg,)
        return (reg, job.report if job is not None else (lambda _d, _t: None))

    def _run_inline(self, what: str, work: Callable[[], Any], success: Callable | None,
                    failure: Callable | None, parent: QWidget | None, *, notify: bool
                    ) -> Handle:
        handle = Handle()
        if self._shut:
            handle.finish(None, Cancelled(""))
            return handle
        try:
            result = work()
        except BaseException as exc:  # noqa: BLE001
            handle.finish(None, exc)
            self._failed(what, exc, failure, parent)
            return handle
        handle.finish(result, None)
        self._succeeded(result, success, notify)
        return handle

    def _start(self, job: _Job, pool: QThreadPool, what: str, success: Callable | None,
               failure: Callable | None, parent: QWidget | None, progress: str | None,
               cancellable: bool, *, notify: bool, key: str | None = None,
               on_progress: Callable[[int, int], None] | None = None) -> Handle:
        handle = Handle(job)
        if self._shut:
            handle.finish(None, Cancelled(""))
            return handle
        dialog = self._progress_dialog(job, progress, cancellable, parent)
        if on_progress is not None:
            job.signals.progressed.connect(on_progress, Qt.QueuedConnection)
        was_busy = self.busy
        self._jobs.add(job)
        if notify:
            self._writing.add(job)
        if not was_busy:
            self.busy_changed.emit(True)

        def finished(result: object, error: object) -> None:
            self._jobs.discard(job)
            self._writing.discard(job)
            if self._shut or not shiboken6.isValid(self):  # the window is gone
                handle.finish(result, error)  # type: ignore[arg-type]
                return
            if dialog is not None:
                dialog.reset()
                dialog.deleteLater()
            current = key is None or self._latest.get(key) is job
            if key is not None and current:
                self._latest.pop(key, None)
            try:
                if current:
                    if error is None:
                        self._succeeded(result, success, notify)
                    else:
                        self._failed(what, error, failure, parent,  # type: ignore[arg-type]
                                     key)
            finally:
                handle.finish(result, error)  # type: ignore[arg-type]
                if not self.busy:
                    self.busy_changed.emit(False)

        job.signals.finished.connect(finished, Qt.QueuedConnection)
        pool.start(job)
        return handle

    def _progress_dialog(self, job: _Job, label: str | None, cancellable: bool,
                         parent: QWidget | None) -> QProgressDialog | None:
        if label is None:
            return None
        cancel = QCoreApplication.translate("Operations", "Cancel") if cancellable else ""
        dialog = QProgressDialog(label, cancel, 0, 0, parent or self._window())
        dialog.setObjectName("operation_progress")
        dialog.setWindowTitle(QCoreApplication.translate("Operations", "Please wait"))
        dialog.setWindowModality(Qt.WindowModal)
        dialog.setMinimumDuration(_SHOW_PROGRESS_AFTER_MS)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        if cancellable:
            dialog.canceled.connect(job.cancelled.set)

        def progressed(done: int, total: int) -> None:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total else 0)

        job.signals.progressed.connect(progressed, Qt.QueuedConnection)
        job.signals.stepped.connect(lambda step: dialog.setLabelText(f"{label}\n{step}"),
                                    Qt.QueuedConnection)
        return dialog

    def _succeeded(self, result: object, success: Callable | None, notify: bool) -> None:
        if notify and isinstance(result, Changes) and not result.empty:
            self.session.notify(result)
        elif notify:  # a write of ours that changed nothing on screen is still not another's
            self.session.seen_own_write()
        if success is not None:
            success(result)

    def _window(self) -> QWidget | None:
        parent = self.session.parent() if self.session is not None else None
        return parent if isinstance(parent, QWidget) else None

    def _failed(self, what: str, exc: BaseException, failure: Callable | None,
                parent: QWidget | None, key: str | None = None) -> None:
        if not isinstance(exc, Exception):  # SystemExit, KeyboardInterrupt: not ours
            raise exc
        if failure is not None and failure(exc):
            return
        if isinstance(exc, Cancelled):
            self._status(str(exc))
            return
        name = f"background work {key!r}" if key else what
        if isinstance(exc, CoreError):  # a reason the user can act on
            log.warning("%s failed: %s", name, exc)
            reason = str(exc)
        else:
            log.error("%s failed", name, exc_info=(type(exc), exc, exc.__traceback__))
            reason = str(exc) or type(exc).__name__
        self._status(QCoreApplication.translate("Operations", "%1 failed: %2")
                     .replace("%1", what).replace("%2", reason), 10_000)
        self.show_failure(what, reason, parent, details=not isinstance(exc, CoreError))
        self.failed.emit(what, reason)

    def _status(self, text: str, msecs: int = 8000) -> None:
        if self.session is not None:
            self.session.status(text, msecs)

    def show_failure(self, what: str, reason: str, parent: QWidget | None = None, *,
                     details: bool = False) -> QMessageBox:
        """Say what failed and why, in one message that does not stop the window; a later
        failure updates the same message."""
        from ..applog import log_file

        text = QCoreApplication.translate("Operations", "%1 failed.").replace("%1", what)
        where = log_file() if details else None
        detail = reason + ("\n\n" + QCoreApplication.translate(
            "Operations", "Details were written to %1.").replace("%1", str(where))
            if where else "")
        box = self.failure_box
        if box is None or not box.isVisible():
            box = QMessageBox(QMessageBox.Warning,
                              QCoreApplication.translate("Operations", "Something went wrong"),
                              text, QMessageBox.Ok, parent or self._window())
            box.setObjectName("failure_box")
            box.setWindowModality(Qt.NonModal)
            box.setAttribute(Qt.WA_DeleteOnClose, False)
            self.failure_box = box
        box.setText(text)
        box.setInformativeText(detail)
        box.show()
        return box
