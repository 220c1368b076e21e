"""Starting the desktop application."""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import traceback
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from .. import APP_NAME, ORG_NAME, __version__
from ..applog import setup_logging
from ..core.errors import CoreError
from ..core.register import Register
from ..core.sample.demo import create_demo_database
from ..core.storage import is_server_url, redact
from ..core.storage.database import Database
from . import backup_jobs
from .fonts import register_fonts
from .i18n import install_language
from .main_window import MainWindow
from .operations import Operations
from .prefs import Prefs
from .server_dialog import connect_at_start
from .upgrade import needs_upgrade, upgrade_file


def data_dir() -> Path:
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def demo_path() -> Path:
    """The demo database in the user's data folder, written the first time it is needed."""
    path = data_dir() / "bangkok-demo.db"
    if not path.exists():
        create_demo_database(path)
    return path


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="bkk_relations",
                                     description="International relations register.")
    parser.add_argument("--db", metavar="PATH",
                        help="database file, or postgresql://user@host:port/database server, "
                             "to open (default: the last one, or the demo)")
    parser.add_argument("--language", choices=["en", "th"], help="interface language")
    parser.add_argument("--calendar", choices=["gregorian", "buddhist"], help="calendar")
    parser.add_argument("--screenshot", metavar="PNG",
                        help="save a picture of the main window once it is filled, and exit")
    parser.add_argument("--smoke-test", action="store_true",
                        help="open the demo database in a temporary folder, render the main "
                             "window and the graph, and exit 0 if all went well")
    parser.add_argument("--verbose", action="store_true", help="log details to the console")
    return parser.parse_args(argv)


log = logging.getLogger("bkk_relations.app")


def install_exception_handler(log_file: Path | None) -> None:
    """Show unexpected errors in a dialog and log them, instead of ending the app."""

    def handler(kind, value, tb) -> None:
        text = redact("".join(traceback.format_exception(kind, value, tb)))
        log.error("unexpected error\n%s", text)
        if QApplication.instance() is None:
            sys.__excepthook__(kind, value, tb)
            return
        where = (QCoreApplication.translate("app", "Details were written to %1.")
                 .replace("%1", str(log_file)) if log_file else "")
        box = QMessageBox(QMessageBox.Warning,
                          QCoreApplication.translate("app", "Something went wrong"),
                          QCoreApplication.translate(
                              "app", "The last action could not be completed: %1\n"
                              "Your data is safe; you can go on working.")
                          .replace("%1", redact(str(value))) + ("\n" + where if where else ""))
        box.setDetailedText(text)
        box.exec()

    sys.excepthook = handler


def smoke_test(qapp: QApplication, server: str | None = None) -> int:
    """Used after packaging: everything the app needs to start is really in the bundle.
    With ``server`` (an empty database's URL), the demo is also copied onto that server and
    shown from there, so the server driver is checked too."""
    folder = Path(tempfile.mkdtemp(prefix="bkk-smoke-"))
    from PySide6.QtCore import QSettings  # keep the user's own settings untouched

    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(folder))
    path = folder / "demo.db"
    create_demo_database(path)
    prefs = Prefs()
    db = Database.open(path)
    if server:
        from ..core.storage.transfer import copy_between

        remote = Database.open(server)
        copy_between(db, remote)
        db.close()
        db = remote
    window = MainWindow(Register(db), prefs)
    window.show()
    window.session.operations.wait()
    qapp.processEvents()
    pages: list[QWidget] = [window.dashboard, window.graph_slot, window.map_page]
    for i, page in enumerate(pages):
        if page is window.map_page:  # the world map and its data are in the bundle
            loop = QEventLoop()
            page.shown.connect(loop.quit)
            QTimer.singleShot(60_000, loop.quit)
            window.nav.setCurrentRow(window.stack.indexOf(page))
            loop.exec()
            if page.scene is None:
                print("smoke test failed: the map was not drawn", file=sys.stderr)
                return 1
        if page is window.graph_slot:
            loop = QEventLoop()
            window.graph_page.shown.connect(loop.quit)
            QTimer.singleShot(60_000, loop.quit)
            window.nav.setCurrentRow(window.stack.indexOf(page))  # builds the graph
            loop.exec()
            page = window.graph_page
            if page.view is None:
                print("smoke test failed: the graph was not drawn", file=sys.stderr)
                return 1
        window.session.operations.wait()
        qapp.processEvents()
        image = window.grab()
        if image.isNull() or image.width() < 200:
            print(f"smoke test failed: page {i} did not render", file=sys.stderr)
            return 1
        image.save(str(folder / f"page{i}.png"))
    from .document_actions import smoke_documents

    problem = smoke_documents(window.reg.db, folder)
    if problem:
        print(f"smoke test failed: the briefing or calendar: {problem}", file=sys.stderr)
        return 1
    window.close()
    where = f" from {db.path}" if server else ""
    print(f"smoke test ok: bkk_relations {__version__}, {len(pages)} views rendered{where} "
          f"in {folder}")
    return 0


class Application:
    """The running app: one register, one main window (rebuilt when the language
    changes)."""

    def __init__(self, qapp: QApplication, reg: Register, prefs: Prefs):
        self.qapp, self.reg, self.prefs = qapp, reg, prefs
        self.window = self._make_window()

    def _make_window(self) -> MainWindow:
        window = MainWindow(self.reg, self.prefs)
        window.relaunch.connect(self.relaunch)
        return window

    def relaunch(self) -> None:
        old = self.window
        old._keep_db_open = True
        install_language(self.qapp, self.prefs.language)
        reg = old.reg
        old.close()
        self.reg = reg
        self.window = self._make_window()
        self.window.show()
        old.deleteLater()


def setup_application(argv: Sequence[str] | None = None) -> QApplication:
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    app = QApplication.instance() or QApplication(list(argv or sys.argv[:1]))
    register_fonts(app)
    return app


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    qapp = setup_application()
    log_file = setup_logging(None if args.smoke_test else data_dir(), verbose=args.verbose)
    log.info("bkk_relations %s starting", __version__)
    if args.smoke_test:
        return smoke_test(qapp, args.db)
    install_exception_handler(log_file)
    prefs = Prefs()
    if args.language:
        prefs.language = args.language
    if args.calendar:
        prefs.calendar = args.calendar
    install_language(qapp, prefs.language)
    path = args.db or prefs.last_db
    db: Database | None = None
    note = ""
    if path and is_server_url(path):
        # The password comes from the URL or the system's password store (never from the
        # settings); without one, or when it is refused, the Connect dialog asks.
        db, note = connect_at_start(prefs, path)
        if db is None:
            if args.db:
                return 1  # the server named on the command line was not connected to
            path = None  # cancelled: open the demo instead
    if db is None:
        try:
            if path and not Path(path).exists() and args.db is None:
                path = None  # the last file was moved away: fall back to the demo
            if path and needs_upgrade(path) and not upgrade_file(Operations(None), path, None):
                if args.db:
                    return 1  # the file named on the command line was not upgraded
                path = None  # cancelled (the file is as it was): open the demo instead
            db = Database.open(path or demo_path(), create=bool(args.db))
        except CoreError as exc:
            QMessageBox.critical(None,
                                 QCoreApplication.translate("app", "Cannot open the database"),
                                 str(exc))
            return 1
    prefs.remember_db(db.path)  # a server's URL without its password
    app = Application(qapp, Register(db), prefs)
    app.window.show()
    if note:
        app.window.statusBar().showMessage(note, 15000)
    app.window.start_auto_backup(when_ready=True)
    if args.screenshot:
        def shoot() -> None:
            app.window.grab().save(args.screenshot)
            app.window.close()

        app.window.dashboard.loaded.connect(lambda: QTimer.singleShot(100, shoot))
    code = qapp.exec()
    finish_backups()
    return code


def finish_backups() -> None:
    """The window has closed; the process ends only once every backup under way is
    complete and checked (the closing one runs now, with no window to hold up)."""
    if backup_jobs.busy():
        log.info("finishing the backup before exiting")
    backup_jobs.wait()
