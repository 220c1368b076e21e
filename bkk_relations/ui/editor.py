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
import math
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..core.changes import Changes
from ..core.dates import format_timestamp
from ..core.errors import ConflictError, CoreError, Problem, ValidationError
from ..core.places.regions import REGIONS
from ..core.records import vocab
from ..core.records.models import SPECS, Agreement, Partner, Project, Record, Unit
from ..core.records.repository import Query
from . import labels
from .i18n import say
from .links import in_trash
from .prefs import Prefs
from .session import Session
from .widgets import CountryPicker, DateEdit, MultiChoice, RecordPicker

# (attribute, kind) per entity, in form order. Kinds: line, text, int, float, bool, tags,
# vocab:<NAME>, country, region, date, sectors, sdgs, partners, units, partner, agreement,
# project.
FORMS: dict[str, list[tuple[str, str]]] = {
    "partner": [("name_en", "line"), ("name_th", "line"), ("kind", "vocab:PARTNER_KINDS"),
                ("org_type", "vocab:ORG_TYPES"), ("acronym", "line"), ("country", "country"),
                ("region", "region"), ("status", "vocab:PARTNER_STATUSES"),
                ("website", "line"), ("latitude", "float"), ("longitude", "float"),
                ("tags", "tags"), ("source", "line"), ("notes", "text")],
    "unit": [("name_en", "line"), ("name_th", "line"), ("unit_type", "vocab:UNIT_TYPES"),
             ("acronym", "line"), ("tags", "tags"), ("notes", "text")],
    "agreement": [("title_en", "line"), ("title_th", "line"),
                  ("agreement_type", "vocab:AGREEMENT_TYPES"),
                  ("status", "vocab:AGREEMENT_STATUSES"), ("party_ids", "partners"),
                  ("signed_date", "date"), ("effective_date", "date"), ("expiry_date", "date"),
                  ("renewal_terms", "line"), ("signatories", "line"), ("sectors", "sectors"),
                  ("sdgs", "sdgs"), ("tags", "tags"), ("source", "line"), ("notes", "text")],
    "project": [("title_en", "line"), ("title_th", "line"),
                ("status", "vocab:PROJECT_STATUSES"), ("partner_ids", "partners"),
                ("unit_ids", "units"), ("agreement_id", "agreement"), ("start_date", "date"),
                ("end_date", "date"), ("budget", "float"), ("currency", "line"),
                ("funding_source", "line"), ("sectors", "sectors"), ("sdgs", "sdgs"),
                ("outcomes", "text"), ("tags", "tags"), ("source", "line"), ("notes", "text")],
    "activity": [("title_en", "line"), ("title_th", "line"),
                 ("activity_type", "vocab:ACTIVITY_TYPES"), ("start_date", "date"),
                 ("end_date", "date"), ("place", "line"), ("participants", "int"),
                 ("partner_ids", "partners"), ("project_id", "project"),
                 ("agreement_id", "agreement"), ("summary", "text"), ("tags", "tags"),
                 ("source", "line")],
    "contact": [("name", "line"), ("name_th", "line"), ("partner_id", "partner"),
                ("position", "line"), ("email", "line"), ("phone", "line"),
                ("languages", "line"), ("is_focal_point", "bool"), ("notes", "text")],
}


_FIELD_LABELS = {
    "name_en": QT_TRANSLATE_NOOP("fields", "&Name (English)"),
    "name_th": QT_TRANSLATE_NOOP("fields", "Name (&Thai)"),
    "kind": QT_TRANSLATE_NOOP("fields", "&Kind"),
    "org_type": QT_TRANSLATE_NOOP("fields", "Organisation t&ype"),
    "acronym": QT_TRANSLATE_NOOP("fields", "&Acronym"),
    "country": QT_TRANSLATE_NOOP("fields", "&Country"),
    "region": QT_TRANSLATE_NOOP("fields", "&Region"),
    "status": QT_TRANSLATE_NOOP("fields", "&Status"),
    "website": QT_TRANSLATE_NOOP("fields", "&Website"),
    "latitude": QT_TRANSLATE_NOOP("fields", "Latitude"),
    "longitude": QT_TRANSLATE_NOOP("fields", "Longitude"),
    "tags": QT_TRANSLATE_NOOP("fields", "Ta&gs"),
    "source": QT_TRANSLATE_NOOP("fields", "S&ource"),
    "notes": QT_TRANSLATE_NOOP("fields", "N&otes"),
    "unit_type": QT_TRANSLATE_NOOP("fields", "&Type"),
    "title_en": QT_TRANSLATE_NOOP("fields", "&Title (English)"),
    "title_th": QT_TRANSLATE_NOOP("fields", "Title (&Thai)"),
    "agreement_type": QT_TRANSLATE_NOOP("fields", "&Type"),
    "party_ids": QT_TRANSLATE_NOOP("fields", "&Parties"),
    "signed_date": QT_TRANSLATE_NOOP("fields", "Si&gned"),
    "effective_date": QT_TRANSLATE_NOOP("fields", "&Effective from"),
    "expiry_date": QT_TRANSLATE_NOOP("fields", "E&xpires"),
    "renewal_terms": QT_TRANSLATE_NOOP("fields", "Renewal terms"),
    "signatories": QT_TRANSLATE_NOOP("fields", "Signatories"),
    "sectors": QT_TRANSLATE_NOOP("fields", "Sectors"),
    "sdgs": QT_TRANSLATE_NOOP("fields", "SDGs"),
    "partner_ids": QT_TRANSLATE_NOOP("fields", "&Partners"),
    "unit_ids": QT_TRANSLATE_NOOP("fields", "Lead &units"),
    "agreement_id": QT_TRANSLATE_NOOP("fields", "Under a&greement"),
    "start_date": QT_TRANSLATE_NOOP("fields", "Sta&rt"),
    "end_date": QT_TRANSLATE_NOOP("fields", "&End"),
    "budget": QT_TRANSLATE_NOOP("fields", "&Budget"),
    "currency": QT_TRANSLATE_NOOP("fields", "Currency"),
    "funding_source": QT_TRANSLATE_NOOP("fields", "&Funding source"),
    "outcomes": QT_TRANSLATE_NOOP("fields", "Outcomes"),
    "activity_type": QT_TRANSLATE_NOOP("fields", "&Type"),
    "place": QT_TRANSLATE_NOOP("fields", "P&lace"),
    "participants": QT_TRANSLATE_NOOP("fields", "Partic&ipants"),
    "project_id": QT_TRANSLATE_NOOP("fields", "Pro&ject"),
    "summary": QT_TRANSLATE_NOOP("fields", "S&ummary"),
    "partner_id": QT_TRANSLATE_NOOP("fields", "&Partner"),
    "position": QT_TRANSLATE_NOOP("fields", "Pos&ition"),
    "email": QT_TRANSLATE_NOOP("fields", "&E-mail"),
    "phone": QT_TRANSLATE_NOOP("fields", "P&hone"),
    "languages": QT_TRANSLATE_NOOP("fields", "&Languages"),
    "is_focal_point": QT_TRANSLATE_NOOP("fields", "&Focal point"),
}


def field_label(attr: str) -> str:
    """The form label of a field, with a mnemonic."""
    return QCoreApplication.translate("fields", _FIELD_LABELS.get(attr, attr))


def plain_label(attr: str) -> str:
    """A field's label without its mnemonic ("N&otes" and "หมายเหตุ (&O)" → Notes, หมายเหตุ)."""
    return re.sub(r"\s*\(&.\)", "", field_label(attr)).replace("&", "")


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
        for attr, kind in FORMS[entity]:
            widget = self._make(attr, kind)
            self.widgets[attr] = widget
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
            label = QLabel(field_label(attr), form_widget)
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
        self.resize(640, 720)
        self.load(self.record)
        first = self.widgets[FORMS[entity][0][0]]
        first.setFocus()

    # -- building -------------------------------------------------------------------------
    def _make(self, attr: str, kind: str) -> QWidget:
        lang = self.prefs.language
        if kind == "text":
            w = QPlainTextEdit(self)
            w.setTabChangesFocus(True)
            w.setMaximumHeight(90)
            w.textChanged.connect(self._touched)
        elif kind == "bool":
            w = QCheckBox(self)
            w.toggled.connect(self._touched)
        elif kind.startswith("vocab:"):
            w = QComboBox(self)
            values = getattr(vocab, kind[6:])
            if attr == "org_type":
                w.addItem(self.tr("(not an organisation)"), None)
            for key in values:
                w.addItem(vocab.label(values, key, lang), key)
            w.currentIndexChanged.connect(self._touched)
        elif kind == "region":
            w = QComboBox(self)
            w.addItem(self.tr("(from the country)"), None)
            for region in REGIONS:
                w.addItem(labels.region_label(region, lang), region)
            w.currentIndexChanged.connect(self._touched)
        elif kind == "country":
            w = CountryPicker(lang, self)
            w.changed.connect(self._touched)
            w.lineEdit().textEdited.connect(self._touched)
        elif kind == "date":
            w = DateEdit(self.prefs, self)
            w.changed.connect(self._touched)
        elif kind in ("sectors", "sdgs"):
            choices = ([(k, vocab.label(vocab.SECTORS, k, lang)) for k in vocab.SECTORS]
                       if kind == "sectors" else
                       [(n, f"{n}. {vocab.label(vocab.SDGS, n, lang)}") for n in vocab.SDGS])
            w = MultiChoice(choices, self)
            w.changed.connect(self._touched)
        elif kind in ("partners", "partner", "units", "agreement", "project"):
            w = self._picker(kind)
            w.changed.connect(self._touched)
        else:  # line, int, float, tags
            w = QLineEdit(self)
            if kind == "tags":
                w.setPlaceholderText(self.tr("comma-separated, e.g. ASEAN, MCR2030"))
            w.textEdited.connect(self._touched)
        w.setObjectName(f"field_{attr}")
        return w

    def _picker(self, kind: str) -> RecordPicker:
        cls = {"partners": Partner, "partner": Partner, "units": Unit,
               "agreement": Agreement, "project": Project}[kind]
        repo = self.session.reg.records

        def find(text: str) -> list[tuple[int, str]]:
            page = repo.list(cls, Query(text=text, limit=25))
            return [(r.id, _label(r)) for r in page.records]

        def label_of(rid: int) -> str:
            try:
                record = repo.get(cls, rid, include_deleted=True)
            except CoreError:
                return f"#{rid}"
            return in_trash(_label(record)) if record.deleted_at else _label(record)

        return RecordPicker(find, label_of, single=kind in ("partner", "agreement", "project"),
                            parent=self)

    def _touched(self, *_args: object) -> None:
        self.dirty = True

    # -- values -----------------------------------------------------------------------------
    def load(self, record: Record) -> None:
        for attr, kind in FORMS[self.entity]:
            self._set(self.widgets[attr], kind, getattr(record, attr))
            self._shown[attr] = self._state(attr, kind)
        self.dirty = False

    def _set(self, w: QWidget, kind: str, value: object) -> None:
        if kind == "text":
            w.setPlainText(value or "")
        elif kind == "bool":
            w.setChecked(bool(value))
        elif kind.startswith("vocab:") or kind == "region":
            index = w.findData(value)
            if index < 0 and value is not None:  # a value the vocabulary no longer has
                w.addItem(str(value), value)
                index = w.count() - 1
            w.setCurrentIndex(max(index, 0))
        elif kind == "country":
            w.set_code(value)
        elif kind == "date":
            w.set_iso(value)
        elif kind in ("sectors", "sdgs"):
            w.set_values(list(value or []))
        elif kind in ("partners", "units"):
            w.set_ids(list(value or []))
        elif kind in ("partner", "agreement", "project"):
            w.set_ids([value] if value is not None else [])
        elif kind == "tags":
            w.setText(", ".join(value or []))
        else:
            w.setText("" if value is None else number_text(value))

    def _state(self, attr: str, kind: str) -> object:
        """What the widget shows, as it shows it (to tell a touched field from one left as
        loaded)."""
        w = self.widgets[attr]
        if kind == "text":
            return w.toPlainText()
        if kind == "bool":
            return w.isChecked()
        if kind.startswith("vocab:") or kind == "region":
            return w.currentIndex()
        if kind == "country":
            return w.currentText()
        if kind == "date":
            return w.edit.text()
        if kind in ("sectors", "sdgs"):
            return tuple(w.values())
        if kind in ("partners", "units", "partner", "agreement", "project"):
            return tuple(w.ids())
        return w.text()

    def changed_fields(self) -> list[str]:
        """The fields whose widget no longer shows what was loaded."""
        return [attr for attr, kind in FORMS[self.entity]
                if self._state(attr, kind) != self._shown.get(attr)]

    def has_changes(self) -> bool:
        return bool(self.changed_fields())

    def collect(self) -> tuple[Record, list[Problem]]:
        """The record as the form shows it, and the problems found reading the fields. A
        field left as loaded keeps the stored value exactly."""
        values: dict[str, object] = {}
        problems: list[Problem] = []
        changed = set(self.changed_fields())
        for attr, kind in FORMS[self.entity]:
            if attr not in changed:
                values[attr] = copy.copy(getattr(self.record, attr))
                continue
            w = self.widgets[attr]
            if kind == "text":
                # The raw text keeps non-breaking spaces, which toPlainText() turns into spaces.
                values[attr] = (w.document().toRawText().replace("\u2029", "\n")
                                .replace("\u2028", "\n"))
            elif kind == "bool":
                values[attr] = w.isChecked()
            elif kind.startswith("vocab:") or kind == "region":
                values[attr] = w.currentData()
            elif kind == "country":
                values[attr] = w.code()
            elif kind == "date":
                values[attr] = w.iso()
            elif kind in ("sectors", "sdgs"):
                values[attr] = w.values()
            elif kind in ("partners", "units"):
                values[attr] = w.ids()
            elif kind in ("partner", "agreement", "project"):
                ids = w.ids()
                values[attr] = ids[0] if ids else None
            elif kind == "tags":
                values[attr] = split_tags(w.text(), getattr(self.record, attr) or [])
            elif kind in ("int", "float"):
                text = w.text().strip().replace(",", "")
                try:
                    values[attr] = parse_number(text, kind) if text else None
                except ValueError:
                    problems.append(Problem(attr, self.tr("Enter a number.")))
                    values[attr] = None
            else:
                values[attr] = w.text().strip()
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
        if problems:  # what could not even be read (a number, a date): said at once
            self.show_problems(problems)
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
        label = getattr(self.record, "label", "") or f"#{exc.record_id}"
        lines = [self.tr("“%1” was changed by %2 on %3, after you opened it.")
                 .replace("%1", label).replace("%2", user)
                 .replace("%3", format_timestamp(exc.when, self.prefs.calendar))]
        try:
            latest = self.session.reg.records.get(type(self.record), exc.record_id,
                                                  include_deleted=True)
        except CoreError:
            latest = None
        if latest is not None:
            theirs = [plain_label(a) for a, _k in FORMS[self.entity]
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


def _label(record: Record) -> str:
    label = getattr(record, "label", "")
    extra = getattr(record, "country", None)
    return f"{label} ({extra})" if extra else label
