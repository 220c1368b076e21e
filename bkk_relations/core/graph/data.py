"""What the relationship graph is made of, read from the database in a few queries whatever
its size: the home city, partners, units, and the agreements and projects that tie them.

``load_graph_data`` reads what a picture needs; the sectors and SDGs of every tie and each
partner's activities (for the sector and SDG filters, colouring by sector and the rankings)
are read with it, or afterwards by ``load_extras`` so that a big register's picture shows
first. Nodes are ``"home"``, ``"partner:ID"``, ``"project:ID"`` and ``"unit:ID"``.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple, ParamSpec, TypeVar

from .. import collector
from ..places.regions import region_for
from ..settings import home_city_of, home_country_of
from ..storage.protocols import Connection

HOME = "home"

_P = ParamSpec("_P")
_R = TypeVar("_R")


def gc_paused(fn: Callable[_P, _R]) -> Callable[_P, _R]:
    """Run ``fn`` with Python's cycle collector held off (core.collector). Building the
    graph of a big register makes a few hundred thousand objects, none of them garbage yet,
    and the collector would look through all of them again and again: a quarter of the
    time at 20,000 partners."""

    @functools.wraps(fn)
    def paused(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        with collector.held_off():
            return fn(*args, **kwargs)

    return paused


class Entity(NamedTuple):
    """Something that can be a node: the home city, a partner, a project or a unit. (Named
    tuples rather than frozen dataclasses: a big register makes 100,000 of these, and a
    named tuple is made three times quicker.)"""

    node: str
    entity: str
    record_id: int
    kind: str
    label_en: str
    label_th: str = ""
    acronym: str = ""
    country: str = ""
    region: str = ""
    status: str = ""
    org_type: str = ""


class Link(NamedTuple):
    """An agreement or a project: what ties its partners (and units) to the home city."""

    source: str  # "agreement" | "project"
    record_id: int
    type: str  # the agreement type, or "project"
    status: str
    start: int | None
    end: int | None
    partners: tuple[int, ...] = ()
    units: tuple[int, ...] = ()
    sectors: tuple[str, ...] = ()
    sdgs: tuple[int, ...] = ()
    label_en: str = ""
    label_th: str = ""
    goals: tuple[int, ...] = ()  # aligned goals (an SDG listed counts for the SDG goal)


@dataclass(frozen=True)
class GraphData:
    """Everything the graph is made of, read once from the database. ``activities`` holds,
    per partner id, how many activities it took part in each year (for the rankings);
    without ``extras`` the ties' sectors and SDGs and the activities are not read yet."""

    home: Entity
    partners: dict[int, Entity]
    units: dict[int, Entity]
    links: list[Link]
    activities: dict[int, dict[int, int]] = field(default_factory=dict)
    sectors_read: bool = True  # the ties' sectors, SDGs and goals (see load_extras)
    activities_read: bool = True
    goal_names: dict[int, tuple[str, str]] = field(default_factory=dict)  # id: (en, th)

    @property
    def extras(self) -> bool:
        """Whether everything was read: sectors, SDGs and activities."""
        return self.sectors_read and self.activities_read

    @property
    def years(self) -> tuple[int, int] | None:
        """The first and last year any tie is known to start or end."""
        ys = [y for lk in self.links for y in (lk.start, lk.end) if y is not None]
        return (min(ys), max(ys)) if ys else None


def _year1(text: str | None) -> int | None:
    return int(text[:4]) if text and text[:4].isdigit() else None


class _Years(dict):
    """The year of a date's first four characters (``substr(date, 1, 4)``), each text
    parsed once: a big register has a few dozen years and 150,000 dates."""

    def __missing__(self, text: str | None) -> int | None:
        year = self[text] = _year1(text)
        return year


def _ints(text: str | None) -> tuple[int, ...]:
    if not text:
        return ()
    if "," not in text:  # most links have one party: no list, no sort
        return (int(text),)
    return tuple(sorted(map(int, text.split(","))))


def _texts(text: str | None) -> tuple[str, ...]:
    if not text:
        return ()
    return (text,) if _SEP not in text else tuple(sorted(text.split(_SEP)))


def _joined(conn: Connection, sql: str) -> dict[int, str]:
    """owner id -> its values joined into one text by the database (``group_concat``), so
    that Python sees one row per owner, not one per value."""
    return dict(conn.execute(sql).fetchall())


_SEP = "\x1f"  # joins texts (sectors), which may hold commas


@gc_paused
def load_graph_data(conn: Connection, *, extras: bool = True) -> GraphData:
    """Read the home city, live partners, units, agreements and projects (with ``extras``
    also each tie's sectors and SDGs and each partner's activities by year), in a fixed
    number of queries whatever the size."""
    settings = dict(conn.execute(
        "SELECT key, value FROM settings WHERE key IN "
        "('home_city_en', 'home_city_th', 'home_country')").fetchall())
    country = home_country_of(settings.get("home_country"))
    en, th = settings.get("home_city_en"), settings.get("home_city_th")
    home = Entity(HOME, "home", 0, "home", home_city_of(en, th, "en"),
                  home_city_of(en, th, "th"), country=country,
                  region=region_for(country), status="active")
    partners = {
        r[0]: Entity(f"partner:{r[0]}", "partner", r[0], r[1], r[2], r[3] or "", r[4] or "",
                     r[5] or "", r[6] or region_for(r[5]), r[7] or "", r[8] or "")
        for r in conn.execute(
            "SELECT id, kind, name_en, name_th, acronym, country, region, status, org_type "
            "FROM partners WHERE deleted_at IS NULL").fetchall()}
    units = {
        r[0]: Entity(f"unit:{r[0]}", "unit", r[0], "unit", r[1], r[2] or "", r[3] or "",
                     country, home.region, "active", r[4] or "")
        for r in conn.execute(
            "SELECT id, name_en, name_th, acronym, unit_type FROM units "
            "WHERE deleted_at IS NULL").fetchall()}
    live = partners.keys()

    def members(text: str | None) -> tuple[int, ...]:
        ids = _ints(text)
        if len(ids) == 1:
            return ids if ids[0] in live else ()
        return tuple(p for p in ids if p in live)

    links: list[Link] = []
    parties = _joined(conn, "SELECT agreement_id, group_concat(partner_id, ',') "
                            "FROM agreement_parties GROUP BY agreement_id")
    years = _Years()
    for rid, a_type, status, signed, effective, expiry, title_en, title_th in conn.execute(
            "SELECT id, agreement_type, status, substr(signed_date, 1, 4), "
            "substr(effective_date, 1, 4), substr(expiry_date, 1, 4), "
            "title_en, title_th FROM agreements WHERE deleted_at IS NULL ORDER BY id"
    ).fetchall():
        start = years[signed]
        if effective is not None:
            begun = years[effective]
            if begun is not None and (start is None or begun < start):
                start = begun
        links.append(Link("agreement", rid, a_type, status, start, years[expiry],
                          members(parties.get(rid)), (), (), (), title_en, title_th or ""))
    parties = _joined(conn, "SELECT project_id, group_concat(partner_id, ',') "
                            "FROM project_partners GROUP BY project_id")
    leads = _joined(conn, "SELECT project_id, group_concat(unit_id, ',') "
                          "FROM project_units GROUP BY project_id")
    for rid, status, start, end, title_en, title_th in conn.execute(
            "SELECT id, status, substr(start_date, 1, 4), substr(end_date, 1, 4), title_en, "
            "title_th FROM projects WHERE deleted_at IS NULL ORDER BY id").fetchall():
        links.append(Link("project", rid, "project", status, years[start], years[end],
                          members(parties.get(rid)),
                          tuple(u for u in _ints(leads.get(rid)) if u in units), (), (),
                          title_en, title_th or ""))
    data = GraphData(home, partners, units, links, {}, sectors_read=False,
                     activities_read=False)
    return load_extras(conn, data) if extras else data


@gc_paused
def load_extras(conn: Connection, data: GraphData, *, sectors: bool = True
                ) -> GraphData:
    """``data`` with each partner's activities by year and (``sectors``) each tie's sectors
    and SDGs, whichever were not read yet."""
    links, names = data.links, data.goal_names
    if sectors and not data.sectors_read:
        links = _with_sectors(conn, links)
        names = _goal_names(conn)
    activities = data.activities
    if not data.activities_read:
        activities = _activities(conn, data.partners.keys())
    return GraphData(data.home, data.partners, data.units, links, activities,
                     sectors_read=data.sectors_read or sectors, activities_read=True,
                     goal_names=names)


def _goal_names(conn: Connection) -> dict[int, tuple[str, str]]:
    """Each live goal as a legend names it: "code name" in English and in Thai (an SDG as
    "SDG 11 …", apart from the other frameworks' goal 11)."""
    out = {}
    for gid, code, en, th, builtin in conn.execute(
            "SELECT g.id, g.code, g.name_en, g.name_th, f.builtin FROM goals g JOIN frameworks "
            "f ON f.id = g.framework_id AND f.deleted_at IS NULL WHERE g.deleted_at IS NULL"):
        shown = f"SDG {code}" if builtin == "sdgs" else code
        out[gid] = (f"{shown} {en}", f"{shown} {th or en}")
    return out


def _with_sectors(conn: Connection, links: list[Link]) -> list[Link]:
    found = {}
    for source in ("agreement", "project"):
        found[source] = (
            _joined(conn, f"SELECT {source}_id, group_concat(sector, char(31)) "
                          f"FROM {source}_sectors GROUP BY {source}_id"),
            _joined(conn, f"SELECT {source}_id, group_concat(sdg, ',') "
                          f"FROM {source}_sdgs GROUP BY {source}_id"))
    aligned = {source: _joined(conn, f"SELECT {source}_id, group_concat(goal_id, ',') "
                                     f"FROM {source}_goals GROUP BY {source}_id")
               for source in ("agreement", "project")}
    sdg_goal = {int(code): gid for gid, code in conn.execute(
        "SELECT g.id, g.code FROM goals g JOIN frameworks f ON f.id = g.framework_id "
        "WHERE f.builtin = 'sdgs' AND g.deleted_at IS NULL") if str(code).isdigit()}
    out = []
    for lk in links:
        sectors, sdgs = found[lk.source]
        s, g = sectors.get(lk.record_id), sdgs.get(lk.record_id)
        a = aligned[lk.source].get(lk.record_id)
        if s is None and g is None and a is None:
            out.append(lk)
            continue
        listed = _ints(g)
        goals = tuple(dict.fromkeys(_ints(a) + tuple(sdg_goal[n] for n in listed
                                                     if n in sdg_goal)))
        out.append(Link(lk.source, lk.record_id, lk.type, lk.status, lk.start, lk.end,
                        lk.partners, lk.units, _texts(s), listed, lk.label_en, lk.label_th,
                        goals))
    return out


def _activities(conn: Connection, live) -> dict[int, dict[int, int]]:
    out: dict[int, dict[int, int]] = {}
    for pid, years in conn.execute(
            "SELECT x.partner_id, group_concat(substr(a.start_date, 1, 4), ',') "
            "FROM activity_partners x JOIN activities a ON a.id = x.activity_id "
            "WHERE a.deleted_at IS NULL AND a.start_date IS NOT NULL "
            "GROUP BY x.partner_id").fetchall():
        if pid in live and years:
            out[pid] = dict(Counter(int(y) for y in years.split(",") if y.isdigit()))
    return out
