"""What keeps the office's data safe, seen from the window: automatic backups, restore,
attachments, changes made by another user, and unexpected errors."""

from __future__ import annotations

import sys

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from bkk_relations.core.backups.backup import backup_to
from bkk_relations.core.records import attachments
from bkk_relations.core.records.models import Partner
from bkk_relations.core.records.repository import Repository
from bkk_relations.core.storage.database import Database
from bkk_relations.ui.app import install_exception_handler

from .helpers import answer_box, button, go_to, row_labels, select_label


def test_changes_saved_by_another_user_appear(window):
    page = go_to(window, "partner")
    other = Database.open(window.reg.path)
    Repository(other, user="colleague").create(Partner(name_en="Added Elsewhere", country="FR"))
    other.close()
    window._check_for_changes()
    assert "Added Elsewhere" in row_labels(page)
    assert "another user" in window.statusBar().currentMessage()


def test_restore_from_a_backup_in_the_window(window, tmp_path):
    saved = backup_to(window.reg, tmp_path / "saved.db").path
    page = go_to(window, "partner")
    select_label(page, "Seoul")
    answer_box(button("Move to the Trash"))
    window.act_delete.trigger()
    window.reg.records.purge(Partner, page.reg.records.trash()[0].id)
    assert "Seoul" not in row_labels(page)
    assert window.restore_from(str(saved))
    assert "Seoul" in row_labels(window.pages["partner"])
    assert "previous file is kept" in window.statusBar().currentMessage()


def test_a_backup_that_fails_its_check_changes_nothing_in_the_window(window, tmp_path,
                                                                      monkeypatch):
    saved = backup_to(window.reg, tmp_path / "saved.db").path
    odd = tmp_path / "attachments" / "ab"
    odd.mkdir(parents=True)
    (odd / ("ab" + "0" * 62)).symlink_to(tmp_path / "nowhere")
    page = go_to(window, "partner")
    select_label(page, "Seoul")
    answer_box(button("Move to the Trash"))
    window.act_delete.trigger()
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    assert not window.restore_from(str(saved))
    assert warned and "attachments folder" in warned[0] and "Nothing was changed" in warned[0]
    assert "Seoul" not in row_labels(window.pages["partner"])  # still the data as it was
    assert not list(tmp_path.glob("demo.before-restore-*"))


def test_attachments_are_listed_and_open(window, tmp_path, monkeypatch):
    page = go_to(window, "partner")
    rid = select_label(page, "Seoul")
    scan = tmp_path / "signed MOU.pdf"
    scan.write_bytes(b"%PDF-1.4")
    attachments.attach(window.reg, "partner", rid, scan)
    page.reload()
    assert "signed MOU.pdf" in page.details.toPlainText()
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    att = attachments.list_for(window.reg, "partner", rid)[0]
    copy = page.open_attachment(att.id)
    assert copy is not None and copy.read_bytes() == b"%PDF-1.4"
    assert opened and opened[0].toLocalFile() == str(copy)


def test_an_attachment_is_removed_from_the_details_pane_after_asking(window, tmp_path,
                                                                     monkeypatch):
    page = go_to(window, "partner")
    rid = select_label(page, "Seoul")
    scan = tmp_path / "wrong file.pdf"
    scan.write_bytes(b"%PDF-1.4 not this one")
    att = attachments.attach(window.reg, "partner", rid, scan)
    page.reload()
    assert f"detach:{att.id}" in page.details.toHtml()
    answers = [QMessageBox.No, QMessageBox.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    page._follow_link(QUrl(f"detach:{att.id}"))  # the user clicks "remove", then says no
    assert attachments.list_for(window.reg, "partner", rid)
    page._follow_link(QUrl(f"detach:{att.id}"))  # ...and then yes
    assert attachments.list_for(window.reg, "partner", rid) == []
    assert not attachments.blob_path(attachments.store_dir(window.reg), att.sha256).exists()
    text = page.details.toPlainText()
    assert "wrong file.pdf" not in text.split("History")[0]
    assert "attachment removed" in text


def test_a_missing_attachment_file_gives_a_message(window, tmp_path, monkeypatch):
    page = go_to(window, "partner")
    rid = select_label(page, "Seoul")
    scan = tmp_path / "photo.jpg"
    scan.write_bytes(b"jpg")
    att = attachments.attach(window.reg, "partner", rid, scan)
    attachments.file_of(window.reg, att).unlink()
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    assert page.open_attachment(att.id) is None
    assert warned and "photo.jpg" in warned[0] and "missing" in warned[0]


def test_unexpected_errors_are_logged_and_shown(tmp_path, monkeypatch, qapp):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()))
    log_file = tmp_path / "app.log"
    old = sys.excepthook
    try:
        install_exception_handler(log_file)
        try:
            raise RuntimeError("disk unplugged")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old
    assert shown and "disk unplugged" in shown[0]
    assert str(log_file) in shown[0]
