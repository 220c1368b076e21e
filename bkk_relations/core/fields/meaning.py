"""What a spreadsheet header means, as officers write them: "ชื่อเมือง (อังกฤษ)",
"1. Name (EN)", "ปีที่ลงนาม". A header is read as a set of concepts (name, city, English,
signed, year…) from the common English and Thai words for each; a field declares the
concepts it takes (``Field.meaning``), and how much of a header's meaning it explains is the
confidence of the match.

Thai is written without spaces, so Thai words are found inside the header, longest first
("เมืองพี่เมืองน้อง" is a sister city before "เมือง" is a city); English words are whole words.
"""

from __future__ import annotations

import functools
import re

from ..records.normalise import name_key

# Concept → the words that say it. A longer word wins over a shorter one inside it
# ("ชื่อย่อ" is an acronym, not a name; "คู่ความร่วมมือ" a partner, not a relationship).
WORDS: dict[str, tuple[str, ...]] = {
    "name": ("name", "names", "surname", "ชื่อ", "รายชื่อ", "นามสกุล"),
    "city": ("city", "cities", "town", "municipality", "เมือง", "นคร", "จังหวัด"),
    "org": ("organisation", "organization", "org", "agency", "institution", "องค์กร",
            "องค์การ", "หน่วยงาน", "สถาบัน"),
    "partner": ("partner", "partners", "counterpart", "counterparts", "คู่ความร่วมมือ",
                "คู่ภาคี", "ภาคี"),
    "en": ("english", "en", "eng", "อังกฤษ", "ภาษาอังกฤษ"),
    "th": ("thai", "th", "ไทย", "ภาษาไทย"),
    "country": ("country", "countries", "nation", "ประเทศ"),
    "region": ("region", "continent", "ภูมิภาค", "ทวีป"),
    "signed": ("signed", "signing", "signature", "sign", "ลงนาม"),
    "year": ("year", "yr", "ปี", "พศ", "คศ"),
    "date": ("date", "day", "วันที่", "วัน"),
    "type": ("type", "kind", "category", "ประเภท", "ชนิด", "ลักษณะ"),
    "status": ("status", "state", "สถานะ"),
    "remarks": ("remarks", "remark", "notes", "note", "comment", "comments", "หมายเหตุ"),
    "sequence": ("no", "nr", "seq", "sequence", "order", "ลำดับ", "ลำดับที่"),
    "relation": ("relationship", "relation", "relations", "tie", "ties", "ความสัมพันธ์",
                 "ความร่วมมือ"),
    "agreement": ("agreement", "agreements", "mou", "ความตกลง", "ข้อตกลง",
                  "บันทึกความเข้าใจ"),
    "sister": ("sister", "twin", "twinning", "เมืองพี่เมืองน้อง", "พี่น้อง"),
    "title": ("title", "subject", "ชื่อเรื่อง", "หัวข้อ", "เรื่อง"),
    "acronym": ("acronym", "abbreviation", "ชื่อย่อ", "อักษรย่อ"),
    "website": ("website", "web", "url", "homepage", "เว็บไซต์"),
    "start": ("start", "begin", "begins", "from", "เริ่ม", "เริ่มต้น"),
    "end": ("end", "ends", "until", "สิ้นสุด", "ถึง"),
    "expiry": ("expiry", "expires", "expiration", "หมดอายุ"),
    "effective": ("effective", "มีผล"),
    "place": ("place", "venue", "location", "สถานที่"),
    "contact": ("contact", "person", "ผู้ติดต่อ", "ผู้ประสานงาน"),
    "email": ("email", "mail", "อีเมล", "อีเมล์"),
    "phone": ("phone", "telephone", "tel", "mobile", "โทรศัพท์", "โทร"),
    "position": ("position", "role", "ตำแหน่ง"),
    "project": ("project", "projects", "โครงการ"),
    "activity": ("activity", "activities", "event", "กิจกรรม"),
    "summary": ("summary", "description", "details", "สรุป", "รายละเอียด"),
    "budget": ("budget", "amount", "งบประมาณ"),
    "tags": ("tags", "tag", "keywords", "แท็ก"),
    "source": ("source", "reference", "แหล่งที่มา", "ที่มา"),
    # Follow-up actions, projects, activities, contacts and lessons, as their sheets say it.
    "action": ("action", "task", "todo", "follow", "followup", "ติดตาม", "สิ่งที่ต้องดำเนินการ",
               "ภารกิจ"),
    "due": ("due", "deadline", "กำหนดเสร็จ", "ครบกำหนด", "กำหนดส่ง", "กำหนด"),
    "done": ("done", "completed", "completion", "finished", "เสร็จ", "เสร็จสิ้น", "แล้วเสร็จ"),
    "result": ("result", "outcome", "ผล", "ผลลัพธ์", "ผลการดำเนินการ", "ผลการดำเนินงาน"),
    "unit": ("unit", "department", "bureau", "division", "office", "สำนัก", "สำนักงาน", "ฝ่าย",
             "กอง", "สังกัด"),
    "owner": ("owner", "responsible", "lead", "ผู้รับผิดชอบ", "รับผิดชอบ", "เจ้าภาพ"),
    "sector": ("sector", "theme", "สาขา", "ด้าน"),
    "sdg": ("sdg", "sdgs", "เป้าหมายการพัฒนาที่ยั่งยืน"),
    "goal": ("goal", "objective", "alignment", "strategy", "strategic", "policy", "เป้าหมาย",
             "ยุทธศาสตร์", "นโยบาย", "สอดคล้อง"),
    "currency": ("currency", "baht", "thb", "สกุลเงิน", "บาท"),
    "funding": ("funding", "funded", "fund", "funds", "funder", "แหล่งงบประมาณ", "แหล่งเงิน",
                "แหล่งทุน", "ทุน"),
    "participants": ("participants", "participant", "attendees", "attendance", "people",
                     "persons", "ผู้เข้าร่วม", "จำนวนผู้เข้าร่วม", "คน"),
    "stage": ("stage", "phase", "ขั้น", "ขั้นตอน", "ระยะ"),
    "lesson": ("lesson", "lessons", "practice", "learned", "บทเรียน", "องค์ความรู้", "แนวปฏิบัติ",
               "เรียนรู้"),
    "pilot": ("pilot", "piloted", "trial", "นำร่อง", "ทดลอง"),
    "scale": ("scale", "scaled", "scaling", "ขยายผล"),
    "evidence": ("evidence", "proof", "หลักฐาน"),
    "renewal": ("renewal", "renew", "ต่ออายุ"),
    "signatory": ("signatory", "signatories", "ผู้ลงนาม"),
    "language": ("language", "languages", "spoken", "ภาษาที่ใช้", "ภาษาที่พูด"),
    "latitude": ("latitude", "lat", "ละติจูด"),
    "longitude": ("longitude", "lon", "lng", "ลองจิจูด"),
}
# Words that add nothing to a header's meaning ("ปีที่ลงนาม": year *of* signing).
FILLERS = ("the", "of", "in", "at", "by", "and", "for", "up", "number", "ที่", "ของ", "ใน",
           "และ", "ภาษา", "การ", "ความ", "เป็น", "ได้", "หมายเลข", "เบอร์", "ต้อง")
SURE = 0.9  # the confidence of a header all of whose words a field takes
UNKNOWN = "?"  # a part of the header no concept explains

_NUMBERING = re.compile(r"^\s*(?:[\(\[]?[0-9๐-๙]{1,3}[\.\)\]:]|[0-9๐-๙]{1,3}\s)\s*")
_ERA = re.compile(r"([พค])\.\s?ศ\.?")  # "พ.ศ." is one word, not two letters
_BRACKETS = re.compile(r"[\(\)\[\]\{\}<>*:：/\\_\-–—,.]+")


def clean(header: str) -> str:
    """A header without its numbering ("1.", "(2)", "๓)"), brackets and punctuation."""
    text = _ERA.sub(lambda m: m.group(1) + "ศ", _NUMBERING.sub("", header or ""))
    return " ".join(_BRACKETS.sub(" ", text).split())


def _key(word: str) -> str:
    """A word as name_key writes it inside a header (Thai "ำ" decomposed, no spaces)."""
    return name_key(word).replace(" ", "")


@functools.cache
def _thai_words() -> list[tuple[str, str]]:
    pairs = [(_key(w), c) for c, words in WORDS.items() for w in words if not w.isascii()]
    pairs += [(_key(w), "") for w in FILLERS if not w.isascii()]
    return sorted(pairs, key=lambda p: -len(p[0]))


@functools.cache
def _english_words() -> dict[str, str]:
    out = {w: c for c, words in WORDS.items() for w in words if w.isascii()}
    out.update({w: "" for w in FILLERS if w.isascii()})
    return out


@functools.lru_cache(maxsize=1024)
def concepts(header: str) -> frozenset[str]:
    """The concepts a header names; UNKNOWN among them when part of it names none."""
    found: set[str] = set()
    english = _english_words()
    for word in name_key(clean(header)).split():
        if word.isascii():
            concept = english.get(word)
            if concept is None and word.endswith("s"):
                concept = english.get(word[:-1])
            found.add(UNKNOWN if concept is None else concept)
            continue
        rest = word
        for thai, concept in _thai_words():
            if thai in rest:
                rest = rest.replace(thai, " ")
                if concept:
                    found.add(concept)
        if rest.strip():
            found.add(UNKNOWN)
    found.discard("")
    return frozenset(found)


Meaning = tuple[tuple[frozenset[str], ...], frozenset[str], frozenset[str]]


@functools.lru_cache(maxsize=512)
def parse_meaning(meaning: str) -> Meaning:
    """A field's ``meaning`` ("name|city|org en? !th") as the groups a header must name one
    concept of each of, every concept the field takes ("?" marks one it may do without),
    and the concepts that rule it out ("!")."""
    groups: list[frozenset[str]] = []
    knows: set[str] = set()
    never: set[str] = set()
    for part in meaning.split():
        names = frozenset(part.strip("!?").split("|"))
        unknown = names - set(WORDS)
        if unknown:
            raise ValueError(f"meaning {meaning!r}: no concept {', '.join(sorted(unknown))}")
        if part.startswith("!"):
            never |= names
            continue
        knows |= names
        if not part.endswith("?"):
            groups.append(names)
    return tuple(groups), frozenset(knows), frozenset(never)


def confidence(meaning: str, header_concepts: frozenset[str]) -> float:
    """How well a field's meaning explains a header, from 0 (not at all) to SURE (all of
    it): every group must be named, and the share of the header's concepts the field takes
    is the confidence. A header read by meaning is never as sure as a field's own title."""
    if not meaning or not header_concepts:
        return 0.0
    groups, knows, never = parse_meaning(meaning)
    if never & header_concepts or not all(g & header_concepts for g in groups):
        return 0.0
    return SURE * len(header_concepts & knows) / len(header_concepts)
