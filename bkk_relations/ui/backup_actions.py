"""The window's backups: automatic on start and on closing, File → Backup now, Save a backup
as… and Restore from backup….

Backups run off the GUI thread with a connection of their own (``backup_jobs``): the
window stays usable at start-up, and closes at once while the closing backup finishes
behind it (the app waits for it before it exits). A backup on closing is made when the
session may have changed something since the start-up backup, or that backup failed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from ..core.backups import backup, restore
from ..core.errors import CoreError
from ..core.register import Register
from . import backup_jobs
from .backup_jobs import BackupJob

if TYPE_CHECKING:
    from .main_window import MainWindow

_READY_WAIT_MS = 10_000


class BackupActions(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.last_job: BackupJob | None = None  # the latest backup this window started
        self._startup: BackupJob | None = None
        self._mark: backup.Mark | None = None  # where the data stood at the start-up backup
        self.message: QMessageBox | None = None  # the last warning shown

    @property
    def db(self) -> Register:
        """The register the window shows (read when needed: the window may switch)."""
        return self.window.session.reg

    def _status(self, text: str, msecs: int = 10000) -> None:
        self.window.statusBar().showMessage(text, msecs)

    def _file(self) -> str | None:
        """The database file to back up; None (after saying why) for a server."""
        if self.db.is_server:
            QMessageBox.information(
                self.window, self.tr("Backups"),
                self.tr("This database is on the server %1. Its backups are made on the server "
                        "by the office's IT person; this app does not copy a server database. "
                        "To keep a copy of the data yourself, export the lists or reports to "
                        "Excel.").replace("%1", self.window._db_name()))
            return None
        if self.db.path == ":memory:":
            return None
        return self.db.path

    # -- automatic --------------------------------------------------------------------------
    def auto_enabled(self) -> bool:
        return (not self.db.read_only and self.db.path != ":memory:" and not self.db.is_server
                and self.window.prefs.auto_backup)

    def _rotate_work(self) -> Callable[[], backup.Made | None]:
        path, prefs = self.db.path, self.window.prefs
        daily, weekly = prefs.keep_daily, prefs.keep_weekly
        return lambda: backup.rotate(path, daily=daily, weekly=weekly)

    def start_automatic(self) -> BackupJob | None:
        """The start-up backup, in the background: the window is usable meanwhile."""
        if getattr(self.window, "_closed", False) or not self.auto_enabled():
            return None
        self._mark = backup.mark(self.db)
        self._startup = self._start("start-up backup", self._rotate_work(), manual=False)
        return self._startup

    def start_when_ready(self) -> None:
        """The start-up backup once the window is filled (the dashboard drawn), so that the
        two do not compete for the processor; at the latest after ``_READY_WAIT_MS``."""
        started = False

        def go() -> None:
            nonlocal started
            if not started:
                started = True
                self.start_automatic()

        self.window.dashboard.loaded.connect(go)
        QTimer.singleShot(_READY_WAIT_MS, self, go)

    def closing_work(self) -> Callable[[], backup.Made | None] | None:
        """What to back up as the window closes (asked while the database is still open;
        run once it is closed): nothing when nothing was saved since a start-up backup
        that succeeded."""
        if not self.auto_enabled():
            return None
        changed = backup.changed_since(self.db, self._mark)
        startup, rotate = self._startup, self._rotate_work()

        def work() -> backup.Made | None:
            if not changed and startup is not None and startup.succeeded:
                return None  # the start-up backup already holds all of it
            return rotate()

        return work

    # -- File menu --------------------------------------------------------------------------
    def backup_now(self) -> BackupJob | None:
        """A kept backup into the backups folder (never rotated away), in the background."""
        path = self._file()
        if path is None:
            return None
        self._status(self.tr("Backing up… you can go on working."), 0)
        return self._start("Backup now", lambda: backup.keep_backup(path), manual=True)

    def save_backup_as(self) -> BackupJob | None:
        path = self._file()
        if path is None:
            return None
        suggested = Path(path).with_suffix(".backup.db")
        dest, _ = QFileDialog.getSaveFileName(self.window, self.tr("Backup"), str(suggested),
                                              self.window._file_filter())
        if not dest:
            return None
        self._status(self.tr("Backing up… you can go on working."), 0)
        # The file dialog has asked before replacing a file: the backup may replace it (an
        # existing database is copied aside first).
        return self._start("Save a backup as", lambda: backup.backup_to(path, dest,
                                                                      overwrite=True),
                           manual=True)

    def restore_backup(self) -> bool:
        if self.db.read_only or self._file() is None:
            return False
        folder = backup.backup_dir(self.db.path)
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Restore from backup"),
            str(folder if folder.is_dir() else Path(self.db.path).parent),
            self.window._file_filter())
        if not path:
            return False
        try:
            restore.verify_backup(path, integrity=False)  # quick; all of it when restoring
        except CoreError as exc:
            QMessageBox.warning(self.window, self.tr("Cannot restore"), str(exc))
            return False
        if QMessageBox.question(
                self.window, self.tr("Restore from backup"),
                self.tr("Replace the open database with this backup? The current file is kept "
                        "as a copy beside it.")) != QMessageBox.Yes:
            return False
        return self.restore_from(path)

    def restore_from(self, path: str) -> bool:
        """Check all of the backup, then replace the open database with it (all or
        nothing) and show it; the current file is kept as a copy."""
        window, db_path = self.window, self.db.path
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            backup_jobs.wait()  # a backup under way finishes first
            window.session.operations.wait()
            window.session.operations.close_writer()
            self.db.close()
            try:
                done = restore.restore(db_path, path)
            except CoreError as exc:
                done, problem = None, str(exc)
            reopened = Register.open(db_path)
        finally:
            QApplication.restoreOverrideCursor()
        window.use_register(reopened)
        self._mark, self._startup = None, None  # the data is not what was backed up
        if done is None:
            QMessageBox.warning(window, self.tr("Cannot restore"), problem)
            return False
        text = (self.tr("Restored. The previous file is kept as %1").replace("%1", str(done.kept))
                if done.kept else self.tr("Restored."))
        if done.missing:
            text += " " + self.tr("%1 attached files were in neither the backup nor the "
                                  "attachments folder.").replace("%1", str(len(done.missing)))
        self._status(text, 15000)
        return True

    # -- results ----------------------------------------------------------------------------
    def _start(self, what: str, work: Callable[[], object], *, manual: bool) -> BackupJob:
        job = backup_jobs.start(what, work, manual=manual)
        job.done.connect(self._done)  # a method of this GUI-thread object: queued to it
        job.failed.connect(self._failed)
        self.last_job = job
        return job

    def _done(self, job: BackupJob, made: backup.Made | None) -> None:
        if made is None:
            return
        text = self.tr("Backup saved to %1").replace("%1", str(made.path))
        if made.kept is not None:
            text += " " + self.tr("(the database that was there is kept as %1)").replace(
                "%1", str(made.kept))
        problems = [self.tr("A damaged backup was found and moved to %1: %2")
                    .replace("%1", str(d.moved_to)).replace("%2", d.reason)
                    for d in made.damaged]
        if made.attachments_skipped:
            problems.append(self.tr("%1 attached files were left out: another program changed "
                                    "them after they were attached. Attach the original files "
                                    "again.")
                            .replace("%1", str(len(made.attachments_skipped))))
        self._status(text, 8000)
        if problems:  # rare and worth knowing: said once, without holding the window
            self._tell(self.tr("Backup"), "\n\n".join([text, *problems]))

    def _tell(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Warning, title, text, QMessageBox.Ok, self.window)
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.open()
        self.message = box

    def _failed(self, job: BackupJob, message: str) -> None:
        if job.manual:
            self._status("")
            self._tell(self.tr("Backup failed"), message)
        else:  # never stop the app for the automatic backup; say so
            self._status(self.tr("The automatic backup failed: %1").replace("%1", message),
                         30000)
