"""Connecting to the office's shared database on a PostgreSQL server.

The dialog asks for the server (host and port), the database, the user name and the
password. Host, port, database and user are remembered in the settings (as a URL without
the password); the password only ever goes to the system's password store through
``keyring`` (Windows Credential Manager, macOS Keychain, the desktop's keyring), under the
service ``bkk_relations`` and the name ``user@host:port/database``. Where the computer has no
password store, the app still connects and says the password could not be remembered.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEventLoop, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import CoreError
from ..core.storage import is_server_url, redact
from ..core.storage.database import Database
from .prefs import Prefs

log = logging.getLogger(__name__)

KEYRING_SERVICE = "bkk_relations"

# The core's reasons for not opening a server database, in the user's language (%1 is the
# server and database, %2 a detail).
SERVER_PROBLEMS = {
    "auth": QT_TRANSLATE_NOOP(
        "ServerDialog", "The server %1 refused the user name or password. Check them and "
        "try again."),
    "no_database": QT_TRANSLATE_NOOP(
        "ServerDialog", "The server has no database by that name (%1). Check the name with "
        "the office's IT person."),
    "no_role": QT_TRANSLATE_NOOP(
        "ServerDialog", "The server does not know that user name (%1). Check the name."),
    "not_allowed": QT_TRANSLATE_NOOP(
        "ServerDialog", "The server %1 does not accept connections from this computer or "
        "user; ask the office's IT person to allow it."),
    "unreachable": QT_TRANSLATE_NOOP(
        "ServerDialog", "The database server %1 cannot be reached. Check the server's name "
        "and port and that this computer is on the office network."),
    "lost": QT_TRANSLATE_NOOP(
        "ServerDialog", "The connection to the database server %1 was lost. Nothing after "
        "the last save was kept; reconnect and try again."),
    "foreign": QT_TRANSLATE_NOOP(
        "ServerDialog", "The database %1 holds another application's tables; it was not "
        "changed."),
    "newer": QT_TRANSLATE_NOOP(
        "ServerDialog", "The database %1 was written by a newer version of bkk_relations "
        "(schema %2). Update the app to use it; nothing was changed."),
    "upgrade_read_only": QT_TRANSLATE_NOOP(
        "ServerDialog", "The database %1 needs upgrading to this version of the app, and "
        "your login may only read; ask an editor to open it first."),
    "cannot_set_up": QT_TRANSLATE_NOOP(
        "ServerDialog", "Your login cannot set up the database %1; ask the office's IT "
        "person to set it up."),
    "other": QT_TRANSLATE_NOOP(
        "ServerDialog", "Could not connect to the database server %1: %2"),
}


def problem_text(exc: Exception) -> str:
    """Why a server database could not be opened, in the user's language where the core
    gave its reason."""
    reason = getattr(exc, "reason", None)
    if reason not in SERVER_PROBLEMS:
        return redact(str(exc))
    text = QCoreApplication.translate("ServerDialog", SERVER_PROBLEMS[reason])
    return text.replace("%1", exc.where).replace("%2", exc.detail)
DEFAULT_PORT = 5432


@dataclass
class ServerParams:
    """Where a server database is: everything in its URL but the password. ``options`` is
    the URL's query as given (a search_path, sslmode...), kept when the URL is rebuilt."""

    host: str = ""
    port: int = DEFAULT_PORT
    database: str = ""
    user: str = ""
    options: str = ""

    def key(self) -> str:
        """The name the password is kept under in the password store (also shown to people:
        it holds no secret)."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def url(self, password: str | None = None) -> str:
        login = quote(self.user, safe="")
        if password:
            login += ":" + quote(password, safe="")
        host = f"[{self.host}]" if ":" in self.host else self.host
        query = f"?{self.options}" if self.options else ""
        return f"postgresql://{login}@{host}:{self.port}/{quote(self.database, safe='')}{query}"

    @classmethod
    def from_url(cls, url: str | None) -> tuple[ServerParams, str | None]:
        """The parts of a server URL, and its password if it has one (None otherwise)."""
        if not url or not is_server_url(url):
            return cls(), None
        parts = urlsplit(url)
        try:
            port = parts.port or DEFAULT_PORT
        except ValueError:
            port = DEFAULT_PORT
        password = unquote(parts.password) if parts.password is not None else None
        pairs = parse_qsl(parts.query, keep_blank_values=True)
        kept = [(k, v) for k, v in pairs if k.lower() != "password"]
        if len(kept) != len(pairs):
            password = password or next(v for k, v in pairs if k.lower() == "password")
            options = urlencode(kept)
        else:
            options = parts.query
        return cls(host=parts.hostname or "", port=port,
                   database=unquote(parts.path.lstrip("/")),
                   user=unquote(parts.username or ""), options=options), password


def display_name(target: str) -> str:
    """A server database as people read it: ``user@host:port/database``."""
    return ServerParams.from_url(target)[0].key()


# -- the password store -----------------------------------------------------------------------
def _problem(exc: Exception) -> str:
    return str(exc).strip() or type(exc).__name__


def keyring_get(key: str) -> tuple[str | None, str | None]:
    """The password kept for ``key`` (or None), and what went wrong reading the store."""
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, key), None
    except Exception as exc:  # no backend (NoKeyringError), a locked store, no package
        log.info("no password from the password store: %s", _problem(exc))
        return None, _problem(exc)


def keyring_set(key: str, password: str) -> str | None:
    """Keep the password; return what went wrong, or None."""
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, key, password)
    except Exception as exc:  # as above: connecting goes on, the user is told
        log.info("the password could not be remembered: %s", _problem(exc))
        return _problem(exc)
    return None


def keyring_forget(key: str) -> None:
    try:
        import keyring

        keyring.delete_password(KEYRING_SERVICE, key)
    except Exception:  # nothing kept, or no store at all: nothing to forget
        pass


@contextmanager
def wait_cursor() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.WaitCursor)
    QApplication.processEvents(QEventLoop.ExcludeUserInputEvents)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def open_saved(url: str) -> tuple[Database | None, str | None]:
    """Open a remembered server without asking: with the URL's own password, or the one in
    the password store. Returns the database, or None and why it failed (None when there is
    simply no password to try, so the user must be asked)."""
    params, password = ServerParams.from_url(url)
    target = url
    if password is None:
        password, _problem_text = keyring_get(params.key())
        if password is None:
            return None, None
        target = params.url(password)
    with wait_cursor():
        try:
            return Database.open(target), None
        except CoreError as exc:
            return None, problem_text(exc)


def connect_at_start(prefs: Prefs, url: str, parent: QWidget | None = None
                     ) -> tuple[Database | None, str]:
    """The last server at start-up: opened with the saved password, or else the Connect
    dialog pre-filled (with the reason when connecting failed). Returns the database (None
    when the user cancelled) and a note to show once the window is up."""
    db, problem = open_saved(url)
    if db is not None:
        return db, ""
    dialog = ServerDialog(prefs, parent, initial=url, message=problem)
    if dialog.exec() == QDialog.Accepted and dialog.db is not None:
        return dialog.db, dialog.note
    return None, ""


# -- the dialog ---------------------------------------------------------------------------------
class ServerDialog(QDialog):
    """File ▸ Connect to server…: on Connect it opens the database (showing why, in the dialog,
    when it cannot) and emits ``connected`` with it; ``note`` then holds anything to tell the
    user (the password could not be remembered)."""

    connected = Signal(object)

    def __init__(self, prefs: Prefs, parent: QWidget | None = None, *,
                 initial: str | None = None, message: str | None = None):
        super().__init__(parent)
        self.setObjectName("server_dialog")
        self.prefs = prefs
        self.db: Database | None = None
        self.note = ""
        self.setWindowTitle(self.tr("Connect to a database server"))
        params, password = ServerParams.from_url(initial or prefs.last_server)
        self.options = params.options

        intro = QLabel(self.tr("Open the office's shared database on its PostgreSQL server. "
                               "The office's IT person gives you these details."), self)
        intro.setWordWrap(True)
        self.host = QLineEdit(params.host, self)
        self.host.setObjectName("server_host")
        self.host.setPlaceholderText(self.tr("e.g. db.office.local or 10.0.0.5"))
        self.port = QSpinBox(self)
        self.port.setObjectName("server_port")
        self.port.setRange(1, 65535)
        self.port.setValue(params.port)
        self.database = QLineEdit(params.database, self)
        self.database.setObjectName("server_database")
        self.user = QLineEdit(params.user, self)
        self.user.setObjectName("server_user")
        self.password = QLineEdit(self)
        self.password.setObjectName("server_password")
        self.password.setEchoMode(QLineEdit.Password)
        self.remember = QCheckBox(self.tr("&Remember the password on this computer"), self)
        self.remember.setObjectName("server_remember")
        self.remember.setToolTip(self.tr("Kept in the system's password store (Windows "
                                         "Credential Manager, macOS Keychain or the desktop's "
                                         "keyring), never in a settings file"))
        self.remember.setChecked(prefs.remember_password)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Server"), self.host)
        form.addRow(self.tr("P&ort"), self.port)
        form.addRow(self.tr("&Database"), self.database)
        form.addRow(self.tr("&User name"), self.user)
        form.addRow(self.tr("&Password"), self.password)
        form.addRow("", self.remember)
        self.options_label = QLabel(self)
        self.options_label.setObjectName("server_options")
        self.options_label.setWordWrap(True)
        self.options_label.setStyleSheet("color: palette(mid);")
        self.options_label.setText(self.tr("Connection options kept: %1")
                                   .replace("%1", unquote(self.options)))
        self.options_label.setVisible(bool(self.options))
        self.note_label = QLabel(self)
        self.note_label.setObjectName("server_note")
        self.note_label.setWordWrap(True)
        self.note_label.hide()
        self.error = QLabel(self)
        self.error.setObjectName("server_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.error.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.connect_button = self.buttons.button(QDialogButtonBox.Ok)
        self.connect_button.setText(self.tr("&Connect"))
        self.buttons.accepted.connect(self.try_connect)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.options_label)
        layout.addWidget(self.note_label)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

        if password is None and params.user and params.host:
            password, problem = keyring_get(params.key())
            if problem is not None:
                self.show_note(self.tr("Saved passwords cannot be read on this computer; "
                                       "type the password."))
        if password:
            self.password.setText(password)
        if message:
            self.show_error(message)
        for field in (self.host, self.database, self.user, self.password):
            if not field.text():
                field.setFocus()
                break
        else:
            self.connect_button.setFocus()

    # -- what was typed -----------------------------------------------------------------------
    def params(self) -> ServerParams:
        return ServerParams(host=self.host.text().strip(), port=self.port.value(),
                            database=self.database.text().strip(),
                            user=self.user.text().strip(), options=self.options)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def show_note(self, text: str) -> None:
        self.note_label.setText(text)
        self.note_label.setVisible(bool(text))

    def _missing(self, params: ServerParams) -> tuple[str, QLineEdit] | None:
        if not params.host:
            return self.tr("Type the server's name or address."), self.host
        if not params.database:
            return self.tr("Type the name of the database."), self.database
        if not params.user:
            return self.tr("Type your user name."), self.user
        return None

    # -- connecting ---------------------------------------------------------------------------
    def try_connect(self) -> bool:
        """Open the database; on failure say why here and stay open, on success emit
        ``connected`` and close."""
        params = self.params()
        missing = self._missing(params)
        if missing is not None:
            self.show_error(missing[0])
            missing[1].setFocus()
            return False
        password = self.password.text()
        self.show_error("")
        self.connect_button.setEnabled(False)
        try:
            with wait_cursor():
                db = Database.open(params.url(password or None))
        except CoreError as exc:
            self.show_error(problem_text(exc))
            return False
        except Exception as exc:  # anything else the driver says: shown, never a crash
            log.warning("connecting to %s failed", params.key(), exc_info=True)
            self.show_error(self.tr("Could not open the database: %1")
                            .replace("%1", redact(str(exc))))
            return False
        finally:
            self.connect_button.setEnabled(True)
        self.db = db
        self.note = self._keep_password(params, password)
        self.prefs.last_server = params.url()
        self.prefs.remember_password = self.remember.isChecked()
        self.connected.emit(db)
        self.accept()
        return True

    def _keep_password(self, params: ServerParams, password: str) -> str:
        if not self.remember.isChecked() or not password:
            keyring_forget(params.key())
            return ""
        if keyring_set(params.key(), password) is not None:
            return self.tr("Connected. The password could not be remembered: this computer "
                           "has no password store. You will be asked for it next time.")
        return ""
