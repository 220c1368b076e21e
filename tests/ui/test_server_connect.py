"""File ▸ Connect to server…: the office's shared database on a PostgreSQL server, the
password kept in the system's password store (never in the settings), wrong or unreachable
servers explained in the dialog, and a read-only login shown as read-only."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordDeleteError
from pg_support import PORT
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from bkk_relations.core.records.models import Partner
from bkk_relations.core.records.repository import Repository
from bkk_relations.core.storage import redact
from bkk_relations.core.storage.database import Database
from bkk_relations.ui.editor import RecordEditor
from bkk_relations.ui.i18n import install_language
from bkk_relations.ui.main_window import MainWindow
from bkk_relations.ui.server_dialog import (
    KEYRING_SERVICE,
    ServerDialog,
    ServerParams,
    connect_at_start,
)

from .helpers import go_to, row_labels

EDITOR_LOGIN = "bkk_gui_editor"
EDITOR_PASSWORD = "Gui-Editor pw/7@x:%"  # characters a URL must quote
READER_LOGIN = "bkk_gui_reader"
READER_PASSWORD = "Gui-Reader-pw-5"


class MemoryKeyring(KeyringBackend):
    """A password store kept in a dict, so the tests never touch the machine's own."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.store.pop((service, username), None) is None:
            raise PasswordDeleteError("not kept")


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # raises NoKeyringError, as on a bare Linux box
    yield
    keyring.set_keyring(before)


def _schema(url: str) -> str:
    return url.rsplit("search_path%3D", 1)[-1].split("%2C", 1)[0]


@pytest.fixture
def server_db(pg_url: str) -> str:
    """A bkk_relations database on the test server holding one partner (made by the core,
    as another officer would), returned as its admin URL."""
    with Database.open(pg_url) as db:
        Repository(db, user="tester").create(Partner(name_en="Test City of Osaka",
                                                     country="JP"))
    return pg_url


@pytest.fixture
def editor_url(pg_server, server_db: str) -> str:
    """The same database for an editor login (member of the owner role), without password."""
    pg_server.role(EDITOR_LOGIN, EDITOR_PASSWORD, member_of="bkk_admin")
    params, _ = ServerParams.from_url(server_db)
    params.user = EDITOR_LOGIN
    return params.url()


@pytest.fixture
def reader_url(pg_server, server_db: str) -> str:
    """The same database for a login that may only read (SELECT only), without password."""
    pg_server.role(READER_LOGIN, READER_PASSWORD)
    schema = _schema(server_db)
    pg_server.conn.execute(f"GRANT USAGE ON SCHEMA {schema} TO {READER_LOGIN}")
    pg_server.conn.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {READER_LOGIN}")
    params, _ = ServerParams.from_url(server_db)
    params.user = READER_LOGIN
    return params.url()


def _dialog(window: MainWindow, url: str, password: str) -> ServerDialog:
    window.prefs.last_server = url
    dialog = window.connect_to_server()
    assert dialog.isVisible()
    dialog.password.setText(password)
    return dialog


def _settings_text() -> str:
    s = QSettings()
    s.sync()
    values = " ".join(f"{k}={s.value(k)!r}" for k in s.allKeys())
    return values + Path(s.fileName()).read_text(encoding="utf-8", errors="replace")


def test_the_file_menu_offers_connect_to_server(window):
    menus = window.menuBar().actions()
    file_menu = menus[0].menu()
    assert window.act_connect in file_menu.actions()
    assert window.act_connect.isEnabled()


def test_connecting_opens_the_server_database_in_the_window(window, qtbot, editor_url,
                                                            memory_keyring):
    dialog = _dialog(window, editor_url, EDITOR_PASSWORD)
    assert dialog.host.text() == "127.0.0.1"
    assert dialog.port.value() == int(PORT)
    assert dialog.user.text() == EDITOR_LOGIN
    qtbot.mouseClick(dialog.connect_button, Qt.LeftButton)
    assert not dialog.isVisible()
    assert window.reg.is_server and not window.reg.read_only
    assert window.reg.db.login == EDITOR_LOGIN
    page = go_to(window, "partner")
    assert row_labels(page) == ["Test City of Osaka"]
    assert f"{EDITOR_LOGIN}@127.0.0.1:{PORT}/" in window.windowTitle()
    assert "read-only" not in window.windowTitle()
    assert window.act_new.isEnabled() and window.act_import.isEnabled()
    assert not window.status_ro.isVisibleTo(window)
    assert not window.auto_backup_enabled()  # the server's backups are the IT person's job


def test_the_password_goes_to_the_password_store_never_to_the_settings(
        window, qtbot, editor_url, memory_keyring):
    dialog = _dialog(window, editor_url, EDITOR_PASSWORD)
    assert dialog.remember.isChecked()
    assert dialog.try_connect()
    key = f"{EDITOR_LOGIN}@127.0.0.1:{PORT}/{dialog.database.text()}"
    assert memory_keyring.store == {(KEYRING_SERVICE, key): EDITOR_PASSWORD}
    settings = _settings_text()
    assert EDITOR_LOGIN in settings  # the server is remembered...
    for secret in (EDITOR_PASSWORD, "Gui-Editor", "Gui-Editor%20pw"):
        assert secret not in settings  # ...its password is not
    assert window.prefs.last_db == redact(window.reg.target)
    assert all("Gui-Editor" not in p for p in window.prefs.recent())

    # Reopening the last server (File > Open recent, or at start-up) asks for nothing.
    assert window.switch_database(window.prefs.last_db)
    assert window.reg.is_server
    db, note = connect_at_start(window.prefs, window.prefs.last_db)
    assert db is not None and db.login == EDITOR_LOGIN and note == ""
    db.close()


def test_without_a_saved_password_the_dialog_is_shown_prefilled(window, qtbot, editor_url,
                                                               memory_keyring):
    before = window.reg.path
    assert not window.switch_database(editor_url)
    dialog = window.server_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.user.text() == EDITOR_LOGIN and dialog.host.text() == "127.0.0.1"
    assert dialog.password.text() == ""
    assert window.reg.path == before
    dialog.password.setText(EDITOR_PASSWORD)
    dialog.remember.setChecked(False)
    assert dialog.try_connect()
    assert window.reg.is_server
    assert memory_keyring.store == {}  # not asked to remember


def test_a_wrong_password_is_explained_in_the_dialog_which_stays_open(window, qtbot,
                                                                     editor_url,
                                                                     memory_keyring):
    before = window.reg.path
    dialog = _dialog(window, editor_url, "not the password")
    qtbot.mouseClick(dialog.connect_button, Qt.LeftButton)
    assert dialog.isVisible()
    assert dialog.error.isVisibleTo(dialog)
    assert "refused the user name or password" in dialog.error.text()
    assert "not the password" not in dialog.error.text()
    assert window.reg.path == before and not window.reg.is_server
    assert memory_keyring.store == {}
    assert QApplication.overrideCursor() is None
    # the user corrects the password and connects from the same dialog
    dialog.password.setText(EDITOR_PASSWORD)
    qtbot.mouseClick(dialog.connect_button, Qt.LeftButton)
    assert not dialog.isVisible() and window.reg.is_server


def test_an_unreachable_server_is_explained(window, qtbot, memory_keyring):
    window.prefs.last_server = "postgresql://someone@127.0.0.1:1/relations"
    dialog = window.connect_to_server()
    dialog.password.setText("pw")
    assert not dialog.try_connect()
    assert dialog.isVisible()
    assert "cannot be reached" in dialog.error.text()
    assert not window.reg.is_server


def test_missing_fields_are_asked_for(window, memory_keyring):
    dialog = window.connect_to_server()
    dialog.host.setText("db.office.local")
    assert not dialog.try_connect()
    assert "name of the database" in dialog.error.text()


def test_without_a_password_store_it_connects_and_says_so(window, qtbot, editor_url,
                                                          no_keyring):
    dialog = _dialog(window, editor_url, EDITOR_PASSWORD)
    assert dialog.try_connect()
    assert window.reg.is_server
    assert "could not be remembered" in window.statusBar().currentMessage()
    assert EDITOR_PASSWORD not in _settings_text()


def test_a_read_only_login_is_shown_read_only(window, qtbot, reader_url, memory_keyring):
    dialog = _dialog(window, reader_url, READER_PASSWORD)
    assert dialog.try_connect(), dialog.error.text()
    assert window.reg.read_only and window.reg.db.login == READER_LOGIN
    assert "read-only" in window.windowTitle()
    assert "read-only" in window.status_db.text()
    assert window.status_ro.isVisibleTo(window)
    page = go_to(window, "partner")
    assert row_labels(page) == ["Test City of Osaka"]
    page.view.setCurrentIndex(page.model.index(0, 0))
    for act in (window.act_new, window.act_edit, window.act_delete, window.act_attach,
                window.act_import, window.act_undo_import, window.act_restore,
                window.act_undo):
        assert not act.isEnabled(), act.text()
    assert not window.trash_page.restore_button.isEnabled()
    assert not window.trash_page.purge_button.isEnabled()
    # managers review and export: those stay
    for act in (window.act_export, window.act_reports, window.act_find, window.act_refresh):
        assert act.isEnabled(), act.text()
    # a record opens to be read; it cannot be saved
    editor = window.edit_record("partner", page.current_id())
    assert isinstance(editor, RecordEditor) and editor.read_only
    assert not editor.buttons.button(editor.buttons.StandardButton.Save).isEnabled()
    assert editor.save() is False
    editor.reject()
    window.delete_current()  # the Del key does nothing
    assert row_labels(page) == ["Test City of Osaka"]


def test_a_read_only_login_can_export_the_list(window, qtbot, reader_url, memory_keyring,
                                               tmp_path):
    dialog = _dialog(window, reader_url, READER_PASSWORD)
    assert dialog.try_connect(), dialog.error.text()
    from bkk_relations.ui.export_actions import export_list_page

    page = go_to(window, "partner")
    out = tmp_path / "partners.csv"
    result = export_list_page(window, page, window.session, window.prefs, str(out))
    assert result is not None and result.rows == 1
    assert "Test City of Osaka" in out.read_text(encoding="utf-8-sig")


@pytest.mark.parametrize("language", ["en", "th"])
def test_the_connect_dialog_fits_its_text(window, qtbot, qapp, memory_keyring, language,
                                          tmp_path):
    install_language(qapp, language)
    window.prefs.last_server = "postgresql://somchai@db.office.local:5432/bkk_relations"
    dialog = ServerDialog(window.prefs, window,
                          message="The server db.office.local:5432 refused the user name or "
                                  "password. Check them and try again." if language == "en"
                          else None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait(50)
    assert dialog.sizeHint().width() <= dialog.width()
    assert dialog.sizeHint().height() <= dialog.height()
    assert dialog.grab().save(str(tmp_path / f"server_connect_{language}.png"))
    if language == "th":
        assert dialog.windowTitle() != "Connect to a database server"


def test_another_officers_save_on_the_server_appears_in_the_open_window(
        window, qtbot, editor_url, memory_keyring, server_db):
    dialog = _dialog(window, editor_url, EDITOR_PASSWORD)
    assert dialog.try_connect()
    page = go_to(window, "partner")
    with Database.open(server_db) as other:  # another officer, on another computer
        Repository(other, user="malee").create(Partner(name_en="Added by Malee", country="FR"))
    window._check_for_changes()
    assert "Added by Malee" in row_labels(page)
    assert "another user" in window.statusBar().currentMessage()


def test_connection_problems_are_told_in_thai_when_the_app_is_in_thai(window, qtbot, qapp,
                                                                      editor_url,
                                                                      memory_keyring):
    install_language(qapp, "th")
    try:
        dialog = _dialog(window, editor_url, "not the password")
        assert not dialog.try_connect()
        text = dialog.error.text()
        assert "ไม่ยอมรับชื่อผู้ใช้หรือรหัสผ่าน" in text
        assert f"{EDITOR_LOGIN}@127.0.0.1:{PORT}" in text and "not the password" not in text
    finally:
        install_language(qapp, "en")
