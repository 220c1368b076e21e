"""Register the bundled fonts (Noto Sans + Noto Sans Thai) with Qt and matplotlib, so Thai
renders on machines that have no Thai font installed."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from ..resources import resource

LATIN_FAMILY = "Noto Sans"
THAI_FAMILY = "Noto Sans Thai"


def register_fonts(app: QApplication) -> list[str]:
    """Add the bundled fonts, make them the application font; return the families loaded."""
    families: list[str] = []
    for file in sorted(resource("fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(file))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    if LATIN_FAMILY in families:
        QFont.insertSubstitution(LATIN_FAMILY, THAI_FAMILY)
        font = QFont(LATIN_FAMILY, app.font().pointSize())
        font.setFamilies([LATIN_FAMILY, THAI_FAMILY])
        app.setFont(font)
    register_matplotlib_fonts()
    return sorted(set(families))


def register_matplotlib_fonts() -> None:
    from matplotlib import font_manager, rcParams

    for file in sorted(resource("fonts").glob("*.ttf")):
        font_manager.fontManager.addfont(str(file))
    rcParams["font.family"] = [LATIN_FAMILY, THAI_FAMILY, "DejaVu Sans"]
