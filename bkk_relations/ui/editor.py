"""Record editors: one dialog that builds the right form for each kind of record, shows
every validation problem beside its field, keeps what was typed, and asks before throwing
away unsaved changes.

A field the user has not touched saves exactly the value it was loaded with (every decimal
of a coordinate, a note's line endings, a tag with a comma in it): the form's text is only
read back for the fields that were changed.
"""

from __future__ import annotations

import copy
import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ..core import fields
from ..core.changes import Changes
from ..core.errors import ConflictError, CoreError, Problem, ValidationError
from ..core.records.models import SPECS, Goal, Record, spec_of
from ..core.records.repository import Query
from ..core.strategy.builtin import SDG_FRAMEWORK
from ..core.strategy.frameworks import find_goals, goal_label
from . import labels
from .field_editors import FieldEditor, NotANumber, make_editor
from .i18n import say
from .links import in_trash
from .prefs import Prefs
from .session import Session
from .widgets import RecordPicker


def field_label(entity: str, attr: str, language: str) -> str:
    """The form label of a field, with a mnemonic (the field registry's)."""
    return fields.label(entity, attr, language)


class RecordEditor(QDialog):
    """Create or edit one record. ``saved`` carries the save's Changes (the record as
    stored is ``changes.record``). The save runs off the GUI thread; the window stays
    responsive meanwhile."""

    saved = Signal(object)

    def __init__(self, session: Session, prefs: Prefs, entity: str,
                 record: Record | None = None, parent=None):
        super().__init__(parent)
        self.session, self.prefs, self.entity = session, prefs, entity
        self.spec = SPECS[entity]
        self.record = record or self.spec.cls()
        self.is_new = record is None or record.id is None
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.dirty = False
        self._saving = False
        self._shown: dict[str, object] = {}  # each widget's state as load() left it
        name = labels.entity_name(entity)
        self.setWindowTitle(self.tr("New %1").replace("%1", name) if self.is_new
                            else self.tr("Edit %1").replace("%1", name))

        form_widget = QWidget(self)
        form = QFormLayout(form_widget)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.form = [(f.attr, f.editor_kind) for f in fields.form(entity)]
        self.fields: dict[str, FieldEditor] = {}
        for attr, kind in self.form:
            editor = make_editor(kind, attr, self, self._touched, prefs, self._picker)
            editor.widget.setObjectName(f"field_{attr}")
            self.fields[attr] = editor
            widget = self.widgets[attr] = editor.widget
            error = QLabel(form_widget)
            error.setObjectName(f"error_{attr}")
            error.setStyleSheet("color: #b00020;")
            error.setWordWrap(True)
            error.hide()
            self.errors[attr] = error
            box = QWidget(form_widget)
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.setSpacing(2)
            box_layout.addWidget(widget)
            box_layout.addWidget(error)
            label = QLabel(field_label(entity, attr, prefs.language), form_widget)
            label.setBuddy(widget)
            form.addRow(label, box)
        self.general_error = QLabel(self)
        self.general_error.setStyleSheet("color: #b00020;")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_widget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel, self)
        self.buttons.button(QDialogButtonBox.Save).setToolTip(self.tr("Save (Ctrl+S)"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.Save, self, activated=self.save)
        # A read-only database (file or server login): the record can be read, not saved.
        self.read_only = session.reg.read_only
        self.read_only_note = QLabel(self.tr("This database is open read-only: you can read "
                                             "this record but not save changes."), self)
        self.read_only_note.setObjectName("read_only_note")
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setVisible(self.read_only)
        if self.read_only:
            self.setWindowTitle(self.tr("View %1 (read-only)").replace("%1", name))
            self.buttons.button(QDialogButtonBox.Save).setEnabled(False)
            self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("&Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only_note)
        layout.addWidget(self.general_error)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self.form_scroll = scroll
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)  # the form fits instead
        self._fit_to_screen(form_widget)
        self.load(self.record)
        first = self.widgets[self.form[0][0]]
        first.setFocus()

    # -- building -------------------------------------------------------------------------
    def _fit_to_screen(self, form: QWidget) -> None:
        """As wide as the form asks (within reason) and as tall as it needs, but never
        beyond the free area of the screen (a 1366×768 laptop): what does not fit scrolls
        vertically."""
        screen = (self.parentWidget() or self).screen() or QGuiApplication.primaryScreen()
        free = screen.availableGeometry()
        title_bar = 40  # drawn by the window manager, outside the dialog's own size
        scrollbar = self.style().pixelMetric(QStyle.PM_ScrollBarExtent)
        margins = self.layout().contentsMargins()
        chrome_w = margins.left() + margins.right() + scrollbar + 2 * self.form_scroll.frameWidth()
        wanted_w = max(form.sizeHint().width(), 720) + chrome_w
        width = min(wanted_w, 900, free.width() - 20)
        others = self.buttons.sizeHint().height() + margins.top() + margins.bottom() + 24
        wanted_h = form.sizeHint().height() + others + 2 * self.form_scroll.frameWidth()
        height = min(wanted_h, free.height() - title_bar)
        form.setMinimumWidth(0)
        self.resize(width, height)

    def _picker(self, kind: str) -> RecordPicker:
        if kind == "goals":
            return self._goal_picker()
        cls = SPECS[fields.LINK_KINDS[kind]].cls
        repo, lang = self.session.reg.records, self.prefs.language

        def find(text: str) -> list[tuple[int, str]]:
            page = repo.list(cls, Query(text=text, limit=25))
            return [(r.id, _label(r, lang)) for r in page.records]

        def label_of(rid: int) -> str:
            try:
                record = repo.get(cls, rid, include_deleted=True)
            except CoreError:
                return f"#{rid}"
            label = _label(record, lang)
            return in_trash(label) if record.deleted_at else label

        return RecordPicker(find, label_of, single=kind not in fields.LIST_LINK_KINDS,
                            parent=self)

    def _goal_picker(self) -> RecordPicker:
        """Goals of every framework, named with their framework and found in Thai or
        English; an agreement or project leaves out the SDGs, which its SDG checklist
        holds."""
        reg, lang = self.session.reg, self.prefs.language
        has_sdgs = any(link.attr == "sdgs" for link in self.spec.links)
        leave_out = SDG_FRAMEWORK if has_sdgs else None

        def label_of(rid: int) -> str:
            return goal_label(reg, rid, lang) or f"#{rid}"

        return RecordPicker(lambda text: find_goals(reg, text, language=lang,
                                                    leave_out=leave_out),
                            label_of, parent=self)

    def _touched(self, *_args: object) -> None:
        self.dirty = True

    # -- values -----------------------------------------------------------------------------
    def load(self, record: Record) -> None:
        for attr, editor in self.fields.items():
            editor.set(getattr(record, attr))
            self._shown[attr] = editor.state()
        self.dirty = False

    def changed_fields(self) -> list[str]:
        """The fields whose widget no longer shows what was loaded."""
        return [attr for attr, editor in self.fields.items()
                if editor.state() != self._shown.get(attr)]

    def has_changes(self) -> bool:
        return bool(self.changed_fields())

    def collect(self) -> tuple[Record, list[Problem]]:
        """The record as the form shows it, and the problems found reading the fields. A
        field left as loaded keeps the stored value exactly."""
        values: dict[str, object] = {}
        problems: list[Problem] = []
        changed = set(self.changed_fields())
        for attr, editor in self.fields.items():
            stored = getattr(self.record, attr)
            if attr not in changed:
                values[attr] = copy.copy(stored)
                continue
            try:
                values[attr] = editor.value(stored)
            except NotANumber:
                problems.append(Problem(attr, self.tr("Enter a number.")))
                values[attr] = None
        record = dataclasses.replace(self.record, **values)
        return record, problems

    # -- saving -----------------------------------------------------------------------------
    def show_problems(self, problems: list[Problem]) -> None:
        for label in self.errors.values():
            label.hide()
        general = []
        for p in problems:
            label = self.errors.get(p.field)
            if label is None:
                general.append(say(p))
                continue
            text = (label.text() + "\n" if label.isVisible() else "") + say(p)
            label.setText(text)
            label.show()
        self.general_error.setText("\n".join(general))
        self.general_error.setVisible(bool(general))
        first = next((p.field for p in problems if p.field in self.widgets), None)
        if first:
            self.widgets[first].setFocus()

    def save(self) -> bool:
        if self.read_only:
            return False
        if not self.is_new and not self.has_changes():
            self.dirty = False
            self.accept()  # nothing to save: nothing is written
            return True
        record, problems = self.collect()
        if problems:  # what could not even be read (a number): said with every other problem
            unread = {p.field for p in problems}
            try:
                others = self.session.reg.records.check(record)
            except CoreError:  # the checks themselves could not run: the save will say why
                others = []
            self.show_problems(problems + [p for p in others if p.field not in unread])
            return False
        return self._write(record, force=False)

    def _write(self, record: Record, *, force: bool) -> bool:
        """Save off the GUI thread (the core checks every rule, once) and wait for it while
        the window goes on; True when it was saved."""
        if self._saving:
            return False
        self._saving = True
        self.buttons.setEnabled(False)
        conflict: list[ConflictError] = []

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, ValidationError):
                self.show_problems(exc.problems)
            elif isinstance(exc, ConflictError):
                conflict.append(exc)
            elif isinstance(exc, CoreError):
                self.show_problems([Problem("", say(exc))])
            else:
                return False  # unexpected: shown and logged by the operations
            return True

        try:
            handle = self.session.operations.write(
                self.tr("Saving"), lambda reg: reg.save(record, force=force), failure=failed,
                parent=self)
            saved = handle.wait()
        finally:
            self._saving = False
            self.buttons.setEnabled(True)
        if conflict:
            return self._resolve_conflict(record, conflict[0])
        if not saved:
            return False
        changes: Changes = handle.result
        self.record, self.dirty = changes.record, False
        self.saved.emit(changes)
        self.accept()
        return True

    def conflict_message(self, exc: ConflictError) -> str:
        """Who saved the record meanwhile, when (local time, the user's calendar), what
        they changed, and what each answer does."""
        user = exc.user or self.tr("someone else")
        if exc.user and exc.user == self.session.reg.user:
            user = self.tr("you (%1), in another window or on another computer").replace(
                "%1", exc.user)
        thai = getattr(self.record, self.spec.label_th_col, None)
        label = (thai if self.prefs.language == "th" and thai
                 else getattr(self.record, "label", "")) or f"#{exc.record_id}"
        lines = [self.tr("“%1” was changed by %2 on %3, after you opened it.")
                 .replace("%1", label).replace("%2", user)
                 .replace("%3", self.prefs.show_timestamp(exc.when))]
        try:
            latest = self.session.reg.records.get(type(self.record), exc.record_id,
                                                  include_deleted=True)
        except CoreError:
            latest = None
        if latest is not None:
            theirs = [fields.plain_label(self.entity, a, self.prefs.language)
                      for a, _k in self.form
                      if getattr(latest, a) != getattr(self.record, a)]
            if theirs:
                lines.append(self.tr("Changed there: %1.").replace("%1", ", ".join(theirs)))
        lines.append(self.tr("Reload shows their version and discards what you changed in "
                             "this form. Overwrite saves your version over theirs."))
        return "\n\n".join(lines)

    def _resolve_conflict(self, record: Record, exc: ConflictError) -> bool:
        box = QMessageBox(QMessageBox.Warning, self.tr("Changed by someone else"),
                          self.conflict_message(exc), parent=self)
        box.setObjectName("conflict_box")
        reload_button = box.addButton(self.tr("&Reload"), QMessageBox.AcceptRole)
        overwrite = box.addButton(self.tr("&Overwrite"), QMessageBox.DestructiveRole)
        box.setDefaultButton(box.addButton(QMessageBox.Cancel))
        box.exec()
        if box.clickedButton() is overwrite:
            return self._write(record, force=True)
        if box.clickedButton() is reload_button:
            try:
                self.record = self.session.reg.records.get(type(record), record.id)
            except CoreError as err:
                self.show_problems([Problem("", str(err))])
                return False
            self.load(self.record)
        return False

    def reject(self) -> None:
        if self._saving:  # a save is under way: the form closes when it is done
            return
        if self.dirty and not self.read_only and self.has_changes():
            answer = QMessageBox.question(
                self, self.tr("Unsaved changes"),
                self.tr("Save the changes to this record before closing?"),
                QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Save)
            if answer == QMessageBox.Cancel:
                return
            if answer == QMessageBox.Save:
                self.save()
                return
        super().reject()


def _label(record: Record, language: str = "en") -> str:
    """A linked record as a picker lists it: its name in ``language`` (the English one
    where it has no Thai one), and a partner's country code."""
    thai = getattr(record, spec_of(record).label_th_col, None)
    label = thai if language == "th" and thai else getattr(record, "label", "")
    if isinstance(record, Goal):  # "11. Sustainable cities and communities"
        return f"{record.code}. {label}"
    extra = getattr(record, "country", None)
    return f"{label} ({extra})" if extra else label
