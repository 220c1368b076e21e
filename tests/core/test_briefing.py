"""The briefing before a visit: what it says about a partner (or an activity and its
partners), read back from the Word file with python-docx and from the PDF's text, in Thai
and in English, on a file and on the server."""

from __future__ import annotations

import datetime as dt
import io
import re

import docx
import pytest
from pypdf import PdfReader

from bkk_relations.core.documents import briefing, pdf, word
from bkk_relations.core.errors import CoreError
from bkk_relations.core.records.models import Action
from bkk_relations.core.register import Register

TODAY = dt.date(2025, 3, 1)


@pytest.fixture
def reg(db) -> Register:
    return Register(db, user="somchai")


@pytest.fixture
def seoul(reg, make):
    p = make.partner(name_en="Seoul", name_th="โซล", country="KR", region="East Asia",
                     latitude=37.5665, longitude=126.978, website="https://english.seoul.go.kr",
                     source="https://example.org/seoul ; https://example.org/ties")
    net = make.organisation(name_en="CityNet", country="KR")
    make.agreement(title_en="Sister-city agreement Bangkok – Seoul",
                   title_th="ความตกลงเมืองพี่เมืองน้องกรุงเทพมหานคร – โซล",
                   agreement_type="sister_city", signed_date="2006-06-19", party_ids=[p.id],
                   source="https://example.org/ties")
    make.agreement(title_en="MOU on waste management", agreement_type="mou",
                   signed_date="2022-04-01", expiry_date="2025-05-31", party_ids=[p.id],
                   sectors=["waste"], sdgs=[11, 12])
    make.agreement(title_en="Old letter", agreement_type="letter_of_intent", status="expired",
                   signed_date="1999", party_ids=[p.id, net.id])
    make.project(title_en="Flood resilience exchange", status="ongoing",
                 start_date="2023-01", partner_ids=[p.id], sectors=["resilience"])
    for i in range(8):
        make.activity(title_en=f"Meeting {i}", start_date=f"201{i}-03-0{i + 1}",
                      partner_ids=[p.id], place="Seoul City Hall")
    make.activity(title_en="Delegation visit", title_th="คณะผู้แทนโซลเยือนกรุงเทพฯ",
                  activity_type="visit_incoming", start_date="2025-04-10",
                  end_date="2025-04-12", partner_ids=[p.id, net.id], place="Bangkok")
    make.contact(name="Kim Min-ji", partner_id=p.id, position="Director, Global Relations",
                 email="minji@seoul.example", is_focal_point=True)
    make.contact(name="Lee Jun", partner_id=p.id, position="Officer")
    return p


def test_partner_briefing_says_what_an_officer_needs_before_the_visit(reg, seoul):
    doc = briefing.partner_briefing(reg, seoul.id, today=TODAY)
    assert doc.title == "Briefing: Seoul" and doc.subtitle == "โซล"
    assert "Prepared on 1 March 2025 by somchai" in doc.prepared
    identity = dict(doc.section("identity").fields)
    assert identity["Country"] == "South Korea" and identity["Region"] == "East Asia"
    assert identity["Website"] == "https://english.seoul.go.kr"
    glance = dict(doc.section("glance").fields)
    assert glance["Tied since"] == "1999"  # the first tie, ended since
    assert "Sister city agreement (from 19 June 2006)" in glance["Ties"]
    assert glance["Next activity"] == "10 April 2025 — Delegation visit"
    assert "Waste management" in glance["Sectors"] and "11 Sustainable" in glance["SDGs"]
    agreements = doc.section("agreements").table
    titles = [r[0] for r in agreements.rows]
    assert titles[:2] == ["MOU on waste management", "Sister-city agreement Bangkok – Seoul"]
    assert agreements.rows[0][4] == "31/5/2025 (in 91 days)"  # live ones first, expiry told
    assert titles[-1] == "Old letter"
    contacts = doc.section("contacts").table.rows
    assert contacts[0][0] == "Kim Min-ji (focal point)"  # focal points first
    acts = doc.section("activities").table
    assert len(acts.rows) == briefing.MAX_ACTIVITIES
    assert acts.rows[0][1] == "Delegation visit" and "(upcoming)" in acts.rows[0][0]
    assert acts.more == "… and 3 more in the register."  # never cut off silently
    assert doc.section("sources").items == ["https://example.org/seoul",
                                            "https://example.org/ties"]
    picture = doc.section("neighbourhood").picture
    assert picture is not None and picture.startswith(b"\x89PNG")


def test_open_follow_up_actions_with_the_partner_are_listed_soonest_due_first(reg, seoul,
                                                                              make):
    doc = briefing.partner_briefing(reg, seoul.id, today=TODAY, picture=False)
    assert doc.section("actions").table.rows == []
    assert doc.section("actions").table.empty == "No open follow-up actions."
    drainage = make.unit(name_en="Drainage Department", name_th="สำนักการระบายน้ำ")
    other = make.partner(name_en="Busan")
    for title, due, status, partner in (
            ("Send the flood study", "2025-06", "open", seoul),  # due by 30 June
            ("Host the drainage engineers", "2025-06-10", "in_progress", seoul),
            ("Thank-you letter", "2025-01-05", "done", seoul),  # done: not in a briefing
            ("Busan's own action", "2025-04", "open", other)):
        reg.records.create(Action(title_en=title, due_date=due, status=status,
                                  partner_ids=[partner.id], unit_id=drainage.id))
    doc = briefing.partner_briefing(reg, seoul.id, today=TODAY, picture=False)
    assert doc.section("actions").table.rows == [
        ["Host the drainage engineers", "Drainage Department", "10/6/2025"],
        ["Send the flood study", "Drainage Department", "6/2025"]]
    thai = briefing.partner_briefing(reg, seoul.id, language="th", today=TODAY, picture=False)
    assert thai.section("actions").table.rows[0][1] == "สำนักการระบายน้ำ"


def test_the_goals_the_partnership_serves_come_from_its_records_alignment(reg, seoul, make):
    nine = {r[0]: r[1] for r in reg.conn.execute(
        "SELECT g.code, g.id FROM goals g JOIN frameworks f ON f.id = g.framework_id "
        "WHERE f.builtin = 'bkk_nine_dimensions'")}
    make.activity(title_en="Drainage study tour", start_date="2024-08-01",
                  partner_ids=[seoul.id], goal_ids=[nine["1"]])
    gone = make.project(title_en="Cancelled exchange", partner_ids=[seoul.id],
                        goal_ids=[nine["9"]])
    reg.records.delete(type(gone), gone.id)  # in the Trash: its goal is not served
    make.activity(title_en="Someone else's visit", start_date="2024-08-02",
                  partner_ids=[make.partner(name_en="Busan", country="KR").id],
                  goal_ids=[nine["3"]])
    doc = briefing.partner_briefing(reg, seoul.id, today=TODAY, picture=False)
    # (the MOU's SDGs are in "at a glance", not repeated here)
    assert doc.section("goals").fields == [("Governor's policy: nine dimensions", "1 Safe")]
    thai = briefing.partner_briefing(reg, seoul.id, language="th", today=TODAY, picture=False)
    assert thai.section("goals").fields[0] == ("นโยบาย 9 ดี 9 ด้าน", "1 ปลอดภัยดี")


def test_thai_briefing_uses_thai_words_and_buddhist_years(reg, seoul):
    doc = briefing.partner_briefing(reg, seoul.id, language="th", calendar="buddhist",
                                    today=TODAY, picture=False)
    assert doc.title == "เอกสารสรุปข้อมูล: โซล"
    assert doc.prepared.startswith("จัดทำเมื่อ 1 มีนาคม 2568 โดย somchai")
    glance = dict(doc.section("glance").fields)
    assert glance["มีความสัมพันธ์ตั้งแต่"] == "พ.ศ. 2542"
    rows = doc.section("agreements").table.rows
    assert rows[1][0] == "ความตกลงเมืองพี่เมืองน้องกรุงเทพมหานคร – โซล"
    assert rows[0][4] == "31/5/2568 (อีก 91 วัน)"


def test_word_file_reads_back_with_its_tables_and_thai_font(reg, seoul):
    doc = briefing.partner_briefing(reg, seoul.id, language="th", calendar="buddhist",
                                    today=TODAY)
    out = docx.Document(io.BytesIO(word.render_docx(doc)))
    texts = [p.text for p in out.paragraphs]
    assert texts[0] == "เอกสารสรุปข้อมูล: โซล"
    assert "1. ข้อมูลทั่วไป" in texts and "3. ความตกลง" in texts
    tables = [[[c.text for c in row.cells] for row in t.rows] for t in out.tables]
    agreements = next(t for t in tables if t[0][0] == "ชื่อ" and t[0][4] == "สิ้นสุด")
    assert agreements[2][0] == "ความตกลงเมืองพี่เมืองน้องกรุงเทพมหานคร – โซล"
    assert any(r[0] == "Kim Min-ji (ผู้ประสานงานหลัก)" for t in tables for r in t)
    normal = out.styles["Normal"].element.rPr.rFonts
    assert {normal.get(f"{{{_W}}}{k}") for k in ("ascii", "cs")} == {"TH Sarabun New"}
    assert out.inline_shapes, "the neighbourhood picture is in the document"
    assert out.sections[0].left_margin.cm == pytest.approx(3.0, abs=0.01)
    footer = out.sections[0].footer.paragraphs[0]
    assert "PAGE" in footer._p.xml and footer.text.startswith("เอกสารสรุปข้อมูล: โซล")


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _pdf_text(data: bytes) -> tuple[str, PdfReader]:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages), reader


def test_pdf_says_the_same_in_thai_with_its_own_font(reg, seoul):
    doc = briefing.partner_briefing(reg, seoul.id, language="th", calendar="buddhist",
                                    today=TODAY)
    text, reader = _pdf_text(pdf.render_pdf(doc))
    assert len(reader.pages) <= 2  # one to two pages for a typical partner
    flat = text.replace("\n", "")
    for expected in ("เอกสารสรุปข้อมูล: โซล", "ความตกลงเมืองพี่เมืองน้องกรุงเทพมหานคร",
                     "Kim Min-ji", "คณะผู้แทนโซลเยือนกรุงเทพฯ", "สำนักงานการต่างประเทศ",
                     f"หน้า 1/{len(reader.pages)}"):
        assert expected in flat, expected
    # Thai SARA AM (ำ) is drawn as two glyphs; copying the text gives the letter back
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", text)
    fonts = {str(f["/BaseFont"]) for page in reader.pages
             for f in page["/Resources"]["/Font"].get_object().values()}
    assert any("Sarabun" in f for f in fonts)


def test_pdf_in_english_is_one_to_two_pages(reg, seoul):
    doc = briefing.partner_briefing(reg, seoul.id, today=TODAY)
    text, reader = _pdf_text(pdf.render_pdf(doc))
    assert 1 <= len(reader.pages) <= 2
    assert "Briefing: Seoul" in text and "MOU on waste management" in text
    assert f"Page 1 of {len(reader.pages)}" in text


def test_activity_briefing_covers_the_visit_and_each_partner(reg, seoul, make):
    visit = next(a for a in reg.records.list(briefing.Activity).records
                 if a.title_en == "Delegation visit")
    doc = briefing.activity_briefing(reg, visit.id, today=TODAY, picture=False)
    assert doc.title == "Briefing: Delegation visit"
    facts = dict(doc.section("the_activity").fields)
    assert facts["Date"] == "10/4/2025 to 12/4/2025"
    assert facts["Partners"] == "Seoul, CityNet"
    assert [s.title for s in doc.sections if s.key.startswith("partner:")] == [
        "Partner: Seoul", "Partner: CityNet"]
    only = briefing.activity_briefing(reg, visit.id, partner_id=seoul.id, today=TODAY,
                                      picture=False)
    assert [s.title for s in only.sections if s.key.startswith("partner:")] == [
        "Partner: Seoul"]
    stranger = make.partner(name_en="Osaka")
    with pytest.raises(CoreError, match="does not involve"):
        briefing.activity_briefing(reg, visit.id, partner_id=stranger.id)


def test_partner_is_found_by_id_name_thai_name_or_acronym(reg, make):
    a = make.partner(name_en="Fukuoka", name_th="ฟุกุโอกะ")
    make.partner(name_en="Fukuoka Prefecture")
    org = make.organisation(name_en="United Cities and Local Governments", acronym="UCLG")
    assert briefing.find_partner(reg, str(a.id)).id == a.id
    assert briefing.find_partner(reg, "fukuoka").id == a.id  # exact before a part
    assert briefing.find_partner(reg, "ฟุกุโอกะ").id == a.id
    assert briefing.find_partner(reg, "uclg").id == org.id
    with pytest.raises(CoreError, match="several partners"):
        briefing.find_partner(reg, "Fuku")
    with pytest.raises(CoreError, match="No partner"):
        briefing.find_partner(reg, "Atlantis")
