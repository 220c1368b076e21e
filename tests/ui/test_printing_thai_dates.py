"""Printed pages and the map say today's date as the user reads dates: in the Thai
interface with the Buddhist Era, "30 พ.ย. 2569", never "30/11/2026"."""

from __future__ import annotations

import datetime as dt

from bkk_relations.core import dates

from .helpers import go_to


def thai_today(digits: bool = False) -> str:
    return dates.format_date(dt.date.today().isoformat(), "buddhist",
                             "thai_digits" if digits else "thai")


def test_printed_lists_and_details_carry_a_thai_date(qtbot, window) -> None:
    window.prefs.language, window.prefs.calendar = "th", "buddhist"
    page = go_to(window, "partner")
    page.reload()
    listed = window.documents.printout("list")
    assert listed is not None and listed.footer.endswith(" · " + thai_today())
    assert thai_today() in listed.body
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10_000)
    page.view.selectRow(0)
    qtbot.waitUntil(lambda: page.current_id() is not None, timeout=10_000)
    details = window.documents.printout("details")
    assert details is not None and details.footer.endswith(" · " + thai_today())
    window.prefs.thai_digits = True
    assert window.documents.printout("list").footer.endswith(" · " + thai_today(digits=True))


def test_the_maps_footer_carries_a_thai_date(qtbot, window) -> None:
    window.prefs.language, window.prefs.calendar = "th", "buddhist"
    assert thai_today() in window.map_page.footer()
    window.prefs.language, window.prefs.calendar = "en", "gregorian"
    assert dates.format_date(dt.date.today().isoformat()) in window.map_page.footer()
