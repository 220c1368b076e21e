"""Exporting from the window: the list as shown, and the reports dialog."""

from __future__ import annotations

import datetime as dt

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from bkk_relations.core.records.models import Partner
from bkk_relations.core.records.repository import Query
from bkk_relations.ui.export_actions import ReportDialog, export_list_page, visible_columns

from .helpers import go_to


def test_export_the_list_as_shown(qtbot, window, tmp_path, monkeypatch):
    page = go_to(window, "partner")
    page.combos["kind"].setCurrentIndex(page.combos["kind"].findData("city"))
    page.quick.setText("an")  # Washington, Budapest, Manila, …
    page.set_column_visible(1, False)  # hide the Thai name
    page.view.sortByColumn(0, Qt.DescendingOrder)
    header = page.view.horizontalHeader()
    header.moveSection(header.visualIndex(4), 1)  # Country shown second
    columns = visible_columns(page)
    assert columns[:2] == ["name_en", "country"] and "name_th" not in columns
    target = tmp_path / "shown.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "Excel workbook (*.xlsx)"))
    result = export_list_page(window, page, window.session, window.prefs)
    assert result is not None and result.rows == page.model.total
    ws = openpyxl.load_workbook(target)["Partners"]
    titles = [c.value for c in ws[3] if c.value]
    by_key = {c.key: c.title for c in page.model.columns}
    assert titles == [by_key[k] for k in columns]
    shown = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert [ws.cell(r, 1).value for r in range(4, ws.max_row + 1)] == shown
    assert "Exported" in window.statusBar().currentMessage()


def test_export_list_cancelled_in_the_file_dialog(qtbot, window, monkeypatch):
    page = go_to(window, "agreement")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert export_list_page(window, page, window.session, window.prefs) is None


def test_report_dialog_writes_reports(qtbot, window, tmp_path):
    dialog = ReportDialog(window.session, window.prefs, window)
    qtbot.addWidget(dialog)
    dialog.report.setCurrentIndex(dialog.report.findData("agreements"))
    dialog.combos["type"].setCurrentIndex(dialog.combos["type"].findData("sister_city"))
    dialog.language.setCurrentIndex(dialog.language.findData("th"))
    dialog.path.setText(str(tmp_path / "register.xlsx"))
    result = dialog.export()
    assert result is not None and result.rows > 0
    wb = openpyxl.load_workbook(tmp_path / "register.xlsx")
    ws = wb["ความตกลง"]
    assert ws["A1"].value.startswith("กรุงเทพมหานคร — ทะเบียนความตกลง")
    assert {ws.cell(r, 3).value for r in range(4, ws.max_row + 1)} == {
        "ข้อตกลงเมืองพี่เมืองน้อง"}


def test_report_dialog_offers_every_column(qtbot, window, tmp_path):
    dialog = ReportDialog(window.session, window.prefs, window)
    qtbot.addWidget(dialog)
    dialog.report.setCurrentIndex(dialog.report.findData("partners"))
    headers = {}
    for every in (False, True):
        dialog.all_columns.setChecked(every)
        dialog.path.setText(str(tmp_path / f"partners-{every}.xlsx"))
        assert dialog.export() is not None
        ws = openpyxl.load_workbook(tmp_path / f"partners-{every}.xlsx")["Partners"]
        headers[every] = [c.value for c in ws[3] if c.value]
    assert "Website" not in headers[False] and "Website" in headers[True]
    assert len(headers[False]) < len(headers[True])


def test_report_dialog_profile_needs_a_partner_and_xlsx(qtbot, window, tmp_path):
    dialog = ReportDialog(window.session, window.prefs, window)
    qtbot.addWidget(dialog)
    dialog.report.setCurrentIndex(dialog.report.findData("profile"))
    assert not dialog.filter_box.isEnabled() and dialog.date_from.isEnabled()
    dialog.path.setText(str(tmp_path / "seoul.xlsx"))
    assert dialog.export() is None
    assert "Choose the partner" in dialog.message.text()
    seoul = window.reg.records.list(Partner, Query(text="Seoul")).records[0]
    dialog.partner.add_id(seoul.id)
    dialog.path.setText(str(tmp_path / "seoul.csv"))
    assert dialog.export() is None and "several sheets" in dialog.message.text()
    dialog.path.setText(str(tmp_path / "seoul.xlsx"))
    dialog.date_from.edit.setText("1/1/2019")
    result = dialog.export()
    assert result is not None
    assert openpyxl.load_workbook(tmp_path / "seoul.xlsx").sheetnames[:2] == [
        "Partners", "Agreements"]


def test_report_dialog_reports_write_errors(qtbot, window, tmp_path):
    dialog = ReportDialog(window.session, window.prefs, window)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "missing" / "p.xlsx"))
    assert dialog.export() is None
    assert "does not exist" in dialog.message.text()
    dialog.report.setCurrentIndex(dialog.report.findData("activities"))
    dialog.date_from.edit.setText("31/02/2020")
    dialog.path.setText(str(tmp_path / "log.xlsx"))
    assert dialog.export() is None and "not valid" in dialog.message.text()
    assert dt.date.today().isoformat() not in dialog.message.text()
