"""Messages as data: a problem or an error carries a code and its parameters; its sentence is
declared once, in English, in ``catalogue.py``, and turned into the reader's language only
where it is shown (the app's window, the command line).

The English templates are wrapped in ``QT_TRANSLATE_NOOP("messages", …)`` so that Qt's
``pyside6-lupdate`` finds them and the one Thai catalogue of the app
(``resources/i18n/bkk_relations_th.ts``) holds their translations; the core itself imports no
Qt: a caller hands :func:`render` the translate function it has (the app passes
``QCoreApplication.translate``, the command line a ``QTranslator``'s).

Parameters are plain values, or values that read differently per language: :class:`Msg` (a
phrase of the catalogue, e.g. "partner kind" or "column B"), :class:`FieldName` (a field's
title from the field registry), :class:`Choices` (the labels of a vocabulary),
:class:`Joined` (several of these in a row), :class:`Day` (a date, in the reader's
calendar when the edge says how it shows dates), or anything with a ``text(language, translate)``
method (a problem, an error).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from .. import fields
from ..places.regions import REGION_TH, REGIONS
from ..records import vocab
from .catalogue import MESSAGES

CONTEXT = "messages"
_CODE = re.compile(r"[a-z_]+(\.[a-z_/:]+)+")  # "import.row", "setting.backup/daily"
_NAMESPACES = frozenset(code.split(".", 1)[0] for code in MESSAGES)
Translate = Callable[[str, str], str]  # (context, English source) → translation ("" if none)

__all__ = ["CONTEXT", "MESSAGES", "Choices", "Day", "FieldName", "Joined", "Label", "Msg", "Name",
           "Translate", "english", "known", "render", "text"]


@dataclass(frozen=True)
class Msg:
    """A sentence or phrase of the catalogue by its code, with its parameters."""

    code: str
    params: Mapping[str, object] = field(default_factory=dict, hash=False)

    def __str__(self) -> str:
        return text(self.code, self.params)


@dataclass(frozen=True)
class FieldName:
    """A field of a kind of record, named by its column title in the reader's language."""

    entity: str
    key: str

    def __str__(self) -> str:
        return render(self)


@dataclass(frozen=True)
class Choices:
    """The labels of a vocabulary (records.vocab, or "REGIONS"), joined by ``sep``."""

    vocab: str
    sep: str = "; "

    def __str__(self) -> str:
        return render(self)


@dataclass(frozen=True)
class Label:
    """One value of a vocabulary (records.vocab), by its label in the reader's language."""

    vocab: str
    key: str

    def __str__(self) -> str:
        return render(self)


@dataclass(frozen=True)
class Joined:
    """Several parameters in a row, joined by ``sep`` (itself text, or a Msg such as " and
    ")."""

    items: tuple[object, ...]
    sep: object = "; "

    def __str__(self) -> str:
        return render(self)


@dataclass(frozen=True)
class Day:
    """A date (ISO, or partial: "2011", "2011-05") shown in the reader's calendar and date
    style: the edge's ``translate`` may carry a ``show_date(iso) -> str``; without one
    (the command line, logs) the date reads as stored."""

    iso: str

    def __str__(self) -> str:
        return self.iso


@dataclass(frozen=True)
class Name:
    """A record's name or title, read in the reader's language: its Thai one in Thai where
    it has one, the English one otherwise (``suffix`` follows either: " [12]")."""

    en: str
    th: str | None = None
    suffix: str = ""

    def shown(self, language: str) -> str:
        return (self.th if language == "th" and self.th else self.en) + self.suffix

    def __str__(self) -> str:
        return self.shown("en")


def known(code: str) -> bool:
    return code in MESSAGES


def _translated(template: str, language: str, translate: Translate | None) -> str:
    if language == "en" or translate is None:
        return template
    return translate(CONTEXT, template) or template


def _value(value: object, language: str, translate: Translate | None) -> object:
    if isinstance(value, Msg):
        return text(value.code, value.params, language, translate)
    if isinstance(value, FieldName):
        try:
            return fields.title(value.entity, value.key, language)
        except KeyError:
            return value.key
    if isinstance(value, Choices):
        return value.sep.join(_labels(value.vocab, language))
    if isinstance(value, Label):
        pair = getattr(vocab, value.vocab).get(value.key)
        return value.key if pair is None else pair[1] if language == "th" else pair[0]
    if isinstance(value, Name):
        return value.shown(language)
    if isinstance(value, Day):
        show = getattr(translate, "show_date", None)
        return show(value.iso) if callable(show) else value.iso
    if isinstance(value, Joined):
        sep = str(_value(value.sep, language, translate))
        return sep.join(str(_value(v, language, translate)) for v in value.items)
    show = getattr(value, "text", None)
    if callable(show) and not isinstance(value, str):  # a Problem, a CoreError
        return show(language, translate)
    return value


def _labels(name: str, language: str) -> list[str]:
    if name == "REGIONS":
        return [REGION_TH.get(r, r) if language == "th" else r for r in REGIONS]
    return [pair[1] if language == "th" else pair[0] for pair in getattr(vocab, name).values()]


def text(code: str, params: Mapping[str, object] | None = None, language: str = "en",
         translate: Translate | None = None) -> str:
    """The sentence of ``code`` with ``params``, in ``language`` ("en" or "th") through
    ``translate``. A code the catalogue does not hold is a sentence already written (kept
    as it is, e.g. a message from a library)."""
    template = MESSAGES.get(code)
    if template is None:
        if _CODE.fullmatch(code) and code.split(".", 1)[0] in _NAMESPACES:
            # a code missing from the catalogue is a mistake: said loudly, never shown as is
            raise KeyError(f"no message {code!r} in core/messages/catalogue.py")
        return code
    values = {k: _value(v, language, translate) for k, v in (params or {}).items()}
    try:
        return _translated(template, language, translate).format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that lost a parameter
        return template.format(**values)


def english(code: str, params: Mapping[str, object] | None = None) -> str:
    """The English sentence (logs, the exceptions' own text, tests)."""
    return text(code, params)


def render(value: object, language: str = "en", translate: Translate | None = None) -> str:
    """Anything that carries a message (a Problem, a RowProblem, a CoreError with a code, a
    Msg, a FieldName) as text in ``language``; anything else as ``str()`` gives it."""
    return str(_value(value, language, translate))
