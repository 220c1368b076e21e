"""What every picture-making script starts with: a throw-away settings and data folder, the
app's QApplication (fonts, translations) and a fresh demo register."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def start(prefix: str) -> tuple[object, Path, Path]:
    """(the QApplication, a temporary folder, the demo register's path in it)."""
    tmp = Path(tempfile.mkdtemp(prefix=prefix))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
    os.environ["XDG_DATA_HOME"] = str(tmp / "data")
    from PySide6.QtCore import QSettings

    from bkk_relations.core.sample.demo import create_demo_database
    from bkk_relations.ui.app import setup_application

    app = setup_application()
    QSettings.setDefaultFormat(QSettings.IniFormat)
    db_path = tmp / "bangkok-demo.db"
    create_demo_database(db_path)
    return app, tmp, db_path
