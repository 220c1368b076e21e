"""The Map page as an officer uses it: partners where they are, hover for a name, click to
open the record, the graph's filters and the year, exports, and a big map that stays
responsive while its picture is painted on a worker thread."""

from __future__ import annotations

import numpy as np
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QToolTip

from bkk_relations.core.places import map_data, world
from bkk_relations.core.records.models import Partner
from bkk_relations.ui import map_canvas
from bkk_relations.ui.map_canvas import MapCanvas, build_scene


def open_map(qtbot, window):
    page = window.map_page
    with qtbot.waitSignal(page.shown, timeout=20_000):
        window.nav.setCurrentRow(window.stack.indexOf(page))
    return page


def partner_index(page, name: str) -> int:
    return [n for n, _ in page.data.names].index(name)


def test_partners_are_on_the_map_and_a_click_opens_the_record(qtbot, window):
    page = open_map(qtbot, window)
    data = page.data
    assert len(data) == 32 and data.home_name == ("Bangkok", "กรุงเทพมหานคร")
    i = partner_index(page, "Seoul")
    assert data.tie[i] == "sister_city" and not data.approximate[i]
    c40 = partner_index(page, "C40 Cities Climate Leadership Group")
    assert data.approximate[c40]  # no coordinates: the middle of its country
    assert "32 partners on the map" in page.status.text()
    point = page.canvas.point_of(i)
    assert page.canvas.partner_at(point.x(), point.y()) == i
    assert "Seoul" in page.canvas.tooltip(i) and "Sister city" in page.canvas.tooltip(i)
    assert "middle of its country" in page.canvas.tooltip(c40)
    qtbot.mouseClick(page.canvas, Qt.LeftButton, pos=point.toPoint())
    partners = window.pages["partner"]
    assert window.stack.currentWidget() is partners
    assert window.reg.records.get(Partner, partners.current_id()).name_en == "Seoul"


def test_hovering_shows_the_partner_and_names_are_thai_in_thai(qtbot, window):
    page = open_map(qtbot, window)
    i = partner_index(page, "Seoul")
    qtbot.mouseMove(page.canvas, page.canvas.point_of(i).toPoint())
    qtbot.waitUntil(lambda: QToolTip.isVisible() and "Seoul" in QToolTip.text(),
                    timeout=5000)
    window.prefs.language = "th"
    page.canvas.language = "th"
    page.canvas.repaint()
    assert "โซล" in page.canvas.tooltip(i)
    named = {page.data.name(k, "th") for k in page.canvas.named}
    assert "โซล" in named or "ปักกิ่ง" in named


def test_filters_and_the_year_change_who_is_on_the_map(qtbot, window):
    page = open_map(qtbot, window)
    with qtbot.waitSignal(page.shown, timeout=20_000):
        page.filters["agreement_type"].setCurrentIndex(
            page.filters["agreement_type"].findData("friendship_city"))
    assert [n for n, _ in page.data.names] == ["Tianjin"]
    with qtbot.waitSignal(page.shown, timeout=20_000):
        page.filters["agreement_type"].setCurrentIndex(0)
    with qtbot.waitSignal(page.shown, timeout=20_000):
        page.year_slider.setValue(1990)
        page.year_box.setChecked(True)
    names = {n for n, _ in page.data.names}
    assert "Washington, D.C." in names and "Seoul" not in names  # Seoul only from 2006
    assert page.year_label.text() == "1990"


def test_zoom_and_pan_keep_the_partner_under_the_mouse(qtbot, window):
    page = open_map(qtbot, window)
    canvas = page.canvas
    i = partner_index(page, "Seoul")
    before = canvas.point_of(i)
    canvas.zoom(4.0, before)
    assert canvas.point_of(i).x() == pytest.approx(before.x(), abs=0.5)
    with qtbot.waitSignal(canvas.rendered, timeout=10_000):
        qtbot.mousePress(canvas, Qt.LeftButton, pos=QPoint(200, 200))
        qtbot.mouseMove(canvas, QPoint(260, 230))
        qtbot.mouseMove(canvas, QPoint(300, 260))
        qtbot.mouseRelease(canvas, Qt.LeftButton, pos=QPoint(300, 260))
    after = canvas.point_of(i)
    assert (after.x() - before.x(), after.y() - before.y()) == pytest.approx((100, 60), abs=1)
    assert window.stack.currentWidget() is page  # a drag is not a click


def test_the_map_exports_as_png_svg_and_pdf(qtbot, window, tmp_path):
    page = open_map(qtbot, window)
    png = page.export_to(str(tmp_path / "map.png"))
    image = QImage(png)
    assert image.width() > 2000 and image.height() > 1000
    svg = (tmp_path / "map.svg")
    page.export_to(str(svg))
    text = svg.read_text(encoding="utf-8")
    assert text.count("<svg") == 1 and "partners around the world" in text
    pdf = page.export_to(str(tmp_path / "map.pdf"))
    reader = PdfReader(pdf)
    assert len(reader.pages) == 1
    words = " ".join(reader.pages[0].extract_text().split())
    assert "Bangkok: partners around the world" in words and "Sister city" in words


def test_a_big_map_moves_its_old_picture_until_the_new_one_is_painted(qtbot, monkeypatch):
    monkeypatch.setattr(map_canvas, "SYNC_LIMIT", 50)  # paint on the worker thread
    rng = np.random.default_rng(5)
    n = 400
    lon, lat = rng.uniform(-170, 170, n), rng.uniform(-50, 60, n)
    x, y = world.project(lon, lat)
    home = map_data.Place(100.5, 13.75, *map(float, world.project(100.5, 13.75)), False)
    data = map_data.MapData(
        home=home, home_name=("Bangkok", "กรุงเทพมหานคร"), ids=np.arange(1, n + 1),
        xy=np.column_stack([x, y]), approximate=np.zeros(n, bool), kind=["city"] * n,
        tie=["mou"] * n, ended=np.zeros(n, bool), ties=np.ones(n),
        names=[(f"City {k}", "") for k in range(n)], countries=["JP"] * n,
        arcs=world.great_circle(100.5, 13.75, lon, lat))
    canvas = MapCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(800, 450)
    canvas.show()
    with qtbot.waitSignal(canvas.rendered, timeout=20_000):
        canvas.show_scene(build_scene(data), "en", keep_view=False)
    assert canvas.current
    canvas.zoom(2.0, QPointF(400, 225))
    assert not canvas.current  # the old picture, scaled, is on screen meanwhile
    canvas.repaint()
    with qtbot.waitSignal(canvas.rendered, timeout=20_000):
        canvas.render_now()
    assert canvas.current
    canvas.wait()
