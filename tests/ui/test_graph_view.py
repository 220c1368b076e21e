"""The graph page on the demo data: drawing, click and double-click on a node, hover, colour,
year slider, ego view, dragging, the key-partner and risk lists, and exports."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import openpyxl
import pytest
from matplotlib.text import Text
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog

from bkk_relations.core.graph.layout import load_positions
from bkk_relations.core.records.models import Partner
from bkk_relations.core.records.repository import Query, Repository
from bkk_relations.core.storage.database import Database
from bkk_relations.ui.graph_view import GraphPage
from bkk_relations.ui.prefs import Prefs
from bkk_relations.ui.runner import Runner


@pytest.fixture
def page(qtbot, demo_copy: Path, prefs: Prefs) -> Iterator[GraphPage]:
    db = Database.open(demo_copy)
    runner = Runner()
    graph_page = GraphPage(db, Repository(db), prefs, runner)
    qtbot.addWidget(graph_page)
    graph_page.resize(1300, 800)
    graph_page.show()
    graph_page.reload()
    qtbot.waitUntil(lambda: graph_page.ready, timeout=20_000)
    yield graph_page
    runner.wait()
    graph_page.close()
    db.close()


def partner_id(page: GraphPage, name: str) -> int:
    return next(p.id for p in page.repo.list(Partner, Query(text=name)).records
                if p.name_en == name)


def wait_redrawn(qtbot, page: GraphPage, action) -> None:
    with qtbot.waitSignal(page.shown, timeout=20_000):
        action()
    qtbot.waitUntil(lambda: page.ready, timeout=20_000)


def legend_texts(page: GraphPage) -> set[str]:
    assert not page.legend.pixmap().isNull()
    return {t.get_text() for t in page.legend_figure.findobj(Text)}


def test_opens_with_the_demo_network(page: GraphPage):
    g = page.view.graph
    assert g.number_of_nodes() == 33 and g.number_of_edges() == 62
    assert page.canvas.drawn is not None and len(page.canvas.drawn.nodes) == 33
    assert "Bangkok" in page.canvas.labels.values()
    assert {"Home city", "City", "Organisation", "Sister city"} <= legend_texts(page)
    assert page.key_model.rowCount() == 32  # every node but the home city
    assert page.key_model.index(0, 0).data() == "Beijing"  # the most between
    assert page.risk_list.count() > 0
    assert "Washington, D.C. hangs on one link to Bangkok (Sister city)" in [
        page.risk_list.item(i).text() for i in range(page.risk_list.count())]
    assert "33 nodes, 62 links" in page.summary.text()


def test_click_a_node_selects_its_record(page: GraphPage, qtbot):
    seoul = partner_id(page, "Seoul")
    node = f"partner:{seoul}"
    with qtbot.waitSignal(page.open_record, timeout=5000) as blocker:
        qtbot.mouseClick(page.canvas, Qt.LeftButton, pos=page.canvas.widget_point(node))
    assert blocker.args == ["partner", seoul]
    assert page.canvas.selected == node
    assert page.focus_button.isEnabled()


def test_double_click_opens_the_editor(page: GraphPage, qtbot):
    porto = partner_id(page, "Porto")
    with qtbot.waitSignal(page.edit_record, timeout=5000) as blocker:
        qtbot.mouseDClick(page.canvas, Qt.LeftButton,
                          pos=page.canvas.widget_point(f"partner:{porto}"))
    assert blocker.args == ["partner", porto]


def test_click_on_the_background_opens_nothing(page: GraphPage, qtbot):
    with qtbot.assertNotEmitted(page.open_record):
        qtbot.mouseClick(page.canvas, Qt.LeftButton, pos=QPoint(5, 5))


def test_hover_shows_name_and_ties(page: GraphPage, qtbot):
    node = f"partner:{partner_id(page, 'Moscow')}"
    qtbot.mouseMove(page.canvas, page.canvas.widget_point(node))
    qtbot.waitUntil(lambda: page.canvas._hover == node)
    text = page.canvas.tooltip(node)
    assert "<b>Moscow</b>" in text and "มอสโก" in text
    assert "Bangkok: Sister city, MOU, Project (1997–)" in text


def test_change_colouring_and_size(page: GraphPage, qtbot):
    before = page.canvas.drawn.nodes_artist.get_facecolors().copy()
    wait_redrawn(qtbot, page, lambda: page.colour_combo.setCurrentIndex(
        page.colour_combo.findData("region")))
    assert {"East Asia", "Europe", "Southeast Asia"} <= legend_texts(page)
    assert "Organisation" not in legend_texts(page)
    after = page.canvas.drawn.nodes_artist.get_facecolors()
    assert (before != after).any()
    wait_redrawn(qtbot, page, lambda: page.size_combo.setCurrentIndex(
        page.size_combo.findData("eigenvector")))
    assert "Node size: Eigenvector centrality" in legend_texts(page)


def test_year_slider_shows_the_network_of_that_year(page: GraphPage, qtbot):
    before = dict(page.view.pos)
    page.year_slider.setValue(2000)
    wait_redrawn(qtbot, page, lambda: page.year_box.setChecked(True))
    g = page.view.graph
    names = {d["label_en"] for _, d in g.nodes(data=True)}
    assert "Washington, D.C." in names and "Jakarta" not in names  # Jakarta came in 2002
    assert all(d["start"] <= 2000 for _, _, d in g.edges(data=True))
    assert page.view.pos == before  # nodes keep their places as the years go by
    assert page.year_label.text() == "2000"
    wait_redrawn(qtbot, page, lambda: page.year_slider.setValue(2010))
    assert "Jakarta" in {d["label_en"] for _, d in page.view.graph.nodes(data=True)}


def test_play_steps_through_the_years(page: GraphPage, qtbot):
    page.year_box.setChecked(True)
    qtbot.waitUntil(lambda: page.ready, timeout=20_000)
    page.year_slider.setValue(page.year_slider.maximum() - 2)
    qtbot.waitUntil(lambda: page.ready, timeout=20_000)
    page.play_button.setChecked(True)
    qtbot.waitUntil(lambda: not page.play_button.isChecked(), timeout=20_000)
    assert page.year_slider.value() == page.year_slider.maximum()


def test_ego_view_and_back(page: GraphPage, qtbot):
    seoul = f"partner:{partner_id(page, 'Seoul')}"
    page.select_node(seoul)
    wait_redrawn(qtbot, page, page.focus_button.click)
    assert seoul in page.view.graph and page.view.graph.number_of_nodes() == 9
    assert page.view.name == f"force:ego:{seoul}:1"
    wait_redrawn(qtbot, page, page.all_button.click)
    assert page.view.graph.number_of_nodes() == 33


def test_filters_narrow_the_graph(page: GraphPage, qtbot):
    combo = page.filters["kind"]
    wait_redrawn(qtbot, page, lambda: combo.setCurrentIndex(combo.findData("organisation")))
    kinds = {d["kind"] for _, d in page.view.graph.nodes(data=True)}
    assert kinds == {"home", "organisation"}


def test_dragged_node_keeps_its_place(page: GraphPage, qtbot):
    node = f"partner:{partner_id(page, 'Brisbane')}"
    start = page.canvas.widget_point(node)
    end = start + QPoint(40, 30)
    with qtbot.waitSignal(page.canvas.node_moved, timeout=5000):
        qtbot.mousePress(page.canvas, Qt.LeftButton, pos=start)
        qtbot.mouseMove(page.canvas, start + QPoint(20, 15))
        qtbot.mouseMove(page.canvas, end)
        qtbot.mouseRelease(page.canvas, Qt.LeftButton, pos=end)
    saved = load_positions(page.db.conn, "force")
    assert node in saved and saved[node] == pytest.approx(page.view.pos[node], abs=1e-4)
    assert (page.canvas.widget_point(node) - end).manhattanLength() <= 2
    wait_redrawn(qtbot, page, page.refresh)  # laid out again: the dragged place stays
    assert page.view.pos[node] == pytest.approx(saved[node])


def test_zoom_names_more_nodes_and_fit_returns(page: GraphPage):
    canvas = page.canvas
    width = abs(canvas.ax.get_xlim()[1] - canvas.ax.get_xlim()[0])
    canvas.zoom(0.25)
    assert abs(canvas.ax.get_xlim()[1] - canvas.ax.get_xlim()[0]) == pytest.approx(width / 4)
    canvas.fit()
    assert abs(canvas.ax.get_xlim()[1] - canvas.ax.get_xlim()[0]) == pytest.approx(width,
                                                                                  rel=0.05)


def test_big_graphs_name_only_the_largest_nodes(page: GraphPage, monkeypatch):
    import bkk_relations.ui.graph_canvas as graph_canvas

    monkeypatch.setattr(graph_canvas, "LABELS_WHEN_ZOOMED", 5)
    page.canvas.label_limit = 3
    page.canvas.fit()
    named = set(page.canvas.labels)
    assert len(named) == 3 and "home" in named
    page.canvas.zoom(0.02, *page.canvas.drawn.xy[page.canvas.drawn.index["home"]])
    assert set(page.canvas.labels) == {"home"}  # only what is in view


def test_key_partner_row_opens_the_record(page: GraphPage, qtbot):
    page.rank_combo.setCurrentIndex(page.rank_combo.findData("degree"))
    assert page.key_model.index(0, 0).data() == "Beijing"
    with qtbot.waitSignal(page.open_record, timeout=5000) as blocker:
        page.key_view.clicked.emit(page.key_model.index(0, 0))
    assert blocker.args == ["partner", partner_id(page, "Beijing")]


@pytest.mark.parametrize("ext", [".png", ".svg", ".pdf"])
def test_export_pictures(page: GraphPage, tmp_path: Path, monkeypatch, ext: str):
    out = tmp_path / f"graph{ext}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    page.dpi_spin.setValue(100)
    page.export_actions[ext].trigger()
    data = out.read_bytes()
    assert len(data) > 0
    if ext == ".png":
        image = QImage(str(out))
        assert not image.isNull() and image.width() == 1333
    elif ext == ".svg":
        assert ET.fromstring(data).tag.endswith("svg")
    else:
        assert data.startswith(b"%PDF")


def test_export_data(page: GraphPage, tmp_path: Path):
    for ext in (".graphml", ".gexf", ".xlsx"):
        assert page.export_to(str(tmp_path / f"graph{ext}")) is not None
    assert nx.read_graphml(tmp_path / "graph.graphml").number_of_nodes() == 33
    assert nx.read_gexf(tmp_path / "graph.gexf").number_of_edges() == 62
    wb = openpyxl.load_workbook(tmp_path / "graph.xlsx")
    assert wb["Nodes"].max_row == 34


def test_thai_labels(qtbot, demo_copy: Path, prefs: Prefs):
    prefs.language = "th"
    db = Database.open(demo_copy)
    runner = Runner()
    graph_page = GraphPage(db, Repository(db), prefs, runner)
    qtbot.addWidget(graph_page)
    graph_page.reload()
    qtbot.waitUntil(lambda: graph_page.ready, timeout=20_000)
    labels = set(graph_page.canvas.labels.values())
    assert "กรุงเทพมหานคร" in labels and "โซล" in labels
    assert "เมืองพี่เมืองน้อง" in legend_texts(graph_page)
    runner.wait()
    db.close()
