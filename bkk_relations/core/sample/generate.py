"""Synthetic databases at scale, for benchmarks and load tests.

Per partner, about 3 agreements, 1 project, 5 activities and 1 contact, with English and Thai
names; about 0.6 follow-up actions (from its activities: most done, some overdue, a few due
in the coming weeks) and 0.15 lessons brought home; projects, some agreements and activities
aligned to the goals every database ships (the SDGs, the Governor's nine dimensions).
Rows are written with bulk inserts in one transaction; validation is skipped because every
generated value is valid by construction.

The network they make looks like a real city's, not a star around the home city: partners
come mostly from the home city's own part of the world, a few countries give many of them,
some partners are far more prominent than others, and partners are tied to each other
through city networks (one membership agreement per network, naming its members: a few
networks with hundreds of members, most with tens, as in Acuto & Leffel's 84 city networks
of 10,343 member cities), multi-party agreements, projects with several partners and
conferences. A few agreements have no date, as in real registers.
"""

from __future__ import annotations

import datetime as _dt
import random
from collections.abc import Callable
from typing import TYPE_CHECKING

import pycountry

from ..dates import now_iso
from ..errors import Problem, ValidationError
from ..places.regions import REGIONS, region_for
from ..records import sort_keys, vocab
from ..records.models import SPECS
from ..records.normalise import name_key
from ..storage.protocols import Connection

if TYPE_CHECKING:
    import numpy as np

    from ..register import Register

_LATIN = ["ka", "ro", "mi", "sa", "lo", "ta", "ne", "vi", "do", "ra", "bu", "an", "el", "or",
          "ki", "po", "su", "la", "mo", "te", "ha", "ri", "no", "za"]
_THAI = ["กา", "โร", "มิ", "ซา", "โล", "ตา", "เน", "วี", "โด", "รา", "บู", "อัน", "เอล", "ออร์",
         "คิ", "โป", "ซู", "ลา", "โม", "เต", "ฮา", "ริ", "โน", "ซา"]
_ORG_WORDS = [("Urban", "เมือง"), ("Green", "สีเขียว"), ("Resilient", "ยืดหยุ่น"),
              ("Coastal", "ชายฝั่ง"), ("Asian", "เอเชีย"), ("Global", "โลก"),
              ("Smart", "อัจฉริยะ"), ("Clean Air", "อากาศสะอาด")]
_ORG_NOUNS = [("Network", "เครือข่าย"), ("Alliance", "พันธมิตร"), ("Forum", "สมัชชา"),
              ("Institute", "สถาบัน"), ("Foundation", "มูลนิธิ")]

Progress = Callable[[str, int, int], None]
# About 12 rows per partner: a million partners is a database of several gigabytes, already
# far beyond any office's register; more would only fill the disk.
MAX_PARTNERS = 1_000_000

# Where a South-East Asian capital's partners come from (share of partners per region).
REGION_SHARE = {
    "Southeast Asia": 0.22, "East Asia": 0.24, "Europe": 0.17, "South Asia": 0.07,
    "North America": 0.06, "Latin America & Caribbean": 0.05, "Oceania": 0.05,
    "West Asia": 0.05, "Africa": 0.06, "Central Asia": 0.03,
}
PARTNERS_PER_NETWORK = 240  # one city network per this many partners (at least two)
MEMBERSHIPS_PER_CITY = 0.5  # members of networks, all networks together, per city
MULTI_PARTY_PROJECTS = 0.3  # share of projects with 2-4 partners
MULTI_PARTY_AGREEMENTS = 0.06  # per partner: agreements with 2-4 partner parties
CONFERENCES = 0.12  # share of activities with several partners
UNDATED = 0.04  # share of agreements without any date
TODAY = 2026
ACTIONS_PER_ACTIVITY = 0.12  # follow-up actions agreed at an activity
DUE_SOON = 0.1  # share of actions agreed at a recent visit, due in the coming weeks
LESSONS_PER_PROJECT = 0.15
ALIGNED = {"project": 0.7, "agreement": 0.2, "activity": 0.3}  # share aligned to a goal
_BILATERAL_CITY = {"sister_city": 12, "friendship_city": 10, "mou": 33, "cooperation": 25,
                   "letter_of_intent": 20}
_BILATERAL_ORG = {"mou": 45, "cooperation": 35, "letter_of_intent": 20}


def _name(rng: random.Random, n: int) -> tuple[str, str]:
    idx = [rng.randrange(len(_LATIN)) for _ in range(rng.randint(2, 4))]
    en = "".join(_LATIN[i] for i in idx).capitalize()
    th = "".join(_THAI[i] for i in idx)
    return f"{en} {n}", f"{th} {n}"


# The countries that give a region most of its cities' partners, biggest first (the rest of
# the region follows in a random order, with ever smaller shares).
LEADING = {
    "Southeast Asia": "ID VN PH MY MM SG KH LA", "East Asia": "CN JP KR TW MN",
    "Europe": "FR DE GB IT ES RU NL PL SE", "South Asia": "IN BD PK LK NP",
    "North America": "US CA", "Latin America & Caribbean": "BR MX AR CO CL PE",
    "Oceania": "AU NZ FJ PG", "West Asia": "TR AE SA IL QA", "Africa": "ZA NG EG KE ET MA",
    "Central Asia": "KZ UZ KG",
}


class _World:
    """Countries by region with Zipf-like weights (a few countries give many partners)."""

    def __init__(self, nrng: np.random.Generator):
        import numpy as np

        by_region: dict[str, list[str]] = {}
        for c in sorted(c.alpha_2 for c in pycountry.countries):
            region = region_for(c)
            if c != "TH" and region in REGION_SHARE:
                by_region.setdefault(region, []).append(c)
        self.codes: list[str] = []
        weights: list[float] = []
        for region, share in REGION_SHARE.items():
            leading = [c for c in LEADING.get(region, "").split() if c in by_region[region]]
            rest = [c for c in by_region[region] if c not in leading]
            codes = leading + [rest[i] for i in nrng.permutation(len(rest))]
            zipf = 1.0 / (np.arange(len(codes)) + 1.0)
            zipf = zipf / zipf.sum() * share
            for rank, code in enumerate(codes):
                self.codes.append(code)
                weights.append(float(zipf[rank]))
        w = np.array(weights)
        self.weights = w / w.sum()
        self.region_index = np.array([REGIONS.index(region_for(c)) for c in self.codes])


def _pick(rng: random.Random, pool: list[int], prominence: np.ndarray, k: int,
          exclude: int) -> list[int]:
    """Up to ``k`` partners of ``pool``, the more prominent more often (the best of three
    drawn at random each time: cheap, and it gives a few partners most of the ties)."""
    out: list[int] = []
    if not pool:
        return out
    for _ in range(4 * k):
        best = max((pool[rng.randrange(len(pool))] for _ in range(3)),
                   key=lambda i: prominence[i])
        if best != exclude and best not in out:
            out.append(best)
            if len(out) == k:
                break
    return out


def _agreement_dates(rng: random.Random, a_type: str) -> tuple[str | None, str | None, str]:
    """(signed, expiry, status): old sister cities, mostly recent MOUs; a few undated."""
    if rng.random() < UNDATED:
        return None, None, "active"
    if a_type in ("sister_city", "friendship_city"):
        year = rng.randint(1962, TODAY)
    else:
        year = max(1985, TODAY - int(rng.expovariate(1 / 9)))
    signed = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    expiry = None
    if a_type not in ("sister_city", "friendship_city") and rng.random() < 0.7:
        expiry = f"{year + rng.choice([3, 5, 10])}{signed[4:]}"
    roll = rng.random()
    if roll < 0.04 and year >= TODAY - 1:
        status = "draft"
    elif roll < 0.07 and year >= TODAY - 1:
        status = "negotiation"
    elif roll < 0.10:
        status = "terminated"
    elif expiry is not None and int(expiry[:4]) < TODAY:
        status = "renewed" if rng.random() < 0.3 else "expired"
        if status == "renewed":
            expiry = None
    else:
        status = "active"
    return signed, expiry, status


def generate(reg: Register, *, partners: int, seed: int = 1,
             progress: Progress | None = None) -> dict[str, int]:
    """Add ``partners`` synthetic partners with their agreements, projects, activities and
    contacts; return how many of each were written."""
    if not 1 <= partners <= MAX_PARTNERS:
        raise ValidationError([Problem("partners", "generate.partners",
                                       {"most": MAX_PARTNERS, "n": partners})])
    rng = random.Random(seed)
    import numpy as np  # imported when generating: the command line starts without it

    nrng = np.random.default_rng(seed)
    world = _World(nrng)
    country_of = nrng.choice(len(world.codes), size=partners, p=world.weights)
    prominence = nrng.lognormal(0.0, 1.2, partners)
    networks = max(2, round(partners / PARTNERS_PER_NETWORK))
    # Networks are spread through the partners, so every chunk written holds a few.
    network_at = {round((i + 0.5) * partners / networks) for i in range(networks)}
    is_city = nrng.random(partners) < 0.8
    for i in network_at:
        is_city[i] = False
    now, user = now_iso(), "generator"
    meta = (now, now, user, 1)
    sectors = list(vocab.SECTORS)
    activity_types = list(vocab.ACTIVITY_TYPES)
    other_orgs = [t for t in vocab.ORG_TYPES if t != "city_network"]
    conn = reg.conn
    counts = dict.fromkeys(("partners", "units", "agreements", "projects", "activities",
                            "contacts", "actions", "lessons"), 0)
    # A second stream for the strategy's records: the rest of the data stays as a seed gave
    # it before they existed.
    extra = _Extra(random.Random(seed + 1_000_003), conn, _dt.date.today())
    with reg.db.transaction():
        base = conn.execute("SELECT coalesce(max(id), 0) FROM partners").fetchone()[0]
        unit_base = conn.execute("SELECT coalesce(max(id), 0) FROM units").fetchone()[0]
        n_units = max(5, min(60, partners // 20))
        conn.executemany(
            "INSERT INTO units (id, name_en, name_th, unit_type, created_at, updated_at, "
            "updated_by, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(unit_base + i, f"Unit {i}", f"หน่วยงาน {i}", rng.choice(list(vocab.UNIT_TYPES)),
              *meta) for i in range(1, n_units + 1)])
        counts["units"] = n_units
        ids = {table: conn.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]
               for table in ("agreements", "projects", "activities", "actions", "lessons")}
        by_region: dict[int, list[int]] = {}  # partner index so far, per region
        chunk = 2000
        for start in range(0, partners, chunk):
            rows: dict[str, list[tuple]] = {k: [] for k in (
                "p", "a", "ap", "as", "pr", "pp", "ps", "pg", "pu", "ac", "acp", "c")}
            stop = min(partners, start + chunk)
            for n in range(start, stop):
                pid = base + n + 1
                country = world.codes[country_of[n]]
                region = int(world.region_index[country_of[n]])
                by_region.setdefault(region, []).append(n)
                en, th = _name(rng, pid)
                org_type = None
                if n in network_at:
                    org_type = "city_network"
                elif not is_city[n]:
                    org_type = rng.choice(other_orgs)
                if org_type is not None:
                    word, noun = rng.choice(_ORG_WORDS), rng.choice(_ORG_NOUNS)
                    if org_type == "city_network":
                        noun = _ORG_NOUNS[0]
                    en, th = f"{word[0]} {en} {noun[0]}", f"{noun[1]}{word[1]}{th}"
                status = rng.choices(["active", "dormant", "ended"], [80, 15, 5])[0]
                rows["p"].append((pid, "city" if org_type is None else "organisation",
                                  org_type, en, th, country, region_for(country), status,
                                  name_key(en), *meta))
            for n, row in zip(range(start, stop), list(rows["p"]), strict=True):
                _partner_links(rng, n, row[3], row[4], base, rows, ids, by_region, world,
                               country_of, prominence, is_city, sectors, activity_types,
                               n_units, unit_base, meta)
            _write(conn, rows)
            made = extra.write(rows, ids, n_units, unit_base, meta)
            for key, table in (("partners", "p"), ("agreements", "a"), ("projects", "pr"),
                               ("activities", "ac"), ("contacts", "c")):
                counts[key] += len(rows[table])
            for key, n in made.items():
                counts[key] += n
            if progress:
                progress("partners", stop, partners)
        counts["agreements"] += _memberships(conn, rng, nrng, base, ids, network_at,
                                             is_city, country_of, world, prominence, meta)
        conn.dialect.reset_sequences(conn)  # rows were written with their ids given
        sort_keys.fill_missing(conn)  # the rows above were written without their sort keys
    conn.execute("ANALYZE")  # fresh statistics, so the planner picks the right indexes
    return counts


def _partner_links(rng: random.Random, n: int, en: str, th: str, base: int,
                   rows: dict[str, list[tuple]],
                   ids: dict[str, int], by_region: dict[int, list[int]], world: _World,
                   country_of: np.ndarray, prominence: np.ndarray, is_city: np.ndarray,
                   sectors: list[str], activity_types: list[str], n_units: int,
                   unit_base: int, meta: tuple) -> None:
    """One partner's agreements, project, activities and contact; partners written earlier
    in its region join its multi-party agreements, projects and conferences."""
    pid = base + n + 1
    region = int(world.region_index[country_of[n]])
    neighbours = by_region[region]
    types = _BILATERAL_CITY if is_city[n] else _BILATERAL_ORG
    for _ in range(rng.choice([2, 2, 3, 3, 4])):
        a_type = rng.choices(list(types), list(types.values()))[0]
        ids["agreements"] += 1
        signed, expiry, status = _agreement_dates(rng, a_type)
        type_en = vocab.label(vocab.AGREEMENT_TYPES, a_type)
        type_th = vocab.label(vocab.AGREEMENT_TYPES, a_type, "th")
        rows["a"].append((ids["agreements"], a_type, f"{type_en} with {en}",
                          f"{type_th} กับ {th}", status, signed, expiry, *meta))
        rows["ap"].append((ids["agreements"], pid))
        rows["as"].append((ids["agreements"], rng.choice(sectors)))
    if rng.random() < MULTI_PARTY_AGREEMENTS:
        others = _pick(rng, neighbours, prominence, rng.randint(1, 3), n)
        if others:
            a_type = rng.choice(["mou", "cooperation"])
            ids["agreements"] += 1
            signed, expiry, status = _agreement_dates(rng, a_type)
            rows["a"].append((ids["agreements"], a_type,
                              f"Joint {vocab.label(vocab.AGREEMENT_TYPES, a_type)} with {en} "
                              f"and {len(others)} other partners",
                              f"{vocab.label(vocab.AGREEMENT_TYPES, a_type, 'th')}ร่วมกับ {th} "
                              f"และพันธมิตรอื่นอีก {len(others)} ราย", status, signed, expiry,
                              *meta))
            for p in sorted({n, *others}):
                rows["ap"].append((ids["agreements"], base + p + 1))
            rows["as"].append((ids["agreements"], rng.choice(sectors)))
    ids["projects"] += 1
    project_id = ids["projects"]
    p_start = max(1995, TODAY - int(rng.expovariate(1 / 7)))
    members = [n]
    if rng.random() < MULTI_PARTY_PROJECTS:
        members += _pick(rng, neighbours, prominence, rng.randint(1, 3), n)
    sector = rng.choice(sectors)
    rows["pr"].append((project_id, f"{sector.replace('_', ' ').title()} cooperation with {en}",
                       f"โครงการความร่วมมือกับ {th}", rng.choice(list(vocab.PROJECT_STATUSES)),
                       str(p_start), str(min(TODAY + 4, p_start + rng.randint(0, 5))),
                       float(rng.randrange(0, 5_000_000, 10_000)), "THB", ids["agreements"],
                       *meta))
    for p in sorted(set(members)):
        rows["pp"].append((project_id, base + p + 1))
    for s in {sector, *rng.sample(sectors, rng.randint(0, 2))}:
        rows["ps"].append((project_id, s))
    for g in rng.sample(range(1, 18), rng.randint(1, 3)):
        rows["pg"].append((project_id, g))
    rows["pu"].append((project_id, unit_base + rng.randint(1, n_units)))
    for _ in range(5):
        ids["activities"] += 1
        year = max(1990, TODAY - int(rng.expovariate(1 / 6)))
        rows["ac"].append((ids["activities"], rng.choice(activity_types),
                           f"Meeting with {en} {year}", f"การประชุมกับ {th} {year + 543}",
                           f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                           rng.choice(["Bangkok", "City Hall", "Online", en]),
                           rng.randint(2, 200), project_id, *meta))
        guests = [n]
        if rng.random() < CONFERENCES:
            guests += _pick(rng, neighbours, prominence, rng.randint(1, 6), n)
        for p in sorted(set(guests)):
            rows["acp"].append((ids["activities"], base + p + 1))
    rows["c"].append((pid, pid, f"Officer {pid}", f"เจ้าหน้าที่ {pid}",
                      "International relations officer", f"officer{pid}@example.org", 1, *meta))


class _Extra:
    """Follow-up actions, lessons and alignment to goals for the rows of one chunk."""

    def __init__(self, rng: random.Random, conn: Connection, today: _dt.date):
        self.rng, self.conn, self.today = rng, conn, today
        goals = conn.execute(
            "SELECT g.id, f.builtin FROM goals g JOIN frameworks f ON f.id = g.framework_id "
            "WHERE f.builtin IN ('sdgs', 'bkk_nine_dimensions') AND g.deleted_at IS NULL "
            "ORDER BY g.id").fetchall()
        self.nine = [g for g, b in goals if b == "bkk_nine_dimensions"]
        self.all_goals = [g for g, _ in goals]

    def _goals(self, pool: list[int], share: float, most: int = 1) -> list[int]:
        if not pool or self.rng.random() >= share:
            return []
        return self.rng.sample(pool, self.rng.randint(1, min(most, len(pool))))

    def write(self, rows: dict[str, list[tuple]], ids: dict[str, int], n_units: int,
              unit_base: int, meta: tuple) -> dict[str, int]:
        rng, conn = self.rng, self.conn
        out: dict[str, list[tuple]] = {k: [] for k in (
            "agg", "prg", "acg", "x", "xp", "xg", "l", "lp", "lu", "ls", "lg")}
        for a in rows["a"]:
            out["agg"] += [(a[0], g) for g in self._goals(self.nine, ALIGNED["agreement"])]
        for pr in rows["pr"]:
            out["prg"] += [(pr[0], g) for g in self._goals(self.nine, ALIGNED["project"], 2)]
        goals_of: dict[int, list[int]] = {}
        for ac in rows["ac"]:
            goals_of[ac[0]] = self._goals(self.all_goals, ALIGNED["activity"])
            out["acg"] += [(ac[0], g) for g in goals_of[ac[0]]]
        guests: dict[int, list[int]] = {}
        for aid, pid in rows["acp"]:
            guests.setdefault(aid, []).append(pid)
        for ac in rows["ac"]:
            if rng.random() >= ACTIONS_PER_ACTIVITY:
                continue
            ids["actions"] += 1
            xid = ids["actions"]
            status, due, done = self._action_dates(_dt.date.fromisoformat(ac[4]))
            out["x"].append((xid, f"Follow up: {ac[2]}", f"ติดตามผล: {ac[3]}", status, due,
                             done, unit_base + rng.randint(1, n_units), ac[0], *meta))
            out["xp"] += [(xid, p) for p in guests.get(ac[0], [])]
            out["xg"] += [(xid, g) for g in goals_of[ac[0]]]
        partners_of: dict[int, list[int]] = {}
        for prid, pid in rows["pp"]:
            partners_of.setdefault(prid, []).append(pid)
        sectors_of: dict[int, list[str]] = {}
        for prid, sector in rows["ps"]:
            sectors_of.setdefault(prid, []).append(sector)
        for pr in rows["pr"]:
            if rng.random() >= LESSONS_PER_PROJECT:
                continue
            ids["lessons"] += 1
            lid = ids["lessons"]
            stage = rng.choices(list(vocab.LESSON_STAGES), [60, 25, 15])[0]
            year = int(pr[4])
            steps = [str(year), str(year + rng.randint(0, 2)), str(year + rng.randint(2, 4))]
            dates: list[str | None] = list(steps[:list(vocab.LESSON_STAGES).index(stage) + 1])
            dates += [None] * (3 - len(dates))
            out["l"].append((lid, f"Practice learned: {pr[1]}", f"บทเรียนจาก{pr[2]}", stage,
                             *dates, pr[0], *meta))
            out["lp"] += [(lid, p) for p in partners_of.get(pr[0], [])]
            out["ls"] += [(lid, s) for s in sorted(set(sectors_of.get(pr[0], [])))[:1]]
            out["lg"] += [(lid, g) for g in self._goals(self.nine, 0.8)]
            if stage != "learned":
                units = rng.sample(range(1, n_units + 1), rng.randint(1, min(3, n_units)))
                out["lu"] += [(lid, unit_base + u) for u in units]
        _links(conn, "agreement", "goal_ids", out["agg"])
        _links(conn, "project", "goal_ids", out["prg"])
        _links(conn, "activity", "goal_ids", out["acg"])
        conn.executemany(
            "INSERT INTO actions (id, title_en, title_th, status, due_date, done_date, unit_id, "
            "activity_id, created_at, updated_at, updated_by, version) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", out["x"])
        _links(conn, "action", "partner_ids", out["xp"])
        _links(conn, "action", "goal_ids", out["xg"])
        conn.executemany(
            "INSERT INTO lessons (id, title_en, title_th, stage, learned_date, piloted_date, "
            "scaled_date, project_id, created_at, updated_at, updated_by, version) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", out["l"])
        for attr, key in (("partner_ids", "lp"), ("unit_ids", "lu"), ("sectors", "ls"),
                          ("goal_ids", "lg")):
            _links(conn, "lesson", attr, out[key])
        return {"actions": len(out["x"]), "lessons": len(out["l"])}

    def _action_dates(self, held: _dt.date) -> tuple[str, str, str | None]:
        """(status, due date, done date): most actions of past activities are done, some
        are overdue; a few come from a recent visit and fall due in the coming weeks; one in
        five is due by a month ("2026-12")."""
        rng = self.rng
        if rng.random() < DUE_SOON:
            due = self.today + _dt.timedelta(days=rng.randint(-20, 60))
        else:
            due = held + _dt.timedelta(days=rng.randint(30, 180))
        text = due.isoformat()[:7] if rng.random() < 0.2 else due.isoformat()
        if due >= self.today:
            return rng.choice(["open", "open", "in_progress"]), text, None
        roll = rng.random()
        if roll < 0.8:
            done = min(due, self.today) - _dt.timedelta(days=rng.randint(0, 20))
            return "done", text, done.isoformat()
        if roll < 0.86:
            return "dropped", text, None
        return rng.choice(["open", "in_progress"]), text, None


def _memberships(conn: Connection, rng: random.Random, nrng: np.random.Generator, base: int,
                 ids: dict[str, int], network_at: set[int], is_city: np.ndarray,
                 country_of: np.ndarray, world: _World, prominence: np.ndarray,
                 meta: tuple) -> int:
    """One membership agreement per network, naming the network and its member cities: the
    home city and these cities are fellow members. Sizes are heavy-tailed; most networks
    recruit in one region, prominent cities join many."""
    import numpy as np

    cities = np.flatnonzero(is_city)
    if not len(cities):
        return 0
    regions = world.region_index[country_of[cities]]
    weight = prominence[cities]
    sizes = nrng.lognormal(3.3, 1.0, len(network_at))
    sizes = np.maximum(3, sizes * (MEMBERSHIPS_PER_CITY * len(cities) / sizes.sum()))
    rows_a, rows_ap = [], []
    for net, size in zip(sorted(network_at), sizes, strict=True):
        regional = rng.random() < 0.6
        w = weight * np.where(regions == world.region_index[country_of[net]], 12.0,
                              1.0 if not regional else 0.15)
        cum = np.cumsum(w)
        want = int(min(size, len(cities)))
        drawn = np.searchsorted(cum, nrng.random(want * 2 + 4) * cum[-1], side="right")
        members = list(dict.fromkeys(int(cities[min(i, len(cities) - 1)]) for i in drawn))
        members = sorted(members[:want])
        if not members:
            continue
        ids["agreements"] += 1
        year = rng.randint(1990, TODAY - 1)
        net_name = conn.execute("SELECT name_en, name_th FROM partners WHERE id = ?",
                                (base + net + 1,)).fetchone()
        rows_a.append((ids["agreements"], "membership", f"Membership of {net_name[0]}",
                       f"การเป็นสมาชิก {net_name[1]}", "active", f"{year}-01-01", None, *meta))
        rows_ap.append((ids["agreements"], base + net + 1))
        rows_ap += [(ids["agreements"], base + m + 1) for m in members if m != net]
    conn.executemany(
        "INSERT INTO agreements (id, agreement_type, title_en, title_th, status, "
        "signed_date, expiry_date, created_at, updated_at, updated_by, version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows_a)
    _links(conn, "agreement", "party_ids", rows_ap)
    _links(conn, "agreement", "sectors",
           [(r[0], "governance") for r in rows_a])
    return len(rows_a)


def _write(conn: Connection, rows: dict[str, list[tuple]]) -> None:
    conn.executemany(
        "INSERT INTO partners (id, kind, org_type, name_en, name_th, country, region, "
        "status, name_key, created_at, updated_at, updated_by, version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows["p"])
    conn.executemany(
        "INSERT INTO agreements (id, agreement_type, title_en, title_th, status, "
        "signed_date, expiry_date, created_at, updated_at, updated_by, version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows["a"])
    _links(conn, "agreement", "party_ids", rows["ap"])
    _links(conn, "agreement", "sectors", rows["as"])
    conn.executemany(
        "INSERT INTO projects (id, title_en, title_th, status, start_date, end_date, "
        "budget, currency, agreement_id, created_at, updated_at, updated_by, version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows["pr"])
    _links(conn, "project", "partner_ids", rows["pp"])
    _links(conn, "project", "sectors", rows["ps"], or_ignore=True)
    _links(conn, "project", "sdgs", rows["pg"], or_ignore=True)
    _links(conn, "project", "unit_ids", rows["pu"])
    conn.executemany(
        "INSERT INTO activities (id, activity_type, title_en, title_th, start_date, "
        "place, participants, project_id, created_at, updated_at, updated_by, version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows["ac"])
    _links(conn, "activity", "partner_ids", rows["acp"])
    conn.executemany(
        "INSERT INTO contacts (id, partner_id, name, name_th, position, email, "
        "is_focal_point, created_at, updated_at, updated_by, version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows["c"])


def _links(conn: Connection, owner: str, attr: str, rows: list[tuple],
           *, or_ignore: bool = False) -> None:
    """(owner id, value) rows into the table that holds ``owner``'s ``attr``."""
    link = SPECS[owner].link(attr)
    verb = "INSERT OR IGNORE" if or_ignore else "INSERT"
    conn.executemany(f"{verb} INTO {link.table} ({link.owner_col}, {link.value_col}) "
                     "VALUES (?, ?)", rows)
