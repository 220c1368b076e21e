"""Where the Map page puts each partner: at its coordinates, or at the middle of its country
marked as approximate; the arcs from the home city follow great circles; the graph's filters
and the year decide who is on the map."""

from __future__ import annotations

import numpy as np
import pytest

from bkk_relations.core.graph.model import GraphFilter
from bkk_relations.core.places import map_data, world
from bkk_relations.core.register import Register


@pytest.fixture
def reg(db) -> Register:
    return Register(db)


def build(reg: Register, **filters) -> map_data.MapData:
    return map_data.build_map(map_data.load_map_source(reg), GraphFilter(**filters))


def index(data: map_data.MapData, name: str) -> int:
    return [n for n, _ in data.names].index(name)


def test_partners_at_their_coordinates_or_the_middle_of_their_country(reg, make):
    seoul = make.partner(name_en="Seoul", country="KR", latitude=37.5665, longitude=126.978)
    singapore = make.partner(name_en="Singapore", country="SG")  # not on the 1:110m map
    nowhere = make.organisation(name_en="Floating network", country=None)
    make.agreement(agreement_type="sister_city", party_ids=[seoul.id], signed_date="2006")
    make.agreement(agreement_type="mou", party_ids=[singapore.id, nowhere.id])
    data = build(reg)
    i, j = index(data, "Seoul"), index(data, "Singapore")
    x, y = world.project(126.978, 37.5665)
    assert data.xy[i] == pytest.approx([x, y]) and not data.approximate[i]
    lon, lat = world.centroid("SG")
    assert data.xy[j] == pytest.approx(list(world.project(lon, lat)))
    assert data.approximate[j]
    assert data.unplaced == ["Floating network"]  # said, not silently dropped
    assert data.tie[i] == "sister_city" and data.tie[j] == "mou"


def test_arcs_run_from_the_home_city_to_each_tied_partner(reg, make):
    la = make.partner(name_en="Los Angeles", country="US", latitude=34.05, longitude=-118.24)
    make.agreement(agreement_type="sister_city", party_ids=[la.id])
    data = build(reg)
    home = (data.home.x, data.home.y)
    assert (data.home.lon, data.home.lat) == map_data.BANGKOK
    lines = data.arcs
    assert set(lines.owner) == {index(data, "Los Angeles")}
    # Bangkok to Los Angeles goes over the Pacific: two pieces, across the 180° meridian
    assert len(lines.starts) == 2
    first = lines.points[lines.starts[0]]
    last = lines.points[-1]
    assert first == pytest.approx(home)
    assert last == pytest.approx(data.xy[0])
    # the first piece ends on the eastern edge where the second starts on the western one
    east, west = lines.points[[lines.starts[1] - 1, lines.starts[1]]]
    assert east[0] > 2 and east == pytest.approx([-west[0], west[1]])


def test_the_graphs_filters_and_the_year_decide_who_is_on_the_map(reg, make):
    old = make.partner(name_en="Old friend", country="JP")
    new = make.partner(name_en="New friend", country="VN")
    loose = make.partner(name_en="No ties", country="FR")
    make.agreement(agreement_type="sister_city", party_ids=[old.id], signed_date="1990")
    make.agreement(agreement_type="mou", party_ids=[new.id], signed_date="2020-05-01")
    assert {n for n, _ in build(reg).names} == {"Old friend", "New friend"}
    assert {n for n, _ in build(reg, year=2000).names} == {"Old friend"}
    assert {n for n, _ in build(reg, agreement_type="mou").names} == {"New friend"}
    everyone = build(reg, isolated=True)
    assert "No ties" in {n for n, _ in everyone.names}
    assert everyone.tie[index(everyone, "No ties")] == ""
    assert loose.id in everyone.ids


def test_the_home_city_is_where_the_register_says(reg, make):
    reg.set_setting("home_city_en", "Chiang Mai")
    reg.set_setting("home_latitude", "18.79")
    reg.set_setting("home_longitude", "98.98")
    assert (build(reg).home.lat, build(reg).home.lon) == (18.79, 98.98)
    reg.set_setting("home_latitude", None)
    place = build(reg).home  # another city without coordinates: the middle of Thailand
    assert place.approximate and (place.lon, place.lat) == world.centroid("TH")


def test_twenty_thousand_arcs_are_made_without_a_loop_per_arc():
    rng = np.random.default_rng(3)
    lines = world.great_circle(100.5, 13.75, rng.uniform(-180, 180, 20_000),
                               rng.uniform(-60, 70, 20_000))
    assert set(lines.owner) == set(range(20_000))
    assert np.isfinite(lines.points).all()
    bound = world.project(180.0, 0.0)[0] * 1.001
    assert (np.abs(lines.points[:, 0]) <= bound).all()  # every piece inside the map
