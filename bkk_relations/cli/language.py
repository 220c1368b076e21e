"""The command line's problems and errors in the user's language (``--language th``).

The sentences come from the core's one catalogue (``core.messages``); their Thai is the app's
own compiled translation, read with QtCore's ``QTranslator`` alone — no window, no
QApplication, and Qt is loaded only when a language other than English is asked for.
"""

from __future__ import annotations

from typing import Any

from ..core import dates, messages
from ..core.messages import Msg, Translate
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


class _Words:
    """The catalogue's words in one language, and dates (messages.Day) as a reader of it
    writes them: in Thai, a Thai date in the Buddhist Era ("5 เม.ย. 2555"), as the window
    and the briefing show them by default."""

    def __init__(self, catalogue: Any):
        self.catalogue = catalogue

    def __call__(self, context: str, text: str) -> str:
        return self.catalogue.translate(context, text) or text

    @staticmethod
    def show_date(iso: str) -> str:
        try:
            return dates.format_date(iso, "buddhist", "thai")
        except ValueError:
            return iso


def _translator(code: str) -> Translate | None:
    from PySide6.QtCore import QTranslator

    catalogue = QTranslator()
    if not catalogue.load(str(resource("i18n", f"bkk_relations_{code}.qm"))):
        return None
    return _Words(catalogue)


def counted(n: int, one: str, many: str) -> Msg:
    """"1 row", "3 rows": the catalogue's phrase for one, or for ``n`` (English words one
    and many apart)."""
    return Msg(one) if n == 1 else Msg(many, {"n": n})


ENGLISH = Language()
