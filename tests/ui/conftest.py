"""Fixtures for the Qt tests: settings kept in a temporary folder, the bundled fonts
registered, and a main window on a fresh copy of the demo database."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402

from bkk_relations.core.register import Register  # noqa: E402
from bkk_relations.core.sample.demo import create_demo_database  # noqa: E402
from bkk_relations.ui.fonts import register_fonts  # noqa: E402
from bkk_relations.ui.i18n import install_language  # noqa: E402
from bkk_relations.ui.main_window import MainWindow  # noqa: E402
from bkk_relations.ui.prefs import Prefs  # noqa: E402


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    return ["bkk_relations-tests"]


@pytest.fixture(scope="session", autouse=True)
def _app_setup(qapp, tmp_path_factory: pytest.TempPathFactory) -> None:
    QCoreApplication.setOrganizationName("bkk_relations-tests")
    QCoreApplication.setApplicationName("bkk_relations-tests")
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope,
                      str(tmp_path_factory.mktemp("settings")))
    register_fonts(qapp)


@pytest.fixture(autouse=True)
def _clean_settings(qapp) -> Iterator[None]:
    QSettings().clear()
    QSettings().setValue("backup/auto", False)  # tests that want backups turn them on
    install_language(qapp, "en")
    yield
    install_language(qapp, "en")


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo-template") / "demo.db"
    create_demo_database(path)
    return path


@pytest.fixture
def demo_copy(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.db"
    shutil.copy(demo_template, path)
    return path


@pytest.fixture
def prefs() -> Prefs:
    return Prefs()


@pytest.fixture
def window(qtbot, demo_copy: Path, prefs: Prefs) -> Iterator[MainWindow]:
    win = MainWindow(Register.open(demo_copy), prefs)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.dashboard.data is not None, timeout=10_000)
    yield win
    win.session.operations.wait()
