"""The graph filtered and coloured by goal (SQLite and PostgreSQL)."""

from __future__ import annotations

from bkk_relations.core.graph.data import load_graph_data
from bkk_relations.core.graph.draw import node_colours
from bkk_relations.core.graph.model import GraphFilter, add_sectors, build_graph
from bkk_relations.core.graph.saved_views import _filter
from bkk_relations.core.strategy.frameworks import find_framework, goals


def _goal(reg, framework: str, code: str) -> int:
    return next(g.id for g in goals(reg, find_framework(reg, framework).id) if g.code == code)


def test_filter_and_colour_by_goal(reg, make):
    env, sdg11 = _goal(reg, "bkk_nine_dimensions", "5"), _goal(reg, "sdgs", "11")
    osaka, seoul, lyon = (make.partner(name_en=n) for n in ("Osaka", "Seoul", "Lyon"))
    make.agreement(party_ids=[osaka.id], goal_ids=[env])
    make.agreement(party_ids=[seoul.id], sdgs=[11])  # an SDG listed counts for the goal
    make.agreement(party_ids=[lyon.id])
    data = load_graph_data(reg.conn)
    shown = build_graph(data, GraphFilter(goal=env))
    assert sorted(shown.nodes[n]["label"] for n in shown if n.startswith("partner:")) == [
        "Osaka"]
    by_sdg = build_graph(data, GraphFilter(goal=sdg11))
    assert [n for n in by_sdg if n.startswith("partner:")] == [f"partner:{seoul.id}"]
    g = build_graph(data)
    add_sectors(data, [g])
    colours, legend = node_colours(g, "goal", "th")
    assert colours[f"partner:{osaka.id}"] != colours[f"partner:{lyon.id}"]
    assert ("5 สิ่งแวดล้อมดี", colours[f"partner:{osaka.id}"]) in legend
    assert _filter({"goal": env}).goal == env  # a saved view keeps its goal
