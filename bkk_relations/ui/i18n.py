"""Loading the Thai translation of the interface."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..core import messages
from ..resources import resource
from .prefs import Prefs

_language = "en"  # the interface's language, for the core's messages


class _Words:
    """The catalogue's words through Qt's translators, and dates (messages.Day) as the user
    chose to see them: their calendar and date style."""

    def __call__(self, context: str, text: str) -> str:
        return QCoreApplication.translate(context, text)

    @staticmethod
    def show_date(iso: str) -> str:
        return Prefs().show_date(iso)


_WORDS = _Words()


def language() -> str:
    """The interface's language ("en" or "th")."""
    return _language


def say(value: object) -> str:
    """A problem, an error or a message of the core as a sentence in the interface's
    language (the core gives codes and parameters; the words are the catalogue's)."""
    return messages.render(value, _language, _WORDS)


def say_code(code: str, params: object = None) -> str:
    """The catalogue's sentence ``code`` with ``params`` in the interface's language."""
    return messages.text(code, params or {}, _language,  # type: ignore[arg-type]
                         _WORDS)

LANGUAGES = {"en": "English", "th": "ไทย"}
_installed: list[QTranslator] = []


def install_language(app: QCoreApplication, language: str) -> bool:
    """Switch the interface language; return False when the translation file is missing."""
    global _language
    _language = language
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


def counted(text: str, n: int) -> str:
    """A numerus ``tr(source, "", n)`` as shown: the catalogue has the Thai plural forms; in
    English (no catalogue) "record(s)" reads "record" or "records"."""
    if _language == "en":
        return text.replace("(s)", "" if n == 1 else "s")
    return text
