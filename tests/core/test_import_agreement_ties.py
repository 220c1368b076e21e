"""A sister-city list imported as agreements: the city column names each agreement's
partner (never its title), the agreement is titled as a partner sheet's ties are, and a tie
already recorded is matched rather than made again."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from bkk_relations.core.imports.run import plan_import, run_import
from bkk_relations.core.messages import render
from bkk_relations.core.records.models import Agreement

HEADERS = ["ลำดับ", "ชื่อเมือง (อังกฤษ)", "ชื่อเมือง (ไทย)", "ประเทศ", "ประเภทความสัมพันธ์",
           "ปีที่ลงนาม"]


def sheet(path: Path, rows: list[list[object]], headers: list[str] = HEADERS) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(headers)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_the_city_column_names_the_partner_and_the_title_is_made(reg, make, tmp_path):
    kobe = make.partner(name_en="Kobe", name_th="โกเบ", country="JP")
    path = sheet(tmp_path / "ties.xlsx",
                 [[1, "Kobe", "โกเบ", "ญี่ปุ่น", "เมืองพี่เมืองน้อง", "พ.ศ. 2549"]])
    with plan_import(reg, str(path), "agreements") as plan:
        assert plan.ok, [str(p) for p in plan.problems]
        assert plan.mapping[1] == "parties" and "title_en" not in plan.mapping.values()
        assert [render(n).split(": ", 1)[1] for r in plan.rows for n in r.notes] == [
            "the sheet has no title column: the agreement is titled “Sister city agreement: "
            "Bangkok – Kobe”, as ties are"]
        run_import(reg, plan)
    [made] = reg.records.list(Agreement).records
    assert (made.title_en, made.title_th) == ("Sister city agreement: Bangkok – Kobe",
                                              "ข้อตกลงเมืองพี่เมืองน้อง กรุงเทพมหานคร – โกเบ")
    assert (made.party_ids, made.agreement_type, made.signed_date) == (
        [kobe.id], "sister_city", "2006")


def test_a_recorded_tie_is_matched_not_made_again(reg, make, tmp_path):
    busan = make.partner(name_en="Busan", name_th="ปูซาน", country="KR")
    recorded = make.agreement(title_en="Sister-city relationship: Bangkok – Busan",
                              agreement_type="sister_city", party_ids=[busan.id],
                              signed_date="2011")
    path = sheet(tmp_path / "ties.xlsx",
                 [[1, "Busan", "ปูซาน", "เกาหลีใต้", "เมืองพี่เมืองน้อง", "พ.ศ. 2554"]])
    with plan_import(reg, str(path), "agreements") as plan:
        assert [(r.status, r.match_id, r.notes) for r in plan.rows] == [
            ("update", recorded.id, ())]
        done = run_import(reg, plan)
    assert (done.created, done.unchanged) == (0, 1)
    [kept] = reg.records.list(Agreement).records
    assert kept.title_en == "Sister-city relationship: Bangkok – Busan"


def test_a_sheet_with_titles_keeps_them(reg, make, tmp_path):
    make.partner(name_en="Kobe", country="JP")
    path = sheet(tmp_path / "mou.xlsx", [["Port cooperation MOU", "Kobe", "MOU"]],
                 headers=["Title", "Partner", "Type"])
    with plan_import(reg, str(path), "agreements") as plan:
        assert plan.ok and not [n for r in plan.rows for n in r.notes]
        run_import(reg, plan)
    assert [a.title_en for a in reg.records.list(Agreement).records] == [
        "Port cooperation MOU"]


def test_a_partners_tie_is_looked_up_by_the_partner_not_among_every_agreement(tmp_path):
    # A new register has no statistics: the lookup each row of a partner sheet makes must
    # still start from the partner, or a first import of 20,000 partners with their ties
    # reads every agreement of the type once per row (minutes instead of seconds).
    import sqlite3

    from bkk_relations.core.imports import ties
    from bkk_relations.core.register import Register

    with Register.create(tmp_path / "new.db") as reg:
        conn = reg.conn
        now = "2024-01-01T00:00:00"
        conn.executemany(
            "INSERT INTO partners (id, kind, name_en, name_key, created_at, updated_at) "
            "VALUES (?, 'city', ?, ?, ?, ?)",
            [(i, f"City {i}", f"city {i}", now, now) for i in range(1, 3001)])
        conn.executemany(
            "INSERT INTO agreements (id, agreement_type, title_en, created_at, updated_at) "
            "VALUES (?, 'sister_city', ?, ?, ?)",
            [(i, f"Sister city agreement: Bangkok – City {i}", now, now)
             for i in range(1, 3001)])
        conn.executemany("INSERT INTO agreement_parties VALUES (?, ?)",
                         [(i, i) for i in range(1, 3001)])
        raw = getattr(conn, "raw", conn)
        assert isinstance(raw, sqlite3.Connection)
        steps = []
        raw.set_progress_handler(lambda: steps.append(1), 100)  # once per 100 VM steps
        try:
            found = ties.existing(conn, 2999, "sister_city")
        finally:
            raw.set_progress_handler(None, 0)
    assert found is not None and found[0] == 2999
    assert len(steps) < 10  # a few lookups, whatever the number of agreements
