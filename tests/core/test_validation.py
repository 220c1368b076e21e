"""The rules a record must meet before it is saved, and what a refused save leaves behind."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bkk_relations.core.errors import ValidationError
from bkk_relations.core.records import validation, vocab
from bkk_relations.core.records.models import (
    Activity,
    Agreement,
    Contact,
    Partner,
    Project,
    Record,
    Unit,
)
from bkk_relations.core.records.repository import Repository
from bkk_relations.core.storage.database import Database


def refused(repo: Repository, record: Record) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        repo.create(record)
    return info.value


def fields_of(error: ValidationError) -> set[str]:
    return {p.field for p in error.problems}


def table_counts(repo: Repository) -> dict[str, int]:
    tables = ("partners", "units", "agreements", "agreement_parties", "projects",
              "project_partners", "activities", "contacts", "record_tags", "tags", "audit_log")
    return {t: repo.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


# -- required fields -----------------------------------------------------------------------
@pytest.mark.parametrize(("record", "field"), [
    (Partner(name_en="", country="TH"), "name_en"),
    (Partner(name_en="   ", country="TH"), "name_en"),
    (Unit(name_en=""), "name_en"),
    (Agreement(title_en=""), "title_en"),
    (Project(title_en=" "), "title_en"),
    (Activity(title_en="", start_date="2024"), "title_en"),
    (Activity(title_en="Visit"), "start_date"),
    (Contact(name="", partner_id=None), "name"),
    (Contact(name="Somchai"), "partner_id"),
])
def test_required_fields(repo, record, field):
    error = refused(repo, record)
    assert field in fields_of(error)
    assert "required" in str(error) or "Choose" in str(error)


# -- partners ------------------------------------------------------------------------------
@pytest.mark.parametrize("country", ["XX", "Thailand", "THA", "1"])
def test_country_must_be_iso_code(repo, country):
    error = refused(repo, Partner(name_en="Somewhere", country=country))
    assert error.for_field("country") == [
        f"'{country.upper()}' is not an ISO-3166 country code (e.g. TH, KR, JP)."]


def test_lower_case_country_code_is_accepted_and_normalised(repo):
    assert repo.create(Partner(name_en="Busan", country="kr")).country == "KR"


def test_city_needs_a_country_but_organisation_does_not(repo):
    assert refused(repo, Partner(name_en="Nowhere")).for_field("country") == [
        "A city needs its country."]
    org = repo.create(Partner(name_en="C40", kind="organisation", org_type="city_network"))
    assert org.country is None


def test_organisation_needs_an_org_type(repo):
    error = refused(repo, Partner(name_en="UN-Habitat", kind="organisation"))
    assert "Choose the type of organisation" in error.for_field("org_type")[0]


def test_unknown_org_type_is_refused(repo):
    error = refused(repo, Partner(name_en="X", kind="organisation", org_type="club"))
    assert "'club' is not a known organisation type" in error.for_field("org_type")[0]


def test_city_with_org_type_is_refused(repo):
    error = refused(repo, Partner(name_en="Osaka", country="JP", org_type="ngo"))
    assert error.for_field("org_type") == ["A city has no organisation type; leave it empty."]


@pytest.mark.parametrize(("field", "value"), [
    ("kind", "village"), ("status", "sleeping"), ("region", "Atlantis"),
])
def test_partner_unknown_enum_values(repo, field, value):
    record = Partner(name_en="Kyoto", country="JP")
    setattr(record, field, value)
    error = refused(repo, record)
    assert f"'{value}' is not a known" in error.for_field(field)[0]


@pytest.mark.parametrize(("field", "value"), [
    ("latitude", 91.0), ("latitude", -90.5), ("longitude", 180.1), ("website", "www.x.org"),
    ("website", "ftp://x.org"),
])
def test_partner_coordinates_and_website(repo, field, value):
    record = Partner(name_en="Kyoto", country="JP")
    setattr(record, field, value)
    assert refused(repo, record).for_field(field)


@pytest.mark.parametrize(("first", "second"), [
    ("St. Petersburg", "Saint Petersburg"),
    ("Saint Petersburg", "st petersburg"),
    ("Saint-Petersburg", "SAINT PETERSBURG"),
    ("Sao Paulo", "São Paulo"),
])
def test_duplicate_partner_same_kind_and_country_is_refused(repo, first, second):
    existing = repo.create(Partner(name_en=first, country="RU"))
    error = refused(repo, Partner(name_en=second, country="ru"))
    message = error.for_field("name_en")[0]
    assert f"'{first}' (id {existing.id}) is already recorded" in message
    assert repo.count(Partner) == 1


def test_same_name_with_other_country_or_kind_is_allowed(repo):
    repo.create(Partner(name_en="Saint Petersburg", country="RU"))
    repo.create(Partner(name_en="St. Petersburg", country="US"))
    repo.create(Partner(name_en="St Petersburg", kind="organisation", org_type="ngo",
                        country="RU"))
    assert repo.count(Partner) == 3


def test_thai_names_differing_in_a_tone_mark_are_not_duplicates(repo):
    repo.create(Partner(name_en="บ้านนา", country="TH"))
    repo.create(Partner(name_en="บานนา", country="TH"))
    assert refused(repo, Partner(name_en=" บ้านนา ", country="TH")).for_field("name_en")
    assert repo.count(Partner) == 2


def test_duplicate_of_trashed_partner_is_allowed(repo):
    old = repo.create(Partner(name_en="Saint Petersburg", country="RU"))
    repo.delete(Partner, old.id)
    assert repo.create(Partner(name_en="St. Petersburg", country="RU")).id != old.id


def test_updating_a_partner_is_not_a_duplicate_of_itself(repo):
    p = repo.create(Partner(name_en="St. Petersburg", country="RU"))
    p.name_en = "Saint Petersburg"
    assert repo.update(p).name_en == "Saint Petersburg"


def test_renaming_into_an_existing_partner_is_refused(repo):
    repo.create(Partner(name_en="Saint Petersburg", country="RU"))
    other = repo.create(Partner(name_en="Moscow", country="RU"))
    other.name_en = "St. Petersburg"
    assert refused_update(repo, other).for_field("name_en")
    assert repo.get(Partner, other.id).name_en == "Moscow"


def refused_update(repo: Repository, record: Record) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        repo.update(record)
    return info.value


# -- agreements, projects, activities, units, contacts -------------------------------------
def test_expiry_before_signing_is_refused(repo):
    error = refused(repo, Agreement(title_en="MOU", signed_date="2020-05-01",
                                    expiry_date="2019-12-31"))
    assert error.for_field("expiry_date") == ["The expiry date is before the signing date."]


@pytest.mark.parametrize(("signed", "expiry"), [
    ("2020", "2020-01"), ("2020-05", "2020-05-01"), ("2020-05-01", "2020-05-01"),
    ("2020", None), (None, "2019"),
])
def test_expiry_on_or_after_signing_with_partial_dates_is_accepted(repo, signed, expiry):
    a = repo.create(Agreement(title_en="MOU", signed_date=signed, expiry_date=expiry))
    assert (a.signed_date, a.expiry_date) == (signed, expiry)


def test_end_before_start_is_refused_for_projects_and_activities(repo):
    p = refused(repo, Project(title_en="P", start_date="2021", end_date="2020-12"))
    assert p.for_field("end_date") == ["The end date is before the start date."]
    a = refused(repo, Activity(title_en="A", start_date="2021-03-02", end_date="2021-03-01"))
    assert a.for_field("end_date") == ["The end date is before the start date."]


@pytest.mark.parametrize("sdg", [0, 18, -1, "3", True, 3.0])
def test_sdg_outside_1_to_17_is_refused(repo, sdg):
    error = refused(repo, Agreement(title_en="MOU", sdgs=[sdg]))
    assert error.for_field("sdgs") == [
        f"SDG '{sdg}' does not exist; SDGs are numbered 1 to 17."]
    assert refused(repo, Project(title_en="P", sdgs=[sdg])).for_field("sdgs")


def test_every_sdg_from_1_to_17_is_accepted(repo):
    assert repo.create(Project(title_en="All goals", sdgs=list(range(17, 0, -1)))).sdgs == list(
        range(1, 18))


@pytest.mark.parametrize(("record", "field"), [
    (Agreement(title_en="A", agreement_type="treaty"), "agreement_type"),
    (Agreement(title_en="A", status="signed"), "status"),
    (Agreement(title_en="A", sectors=["waste", "space"]), "sectors"),
    (Project(title_en="P", status="done"), "status"),
    (Project(title_en="P", sectors=["mining"]), "sectors"),
    (Activity(title_en="A", start_date="2024", activity_type="party"), "activity_type"),
    (Unit(name_en="U", unit_type="ministry"), "unit_type"),
])
def test_unknown_enum_values(repo, record, field):
    messages = refused(repo, record).for_field(field)
    assert len(messages) == 1
    assert "is not a known" in messages[0] and "use one of" in messages[0]


@pytest.mark.parametrize(("value", "words"), [
    ("2020/01/01", "YYYY, YYYY-MM or YYYY-MM-DD"),
    ("01-02-2020", "YYYY, YYYY-MM or YYYY-MM-DD"),
    ("20", "YYYY, YYYY-MM or YYYY-MM-DD"),
    ("2020-1-5", "YYYY, YYYY-MM or YYYY-MM-DD"),
    ("2020-13", "no month 13"),
    ("2020-00", "no month 0"),
    ("2021-02-29", "not a real calendar day"),
    ("2567", "subtract 543"),
    ("๒๕๖๗", "YYYY, YYYY-MM or YYYY-MM-DD"),
    ("๒๐๒๓-๐๑-๐๑", "YYYY, YYYY-MM or YYYY-MM-DD"),
    ("２０２０", "YYYY, YYYY-MM or YYYY-MM-DD"),
])
def test_partial_date_format(repo, value, words):
    error = refused(repo, Activity(title_en="Visit", start_date=value))
    [message] = error.for_field("start_date")
    assert words in message
    for field in ("signed_date", "effective_date", "expiry_date"):
        assert refused(repo, Agreement(title_en="A", **{field: value})).for_field(field)


@pytest.mark.parametrize("value", ["2024", "2024-02", "2024-02-29", "1800", "2200-12-31"])
def test_valid_partial_dates_are_accepted(repo, value):
    assert repo.create(Activity(title_en="Visit", start_date=value)).start_date == value


def test_negative_budget_and_participants_are_refused(repo):
    assert refused(repo, Project(title_en="P", budget=-0.01)).for_field("budget") == [
        "The budget cannot be negative."]
    assert refused(repo, Activity(title_en="A", start_date="2024", participants=-1)
                   ).for_field("participants") == [
        "The number of participants cannot be negative."]
    assert repo.create(Project(title_en="Free", budget=0.0)).budget == 0.0
    assert repo.create(Activity(title_en="Quiet", start_date="2024", participants=0)
                       ).participants == 0


@pytest.mark.parametrize("email", ["somchai", "somchai@", "@bangkok.go.th", "a b@x.org",
                                   "a@b", "a@b.c", "a@@b.org"])
def test_bad_email_is_refused(repo, make, email):
    partner = make.partner()
    error = refused(repo, Contact(name="Somchai", partner_id=partner.id, email=email))
    assert error.for_field("email") == [f"'{email}' is not an e-mail address (name@example.org)."]


@pytest.mark.parametrize("email", ["somchai@bangkok.go.th", "a.b+c@example.org"])
def test_good_email_is_accepted(repo, make, email):
    partner = make.partner()
    assert repo.create(Contact(name="S", partner_id=partner.id, email=email)).email == email


def test_empty_tag_is_refused(repo):
    assert refused(repo, Unit(name_en="U", tags=["ok", "  "])).for_field("tags")


@pytest.mark.parametrize("trashed", [False, True], ids=["missing", "trashed"])
def test_links_to_missing_or_trashed_records_are_refused(repo, make, trashed):
    partner, unit, agreement, project = (make.partner(), make.unit(), make.agreement(),
                                         make.project())
    ids = {"partner": partner.id, "unit": unit.id, "agreement": agreement.id,
           "project": project.id}
    if trashed:
        for cls, record_id in ((Partner, partner.id), (Unit, unit.id),
                               (Agreement, agreement.id), (Project, project.id)):
            repo.delete(cls, record_id)
    else:
        ids = {k: v + 100 for k, v in ids.items()}
    word = "is in the trash" if trashed else "There is no"

    def check(record: Record, *fields: str) -> None:
        error = refused(repo, record)
        for field in fields:
            [message] = error.for_field(field)
            assert word in message

    check(Agreement(title_en="A", party_ids=[ids["partner"]]), "party_ids")
    check(Project(title_en="P", partner_ids=[ids["partner"]], unit_ids=[ids["unit"]],
                  agreement_id=ids["agreement"]), "partner_ids", "unit_ids", "agreement_id")
    check(Activity(title_en="A", start_date="2024", partner_ids=[ids["partner"]],
                   project_id=ids["project"], agreement_id=ids["agreement"]),
          "partner_ids", "project_id", "agreement_id")
    check(Contact(name="C", partner_id=ids["partner"]), "partner_id")


# -- all problems at once, nothing written -------------------------------------------------
def test_one_error_lists_every_problem_with_field_names(repo):
    error = refused(repo, Partner(name_en="", kind="organisation", country="ZZ",
                                  status="gone", latitude=100.0, website="example.org"))
    assert fields_of(error) == {"name_en", "org_type", "country", "status", "latitude",
                                "website"}
    text = str(error)
    for field in ("name_en:", "org_type:", "country:", "status:", "latitude:", "website:"):
        assert field in text


def test_one_error_lists_every_problem_of_an_activity(repo):
    error = refused(repo, Activity(title_en="", activity_type="x", start_date="2024-02-30",
                                   end_date="later", participants=-5, partner_ids=[5, 6]))
    assert fields_of(error) == {"title_en", "activity_type", "start_date", "end_date",
                                "participants", "partner_ids"}
    assert len(error.for_field("partner_ids")) == 2


def test_failed_create_leaves_database_unchanged(repo, make):
    partner = make.partner(name_en="Seoul", country="KR")
    before = table_counts(repo)
    refused(repo, Agreement(title_en="Bad", party_ids=[partner.id, 99], tags=["new-tag"],
                            sdgs=[40]))
    refused(repo, Partner(name_en="seoul", country="KR", tags=["dup"]))
    assert table_counts(repo) == before
    assert not repo.conn.in_transaction


def test_failed_update_leaves_record_and_history_unchanged(repo, make):
    agreement = make.agreement(signed_date="2020")
    agreement.title_en = "Renamed"
    agreement.expiry_date = "2019"
    before = table_counts(repo)
    refused_update(repo, agreement)
    assert repo.get(Agreement, agreement.id).title_en != "Renamed"
    assert table_counts(repo) == before
    assert len(repo.history(Agreement, agreement.id)) == 1


def test_problems_returns_empty_list_for_a_valid_record(repo):
    assert validation.problems(repo.conn, Partner(name_en="Seoul", country="KR")) == []


# -- text: what can be typed, pasted or imported ---------------------------------------------
@pytest.mark.parametrize("value, message", [
    ("Os\x00aka", "Character 3 is an invisible control character (U+0000); remove it."),
    ("Osaka\x07", "Character 6 is an invisible control character (U+0007); remove it."),
    ("\x1b[31mOsaka", "Character 1 is an invisible control character (U+001B); remove it."),
    ("Osa\x85ka", "Character 4 is an invisible control character (U+0085); remove it."),
    ("Osaka\x7f", "Character 6 is an invisible control character (U+007F); remove it."),
    ("Osaka\tCity", "Character 6 is an invisible control character (U+0009); remove it."),
    ("Osaka\nCity", "A line break is not allowed here; write this on one line."),
    ("Os\udc8aka", "Character 3 is not valid text (U+DC8A, left by bytes that could not be "
                   "decoded); retype it."),
])
def test_control_characters_in_a_name_are_refused_naming_the_field(repo, value, message):
    error = refused(repo, Partner(name_en=value, country="JP"))
    assert error.for_field("name_en") == [message]
    assert repo.count(Partner) == 0


def test_notes_may_hold_line_breaks_and_tabs_but_no_other_controls(repo):
    saved = repo.create(Partner(name_en="Osaka", country="JP",
                                notes="Visit 2024:\r\n\t- MOU signed\n\t- next: 2025"))
    assert repo.get(Partner, saved.id).notes == "Visit 2024:\r\n\t- MOU signed\n\t- next: 2025"
    error = refused(repo, Agreement(title_en="MOU", notes="sig\x0cned"))
    assert error.for_field("notes") == [
        "Character 4 is an invisible control character (U+000C); remove it."]


@pytest.mark.parametrize("record, field, allowed", [
    (Partner(name_en="{}", country="JP"), "name_en", 300),
    (Agreement(title_en="MOU", title_th="{}"), "title_th", 300),
    (Partner(name_en="Osaka", country="JP", acronym="{}"), "acronym", 50),
    (Partner(name_en="Osaka", country="JP", website="https://x.org/{}"), "website", 2_000),
    (Project(title_en="Flood", outcomes="{}"), "outcomes", 32_767),
    (Partner(name_en="Osaka", country="JP", notes="{}"), "notes", 32_767),
])
def test_text_lengths_are_bounded_by_field_kind(repo, record, field, allowed):
    def with_length(n: int) -> Record:
        value = getattr(record, field)
        return dataclasses.replace(record, **{field: value.replace(
            "{}", "x" * (n - len(value) + 2))})

    saved = repo.create(with_length(allowed))
    assert len(getattr(repo.get(type(record), saved.id), field)) == allowed
    repo.delete(type(record), saved.id)
    error = refused(repo, with_length(allowed + 1))
    assert error.for_field(field) == [f"This text is {allowed + 1:,} characters long; at most "
                                      f"{allowed:,} are allowed here."]


def test_a_name_too_long_for_excel_is_refused_before_it_can_be_duplicated(repo):
    error = refused(repo, Partner(name_en="N" * 100_000, country="JP"))
    assert error.for_field("name_en") == [
        "This text is 100,000 characters long; at most 300 are allowed here."]


def test_a_tag_with_a_control_character_is_refused(repo):
    error = refused(repo, Partner(name_en="Osaka", country="JP", tags=["ok", "bad\x08"]))
    assert error.for_field("tags") == [
        "Tag “bad\ufffd”: Character 4 is an invisible control character (U+0008); remove it."]


def test_records_already_holding_such_text_still_open_and_say_why_on_saving(repo, make):
    partner = make.partner(name_en="Osaka")
    long_name = "Osaka " * 100
    with repo.db.transaction() as conn:  # as an older version of the app could store it
        conn.execute("UPDATE partners SET name_en = ?, notes = ? WHERE id = ?",
                     (long_name, "bell\x07", partner.id))
    record = repo.get(Partner, partner.id)
    assert (record.name_en, record.notes) == (long_name, "bell\x07")
    with pytest.raises(ValidationError) as info:
        repo.update(record)
    assert fields_of(info.value) == {"name_en", "notes"}
    repo.delete(Partner, partner.id)
    restored = repo.restore(Partner, partner.id)  # put back as it was, to be corrected
    assert restored.notes == "bell\x07"
    fixed = repo.update(dataclasses.replace(restored, name_en="Osaka", notes="bell"))
    assert (fixed.name_en, fixed.notes) == ("Osaka", "bell")


# -- properties ----------------------------------------------------------------------------
_STRING_FIELDS = {
    cls: [f.name for f in dataclasses.fields(cls)
          if "str" in str(f.type) and "list" not in str(f.type)
          and f.name not in ("created_at", "updated_at", "updated_by", "deleted_at")]
    for cls in (Partner, Unit, Agreement, Project, Activity, Contact)
}
_VALID = {
    Partner: {"name_en": "Base City", "country": "TH"},
    Unit: {"name_en": "Base Unit"},
    Agreement: {"title_en": "Base agreement"},
    Project: {"title_en": "Base project"},
    Activity: {"title_en": "Base activity", "start_date": "2024-01-01"},
    Contact: {"name": "Base person"},
}


@st.composite
def records_with_arbitrary_strings(draw: st.DrawFn) -> Record:
    cls = draw(st.sampled_from(list(_STRING_FIELDS)))
    values = dict(_VALID[cls])
    chosen = draw(st.lists(st.sampled_from(_STRING_FIELDS[cls]), min_size=1, unique=True))
    for name in chosen:
        values[name] = draw(st.text(max_size=30))
    values["tags"] = draw(st.lists(st.text(max_size=10), max_size=3))
    return cls(**values)


@settings(max_examples=50, deadline=None)
@given(records_with_arbitrary_strings())
def test_arbitrary_strings_only_ever_raise_validation_error(record):
    with Database.open(":memory:") as db:
        repo = Repository(db, user="prop")
        if isinstance(record, Contact):
            record.partner_id = repo.create(Partner(name_en="Employer", country="TH")).id
        try:
            saved = repo.create(record)
        except ValidationError as exc:
            assert exc.problems
            assert repo.count(type(record)) == 0
            audit_rows = repo.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
            assert audit_rows == (1 if isinstance(record, Contact) else 0)
        else:
            assert repo.get(type(record), saved.id) == saved


# Any text a person can type: control characters and lone surrogates are refused (below).
_text = st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=1,
                max_size=40).map(str.strip).filter(bool)
_tag = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_0123456789กขคงจ", min_size=1, max_size=12)
_date = st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2200, 12, 31))


@st.composite
def valid_records(draw: st.DrawFn) -> Record:
    which = draw(st.sampled_from(["partner", "agreement", "contact"]))
    if which == "partner":
        return Partner(
            name_en=draw(_text), name_th=draw(st.none() | _text),
            country=draw(st.sampled_from(["TH", "KR", "JP", "FR", "US", "BR"])),
            region=draw(st.sampled_from(["Southeast Asia", "Europe", "Global"])),
            status=draw(st.sampled_from(list(vocab.PARTNER_STATUSES))),
            latitude=draw(st.none() | st.floats(-90, 90)),
            longitude=draw(st.none() | st.floats(-180, 180)),
            notes=draw(st.none() | _text), source=draw(st.none() | _text),
            tags=sorted(draw(st.sets(_tag, max_size=3))))
    if which == "agreement":
        signed = draw(_date)
        expiry = draw(st.none() | st.dates(min_value=signed,
                                           max_value=dt.date(2200, 12, 31)))
        return Agreement(
            title_en=draw(_text), title_th=draw(st.none() | _text),
            agreement_type=draw(st.sampled_from(list(vocab.AGREEMENT_TYPES))),
            status=draw(st.sampled_from(list(vocab.AGREEMENT_STATUSES))),
            signed_date=draw(st.sampled_from([signed.isoformat(), signed.isoformat()[:7],
                                              signed.isoformat()[:4]])),
            expiry_date=expiry.isoformat() if expiry else None,
            sectors=sorted(draw(st.sets(st.sampled_from(list(vocab.SECTORS)), max_size=4))),
            sdgs=sorted(draw(st.sets(st.integers(1, 17), max_size=5))),
            signatories=draw(st.none() | _text))
    return Contact(name=draw(_text), email=draw(st.none() | st.emails().filter(
        lambda e: validation._EMAIL.match(e) is not None)),
        is_focal_point=draw(st.booleans()), languages=draw(st.none() | _text))


def _user_fields(record: Record) -> dict[str, object]:
    skip = {"id", "version", "created_at", "updated_at", "updated_by", "deleted_at",
            "partner_id"}
    return {k: v for k, v in dataclasses.asdict(record).items() if k not in skip}


@settings(max_examples=50, deadline=None)
@given(valid_records())
def test_valid_records_round_trip_unchanged(record):
    with Database.open(":memory:") as db:
        repo = Repository(db, user="prop")
        if isinstance(record, Contact):
            record.partner_id = repo.create(Partner(name_en="Employer", country="TH")).id
        saved = repo.create(record)
        got = repo.get(type(record), saved.id)
    assert got == saved
    assert _user_fields(got) == _user_fields(record)
