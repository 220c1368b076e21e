"""Names on the graph's pictures never collide: with each other, with a node, with the legend or
the edge of the picture; the demo's pictures name every node, in English and Thai."""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from matplotlib.text import Text

from bkk_relations.core.graph.export import PictureSpec, render_figure
from bkk_relations.core.graph.labels import LabelRequest, overlaps, place_labels
from bkk_relations.core.graph.model import GraphFilter, load_graph_data
from bkk_relations.core.graph.view import compute_view, view_annotations, view_sizes
from bkk_relations.core.register import Register
from bkk_relations.core.sample.generate import generate
from bkk_relations.core.storage.database import Database


def boxes_apart(boxes: list[tuple[float, float, float, float]]) -> list[tuple[int, int]]:
    return [(i, j) for (i, a), (j, b) in itertools.combinations(enumerate(boxes), 2)
            if overlaps(a, b)]


def box_hits_disc(b, x: float, y: float, r: float) -> bool:
    nx_, ny_ = min(max(x, b[0]), b[2]), min(max(y, b[1]), b[3])
    return (x - nx_) ** 2 + (y - ny_) ** 2 < r * r


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.floats(0, 400), st.floats(0, 300), st.floats(2, 18),
                          st.integers(3, 40)), min_size=1, max_size=60))
def test_placed_names_never_overlap_names_nodes_or_the_legend(nodes):
    discs = np.array([(x, y, r) for x, y, r, _ in nodes])
    legend = (300.0, 200.0, 400.0, 300.0)
    bounds = (0.0, 0.0, 400.0, 300.0)
    requests = [LabelRequest(f"n{i}", x, y, r, 6.0 * n, 11.0, i)
                for i, (x, y, r, n) in enumerate(nodes)]
    placement = place_labels(requests, discs, bounds, obstacles=[legend])
    boxes = [p.box for p in placement.placed]
    assert boxes_apart(boxes) == []
    for p in placement.placed:
        assert bounds[0] <= p.box[0] and p.box[2] <= bounds[2]
        assert bounds[1] <= p.box[1] and p.box[3] <= bounds[3]
        assert not overlaps(p.box, legend)
        assert not any(box_hits_disc(p.box, x, y, r) for x, y, r in discs)
    assert {p.node for p in placement.placed} | set(placement.left_out) == \
        {r.node for r in requests}


def test_a_crowded_cluster_gets_leader_lines_rather_than_losing_names():
    # eight big nodes packed together, with room around them
    discs = np.array([(200 + 26 * (i % 4), 150 + 26 * (i // 4), 12.0) for i in range(8)])
    requests = [LabelRequest(f"Partner city {i}", x, y, r, 80.0, 12.0, i)
                for i, (x, y, r) in enumerate(discs)]
    placement = place_labels(requests, discs, (0.0, 0.0, 500.0, 400.0))
    assert placement.left_out == []
    assert any(p.leader is not None for p in placement.placed)
    assert boxes_apart([p.box for p in placement.placed]) == []


def test_a_name_in_a_dense_crowd_is_left_out_rather_than_written_far_from_its_node():
    # a block of 1,600 small nodes packed too tight for any name, room only around it
    discs = np.array([(300 + 9.0 * i, 300 + 9.0 * j, 4.0) for i in range(40)
                      for j in range(40)])
    middle = 20 * 40 + 20
    others = [middle - 41, middle + 43]
    near_edge = [20 * 40 + 2, 2 * 40 + 20, 37 * 40 + 20, 20 * 40 + 37]
    requests = [LabelRequest(name, *discs[i], 70.0, 12.0, i)
                for name, i in zip(["Key partner", "Second", "Third", "West", "South", "East",
                                    "North"], [middle, *others, *near_edge], strict=True)]
    placement = place_labels(requests, discs, (0.0, 0.0, 1000.0, 1000.0))
    for p in placement.placed:
        assert p.leader is not None
        sx, sy, ex, ey = p.leader
        assert np.hypot(ex - sx, ey - sy) < 5.5 * 12.0, p.node  # about five lines, no more
    assert "Key partner" in placement.left_out  # its tooltip and the side panel name it


# -- the pictures ---------------------------------------------------------------------------
def drawn_names(fig) -> tuple[list[Text], object]:
    """The names drawn on the graph's axes (not the title, footer or legend) and the axes."""
    ax = fig.axes[0]
    texts = [t for t in ax.texts if t.get_text() and t.get_visible()]
    return texts, ax


def check_no_collisions(fig, nodes_xy: np.ndarray, sizes: np.ndarray) -> list[str]:
    """The picture's names: none over another, over a node or outside the graph's part of
    the picture (so never over the legend beside it). Returns the names."""
    renderer = fig.canvas.get_renderer()
    texts, ax = drawn_names(fig)
    boxes = [tuple(t.get_window_extent(renderer).extents) for t in texts]
    assert boxes_apart(boxes) == [], [(texts[i].get_text(), texts[j].get_text())
                                      for i, j in boxes_apart(boxes)]
    plot = ax.bbox
    legend = fig.axes[1].get_legend().get_window_extent(renderer)
    screen = ax.transData.transform(nodes_xy)
    radii = np.sqrt(sizes) / 2 * fig.dpi / 72
    for t, b in zip(texts, boxes, strict=True):
        assert plot.x0 <= b[0] and b[2] <= plot.x1 and plot.y0 <= b[1] and b[3] <= plot.y1, \
            t.get_text()
        assert not overlaps(b, tuple(legend.extents)), t.get_text()
        hits = [i for i, ((x, y), r) in enumerate(zip(screen, radii, strict=True))
                if box_hits_disc(b, x, y, r)]
        assert hits == [], t.get_text()
    return [t.get_text() for t in texts]


def picture(data, lang: str, layout: str = "force", **kw):
    view = compute_view(data, GraphFilter(), layout=layout, **kw)
    spec = PictureSpec(title="t", lang=lang, annotations=view_annotations(view),
                       sizes=view_sizes(view, "degree"))
    fig = render_figure(view.graph, view.pos, view.metrics, spec)
    fig.canvas.draw()
    nodes = [n for n in view.graph if n in view.pos]
    xy = np.array([view.pos[n] for n in nodes])
    sizes = np.array([spec.sizes[n] for n in nodes])
    return view, fig, xy, sizes


@pytest.mark.parametrize("lang", ["en", "th"])
@pytest.mark.parametrize("layout", ["force", "region", "radial"])
def test_the_demo_picture_names_every_node_and_no_name_collides(demo_db, lang, layout):
    data = load_graph_data(demo_db.conn)
    view, fig, xy, sizes = picture(data, lang, layout)
    names = check_no_collisions(fig, xy, sizes)
    for node in view.graph:  # the Thai PDF dropped TU-RAC, UCLG ASPAC and ICLEI
        label = view.graph.nodes[node]["label_th" if lang == "th" else "label_en"]
        acronym = view.graph.nodes[node]["acronym"]
        assert any(n in (label, acronym) or label.startswith(n.rstrip("…")) for n in names), \
            label
    if lang == "th":
        assert "เฉิงตู" in names


@pytest.fixture(scope="module")
def generated_1k(tmp_path_factory) -> Database:
    db = Database.create(tmp_path_factory.mktemp("gen") / "g.db")
    generate(Register(db), partners=1000, seed=7)
    yield db
    db.close()


@pytest.mark.parametrize("layout", ["force", "region"])
def test_a_generated_1000_partner_picture_names_its_key_nodes_without_collisions(
        generated_1k, layout):
    data = load_graph_data(generated_1k.conn)
    view, fig, xy, sizes = picture(data, "en", layout, group_by="none")
    names = check_no_collisions(fig, xy, sizes)
    assert len(names) >= 12
    assert view.graph.nodes["home"]["label_en"] in names


def test_the_region_layout_separates_regions_and_fit_frames_every_node(demo_db):
    data = load_graph_data(demo_db.conn)
    view, fig, xy, sizes = picture(data, "en", "region")
    ax = fig.axes[0]
    screen = ax.transData.transform(xy)
    radii = np.sqrt(sizes) / 2 * fig.dpi / 72
    box = ax.bbox  # North America used to be cut off at the edge
    assert (screen[:, 0] - radii >= box.x0).all() and (screen[:, 0] + radii <= box.x1).all()
    assert (screen[:, 1] - radii >= box.y0).all() and (screen[:, 1] + radii <= box.y1).all()
    g = view.graph
    nodes = [n for n in g if n in view.pos]
    region = {n: g.nodes[n]["region"] for n in nodes}
    # every region is a disc of its own: a node is nearer to its own region's middle than
    # any other region's disc reaches
    middles = {}
    for r in set(region.values()):
        pts = np.array([view.pos[n] for n in nodes if region[n] == r])
        middles[r] = (pts.mean(axis=0), np.hypot(*(pts - pts.mean(axis=0)).T).max())
    for a, b in itertools.combinations(middles, 2):
        (ca, ra), (cb, rb) = middles[a], middles[b]
        assert np.hypot(*(ca - cb)) > ra + rb, (a, b)  # East and Southeast Asia apart
    # and they sit as on a map: the Americas west of Europe, Europe west of East Asia
    west = {r: middles[r][0][0] for r in middles}
    assert west["North America"] < west["Europe"] < west["East Asia"]
    assert middles["Oceania"][0][1] < middles["East Asia"][0][1]


def test_pictures_of_a_saved_zoom_name_only_what_is_in_view(demo_db):
    data = load_graph_data(demo_db.conn)
    view = compute_view(data, GraphFilter(), layout="radial")
    x, y = view.pos["home"]
    spec = PictureSpec(lang="en", limits=(x - 0.3, x + 0.3, y - 0.3, y + 0.3))
    fig = render_figure(view.graph, view.pos, view.metrics, spec)
    fig.canvas.draw()
    names = [t.get_text() for t in fig.axes[0].texts]
    assert names == ["Bangkok"]


def test_slides_are_16_9_with_the_date_in_the_chosen_calendar_and_a_source(demo_db,
                                                                          tmp_path: Path):
    from matplotlib.image import imread

    from bkk_relations.core.graph.export import export_graph, long_date

    data = load_graph_data(demo_db.conn)
    view = compute_view(data, GraphFilter(year=2000))
    spec = PictureSpec(title="ภาพรวม", lang="th", calendar="buddhist", source="ทะเบียนกรุงเทพฯ",
                       notes=("ความสัมพันธ์ 7 รายการไม่มีปีที่เริ่มต้นและไม่ได้แสดง",))
    fig = render_figure(view.graph, view.pos, view.metrics, spec)
    texts = " ".join(t.get_text() for t in fig.texts)
    import datetime as dt

    assert long_date(dt.date(2025, 11, 30), "th", "buddhist") == "30 พฤศจิกายน 2568"
    assert long_date(dt.date.today(), "th", "buddhist") in texts
    assert "ที่มา: ทะเบียนกรุงเทพฯ" in texts and "ไม่มีปีที่เริ่มต้น" in texts
    out = tmp_path / "slide.png"
    export_graph(out, view.graph, view.pos, view.metrics, spec, dpi=144)
    assert imread(out).shape[:2] == (1080, 1920)
