"""The records the office keeps, as plain dataclasses, and how each maps to the database."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Record:
    """Fields every record has: id, optimistic-concurrency version and bookkeeping."""

    id: int | None = field(default=None, kw_only=True)
    tags: list[str] = field(default_factory=list, kw_only=True)
    version: int = field(default=0, kw_only=True)
    created_at: str | None = field(default=None, kw_only=True)
    updated_at: str | None = field(default=None, kw_only=True)
    updated_by: str | None = field(default=None, kw_only=True)
    deleted_at: str | None = field(default=None, kw_only=True)


@dataclass
class Partner(Record):
    """A counterpart: a city or an organisation."""

    name_en: str = ""
    kind: str = "city"
    org_type: str | None = None
    name_th: str | None = None
    acronym: str | None = None
    country: str | None = None
    region: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    website: str | None = None
    status: str = "active"
    notes: str | None = None
    source: str | None = None

    @property
    def label(self) -> str:
        return self.name_en


@dataclass
class Unit(Record):
    """A unit of the home city (bureau, division, district office)."""

    name_en: str = ""
    name_th: str | None = None
    unit_type: str = "bureau"
    acronym: str | None = None
    notes: str | None = None

    @property
    def label(self) -> str:
        return self.name_en


@dataclass
class Agreement(Record):
    """A formal tie: sister-city agreement, MOU, network membership…"""

    title_en: str = ""
    agreement_type: str = "mou"
    title_th: str | None = None
    status: str = "active"
    signed_date: str | None = None
    effective_date: str | None = None
    expiry_date: str | None = None
    renewal_terms: str | None = None
    signatories: str | None = None
    notes: str | None = None
    source: str | None = None
    party_ids: list[int] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    sdgs: list[int] = field(default_factory=list)
    goal_ids: list[int] = field(default_factory=list)

    @property
    def label(self) -> str:
        return self.title_en


@dataclass
class Project(Record):
    """A cooperation project with partners, lead units, sectors and SDGs."""

    title_en: str = ""
    title_th: str | None = None
    status: str = "planned"
    start_date: str | None = None
    end_date: str | None = None
    budget: float | None = None
    currency: str | None = None
    funding_source: str | None = None
    agreement_id: int | None = None
    outcomes: str | None = None
    notes: str | None = None
    source: str | None = None
    partner_ids: list[int] = field(default_factory=list)
    unit_ids: list[int] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    sdgs: list[int] = field(default_factory=list)
    goal_ids: list[int] = field(default_factory=list)

    @property
    def label(self) -> str:
        return self.title_en


@dataclass
class Activity(Record):
    """A visit, meeting, seminar, conference or training."""

    title_en: str = ""
    activity_type: str = "meeting"
    title_th: str | None = None
    start_date: str | None = None
    end_date: str | None = None
    place: str | None = None
    participants: int | None = None
    project_id: int | None = None
    agreement_id: int | None = None
    summary: str | None = None
    source: str | None = None
    partner_ids: list[int] = field(default_factory=list)
    goal_ids: list[int] = field(default_factory=list)

    @property
    def label(self) -> str:
        return self.title_en


@dataclass
class Contact(Record):
    """A person at a partner or in one of the city's units, often its focal point."""

    name: str = ""
    partner_id: int | None = None
    unit_id: int | None = None
    name_th: str | None = None
    position: str | None = None
    email: str | None = None
    phone: str | None = None
    languages: str | None = None
    is_focal_point: bool = False
    notes: str | None = None

    @property
    def label(self) -> str:
        return self.name


@dataclass
class Framework(Record):
    """A strategic framework the office's work serves (the SDGs, the Governor's nine
    dimensions, the office's own plan); ``builtin`` names the shipped ones."""

    name_en: str = ""
    name_th: str | None = None
    period_start: str | None = None
    period_end: str | None = None
    is_active: bool = True
    description: str | None = None
    source: str | None = None
    notes: str | None = None
    builtin: str | None = None

    @property
    def label(self) -> str:
        return self.name_en


@dataclass
class Goal(Record):
    """A goal of a framework, possibly under another goal of the same framework."""

    name_en: str = ""
    framework_id: int | None = None
    code: str = ""
    name_th: str | None = None
    parent_id: int | None = None
    description: str | None = None
    source: str | None = None

    @property
    def label(self) -> str:
        return self.name_en


@dataclass
class Action(Record):
    """A follow-up action agreed at a visit, a meeting or in an agreement."""

    title_en: str = ""
    title_th: str | None = None
    status: str = "open"
    due_date: str | None = None
    done_date: str | None = None
    unit_id: int | None = None
    activity_id: int | None = None
    agreement_id: int | None = None
    result: str | None = None
    notes: str | None = None
    source: str | None = None
    partner_ids: list[int] = field(default_factory=list)
    goal_ids: list[int] = field(default_factory=list)

    @property
    def label(self) -> str:
        return self.title_en


@dataclass
class Lesson(Record):
    """Know-how brought home from a partner: learned, piloted, then scaled up by units."""

    title_en: str = ""
    title_th: str | None = None
    description: str | None = None
    stage: str = "learned"
    learned_date: str | None = None
    piloted_date: str | None = None
    scaled_date: str | None = None
    activity_id: int | None = None
    project_id: int | None = None
    evidence: str | None = None
    source: str | None = None
    notes: str | None = None
    partner_ids: list[int] = field(default_factory=list)
    unit_ids: list[int] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    goal_ids: list[int] = field(default_factory=list)

    @property
    def label(self) -> str:
        return self.title_en


@dataclass(frozen=True)
class Link:
    """A many-to-many list stored in its own table (e.g. an agreement's parties)."""

    attr: str
    table: str
    owner_col: str
    value_col: str


@dataclass(frozen=True)
class EntitySpec:
    name: str
    table: str
    cls: type[Record]
    columns: tuple[str, ...]
    label_col: str
    links: tuple[Link, ...] = ()

    @property
    def all_columns(self) -> tuple[str, ...]:
        return ("id", *self.columns, "version", "created_at", "updated_at", "updated_by",
                "deleted_at")

    @property
    def label_th_col(self) -> str:
        """The Thai name or title beside ``label_col`` (name_en → name_th, name → name_th)."""
        base = self.label_col.removesuffix("_en")
        return f"{base}_th"

    def link(self, attr: str) -> Link:
        """The link table behind a list attribute (``party_ids`` → agreement_parties)."""
        for lk in self.links:
            if lk.attr == attr:
                return lk
        raise KeyError(f"{self.name} has no linked list {attr!r}")


# Stored beside every record, worked out from its name when it is written (records.sort_keys):
# the keys its lists sort by in English and in Thai.
SORT_COLUMNS = ("sort_en", "sort_th")


def _spec(name: str, table: str, cls: type[Record], label_col: str, links: tuple[Link, ...] = (),
          extra: tuple[str, ...] = ()) -> EntitySpec:
    link_attrs = {lk.attr for lk in links}
    skip = {"id", "tags", "version", "created_at", "updated_at", "updated_by", "deleted_at"}
    cols = (tuple(f for f in cls.__dataclass_fields__ if f not in skip | link_attrs) + extra
            + SORT_COLUMNS)
    return EntitySpec(name, table, cls, cols, label_col, links)


SPECS: dict[str, EntitySpec] = {
    s.name: s
    for s in (
        _spec("partner", "partners", Partner, "name_en", extra=("name_key",)),
        _spec("unit", "units", Unit, "name_en"),
        _spec("agreement", "agreements", Agreement, "title_en", (
            Link("party_ids", "agreement_parties", "agreement_id", "partner_id"),
            Link("sectors", "agreement_sectors", "agreement_id", "sector"),
            Link("sdgs", "agreement_sdgs", "agreement_id", "sdg"),
            Link("goal_ids", "agreement_goals", "agreement_id", "goal_id"),
        )),
        _spec("project", "projects", Project, "title_en", (
            Link("partner_ids", "project_partners", "project_id", "partner_id"),
            Link("unit_ids", "project_units", "project_id", "unit_id"),
            Link("sectors", "project_sectors", "project_id", "sector"),
            Link("sdgs", "project_sdgs", "project_id", "sdg"),
            Link("goal_ids", "project_goals", "project_id", "goal_id"),
        )),
        _spec("activity", "activities", Activity, "title_en", (
            Link("partner_ids", "activity_partners", "activity_id", "partner_id"),
            Link("goal_ids", "activity_goals", "activity_id", "goal_id"),
        )),
        _spec("contact", "contacts", Contact, "name"),
        _spec("action", "actions", Action, "title_en", (
            Link("partner_ids", "action_partners", "action_id", "partner_id"),
            Link("goal_ids", "action_goals", "action_id", "goal_id"),
        )),
        _spec("lesson", "lessons", Lesson, "title_en", (
            Link("partner_ids", "lesson_partners", "lesson_id", "partner_id"),
            Link("unit_ids", "lesson_units", "lesson_id", "unit_id"),
            Link("sectors", "lesson_sectors", "lesson_id", "sector"),
            Link("goal_ids", "lesson_goals", "lesson_id", "goal_id"),
        )),
        _spec("framework", "frameworks", Framework, "name_en"),
        _spec("goal", "goals", Goal, "name_en", extra=("code_key",)),
    )
}
SPEC_BY_CLASS: dict[type, EntitySpec] = {s.cls: s for s in SPECS.values()}


@dataclass(frozen=True)
class Reference:
    """How records of ``owner`` point at records of ``target``: through a link table
    (``table``, whose ``owner_col`` holds the owner's id and ``column`` the target's) or
    through a column of the owner's own table (``owner_col`` is None)."""

    owner: EntitySpec
    target: str
    table: str
    column: str
    owner_col: str | None = None

    @property
    def attr(self) -> str:
        """The owner's attribute holding the target's ids (``party_ids``, ``partner_id``)."""
        if self.owner_col is None:
            return self.column
        return next(lk.attr for lk in self.owner.links if lk.table == self.table)


def _references() -> list[Reference]:
    # Ids of another record are named for it: partner_id holds a partner's id.
    out = []
    for spec in SPECS.values():
        for lk in spec.links:
            if lk.value_col.endswith("_id"):
                out.append(Reference(spec, lk.value_col[:-3], lk.table, lk.value_col,
                                     lk.owner_col))
        out += [Reference(spec, c[:-3], spec.table, c) for c in spec.columns
                if c.endswith("_id") and c[:-3] in SPECS]
    return out


REFERENCES: tuple[Reference, ...] = tuple(_references())


def references_to(entity: str) -> list[Reference]:
    """Every way a record of ``entity`` can be pointed at, in the order of SPECS (for a
    partner: agreements' parties, projects' and activities' partners, contacts)."""
    return [r for r in REFERENCES if r.target == entity]


def reference(owner: str, attr: str) -> Reference:
    """How ``owner``'s attribute ``attr`` points at another record."""
    for r in REFERENCES:
        if r.owner.name == owner and r.attr == attr:
            return r
    raise KeyError(f"{owner}.{attr} points at no record")


def spec_of(obj_or_cls: object) -> EntitySpec:
    cls = obj_or_cls if isinstance(obj_or_cls, type) else type(obj_or_cls)
    try:
        return SPEC_BY_CLASS[cls]
    except KeyError:
        raise TypeError(f"{cls.__name__} is not a stored record type") from None


def stored_id(record: Record) -> int:
    """The id of a record that is in the database (read from it, or just saved): only a
    record not yet saved has none."""
    if record.id is None:
        raise ValueError(f"This {type(record).__name__} has not been saved yet.")
    return record.id
