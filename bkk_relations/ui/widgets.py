"""Form widgets the editors share: country picker, calendar-aware date field, multi-choice
lists and pickers for linked records."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QDate, QLocale, QPoint, QRect, QStringListModel, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core import dates
from ..core.dates import BE_OFFSET
from ..core.places import countries
from .prefs import Prefs


def fit_combo(combo: QComboBox, chars: int = 16) -> None:
    """A combo box that does not ask for its longest item's width (which pushed forms
    wider than a laptop's screen and hid the arrow); its list opens as wide as needed."""
    combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    combo.view().setTextElideMode(Qt.ElideNone)


def fit_on_screen(widget: QWidget, rect: QRect) -> QRect:
    """``rect`` moved (never beyond the top-left) so it lies inside the free area of the
    screen ``widget`` is on."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    free = screen.availableGeometry()
    x = max(free.left(), min(rect.x(), free.right() + 1 - rect.width()))
    y = rect.y()
    if y + rect.height() > free.bottom() + 1:
        y = free.bottom() + 1 - rect.height()
    y = max(free.top(), y)
    return QRect(x, y, rect.width(), rect.height())


class CountryPicker(QComboBox):
    """Choose a country by typing any part of its English or Thai name or its code."""

    changed = Signal()

    def __init__(self, language: str, parent=None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.NoInsert)
        fit_combo(self)
        self.addItem("", None)
        for code, en, th in countries.all_countries():
            text = f"{th} — {en} ({code})" if language == "th" else f"{en} ({code}) {th}"
            self.addItem(text, code)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchContains)
        completer.setCaseSensitivity(Qt.CaseInsensitive)
        completer.setCompletionMode(QCompleter.PopupCompletion)
        self.setCompleter(completer)
        self.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.lineEdit().editingFinished.connect(self._match_typed)

    def _match_typed(self) -> None:
        text = self.currentText().strip()
        if self.findText(text) >= 0:
            self.setCurrentIndex(self.findText(text))
            return
        code = countries.resolve(text)
        if code:
            self.set_code(code)

    def code(self) -> str | None:
        self._match_typed()
        text = self.currentText().strip()
        if not text:
            return None
        data = self.currentData()
        if data and self.itemText(self.currentIndex()) == text:
            return data
        return countries.resolve(text) or text  # unknown text goes to validation as typed

    def set_code(self, code: str | None) -> None:
        index = self.findData(code.upper()) if code else 0
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(code or "")


class _BuddhistYear(QSpinBox):
    """A Gregorian year shown and typed as its Buddhist Era year (2026 as 2569)."""

    def textFromValue(self, value: int) -> str:  # noqa: N802
        return str(value + BE_OFFSET)

    def valueFromText(self, text: str) -> int:  # noqa: N802
        digits = "".join(ch for ch in text if ch.isdigit())
        year = int(digits) if digits else self.value() + BE_OFFSET
        return year - BE_OFFSET if year > 2300 else year

    def validate(self, text: str, pos: int) -> object:
        from PySide6.QtGui import QValidator

        return (QValidator.Acceptable if text.strip().isdigit() else QValidator.Intermediate,
                text, pos)


class CalendarPopup(QCalendarWidget):
    """The date picker in the user's language and calendar: Thai month and day names in
    Thai, and with the Buddhist Era chosen the year shown as B.E. (Qt has no Buddhist
    calendar, so the navigation bar's year is a B.E. spin box of its own)."""

    def __init__(self, prefs: Prefs, parent=None):
        super().__init__(parent)
        if prefs.language == "th":
            self.setLocale(QLocale(QLocale.Thai, QLocale.Thailand))
        self.year: QSpinBox | None = None
        if prefs.calendar != "buddhist":
            return
        bar = self.findChild(QWidget, "qt_calendar_navigationbar")
        qt_year = self.findChild(QToolButton, "qt_calendar_yearbutton")
        if bar is None or qt_year is None or bar.layout() is None:
            return  # another Qt's calendar: its own year (C.E.) stays
        self.year = _BuddhistYear(bar)
        self.year.setObjectName("calendar_be_year")
        self.year.setRange(self.minimumDate().year(), self.maximumDate().year())
        self.year.setValue(self.yearShown())
        self.year.setFont(qt_year.font())
        qt_year.hide()
        layout = bar.layout()
        layout.insertWidget(layout.indexOf(qt_year) + 1, self.year)
        self.year.valueChanged.connect(
            lambda y: self.setCurrentPage(y, self.monthShown()))
        self.currentPageChanged.connect(self._page_changed)

    def _page_changed(self, year: int, _month: int) -> None:
        if self.year is not None and self.year.value() != year:
            self.year.blockSignals(True)
            self.year.setValue(year)
            self.year.blockSignals(False)

    def shown_year(self) -> str:
        """The year the navigation bar shows, as the user reads it."""
        if self.year is not None:
            return self.year.text()
        button = self.findChild(QToolButton, "qt_calendar_yearbutton")
        return button.text() if button is not None else str(self.yearShown())

    def shown_month(self) -> str:
        button = self.findChild(QToolButton, "qt_calendar_monthbutton")
        return button.text() if button is not None else ""


_DMY = re.compile(r"^(?:(\d{1,2})/)?(?:(\d{1,2})/)?(\d{4})$")


class DateEdit(QWidget):
    """A date that may be partial (year, month/year or day/month/year), typed or picked,
    in the user's calendar: with the Buddhist Era chosen, 2566 means 2023."""

    changed = Signal()

    def __init__(self, prefs: Prefs, parent=None):
        super().__init__(parent)
        self.prefs = prefs
        self.edit = QLineEdit(self)
        be = prefs.calendar == "buddhist"
        self.edit.setPlaceholderText(self.tr("dd/mm/yyyy (B.E.), mm/yyyy or yyyy") if be
                                     else self.tr("dd/mm/yyyy, mm/yyyy or yyyy"))
        self.edit.textChanged.connect(lambda _t: self.changed.emit())
        self.button = QToolButton(self)
        self.button.setText("…")
        self.button.setToolTip(self.tr("Pick a date from a calendar"))
        self.button.clicked.connect(self.open_calendar)
        # A popup of its own, placed by open_calendar() so it always lies on the screen.
        self.calendar = CalendarPopup(prefs, self)
        self.calendar.setWindowFlags(Qt.Popup)
        self.calendar.setObjectName("date_popup")
        self.calendar.clicked.connect(self._picked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)

    def open_calendar(self) -> None:
        """The calendar under the field (above it near the bottom of the screen, moved in
        from the edge near the right), on the date typed if there is one."""
        try:
            iso = self.iso()
            day = dates.earliest_day(iso) if iso else None
        except ValueError:
            day = None
        if day is not None:
            self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        size = self.calendar.sizeHint()
        below = self.mapToGlobal(QPoint(self.width() - size.width(), self.height()))
        rect = QRect(below, size)
        screen = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        if rect.bottom() > screen.bottom():  # no room below: open above the field
            rect.moveBottom(self.mapToGlobal(QPoint(0, 0)).y() - 1)
        self.calendar.setGeometry(fit_on_screen(self, rect))
        self.calendar.show()
        self.calendar.setFocus()

    def _picked(self, date: QDate) -> None:
        self.set_iso(date.toString("yyyy-MM-dd"))
        self.calendar.hide()

    def set_iso(self, iso: str | None) -> None:
        try:
            text = dates.format_date(iso, self.prefs.calendar) if iso else ""
        except ValueError:  # not a date (an older file): shown as stored, for validation
            text = iso or ""
        self.edit.setText(text)

    def iso(self) -> str | None:
        """The stored form (ISO, Gregorian); text that is not a date is returned as typed
        so validation can explain it."""
        text = self.edit.text().strip()
        if not text:
            return None
        if re.match(r"^\d{4}(-\d{2}){0,2}$", text):
            year = int(text[:4])
            if self.prefs.calendar == "buddhist" and year > 2300:
                return f"{year - BE_OFFSET}{text[4:]}"
            return text
        m = _DMY.match(text)
        if not m:
            return text
        first, second, year_text = m.groups()
        year = int(year_text)
        if self.prefs.calendar == "buddhist" or year > 2300:
            year -= BE_OFFSET
        if first and second:
            return f"{year:04d}-{int(second):02d}-{int(first):02d}"
        if first:
            return f"{year:04d}-{int(first):02d}"
        return f"{year:04d}"


class MultiChoice(QListWidget):
    """Tick any number of values from a vocabulary (sectors, SDGs)."""

    changed = Signal()
    ROWS = 8  # rows shown at least

    def __init__(self, choices: list[tuple[object, str]], parent=None):
        super().__init__(parent)
        for value, text in choices:
            item = QListWidgetItem(text, self)
            item.setData(Qt.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked)
        self.itemChanged.connect(lambda _i: self.changed.emit())
        # Enough rows to see most of the list (not three), long labels wrapped, not scrolled.
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setResizeMode(QListWidget.Adjust)
        row = self.sizeHintForRow(0) if self.count() else self.fontMetrics().height() + 4
        self.setMinimumHeight(row * min(self.count(), self.ROWS) + 2 * self.frameWidth())
        self.setMaximumHeight(row * min(self.count(), 2 * self.ROWS) + 2 * self.frameWidth())

    def values(self) -> list:
        return [self.item(i).data(Qt.UserRole) for i in range(self.count())
                if self.item(i).checkState() == Qt.Checked]

    def set_values(self, values: list) -> None:
        known = [self.item(i).data(Qt.UserRole) for i in range(self.count())]
        for value in values:  # a value the vocabulary no longer has is shown, not dropped
            if value not in known:
                item = QListWidgetItem(str(value), self)
                item.setData(Qt.UserRole, value)
                item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
                known.append(value)
        for i in range(self.count()):
            item = self.item(i)
            item.setCheckState(Qt.Checked if item.data(Qt.UserRole) in values else Qt.Unchecked)


class _PickerEdit(QLineEdit):
    """Enter adds the typed record instead of pressing the dialog's default button."""

    def keyPressEvent(self, event) -> None:  # noqa: N802
        had_text = bool(self.text().strip())
        super().keyPressEvent(event)
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and had_text:
            event.accept()


class RecordPicker(QWidget):
    """Choose linked records (e.g. an agreement's parties) by typing part of their name.

    ``find(text)`` returns (id, label) pairs; ``label_of(id)`` names an already linked id.
    With ``single`` only one record can be chosen.
    """

    changed = Signal()

    def __init__(self, find: Callable[[str], list[tuple[int, str]]],
                 label_of: Callable[[int], str], *, single: bool = False, parent=None):
        super().__init__(parent)
        self._find, self._label_of, self.single = find, label_of, single
        self._choices: dict[str, int] = {}
        self.edit = _PickerEdit(self)
        self.edit.setPlaceholderText(self.tr("Type to find, Enter to add"))
        self.completer_model = QStringListModel(self)
        completer = QCompleter(self.completer_model, self)
        completer.setCaseSensitivity(Qt.CaseInsensitive)
        completer.setFilterMode(Qt.MatchContains)
        completer.activated.connect(self._add_text)
        self.edit.setCompleter(completer)
        self.edit.textEdited.connect(self._suggest)
        self.edit.returnPressed.connect(lambda: self._add_text(self.edit.text()))
        self.list = QListWidget(self)
        self.list.setSelectionMode(QAbstractItemView.ExtendedSelection)
        # Long titles wrap instead of needing a horizontal scrollbar.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.Adjust)
        line = self.list.fontMetrics().lineSpacing()
        self.list.setMaximumHeight(2 * line + 10 if single else 100)
        self.remove = QToolButton(self)
        self.remove.setText("−")
        self.remove.setToolTip(self.tr("Remove the selected link"))
        self.remove.clicked.connect(self._remove_selected)
        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        row.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.list)
        self.setFocusProxy(self.edit)

    def _suggest(self, text: str) -> None:
        found = self._find(text) if len(text.strip()) >= 1 else []
        self._choices = {f"{label} [{rid}]": rid for rid, label in found}
        self.completer_model.setStringList(list(self._choices))

    def _add_text(self, text: str) -> None:
        rid = self._choices.get(text)
        if rid is None:
            found = self._find(text)
            if len(found) == 1:
                rid = found[0][0]
        if rid is not None:
            self.add_id(rid)
            self.edit.clear()

    def add_id(self, rid: int) -> None:
        if rid in self.ids():
            return
        if self.single:
            self.list.clear()
        item = QListWidgetItem(self._label_of(rid), self.list)
        item.setData(Qt.UserRole, rid)
        self.changed.emit()

    def _remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.changed.emit()

    def ids(self) -> list[int]:
        return [self.list.item(i).data(Qt.UserRole) for i in range(self.list.count())]

    def set_ids(self, ids: list[int]) -> None:
        self.list.clear()
        for rid in ids:
            item = QListWidgetItem(self._label_of(rid), self.list)
            item.setData(Qt.UserRole, rid)


class ShownPage(QWidget):
    """A page that reads its data only while it is on screen: a change while it is hidden
    marks it stale, and it reads again when it is next shown (Anki's
    ``refresh_if_needed``). Subclasses give ``reload()``."""

    _stale = True  # never read yet

    def mark_stale(self) -> None:
        """What the page shows changed: read it again now if it is on screen, else when it
        is next shown."""
        self._stale = True
        if self.isVisible():
            self._stale = False
            self.reload()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()

    def reload(self) -> None:
        raise NotImplementedError
