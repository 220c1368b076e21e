"""Settings: interface language, calendar, and the home city the database belongs to."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from ..core.backups import backup
from ..core.changes import Changes
from ..core.register import Register
from .i18n import LANGUAGES
from .prefs import Prefs
from .session import Session
from .widgets import CountryPicker


class SettingsDialog(QDialog):
    def __init__(self, prefs: Prefs, session: Session, parent=None):
        super().__init__(parent)
        self.prefs, self.session = prefs, session
        db = session.reg
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox(self)
        self.language.setObjectName("setting_language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(prefs.language))
        self.calendar = QComboBox(self)
        self.calendar.setObjectName("setting_calendar")
        self.calendar.addItem(self.tr("Gregorian (C.E.)"), "gregorian")
        self.calendar.addItem(self.tr("Buddhist Era (B.E. = C.E. + 543)"), "buddhist")
        self.calendar.setCurrentIndex(self.calendar.findData(prefs.calendar))
        self.thai_digits = QCheckBox(self.tr("Write Thai dates in Thai digits (๒๙ พ.ย. ๒๕๖๙ "
                                             "rather than 29 พ.ย. 2569)"), self)
        self.thai_digits.setObjectName("setting_thai_digits")
        self.thai_digits.setChecked(prefs.thai_digits)
        self.home_en = QLineEdit(str(db.setting("home_city_en") or ""), self)
        self.home_th = QLineEdit(str(db.setting("home_city_th") or ""), self)
        self.home_country = CountryPicker(prefs.language, self)
        self.home_country.set_code(db.setting("home_country"))
        for w in (self.home_en, self.home_th, self.home_country):
            w.setEnabled(not db.read_only)
        self.auto_backup = QCheckBox(self.tr("Back up automatically when the app starts and "
                                             "closes"), self)
        self.auto_backup.setChecked(prefs.auto_backup)
        self.daily = QSpinBox(self)
        self.daily.setRange(backup.KEEP_DAILY.low, backup.KEEP_DAILY.high)
        self.daily.setValue(prefs.keep_daily)
        self.weekly = QSpinBox(self)
        self.weekly.setRange(backup.KEEP_WEEKLY.low, backup.KEEP_WEEKLY.high)
        self.weekly.setValue(prefs.keep_weekly)
        form = QFormLayout()
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("&Calendar"), self.calendar)
        form.addRow("", self.thai_digits)
        form.addRow(self.tr("Home city (&English)"), self.home_en)
        form.addRow(self.tr("Home city (&Thai)"), self.home_th)
        form.addRow(self.tr("Home c&ountry"), self.home_country)
        form.addRow(self.tr("&Backups"), self.auto_backup)
        form.addRow(self.tr("Daily backups to keep"), self.daily)
        form.addRow(self.tr("Weekly backups to keep"), self.weekly)
        note = QLabel(self.tr("The newest automatic backup of each of these days and weeks is "
                              "kept, and always the two newest. Backups made with File → "
                              "Backup now are never removed."), self)
        note.setObjectName("backup_note")
        note.setWordWrap(True)
        form.addRow("", note)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def apply(self) -> bool:
        """Store the choices; return True when the language (or how Thai dates are
        written) changed, so the window is built again."""
        changed = (self.language.currentData() != self.prefs.language
                   or self.thai_digits.isChecked() != self.prefs.thai_digits)
        self.prefs.language = self.language.currentData()
        self.prefs.calendar = self.calendar.currentData()
        self.prefs.thai_digits = self.thai_digits.isChecked()
        self.prefs.auto_backup = self.auto_backup.isChecked()
        self.prefs.keep_daily = self.daily.value()
        self.prefs.keep_weekly = self.weekly.value()
        if not self.session.reg.read_only:
            values = {"home_city_en": self.home_en.text().strip() or None,  # None: default
                      "home_city_th": self.home_th.text().strip() or None,
                      "home_country": self.home_country.code() or None}

            def store(reg: Register) -> Changes:
                done = Changes()
                for key, value in values.items():
                    done |= reg.set_setting(key, value)
                return done

            self.session.operations.write(self.tr("Saving the settings"), store,
                                          parent=self).wait()
        return changed
