"""The Connect to server dialog never shows a password, whatever the driver says."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from bkk_relations.core.errors import CoreError
from bkk_relations.core.storage.database import Database
from bkk_relations.ui.prefs import Prefs
from bkk_relations.ui.server_dialog import ServerDialog

SECRET = "Dialog-Secret-9"


@pytest.mark.parametrize("error", [RuntimeError, CoreError])
def test_a_failed_connection_is_explained_without_the_password(qtbot, tmp_path, monkeypatch,
                                                               error):
    def refuse(url: str, **_kw: object) -> Database:  # a driver that quotes what it was given
        raise error(f"invalid connection string {url} (host=db password={SECRET})")

    monkeypatch.setattr(Database, "open", staticmethod(refuse))
    dialog = ServerDialog(Prefs(QSettings(str(tmp_path / "prefs.ini"), QSettings.IniFormat)))
    qtbot.addWidget(dialog)
    dialog.host.setText("db.office.local")
    dialog.database.setText("register")
    dialog.user.setText("somchai")
    dialog.password.setText(SECRET)
    assert not dialog.try_connect()
    shown = dialog.error.text()
    assert "postgresql://somchai@db.office.local:5432/register" in shown
    assert SECRET not in shown and SECRET not in dialog.windowTitle()
