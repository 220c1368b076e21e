"""File → Print and Print preview: what each page prints, read back from the PDF a print to
file makes — the list as shown with its headings on every page, a record's details, the
briefing, the graph and the map — and the briefing dialog and calendar export."""

from __future__ import annotations

import docx
from icalendar import Calendar
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog

from bkk_relations.core.records.models import Partner
from bkk_relations.ui import printing
from bkk_relations.ui.document_actions import BriefingDialog

from .helpers import go_to, select_label


def pdf_pages(path) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(str(path)).pages]


def test_the_list_prints_as_shown_with_its_headings_on_every_page(qtbot, window, tmp_path):
    for i in range(60):  # enough partners for a second page
        window.reg.records.create(Partner(name_en=f"Zagreb district {i:02}", country="HR"))
    page = go_to(window, "partner")
    page.reload()
    page.quick.setText("zagreb")
    page.set_column_visible(1, False)  # the Thai name is not shown: not printed either
    assert window.documents.act_print.isEnabled()
    out = tmp_path / "list.pdf"
    pages = printing.print_to_pdf(window.documents.printout("list"), str(out))
    text = pdf_pages(out)
    assert pages == len(text) >= 2
    assert text[0].startswith("Bangkok — Partners") and "Filters: “zagreb”" in text[0]
    assert "60 of 94 records" in text[0]
    for n, t in enumerate(text, start=1):
        assert "Name Kind" in t  # the headings again on every page, Thai name left out
        assert f"Page {n} of {pages}" in t
    assert "Zagreb district 00" in text[0] and "Zagreb district 59" in text[-1]
    reader = PdfReader(str(out))
    box = reader.pages[0].mediabox
    assert box.width > box.height  # A4 landscape


def test_a_huge_list_is_not_printed_but_the_officer_is_told_why(qtbot, window, monkeypatch):
    monkeypatch.setattr(printing, "MAX_LIST_ROWS", 10)
    page = go_to(window, "partner")
    try:
        printing.list_printout(page, home="Bangkok", language="en", calendar="gregorian")
    except printing.TooLong as exc:
        assert "34 rows" in str(exc) and "Export this list" in str(exc)
    else:
        raise AssertionError("a list longer than the limit was printed")


def test_a_records_details_and_its_briefing_print(qtbot, window, tmp_path):
    page = go_to(window, "partner")
    select_label(page, "Seoul")
    keys = [k for k, _ in window.documents.choices()]
    assert keys == ["list", "details", "briefing"]
    details = tmp_path / "details.pdf"
    printing.print_to_pdf(window.documents.printout("details"), str(details))
    text = pdf_pages(details)[0]
    assert text.startswith("Seoul โซล") and "Sister-city relationship: Bangkok – Seoul" in text
    brief = tmp_path / "brief.pdf"
    printing.print_to_pdf(window.documents.printout("briefing"), str(brief))
    text = " ".join(pdf_pages(brief))
    assert "Briefing: Seoul" in text and "The relationship at a glance" in text
    fonts = {str(f["/BaseFont"]) for p in PdfReader(str(brief)).pages
             for f in p["/Resources"]["/Font"].get_object().values()}
    assert any("Sarabun" in f for f in fonts)  # the briefing's own font


def test_the_graph_and_the_map_print_on_one_landscape_page(qtbot, window, tmp_path):
    with qtbot.waitSignal(window.map_page.shown, timeout=20_000):
        window.nav.setCurrentRow(window.stack.indexOf(window.map_page))
    assert [k for k, _ in window.documents.choices()] == ["map"]
    out = tmp_path / "map.pdf"
    assert printing.print_to_pdf(window.documents.printout("map"), str(out)) == 1
    assert "Bangkok: partners around the world" in pdf_pages(out)[0]
    window.nav.setCurrentRow(window.stack.indexOf(window.graph_slot))
    qtbot.waitUntil(lambda: window.graph_page.view is not None, timeout=20_000)
    out = tmp_path / "graph.pdf"
    assert printing.print_to_pdf(window.documents.printout("graph"), str(out)) == 1
    box = PdfReader(str(out)).pages[0].mediabox
    assert box.width > box.height
    window.nav.setCurrentRow(0)  # the dashboard: nothing to print
    assert not window.documents.act_print.isEnabled()


def test_briefing_dialog_saves_word_and_pdf(qtbot, window, tmp_path):
    page = go_to(window, "partner")
    rid = select_label(page, "Seoul")
    dialog = BriefingDialog(window, partner_id=rid)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("th"))
    assert dialog.save(".docx", str(tmp_path / "seoul.docx"))
    assert docx.Document(str(tmp_path / "seoul.docx")).paragraphs[0].text == \
        "เอกสารสรุปข้อมูล: โซล"
    assert dialog.save(".pdf", str(tmp_path / "seoul.pdf"))
    assert "เอกสารสรุปข้อมูล: โซล" in pdf_pages(tmp_path / "seoul.pdf")[0]


def test_dashboard_button_saves_the_reminders(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "reminders.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "Calendar file (*.ics)"))
    window.nav.setCurrentRow(0)
    window.dashboard.calendar_button.click()
    qtbot.waitUntil(target.exists, timeout=20_000)
    cal = Calendar.from_ical(target.read_bytes())
    assert str(cal["x-wr-calname"]) == "Bangkok: international relations reminders"
    assert "Saved" in window.statusBar().currentMessage()


def test_a_printed_heading_stays_with_what_it_heads(qapp):
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setHtml("<p>line</p>" * 200 + "<h2>7. The partner in the network</h2>"
                + "<p>what it heads</p>" * 3)
    page = doc.documentLayout().documentSize().height()
    heading = doc.findBlockByNumber(200)
    layout = doc.documentLayout()
    # a page height that leaves the heading alone at the foot of the first page
    height = layout.blockBoundingRect(heading).bottom() + 1
    assert height < page
    doc.setPageSize(QSizeF(400, height))
    assert layout.blockBoundingRect(heading).top() // height == 0
    assert layout.blockBoundingRect(heading.next()).top() // height == 1
    printing.keep_headings_with_next(doc, height)
    assert layout.blockBoundingRect(heading).top() // height == 1  # moved with its text
