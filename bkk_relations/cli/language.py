"""The command line's problems and errors in the user's language (``--language th``).

The sentences come from the core's one catalogue (``core.messages``); their Thai is the app's
own compiled translation, read with QtCore's ``QTranslator`` alone — no window, no
QApplication, and Qt is loaded only when a language other than English is asked for.
"""

from __future__ import annotations

from ..core import messages
from ..core.messages import Translate
from ..resources import resource

LANGUAGES = ("en", "th")


class Language:
    """How one run of the command line words what the core reports."""

    def __init__(self, code: str = "en"):
        self.code = code
        self.translate: Translate | None = None
        if code != "en":
            self.translate = _translator(code)
            if self.translate is None:  # no catalogue for it: English rather than nothing
                self.code = "en"

    def __call__(self, value: object) -> str:
        """A problem, an error or a message in this language (anything else as str)."""
        return messages.render(value, self.code, self.translate)


def _translator(code: str) -> Translate | None:
    from PySide6.QtCore import QTranslator

    catalogue = QTranslator()
    if not catalogue.load(str(resource("i18n", f"bkk_relations_{code}.qm"))):
        return None

    def translate(context: str, text: str) -> str:
        return catalogue.translate(context, text) or text

    return translate


ENGLISH = Language()
