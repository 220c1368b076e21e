"""Exporting from the window: the current list as shown (filter, sort order, visible columns)
and the ready-made reports (ReportDialog). The writing runs in a worker thread with its own
read-only connection, behind a progress dialog that can cancel it (no half file is left)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication as Qca
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core import dates
from ..core.errors import CoreError
from ..core.excel.export import ExportOptions, ExportResult, export_list
from ..core.excel.reports import REPORT_ENTITY, REPORTS, export_report
from ..core.places import countries
from ..core.places.regions import REGIONS
from ..core.records import vocab
from ..core.records.models import Partner
from ..core.records.repository import Query
from ..core.register import Register
from ..core.storage.database import MEMORY
from ..core.views.lists import countries_in_use
from . import labels
from .i18n import LANGUAGES
from .prefs import Prefs
from .session import Session
from .widgets import DateEdit, RecordPicker

if TYPE_CHECKING:
    from .list_page import ListPage



def default_folder(reg: Register) -> Path:
    """Where a file to save is suggested: beside the database file; the home folder for an
    in-memory or server database."""
    if reg.path == MEMORY or reg.is_server:
        return Path.home()
    return Path(reg.path).parent


# -- running an export ------------------------------------------------------------------------
def run_export(parent: QWidget | None, session: Session, label: str,
               work: Callable[[Register, Callable[[int, int], None]], ExportResult],
               path: str) -> tuple[ExportResult | None, str | None]:
    """Write an export off the GUI thread behind a progress dialog that can cancel it (no half
    file is left), and wait for it while the window goes on: (the result, None), or (None,
    why it failed), or (None, None) when it was cancelled."""
    result, problem = session.operations.read_and_wait(
        f"export:{path}", Qca.translate("ExportActions", "Exporting"), work, parent=parent,
        progress=label)
    if result is None:
        return None, problem
    assert isinstance(result, ExportResult)
    status = getattr(parent, "statusBar", None)
    text = (Qca.translate("ExportActions", "Exported %1 rows to %2")
            .replace("%1", f"{result.rows:,}").replace("%2", path))
    if callable(status):
        status().showMessage(text, 10_000)
    return result, None


def _save_path(parent: QWidget | None, title: str, suggested: str) -> str | None:
    xlsx = Qca.translate("ExportActions", "Excel workbook (*.xlsx)")
    csv = Qca.translate("ExportActions", "CSV, UTF-8 (*.csv)")
    path, chosen = QFileDialog.getSaveFileName(parent, title, suggested, f"{xlsx};;{csv}")
    if not path:
        return None
    if Path(path).suffix.lower() not in (".xlsx", ".csv"):
        path += ".csv" if chosen == csv else ".xlsx"
    return path


def _options(prefs: Prefs, language: str | None = None, calendar: str | None = None,
             progress: Callable[[int, int], None] | None = None) -> ExportOptions:
    return ExportOptions(language=language or prefs.language,
                         calendar=calendar or prefs.calendar, progress=progress)


# -- the list as shown ------------------------------------------------------------------------
def visible_columns(page: ListPage) -> list[str]:
    """The keys of the columns shown, in the order shown."""
    header = page.view.horizontalHeader()
    order = sorted(range(len(page.model.columns)), key=header.visualIndex)
    return [page.model.columns[i].key for i in order if not page.view.isColumnHidden(i)]


def export_list_page(parent: QWidget | None, page: ListPage, session: Session, prefs: Prefs,
                     path: str | None = None) -> ExportResult | None:
    """Export what ``page`` (a ListPage) shows to a file the user chooses; returns the
    result, or None when cancelled or failed (the user has been told)."""
    entity = page.entity
    query = page.query()
    query.sort, query.descending = page.model.query.sort, page.model.query.descending
    columns = visible_columns(page)
    if path is None:
        name = f"{labels.entity_name(entity, plural=True)}-{_dt.date.today().isoformat()}.xlsx"
        folder = default_folder(session.reg)
        path = _save_path(parent, Qca.translate("ExportActions", "Export list"), str(folder / name))
        if path is None:
            return None

    def work(reg: Register, progress: Callable[[int, int], None]) -> ExportResult:
        return export_list(reg, entity, query, columns, path,
                           _options(prefs, progress=progress))

    result, problem = run_export(parent, session, Qca.translate("ExportActions", "Exporting…"),
                                 work, path)
    if problem is not None:
        QMessageBox.warning(parent, Qca.translate("ExportActions", "Export failed"), problem)
    return result


# -- reports ------------------------------------------------------------------------------------
_FILTERS = {
    "partners": ("kind", "country", "region", "status", "sector", "sdg", "year"),
    "agreements": ("type", "status", "kind", "country", "region", "sector", "sdg", "year"),
    "projects": ("status", "kind", "country", "region", "sector", "sdg", "year"),
    "activities": ("type", "kind", "country", "region", "year"),
    "actions": ("status", "kind", "country", "region", "year"),
    "lessons": ("status", "kind", "country", "region", "sector"),
    "profile": (),
}
_STATUS = {"partner": vocab.PARTNER_STATUSES, "agreement": vocab.AGREEMENT_STATUSES,
           "project": vocab.PROJECT_STATUSES, "action": vocab.ACTION_STATUSES,
           "lesson": vocab.LESSON_STAGES}
_TYPES = {"agreement": vocab.AGREEMENT_TYPES, "activity": vocab.ACTIVITY_TYPES}


class ReportDialog(QDialog):
    """Choose a report, its filters, date range or partner, language and calendar, and the
    file; Export writes it in the background."""

    def __init__(self, session: Session, prefs: Prefs, parent=None):
        super().__init__(parent)
        self.session, self.prefs = session, prefs
        self.result_: ExportResult | None = None
        self.setWindowTitle(self.tr("Reports"))
        lang = prefs.language

        self.report = QComboBox(self)
        self.report.setObjectName("report_choice")
        names = {"partners": self.tr("Partner list"),
                 "agreements": self.tr("Agreement register"),
                 "projects": self.tr("Project portfolio"),
                 "activities": self.tr("Activity log"),
                 "actions": self.tr("Follow-up tracker"),
                 "lessons": self.tr("Lessons brought home"),
                 "profile": self.tr("Partner profile (workbook)")}
        for key in REPORTS:
            self.report.addItem(names[key], key)

        self.combos: dict[str, QComboBox] = {}
        filters = QFormLayout()
        titles = {"kind": self.tr("Kind"), "country": self.tr("Country"),
                  "region": self.tr("Region"), "status": self.tr("Status"),
                  "type": self.tr("Type"), "sector": self.tr("Sector"), "sdg": self.tr("SDG")}
        for key, title in titles.items():
            combo = QComboBox(self)
            combo.setObjectName(f"report_filter_{key}")
            self.combos[key] = combo
            filters.addRow(title, combo)
        self._fill_static(lang)
        self.year_from, self.year_to = QSpinBox(self), QSpinBox(self)
        years = QHBoxLayout()
        for box in (self.year_from, self.year_to):
            box.setRange(0, 2700)
            box.setSpecialValueText(self.tr("any"))
            box.setToolTip(self.tr("Year, in the calendar chosen in Settings"))
            years.addWidget(box)
        filters.addRow(self.tr("Years"), years)
        self.filter_box = QGroupBox(self.tr("Filters"), self)
        self.filter_box.setLayout(filters)

        self.date_from, self.date_to = DateEdit(prefs, self), DateEdit(prefs, self)
        self.partner = RecordPicker(self._find_partners, self._partner_label, single=True,
                                    parent=self)
        self.partner.setObjectName("report_partner")
        self.language = QComboBox(self)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(lang))
        self.calendar = QComboBox(self)
        self.calendar.addItem(self.tr("Gregorian (C.E.)"), "gregorian")
        self.calendar.addItem(self.tr("Buddhist Era (B.E. = C.E. + 543)"), "buddhist")
        self.calendar.setCurrentIndex(self.calendar.findData(prefs.calendar))
        self.path = QLineEdit(self)
        self.path.setObjectName("report_path")
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        self.all_columns = QCheckBox(self.tr("Every column (wider than a printed page)"), self)
        self.all_columns.setObjectName("report_all_columns")
        self.all_columns.setToolTip(self.tr(
            "Unchecked, a report shows the columns an A4 page holds. A .csv file always "
            "has every column."))
        self.open_after = QCheckBox(self.tr("Open the file when it is written"), self)
        self.message = QLabel(self)
        self.message.setObjectName("report_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")

        form = QFormLayout()
        form.addRow(self.tr("&Report"), self.report)
        form.addRow(self.tr("&Partner"), self.partner)
        form.addRow(self.tr("From date"), self.date_from)
        form.addRow(self.tr("To date"), self.date_to)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("&Calendar"), self.calendar)
        file_label = QLabel(self.tr("&File"), self)  # a row holding a layout gets no buddy
        file_label.setBuddy(self.path)
        form.addRow(file_label, file_row)
        self.form = form
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Close, self)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("&Export"))
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.all_columns)
        layout.addWidget(self.open_after)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.report.currentIndexChanged.connect(self._report_changed)
        self._report_changed()

    # -- choices --------------------------------------------------------------------------
    def _fill_static(self, lang: str) -> None:
        add = {"kind": (self.tr("All kinds"), vocab.PARTNER_KINDS),
               "sector": (self.tr("All sectors"), vocab.SECTORS),
               "sdg": (self.tr("All SDGs"), vocab.SDGS)}
        for key, (everything, values) in add.items():
            combo = self.combos[key]
            combo.addItem(everything, None)
            for value in values:
                text = vocab.label(values, value, lang)
                combo.addItem(f"SDG {value} {text}" if key == "sdg" else text, value)
        self.combos["region"].addItem(self.tr("All regions"), None)
        for region in REGIONS:
            self.combos["region"].addItem(labels.region_label(region, lang), region)
        self.combos["country"].addItem(self.tr("All countries"), None)
        for code in countries.by_name(countries_in_use(self.session.reg), lang):
            self.combos["country"].addItem(
                f"{countries.name(code, lang) or code} ({code})", code)

    def _report_changed(self, *_args: object) -> None:
        key = self.report.currentData()
        entity = REPORT_ENTITY[key]
        lang = self.prefs.language
        for name in ("status", "type"):
            combo = self.combos[name]
            combo.clear()
            combo.addItem(self.tr("All statuses") if name == "status" else self.tr("All types"),
                          None)
            values = (_STATUS if name == "status" else _TYPES).get(entity, {})
            for value in values:
                combo.addItem(vocab.label(values, value, lang), value)
        wanted = _FILTERS[key]
        for name, combo in self.combos.items():
            combo.setEnabled(name in wanted)
        for box in (self.year_from, self.year_to):
            box.setEnabled("year" in wanted)
        self.filter_box.setEnabled(bool(wanted))
        dated = key in ("activities", "profile")
        self.date_from.setEnabled(dated)
        self.date_to.setEnabled(dated)
        self.partner.setEnabled(key != "partners")
        if not self.path.text().strip() or Path(self.path.text()).stem.startswith(
                tuple(REPORTS)):
            folder = default_folder(self.session.reg)
            self.path.setText(str(folder / f"{key}-{_dt.date.today().isoformat()}.xlsx"))

    def _find_partners(self, text: str) -> list[tuple[int, str]]:
        page = self.session.reg.records.list(Partner, Query(text=text, limit=20))
        return [(p.id, p.name_en) for p in page.records]

    def _partner_label(self, rid: int) -> str:
        try:
            return self.session.reg.records.get(Partner, rid).name_en
        except CoreError:
            return f"[{rid}]"

    def _browse(self) -> None:
        path = _save_path(self, self.tr("Save the report as"), self.path.text())
        if path:
            self.path.setText(path)

    def _year(self, box: QSpinBox) -> int | None:
        if not box.isEnabled() or box.value() == 0:
            return None
        year = box.value()
        return year - 543 if self.prefs.calendar == "buddhist" or year > 2300 else year

    def query(self) -> Query:
        q = Query(year_from=self._year(self.year_from), year_to=self._year(self.year_to))
        for name, combo in self.combos.items():
            if combo.isEnabled():
                setattr(q, name, combo.currentData())
        return q

    # -- export ---------------------------------------------------------------------------
    def _fail(self, text: str) -> None:
        self.message.setText(text)

    def export(self) -> ExportResult | None:
        key = self.report.currentData()
        path = self.path.text().strip()
        partner = (self.partner.ids() or [None])[0] if key != "partners" else None
        if not path:
            return self._fail(self.tr("Choose the file to write."))
        if Path(path).suffix.lower() not in (".xlsx", ".csv"):
            return self._fail(self.tr("The file name must end in .xlsx or .csv."))
        if key == "profile" and partner is None:
            return self._fail(self.tr("Choose the partner whose profile to export."))
        if key == "profile" and Path(path).suffix.lower() == ".csv":
            return self._fail(self.tr("The partner profile has several sheets; save it as "
                                      ".xlsx."))
        dated = key in ("activities", "profile")
        date_from = self.date_from.iso() if dated else None
        date_to = self.date_to.iso() if dated else None
        if not dates.is_valid(date_from) or not dates.is_valid(date_to):
            return self._fail(self.tr("The dates are not valid; type dd/mm/yyyy, mm/yyyy or a "
                                      "year."))
        query, language, calendar = self.query(), self.language.currentData(), \
            self.calendar.currentData()
        every = self.all_columns.isChecked()
        self.message.clear()

        def work(reg: Register, progress: Callable[[int, int], None]) -> ExportResult:
            return export_report(reg, key, path, query=query, partner_id=partner,
                                 date_from=date_from, date_to=date_to, all_columns=every,
                                 options=_options(self.prefs, language, calendar, progress))

        result, problem = run_export(self.parent(), self.session, self.tr("Exporting…"), work,
                                     path)
        if problem is not None:
            return self._fail(problem)
        if result is not None:
            self.result_ = result
            if self.open_after.isChecked():
                QDesktopServices.openUrl(QUrl.fromLocalFile(path))
            self.accept()
        return result
