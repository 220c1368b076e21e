"""Loading the Thai translation of the interface."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..resources import resource

LANGUAGES = {"en": "English", "th": "ไทย"}
_installed: list[QTranslator] = []


def install_language(app: QCoreApplication, language: str) -> bool:
    """Switch the interface language; return False when the translation file is missing."""
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    if language == "en":
        return True
    ours = QTranslator(app)
    ok = ours.load(str(resource("i18n", f"bkk_relations_{language}.qm")))
    if ok:
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return ok
