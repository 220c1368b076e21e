"""The briefing before a visit: one to two pages on a partner — who it is, the relationship
at a glance, agreements, projects, the latest activities, open follow-up actions, focal
points and contacts, the goals the partnership serves, its place in the network and the
sources — or on an upcoming activity and its partners.

``partner_briefing`` and ``activity_briefing`` read the register and return a
:class:`~.model.Document` worded in the chosen language and calendar; ``docx`` and ``pdf``
write it. Long lists are cut to keep the document short, always saying how many rows are
left out.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from ... import __version__
from .. import dates, settings
from ..errors import CoreError, NotFoundError
from ..places import countries
from ..places.regions import REGION_TH
from ..records import vocab
from ..records.models import Activity, Agreement, Contact, Partner, Project, stored_id
from ..records.repository import Query
from ..register import Register
from ..views.alerts import LIVE_AGREEMENT_STATUSES
from . import neighbourhood
from .model import Document, Section, Table
from .wording import long_date, period, short_date, today_text, tr

MAX_AGREEMENTS = 10
MAX_PROJECTS = 8
MAX_ACTIVITIES = 6
MAX_CONTACTS = 8
NOT_SIGNED = ("draft", "negotiation")


# -- what other parts of the register will add ----------------------------------------------
@dataclass(frozen=True)
class FollowUpAction:
    """Something agreed at a visit, a meeting or in an agreement that is still open."""

    title: str
    owner: str
    due: str | None  # a stored (partial) date
    status: str = ""


@dataclass(frozen=True)
class Goal:
    """A goal of a strategic framework (the SDGs, the Governor's policy…) a partnership
    serves."""

    framework: str
    code: str
    name: str


def open_follow_up_actions(reg: Register, partner_ids: list[int], *, language: str = "en"
                           ) -> list[FollowUpAction] | None:
    """The follow-up actions still to do (open or in progress) with these partners, soonest
    due first (a month or a year by its last day), those without a due date last; an empty
    list prints "No open follow-up actions"."""
    if not partner_ids:
        return []
    th = language == "th"
    marks = ", ".join("?" * len(partner_ids))
    rows = reg.conn.execute(
        "SELECT a.title_en, a.title_th, u.name_en, u.name_th, a.due_date, a.status "
        "FROM actions a LEFT JOIN units u ON u.id = a.unit_id WHERE a.deleted_at IS NULL "
        f"AND a.status IN ({', '.join('?' * len(vocab.OPEN_ACTION_STATUSES))}) "
        f"AND EXISTS (SELECT 1 FROM action_partners l WHERE l.action_id = a.id "
        f"AND l.partner_id IN ({marks}))", (*vocab.OPEN_ACTION_STATUSES, *partner_ids))

    def last_day(due: str | None) -> str:
        return dates.latest_day(due).isoformat() if due and dates.is_valid(due) else "9999"

    found = [FollowUpAction((title_th or title) if th else title,
                            ((unit_th or unit) if th else unit) or "", due,
                            vocab.label(vocab.ACTION_STATUSES, status, language))
             for title, title_th, unit, unit_th, due, status in rows]
    return sorted(found, key=lambda a: (last_day(a.due), a.title.casefold()))


def goals_served(reg: Register, partner_ids: list[int], *, language: str = "en"
                 ) -> list[Goal] | None:
    """The strategic goals the live agreements, projects, activities, follow-up actions and
    lessons with these partners are aligned to, framework by framework in code order; the
    SDGs are left out (the SDGs the cooperation covers are in "at a glance")."""
    from ..strategy.frameworks import code_key

    if not partner_ids:
        return []
    marks = ", ".join("?" * len(partner_ids))
    parts, params = [], []
    for table, link, partners, partner_col in (
            ("agreements", "agreement_goals", "agreement_parties", "agreement_id"),
            ("projects", "project_goals", "project_partners", "project_id"),
            ("activities", "activity_goals", "activity_partners", "activity_id"),
            ("actions", "action_goals", "action_partners", "action_id"),
            ("lessons", "lesson_goals", "lesson_partners", "lesson_id")):
        live = (f"EXISTS (SELECT 1 FROM {partners} p JOIN {table} t ON t.id = p.{partner_col} "
                f"WHERE p.{partner_col} = x.{partner_col} AND t.deleted_at IS NULL "
                f"AND p.partner_id IN ({marks}))")
        parts.append(f"SELECT x.goal_id FROM {link} x WHERE {live}")
        params += partner_ids
    name = "COALESCE(NULLIF({0}.name_th, ''), {0}.name_en)" if language == "th" \
        else "{0}.name_en"
    rows = reg.conn.execute(
        f"SELECT f.id, f.builtin, {name.format('f')}, g.code, {name.format('g')} "
        "FROM goals g JOIN frameworks f ON f.id = g.framework_id "
        "WHERE g.deleted_at IS NULL AND f.deleted_at IS NULL "
        "AND (f.builtin IS NULL OR f.builtin <> 'sdgs') "
        f"AND g.id IN ({' UNION '.join(parts)})", params).fetchall()
    # the office's own plans first, then the Governor's dimensions
    rank = {"bkk_nine_dimensions": 1}
    rows.sort(key=lambda r: (rank.get(r[1] or "", 0), r[0], code_key(r[3])))
    return [Goal(fw, code, goal) for _, _, fw, code, goal in rows]


# -- finding the partner ---------------------------------------------------------------------
def find_partner(reg: Register, text: str) -> Partner:
    """The live partner named by ``text``: its id, or its English or Thai name or acronym
    (exactly, else a unique part of one). CoreError saying why when there is none or more
    than one."""
    key = text.strip()
    if not key:
        raise CoreError("Name a partner: its name, Thai name, acronym or id.")
    if key.isdigit() and len(key) < 19:
        try:
            return reg.records.get(Partner, int(key))
        except NotFoundError:
            pass
    conn = reg.conn
    rows = conn.execute(
        "SELECT id, name_en FROM partners WHERE deleted_at IS NULL AND (lower(name_en) = "
        "lower(?) OR name_th = ? OR lower(acronym) = lower(?)) ORDER BY id", (key, key, key)
    ).fetchall()
    if not rows:
        like = "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        rows = conn.execute(
            "SELECT id, name_en FROM partners WHERE deleted_at IS NULL AND (name_en LIKE ? "
            "ESCAPE '\\' OR name_th LIKE ? ESCAPE '\\' OR acronym LIKE ? ESCAPE '\\') "
            "ORDER BY name_en LIMIT 6", (like, like, like)).fetchall()
    if len(rows) == 1:
        return reg.records.get(Partner, rows[0][0])
    if not rows:
        raise CoreError(f"No partner is called '{key}'.")
    names = ", ".join(f"{r[1]} [{r[0]}]" for r in rows[:5])
    raise CoreError(f"'{key}' matches several partners ({names}); give the id.")


# -- wording of records ------------------------------------------------------------------------
class _Words:
    """What a briefing needs to word records: language, calendar, today."""

    def __init__(self, reg: Register, language: str, calendar: str, today: _dt.date):
        self.reg, self.lang, self.cal, self.today = reg, language, calendar, today
        self.home = settings.home_city(reg.db, language)

    def name(self, p: Partner) -> str:
        return (p.name_th or p.name_en) if self.lang == "th" else p.name_en

    def other_name(self, p: Partner) -> str:
        return p.name_en if self.lang == "th" else (p.name_th or "")

    def title(self, r: Agreement | Project | Activity) -> str:
        return (r.title_th or r.title_en) if self.lang == "th" else r.title_en

    def label(self, table: dict, key: object) -> str:
        return vocab.label(table, key, self.lang)

    def country(self, code: str | None) -> str:
        return countries.name(code, self.lang) or (code or "")

    def region(self, region: str | None) -> str:
        if not region:
            return ""
        return REGION_TH.get(region, region) if self.lang == "th" else region

    def date(self, text: str | None) -> str:
        return short_date(text, self.cal)

    def long(self, text: str | None) -> str:
        return long_date(text, self.lang, self.cal)

    def tr(self, key: str, *args: object) -> str:
        return tr(key, self.lang, *args)


def _more(w: _Words, total: int, shown: int) -> str:
    return w.tr("and_more", f"{total - shown:,}") if total > shown else ""


def _sources(*texts: str | None) -> list[str]:
    """Each source once, in the order met; a field holding several (separated by ';' or
    new lines) gives each of them."""
    out: list[str] = []
    for text in texts:
        for part in (text or "").replace("\n", ";").split(";"):
            part = part.strip()
            if part and part not in out:
                out.append(part)
    return out


# -- the partner's sections ------------------------------------------------------------------------
@dataclass
class _PartnerRecords:
    partner: Partner
    agreements: list[Agreement]
    projects: list[Project]
    activities: list[Activity]
    contacts: list[Contact]


def _records(reg: Register, partner: Partner) -> _PartnerRecords:
    pid = partner.id
    repo = reg.records
    agreements = repo.list(Agreement, Query(partner_id=pid)).records
    projects = repo.list(Project, Query(partner_id=pid)).records
    activities = repo.list(Activity, Query(partner_id=pid, sort="start_date",
                                           descending=True)).records
    contacts = [c for c in repo.list(Contact, Query(partner_id=pid)).records
                if c.partner_id == pid]
    return _PartnerRecords(partner, agreements, projects, activities, contacts)


def _sort_key_date(text: str | None) -> str:
    return text or ""


def identity(w: _Words, p: Partner) -> Section:
    kind = w.label(vocab.PARTNER_KINDS, p.kind)
    if p.org_type:
        kind += f" ({w.label(vocab.ORG_TYPES, p.org_type)})"
    fields = [(w.tr("name_en"), p.name_en), (w.tr("name_th"), p.name_th or ""),
              (w.tr("acronym"), p.acronym or ""), (w.tr("kind"), kind),
              (w.tr("country"), w.country(p.country)), (w.tr("region"), w.region(p.region))]
    if p.latitude is not None and p.longitude is not None:
        fields.append((w.tr("coordinates"), f"{p.latitude:.4f}, {p.longitude:.4f}"))
    fields += [(w.tr("website"), p.website or ""), (w.tr("notes"), p.notes or "")]
    return Section("identity", w.tr("identity"), fields=[(k, v) for k, v in fields if v])


def _ties_text(w: _Words, r: _PartnerRecords) -> tuple[str, str]:
    """(since when, which ties): the first signed or started tie, and the live ties by
    type."""
    signed = [a.signed_date or a.effective_date for a in r.agreements
              if a.status not in NOT_SIGNED]
    starts = [d for d in signed if d]
    starts += [p.start_date for p in r.projects
               if p.status not in ("planned", "cancelled") and p.start_date]
    since = min(starts, key=lambda d: dates.earliest_day(d) if dates.is_valid(d)
                else _dt.date.max) if starts else None
    by_type: dict[str, list[Agreement]] = {}
    for a in r.agreements:
        if a.status in LIVE_AGREEMENT_STATUSES:
            by_type.setdefault(a.agreement_type, []).append(a)
    parts = []
    for t in vocab.AGREEMENT_TYPES:
        found = by_type.get(t)
        if found:
            first = min((a.signed_date or a.effective_date or "9999") for a in found)
            text = w.label(vocab.AGREEMENT_TYPES, t)
            if len(found) > 1:
                text += f" ×{len(found)}"
            if first != "9999":
                text += f" ({w.tr('from', w.long(first))})"
            parts.append(text)
    live_projects = [p for p in r.projects if p.status in ("ongoing", "planned")]
    if live_projects:
        parts.append(f"{w.tr('projects')} ×{len(live_projects)}")
    return (w.long(since) if since else ""), "; ".join(parts)


def glance(w: _Words, r: _PartnerRecords) -> Section:
    since, ties = _ties_text(w, r)
    today = w.today.isoformat()
    past = [a for a in r.activities if a.start_date and a.start_date[:len(today)] <= today]
    upcoming = sorted((a for a in r.activities if a.start_date and a.start_date > today),
                      key=lambda a: a.start_date or "")
    live = sum(1 for a in r.agreements if a.status in LIVE_AGREEMENT_STATUSES)
    tied: list[Agreement | Project] = [*r.agreements, *r.projects]
    sectors = sorted({s for x in tied for s in x.sectors}, key=list(vocab.SECTORS).index)
    sdgs = sorted({n for x in tied for n in x.sdgs})
    fields = [
        (w.tr("status"), w.label(vocab.PARTNER_STATUSES, r.partner.status)),
        (w.tr("since"), since),
        (w.tr("ties"), ties),
        (w.tr("counts"), w.tr("counts_line", len(r.agreements), live, len(r.projects),
                              len(r.activities), len(r.contacts))),
        (w.tr("last_activity"), f"{w.long(past[0].start_date)} — {w.title(past[0])}"
         if past else w.tr("never")),
    ]
    if upcoming:
        fields.append((w.tr("next_activity"),
                       f"{w.long(upcoming[0].start_date)} — {w.title(upcoming[0])}"))
    if sectors:
        fields.append((w.tr("sectors"), ", ".join(w.label(vocab.SECTORS, s) for s in sectors)))
    if sdgs:
        fields.append((w.tr("sdgs"), ", ".join(f"{n} {w.label(vocab.SDGS, n)}" for n in sdgs)))
    return Section("glance", w.tr("glance"), fields=[(k, v) for k, v in fields if v])


def _expiry(w: _Words, a: Agreement) -> str:
    text = w.date(a.expiry_date)
    if not text or a.expiry_date is None or a.status not in LIVE_AGREEMENT_STATUSES \
            or not dates.is_valid(a.expiry_date):
        return text
    left = (dates.latest_day(a.expiry_date) - w.today).days
    if 0 <= left <= 365:
        return f"{text} ({w.tr('days_left', left)})"
    if left < 0:
        return f"{text} ({w.tr('days_ago', -left)})"
    return text


def agreements(w: _Words, r: _PartnerRecords) -> Section:
    rows = sorted(r.agreements, key=lambda a: (a.status not in LIVE_AGREEMENT_STATUSES,
                                               _sort_key_date(a.signed_date)), reverse=False)
    live = [a for a in rows if a.status in LIVE_AGREEMENT_STATUSES]
    rest = sorted([a for a in rows if a.status not in LIVE_AGREEMENT_STATUSES],
                  key=lambda a: _sort_key_date(a.signed_date), reverse=True)
    live.sort(key=lambda a: _sort_key_date(a.signed_date), reverse=True)
    ordered = (live + rest)[:MAX_AGREEMENTS]
    table = Table([w.tr("title"), w.tr("type"), w.tr("status"), w.tr("signed"),
                   w.tr("expires")],
                  [[w.title(a), w.label(vocab.AGREEMENT_TYPES, a.agreement_type),
                    w.label(vocab.AGREEMENT_STATUSES, a.status), w.date(a.signed_date),
                    _expiry(w, a)] for a in ordered],
                  [0.35, 0.19, 0.16, 0.13, 0.17],
                  more=_more(w, len(rows), len(ordered)), empty=w.tr("none_recorded"))
    return Section("agreements", w.tr("agreements"), table=table)


def projects(w: _Words, r: _PartnerRecords) -> Section:
    order = {"ongoing": 0, "planned": 1, "completed": 2, "cancelled": 3}
    rows = sorted(r.projects, key=lambda p: (order.get(p.status, 9),
                                             _sort_key_date(p.start_date)))
    shown = rows[:MAX_PROJECTS]
    table = Table([w.tr("title"), w.tr("status"), w.tr("period"), w.tr("sectors")],
                  [[w.title(p), w.label(vocab.PROJECT_STATUSES, p.status),
                    period(p.start_date, p.end_date, w.lang, w.cal),
                    ", ".join(w.label(vocab.SECTORS, s) for s in p.sectors)] for p in shown],
                  [0.38, 0.16, 0.22, 0.24],
                  more=_more(w, len(rows), len(shown)), empty=w.tr("none_recorded"))
    return Section("projects", w.tr("projects"), table=table)


def activities(w: _Words, r: _PartnerRecords) -> Section:
    today = w.today.isoformat()
    shown = r.activities[:MAX_ACTIVITIES]  # newest first (upcoming ones on top)

    def when(a: Activity) -> str:
        text = period(a.start_date, a.end_date, w.lang, w.cal) if a.end_date else \
            w.date(a.start_date)
        return f"{text} ({w.tr('upcoming')})" if (a.start_date or "") > today else text

    table = Table([w.tr("date"), w.tr("activity"), w.tr("type"), w.tr("place")],
                  [[when(a), w.title(a), w.label(vocab.ACTIVITY_TYPES, a.activity_type),
                    a.place or ""] for a in shown],
                  [0.2, 0.37, 0.2, 0.23],
                  more=_more(w, len(r.activities), len(shown)), empty=w.tr("none_recorded"))
    return Section("activities", w.tr("activities"), table=table)


def contacts(w: _Words, r: _PartnerRecords) -> Section:
    rows = sorted(r.contacts, key=lambda c: (not c.is_focal_point, c.name.casefold()))
    shown = rows[:MAX_CONTACTS]

    def name(c: Contact) -> str:
        text = (c.name_th or c.name) if w.lang == "th" else c.name
        return f"{text} ({w.tr('focal_point')})" if c.is_focal_point else text

    table = Table([w.tr("contact_name"), w.tr("position"), w.tr("email"), w.tr("phone")],
                  [[name(c), c.position or "", c.email or "", c.phone or ""] for c in shown],
                  [0.3, 0.28, 0.26, 0.16],
                  more=_more(w, len(rows), len(shown)), empty=w.tr("none_recorded"))
    return Section("contacts", w.tr("contacts"), table=table)


def actions(w: _Words, partner_ids: list[int]) -> Section | None:
    found = open_follow_up_actions(w.reg, partner_ids, language=w.lang)
    if found is None:
        return None
    table = Table([w.tr("action"), w.tr("owner"), w.tr("due")],
                  [[a.title, a.owner, w.date(a.due)] for a in found], [0.56, 0.26, 0.18],
                  empty=w.tr("no_open_actions"))
    return Section("actions", w.tr("actions"), table=table)


def goals(w: _Words, partner_ids: list[int]) -> Section | None:
    found = goals_served(w.reg, partner_ids, language=w.lang)
    if found is None:
        return None
    # one line per framework, so the briefing keeps to two pages
    by_framework: dict[str, list[str]] = {}
    for g in found:
        by_framework.setdefault(g.framework, []).append(f"{g.code} {g.name}".strip())
    section = Section("goals", w.tr("goals"),
                      fields=[(fw, "; ".join(names)) for fw, names in by_framework.items()])
    if not found:
        section.paragraphs.append(w.tr("none_recorded"))
    return section


def picture_section(w: _Words, p: Partner, with_picture: bool) -> Section:
    section = Section("neighbourhood", w.tr("neighbourhood"))
    png = neighbourhood.picture(w.reg, stored_id(p), language=w.lang, calendar=w.cal,
                                today=w.today) if with_picture else None
    if png is None:
        if with_picture:
            section.paragraphs.append(w.tr("no_ties", w.home))
        return section
    section.picture = png
    section.caption = w.tr("picture_caption", w.name(p))
    return section


def sources(w: _Words, r: _PartnerRecords) -> Section:
    items = _sources(r.partner.source, *(a.source for a in r.agreements),
                     *(p.source for p in r.projects), *(a.source for a in r.activities))
    return Section("sources", w.tr("sources"), items=items,
                   paragraphs=[] if items else [w.tr("none_recorded")])


def partner_sections(w: _Words, r: _PartnerRecords, *, level: int = 1,
                     with_picture: bool = True) -> list[Section]:
    ids = [stored_id(r.partner)]
    out = [identity(w, r.partner), glance(w, r), agreements(w, r), projects(w, r),
           activities(w, r), actions(w, ids), contacts(w, r), goals(w, ids),
           picture_section(w, r.partner, with_picture), sources(w, r)]
    sections = [s for s in out if s is not None]
    for s in sections:
        s.level = level
    return sections


# -- the documents -------------------------------------------------------------------------------
def _header(w: _Words, title: str, subtitle: str, sections: list[Section], stem: str
            ) -> Document:
    prepared = w.tr("prepared_on", today_text(w.lang, w.cal, w.today))
    if w.reg.user:
        prepared += " " + w.tr("prepared_by", w.reg.user)
    prepared += " · " + w.tr("home_office", w.home)
    notice = str(w.reg.setting("demo_notice_th" if w.lang == "th" else "demo_notice") or "")
    footer = f"{title} · {w.date(w.today.isoformat())} · bkk_relations {__version__}"
    return Document(title=title, subtitle=subtitle, prepared=prepared, language=w.lang,
                    calendar=w.cal, sections=sections, footer=footer, notice=notice,
                    file_stem=stem)


def partner_briefing(reg: Register, partner_id: int, *, language: str = "en",
                     calendar: str = "gregorian", today: _dt.date | None = None,
                     picture: bool = True) -> Document:
    """The briefing on one partner (NotFoundError if it is not a live partner)."""
    w = _Words(reg, language, calendar, today or _dt.date.today())
    partner = reg.records.get(Partner, partner_id)
    r = _records(reg, partner)
    title = f"{w.tr('briefing')}: {w.name(partner)}"
    return _header(w, title, w.other_name(partner),
                   partner_sections(w, r, with_picture=picture), _stem(partner.name_en))


def activity_briefing(reg: Register, activity_id: int, *, partner_id: int | None = None,
                      language: str = "en", calendar: str = "gregorian",
                      today: _dt.date | None = None, picture: bool = True) -> Document:
    """The briefing for an activity (a visit, a meeting): what it is, then each of its
    partners (only ``partner_id``, when given, which must be one of them)."""
    w = _Words(reg, language, calendar, today or _dt.date.today())
    act = reg.records.get(Activity, activity_id)
    ids = list(act.partner_ids)
    if partner_id is not None:
        if partner_id not in ids:
            raise CoreError(f"The activity '{act.title_en}' (id {activity_id}) does not "
                            f"involve the partner with id {partner_id}.")
        ids = [partner_id]
    partners = []
    for pid in ids:
        try:
            partners.append(reg.records.get(Partner, pid))
        except NotFoundError:  # in the trash: the activity keeps its link, not the briefing
            continue
    when = period(act.start_date, act.end_date, language, calendar) if act.end_date else \
        w.long(act.start_date)
    fields = [(w.tr("activity"), w.title(act)),
              (w.tr("type"), w.label(vocab.ACTIVITY_TYPES, act.activity_type)),
              (w.tr("date"), when), (w.tr("place"), act.place or ""),
              (w.tr("participants"), str(act.participants) if act.participants else ""),
              (w.tr("partners"), ", ".join(w.name(p) for p in partners))]
    if act.project_id:
        fields.append((w.tr("project"), _linked_title(reg, Project, act.project_id, w)))
    if act.agreement_id:
        fields.append((w.tr("agreement"), _linked_title(reg, Agreement, act.agreement_id, w)))
    if act.summary:
        fields.append((w.tr("summary"), act.summary))
    sections = [Section("the_activity", w.tr("the_activity"),
                        fields=[(k, v) for k, v in fields if v])]
    for p in partners:
        sections.append(Section(f"partner:{p.id}", w.tr("partner_heading", w.name(p))))
        sections += partner_sections(w, _records(reg, p), level=2, with_picture=picture)
    title = f"{w.tr('briefing')}: {w.title(act)}"
    return _header(w, title, when, sections, _stem(act.title_en))


def _linked_title(reg: Register, cls: type, record_id: int, w: _Words) -> str:
    try:
        return w.title(reg.records.get(cls, record_id))
    except NotFoundError:
        return ""


def _stem(name: str) -> str:
    """A file name for the briefing: 'briefing-' and the name, without characters file
    systems refuse."""
    safe = "".join(c if c.isalnum() or c in " -_" else " " for c in name)
    safe = "-".join(safe.split())[:60]
    return f"briefing-{safe}" if safe else "briefing"
