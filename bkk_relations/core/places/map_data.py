"""What the Map page shows: each partner at its coordinates, or at the middle of its country
(marked as approximate) when it has none, and an arc from the home city to each partner tied
to it, typed as in the relationship graph. The same filters as the graph's decide who is on
the map (kind, region, sector, SDG, agreement type, status, as of a year)."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import numpy as np

from ..graph.model import ENDED, HOME, NOT_YET, GraphData, GraphFilter, build_graph
from ..graph.model import load_graph_data as _load_graph_data
from ..register import Register
from ..settings import home_city_of, home_country_of
from . import world

# Where the home city is when the register does not say (settings home_latitude and
# home_longitude): Bangkok for the default home city, else the middle of its country.
BANGKOK = (100.5018, 13.7563)  # longitude, latitude


@dataclass(frozen=True)
class Place:
    lon: float
    lat: float
    x: float
    y: float
    approximate: bool


@dataclass(frozen=True)
class MapSource:
    """Everything the map is made of, read once (filters and years never read again)."""

    graph: GraphData
    coordinates: dict[int, tuple[float, float]]  # partner id -> (longitude, latitude)
    home: Place


@dataclass
class MapData:
    """One view of the map: partners (arrays in the same order) and the arcs to them."""

    home: Place
    home_name: tuple[str, str]  # English, Thai
    ids: np.ndarray  # partner ids
    xy: np.ndarray  # (n, 2) projected positions
    approximate: np.ndarray  # bool: placed at the middle of its country
    kind: list[str]  # "city" | "organisation"
    tie: list[str]  # the strongest tie to the home city, "" when there is none
    ended: np.ndarray  # bool: that tie has ended (drawn faded)
    ties: np.ndarray  # number of ties in the view (for sizes and names)
    names: list[tuple[str, str]]  # English, Thai
    countries: list[str]
    arcs: world.Polylines  # owner: index into the partners above
    unplaced: list[str] = field(default_factory=list)  # names of partners with no place
    year: int | None = None

    def __len__(self) -> int:
        return len(self.ids)

    def name(self, i: int, language: str) -> str:
        en, th = self.names[i]
        return (th or en) if language == "th" else en


def _valid(lat: float | None, lon: float | None) -> bool:
    return (lat is not None and lon is not None and math.isfinite(lat) and math.isfinite(lon)
            and -90 <= lat <= 90 and -180 <= lon <= 180)


def home_place(settings: dict[str, str | None]) -> Place:
    try:
        lat = float(settings.get("home_latitude") or "nan")
        lon = float(settings.get("home_longitude") or "nan")
    except ValueError:
        lat = lon = float("nan")
    approximate = False
    if not _valid(lat, lon):
        country = home_country_of(settings.get("home_country"))
        city = home_city_of(settings.get("home_city_en"), None, "en").strip().casefold()
        if country == "TH" and city in ("bangkok", "krung thep", ""):
            lon, lat = BANGKOK
        else:
            lon, lat = world.centroid(country) or BANGKOK
            approximate = True
    x, y = world.project(lon, lat)
    return Place(lon, lat, float(x), float(y), approximate)


def load_map_source(reg: Register) -> MapSource:
    """Read the partners, their ties and coordinates, and the home city's place."""
    conn = reg.conn
    graph = _load_graph_data(conn)
    coordinates = {
        int(pid): (float(lon), float(lat))
        for pid, lat, lon in conn.execute(
            "SELECT id, latitude, longitude FROM partners WHERE deleted_at IS NULL "
            "AND latitude IS NOT NULL AND longitude IS NOT NULL")
        if _valid(lat, lon)}
    settings = dict(conn.execute(
        "SELECT key, value FROM settings WHERE key IN ('home_latitude', 'home_longitude', "
        "'home_country', 'home_city_en')").fetchall())
    return MapSource(graph, coordinates, home_place(settings))


def build_map(source: MapSource, f: GraphFilter | None = None,
              cancelled: Callable[[], bool] | None = None) -> MapData:
    """The map for filter ``f`` (its ``year`` included). Projects and units never show on
    the map: they have no place of their own."""
    f = replace(f or GraphFilter(), projects=False, units=False)
    g = build_graph(source.graph, f)
    nodes = [n for n in g if n.startswith("partner:")]
    ids, lonlat, approx, keep, unplaced = [], [], [], [], []
    for n in nodes:
        pid = int(n.split(":", 1)[1])
        place = source.coordinates.get(pid)
        if place is None:
            middle = world.centroid(g.nodes[n].get("country"))
            if middle is None:
                unplaced.append(str(g.nodes[n]["label_en"]))
                continue
            place, rough = middle, True
        else:
            rough = False
        ids.append(pid)
        lonlat.append(place)
        approx.append(rough)
        keep.append(n)
    if cancelled is not None and cancelled():
        raise InterruptedError
    lonlat_arr = np.asarray(lonlat, dtype=float).reshape(-1, 2)
    x, y = world.project(lonlat_arr[:, 0], lonlat_arr[:, 1])
    tie, ended = [], []
    for n in keep:
        edge = g.edges[HOME, n] if g.has_edge(HOME, n) else None
        tie.append(str(edge["type"]) if edge else "")
        ended.append(bool(edge and (edge.get("status") in ENDED
                                    or edge.get("status") in NOT_YET)))
    tied = np.array([bool(t) for t in tie], dtype=bool)
    home = source.home
    arcs = world.great_circle(home.lon, home.lat, lonlat_arr[tied, 0], lonlat_arr[tied, 1])
    # arcs were made for the tied partners only: point their owners at all partners
    arcs = world.Polylines(arcs.points, arcs.starts, np.nonzero(tied)[0][arcs.owner]
                           if len(arcs.owner) else arcs.owner)
    home_node = g.nodes[HOME] if HOME in g else {}
    return MapData(
        home=home,
        home_name=(str(home_node.get("label_en") or source.graph.home.label_en),
                   str(home_node.get("label_th") or source.graph.home.label_th)),
        ids=np.asarray(ids, dtype=np.int64), xy=np.column_stack([x, y]).reshape(-1, 2),
        approximate=np.asarray(approx, dtype=bool), kind=[str(g.nodes[n]["kind"])
                                                           for n in keep],
        tie=tie, ended=np.asarray(ended, dtype=bool),
        ties=np.asarray([g.degree(n) for n in keep], dtype=float),
        names=[(str(g.nodes[n]["label_en"]), str(g.nodes[n].get("label_th") or ""))
               for n in keep],
        countries=[str(g.nodes[n].get("country") or "") for n in keep],
        arcs=arcs, unplaced=sorted(unplaced), year=f.year)

