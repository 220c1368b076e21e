"""The words of the documents in English and Thai, and dates written out as a letter or a
government memo writes them ("27 February 2012", "27 กุมภาพันธ์ 2555").

Documents are made in the language and calendar chosen for them, which need not be the
interface's, so their words live here as data (the core has no Qt translator).
"""

from __future__ import annotations

import datetime as _dt

from .. import dates

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
MONTHS_TH = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
             "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
LANGUAGES = ("en", "th")
CALENDARS = ("gregorian", "buddhist")

WORDS: dict[str, tuple[str, str]] = {
    # titles
    "briefing": ("Briefing", "เอกสารสรุปข้อมูล"),
    "partner_briefing": ("Partner briefing", "เอกสารสรุปข้อมูลพันธมิตร"),
    "activity_briefing": ("Briefing for an activity", "เอกสารสรุปข้อมูลประกอบกิจกรรม"),
    "prepared_on": ("Prepared on %1", "จัดทำเมื่อ %1"),
    "prepared_by": ("by %1", "โดย %1"),
    "page": ("Page %1 of %2", "หน้า %1/%2"),
    # sections
    "identity": ("Identity", "ข้อมูลทั่วไป"),
    "glance": ("The relationship at a glance", "ภาพรวมความสัมพันธ์"),
    "agreements": ("Agreements", "ความตกลง"),
    "projects": ("Projects", "โครงการ"),
    "activities": ("Latest activities", "กิจกรรมล่าสุด"),
    "actions": ("Open follow-up actions", "เรื่องที่ต้องติดตาม"),
    "contacts": ("Focal points and contacts", "ผู้ประสานงานและผู้ติดต่อ"),
    "goals": ("Goals the partnership serves", "เป้าหมายที่ความร่วมมือสนับสนุน"),
    "neighbourhood": ("The partner in the network", "พันธมิตรในเครือข่ายความสัมพันธ์"),
    "sources": ("Sources", "แหล่งข้อมูล"),
    "the_activity": ("The activity", "กิจกรรม"),
    "partner_heading": ("Partner: %1", "พันธมิตร: %1"),
    # fields
    "name_en": ("Name (English)", "ชื่อภาษาอังกฤษ"),
    "name_th": ("Name (Thai)", "ชื่อภาษาไทย"),
    "acronym": ("Acronym", "ชื่อย่อ"),
    "kind": ("Kind", "ประเภท"),
    "country": ("Country", "ประเทศ"),
    "region": ("Region", "ภูมิภาค"),
    "coordinates": ("Location", "ที่ตั้ง"),
    "website": ("Website", "เว็บไซต์"),
    "status": ("Status", "สถานะ"),
    "since": ("Tied since", "มีความสัมพันธ์ตั้งแต่"),
    "ties": ("Ties", "ความสัมพันธ์"),
    "counts": ("Records", "ข้อมูลในทะเบียน"),
    "last_activity": ("Last activity", "กิจกรรมล่าสุด"),
    "next_activity": ("Next activity", "กิจกรรมถัดไป"),
    "sectors": ("Sectors", "สาขาความร่วมมือ"),
    "sdgs": ("SDGs", "เป้าหมายการพัฒนาที่ยั่งยืน"),
    "notes": ("Notes", "หมายเหตุ"),
    "title": ("Title", "ชื่อ"),
    "type": ("Type", "ประเภท"),
    "signed": ("Signed", "ลงนาม"),
    "expires": ("Expires", "สิ้นสุด"),
    "period": ("Period", "ระยะเวลา"),
    "date": ("Date", "วันที่"),
    "activity": ("Activity", "กิจกรรม"),
    "place": ("Place", "สถานที่"),
    "participants": ("Participants", "ผู้เข้าร่วม"),
    "project": ("Project", "โครงการ"),
    "agreement": ("Agreement", "ความตกลง"),
    "summary": ("Summary", "สรุป"),
    "partners": ("Partners", "พันธมิตร"),
    "contact_name": ("Name", "ชื่อ"),
    "position": ("Position", "ตำแหน่ง"),
    "email": ("E-mail", "อีเมล"),
    "phone": ("Phone", "โทรศัพท์"),
    "action": ("Action", "เรื่อง"),
    "owner": ("Responsible", "ผู้รับผิดชอบ"),
    "due": ("Due", "กำหนด"),
    "goal": ("Goal", "เป้าหมาย"),
    "framework": ("Framework", "กรอบยุทธศาสตร์"),
    # phrases
    "focal_point": ("focal point", "ผู้ประสานงานหลัก"),
    "none_recorded": ("None recorded.", "ไม่มีข้อมูลในทะเบียน"),
    "no_open_actions": ("No open follow-up actions.", "ไม่มีเรื่องค้างติดตาม"),
    "no_ties": ("No agreement or project ties this partner to %1 yet.",
                "ยังไม่มีความตกลงหรือโครงการที่เชื่อม%1กับพันธมิตรนี้"),
    "and_more": ("… and %1 more in the register.", "… และอีก %1 รายการในทะเบียน"),
    "approximate": ("approximate: the middle of %1", "โดยประมาณ: กึ่งกลางประเทศ%1"),
    "days_left": ("in %1 days", "อีก %1 วัน"),
    "days_ago": ("%1 days ago, still marked active", "ผ่านมาแล้ว %1 วัน แต่ยังมีสถานะมีผล"),
    "upcoming": ("upcoming", "กำลังจะมาถึง"),
    "counts_line": ("%1 agreements (%2 in force), %3 projects, %4 activities, %5 contacts",
                    "ความตกลง %1 ฉบับ (มีผล %2 ฉบับ) โครงการ %3 โครงการ กิจกรรม %4 ครั้ง "
                    "ผู้ติดต่อ %5 คน"),
    "never": ("none recorded", "ไม่มีบันทึก"),
    "picture_caption": ("%1 and the partners it is tied to, with the type of each tie "
                        "(from the register's relationship graph).",
                        "%1 และพันธมิตรที่เชื่อมโยงกัน พร้อมประเภทความสัมพันธ์ "
                        "(จากแผนภาพเครือข่ายความสัมพันธ์ในทะเบียน)"),
    "to": ("%1 to %2", "%1 ถึง %2"),
    "from": ("from %1", "ตั้งแต่ %1"),
    "home_office": ("International Affairs Office, %1", "สำนักงานการต่างประเทศ %1"),
    "confidential": ("For internal use", "ใช้ภายในหน่วยงาน"),
}


def tr(key: str, language: str, *args: object) -> str:
    """The document's words for ``key`` in ``language`` ("en" or "th"), with %1, %2…
    replaced by ``args``."""
    pair = WORDS[key]
    text = pair[1] if language == "th" else pair[0]
    for i, arg in enumerate(args, start=1):
        text = text.replace(f"%{i}", str(arg))
    return text


def year_text(year: int, language: str, calendar: str) -> str:
    if calendar == "buddhist":
        return f"พ.ศ. {year + dates.BE_OFFSET}" if language == "th" else \
            f"{year + dates.BE_OFFSET} B.E."
    return f"ค.ศ. {year}" if language == "th" else str(year)


def long_date(text: str | None, language: str, calendar: str) -> str:
    """A stored date (full, month or year only) written out: "27 February 2012",
    "February 2012", "2012"; in Thai "27 กุมภาพันธ์ 2555", "กุมภาพันธ์ 2555", "พ.ศ. 2555".
    A date the register could not read is shown as stored."""
    if not text:
        return ""
    try:
        year, month, day = dates.parse_partial(text)
    except ValueError:
        return text
    if month is None:
        return year_text(year, language, calendar)
    shown_year = year + dates.BE_OFFSET if calendar == "buddhist" else year
    if language == "th":
        era = "" if calendar == "buddhist" else "ค.ศ. "
        month_name = MONTHS_TH[month - 1]
        return f"{day} {month_name} {era}{shown_year}" if day else \
            f"{month_name} {era}{shown_year}"
    era = " B.E." if calendar == "buddhist" else ""
    month_name = MONTHS_EN[month - 1]
    return f"{day} {month_name} {shown_year}{era}" if day else \
        f"{month_name} {shown_year}{era}"


def short_date(text: str | None, calendar: str) -> str:
    """A stored date for a table cell: 27/2/2555 (as the app's lists show it)."""
    if not text:
        return ""
    try:
        return dates.format_date(text, calendar)
    except ValueError:
        return text


def period(start: str | None, end: str | None, language: str, calendar: str) -> str:
    a, b = short_date(start, calendar), short_date(end, calendar)
    if a and b:
        return tr("to", language, a, b)
    if a:
        return tr("from", language, a)
    return b


def today_text(language: str, calendar: str, today: _dt.date | None = None) -> str:
    return long_date((today or _dt.date.today()).isoformat(), language, calendar)
