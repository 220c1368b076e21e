"""One page per kind of record: a quick filter, filter choices, the sortable table, a
column chooser and a details pane with linked records and the record's history."""

from __future__ import annotations

import datetime as _dt
import html
import re
import tempfile
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
)

from ..core import dates
from ..core.changes import Changes
from ..core.errors import CoreError
from ..core.messages import FieldName
from ..core.places import countries
from ..core.places.regions import REGIONS
from ..core.records import attachments, audit, vocab
from ..core.records.models import SPECS, Action, Record
from ..core.records.repository import Query
from ..core.register import Register
from ..core.views.lists import (
    LABEL,
    columns,
    count_rows,
    countries_in_use,
    related,
    row_ids,
    table_rows,
    units_in_use,
)
from . import labels
from .i18n import say
from .links import in_trash
from .prefs import Prefs
from .session import Session
from .table_model import RecordTableModel
from .widgets import ShownPage

# The filter choices each list offers (all are Query fields).
FILTERS = {
    "partner": ["kind", "country", "region", "status", "sector", "sdg", "year"],
    "agreement": ["type", "status", "kind", "country", "region", "sector", "sdg", "year"],
    "project": ["status", "kind", "country", "region", "sector", "sdg", "year"],
    "activity": ["type", "kind", "country", "region", "year"],
    "contact": ["kind", "country", "region"],
    "unit": ["type"],
    "action": ["status", "unit_id", "overdue", "year"],
    "lesson": ["status", "sector", "unit_id"],
    "framework": [],
    "goal": [],
}
_TYPE_VOCAB = {"agreement": vocab.AGREEMENT_TYPES, "activity": vocab.ACTIVITY_TYPES,
               "unit": vocab.UNIT_TYPES}
_STATUS_VOCAB = {"partner": vocab.PARTNER_STATUSES, "agreement": vocab.AGREEMENT_STATUSES,
                 "project": vocab.PROJECT_STATUSES, "action": vocab.ACTION_STATUSES,
                 "lesson": vocab.LESSON_STAGES}
# Whose changes a list shows besides its own records' (names of parties, counts of ties…).
# (The details pane lists the actions and lessons that come from a record.)
SHOWS = {"partner": {"agreement", "activity", "project", "action", "lesson"},
         "agreement": {"partner", "action"},
         "project": {"partner", "unit", "agreement", "lesson"},
         "activity": {"partner", "project", "agreement", "action", "lesson"},
         "contact": {"partner", "unit"},
         "unit": {"project", "contact", "action", "lesson"},
         "action": {"partner", "unit", "activity", "agreement"},
         "lesson": {"partner", "unit", "activity", "project"},
         "framework": {"goal"}, "goal": {"framework"}}
FOLLOWED_UP = ("activity", "agreement")  # their details offer "Add follow-up action"


class ListPage(ShownPage):
    """The list of one entity's records."""

    open_record = Signal(str, int)
    edit_record = Signal(str, int)
    add_follow_up = Signal(str, int)  # a follow-up action from this activity or agreement

    def __init__(self, entity: str, session: Session, prefs: Prefs, parent=None):
        super().__init__(parent)
        self.entity, self.session, self.prefs = entity, session, prefs
        self.total_records = 0  # live records of this kind, filtered or not
        self._stale = False  # changed while hidden: read again when shown
        self._details_for: tuple[int, int] | None = None  # (record id, data generation)
        self._generation = 0
        self._stored: dict[int, Record] = {}  # records as a save just returned them
        cls, lang = SPECS[entity].cls, prefs.language
        self.model = RecordTableModel(
            columns(entity, lang), prefs, parent=self,
            fetch=lambda q: table_rows(self.reg, cls, q, lang),
            count=lambda q: count_rows(self.reg, cls, q),
            ids=lambda q: row_ids(self.reg, cls, q, lang))

        self.quick = QLineEdit(self)
        self.quick.setObjectName("quick_filter")
        self.quick.setPlaceholderText(self.tr("Filter this list (English or Thai)…"))
        self.quick.setClearButtonEnabled(True)
        self.quick.textChanged.connect(self.apply_filters)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count_label")
        top = QHBoxLayout()
        top.addWidget(self.quick, 1)
        # A goal the list is limited to (from the strategy view), shown with a way out.
        self.goal_filter: tuple[int, str] | None = None
        self.goal_chip = QPushButton(self)
        self.goal_chip.setObjectName("goal_filter")
        self.goal_chip.setToolTip(self.tr("Click to show the records of every goal"))
        self.goal_chip.clicked.connect(lambda: self.show_goal(None))
        self.goal_chip.hide()
        top.addWidget(self.goal_chip)
        top.addWidget(self.count_label)

        self.combos: dict[str, QComboBox] = {}
        self.year_from = self.year_to = None
        self.overdue: QCheckBox | None = None
        filters = QHBoxLayout()
        for field in FILTERS[entity]:
            if field == "overdue":
                self.overdue = QCheckBox(self.tr("Overdue only"), self)
                self.overdue.setObjectName("filter_overdue")
                self.overdue.setToolTip(self.tr("Actions still to do whose due date has "
                                                "passed (a month or a year is due by its "
                                                "last day)"))
                self.overdue.toggled.connect(self.apply_filters)
                filters.addWidget(self.overdue)
                continue
            if field == "year":
                self.year_from, self.year_to = self._year_box(), self._year_box()
                filters.addWidget(QLabel(self.tr("Years"), self))
                filters.addWidget(self.year_from)
                filters.addWidget(QLabel("–", self))
                filters.addWidget(self.year_to)
                continue
            combo = QComboBox(self)
            combo.setObjectName(f"filter_{field}")
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
            self.combos[field] = combo
            if field not in ("country", "unit_id"):  # from the data: filled by reload()
                self._fill_combo(field)
            combo.currentIndexChanged.connect(self.apply_filters)
            filters.addWidget(combo, 1)
        filters.addStretch(0)

        self.view = QTableView(self)
        self.view.setObjectName(f"table_{entity}")
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        keys = [c.key for c in self.model.columns]
        if entity == "activity" and "start_date" in keys:  # the latest activity first
            self.view.horizontalHeader().setSortIndicator(keys.index("start_date"),
                                                          Qt.DescendingOrder)
        else:
            self.view.horizontalHeader().setSortIndicator(0, Qt.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(
            self.view.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        header.setToolTip(self.tr("Click to sort; right-click to choose columns"))
        self.view.selectionModel().currentRowChanged.connect(self._show_details)
        self.view.doubleClicked.connect(lambda _i: self._edit_current())
        self.view.activated.connect(lambda _i: self._edit_current())

        self.details = QTextBrowser(self)
        self.details.setObjectName(f"details_{entity}")
        self.details.setOpenLinks(False)
        self.details.anchorClicked.connect(self._follow_link)
        self.splitter = QSplitter(Qt.Horizontal, self)
        self.splitter.setObjectName(f"splitter_{entity}")
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([700, 420])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)
        self._restore_columns()

    @property
    def reg(self) -> Register:
        return self.session.reg

    # -- what changed -------------------------------------------------------------------------
    def concerns(self, changes: Changes) -> bool:
        return changes.touches(entity=self.entity) or any(
            changes.touches(entity=other) for other in SHOWS[self.entity])

    def apply_changes(self, changes: Changes) -> None:
        """Show what a write changed: a visible list reads again only the rows it must (the
        whole list when records came or went, or what it shows of others changed); a hidden
        one reads everything again when it is next shown."""
        if not self.concerns(changes):
            return
        self._generation += 1
        if changes.record is not None and changes.touches(entity=self.entity):
            self._stored = {changes.record.id: changes.record}
        if not self.isVisible():
            self._stale = True
            return
        own = changes.touches(entity=self.entity)
        if (changes.is_everything or changes.rows_changed(self.entity)
                or any(changes.touches(entity=o) for o in SHOWS[self.entity])
                or not self.model.refresh_ids(changes.ids_of(self.entity))):
            self.reload(gone=frozenset(changes.removed.get(self.entity, ())))
        elif own:
            self._show_details()

    # -- filters ------------------------------------------------------------------------------
    def _year_box(self) -> QSpinBox:
        box = QSpinBox(self)
        box.setRange(0, 2700)
        box.setSpecialValueText(self.tr("any"))
        box.setToolTip(self.tr("Year, in the calendar chosen in Settings"))
        box.valueChanged.connect(self.apply_filters)
        return box

    def _fill_combo(self, field: str) -> None:
        combo = self.combos[field]
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        lang = self.prefs.language
        everything = {"kind": self.tr("All kinds"), "status": self.tr("All statuses"),
                      "region": self.tr("All regions"), "type": self.tr("All types"),
                      "sector": self.tr("All sectors"), "sdg": self.tr("All SDGs"),
                      "country": self.tr("All countries"), "unit_id": self.tr("All units")}
        if field == "status" and self.entity == "lesson":
            everything["status"] = self.tr("All stages")
        combo.addItem(everything[field], None)
        if field == "kind":
            values: object = vocab.PARTNER_KINDS
        elif field == "status":
            values = _STATUS_VOCAB[self.entity]
        elif field == "type":
            values = _TYPE_VOCAB[self.entity]
        elif field == "sector":
            values = vocab.SECTORS
        elif field == "sdg":
            values = vocab.SDGS
        elif field == "unit_id":  # the units there are (an action's owner, a lesson's adopter)
            for uid, name in units_in_use(self.reg, lang):
                combo.addItem(name, uid)
            values = None
        elif field == "region":
            for region in REGIONS:
                combo.addItem(labels.region_label(region, lang), region)
            values = None
        else:  # country: only those in use
            for code in countries.by_name(countries_in_use(self.reg), lang):
                combo.addItem(f"{countries.name(code, lang) or code} ({code})", code)
            values = None
        if isinstance(values, dict):
            for key in values:
                text = vocab.label(values, key, lang)
                combo.addItem(f"SDG {key} {text}" if field == "sdg" else text, key)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _year(self, box: QSpinBox | None) -> int | None:
        if box is None or box.value() == 0:
            return None
        year = box.value()
        return year - 543 if self.prefs.calendar == "buddhist" or year > 2300 else year

    def query(self) -> Query:
        q = Query(text=self.quick.text() or None, year_from=self._year(self.year_from),
                  year_to=self._year(self.year_to))
        for field, combo in self.combos.items():
            setattr(q, field, combo.currentData())
        q.overdue = self.overdue is not None and self.overdue.isChecked()
        if self.goal_filter is not None:
            q.goal_id = self.goal_filter[0]
        return q

    def show_goal(self, goal_id: int | None, label: str = "") -> None:
        """Limit the list to the records aligned to a goal (None: every goal again)."""
        self.goal_filter = (goal_id, label) if goal_id is not None else None
        self.goal_chip.setText(self.tr("Goal: %1  ✕").replace("%1", label))
        self.goal_chip.setVisible(goal_id is not None)
        self.apply_filters()

    def apply_filters(self, *_args: object, gone: frozenset[int] = frozenset()) -> None:
        current = self.current_id()
        if current in gone:  # moved to the Trash: no row to keep selected, none to look for
            current = None
        self.model.set_query(self.query())
        self._update_count()
        if current is not None:
            self.show_record(current, clear_filter=False)
        if self.current_id() is None:
            self._show_details()

    def reload(self, gone: frozenset[int] = frozenset()) -> None:
        """Read the rows again (after a change), keeping the selected record selected
        unless it is among the records ``gone`` from the list."""
        self._stale = False
        self._generation += 1  # whatever is shown may have changed
        for field in ("country", "unit_id"):
            if field in self.combos:
                self._fill_combo(field)
        self.apply_filters(gone=gone)

    def _update_count(self) -> None:
        # Without a filter the model has just counted every live record: on a server a
        # count of half a million rows is worth not asking twice.
        unfiltered = self.query() == Query()
        total = self.model.total if unfiltered else self.reg.records.count(SPECS[self.entity].cls)
        self.total_records = total
        self.count_label.setText(self.tr("%1 of %2 shown").replace("%1", f"{self.model.total:,}")
                                 .replace("%2", f"{total:,}"))

    # -- columns ------------------------------------------------------------------------------
    def _column_menu(self, pos) -> None:
        menu = QMenu(self)
        for i, column in enumerate(self.model.columns):
            action = menu.addAction(labels.column_title(column.title))
            action.setCheckable(True)
            action.setChecked(not self.view.isColumnHidden(i))
            action.toggled.connect(lambda on, c=i: self.set_column_visible(c, on))
        menu.exec(self.view.horizontalHeader().mapToGlobal(pos))

    def set_column_visible(self, column: int, visible: bool) -> None:
        self.view.setColumnHidden(column, not visible)
        hidden = [c.key for i, c in enumerate(self.model.columns) if self.view.isColumnHidden(i)]
        QSettings().setValue(f"columns/{self.entity}/hidden", hidden)

    def _restore_columns(self) -> None:
        hidden = QSettings().value(f"columns/{self.entity}/hidden", ["id"])
        if isinstance(hidden, str):
            hidden = [hidden]
        for i, c in enumerate(self.model.columns):
            self.view.setColumnHidden(i, c.key in (hidden or []))
        widths = {LABEL: 260, "name_en": 220, "title_en": 300, "name_th": 160, "title_th": 260,
                  "parties": 200, "partners": 200}
        for i, c in enumerate(self.model.columns):
            self.view.setColumnWidth(i, widths.get(c.key, 110))

    def keyPressEvent(self, event) -> None:  # noqa: N802
        # Esc reaches the page when the filter box or the table had no use for it.
        if event.key() == Qt.Key_Escape and event.modifiers() == Qt.NoModifier:
            self.clear_filters()
            event.accept()
            return
        super().keyPressEvent(event)

    def clear_filters(self) -> None:
        """Esc: the whole list again, the selected record kept in view."""
        boxes = [b for b in (self.year_from, self.year_to) if b is not None]
        checks = [self.overdue] if self.overdue is not None else []
        if not self.quick.text() and not any(c.currentIndex() > 0 for c in self.combos.values()) \
                and not any(b.value() for b in boxes) and not any(c.isChecked() for c in checks) \
                and self.goal_filter is None:
            return
        self.goal_filter = None
        self.goal_chip.hide()
        for widget in [self.quick, *self.combos.values(), *boxes, *checks]:
            widget.blockSignals(True)
        for check in checks:
            check.setChecked(False)
        self.quick.clear()
        for combo in self.combos.values():
            combo.setCurrentIndex(0)
        for box in boxes:
            box.setValue(0)
        for widget in [self.quick, *self.combos.values(), *boxes, *checks]:
            widget.blockSignals(False)
        self.apply_filters()

    # -- selection ----------------------------------------------------------------------------
    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.record_id(index.row())

    def show_record(self, record_id: int, *, clear_filter: bool = True) -> bool:
        row = self.model.row_of(record_id)
        overdue = self.overdue is not None and self.overdue.isChecked()
        if row is None and clear_filter and (self.quick.text() or overdue or any(
                c.currentIndex() > 0 for c in self.combos.values())):
            self.quick.blockSignals(True)
            self.quick.clear()
            self.quick.blockSignals(False)
            if self.overdue is not None:
                self.overdue.blockSignals(True)
                self.overdue.setChecked(False)
                self.overdue.blockSignals(False)
            for combo in self.combos.values():
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
            self.model.set_query(self.query())
            self._update_count()
            row = self.model.row_of(record_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
        self.view.scrollTo(index)
        self._show_details()  # (built once: not again if the selection just did)
        return True

    def _edit_current(self) -> None:
        rid = self.current_id()
        if rid is not None:
            self.edit_record.emit(self.entity, rid)

    def _follow_link(self, url) -> None:
        text = url.toString()
        if text.startswith("http"):
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(url)
            return
        entity, _, rid = text.partition(":")
        if entity == "attachment" and rid.isdigit():
            self.open_attachment(int(rid))
        elif entity == "detach" and rid.isdigit():
            self.remove_attachment(int(rid))
        elif entity == "follow_up" and rid.isdigit():
            self.add_follow_up.emit(self.entity, int(rid))
        elif rid.isdigit():
            self.open_record.emit(entity, int(rid))

    def open_attachment(self, attachment_id: int) -> Path | None:
        """Open an attachment with the system's viewer (from a copy under its own name)."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices
        from PySide6.QtWidgets import QMessageBox

        try:
            att = attachments.get(self.reg, attachment_id)
            copy = attachments.copy_out(self.reg, att, tempfile.mkdtemp(prefix="bkk-"))
        except CoreError as exc:
            QMessageBox.warning(self, self.tr("Cannot open the attachment"), str(exc))
            return None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))
        return copy

    def remove_attachment(self, attachment_id: int, *, confirm: bool = True) -> bool:
        """Take an attachment off its record, after asking; True when it was removed."""
        from PySide6.QtWidgets import QMessageBox

        try:
            att = attachments.get(self.reg, attachment_id)
        except CoreError as exc:
            QMessageBox.warning(self, self.tr("Cannot remove the attachment"), str(exc))
            return False
        if confirm and QMessageBox.question(
                self, self.tr("Remove the attachment"),
                self.tr("Remove '%1' from this record? Its file is deleted unless another "
                        "record uses it; the record's history keeps a note of it.")
                .replace("%1", att.original_name)) != QMessageBox.Yes:
            return False
        return self.session.operations.write(
            self.tr("Removing the attachment"),
            lambda reg: reg.remove_attachment(attachment_id), parent=self).wait()

    def _show_details(self, *_args: object) -> None:
        rid = self.current_id()
        if rid is None:
            self._details_for = None
            hint = self.tr("Choose a record to see its details.")
            self.details.setHtml(f"<p style='color:gray'>{hint}</p>")
            return
        if self._details_for == (rid, self._generation):
            return  # already showing this record as the data stands
        self._details_for = (rid, self._generation)
        self.details.setHtml(self.details_html(rid))

    def details_html(self, record_id: int) -> str:
        spec = SPECS[self.entity]
        # A record a save just returned is shown as returned: no need to read it again.
        record = self._stored.pop(record_id, None) or self.reg.records.get(spec.cls, record_id)
        lang = self.prefs.language
        esc = html.escape
        title = getattr(record, "label", "")
        th = getattr(record, spec.label_th_col, None)
        if lang == "th" and th:  # the Thai name first, the English one below it
            title, th = th, title
        parts = [f"<h2>{esc(title)}</h2>"]
        if th:
            parts.append(f"<h3>{esc(th)}</h3>")
        rows = []

        def row(name: str, value_html: str) -> None:
            rows.append(f"<tr><td style='color:#555'>{esc(name)}</td><td>{value_html}</td></tr>")

        for col in self.model.columns:
            if col.key in (LABEL, "name_en", "title_en", "name_th", "title_th", "id",
                           "sectors", "sdgs", "tags"):  # lists: shown formatted below
                continue
            if hasattr(record, col.key):
                value = getattr(record, col.key)
                if isinstance(value, list | tuple | set):  # never a Python list on screen
                    continue
                if col.key == "country" and value:
                    text = f"{countries.name(value, lang)} ({value})"
                else:
                    text = self.model.display(col, value)
                if text:
                    row(labels.column_title(col.title), esc(text))
        for attr, name in (("signed_date", None), ("effective_date", self.tr("Effective from")),
                           ("start_date", None), ("done_date", self.tr("Done on")),
                           ("learned_date", self.tr("Learned on")),
                           ("piloted_date", self.tr("Piloted on")),
                           ("scaled_date", self.tr("Scaled up on"))):
            if name and getattr(record, attr, None):
                row(name, esc(self.prefs.show_date(getattr(record, attr))))
        late = _days_overdue(record)
        if late:
            text = self.tr("%1 days past its due date").replace("%1", f"{late:,}")
            row(self.tr("Overdue"), f"<span style='color:#b00020'><b>{esc(text)}</b></span>")
        for attr, name in (("sectors", self.tr("Sectors")), ("sdgs", self.tr("SDGs")),
                           ("tags", self.tr("Tags"))):
            values = getattr(record, attr, None)
            if values:
                if attr == "sectors":
                    shown = ", ".join(vocab.label(vocab.SECTORS, v, lang) for v in values)
                elif attr == "sdgs":
                    shown = ", ".join(f"{v} {vocab.label(vocab.SDGS, v, lang)}" for v in values)
                else:
                    shown = ", ".join(values)
                row(name, esc(shown))
        for attr, name in (("website", self.tr("Website")), ("signatories", self.tr("Signatories")),
                           ("renewal_terms", self.tr("Renewal terms")),
                           ("funding_source", self.tr("Funding source")),
                           ("description", self.tr("Description")),
                           ("result", self.tr("Result")),
                           ("notes", self.tr("Notes")), ("summary", self.tr("Summary")),
                           ("outcomes", self.tr("Outcomes")), ("evidence", self.tr("Evidence")),
                           ("source", self.tr("Source"))):
            value = getattr(record, attr, None)
            if value:
                row(name, _linkify(value))
        parts.append("<table cellspacing='4'>" + "".join(rows) + "</table>")
        if self.entity in FOLLOWED_UP and not self.reg.read_only:
            add = esc(self.tr("Add follow-up action…"))
            parts.append(f"<p><a href='follow_up:{record_id}'>{add}</a></p>")
        links = related(self.reg, self.entity, record_id, lang)
        if links:
            heading = self.tr("Linked records")
            parts.append(f"<h3>{esc(heading)}</h3><ul>")
            statuses = {**vocab.PROJECT_STATUSES, **vocab.AGREEMENT_STATUSES,
                        **vocab.LESSON_STAGES}
            for r in links:
                if r.entity == "partner" and r.detail:  # its country
                    detail = countries.name(r.detail, lang) or r.detail
                elif r.detail[:4].isdigit():
                    detail = self.prefs.show_date(r.detail)
                elif r.detail in statuses:
                    detail = vocab.label(statuses, r.detail, lang)
                else:
                    detail = r.detail if r.detail != r.label else ""  # a unit's Thai name
                name = in_trash(r.label) if r.in_trash else r.label
                # tr() outside the f-string: lupdate does not look inside one
                focal_mark = esc(self.tr("focal point"))
                focal = f" <b>({focal_mark})</b>" if r.focal_point else ""
                parts.append(f"<li>{esc(labels.entity_name(r.entity))}: "
                             f"<a href='{r.entity}:{r.id}'>{esc(name)}</a>{focal} "
                             f"<span style='color:gray'>{esc(detail)}</span></li>")
            parts.append("</ul>")
        files = attachments.list_for(self.reg, self.entity, record_id)
        if files:
            heading = self.tr("Attachments")
            parts.append(f"<h3>{esc(heading)}</h3><ul>")
            remove = esc(self.tr("remove"))
            for f in files:
                parts.append(f"<li><a href='attachment:{f.id}'>{esc(f.original_name)}</a> "
                             f"<span style='color:gray'>{f.size / 1024:,.0f} KB</span>")
                if not self.reg.read_only:
                    parts.append(f" <a href='detach:{f.id}' style='color:gray'>{remove}</a>")
                parts.append("</li>")
            parts.append("</ul>")
        history = self.reg.records.history(spec.cls, record_id)
        if history:
            heading = self.tr("History")
            parts.append(f"<h3>{esc(heading)}</h3><ul>")
            for h in reversed(history[-20:]):
                fields = ", ".join(say(FieldName(spec.name, attr)) for attr in h.changes
                                   )[:160] if h.action == "update" else ""
                when = self.prefs.show_timestamp(h.ts)
                parts.append(f"<li>{esc(when)} — {esc(h.user)}: "
                             f"{esc(say(audit.action_words(h.action)))} "
                             f"<span style='color:gray'>{esc(fields)}</span></li>")
            parts.append("</ul>")
        return "".join(parts)


def _days_overdue(record: Record) -> int:
    """How many days a follow-up action still to do is past its due date's last day (0 for
    any other record)."""
    if not isinstance(record, Action) or record.status not in vocab.OPEN_ACTION_STATUSES \
            or not record.due_date or not dates.is_valid(record.due_date):
        return 0
    return max((_dt.date.today() - dates.latest_day(record.due_date)).days, 0)


def _linkify(text: str) -> str:
    """Escape text, turning the web addresses in it into links."""
    out = []
    for part in re.split(r"(https?://[^\s;,]+)", text):
        if part.startswith(("http://", "https://")):
            out.append(f"<a href='{html.escape(part)}'>{html.escape(part)}</a>")
        else:
            out.append(html.escape(part))
    return "".join(out)
