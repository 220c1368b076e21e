"""The window's document actions: File → Briefing for a visit… (Word, PDF or print), Add
reminders to my calendar… (.ics; also from the dashboard), Print… and Print preview… of what
the current page shows. Documents are put together off the GUI thread behind a progress
dialog with Cancel (the session's operations)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..core.documents import briefing, calendar, pdf, word
from ..core.documents.model import Document
from ..core.errors import CoreError
from ..core.records.models import Activity, Partner
from ..core.records.repository import Query
from ..core.register import Register
from ..core.settings import home_city
from . import labels, printing
from .export_actions import default_folder
from .i18n import LANGUAGES
from .list_page import ListPage
from .widgets import RecordPicker

if TYPE_CHECKING:
    from .main_window import MainWindow


def _run(parent: QWidget, window: MainWindow, label: str,
         work: Callable[[Register, Callable[[int, int], None]], Any]
         ) -> tuple[Any, str | None]:
    """``work(reg, progress)`` off the GUI thread behind a progress dialog with Cancel,
    waited for (see ``Operations.read_and_wait``)."""
    return window.session.operations.read_and_wait(f"document:{label}", label, work,
                                                   parent=parent, progress=label)


def _home(window: MainWindow, language: str) -> str:
    db = window.reg.db
    return home_city(db, language)


class BriefingDialog(QDialog):
    """Choose the partner or activity, the language and calendar; then save as Word or PDF,
    or see it in the print preview."""

    def __init__(self, window: MainWindow, *, partner_id: int | None = None,
                 activity_id: int | None = None):
        super().__init__(window)
        self.window_ = window
        self.setObjectName("briefing_dialog")
        self.setWindowTitle(self.tr("Briefing for a visit"))
        repo = window.reg.records
        self.for_partner = QRadioButton(self.tr("A partner"), self)
        self.for_activity = QRadioButton(self.tr("An activity and its partners"), self)
        group = QButtonGroup(self)
        group.addButton(self.for_partner)
        group.addButton(self.for_activity)
        self.partner = RecordPicker(
            lambda text: [(p.id, p.name_en) for p in
                          repo.list(Partner, Query(text=text, limit=20)).records],
            lambda rid: self._label(Partner, rid), single=True, parent=self)
        self.partner.setObjectName("briefing_partner")
        self.activity = RecordPicker(
            lambda text: [(a.id, a.title_en) for a in
                          repo.list(Activity, Query(text=text, limit=20)).records],
            lambda rid: self._label(Activity, rid), single=True, parent=self)
        self.activity.setObjectName("briefing_activity")
        if partner_id is not None:
            self.partner.set_ids([partner_id])
        if activity_id is not None:
            self.activity.set_ids([activity_id])
        (self.for_activity if activity_id is not None and partner_id is None
         else self.for_partner).setChecked(True)
        self.language = QComboBox(self)
        self.language.setObjectName("briefing_language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(window.prefs.language)))
        self.calendar = QComboBox(self)
        self.calendar.setObjectName("briefing_calendar")
        self.calendar.addItem(self.tr("Gregorian (C.E.)"), "gregorian")
        self.calendar.addItem(self.tr("Buddhist Era (B.E.)"), "buddhist")
        self.calendar.setCurrentIndex(max(0, self.calendar.findData(window.prefs.calendar)))
        form = QFormLayout()
        form.addRow(self.for_partner, self.partner)
        form.addRow(self.for_activity, self.activity)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("&Calendar"), self.calendar)
        note = QLabel(self.tr("Word (.docx) is set in TH Sarabun New for editing and "
                              "circulating; the PDF carries its own Thai font."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        self.word_button = QPushButton(self.tr("Save as &Word…"), self)
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"), self)
        self.preview_button = QPushButton(self.tr("Print pre&view…"), self)
        for b in (self.word_button, self.pdf_button, self.preview_button):
            buttons.addButton(b, QDialogButtonBox.ActionRole)
        self.word_button.clicked.connect(lambda: self.save(".docx"))
        self.pdf_button.clicked.connect(lambda: self.save(".pdf"))
        self.preview_button.clicked.connect(self.preview)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _label(self, cls: type, rid: int) -> str:
        try:
            return self.window_.reg.records.get(cls, rid).label
        except CoreError:
            return f"[{rid}]"

    def choice(self) -> tuple[int | None, int | None]:
        """(partner id, activity id) as chosen; an activity briefing may also name one of
        its partners."""
        partner = (self.partner.ids() or [None])[0]
        if self.for_activity.isChecked():
            return partner if partner in self._activity_partners() else None, \
                (self.activity.ids() or [None])[0]
        return partner, None

    def _activity_partners(self) -> list[int]:
        ids = self.activity.ids()
        if not ids:
            return []
        try:
            return list(self.window_.reg.records.get(Activity, ids[0]).partner_ids)
        except CoreError:
            return []

    def build(self) -> Document | None:
        """Put the briefing together (off the GUI thread); None when nothing is chosen or it
        failed (the user has been told)."""
        partner_id, activity_id = self.choice()
        if partner_id is None and activity_id is None:
            QMessageBox.information(self, self.windowTitle(),
                                    self.tr("Choose a partner or an activity first."))
            return None
        language = str(self.language.currentData())
        cal = str(self.calendar.currentData())

        def work(reg: Register, _progress: Callable[[int, int], None]) -> Document:
            if activity_id is not None:
                return briefing.activity_briefing(reg, activity_id, partner_id=partner_id,
                                                  language=language, calendar=cal)
            return briefing.partner_briefing(reg, partner_id, language=language, calendar=cal)

        doc, error = _run(self, self.window_, self.tr("Preparing the briefing…"), work)
        if error is not None:
            QMessageBox.warning(self, self.tr("Cannot prepare the briefing"), error)
        return doc

    def save(self, ext: str, path: str | None = None) -> str | None:
        doc = self.build()
        if doc is None:
            return None
        if path is None:
            what = self.tr("Word document") if ext == ".docx" else self.tr("PDF document")
            suggested = str(default_folder(self.window_.reg) / f"{doc.file_stem}{ext}")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the briefing"),
                                                  suggested, f"{what} (*{ext})")
            if not path:
                return None
            if not path.lower().endswith(ext):
                path += ext

        def work(_reg: Register, _progress: Callable[[int, int], None]) -> object:
            return (word.write_docx if ext == ".docx" else pdf.write_pdf)(doc, path)

        written, error = _run(self, self.window_, self.tr("Writing the briefing…"), work)
        if error is not None:
            QMessageBox.warning(self, self.tr("Cannot save the briefing"), error)
        if written is None:  # failed (and said so) or cancelled
            return None
        self.window_.statusBar().showMessage(self.tr("Saved %1").replace("%1", path), 10_000)
        return path

    def preview(self) -> None:
        doc = self.build()
        if doc is not None:
            show_preview(self, printing.briefing_printout(doc))


def show_preview(parent: QWidget, printout: printing.Printout) -> QPrintPreviewDialog:
    printer = QPrinter(QPrinter.HighResolution)
    printing.setup_printer(printer, printout)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("print_preview")
    dialog.setWindowTitle(printout.title)
    dialog.paintRequested.connect(printout.render)
    dialog.resize(1000, 800)
    dialog.exec()
    return dialog


def print_with_dialog(parent: QWidget, printout: printing.Printout) -> bool:
    printer = QPrinter(QPrinter.HighResolution)
    printing.setup_printer(printer, printout)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.Accepted:
        return False
    printout.render(printer)
    return True


class DocumentActions(QObject):
    """The document actions of a main window, added to its File menu."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.act_brief = window._action(
            self.tr("&Briefing for a visit…"), self.open_briefing, "Ctrl+B",
            self.tr("A one- to two-page briefing on a partner or an activity, as Word or PDF"))
        self.act_calendar = window._action(
            self.tr("Add reminders to my &calendar…"), lambda: self.save_calendar(), None,
            self.tr("Agreement expiries (reminders 180, 90 and 30 days before) and upcoming "
                    "activities as an .ics file for Outlook, Google or Thunderbird"))
        self.act_print = window._action(self.tr("&Print…"), lambda: self.print_current(False),
                                        QKeySequence.Print,
                                        self.tr("Print what this page shows"))
        self.act_preview = window._action(self.tr("Print pre&view…"),
                                          lambda: self.print_current(True), "Ctrl+Shift+P")
        menu = next(m for m in window.menuBar().findChildren(QMenu)
                    if window.act_import in m.actions())  # File
        menu.insertAction(window.act_import, self.act_brief)
        menu.insertAction(window.act_import, self.act_calendar)
        menu.insertSeparator(window.act_backup)
        menu.insertAction(window.act_backup, self.act_print)
        menu.insertAction(window.act_backup, self.act_preview)
        menu.insertSeparator(window.act_backup)
        window.nav.currentRowChanged.connect(lambda _r: self.update())
        self.update()

    def update(self) -> None:
        self.act_print.setEnabled(bool(self.choices()))
        self.act_preview.setEnabled(bool(self.choices()))

    # -- what the current page can print ----------------------------------------------------
    def choices(self) -> list[tuple[str, str]]:
        w = self.window
        page = w.stack.currentWidget()
        if isinstance(page, ListPage):
            out = [("list", self.tr("This list, as shown (%1 rows)").replace(
                "%1", f"{page.model.total:,}"))]
            if page.current_id() is not None:
                out.append(("details", self.tr("The selected record's details")))
                if page.entity in ("partner", "activity"):
                    out.append(("briefing", self.tr("The briefing on the selected %1")
                                .replace("%1", labels.entity_name(page.entity).lower())))
            return out
        if page is getattr(w, "map_page", None):
            return [("map", self.tr("The map, as shown"))]
        if page is w.graph_slot:
            return [("graph", self.tr("The graph, as shown"))]
        return []

    def printout(self, what: str) -> printing.Printout | None:
        w = self.window
        lang, cal = w.prefs.language, w.prefs.calendar
        page = w.stack.currentWidget()
        if what == "list" and isinstance(page, ListPage):
            return printing.list_printout(page, home=_home(w, lang), language=lang,
                                          calendar=cal)
        if what == "details" and isinstance(page, ListPage) and page.current_id():
            return printing.details_printout(page, page.current_id(), home=_home(w, lang),
                                             language=lang, calendar=cal)
        if what == "briefing" and isinstance(page, ListPage) and page.current_id():
            dialog = BriefingDialog(w, **{f"{page.entity}_id": page.current_id()})
            doc = dialog.build()
            dialog.deleteLater()
            return printing.briefing_printout(doc) if doc is not None else None
        if what == "map" and page is getattr(w, "map_page", None) and w.map_page.scene:
            return printing.MapPrintout(w.map_page)
        if what == "graph" and w._graph_page is not None and w.graph_page.view is not None:
            return printing.GraphPrintout(w.graph_page)
        return None

    def print_current(self, preview: bool, what: str | None = None) -> bool:
        choices = self.choices()
        if not choices:
            return False
        if what is None:
            what = choices[0][0] if len(choices) == 1 else self._ask(choices, preview)
            if what is None:
                return False
        try:
            printout = self.printout(what)
        except printing.TooLong as exc:
            QMessageBox.information(self.window, self.tr("Print"), str(exc))
            return False
        if printout is None:
            self.window.statusBar().showMessage(self.tr("Nothing to print yet."), 5000)
            return False
        if preview:
            show_preview(self.window, printout)
            return True
        return print_with_dialog(self.window, printout)

    def _ask(self, choices: list[tuple[str, str]], preview: bool) -> str | None:
        dialog = QDialog(self.window)
        dialog.setObjectName("print_choice")
        dialog.setWindowTitle(self.tr("Print preview") if preview else self.tr("Print"))
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel(self.tr("What would you like to print?"), dialog))
        buttons = []
        for i, (key, text) in enumerate(choices):
            radio = QRadioButton(text, dialog)
            radio.setProperty("choice", key)
            radio.setChecked(i == 0)
            layout.addWidget(radio)
            buttons.append(radio)
        box = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, dialog)
        box.accepted.connect(dialog.accept)
        box.rejected.connect(dialog.reject)
        row = QHBoxLayout()
        row.addWidget(box)
        layout.addLayout(row)
        if dialog.exec() != QDialog.Accepted:
            return None
        return next(str(b.property("choice")) for b in buttons if b.isChecked())

    # -- briefing and calendar ------------------------------------------------------------
    def open_briefing(self) -> BriefingDialog:
        page = self.window.stack.currentWidget()
        kw: dict[str, int] = {}
        if isinstance(page, ListPage) and page.entity in ("partner", "activity") \
                and page.current_id() is not None:
            kw[f"{page.entity}_id"] = page.current_id()
        dialog = BriefingDialog(self.window, **kw)
        dialog.open()
        return dialog

    def save_calendar(self, path: str | None = None) -> calendar.CalendarResult | None:
        w = self.window
        if path is None:
            stem = "bkk_relations" if w.reg.is_server else Path(w.reg.path).stem
            suggested = str(default_folder(w.reg) / f"{stem}-reminders.ics")
            path, _ = QFileDialog.getSaveFileName(
                w, self.tr("Add reminders to my calendar"), suggested,
                self.tr("Calendar file (*.ics)"))
            if not path:
                return None
            if not path.lower().endswith(".ics"):
                path += ".ics"
        lang, cal = w.prefs.language, w.prefs.calendar

        def work(reg: Register, _progress: Callable[[int, int], None]
                 ) -> calendar.CalendarResult:
            return calendar.write_calendar(reg, path, language=lang, calendar=cal)

        result, error = _run(w, w, self.tr("Writing the calendar…"), work)
        if error is not None:
            QMessageBox.warning(w, self.tr("Cannot write the calendar"), error)
        if result is None:
            return None
        text = self.tr("Saved %1: %2 agreement expiries with reminders, %3 activities. Open "
                       "it with Outlook, Google Calendar or Thunderbird; importing a newer "
                       "file updates the events.").replace("%1", path) \
            .replace("%2", str(result.agreements)).replace("%3", str(result.activities))
        w.statusBar().showMessage(text, 15_000)
        return result


def smoke_documents(db, folder: Path) -> str | None:
    """For the packaged app's smoke test: a Thai briefing as Word and PDF and the calendar,
    written from the demo database (the bundle has the template, the fonts, the Thai word
    list, python-docx's parts); what went wrong, or None."""
    try:
        reg = Register(db)
        partner = briefing.find_partner(reg, "Seoul")
        doc = briefing.partner_briefing(reg, partner.id, language="th", calendar="buddhist")
        word.write_docx(doc, folder / "briefing.docx")
        pdf.write_pdf(doc, folder / "briefing.pdf")
        calendar.write_calendar(reg, folder / "reminders.ics", language="th")
    except Exception as exc:  # noqa: BLE001 - reported by the smoke test
        return f"{type(exc).__name__}: {exc}"
    return None
