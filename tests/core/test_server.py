"""What only a shared server has: several logins and machines at once, roles, the way
back and forth to a file, and the messages when the server cannot be used."""

from __future__ import annotations

import itertools
import os
import secrets

import pytest
from conftest import run_cli
from pg_support import with_schema

from bkk_relations.core.errors import ConflictError, DatabaseOpenError
from bkk_relations.core.records import audit
from bkk_relations.core.records.models import Partner, Unit
from bkk_relations.core.records.repository import Repository
from bkk_relations.core.register import Register
from bkk_relations.core.storage import pg_schema, redact
from bkk_relations.core.storage.database import Database
from bkk_relations.core.storage.pg_store import ReadOnlyLoginError, ServerConnectionError
from bkk_relations.core.storage.transfer import CopyError, copy_between, database_check
from bkk_relations.core.views import search


def as_login(url: str, login: str, password: str) -> str:
    scheme, rest = url.split("://", 1)
    return f"{scheme}://{login}:{password}@{rest.split('@', 1)[1]}"


@pytest.fixture
def server_db(pg_url):
    with Database.open(pg_url) as db:
        yield db


def test_second_save_of_the_same_record_from_another_machine_is_a_conflict(pg_url):
    with Database.open(pg_url) as first, Database.open(pg_url) as second:
        mine, theirs = Repository(first, user="somchai"), Repository(second, user="malee")
        created = mine.create(Partner(name_en="Kyoto", country="JP"))
        a, b = mine.get(Partner, created.id), theirs.get(Partner, created.id)
        a.notes = "Met the mayor in May"
        mine.update(a)
        b.notes = "Budget agreed"
        with pytest.raises(ConflictError) as caught:
            theirs.update(b)
        assert "somchai" in str(caught.value)
        # Nothing lost: the first save stands, and the second can be made on top of it.
        assert theirs.get(Partner, created.id).notes == "Met the mayor in May"
        fresh = theirs.get(Partner, created.id)
        fresh.notes += "; budget agreed"
        assert theirs.update(fresh).version == 3


def test_other_connections_changes_are_noticed_but_not_our_own(pg_url):
    with Database.open(pg_url) as watcher, Database.open(pg_url) as editor:
        start = watcher.data_version()
        Repository(watcher).create(Partner(name_en="Own change", country="JP"))
        assert watcher.data_version() == start
        Repository(editor).create(Partner(name_en="Their change", country="JP"))
        assert watcher.data_version() != start


def test_saves_of_the_windows_own_writer_are_not_another_users(pg_url):
    with Database.open(pg_url) as window, Database.open(pg_url) as writer, \
            Database.open(pg_url) as colleague:
        window.own_writer(writer)  # the window saves through a connection of its own
        start = window.data_version()
        Repository(writer).create(Partner(name_en="Imported here", country="JP"))
        assert window.data_version() == start
        Repository(colleague).create(Partner(name_en="Saved elsewhere", country="KR"))
        assert window.data_version() != start


def test_audit_log_records_each_login(pg_url, pg_server):
    run = run_cli("server-setup", "--db", pg_url, "--add-editor", "officer_a",
                  "--add-editor", "officer_b", "--password-env", "BKK_TEST_PW",
                  env_extra={"BKK_TEST_PW": "secret-a"})
    assert run.returncode == 0, run.stderr
    ids = []
    for login in ("officer_a", "officer_b"):
        with Database.open(as_login(pg_url, login, "secret-a")) as db:
            assert not db.read_only
            ids.append(Repository(db).create(Partner(name_en=f"City of {login}",
                                                     country="KR")).id)
    with Database.open(pg_url) as db:
        users = [audit.history(db.conn, "partner", i)[0].user for i in ids]
    assert users == ["officer_a", "officer_b"]


def test_read_only_login_reads_but_is_refused_on_write(pg_url):
    with Database.open(pg_url) as db:
        Repository(db).create(Partner(name_en="Seoul", name_th="โซล", country="KR"))
    run = run_cli("server-setup", "--db", pg_url, "--add-reader", "manager_ro",
                  "--password-env", "BKK_TEST_PW", env_extra={"BKK_TEST_PW": "look-only"})
    assert run.returncode == 0, run.stderr
    assert "manager_ro may only read" in run.stdout
    with Database.open(as_login(pg_url, "manager_ro", "look-only")) as db:
        assert db.read_only
        repo = Repository(db)
        assert [p.name_en for p in repo.list(Partner).records] == ["Seoul"]
        assert search.search(Register(db), "โซล")[0].label == "Seoul"
        with pytest.raises(ReadOnlyLoginError, match="may only read"):
            repo.create(Partner(name_en="Busan", country="KR"))
        # Even SQL that skips the app's own check is refused by the server.
        with pytest.raises(ReadOnlyLoginError, match="may only read"):
            db.conn.execute("UPDATE partners SET notes = 'x'")
    with Database.open(pg_url) as db:
        assert [p.name_en for p in Repository(db).list(Partner).records] == ["Seoul"]


def test_copy_file_to_server_and_back_gives_identical_data(demo_path, pg_url, tmp_path):
    back = tmp_path / "back.db"
    with Database.open(demo_path) as src, Database.open(pg_url) as server:
        report = copy_between(src, server)
        assert report.counts["partners"] > 20 and report.counts["audit_log"] > 100 - 1
        with Database.create(back) as dest:
            copy_between(server, dest)
            assert database_check(dest) == database_check(src)
        # The copy on the server works as the original: search, ids for new records.
        assert search.search(Register(server), "กรุงเทพ")
        new = Repository(server).create(Partner(name_en="After the copy", country="JP"))
        assert new.id > max(p.id for p in Repository(src).list(Partner).records)


def test_copy_refuses_a_database_that_holds_records(demo_path, server_db):
    Repository(server_db).create(Partner(name_en="Already here", country="JP"))
    with Database.open(demo_path) as src, pytest.raises(CopyError, match="already holds"):
        copy_between(src, server_db)
    assert [p.name_en for p in Repository(server_db).list(Partner).records] == ["Already here"]


def test_cli_copy_round_trip_is_verified(demo_path, pg_url, tmp_path):
    there = run_cli("copy", "--from", demo_path, "--to", pg_url, "--quiet")
    assert there.returncode == 0, there.stderr
    assert "bkk_admin:" not in there.stdout  # no password in what is printed
    back = tmp_path / "back.db"
    assert run_cli("copy", "--from", pg_url, "--to", back, "--quiet").returncode == 0
    with Database.open(demo_path) as a, Database.open(back) as b:
        assert database_check(a) == database_check(b)
    again = run_cli("copy", "--from", demo_path, "--to", pg_url, "--quiet")
    assert again.returncode == 1 and "already holds data" in again.stderr


def test_wrong_password_is_explained(pg_url):
    wrong = as_login(pg_url, "bkk_admin", "not-the-password")
    with pytest.raises(ServerConnectionError, match="refused the user name or password"):
        Database.open(wrong)
    result = run_cli("stats", "--db", wrong)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "not-the-password" not in result.stderr


def test_unreachable_server_is_explained():
    url = "postgresql://someone:pw@127.0.0.1:1/register?connect_timeout=2"
    with pytest.raises(ServerConnectionError, match="cannot be reached"):
        Database.open(url)


def test_unknown_database_is_explained(pg_url):
    url = pg_url.split("?")[0].rsplit("/", 1)[0] + "/no_such_register"
    with pytest.raises(ServerConnectionError, match="no database by that name"):
        Database.open(url)


def test_newer_schema_is_refused_and_left_alone(server_db, pg_url):
    server_db.conn.raw_execute("UPDATE bkk_schema SET version = 99")
    with pytest.raises(DatabaseOpenError, match="newer version"):
        Database.open(pg_url)
    assert server_db.conn.raw_execute("SELECT version FROM bkk_schema").fetchone()[0] == 99


def test_another_applications_database_is_refused(pg_server):
    url = pg_server.new_url()
    pg_server.conn.execute(f"CREATE TABLE {url.split('%3D')[1].split('%2C')[0]}.invoices "
                           "(id int)")
    with pytest.raises(DatabaseOpenError, match="another application"):
        Database.open(url)
    pg_server.drop(url)


def test_older_server_schema_is_upgraded(pg_url):
    from bkk_relations.core.storage import pg_store

    conn = pg_store.connect(pg_url)
    pg_schema.migrate(conn, target=1)
    conn.execute("INSERT INTO partners (kind, name_en, name_key, created_at, updated_at) "
                 "VALUES ('city', 'Osaka', 'osaka', '2020-01-01', '2020-01-01')")
    conn.close()
    with Database.open(pg_url) as db:
        assert db.schema_version == pg_schema.SCHEMA_VERSION
        assert search.search(Register(db), "Osaka")[0].label == "Osaka"  # indexed on upgrade


def test_server_path_never_shows_the_password(server_db, pg_url):
    assert "bkk_admin:bkk_admin" in pg_url
    assert server_db.path == redact(pg_url) and "bkk_admin:" not in server_db.path
    assert server_db.target == pg_url


QUERIES = ["กรุงเทพ", "โซล", "seoul", "SEOUL", "waste", "climate", "ญี่ปุ่น", "มหานคร",
           "Tokyo Metropolitan", "xyzzy", "ab", "C40"]


def test_search_finds_the_same_records_on_a_file_and_on_the_server(demo_path, server_db):
    with Database.open(demo_path) as src:
        copy_between(src, server_db)
        for q in QUERIES:
            on_file = [(h.entity, h.id) for h in search.search(Register(src), q, limit=200)]
            on_server = [(h.entity, h.id) for h in search.search(Register(server_db), q, limit=200)]
            assert on_server == on_file, q
    assert search.search(Register(server_db), "กรุงเทพ")  # Thai substrings are found


def test_attachments_live_in_the_servers_shared_folder(pg_url, tmp_path):
    from bkk_relations.core.records import attachments

    shared = tmp_path / "shared"
    shared.mkdir()
    with Database.open(pg_url) as db:
        partner = Repository(db).create(Partner(name_en="Hue", country="VN"))
        with pytest.raises(Exception, match="shared attachments folder"):
            attachments.store_dir(Register(db))
    run = run_cli("server-setup", "--db", pg_url, "--attachments-folder", shared)
    assert run.returncode == 0, run.stderr
    doc = tmp_path / "mou.pdf"
    doc.write_bytes(b"%PDF-1.4 memorandum")
    with Database.open(pg_url) as db:
        att = attachments.attach(Register(db), "partner", partner.id, doc)
        assert attachments.file_of(Register(db), att).read_bytes() == doc.read_bytes()
        assert attachments.file_of(Register(db), att).is_relative_to(shared)
        assert [a.original_name for a in attachments.list_for(Register(db), "partner",
                                                               partner.id)] == ["mou.pdf"]


def test_two_apps_setting_up_the_same_empty_server_take_turns(pg_url):
    import threading

    opened, errors = [], []

    def open_it() -> None:
        try:
            with Database.open(pg_url) as db:
                opened.append(db.schema_version)
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert opened == [pg_schema.SCHEMA_VERSION] * 3


def test_a_lost_session_is_replaced_without_losing_saved_work(pg_url, pg_server):
    with Database.open(pg_url) as db:
        repo = Repository(db)
        repo.create(Partner(name_en="Before the restart", country="JP"))
        seen = db.data_version()
        # The server ends the session (a restart, a dropped network): reading goes on...
        pg_server.admin.execute("SELECT pg_terminate_backend(%s)", (db.conn._pid,))
        assert [p.name_en for p in repo.list(Partner).records] == ["Before the restart"]
        assert db.data_version() != seen  # views refresh: changes may have been missed
        # ...and so does saving, as is noticing other officers' saves.
        repo.create(Partner(name_en="After the restart", country="JP"))
        before = db.data_version()
        with Database.open(pg_url) as other:
            Repository(other).create(Partner(name_en="From elsewhere", country="KR"))
        assert db.data_version() != before
        assert repo.count(Partner) == 3


def test_a_session_lost_inside_a_save_is_reported_and_nothing_half_saved(pg_url, pg_server):
    with Database.open(pg_url) as db:
        repo = Repository(db)
        with pytest.raises(ServerConnectionError, match="was lost"), db.transaction() as conn:
            conn.execute("INSERT INTO units (name_en, unit_type, created_at, updated_at) "
                         "VALUES ('Half', 'bureau', 'x', 'x')")
            pg_server.admin.execute("SELECT pg_terminate_backend(%s)", (db.conn._pid,))
            conn.execute("SELECT 1")
        assert repo.count(Unit) == 0  # the next statement works again, and nothing was kept


# -- hostile or careless use of the server: roles, the audit log, passwords ---------------
_names = itertools.count(1)


def unique(stem: str) -> str:
    """A role name no other test (nor another session on the shared server) uses."""
    return f"i11_{stem}_{os.getpid()}_{next(_names)}"


@pytest.fixture
def owned(pg_server):
    """A schema owned by a login of its own with CREATEROLE, as an office's ``bkk_owner``:
    (login, password, URL). Every role made under it is dropped afterwards."""
    owner, password = unique("owner"), f"Owner-Pw-{secrets.token_hex(4)}"
    pg_server.admin.execute(f"CREATE ROLE {owner} LOGIN CREATEROLE PASSWORD '{password}'")
    schema = f"s_{owner}"
    pg_server.conn.execute(f"CREATE SCHEMA {schema} AUTHORIZATION {owner}")
    url = as_login(with_schema(pg_server.url, schema), owner, password)
    made: list[str] = [owner]
    yield owner, password, url, made
    pg_server.conn.execute(f"DROP SCHEMA {schema} CASCADE")
    for role in reversed(made):
        if pg_server.admin.execute("SELECT 1 FROM pg_roles WHERE rolname = %s",
                                   (role,)).fetchone():
            pg_server.conn.execute(f"DROP OWNED BY {role}")
            pg_server.admin.execute(f"DROP ROLE {role}")


def setup(url: str, *args: str, password: str = "officer-pw"):
    return run_cli("server-setup", "--db", url, *args, "--password-env", "BKK_TEST_PW",
                   env_extra={"BKK_TEST_PW": password})


def test_an_editor_added_as_a_reader_can_no_longer_write(owned):
    _, _, url, made = owned
    login = unique("officer")
    made.append(login)
    assert setup(url, "--add-editor", login, password="pw-1").returncode == 0
    with Database.open(as_login(url, login, "pw-1")) as db:
        assert not db.read_only
    result = setup(url, "--add-reader", login, password="pw-2")
    assert result.returncode == 0, result.stderr
    assert f"login {login} may only read" in result.stdout
    with Database.open(as_login(url, login, "pw-2")) as db:
        assert db.read_only
        with pytest.raises(ReadOnlyLoginError):  # plain SQL is refused by the server too
            db.conn.execute("UPDATE partners SET notes = 'x'")


@pytest.mark.parametrize("whose", ["the owner", "another administrator", "another program"])
def test_server_setup_never_changes_a_login_that_is_not_an_officers(owned, pg_server, whose):
    owner, password, url, made = owned
    if whose == "the owner":
        login, old = owner, password
    else:
        login, old = unique("other"), "their-own-pw"
        made.append(login)
        rights = "CREATEROLE" if whose == "another administrator" else ""
        pg_server.admin.execute(f"CREATE ROLE {login} LOGIN {rights} PASSWORD '{old}'")
    for option in ("--add-reader", "--add-editor"):
        result = setup(url, option, login, password="taken-over")
        assert result.returncode == 1
        assert "its password and rights were not changed" in result.stderr
        assert result.stderr.count("\n") == 1
    theirs = as_login(url, login, old)
    with pytest.raises(ServerConnectionError, match="refused the user name or password"):
        Database.open(as_login(url, login, "taken-over"))
    for role in (pg_schema.READ_ROLE, pg_schema.EDIT_ROLE):
        assert not pg_server.admin.execute(
            "SELECT pg_has_role(%s, %s, 'MEMBER')", (login, role)).fetchone()[0]
    if whose == "the owner":
        with Database.open(theirs) as db:
            assert not db.read_only


def test_the_audit_log_only_grows_for_an_editor(owned, tmp_path):
    owner, _, url, made = owned
    editor = unique("editor")
    made.append(editor)
    assert setup(url, "--add-editor", editor, password="pw-e").returncode == 0
    editor_url = as_login(url, editor, "pw-e")
    # The app's own writes go on working: save, delete, restore, purge, import and its undo.
    with Database.open(editor_url) as db:
        repo = Repository(db)
        partner = repo.create(Partner(name_en="Hue", country="VN"))
        partner.notes = "met in May"
        repo.update(partner)
        repo.delete(Partner, partner.id)
        repo.restore(Partner, partner.id)
        repo.delete(Partner, partner.id)
        repo.purge(Partner, partner.id)
    sheet = tmp_path / "partners.csv"
    sheet.write_text("Name,Country\nDa Nang,Vietnam\n", encoding="utf-8")
    assert run_cli("import", "--db", editor_url, sheet, "--type", "partners").returncode == 0
    assert run_cli("undo-import", "--db", editor_url).returncode == 0
    with Database.open(url) as db:
        before = database_check(db)["audit_log"]
        db.conn.raw_execute(f"GRANT UPDATE, DELETE, TRUNCATE ON audit_log TO "
                            f"{pg_schema.EDIT_ROLE}")  # as an older set-up granted
    assert before.rows >= 8
    with Database.open(editor_url) as db:
        for sql in ('UPDATE audit_log SET "user" = \'someone else\'', "DELETE FROM audit_log",
                    "TRUNCATE audit_log"):
            with pytest.raises(ReadOnlyLoginError):
                db.conn.execute(sql)
        # An entry added by hand carries the login that added it, whatever it claims.
        db.conn.execute('INSERT INTO audit_log (ts, "user", action, entity, record_id) '
                        "VALUES ('2001-01-01', 'director', 'delete', 'partner', 1)")
    with Database.open(url) as db:
        users = [r[0] for r in db.conn.execute('SELECT "user" FROM audit_log ORDER BY id')]
        assert database_check(db)["audit_log"].rows == before.rows + 1
        db.conn.execute("UPDATE audit_log SET changes = '{}' WHERE id = 1")  # the owner may
    assert set(users) == {editor}


def test_a_server_set_up_earlier_gets_its_audit_log_guarded_by_the_owner(owned):
    _, _, url, made = owned
    editor = unique("editor")
    made.append(editor)
    assert setup(url, "--add-editor", editor, password="pw-e").returncode == 0
    with Database.open(url) as db:  # as an earlier version left it
        db.conn.raw_execute(f"DROP TRIGGER {pg_schema.AUDIT_GUARD} ON audit_log")
    result = run_cli("check", "--db", as_login(url, editor, "pw-e"))
    assert result.returncode == 1 and "audit log is not protected" in result.stdout
    with Database.open(url):  # the owner opens it
        pass
    assert run_cli("check", "--db", as_login(url, editor, "pw-e")).returncode == 0


def test_only_the_owner_copies_history_onto_a_server(owned, demo_path):
    _, _, url, made = owned
    editor = unique("editor")
    made.append(editor)
    assert setup(url, "--add-editor", editor, password="pw-e").returncode == 0
    result = run_cli("copy", "--from", demo_path, "--to", as_login(url, editor, "pw-e"),
                     "--quiet")
    assert result.returncode == 1 and "only the database owner's login" in result.stderr
    assert run_cli("copy", "--from", demo_path, "--to", url, "--quiet").returncode == 0


def test_a_password_in_the_urls_query_is_never_shown_or_logged(owned, tmp_path):
    owner, password, url, _ = owned
    in_query = url.replace(f"{owner}:{password}@", f"{owner}@") + f"&password={password}"
    sheet = tmp_path / "partners.csv"
    sheet.write_text("Name,Country\nDa Nang,Vietnam\n", encoding="utf-8")
    runs = [run_cli("demo", "--db", in_query),
            run_cli("--verbose", "check", "--db", in_query),
            run_cli("--verbose", "stats", "--db", in_query),
            run_cli("import", "--db", in_query, sheet, "--type", "partners"),
            run_cli("copy", "--from", in_query, "--to", tmp_path / "copy.db", "--quiet"),
            run_cli("export", "--db", in_query, "--report", "partners", "--out",
                    tmp_path / "nowhere" / "p.xlsx"),
            run_cli("stats", "--db", in_query.replace(password, password + "-wrong"))]
    assert [r.returncode for r in runs] == [0, 0, 0, 0, 0, 2, 1]
    for result in runs:
        assert password not in result.stdout + result.stderr
    assert "opened postgresql://" in runs[1].stderr  # the log line is there, without it
    with Database.open(in_query) as db:
        assert password not in db.path


@pytest.mark.parametrize(("text", "shown"), [
    ("postgresql://u:Pw1@db:5432/reg", "postgresql://u@db:5432/reg"),
    ("postgresql://u@db/reg?password=Pw1&sslmode=require", "postgresql://u@db/reg?sslmode=require"),
    ("postgresql://u@db/reg?sslmode=require&PASSWORD=Pw1", "postgresql://u@db/reg?sslmode=require"),
    ("postgresql://u@db/reg?pass%77ord=Pw1#x", "postgresql://u@db/reg#x"),
    ("postgresql://u@db/reg?sslpassword=Pw1", "postgresql://u@db/reg"),
    ("postgres://u:Pw1@[::1/reg", "postgres://u@[::1/reg"),
    ("postgresql://u:Pw1@db:99999/reg", "postgresql://u@db:99999/reg"),
    ("postgresql://u:p@ss Pw1@db/reg", "postgresql://u@db/reg"),
    ("host=db port=5432 password=Pw1 user=u", "host=db port=5432 user=u"),
    ("host=db password = 'a \\' Pw1' user=u", "host=db user=u"),
    ("could not open postgresql://u:Pw1@db/reg?password=Pw1 (refused)",
     "could not open postgresql://u@db/reg (refused)"),
    ("The folder postgresql:/u:Pw1@db does not exist.",
     "The folder postgresql:/u@db does not exist."),
    ("/home/somchai/register.db", "/home/somchai/register.db"),
    ("--out 'register?password=Pw1&connect_timeout=2' holds ?",  # a file name cut from a URL
     "--out 'register?connect_timeout=2' holds ?"),
])
def test_redact_takes_out_every_password_a_url_or_message_can_carry(text, shown):
    assert redact(text) == shown
    assert "Pw1" not in redact(text)


def test_a_version_4_server_keeps_its_contacts_and_gains_unit_contacts(pg_url):
    from bkk_relations.core.records.models import Contact
    from bkk_relations.core.storage import pg_store
    from bkk_relations.core.views import stats

    conn = pg_store.connect(pg_url)
    pg_schema.migrate(conn, target=4)
    now = "2024-01-01T00:00:00+00:00"
    conn.execute("INSERT INTO partners (kind, name_en, name_key, country, created_at, "
                 "updated_at) VALUES ('city', 'Osaka', 'osaka', 'JP', ?, ?)", (now, now))
    conn.execute("INSERT INTO contacts (partner_id, name, created_at, updated_at) "
                 "SELECT id, 'Keiko Tanaka', ?, ? FROM partners", (now, now))
    conn.close()
    with Database.open(pg_url) as db:
        assert db.schema_version == pg_schema.SCHEMA_VERSION
        reg = Register(db)
        assert [h.label for h in search.search(reg, "Keiko")] == ["Keiko Tanaka"]
        repo = Repository(db, user="tester")
        unit = repo.create(Unit(name_en="Department of Environment"))
        focal = repo.create(Contact(name="Somchai", unit_id=unit.id, is_focal_point=True))
        assert repo.get(Contact, focal.id).unit_id == unit.id
        assert [h.label for h in search.search(reg, "Somchai")] == ["Somchai"]
        builtin = {r[0] for r in db.conn.execute("SELECT builtin FROM frameworks")}
        assert builtin == {"sdgs", "bkk_nine_dimensions"}
        assert stats.integrity_problems(reg) == []


def test_a_version_5_server_lists_its_records_in_thai_order(pg_url):
    """The sort keys are worked out for the rows a version 5 server holds; a name saved
    afterwards takes its place and is still found by search."""
    from bkk_relations.core.records.models import Goal
    from bkk_relations.core.records.repository import Query
    from bkk_relations.core.storage import pg_store
    from bkk_relations.core.views import lists

    conn = pg_store.connect(pg_url)
    pg_schema.migrate(conn, target=5)
    now = "2024-01-01T00:00:00+00:00"
    for en, th in (("Osaka", "โอซาก้า"), ("Taipei", "ไทเป"), ("Chiang Mai", "เชียงใหม่"),
                   ("Bangkok", "กรุงเทพ")):
        conn.execute("INSERT INTO partners (kind, name_en, name_th, name_key, country, "
                     "created_at, updated_at) VALUES ('city', ?, ?, ?, 'JP', ?, ?)",
                     (en, th, en.lower(), now, now))
    conn.close()
    with Database.open(pg_url) as db:
        assert db.schema_version == pg_schema.SCHEMA_VERSION
        reg = Register(db)
        shown = [[r[lists.LABEL] for r in lists.table_rows(
            reg, Partner, Query(limit=2, offset=n), "th")] for n in (0, 2)]
        assert shown == [["กรุงเทพ", "เชียงใหม่"], ["ไทเป", "โอซาก้า"]]
        sdgs = db.conn.execute("SELECT id FROM frameworks WHERE builtin = 'sdgs'").fetchone()[0]
        assert [r["code"] for r in lists.table_rows(reg, Goal, Query(framework_id=sdgs))] == [
            str(n) for n in range(1, 18)]
        repo = Repository(db, user="tester")
        osaka = next(p for p in repo.list(Partner).records if p.name_en == "Osaka")
        osaka.name_th = "ขอนแก่น"
        repo.update(osaka)
        assert [r[lists.LABEL] for r in lists.table_rows(reg, Partner, language="th")] == [
            "กรุงเทพ", "ขอนแก่น", "เชียงใหม่", "ไทเป"]
        assert [h.label for h in search.search(reg, "ขอนแก่น")] == ["Osaka"]
        repo.delete(Partner, osaka.id)
        assert search.search(reg, "ขอนแก่น") == []
        repo.restore(Partner, osaka.id)
        assert [h.label for h in search.search(reg, "ขอนแก่น")] == ["Osaka"]
