"""The spreadsheet columns of every importable record: key, kind, English and Thai header.

Exports title their columns with these headers and imports match headers against them (and
against common variants), so a file exported in either language imports again unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..records.normalise import name_key


@dataclass(frozen=True)
class Field:
    """One column of a record in a spreadsheet.

    ``kind``: text, int, float, money, bool, date, country, region, vocab:<NAME>, sectors,
    sdgs, tags, partner, partners, units, agreement, project. ``attr`` is the record's
    attribute (link kinds hold ids: ``parties`` → ``party_ids``).
    """

    key: str
    kind: str
    en: str
    th: str
    synonyms: tuple[str, ...] = ()
    attr: str = ""

    @property
    def target(self) -> str:
        return self.attr or self.key

    def title(self, language: str) -> str:
        return self.th if language == "th" else self.en


def _f(key: str, kind: str, en: str, th: str, *synonyms: str, attr: str = "") -> Field:
    return Field(key, kind, en, th, synonyms, attr)


_TAGS = _f("tags", "tags", "Tags", "แท็ก", "tag", "keywords")
_SOURCE = _f("source", "text", "Source", "แหล่งที่มา", "sources", "reference", "ที่มา")
_NOTES = _f("notes", "text", "Notes", "หมายเหตุ", "note", "remarks", "comment", "comments")
_TITLE_EN = _f("title_en", "text", "Title", "ชื่อเรื่อง", "english title", "title english",
               "title en", "name", "ชื่อเรื่อง ภาษาอังกฤษ", "ชื่อ")
_TITLE_TH = _f("title_th", "text", "Thai title", "ชื่อเรื่องภาษาไทย", "title thai", "title th",
               "ชื่อเรื่อง ภาษาไทย", "ชื่อไทย", "ชื่อภาษาไทย")
_STATUS = ("Status", "สถานะ", "state")
_SECTORS = _f("sectors", "sectors", "Sectors", "สาขา", "sector", "themes", "ด้าน")
_SDGS = _f("sdgs", "sdgs", "SDGs", "SDGs", "sdg", "sustainable development goals")
_PARTNERS = _f("partners", "partners", "Partners", "คู่ความร่วมมือ", "partner", "counterparts",
               "counterpart", "cities", "เมือง", attr="partner_ids")

FIELDS: dict[str, list[Field]] = {
    "partner": [
        _f("name_en", "text", "Name", "ชื่อ", "name english", "english name", "name en",
           "partner", "partner name", "city", "organisation", "organization", "city name",
           "ชื่อ ภาษาอังกฤษ", "ชื่อภาษาอังกฤษ"),
        _f("name_th", "text", "Thai name", "ชื่อภาษาไทย", "name thai", "name th", "ชื่อไทย",
           "ชื่อ ภาษาไทย"),
        _f("acronym", "text", "Acronym", "ชื่อย่อ", "abbreviation", "short name"),
        _f("kind", "vocab:PARTNER_KINDS", "Kind", "ลักษณะ", "partner kind", "city or organisation"),
        _f("org_type", "vocab:ORG_TYPES", "Organisation type", "ประเภทองค์กร", "type",
           "organization type", "org type", "ประเภท"),
        _f("country", "country", "Country", "ประเทศ", "country code", "nation"),
        _f("region", "region", "Region", "ภูมิภาค"),
        _f("status", "vocab:PARTNER_STATUSES", *_STATUS),
        _f("website", "text", "Website", "เว็บไซต์", "web", "url", "web site", "homepage"),
        _f("latitude", "float", "Latitude", "ละติจูด", "lat"),
        _f("longitude", "float", "Longitude", "ลองจิจูด", "lon", "lng", "long"),
        _TAGS, _SOURCE, _NOTES,
    ],
    "contact": [
        _f("name", "text", "Name", "ชื่อ", "full name", "person", "contact", "contact name",
           "name english", "ชื่อ สกุล", "ชื่อ นามสกุล"),
        _f("name_th", "text", "Thai name", "ชื่อภาษาไทย", "name thai", "ชื่อไทย"),
        _f("partner", "partner", "Partner", "คู่ความร่วมมือ", "partner name", "organisation",
           "organization", "city", "works for", attr="partner_id"),
        _f("position", "text", "Position", "ตำแหน่ง", "job title", "role"),
        _f("email", "text", "E-mail", "อีเมล", "email address", "mail", "อีเมล์"),
        _f("phone", "text", "Phone", "โทรศัพท์", "telephone", "tel", "mobile", "phone number",
           "โทร", "เบอร์โทร", "เบอร์โทรศัพท์"),
        _f("languages", "text", "Languages", "ภาษา", "language", "speaks"),
        _f("is_focal_point", "bool", "Focal point", "ผู้ประสานงานหลัก", "focal", "main contact",
           "ผู้ประสานงาน"),
        _NOTES,
    ],
    "agreement": [
        _TITLE_EN, _TITLE_TH,
        _f("agreement_type", "vocab:AGREEMENT_TYPES", "Type", "ประเภท", "agreement type",
           "kind", "ประเภทความตกลง"),
        _f("status", "vocab:AGREEMENT_STATUSES", *_STATUS),
        _f("parties", "partners", "Parties", "ภาคี", "party", "partners", "partner",
           "counterpart", "counterparts", "คู่ความร่วมมือ", "คู่ภาคี", attr="party_ids"),
        _f("signed_date", "date", "Signed", "วันที่ลงนาม", "signed on", "date signed",
           "signing date", "signature date", "date", "วันลงนาม", "ลงนาม"),
        _f("effective_date", "date", "Effective from", "มีผลตั้งแต่", "effective",
           "effective date", "in force from", "วันที่มีผล"),
        _f("expiry_date", "date", "Expires", "วันหมดอายุ", "expiry", "expiry date",
           "expiration", "expiration date", "valid until", "หมดอายุ"),
        _f("renewal_terms", "text", "Renewal terms", "เงื่อนไขการต่ออายุ", "renewal"),
        _f("signatories", "text", "Signatories", "ผู้ลงนาม", "signed by", "signatory"),
        _SECTORS, _SDGS, _TAGS, _SOURCE, _NOTES,
    ],
    "project": [
        _TITLE_EN, _TITLE_TH,
        _f("status", "vocab:PROJECT_STATUSES", *_STATUS),
        _SECTORS, _SDGS,
        _f("units", "units", "Lead units", "หน่วยงานรับผิดชอบหลัก", "lead unit", "units",
           "unit", "responsible unit", "bma units", "หน่วยงาน", "หน่วยงานรับผิดชอบ",
           attr="unit_ids"),
        _PARTNERS,
        _f("agreement", "agreement", "Under agreement", "ภายใต้ความตกลง", "agreement",
           "ความตกลง", attr="agreement_id"),
        _f("start_date", "date", "Start", "วันเริ่มต้น", "start date", "from", "begins",
           "วันเริ่ม"),
        _f("end_date", "date", "End", "วันสิ้นสุด", "end date", "to", "until", "ends"),
        _f("budget", "money", "Budget", "งบประมาณ", "amount", "budget thb"),
        _f("currency", "text", "Currency", "สกุลเงิน"),
        _f("funding_source", "text", "Funding source", "แหล่งงบประมาณ", "funding", "funded by",
           "แหล่งเงิน"),
        _f("outcomes", "text", "Outcomes", "ผลการดำเนินงาน", "results", "outcome", "ผลลัพธ์"),
        _TAGS, _SOURCE, _NOTES,
    ],
    "activity": [
        _f("start_date", "date", "Date", "วันที่", "start", "start date", "from", "date from",
           "วันเริ่มต้น", "วันเริ่ม"),
        _f("end_date", "date", "End date", "วันสิ้นสุด", "end", "to", "until", "date to"),
        _TITLE_EN, _TITLE_TH,
        _f("activity_type", "vocab:ACTIVITY_TYPES", "Type", "ประเภท", "activity type", "kind",
           "ประเภทกิจกรรม"),
        _PARTNERS,
        _f("place", "text", "Place", "สถานที่", "venue", "location", "city"),
        _f("participants", "int", "Participants", "จำนวนผู้เข้าร่วม", "number of participants",
           "attendees", "participant", "ผู้เข้าร่วม"),
        _f("project", "project", "Project", "โครงการ", "under project", attr="project_id"),
        _f("agreement", "agreement", "Agreement", "ความตกลง", "under agreement",
           "ภายใต้ความตกลง", attr="agreement_id"),
        _f("summary", "text", "Summary", "สรุป", "description", "details", "สรุปผล",
           "รายละเอียด"),
        _TAGS, _SOURCE,
    ],
}

# Importable record types, by the plural name people (and the CLI) use.
IMPORT_TYPES = {"partners": "partner", "contacts": "contact", "agreements": "agreement",
                "projects": "project", "activities": "activity"}
REQUIRED = {"partner": "name_en", "contact": "name", "agreement": "title_en",
            "project": "title_en", "activity": "title_en"}


def field(entity: str, key: str) -> Field:
    for f in FIELDS[entity]:
        if f.key == key:
            return f
    raise KeyError(f"{entity} has no field {key}")


def header_index(entity: str) -> dict[str, str]:
    """Normalised header text → field key. A field's own titles win over other fields'
    synonyms (the partner list's "Type" is the organisation type, an agreement's "Type" its
    agreement type)."""
    index: dict[str, str] = {}
    fields = FIELDS[entity]
    for rank in range(3):
        for f in fields:
            names = ((f.en, f.th, f.key) if rank == 0 else
                     f.synonyms if rank == 1 else (f.key.replace("_", " "),))
            for name in names:
                index.setdefault(name_key(name), f.key)
    return index


def match_headers(entity: str, headers: list[str]) -> dict[int, str]:
    """Column index → field key for the headers that name a field (each field once)."""
    index = header_index(entity)
    out: dict[int, str] = {}
    for col, header in enumerate(headers):
        key = index.get(name_key(header or ""))
        if key and key not in out.values():
            out[col] = key
    return out
