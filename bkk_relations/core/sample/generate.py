"""Synthetic databases at scale, for benchmarks and load tests.

Per partner, about 3 agreements, 1 project, 5 activities and 1 contact, with English and Thai
names. Rows are written with bulk inserts in one transaction; validation is skipped because
every generated value is valid by construction.
"""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

import pycountry

from ..dates import now_iso
from ..errors import Problem, ValidationError
from ..places.regions import region_for
from ..records import vocab
from ..records.models import SPECS
from ..records.normalise import name_key

if TYPE_CHECKING:
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


def _name(rng: random.Random, n: int) -> tuple[str, str]:
    idx = [rng.randrange(len(_LATIN)) for _ in range(rng.randint(2, 4))]
    en = "".join(_LATIN[i] for i in idx).capitalize()
    th = "".join(_THAI[i] for i in idx)
    return f"{en} {n}", f"{th} {n}"


def generate(reg: Register, *, partners: int, seed: int = 1,
             progress: Progress | None = None) -> dict[str, int]:
    """Add ``partners`` synthetic partners with their agreements, projects, activities and
    contacts; return how many of each were written."""
    if not 1 <= partners <= MAX_PARTNERS:
        raise ValidationError([Problem("partners", "generate.partners",
                                       {"most": MAX_PARTNERS, "n": partners})])
    rng = random.Random(seed)
    countries = [c.alpha_2 for c in pycountry.countries if c.alpha_2 != "TH"]
    now, user = now_iso(), "generator"
    meta = (now, now, user, 1)
    agreement_types, sectors = list(vocab.AGREEMENT_TYPES), list(vocab.SECTORS)
    activity_types = list(vocab.ACTIVITY_TYPES)
    conn = reg.conn
    counts = dict.fromkeys(("partners", "units", "agreements", "projects", "activities",
                            "contacts"), 0)
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
        agreement_id = conn.execute("SELECT coalesce(max(id), 0) FROM agreements").fetchone()[0]
        project_id = conn.execute("SELECT coalesce(max(id), 0) FROM projects").fetchone()[0]
        activity_id = conn.execute("SELECT coalesce(max(id), 0) FROM activities").fetchone()[0]
        chunk = 2000
        for start in range(0, partners, chunk):
            rows_p, rows_a, rows_ap, rows_as, rows_pr, rows_pp, rows_ps, rows_pg = (
                [], [], [], [], [], [], [], [])
            rows_pu, rows_ac, rows_acp, rows_c = [], [], [], []
            for n in range(start, min(partners, start + chunk)):
                pid = base + n + 1
                country = rng.choice(countries)
                is_city = rng.random() < 0.8
                en, th = _name(rng, pid)
                if not is_city:
                    word, noun = rng.choice(_ORG_WORDS), rng.choice(_ORG_NOUNS)
                    en, th = f"{word[0]} {en} {noun[0]}", f"{noun[1]}{word[1]}{th}"
                status = rng.choices(["active", "dormant", "ended"], [80, 15, 5])[0]
                rows_p.append((pid, "city" if is_city else "organisation",
                               None if is_city else rng.choice(list(vocab.ORG_TYPES)),
                               en, th, country, region_for(country), status, name_key(en),
                               *meta))
                for _ in range(rng.choice([2, 3, 3, 4])):
                    agreement_id += 1
                    year = rng.randint(1962, 2026)
                    signed = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                    expiry = (f"{year + rng.choice([3, 5, 10])}{signed[4:]}"
                              if rng.random() < 0.6 else None)
                    a_type = rng.choice(agreement_types)
                    type_en = vocab.label(vocab.AGREEMENT_TYPES, a_type)
                    type_th = vocab.label(vocab.AGREEMENT_TYPES, a_type, "th")
                    status = rng.choice(["active", "active", "expired", "renewed", "draft"])
                    rows_a.append((agreement_id, a_type, f"{type_en} with {en}",
                                   f"{type_th} กับ {th}", status, signed, expiry, *meta))
                    rows_ap.append((agreement_id, pid))
                    rows_as.append((agreement_id, rng.choice(sectors)))
                project_id += 1
                p_start = rng.randint(2000, 2026)
                rows_pr.append((project_id, f"{rng.choice(sectors).replace('_', ' ').title()} "
                                f"cooperation with {en}", f"โครงการความร่วมมือกับ {th}",
                                rng.choice(list(vocab.PROJECT_STATUSES)), str(p_start),
                                str(p_start + rng.randint(0, 5)),
                                float(rng.randrange(0, 5_000_000, 10_000)), "THB",
                                agreement_id, *meta))
                rows_pp.append((project_id, pid))
                for s in rng.sample(sectors, rng.randint(1, 3)):
                    rows_ps.append((project_id, s))
                for g in rng.sample(range(1, 18), rng.randint(1, 3)):
                    rows_pg.append((project_id, g))
                rows_pu.append((project_id, unit_base + rng.randint(1, n_units)))
                for _ in range(5):
                    activity_id += 1
                    year = rng.randint(1990, 2026)
                    rows_ac.append((activity_id, rng.choice(activity_types),
                                    f"Meeting with {en} {year}", f"การประชุมกับ {th} {year + 543}",
                                    f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                                    rng.choice(["Bangkok", "City Hall", "Online", en]),
                                    rng.randint(2, 200), project_id, *meta))
                    rows_acp.append((activity_id, pid))
                rows_c.append((pid, pid, f"Officer {pid}", f"เจ้าหน้าที่ {pid}",
                               "International relations officer", f"officer{pid}@example.org",
                               1, *meta))
            conn.executemany(
                "INSERT INTO partners (id, kind, org_type, name_en, name_th, country, region, "
                "status, name_key, created_at, updated_at, updated_by, version) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows_p)
            conn.executemany(
                "INSERT INTO agreements (id, agreement_type, title_en, title_th, status, "
                "signed_date, expiry_date, created_at, updated_at, updated_by, version) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows_a)
            _links(conn, "agreement", "party_ids", rows_ap)
            _links(conn, "agreement", "sectors", rows_as)
            conn.executemany(
                "INSERT INTO projects (id, title_en, title_th, status, start_date, end_date, "
                "budget, currency, agreement_id, created_at, updated_at, updated_by, version) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows_pr)
            _links(conn, "project", "partner_ids", rows_pp)
            _links(conn, "project", "sectors", rows_ps, or_ignore=True)
            _links(conn, "project", "sdgs", rows_pg, or_ignore=True)
            _links(conn, "project", "unit_ids", rows_pu)
            conn.executemany(
                "INSERT INTO activities (id, activity_type, title_en, title_th, start_date, "
                "place, participants, project_id, created_at, updated_at, updated_by, version) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows_ac)
            _links(conn, "activity", "partner_ids", rows_acp)
            conn.executemany(
                "INSERT INTO contacts (id, partner_id, name, name_th, position, email, "
                "is_focal_point, created_at, updated_at, updated_by, version) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows_c)
            for key, rows in (("partners", rows_p), ("agreements", rows_a),
                              ("projects", rows_pr), ("activities", rows_ac),
                              ("contacts", rows_c)):
                counts[key] += len(rows)
            if progress:
                progress("partners", min(partners, start + chunk), partners)
        conn.dialect.reset_sequences(conn)  # rows were written with their ids given
    conn.execute("ANALYZE")  # fresh statistics, so the planner picks the right indexes
    return counts


def _links(conn: sqlite3.Connection, owner: str, attr: str, rows: list[tuple],
           *, or_ignore: bool = False) -> None:
    """(owner id, value) rows into the table that holds ``owner``'s ``attr``."""
    link = SPECS[owner].link(attr)
    verb = "INSERT OR IGNORE" if or_ignore else "INSERT"
    conn.executemany(f"{verb} INTO {link.table} ({link.owner_col}, {link.value_col}) "
                     "VALUES (?, ?)", rows)
