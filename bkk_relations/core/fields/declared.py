"""Every field of every kind of record, declared once: its kind, the editor's label in
English and Thai, its spreadsheet header and the other headers an import takes for it, its
text rule, and (by key, per kind of record) the columns of the lists and reports.

Fields several kinds of record share are declared once below and reused.
"""

from __future__ import annotations

import dataclasses
import re

from .model import Computed, Entity, Field, plain


def _keyed(field: Field, label: str) -> Field:
    """``field`` with another mnemonic on this form (``label`` in English with its ``&``;
    the Thai label takes the same letter), so no two fields of a form share an Alt key."""
    found = re.search(r"&(\w)", label)
    assert found, label
    thai = f"{plain(field.label[1])} (&{found.group(1).upper()})"
    return dataclasses.replace(field, label=(label, thai))


# -- shared ------------------------------------------------------------------------------------
_NAME_EN = Field("name_en", "line", ("&Name (English)", "ชื่อ (ภาษาอังกฤษ) (&N)"),
                 ("Name", "ชื่อ"), text="name", required=True)
_NAME_TH = Field("name_th", "line", ("Name (&Thai)", "ชื่อ (ภาษาไทย) (&T)"),
                 ("Thai name", "ชื่อภาษาไทย"),
                 ("name thai", "name th", "ชื่อไทย", "ชื่อ ภาษาไทย"), text="name",
                 meaning="name|city|org|partner|contact th")
_TITLE_EN = Field("title_en", "line", ("&Title (English)", "ชื่อเรื่อง (ภาษาอังกฤษ) (&T)"),
                  ("Title", "ชื่อเรื่อง"),
                  ("english title", "title english", "title en", "name",
                   "ชื่อเรื่อง ภาษาอังกฤษ", "ชื่อ"), text="name", required=True,
                  meaning="title|name en? agreement? project? activity? !th !city !partner !org")
_TITLE_TH = Field("title_th", "line", ("Title (&Thai)", "ชื่อเรื่อง (ภาษาไทย) (&T)"),
                  ("Thai title", "ชื่อเรื่องภาษาไทย"),
                  ("title thai", "title th", "ชื่อเรื่อง ภาษาไทย", "ชื่อไทย", "ชื่อภาษาไทย"),
                  text="name",
                  meaning="title|name th agreement? project? activity? !city !partner !org")
_ACRONYM = Field("acronym", "line", ("&Acronym", "ชื่อย่อ (&A)"), ("Acronym", "ชื่อย่อ"),
                 ("abbreviation", "short name"), text="code", meaning="acronym name?")
_STATUS_LABEL = ("&Status", "สถานะ (&S)")
_STATUS_HEADER = ("Status", "สถานะ")
_TYPE_LABEL = ("T&ype", "ประเภท (&Y)")  # &T is the title's
_TAGS = Field("tags", "tags", ("Ta&gs", "แท็ก (&G)"), ("Tags", "แท็ก"), ("tag", "keywords"),
              meaning="tags")
_SOURCE = Field("source", "line", ("S&ource", "แหล่งที่มา (&O)"), ("Source", "แหล่งที่มา"),
                ("sources", "reference", "ที่มา"), text="line",
                meaning="source")
_NOTES = Field("notes", "text", ("N&otes", "หมายเหตุ (&O)"), ("Notes", "หมายเหตุ"),
               ("note", "remarks", "comment", "comments"), text="text",
               meaning="remarks")
_SECTORS = Field("sectors", "sectors", ("Sectors", "สาขา"), ("Sectors", "สาขา"),
                 ("sector", "themes", "ด้าน"), meaning="sector relation? project? type?")
_SDGS = Field("sdgs", "sdgs", ("SDGs", "SDGs"), ("SDGs", "SDGs"),
              ("sdg", "sustainable development goals"), meaning="sdg goal?")
_PARTNERS = Field("partner_ids", "partners", ("&Partners", "คู่ความร่วมมือ (&P)"),
                  ("Partners", "คู่ความร่วมมือ"),
                  ("partner", "counterparts", "counterpart", "cities", "เมือง"), key="partners",
                  meaning="partner|city org? name? en? th? country? relation?")
_GOALS = Field("goal_ids", "goals", ("Goa&ls", "เป้าหมายที่สอดคล้อง (&L)"),
               ("Goals", "เป้าหมายที่สอดคล้อง"),
               ("goal", "strategic goals", "alignment", "policy dimensions", "เป้าหมาย",
                "ยุทธศาสตร์", "นโยบาย"), key="goals", meaning="goal !sdg")
# A link to a unit of the city (the one that owns the work, or takes part in it).
_UNIT_MEANING = "unit|owner org? name?"
_START = ("Sta&rt", "วันเริ่มต้น (&R)")
_END = ("&End", "วันสิ้นสุด (&E)")
_UNDER_AGREEMENT = ("Under a&greement", "ภายใต้ความตกลง (&G)")
# The same fields with another Alt key where a form already uses theirs.
_TITLE_TH_H = _keyed(_TITLE_TH, "Title (T&hai)")
_TAGS_A = _keyed(_TAGS, "T&ags")

_ID = Computed("id", "int", ("ID", "รหัส"))


def _titles(what: str, never: str) -> tuple[Field, Field]:
    """The English and Thai title of a kind of record whose sheet may name ``what`` ("ชื่อ
    โครงการ" is a project's title), never a header that says one of ``never`` too (on an
    activity sheet, "ชื่อโครงการ" is the project it belongs to)."""
    never += " !city !partner !org"
    return (dataclasses.replace(_TITLE_EN, meaning=f"title|name|{what} en? !th {never}"),
            dataclasses.replace(_TITLE_TH_H, meaning=f"title|name|{what} th {never}"))

PARTNER = Entity(
    "partner",
    fields=(
        Field("name_en", "line", _NAME_EN.label, _NAME_EN.header,
              ("name english", "english name", "name en", "partner", "partner name", "city",
               "organisation", "organization", "city name", "ชื่อ ภาษาอังกฤษ",
               "ชื่อภาษาอังกฤษ"), text="name", required=True,
              meaning="name|city|org|partner en? !th"),
        _NAME_TH,
        Field("kind", "vocab:PARTNER_KINDS", ("&Kind", "ลักษณะ (&K)"), ("Kind", "ลักษณะ"),
              ("partner kind", "city or organisation")),
        Field("org_type", "vocab:ORG_TYPES", ("Organisation t&ype", "ประเภทองค์กร (&Y)"),
              ("Organisation type", "ประเภทองค์กร"),
              ("type", "organization type", "org type", "ประเภท"),
              list_title=("Type", "ประเภท"), meaning="type org? partner? !relation !agreement"),
        _ACRONYM,
        Field("country", "country", ("&Country", "ประเทศ (&C)"), ("Country", "ประเทศ"),
              ("country code", "nation"), meaning="country name? en? th?"),
        Field("region", "region", ("&Region", "ภูมิภาค (&R)"), ("Region", "ภูมิภาค"), meaning="region"),
        Field("status", "vocab:PARTNER_STATUSES", _STATUS_LABEL, _STATUS_HEADER, ("state",),
              meaning="status partner? relation?"),
        Field("website", "line", ("&Website", "เว็บไซต์ (&W)"), ("Website", "เว็บไซต์"),
              ("web", "url", "web site", "homepage"), text="line", meaning="website"),
        Field("latitude", "float", ("Latitude", "ละติจูด"), ("Latitude", "ละติจูด"), ("lat",),
              meaning="latitude"),
        Field("longitude", "float", ("Longitude", "ลองจิจูด"), ("Longitude", "ลองจิจูด"),
              ("lon", "lng", "long"), meaning="longitude"),
        _TAGS, _SOURCE, _keyed(_NOTES, "Not&es"),
    ),
    computed=(
        Computed("ties", "int", ("Agreements", "จำนวนความตกลง")),
        Computed("focal_point", "text", ("Focal point contact", "ผู้ติดต่อประสานงานหลัก")),
        Computed("focal_email", "text", ("Focal point e-mail", "อีเมลผู้ประสานงานหลัก")),
        Computed("last_activity", "date", ("Last activity", "กิจกรรมล่าสุด")),
        _ID,
    ),
    sheet=("name_en", "name_th", "acronym", "kind", "org_type", "country", "region", "status",
           "website", "latitude", "longitude", "tags", "source", "notes"),
    lists=("name_en", "name_th", "kind", "org_type", "country", "region", "status", "ties",
           "last_activity", "id"),
    report=("name_en", "name_th", "acronym", "kind", "org_type", "country", "region", "status",
            "ties", "focal_point", "focal_email", "last_activity", "website", "latitude",
            "longitude", "tags", "source", "notes", "id"),
    # A sister-city list gives each partner's tie: its type and when it was signed (often
    # a year alone). The import makes or matches the partner's agreement from them.
    imports=(
        Field("tie_type", "vocab:AGREEMENT_TYPES", ("Tie type", "ประเภทความสัมพันธ์"),
              ("Tie type", "ประเภทความสัมพันธ์"),
              ("relationship", "relationship type", "tie", "agreement type",
               "ความสัมพันธ์", "ประเภทความตกลง", "ประเภทข้อตกลง"),
              stored=False, meaning="relation|sister|type agreement? relation? sister?"),
        Field("tie_signed", "date", ("Tie signed", "ลงนามความสัมพันธ์"),
              ("Tie signed", "ปีที่ลงนาม"),
              ("signed", "year", "year signed", "signed on", "date signed", "signing date",
               "ลงนาม", "ปี", "วันที่ลงนาม", "วันลงนาม"),
              stored=False, meaning="signed|year date? relation? agreement? sister?"),
    ),
)

UNIT = Entity(
    "unit",
    fields=(
        _NAME_EN, _NAME_TH,
        Field("unit_type", "vocab:UNIT_TYPES", _TYPE_LABEL, ("Type", "ประเภท")),
        _ACRONYM, _TAGS, _NOTES,
    ),
    computed=(Computed("projects", "int", ("Projects", "จำนวนโครงการ")), _ID),
    sheet=(),
    lists=("name_en", "name_th", "unit_type", "acronym", "projects", "id"),
    report=(),
)

AGREEMENT = Entity(
    "agreement",
    fields=(
        _TITLE_EN, _TITLE_TH_H,
        Field("agreement_type", "vocab:AGREEMENT_TYPES", _TYPE_LABEL, ("Type", "ประเภท"),
              ("agreement type", "kind", "ประเภทความตกลง"),
              meaning="type agreement? relation? sister?"),
        Field("status", "vocab:AGREEMENT_STATUSES", _STATUS_LABEL, _STATUS_HEADER, ("state",),
              meaning="status agreement?"),
        Field("party_ids", "partners", ("&Parties", "ภาคี (&P)"), ("Parties", "ภาคี"),
              ("party", "partners", "partner", "counterpart", "counterparts", "คู่ความร่วมมือ",
               "คู่ภาคี"), key="parties", meaning="partner|city|org name? en? th? country?"),
        Field("signed_date", "date", ("Si&gned", "วันที่ลงนาม (&G)"), ("Signed", "วันที่ลงนาม"),
              ("signed on", "date signed", "signing date", "signature date", "date",
               "วันลงนาม", "ลงนาม"), meaning="signed|year date? agreement?"),
        Field("effective_date", "date", ("&Effective from", "มีผลตั้งแต่ (&E)"),
              ("Effective from", "มีผลตั้งแต่"),
              ("effective", "effective date", "in force from", "วันที่มีผล"),
              meaning="effective date?"),
        Field("expiry_date", "date", ("E&xpires", "วันหมดอายุ (&X)"), ("Expires", "วันหมดอายุ"),
              ("expiry", "expiry date", "expiration", "expiration date", "valid until",
               "หมดอายุ"), meaning="expiry|end date? agreement?"),
        Field("renewal_terms", "line", ("Renewal terms", "เงื่อนไขการต่ออายุ"),
              ("Renewal terms", "เงื่อนไขการต่ออายุ"), ("renewal",), text="line",
              meaning="renewal"),
        Field("signatories", "line", ("Signatories", "ผู้ลงนาม"), ("Signatories", "ผู้ลงนาม"),
              ("signed by", "signatory"), text="line", meaning="signatory name?"),
        _SECTORS, _SDGS, _GOALS, _TAGS_A, _SOURCE, _keyed(_NOTES, "&Notes"),
    ),
    computed=(Computed("days_to_expiry", "int", ("Days to expiry", "จำนวนวันก่อนหมดอายุ")), _ID),
    sheet=("title_en", "title_th", "agreement_type", "status", "parties", "signed_date",
           "effective_date", "expiry_date", "renewal_terms", "signatories", "sectors", "sdgs",
           "goals", "tags", "source", "notes"),
    lists=("title_en", "agreement_type", "parties", "status", "signed_date", "expiry_date",
           "title_th", "id"),
    report=("title_en", "title_th", "agreement_type", "status", "parties", "signed_date",
            "effective_date", "expiry_date", "days_to_expiry", "sectors", "sdgs", "goals",
            "renewal_terms", "signatories", "tags", "source", "notes", "id"),
)

PROJECT = Entity(
    "project",
    fields=(
        *_titles("project", "!activity !agreement !unit !owner !date !year !budget"),
        Field("status", "vocab:PROJECT_STATUSES", _STATUS_LABEL, _STATUS_HEADER, ("state",),
              meaning="status project?"),
        _PARTNERS,
        Field("unit_ids", "units", ("Lead &units", "หน่วยงานรับผิดชอบหลัก (&U)"),
              ("Lead units", "หน่วยงานรับผิดชอบหลัก"),
              ("lead unit", "units", "unit", "responsible unit", "bma units", "หน่วยงาน",
               "หน่วยงานรับผิดชอบ"), key="units", meaning=_UNIT_MEANING),
        Field("agreement_id", "agreement", _UNDER_AGREEMENT, ("Under agreement", "ภายใต้ความตกลง"),
              ("agreement", "ความตกลง"), key="agreement", meaning="agreement name? title?"),
        Field("start_date", "date", _START, ("Start", "วันเริ่มต้น"),
              ("start date", "from", "begins", "วันเริ่ม"), meaning="start date? year? project?"),
        Field("end_date", "date", _END, ("End", "วันสิ้นสุด"),
              ("end date", "to", "until", "ends"), meaning="end date? year? project?"),
        Field("budget", "money", ("&Budget", "งบประมาณ (&B)"), ("Budget", "งบประมาณ"),
              ("amount", "budget thb"), meaning="budget currency? project?"),
        Field("currency", "line", ("Currency", "สกุลเงิน"), ("Currency", "สกุลเงิน"),
              text="code", meaning="currency"),
        Field("funding_source", "line", ("&Funding source", "แหล่งงบประมาณ (&F)"),
              ("Funding source", "แหล่งงบประมาณ"), ("funding", "funded by", "แหล่งเงิน"),
              text="line", meaning="funding source? budget?"),
        _SECTORS, _SDGS, _GOALS,
        Field("outcomes", "text", ("Outcomes", "ผลการดำเนินงาน"),
              ("Outcomes", "ผลการดำเนินงาน"), ("results", "outcome", "ผลลัพธ์"), text="text",
              meaning="result project?"),
        _TAGS_A, _SOURCE, _keyed(_NOTES, "&Notes"),
    ),
    computed=(_ID,),
    sheet=("title_en", "title_th", "status", "sectors", "sdgs", "goals", "units", "partners",
           "agreement", "start_date", "end_date", "budget", "currency", "funding_source",
           "outcomes", "tags", "source", "notes"),
    lists=("title_en", "status", "sectors", "sdgs", "partners", "start_date", "end_date",
           "budget", "title_th", "id"),
    report=("title_en", "title_th", "status", "sectors", "sdgs", "goals", "units", "partners",
            "agreement", "start_date", "end_date", "budget", "currency", "funding_source",
            "outcomes", "tags", "source", "notes", "id"),
)

ACTIVITY = Entity(
    "activity",
    fields=(
        *_titles("activity", "!project !agreement !place !date !type"),
        Field("activity_type", "vocab:ACTIVITY_TYPES", _TYPE_LABEL, ("Type", "ประเภท"),
              ("activity type", "kind", "ประเภทกิจกรรม"), meaning="type activity?"),
        Field("start_date", "date", _START, ("Date", "วันที่"),
              ("start", "start date", "from", "date from", "วันเริ่มต้น", "วันเริ่ม"),
              required=True, meaning="date|start activity? !end"),
        Field("end_date", "date", _END, ("End date", "วันสิ้นสุด"),
              ("end", "to", "until", "date to"), meaning="end date? activity?"),
        Field("place", "line", ("P&lace", "สถานที่ (&L)"), ("Place", "สถานที่"),
              ("venue", "location", "city"), text="line", meaning="place city? country?"),
        Field("participants", "int", ("Partic&ipants", "ผู้เข้าร่วม (&I)"),
              ("Participants", "จำนวนผู้เข้าร่วม"),
              ("number of participants", "attendees", "participant", "ผู้เข้าร่วม"),
              list_title=("Participants", "ผู้เข้าร่วม"), meaning="participants"),
        _PARTNERS,
        Field("project_id", "project", ("Pro&ject", "โครงการ (&J)"), ("Project", "โครงการ"),
              ("under project",), key="project", meaning="project name? title?"),
        Field("agreement_id", "agreement", _UNDER_AGREEMENT, ("Agreement", "ความตกลง"),
              ("under agreement", "ภายใต้ความตกลง"), key="agreement",
              meaning="agreement name? title?"),
        Field("summary", "text", ("S&ummary", "สรุป (&U)"), ("Summary", "สรุป"),
              ("description", "details", "สรุปผล", "รายละเอียด"), text="text",
              meaning="summary result?"),
        _keyed(_GOALS, "Goal&s"), _TAGS_A, _SOURCE,
    ),
    computed=(_ID,),
    sheet=("start_date", "end_date", "title_en", "title_th", "activity_type", "partners",
           "place", "participants", "project", "agreement", "goals", "summary", "tags", "source"),
    lists=("start_date", "title_en", "activity_type", "partners", "place", "participants",
           "title_th", "id"),
    report=("start_date", "end_date", "title_en", "title_th", "activity_type", "partners",
            "place", "participants", "project", "agreement", "goals", "summary", "tags", "source",
            "id"),
)

CONTACT = Entity(
    "contact",
    fields=(
        Field("name", "line", _NAME_EN.label, ("Name", "ชื่อ"),
              ("full name", "person", "contact", "contact name", "name english", "ชื่อ สกุล",
               "ชื่อ นามสกุล"), text="name", required=True,
              meaning="name|contact en? !th !partner !city !org !unit"),
        Field("name_th", "line", _NAME_TH.label, _NAME_TH.header,
              ("name thai", "ชื่อไทย"), text="name", meaning="name|contact th !partner !city "
                                                           "!org !unit"),
        Field("partner_id", "partner", ("&Partner", "คู่ความร่วมมือ (&P)"),
              ("Partner", "คู่ความร่วมมือ"),
              ("partner name", "organisation", "organization", "city", "works for"),
              key="partner", list_title=("Partner or unit", "คู่ความร่วมมือหรือหน่วยงาน"),
              meaning="partner|city|org name? en? th? country?"),
        Field("unit_id", "unit", ("&Unit", "หน่วยงาน (&U)"), ("Unit", "หน่วยงาน"),
              ("bma unit", "our unit", "department", "สังกัด"), key="unit", meaning="unit name?"),
        Field("position", "line", ("Pos&ition", "ตำแหน่ง (&I)"), ("Position", "ตำแหน่ง"),
              ("job title", "role"), text="line", meaning="position title?"),
        Field("email", "line", ("&E-mail", "อีเมล (&E)"), ("E-mail", "อีเมล"),
              ("email address", "mail", "อีเมล์"), text="line", meaning="email contact?"),
        Field("phone", "line", ("P&hone", "โทรศัพท์ (&H)"), ("Phone", "โทรศัพท์"),
              ("telephone", "tel", "mobile", "phone number", "โทร", "เบอร์โทร", "เบอร์โทรศัพท์"),
              text="line", meaning="phone contact?"),
        Field("languages", "line", ("&Languages", "ภาษา (&L)"), ("Languages", "ภาษา"),
              ("language", "speaks"), text="line", meaning="language"),
        Field("is_focal_point", "bool", ("&Focal point", "ผู้ประสานงานหลัก (&F)"),
              ("Focal point", "ผู้ประสานงานหลัก"), ("focal", "main contact", "ผู้ประสานงาน")),
        _NOTES,
    ),
    computed=(_ID,),
    sheet=("name", "name_th", "partner", "unit", "position", "email", "phone", "languages",
           "is_focal_point", "notes"),
    lists=("name", "name_th", "position", "partner", "email", "phone", "is_focal_point", "id"),
    report=("name", "name_th", "partner", "unit", "position", "email", "phone", "languages",
            "is_focal_point", "notes", "id"),
)

FRAMEWORK = Entity(
    "framework",
    fields=(
        _NAME_EN, _NAME_TH,
        Field("period_start", "date", ("Period &from", "ช่วงเวลาตั้งแต่ (&F)"),
              ("Period from", "ช่วงเวลาตั้งแต่"), ("from", "start", "ตั้งแต่")),
        Field("period_end", "date", ("Period &until", "ช่วงเวลาถึง (&U)"),
              ("Period until", "ช่วงเวลาถึง"), ("until", "end", "ถึง")),
        Field("is_active", "bool", ("A&ctive", "ใช้อยู่ (&C)"), ("Active", "ใช้อยู่")),
        Field("description", "text", ("&Description", "คำอธิบาย (&D)"),
              ("Description", "คำอธิบาย"), ("details", "รายละเอียด"), text="text"),
        _SOURCE, _keyed(_NOTES, "Not&es"),
    ),
    computed=(Computed("goals", "int", ("Goals", "จำนวนเป้าหมาย")), _ID),
    sheet=(),
    lists=("name_en", "name_th", "period_start", "period_end", "is_active", "goals", "id"),
    report=(),
)

GOAL = Entity(
    "goal",
    fields=(
        Field("framework_id", "framework", ("&Framework", "กรอบยุทธศาสตร์ (&F)"),
              ("Framework", "กรอบยุทธศาสตร์"), ("plan", "แผน"), key="framework",
              required=True),
        # The headers and aliases are the framework sheet's (strategy.sheet): a sequence
        # column ("ลำดับ") is not a goal's code, and a bare "ชื่อ" beside a code is the
        # goal's Thai name.
        Field("code", "line", ("&Code", "รหัส (&C)"), ("Code", "รหัส"),
              ("goal code", "รหัสเป้าหมาย", "no", "ข้อ", "รหัสประเด็น"), text="code",
              required=True),
        dataclasses.replace(
            _NAME_EN, header=("English", "ชื่อภาษาอังกฤษ"), list_title=_NAME_EN.header,
            aliases=("name (english)", "name_en", "english name", "name", "goal", "อังกฤษ",
                     "ภาษาอังกฤษ")),
        dataclasses.replace(
            _NAME_TH, header=("Thai", "ชื่อภาษาไทย"), list_title=_NAME_TH.header,
            aliases=("name (thai)", "name_th", "thai name", "ไทย", "ภาษาไทย", "ชื่อ",
                     "ชื่อเป้าหมาย")),
        Field("parent_id", "goal", ("&Under goal", "ภายใต้เป้าหมาย (&U)"),
              ("Parent code", "รหัสเป้าหมายหลัก"),
              ("parent", "รหัสหลัก", "under", "ภายใต้", "เป้าหมายหลัก", "รหัสประเด็นหลัก"),
              key="parent"),
        Field("description", "text", ("&Description", "คำอธิบาย (&D)"),
              ("Description", "คำอธิบาย"), ("รายละเอียด", "details"), text="text"),
        _SOURCE,
    ),
    computed=(_ID,),
    sheet=(),
    lists=("code", "name_en", "name_th", "framework", "parent", "id"),
    report=(),
)

ACTION = Entity(
    "action",
    fields=(
        Field("title_en", "line", ("&Action (English)", "สิ่งที่ต้องดำเนินการ (ภาษาอังกฤษ) (&A)"),
              ("Action", "สิ่งที่ต้องดำเนินการ"),
              ("follow-up", "follow up", "what", "description", "action item", "task",
               "ประเด็นติดตาม", "เรื่องที่ต้องติดตาม", "รายการ"), text="name", required=True,
              meaning="title|action en? !th !partner !city !org !unit !owner !activity "
                      "!agreement !date"),
        Field("title_th", "line", ("Action (&Thai)", "สิ่งที่ต้องดำเนินการ (ภาษาไทย) (&T)"),
              ("Action (Thai)", "สิ่งที่ต้องดำเนินการ (ภาษาไทย)"),
              ("thai", "ภาษาไทย"), text="name",
              meaning="title|action th !partner !city !org !unit !owner !activity !agreement "
                      "!date"),
        Field("status", "vocab:ACTION_STATUSES", _STATUS_LABEL, _STATUS_HEADER, ("state",),
              meaning="status action?"),
        Field("due_date", "date", ("&Due", "กำหนดเสร็จ (&D)"), ("Due", "กำหนดเสร็จ"),
              ("due date", "deadline", "by", "กำหนด", "ภายในวันที่"),
              meaning="due date? action? !done"),
        Field("done_date", "date", ("Do&ne on", "ดำเนินการเสร็จเมื่อ (&N)"),
              ("Done on", "ดำเนินการเสร็จเมื่อ"), ("done", "completed", "เสร็จเมื่อ"),
              meaning="done date? action?"),
        _PARTNERS,
        Field("unit_id", "unit", ("Owner &unit", "หน่วยงานรับผิดชอบ (&U)"),
              ("Owner unit", "หน่วยงานรับผิดชอบ"),
              ("owner", "unit", "responsible unit", "responsible", "ผู้รับผิดชอบ", "หน่วยงาน"),
              key="unit", meaning=_UNIT_MEANING),
        Field("activity_id", "activity", ("From acti&vity", "จากกิจกรรม (&V)"),
              ("From activity", "จากกิจกรรม"), ("activity", "visit", "meeting", "กิจกรรม"),
              key="activity", meaning="activity name? title?"),
        Field("agreement_id", "agreement", ("&From agreement", "จากความตกลง (&F)"),
              ("From agreement", "จากความตกลง"), ("agreement", "ความตกลง"), key="agreement",
              meaning="agreement name? title?"),
        _GOALS,
        Field("result", "text", ("&Result", "ผลการดำเนินการ (&R)"),
              ("Result", "ผลการดำเนินการ"), ("outcome", "results", "ผล"), text="text",
              meaning="result action?"),
        _TAGS, _SOURCE, _keyed(_NOTES, "Not&es"),
    ),
    computed=(Computed("overdue_days", "int", ("Days overdue", "เกินกำหนด (วัน)")), _ID),
    sheet=("title_en", "title_th", "status", "due_date", "done_date", "partners", "unit",
           "activity", "agreement", "result", "tags", "source", "notes"),
    lists=("due_date", "title_en", "status", "partners", "unit", "title_th", "id"),
    report=("due_date", "title_en", "title_th", "status", "overdue_days", "partners", "unit",
            "activity", "agreement", "done_date", "result", "tags", "source", "notes", "id"),
)

LESSON = Entity(
    "lesson",
    fields=(
        Field("title_en", "line", ("&Lesson (English)", "บทเรียน (ภาษาอังกฤษ) (&L)"),
              ("Lesson", "บทเรียน"),
              ("practice", "know-how", "good practice", "what", "แนวปฏิบัติ", "องค์ความรู้"),
              text="name", required=True,
              meaning="title|lesson name? en? !th !date !year !partner !city !org !unit "
                      "!activity !project"),
        Field("title_th", "line", ("Lesson (&Thai)", "บทเรียน (ภาษาไทย) (&T)"),
              ("Lesson (Thai)", "บทเรียน (ภาษาไทย)"), ("thai", "ภาษาไทย"), text="name",
              meaning="title|lesson th name? !date !year !partner !city !org !unit !activity "
                      "!project"),
        Field("description", "text", ("&Description", "รายละเอียด (&D)"),
              ("Description", "รายละเอียด"), ("details",), text="text",
              meaning="summary lesson?"),
        Field("stage", "vocab:LESSON_STAGES", ("&Stage", "ขั้น (&S)"), ("Stage", "ขั้น"),
              ("status", "สถานะ"), meaning="stage|status lesson?"),
        _PARTNERS,
        Field("activity_id", "activity", ("From acti&vity", "จากกิจกรรม (&V)"),
              ("From activity", "จากกิจกรรม"), ("activity", "กิจกรรม"), key="activity",
              meaning="activity name? title?"),
        Field("project_id", "project", ("From pro&ject", "จากโครงการ (&J)"),
              ("From project", "จากโครงการ"), ("project", "โครงการ"), key="project",
              meaning="project name? title?"),
        _SECTORS, _keyed(_GOALS, "Go&als"),
        Field("unit_ids", "units", ("Adopted by &units", "หน่วยงานที่นำไปใช้ (&U)"),
              ("Adopted by units", "หน่วยงานที่นำไปใช้"),
              ("units", "adopted by", "หน่วยงาน"), key="units", meaning=_UNIT_MEANING),
        Field("learned_date", "date", ("Lea&rned on", "เรียนรู้เมื่อ (&R)"),
              ("Learned on", "เรียนรู้เมื่อ"), ("learned",), meaning="date|year lesson"),
        Field("piloted_date", "date", ("P&iloted on", "นำร่องเมื่อ (&I)"),
              ("Piloted on", "นำร่องเมื่อ"), ("piloted",), meaning="pilot date? year?"),
        Field("scaled_date", "date", ("S&caled up on", "ขยายผลเมื่อ (&C)"),
              ("Scaled up on", "ขยายผลเมื่อ"), ("scaled up", "scaled"),
              meaning="scale date? year?"),
        Field("evidence", "line", ("&Evidence", "หลักฐาน (&E)"), ("Evidence", "หลักฐาน"),
              ("evidence link", "link", "url"), text="line", meaning="evidence website?"),
        _TAGS, _SOURCE, _keyed(_NOTES, "&Notes"),
    ),
    computed=(_ID,),
    sheet=("title_en", "title_th", "description", "stage", "partners", "activity", "project",
           "sectors", "units", "learned_date", "piloted_date", "scaled_date", "evidence",
           "tags", "source", "notes"),
    lists=("title_en", "stage", "partners", "units", "title_th", "id"),
    report=("title_en", "title_th", "stage", "partners", "units", "sectors", "learned_date",
            "piloted_date", "scaled_date", "activity", "project", "description", "evidence",
            "tags", "source", "notes", "id"),
)

ENTITIES: dict[str, Entity] = {e.name: e for e in (PARTNER, UNIT, AGREEMENT, PROJECT,
                                                     ACTIVITY, CONTACT, ACTION, LESSON,
                                                     FRAMEWORK, GOAL)}
