"""Controlled vocabularies: the values a field may take, with English and Thai labels."""

from __future__ import annotations

PARTNER_KINDS = {"city": ("City", "เมือง"), "organisation": ("Organisation", "องค์กร")}

ORG_TYPES = {
    "international_organisation": ("International organisation", "องค์การระหว่างประเทศ"),
    "city_network": ("City network", "เครือข่ายเมือง"),
    "un_agency": ("UN agency", "หน่วยงานสหประชาชาติ"),
    "ngo": ("NGO", "องค์กรพัฒนาเอกชน"),
    "academic": ("Academic institution", "สถาบันการศึกษา"),
    "private": ("Private sector", "ภาคเอกชน"),
    "national_agency": ("National agency", "หน่วยงานระดับชาติ"),
    "embassy": ("Embassy", "สถานเอกอัครราชทูต"),
}

PARTNER_STATUSES = {
    "active": ("Active", "ดำเนินการอยู่"),
    "dormant": ("Dormant", "ไม่มีความเคลื่อนไหว"),
    "ended": ("Ended", "สิ้นสุดแล้ว"),
}

AGREEMENT_TYPES = {
    "sister_city": ("Sister city agreement", "ข้อตกลงเมืองพี่เมืองน้อง"),
    "friendship_city": ("Friendship city agreement", "ข้อตกลงเมืองมิตรภาพ"),
    "mou": ("MOU", "บันทึกความเข้าใจ"),
    "letter_of_intent": ("Letter of intent", "หนังสือแสดงเจตจำนง"),
    "membership": ("Network membership", "การเป็นสมาชิกเครือข่าย"),
    "cooperation": ("Cooperation agreement", "ความตกลงความร่วมมือ"),
}

AGREEMENT_STATUSES = {
    "draft": ("Draft", "ร่าง"),
    "negotiation": ("Under negotiation", "อยู่ระหว่างเจรจา"),
    "active": ("Signed / active", "ลงนามแล้ว / มีผล"),
    "expired": ("Expired", "หมดอายุ"),
    "terminated": ("Terminated", "ยกเลิก"),
    "renewed": ("Renewed", "ต่ออายุแล้ว"),
}

PROJECT_STATUSES = {
    "planned": ("Planned", "วางแผน"),
    "ongoing": ("Ongoing", "กำลังดำเนินการ"),
    "completed": ("Completed", "เสร็จสิ้น"),
    "cancelled": ("Cancelled", "ยกเลิก"),
}

ACTIVITY_TYPES = {
    "visit_incoming": ("Incoming delegation", "คณะผู้แทนเยือนกรุงเทพฯ"),
    "visit_outgoing": ("Outgoing visit", "การเดินทางไปเยือน"),
    "meeting": ("Meeting", "การประชุมหารือ"),
    "seminar": ("Seminar", "การสัมมนา"),
    "workshop": ("Workshop", "การประชุมเชิงปฏิบัติการ"),
    "conference": ("Conference", "การประชุมนานาชาติ"),
    "training": ("Training", "การฝึกอบรม"),
    "event": ("Event", "กิจกรรม"),
}

UNIT_TYPES = {
    "bureau": ("Department / bureau", "สำนัก"),
    "office": ("Office", "สำนักงาน"),
    "division": ("Division", "กอง"),
    "district": ("District office", "สำนักงานเขต"),
}

ACTION_STATUSES = {
    "open": ("Open", "ยังไม่ดำเนินการ"),
    "in_progress": ("In progress", "กำลังดำเนินการ"),
    "done": ("Done", "ดำเนินการแล้ว"),
    "dropped": ("Dropped", "ยกเลิก"),
}
# Statuses of an action still to be done (the dashboard and alerts follow these up).
OPEN_ACTION_STATUSES = ("open", "in_progress")

LESSON_STAGES = {
    "learned": ("Learned", "ได้เรียนรู้"),
    "piloted": ("Piloted", "นำร่องแล้ว"),
    "scaled_up": ("Scaled up", "ขยายผลแล้ว"),
}

SECTORS = {
    "waste": ("Waste management", "การจัดการขยะ"),
    "environment": ("Environment", "สิ่งแวดล้อม"),
    "climate": ("Climate change", "การเปลี่ยนแปลงสภาพภูมิอากาศ"),
    "resilience": ("Resilience & disaster", "ความยืดหยุ่นและภัยพิบัติ"),
    "health": ("Public health", "สาธารณสุข"),
    "urban_planning": ("Urban planning", "การวางผังเมือง"),
    "transport": ("Transport", "การคมนาคม"),
    "culture": ("Culture", "วัฒนธรรม"),
    "education": ("Education", "การศึกษา"),
    "tourism": ("Tourism", "การท่องเที่ยว"),
    "smart_city": ("Smart city", "เมืองอัจฉริยะ"),
    "economy": ("Economy & trade", "เศรษฐกิจและการค้า"),
    "sport": ("Sport", "กีฬา"),
    "governance": ("Governance", "การบริหารจัดการ"),
    "drainage": ("Drainage & flood", "การระบายน้ำและน้ำท่วม"),
    "digital": ("Digital technology", "เทคโนโลยีดิจิทัล"),
}

SDGS = {
    1: ("No poverty", "ขจัดความยากจน"),
    2: ("Zero hunger", "ขจัดความหิวโหย"),
    3: ("Good health and well-being", "สุขภาพและความเป็นอยู่ที่ดี"),
    4: ("Quality education", "การศึกษาที่เท่าเทียม"),
    5: ("Gender equality", "ความเท่าเทียมทางเพศ"),
    6: ("Clean water and sanitation", "น้ำสะอาดและการสุขาภิบาล"),
    7: ("Affordable and clean energy", "พลังงานสะอาดที่ทุกคนเข้าถึงได้"),
    8: ("Decent work and economic growth", "การจ้างงานที่มีคุณค่าและการเติบโตทางเศรษฐกิจ"),
    9: ("Industry, innovation and infrastructure", "อุตสาหกรรม นวัตกรรม และโครงสร้างพื้นฐาน"),
    10: ("Reduced inequalities", "ลดความเหลื่อมล้ำ"),
    11: ("Sustainable cities and communities", "เมืองและชุมชนที่ยั่งยืน"),
    12: ("Responsible consumption and production", "แผนการบริโภคและการผลิตที่ยั่งยืน"),
    13: ("Climate action", "การรับมือการเปลี่ยนแปลงสภาพภูมิอากาศ"),
    14: ("Life below water", "ทรัพยากรทางทะเล"),
    15: ("Life on land", "ระบบนิเวศบนบก"),
    16: ("Peace, justice and strong institutions", "สังคมสงบสุข ยุติธรรม ไม่แบ่งแยก"),
    17: ("Partnerships for the goals", "ความร่วมมือเพื่อการพัฒนาที่ยั่งยืน"),
}


def label(vocab: dict, key, lang: str = "en") -> str:
    """The English or Thai label of a vocabulary value (the raw value when unknown)."""
    pair = vocab.get(key)
    if not pair:
        return "" if key is None else str(key)
    return pair[1] if lang == "th" else pair[0]
