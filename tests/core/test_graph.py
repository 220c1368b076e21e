"""The relationship graph in core: construction from a known database, filters, the year
and ego views, metrics on hand-checked graphs, layouts, kept positions and data exports."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import openpyxl
import pytest

from bkk_relations.core.graph.export import write_excel, write_gexf, write_graphml
from bkk_relations.core.graph.layout import (
    LAYOUTS,
    compute_layout,
    load_positions,
    save_positions,
    with_saved,
)
from bkk_relations.core.graph.model import (
    HOME,
    GraphError,
    GraphFilter,
    build_graph,
    compute_metrics,
    ego_graph,
    key_partners,
    load_graph_data,
    resolve_node,
    risks,
)
from bkk_relations.core.graph.view import compute_view
from bkk_relations.core.records.repository import Repository
from bkk_relations.core.storage.database import Database
from tests.conftest import Maker


@pytest.fixture
def net(db: Database, make: Maker) -> dict[str, object]:
    """Testville with two cities, a network with a member city, and one project."""
    db.set_setting("home_city_en", "Testville")
    db.set_setting("home_city_th", "เมืองทดสอบ")
    osaka = make.partner(name_en="Osaka", name_th="โอซากา", country="JP")
    busan = make.partner(name_en="Busan", country="KR")
    paris = make.partner(name_en="Paris", country="FR")
    green = make.organisation(name_en="Green Cities Network", acronym="GCN", country="DE")
    a_sister = make.agreement(agreement_type="sister_city", party_ids=[osaka.id],
                              signed_date="2000-05-01", sectors=["culture"])
    a_mou = make.agreement(agreement_type="mou", party_ids=[busan.id], signed_date="2010",
                           expiry_date="2015", status="expired")
    a_member = make.agreement(agreement_type="membership", party_ids=[green.id, paris.id],
                              signed_date="2018")
    make.agreement(agreement_type="cooperation", party_ids=[osaka.id], status="draft")
    unit = make.unit(name_en="Culture Bureau")
    project = make.project(partner_ids=[osaka.id, busan.id], unit_ids=[unit.id],
                           start_date="2012", end_date="2014", status="completed",
                           sectors=["waste"])
    ids = {"osaka": osaka.id, "busan": busan.id, "paris": paris.id, "green": green.id,
           "unit": unit.id, "project": project.id, "a_sister": a_sister.id,
           "a_mou": a_mou.id, "a_member": a_member.id}
    return {k: v for k, v in ids.items()}


def node(kind: str, record_id: object) -> str:
    return f"{kind}:{record_id}"


def edge_types(g: nx.Graph) -> dict[frozenset[str], str]:
    return {frozenset((a, b)): t for a, b, t in g.edges(data="types")}


def test_graph_has_the_expected_nodes_edges_and_types(db, net):
    g = build_graph(load_graph_data(db.conn))
    p = {k: node("partner", net[k]) for k in ("osaka", "busan", "paris", "green")}
    assert set(g) == {HOME, *p.values()}
    assert edge_types(g) == {
        frozenset((HOME, p["osaka"])): "sister_city,cooperation,project",
        frozenset((HOME, p["busan"])): "mou,project",
        frozenset((p["osaka"], p["busan"])): "co_project",
        frozenset((HOME, p["green"])): "membership",
        frozenset((p["paris"], p["green"])): "network_member",
    }
    home_osaka = g.edges[HOME, p["osaka"]]
    assert (home_osaka["type"], home_osaka["weight"], home_osaka["start"]) == (
        "sister_city", 3, 2000)
    assert str(net["a_sister"]) in home_osaka["agreements"].split(",")
    busan = g.edges[HOME, p["busan"]]
    assert (busan["start"], busan["end"], busan["status"]) == (2010, 2015, "completed")
    assert g.nodes[HOME]["label_en"] == "Testville"
    assert g.nodes[HOME]["label_th"] == "เมืองทดสอบ"
    assert g.nodes[p["osaka"]]["label_th"] == "โอซากา"
    assert g.nodes[p["green"]]["kind"] == "organisation"


def test_projects_and_units_as_nodes(db, net):
    g = build_graph(load_graph_data(db.conn), GraphFilter(projects=True, units=True))
    p = {k: node("partner", net[k]) for k in ("osaka", "busan", "paris", "green")}
    proj, unit = node("project", net["project"]), node("unit", net["unit"])
    assert set(g) == {HOME, *p.values(), proj, unit}
    assert edge_types(g) == {
        frozenset((HOME, p["osaka"])): "sister_city,cooperation",
        frozenset((HOME, p["busan"])): "mou",
        frozenset((proj, p["osaka"])): "project",
        frozenset((proj, p["busan"])): "project",
        frozenset((unit, proj)): "lead_unit",
        frozenset((HOME, unit)): "unit_of",
        frozenset((HOME, p["green"])): "membership",
        frozenset((p["paris"], p["green"])): "network_member",
    }


def test_year_filter_keeps_only_ties_of_that_year(db, net):
    data = load_graph_data(db.conn)
    osaka, busan = node("partner", net["osaka"]), node("partner", net["busan"])
    g2013 = build_graph(data, GraphFilter(year=2013))
    assert set(g2013) == {HOME, osaka, busan}
    assert edge_types(g2013) == {frozenset((HOME, osaka)): "sister_city,project",
                                 frozenset((HOME, busan)): "mou,project",
                                 frozenset((osaka, busan)): "co_project"}
    g2016 = build_graph(data, GraphFilter(year=2016))  # the MOU expired in 2015
    assert set(g2016) == {HOME, osaka}
    g2019 = build_graph(data, GraphFilter(year=2019))
    assert set(g2019) == {HOME, osaka, node("partner", net["green"]),
                          node("partner", net["paris"])}
    assert set(build_graph(data, GraphFilter(year=1999))) == {HOME}


def test_partner_and_tie_filters(db, net):
    data = load_graph_data(db.conn)
    green = node("partner", net["green"])
    orgs = build_graph(data, GraphFilter(kind="organisation"))
    assert set(orgs) == {HOME, green}
    sisters = build_graph(data, GraphFilter(agreement_type="sister_city"))
    assert set(sisters) == {HOME, node("partner", net["osaka"])}
    culture = build_graph(data, GraphFilter(sector="culture"))
    assert list(culture.edges(data="types")) == [(HOME, node("partner", net["osaka"]),
                                                  "sister_city")]
    europe = build_graph(data, GraphFilter(region="Europe"))
    assert set(europe) == {HOME, green, node("partner", net["paris"])}
    assert set(build_graph(data, GraphFilter(country="KR"))) == {
        HOME, node("partner", net["busan"])}


def test_deleted_partner_drops_out(db, net, repo: Repository):
    from bkk_relations.core.records.models import Partner

    repo.delete(Partner, net["paris"])
    g = build_graph(load_graph_data(db.conn))
    assert node("partner", net["paris"]) not in g
    assert node("partner", net["green"]) in g


def test_ego_view_depth_one_and_two(db, net):
    g = build_graph(load_graph_data(db.conn))
    paris, green = node("partner", net["paris"]), node("partner", net["green"])
    assert set(ego_graph(g, paris, 1)) == {paris, green}
    assert set(ego_graph(g, paris, 2)) == {paris, green, HOME}
    with pytest.raises(GraphError):
        ego_graph(g, "partner:999999", 1)
    with pytest.raises(GraphError):
        ego_graph(g, paris, 3)


def test_resolve_node_by_name_acronym_thai_and_id(db, net):
    g = build_graph(load_graph_data(db.conn))
    osaka = node("partner", net["osaka"])
    assert resolve_node(g, "Osaka") == osaka
    assert resolve_node(g, "osa") == osaka
    assert resolve_node(g, "โอซากา") == osaka
    assert resolve_node(g, "GCN") == node("partner", net["green"])
    assert resolve_node(g, str(net["busan"])) == node("partner", net["busan"])
    assert resolve_node(g, "testville") == HOME
    with pytest.raises(GraphError, match="matches 5 nodes"):
        resolve_node(g, "s")
    with pytest.raises(GraphError, match="No node"):
        resolve_node(g, "Atlantis")


def small_graph() -> nx.Graph:
    """home – a – b – home triangle, and c hanging off b by a link of two ties."""
    g = nx.Graph()
    for n, kind in (("home", "home"), ("a", "city"), ("b", "city"), ("c", "organisation")):
        g.add_node(n, kind=kind, label_en=n.upper(), label_th=n, country="", entity="partner")
    g.add_edge("home", "a", weight=1, type="sister_city", types="sister_city")
    g.add_edge("home", "b", weight=1, type="mou", types="mou")
    g.add_edge("a", "b", weight=1, type="co_project", types="co_project")
    g.add_edge("b", "c", weight=2, type="membership", types="membership,project")
    return g


def test_metrics_on_a_hand_checked_graph():
    g = small_graph()
    m = compute_metrics(g)
    assert m.degree == {"home": 2, "a": 2, "b": 3, "c": 1}
    assert m.weighted_degree == {"home": 2.0, "a": 2.0, "b": 4.0, "c": 2.0}
    # b is on the shortest paths home–c and a–c: 2 of the 3 pairs not involving b.
    assert m.betweenness == pytest.approx({"home": 0.0, "a": 0.0, "b": 2 / 3, "c": 0.0})
    assert m.betweenness_exact
    expected = nx.eigenvector_centrality(g, max_iter=1000)
    top = max(expected.values())
    assert m.eigenvector == pytest.approx({k: v / top for k, v in expected.items()}, abs=1e-4)
    assert m.eigenvector["b"] == pytest.approx(1.0)
    assert m.components == 1
    assert [r.node for r in key_partners(g, m, "degree")] == ["b", "a", "c"]


def test_communities_of_two_triangles():
    g = nx.Graph([(1, 2), (2, 3), (1, 3), (4, 5), (5, 6), (4, 6), (3, 4)])
    g = nx.relabel_nodes(g, str)
    m = compute_metrics(g)
    assert m.communities == 2
    assert m.community["1"] == m.community["2"] == m.community["3"]
    assert m.community["4"] == m.community["5"] == m.community["6"] != m.community["1"]
    assert m.modularity == pytest.approx(5 / 14)


def test_betweenness_is_estimated_and_labelled_on_big_graphs():
    g = nx.relabel_nodes(nx.star_graph(99), str)
    m = compute_metrics(g, exact_limit=50, samples=40)
    assert not m.betweenness_exact
    assert m.betweenness_note == "approximate (40 sampled sources)"
    assert max(m.betweenness, key=m.betweenness.get) == "0"
    assert m.betweenness["0"] == pytest.approx(1.0, rel=0.1)  # the hub is on every path
    exact = compute_metrics(g, exact_limit=50, samples=100)
    assert exact.betweenness_exact and exact.betweenness["0"] == pytest.approx(1.0)


def test_risks_list_bridges_cut_points_and_unreachable_nodes():
    g = small_graph()
    g.add_node("d", kind="city", label_en="D", label_th="d", country="", entity="partner")
    found = risks(g)
    assert [(r.kind, r.node, r.via, r.ties, r.cut_off) for r in found] == [
        ("unreachable", "d", "", 0, ("d",)),
        ("node", "b", "", 0, ("c",)),
        ("tie", "c", "b", 2, ("c",)),
    ]


def test_graphml_round_trip_keeps_attributes(db, net, tmp_path: Path):
    g = build_graph(load_graph_data(db.conn))
    m = compute_metrics(g)
    pos = compute_layout(g, "radial")
    path = tmp_path / "net.graphml"
    write_graphml(g, path, m, pos)
    back = nx.read_graphml(path)
    assert set(back) == set(g)
    assert {frozenset(e) for e in back.edges()} == {frozenset(e) for e in g.edges()}
    osaka = node("partner", net["osaka"])
    assert back.nodes[osaka]["label_th"] == "โอซากา"
    assert back.nodes[osaka]["kind"] == "city"
    assert back.nodes[osaka]["degree"] == m.degree[osaka]
    assert back.nodes[osaka]["betweenness"] == pytest.approx(m.betweenness[osaka])
    assert back.nodes[osaka]["x"] == pytest.approx(pos[osaka][0])
    e = back.edges[HOME, osaka]
    assert (e["type"], e["types"], e["weight"], e["start"]) == (
        "sister_city", "sister_city,cooperation,project", 3, 2000)


def test_gexf_round_trip_keeps_attributes(db, net, tmp_path: Path):
    g = build_graph(load_graph_data(db.conn))
    m = compute_metrics(g)
    pos = compute_layout(g, "force")
    path = tmp_path / "net.gexf"
    write_gexf(g, path, m, pos)
    back = nx.read_gexf(path)
    assert set(back) == set(g)
    green = node("partner", net["green"])
    d = back.nodes[green]
    assert (d["label"], d["kind"], d["acronym"], d["degree"]) == (
        "Green Cities Network", "organisation", "GCN", 2)
    assert d["viz"]["position"]["x"] == pytest.approx(pos[green][0] * 1000)
    assert back.edges[node("partner", net["paris"]), green]["tie_type"] == "network_member"
    assert back.edges[HOME, green]["weight"] == 1


def test_excel_has_nodes_ties_risks_with_metrics(db, net, tmp_path: Path):
    g = build_graph(load_graph_data(db.conn))
    m = compute_metrics(g)
    path = tmp_path / "net.xlsx"
    write_excel(g, path, m, risks(g))
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Nodes", "Ties", "Risks", "About"]
    nodes = list(wb["Nodes"].iter_rows(values_only=True))
    assert nodes[0][:2] == ("Node", "Name")
    assert "Betweenness" in nodes[0]
    assert {r[0] for r in nodes[1:]} == set(g)
    home_row = next(r for r in nodes[1:] if r[0] == HOME)
    assert home_row[nodes[0].index("Ties (degree)")] == 3
    assert len(list(wb["Ties"].iter_rows())) == g.number_of_edges() + 1
    assert wb["Risks"].max_row == len(risks(g)) + 1


@pytest.mark.parametrize("layout", LAYOUTS)
def test_layouts_place_every_node_in_the_unit_square(db, net, layout):
    g = build_graph(load_graph_data(db.conn), GraphFilter(projects=True, units=True))
    pos = compute_layout(g, layout)
    assert set(pos) == set(g)
    assert all(-1.0001 <= c <= 1.0001 for xy in pos.values() for c in xy)
    assert len({(round(x, 6), round(y, 6)) for x, y in pos.values()}) == len(pos)
    assert compute_layout(g, layout) == pos  # the same picture every time


def test_radial_and_shell_put_the_home_city_in_the_middle(db, net):
    g = build_graph(load_graph_data(db.conn))
    for layout in ("radial", "shell"):
        pos = compute_layout(g, layout)
        dist = {n: (x * x + y * y) ** 0.5 for n, (x, y) in pos.items()}
        assert min(dist, key=dist.get) == HOME
    shell = compute_layout(g, "shell")
    r = {n: (x * x + y * y) ** 0.5 for n, (x, y) in shell.items()}
    # the sister city sits on an inner shell, the MOU partner further out
    assert r[node("partner", net["osaka"])] < r[node("partner", net["busan"])]


def test_dragged_positions_are_kept_per_view(file_db: Database, tmp_path: Path):
    save_positions(file_db, "force", {"partner:1": (0.5, -0.25)})
    save_positions(file_db, "force", {"partner:2": (0.1, 0.2)})
    save_positions(file_db, "radial", {"partner:1": (-0.9, 0.9)})
    assert load_positions(file_db.conn, "force") == {"partner:1": (0.5, -0.25),
                                                     "partner:2": (0.1, 0.2)}
    assert load_positions(file_db.conn, "radial") == {"partner:1": (-0.9, 0.9)}
    assert load_positions(file_db.conn, "shell") == {}
    file_db.set_setting("graph_positions:shell", "not json")
    assert load_positions(file_db.conn, "shell") == {}
    merged = with_saved({"partner:1": (0.0, 0.0), "partner:3": (1.0, 1.0)},
                        load_positions(file_db.conn, "force"))
    assert merged == {"partner:1": (0.5, -0.25), "partner:3": (1.0, 1.0)}


def test_view_keeps_the_layout_of_all_years(db, net):
    data = load_graph_data(db.conn)
    all_years = compute_view(data, GraphFilter(), layout="force")
    one_year = compute_view(data, GraphFilter(year=2013), layout="force")
    assert set(one_year.graph) < set(all_years.graph)
    assert one_year.pos == all_years.pos  # the picture does not jump as the year changes
    ego = compute_view(data, GraphFilter(), layout="radial", ego="Paris", depth=1)
    assert ego.name == f"radial:ego:partner:{net['paris']}:1"
    assert set(ego.graph) == {node("partner", net["paris"]), node("partner", net["green"])}


def test_a_cancelled_view_stops(db, net):
    from bkk_relations.core.graph.model import Cancelled

    with pytest.raises(Cancelled):
        compute_view(load_graph_data(db.conn), GraphFilter(), cancelled=lambda: True)


def test_the_thai_graph_workbook_is_thai_with_rounded_measures(db, net, tmp_path: Path):
    g = build_graph(load_graph_data(db.conn))
    m = compute_metrics(g)
    path = tmp_path / "net-th.xlsx"
    write_excel(g, path, m, risks(g), lang="th", calendar="buddhist")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["จุด", "ความสัมพันธ์", "จุดเสี่ยง", "เกี่ยวกับ"]
    nodes = list(wb["จุด"].iter_rows(values_only=True))
    ties = list(wb["ความสัมพันธ์"].iter_rows(values_only=True))
    head = nodes[0]
    assert head[:3] == ("จุด", "ชื่อภาษาอังกฤษ", "ชื่อภาษาไทย") and "ความเป็นสื่อกลาง" in head
    osaka = next(r for r in nodes[1:] if r[2] == "โอซากา")
    assert osaka[head.index("ลักษณะ")] == "เมือง"
    assert osaka[head.index("ประเทศ")] == "ญี่ปุ่น"
    assert osaka[head.index("สถานะ")] not in ("active", "")
    assert isinstance(osaka[head.index("จำนวนความสัมพันธ์")], int)
    busan = next(r for r in ties[1:] if "Busan" in (r[1], r[3]))  # no Thai name: English
    assert "เมืองทดสอบ" in (busan[1], busan[3])
    for r in nodes[1:]:
        value = r[head.index("ความเป็นสื่อกลาง")]
        assert value == round(value, 4)
    assert ties[0][0] == "จาก"
    assert all(not str(r[4]).isascii() for r in ties[1:])  # tie types in Thai
    about = dict(wb["เกี่ยวกับ"].iter_rows(min_row=2, values_only=True))
    assert about["จุด"] == g.number_of_nodes()
