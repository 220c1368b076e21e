"""Files written by every earlier schema version (tests/fixtures/schema_vN.db, made by
tests/fixtures/make_fixtures.py and committed) open with today's code: they are migrated to
the current version, a copy of the old file is kept first, every record, link, tag, setting,
attachment and audit entry survives, Thai search finds the old records and `check` is clean."""

from __future__ import annotations

import hashlib
import importlib.util
import shutil
import sqlite3
from pathlib import Path

import pytest

from bkk_relations.cli import commands as cli
from bkk_relations.core.errors import NotFoundError
from bkk_relations.core.records import attachments
from bkk_relations.core.records.models import (
    Activity,
    Agreement,
    Contact,
    Goal,
    Partner,
    Project,
    Unit,
)
from bkk_relations.core.records.repository import Query, Repository
from bkk_relations.core.register import Register
from bkk_relations.core.storage import schema
from bkk_relations.core.storage.database import Database
from bkk_relations.core.views import lists, search, stats

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
_spec = importlib.util.spec_from_file_location("make_fixtures", FIXTURES / "make_fixtures.py")
assert _spec and _spec.loader
data = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(data)

EARLIER = list(range(1, schema.SCHEMA_VERSION))
CLASSES = {"units": Unit, "partners": Partner, "agreements": Agreement, "projects": Project,
           "activities": Activity, "contacts": Contact}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def user_version(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def test_every_earlier_schema_version_has_a_fixture_file():
    missing = [v for v in EARLIER if not data.fixture_path(v).is_file()]
    assert not missing, (f"no fixture for schema version(s) {missing}: run "
                         ".venv/bin/python tests/fixtures/make_fixtures.py and commit the files")
    assert EARLIER, "there is no earlier schema version to test"
    for version in EARLIER:
        assert user_version(data.fixture_path(version)) == version
    stray = sorted(p.name for p in FIXTURES.glob("*.db-*"))
    assert not stray, f"a committed fixture was opened in place (not copied): {stray}"


@pytest.fixture(params=EARLIER, ids=[f"v{v}" for v in EARLIER])
def old_copy(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[int, Path]:
    """A copy of one fixture in an empty folder, with its attached file in the attachments
    folder beside it; the committed file is never opened."""
    version = request.param
    original = data.fixture_path(version)
    before = sha256(original)
    path = tmp_path / "office.db"
    shutil.copyfile(original, path)
    blob = attachments.blob_path(attachments.store_dir(str(path)), data.ATTACHMENTS[0]["sha256"])
    blob.parent.mkdir(parents=True)
    blob.write_bytes(data.ATTACHMENT_BYTES)
    yield version, path
    assert sha256(original) == before


def _migrated(path: Path) -> Database:
    db = Database.open(path)
    assert db.schema_version == schema.SCHEMA_VERSION
    return db


def test_records_fields_and_links_survive(old_copy):
    _, path = old_copy
    with _migrated(path) as db:
        repo = Repository(db, user="tester")
        for table, rows in data.TABLES.items():
            for row in rows:
                record = repo.get(CLASSES[table], row["id"], include_deleted=True)
                for field, value in row.items():
                    if field == "is_focal_point":
                        value = bool(value)
                    assert getattr(record, field) == value, (table, row["id"], field)
                assert record.version == row.get("version", 1)
                assert record.updated_by == data.OLD_USER
        for owner_cls, attr, links in (
                (Agreement, "party_ids", data.AGREEMENT_PARTIES),
                (Agreement, "sectors", data.AGREEMENT_SECTORS),
                (Agreement, "sdgs", data.AGREEMENT_SDGS),
                (Project, "partner_ids", data.PROJECT_PARTNERS),
                (Project, "unit_ids", data.PROJECT_UNITS),
                (Project, "sectors", data.PROJECT_SECTORS),
                (Project, "sdgs", data.PROJECT_SDGS),
                (Activity, "partner_ids", data.ACTIVITY_PARTNERS)):
            for owner_id, values in links.items():
                assert getattr(repo.get(owner_cls, owner_id), attr) == sorted(values)
        assert repo.get(Partner, 3).tags == ["ขยะ"]
        assert repo.get(Project, 1).tags == ["ขยะ"]
        assert repo.get(Partner, 1).tags == ["priority"]
        for key, value in data.SETTINGS.items():
            assert db.get_setting(key) == value
        rows = [dict(r) for r in db.conn.execute("SELECT * FROM attachments ORDER BY id")]
        assert [{k: r[k] for k in data.ATTACHMENTS[0]} for r in rows] == data.ATTACHMENTS
        assert attachments.missing(Register(db)) == []


def test_trash_and_history_survive(old_copy):
    _, path = old_copy
    with _migrated(path) as db:
        repo = Repository(db, user="tester")
        with pytest.raises(NotFoundError):
            repo.get(Partner, 5)
        assert [(t.entity, t.id) for t in repo.trash()] == [("partner", 5)]
        seoul = repo.history(Partner, 2)
        assert [e.action for e in seoul] == ["create", "update", "update"]
        assert {e.user for e in seoul} == {data.OLD_USER}
        assert seoul[0].changes["name_th"] == [None, "โซล"]
        assert stats.counts(Register(db))["audit_entries"] == sum(
            len(rows) for rows in data.TABLES.values()) + 3


@pytest.mark.parametrize(("text", "expected"), [
    ("ปักกิ่ง", {("partner", 1), ("agreement", 1)}),
    ("โซล", {("partner", 2)}),
    ("ขยะ", {("agreement", 2), ("project", 1)}),
    ("ฟุกุโอกะ", {("partner", 3), ("activity", 1)}),
    ("ศาลาว่าการ", {("activity", 1)}),
    ("พิธีการ", {("contact", 1)}),
    ("สิ่งแวดล้อม", {("unit", 2)}),
    ("เมืองพี่เมืองน้อง", {("agreement", 1), ("activity", 2)}),
    ("ฉงชิ่ง", set()),  # in the trash
    ("CityNet", {("partner", 4)}),
])
def test_thai_search_finds_the_old_records(old_copy, text, expected):
    _, path = old_copy
    with _migrated(path) as db:
        hits = {(h.entity, h.id) for h in search.search(Register(db), text)}
    assert hits == expected


def test_check_is_clean_and_the_file_works_on(old_copy):
    _, path = old_copy
    with _migrated(path) as db:
        assert stats.integrity_problems(Register(db)) == []
        repo = Repository(db, user="tester")
        seoul = repo.get(Partner, 2)
        seoul.name_th = "กรุงโซล"
        assert repo.update(seoul).version == 4
        new = repo.create(Partner(name_en="Ho Chi Minh City", name_th="นครโฮจิมินห์",
                                  country="VN"))
        assert new.id == 6
        assert repo.list(Partner, Query(text="โฮจิมินห์")).total == 1
        assert {(h.entity, h.id) for h in search.search(Register(db), "กรุงโซล")} == {("partner", 2)}
        assert stats.integrity_problems(Register(db)) == []
    assert cli.main(["check", "--db", str(path)]) == 0


def test_the_old_records_are_listed_in_the_readers_order(old_copy):
    """Thai names in dictionary order (เครือข่าย… under ค, โซล under ซ, before ปักกิ่ง) and
    the shipped SDGs' goals by number, a page at a time, as the upgraded file sorts them."""
    _, path = old_copy
    with _migrated(path) as db:
        reg = Register(db)
        pages = [lists.table_rows(reg, Partner, Query(limit=2, offset=n), "th")
                 for n in (0, 2)]
        assert [r[lists.LABEL] for page in pages for r in page] == [
            "เครือข่ายเมืองซิตี้เน็ต", "โซล", "ปักกิ่ง", "ฟุกุโอกะ"]
        assert [r["name_en"] for r in lists.table_rows(reg, Partner, Query(), "en")] == [
            "Beijing", "CityNet", "Fukuoka", "Seoul"]
        sdgs = db.conn.execute("SELECT id FROM frameworks WHERE builtin = 'sdgs'").fetchone()[0]
        codes = [r["code"] for r in lists.table_rows(reg, Goal, Query(framework_id=sdgs))]
        assert codes == [str(n) for n in range(1, 18)]
        # a record saved after the upgrade takes its place among them
        Repository(db).create(Partner(name_en="Chiang Mai", name_th="เชียงใหม่", country="TH"))
        assert [r[lists.LABEL] for r in lists.table_rows(reg, Partner, language="th")] == [
            "เครือข่ายเมืองซิตี้เน็ต", "เชียงใหม่", "โซล", "ปักกิ่ง", "ฟุกุโอกะ"]


def test_a_copy_of_the_old_file_is_kept_once(old_copy):
    version, path = old_copy
    with _migrated(path):
        pass
    copies = sorted(path.parent.glob(f"office.before-v{schema.SCHEMA_VERSION}-*.db"))
    assert len(copies) == 1
    assert user_version(copies[0]) == version
    conn = sqlite3.connect(f"file:{copies[0]}?mode=ro&immutable=1", uri=True)
    try:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        names = [r[0] for r in conn.execute("SELECT name_th FROM partners ORDER BY id")]
    finally:
        conn.close()
    assert names == [p["name_th"] for p in data.PARTNERS]
    with _migrated(path):  # already current: no second copy
        pass
    assert sorted(path.parent.glob("office.before-*")) == copies
