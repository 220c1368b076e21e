"""Starting the desktop application."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import APP_NAME, ORG_NAME
from ..core.database import Database
from ..core.demo import create_demo_database
from ..core.errors import CoreError
from .fonts import register_fonts
from .i18n import install_language
from .main_window import MainWindow
from .prefs import Prefs


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
                        help="database file to open (default: the last one, or the demo)")
    parser.add_argument("--language", choices=["en", "th"], help="interface language")
    parser.add_argument("--calendar", choices=["gregorian", "buddhist"], help="calendar")
    parser.add_argument("--screenshot", metavar="PNG",
                        help="save a picture of the main window once it is filled, and exit")
    return parser.parse_args(argv)


class Application:
    """The running app: one database, one main window (rebuilt when the language changes)."""

    def __init__(self, qapp: QApplication, db: Database, prefs: Prefs):
        self.qapp, self.db, self.prefs = qapp, db, prefs
        self.window = self._make_window()

    def _make_window(self) -> MainWindow:
        window = MainWindow(self.db, self.prefs)
        window.relaunch.connect(self.relaunch)
        return window

    def relaunch(self) -> None:
        old = self.window
        old._keep_db_open = True
        install_language(self.qapp, self.prefs.language)
        db = old.db
        old.close()
        self.db = db
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
    prefs = Prefs()
    if args.language:
        prefs.language = args.language
    if args.calendar:
        prefs.calendar = args.calendar
    install_language(qapp, prefs.language)
    path = args.db or prefs.last_db
    try:
        if path and not Path(path).exists() and args.db is None:
            path = None  # the last file was moved away: fall back to the demo
        db = Database.open(path or demo_path(), create=bool(args.db))
    except CoreError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("app", "Cannot open the database"),
                             str(exc))
        return 1
    prefs.remember_db(db.path)
    app = Application(qapp, db, prefs)
    app.window.show()
    if args.screenshot:
        def shoot() -> None:
            app.window.grab().save(args.screenshot)
            app.window.close()

        app.window.dashboard.loaded.connect(lambda: QTimer.singleShot(100, shoot))
    return qapp.exec()
