"""One small adapter per kind of field for the record editor: the widget it shows, how a
stored value is put in it, what it shows (to tell a touched field from one left as loaded)
and the value it gives back. The kinds are the field registry's (``core/fields``)."""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from ..core import fields
from ..core.places.regions import REGIONS
from ..core.records import vocab
from . import labels
from .prefs import Prefs
from .widgets import CountryPicker, DateEdit, MultiChoice, RecordPicker, fit_combo


class NotANumber(ValueError):
    """What was typed in a number field is not a number."""


class FieldEditor:
    """A field's widget and the three things the editor asks of it."""

    widget: QWidget

    def set(self, value: object) -> None:
        raise NotImplementedError

    def state(self) -> object:
        """What the widget shows, as it shows it."""
        raise NotImplementedError

    def value(self, stored: object) -> object:
        """The value to save (``stored``: the value loaded, for what the form cannot show)."""
        raise NotImplementedError


class TextEditor(FieldEditor):
    def __init__(self, parent: QWidget, touched: Callable[..., None]):
        self.widget = w = QPlainTextEdit(parent)
        w.setTabChangesFocus(True)
        w.setMaximumHeight(90)
        w.textChanged.connect(touched)

    def set(self, value: object) -> None:
        self.widget.setPlainText(str(value or ""))

    def state(self) -> object:
        return self.widget.toPlainText()

    def value(self, stored: object) -> object:
        # The raw text keeps non-breaking spaces, which toPlainText() turns into spaces.
        return (self.widget.document().toRawText().replace("\u2029", "\n")
                .replace("\u2028", "\n"))


class BoolEditor(FieldEditor):
    def __init__(self, parent: QWidget, touched: Callable[..., None]):
        self.widget = QCheckBox(parent)
        self.widget.toggled.connect(touched)

    def set(self, value: object) -> None:
        self.widget.setChecked(bool(value))

    def state(self) -> object:
        return self.widget.isChecked()

    def value(self, stored: object) -> object:
        return self.widget.isChecked()


class ChoiceEditor(FieldEditor):
    """A value of a vocabulary, or a region: a value the list no longer has is kept."""

    def __init__(self, parent: QWidget, touched: Callable[..., None],
                 items: list[tuple[str, object]]):
        self.widget = w = QComboBox(parent)
        fit_combo(w)
        for text, data in items:
            w.addItem(text, data)
        w.currentIndexChanged.connect(touched)

    def set(self, value: object) -> None:
        w = self.widget
        index = w.findData(value)
        if index < 0 and value is not None:  # a value the vocabulary no longer has
            w.addItem(str(value), value)
            index = w.count() - 1
        w.setCurrentIndex(max(index, 0))

    def state(self) -> object:
        return self.widget.currentIndex()

    def value(self, stored: object) -> object:
        return self.widget.currentData()


class CountryEditor(FieldEditor):
    def __init__(self, parent: QWidget, touched: Callable[..., None], language: str):
        self.widget = w = CountryPicker(language, parent)
        w.changed.connect(touched)
        w.lineEdit().textEdited.connect(touched)

    def set(self, value: object) -> None:
        self.widget.set_code(value)

    def state(self) -> object:
        return self.widget.currentText()

    def value(self, stored: object) -> object:
        return self.widget.code()


class DateEditor(FieldEditor):
    def __init__(self, parent: QWidget, touched: Callable[..., None], prefs: Prefs):
        self.widget = DateEdit(prefs, parent)
        self.widget.changed.connect(touched)

    def set(self, value: object) -> None:
        self.widget.set_iso(value)

    def state(self) -> object:
        return self.widget.edit.text()

    def value(self, stored: object) -> object:
        return self.widget.iso()


class MultiEditor(FieldEditor):
    """Sectors or SDGs: several values of a list."""

    def __init__(self, parent: QWidget, touched: Callable[..., None],
                 choices: list[tuple[object, str]]):
        self.widget = MultiChoice(choices, parent)
        self.widget.changed.connect(touched)

    def set(self, value: object) -> None:
        self.widget.set_values(list(value or []))  # type: ignore[call-overload]

    def state(self) -> object:
        return tuple(self.widget.values())

    def value(self, stored: object) -> object:
        return self.widget.values()


class LinkEditor(FieldEditor):
    """Links to other records: several (partners, units) or one (partner, agreement,
    project)."""

    def __init__(self, picker: RecordPicker, touched: Callable[..., None], single: bool):
        self.widget, self.single = picker, single
        picker.changed.connect(touched)

    def set(self, value: object) -> None:
        if self.single:
            self.widget.set_ids([value] if value is not None else [])
        else:
            self.widget.set_ids(list(value or []))  # type: ignore[call-overload]

    def state(self) -> object:
        return tuple(self.widget.ids())

    def value(self, stored: object) -> object:
        ids = self.widget.ids()
        if self.single:
            return ids[0] if ids else None
        return ids


class LineEditor(FieldEditor):
    """One line of text; also tags (comma-separated) and numbers."""

    def __init__(self, parent: QWidget, touched: Callable[..., None], kind: str):
        self.widget = w = QLineEdit(parent)
        self.kind = kind
        if kind == "tags":
            w.setPlaceholderText(QCoreApplication.translate(
                "RecordEditor", "comma-separated, e.g. ASEAN, MCR2030"))
        w.textEdited.connect(touched)

    def set(self, value: object) -> None:
        if self.kind == "tags":
            self.widget.setText(", ".join(value or []))  # type: ignore[arg-type]
        else:
            self.widget.setText("" if value is None else number_text(value))

    def state(self) -> object:
        return self.widget.text()

    def value(self, stored: object) -> object:
        text = self.widget.text()
        if self.kind == "tags":
            return split_tags(text, stored or [])  # type: ignore[arg-type]
        if self.kind in ("int", "float"):
            text = text.strip().replace(",", "")
            try:
                return parse_number(text, self.kind) if text else None
            except ValueError:
                raise NotANumber(text) from None
        return text.strip()


def make_editor(kind: str, attr: str, parent: QWidget, touched: Callable[..., None],
                prefs: Prefs, picker: Callable[[str], RecordPicker]) -> FieldEditor:
    """The adapter for a field of ``kind`` (the registry's editor kind)."""
    lang = prefs.language
    if kind == "text":
        return TextEditor(parent, touched)
    if kind == "bool":
        return BoolEditor(parent, touched)
    if kind.startswith("vocab:"):
        values = getattr(vocab, kind[6:])
        items: list[tuple[str, object]] = []
        if attr == "org_type":
            items.append((QCoreApplication.translate("RecordEditor", "(not an organisation)"),
                          None))
        items += [(vocab.label(values, key, lang), key) for key in values]
        return ChoiceEditor(parent, touched, items)
    if kind == "region":
        return ChoiceEditor(parent, touched, [(QCoreApplication.translate(
            "RecordEditor", "(from the country)"), None)] + [
            (labels.region_label(region, lang), region) for region in REGIONS])
    if kind == "country":
        return CountryEditor(parent, touched, lang)
    if kind == "date":
        return DateEditor(parent, touched, prefs)
    if kind == "sectors":
        return MultiEditor(parent, touched,
                           [(k, vocab.label(vocab.SECTORS, k, lang)) for k in vocab.SECTORS])
    if kind == "sdgs":
        return MultiEditor(parent, touched, [(n, f"{n}. {vocab.label(vocab.SDGS, n, lang)}")
                                             for n in vocab.SDGS])
    if kind in fields.LINK_KINDS:
        return LinkEditor(picker(kind), touched, single=kind not in fields.LIST_LINK_KINDS)
    return LineEditor(parent, touched, kind)  # line, int, float, tags


# -- values as typed ---------------------------------------------------------------------------
def number_text(value: object) -> str:
    """A stored number as typed: every digit it has (153.0251 stays 153.0251), whole
    numbers without ".0"."""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    return str(value)


def parse_number(text: str, kind: str) -> int | float:
    """A typed number (thousands separators already removed); ValueError if it is none."""
    value = int(text) if kind == "int" else float(text)
    if not math.isfinite(value):
        raise ValueError(text)
    return value


def split_tags(text: str, known: list[str]) -> list[str]:
    """Comma-separated tags. A tag already recorded with a comma in it (from an import)
    stays whole while it is still in the text."""
    whole = []
    for tag in sorted((t for t in known if "," in t), key=len, reverse=True):
        pattern = re.compile(r"(^|,)\s*" + re.escape(tag) + r"\s*(?=,|$)")
        if pattern.search(text):
            text = pattern.sub(r"\1", text, count=1)
            whole.append(tag)
    return whole + [t.strip() for t in text.split(",") if t.strip()]
