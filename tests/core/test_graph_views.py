"""Views of the graph a manager can trust and read at any size: year views leave out ties
whose start is unknown (and count them), rankings break ties by weighted ties and say why,
weak points are summarised, big networks open grouped by country, the radial layout reads
by tie type and year."""

from __future__ import annotations

import math

import networkx as nx
import pytest

from bkk_relations.core.graph.aggregate import aggregate, group_ties, is_group
from bkk_relations.core.graph.layout import compute_layout, radial_annotations
from bkk_relations.core.graph.model import (
    HOME,
    GraphFilter,
    Risk,
    build_graph,
    compute_metrics,
    describe_ties,
    key_partners,
    load_graph_data,
    undated_links,
)
from bkk_relations.core.graph.ranking import engagement, summarise_risks
from bkk_relations.core.graph.view import compute_view, regroup, view_sizes, year_step
from tests.conftest import Maker


def names(g: nx.Graph) -> set[str]:
    return {d["label_en"] for _, d in g.nodes(data=True)}


# -- year views ---------------------------------------------------------------------------------
def test_year_views_leave_out_ties_without_a_start_year_and_count_them(demo_db):
    data = load_graph_data(demo_db.conn)
    in_1963 = compute_view(data, GraphFilter(year=1963))
    # B.E. 2506: only Washington, D.C. (1962). The Moscow MOU, ICLEI and UCLG ASPAC have no
    # start year and were drawn in every year before.
    assert names(in_1963.graph) == {"Bangkok", "Washington, D.C."}
    undated = undated_links(data, GraphFilter(year=1963))
    titles = {lk.label_en for lk in undated}
    assert any("Moscow cooperation MOU" in t for t in titles)
    assert any("ICLEI" in t for t in titles) and any("UCLG ASPAC" in t for t in titles)
    assert in_1963.undated == len(undated) == 6
    # in 2030 the Moscow MOU and its programme (both until 2025) no longer count
    assert compute_view(data, GraphFilter(year=2030)).undated == 4
    assert compute_view(data, GraphFilter()).undated == 0  # no year: everything shown
    assert "Guangzhou" in names(compute_view(data, GraphFilter()).graph)


def test_a_year_step_keeps_the_layout_and_recounts(demo_db):
    data = load_graph_data(demo_db.conn)
    view = compute_view(data, GraphFilter(year=2000))
    later = year_step(data, GraphFilter(year=2010), view)
    assert later.pos is view.pos
    assert "Jakarta" in names(later.graph) and "Jakarta" not in names(view.graph)
    assert later.undated == view.undated


def test_tooltips_give_years_in_the_chosen_calendar(demo_db):
    g = build_graph(load_graph_data(demo_db.conn))
    moscow = next(n for n, d in g.nodes(data=True) if d["label_en"] == "Moscow")
    assert "Bangkok: Sister city, MOU, Project (1997–)" in describe_ties(g, moscow)
    assert "กรุงเทพมหานคร: เมืองพี่เมืองน้อง, บันทึกความเข้าใจ, โครงการ (2540–)" in \
        describe_ties(g, moscow, "th", calendar="buddhist")


# -- rankings -----------------------------------------------------------------------------------
@pytest.fixture
def star(db, make: Maker) -> dict[str, int]:
    """A star: every partner tied to the home city alone, so every betweenness is 0."""
    astana = make.partner(name_en="Astana", country="KZ")
    busy = make.partner(name_en="Yokohama", country="JP")
    quiet = make.partner(name_en="Bergen", country="NO")
    make.agreement(agreement_type="mou", party_ids=[astana.id], signed_date="2019",
                   status="expired", expiry_date="2020")
    make.agreement(agreement_type="sister_city", party_ids=[busy.id], signed_date="2001")
    make.agreement(agreement_type="mou", party_ids=[busy.id], signed_date="2015")
    make.project(partner_ids=[busy.id], start_date="2021", status="ongoing")
    make.activity(partner_ids=[busy.id], start_date="2024-05-01")
    make.agreement(agreement_type="cooperation", party_ids=[quiet.id], signed_date="2010")
    return {"astana": astana.id, "busy": busy.id, "quiet": quiet.id}


def test_equal_measures_are_ranked_by_weighted_ties_not_by_name(db, star):
    import datetime as dt

    data = load_graph_data(db.conn)
    g = build_graph(data)
    m = compute_metrics(g)
    assert {m.betweenness[n] for n in g if n != HOME} == {0.0}
    eng = engagement(data, GraphFilter(), g, today=dt.date(2025, 6, 1))
    rows = key_partners(g, m, "betweenness", engagement=eng)
    assert [r.label for r in rows] == ["Yokohama", "Bergen", "Astana"]  # not Astana first
    top = rows[0]
    assert (top.agreements_in_force, top.projects, top.recent_activities) == (2, 1, 1)
    assert top.score == 3 * 2 + 2 * 1 + 1 and top.tied and top.rank == 1
    assert rows[2].agreements_in_force == 0  # the expired MOU is not in force


def test_weak_points_are_summarised_with_the_list_behind(demo_db):
    g = build_graph(load_graph_data(demo_db.conn))
    from bkk_relations.core.graph.model import risks

    groups = summarise_risks(risks(g))
    assert [(grp.kind, grp.count) for grp in groups] == [("single_link", 21)]
    assert all(len(r.cut_off) == 1 for r in groups[0].risks)
    many = [Risk("tie", "a", "home", 1, ("a", "b", "c")), Risk("tie", "d", "home", 1, ("d",)),
            Risk("node", "a", "", 0, ("b", "c")), Risk("unreachable", "x", "", 0, ("x", "y"))]
    assert [(grp.kind, grp.count, grp.partners) for grp in summarise_risks(many)] == [
        ("unreachable", 1, 2), ("only_way", 1, 2), ("holds_group", 1, 3),
        ("single_link", 1, 1)]


# -- grouping -----------------------------------------------------------------------------------
def test_grouping_by_country_counts_partners_and_ties_by_type(demo_db):
    g = build_graph(load_graph_data(demo_db.conn))
    agg = aggregate(g, "country")
    cn = agg.graph.nodes["group:country:CN"]
    chinese = [n for n in g if g.nodes[n].get("country") == "CN"]
    assert cn["members"] == len(chinese) == 9 and cn["label_en"] == "China"
    assert cn["label_th"] == "จีน" and cn["region"] == "East Asia"
    ties = dict(group_ties(agg.graph, "group:country:CN"))
    assert ties["sister_city"] == 4  # Beijing, Chaozhou, Guangzhou, Chongqing
    assert sum(ties.values()) == sum(1 for n in chinese for m in g[n]
                                     if g.nodes[m].get("country") != "CN")
    assert HOME in agg.graph and not any(g.nodes[n].get("country") == "CN"
                                         for n in agg.graph if not is_group(n) and n != HOME)
    opened = aggregate(g, "country", ["group:country:CN"])
    assert set(chinese) <= set(opened.graph) and "group:country:CN" not in opened.graph
    beijing = next(n for n in chinese if g.nodes[n]["label_en"] == "Beijing")
    assert opened.graph.has_edge(beijing, HOME)
    assert opened.graph.has_edge(beijing, "group:country:KR")  # Seoul and Daegu, grouped


def test_big_views_open_grouped_and_groups_open_in_place(demo_db):
    data = load_graph_data(demo_db.conn)
    view = compute_view(data, GraphFilter(), group_by="auto", threshold=20)
    assert view.grouped and view.auto_grouped and view.group_by == "country"
    assert all(is_group(n) or n == HOME for n in view.graph)
    assert view.base.number_of_nodes() == 33  # the measures are still about every partner
    assert view.ranking("degree")[0].label == "Beijing"
    sizes = view_sizes(view, "degree")
    assert sizes["group:country:CN"] > sizes["group:country:KZ"]
    opened = regroup(view, {"group:country:CN"})
    x, y = view.pos["group:country:CN"]
    spots = [opened.pos[n] for n in view.aggregation.members["group:country:CN"]]
    middle = (sum(p[0] for p in spots) / len(spots), sum(p[1] for p in spots) / len(spots))
    assert math.dist(middle, (x, y)) < 0.5 * math.dist((x, y), view.pos[HOME])
    assert compute_view(data, GraphFilter(), group_by="auto").grouped is False


def test_a_network_filtered_out_does_not_tie_its_members_to_each_other(db, make: Maker):
    net = make.organisation(name_en="Big Network")
    cities = [make.partner(name_en=f"Member {i}") for i in range(6)]
    make.agreement(agreement_type="membership", party_ids=[net.id] + [c.id for c in cities])
    data = load_graph_data(db.conn)
    assert build_graph(data).number_of_edges() == 1 + 6
    only_cities = build_graph(data, GraphFilter(kind="city"))
    assert only_cities.number_of_edges() == 0  # not 15 ties between the members


# -- layouts ------------------------------------------------------------------------------------
def test_the_radial_layout_reads_clockwise_by_tie_type_then_year(demo_db):
    g = build_graph(load_graph_data(demo_db.conn))
    pos = compute_layout(g, "radial")

    def clockwise(n: str) -> float:
        x, y = pos[n]
        return (math.pi / 2 - math.atan2(y, x)) % (2 * math.pi)

    sisters = sorted((n for n in g[HOME] if g.edges[HOME, n]["type"] == "sister_city"),
                     key=clockwise)
    starts = [g.edges[HOME, n]["start"] or 9999 for n in sisters]
    assert starts == sorted(starts)  # 1962 Washington at twelve o'clock, undated last
    assert g.nodes[sisters[0]]["label_en"] == "Washington, D.C."
    members = [n for n in g[HOME] if g.edges[HOME, n]["type"] == "membership"]
    assert min(clockwise(n) for n in members) > max(clockwise(n) for n in sisters)
    notes = {a.text_en for a in radial_annotations(g, pos)}
    assert "Sister city 1962–2013" in notes
    assert "เมืองพี่เมืองน้อง 2505–2556" in {a.text_th for a in radial_annotations(
        g, pos, "buddhist")}
