"""The headless command line, run as a user would run it: as a subprocess."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bkk_relations.core.records.models import Agreement, Partner
from bkk_relations.core.records.repository import Repository
from bkk_relations.core.register import Register
from bkk_relations.core.sample.generate import generate
from bkk_relations.core.storage import redact, schema
from bkk_relations.core.storage.database import Database

ROOT = Path(__file__).resolve().parent.parent
SUBCOMMANDS = ["demo", "generate", "stats", "search", "alerts", "check"]
RECORD_KEYS = ["partners", "units", "agreements", "projects", "activities", "contacts"]


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONUTF8": "1"}
    return subprocess.run([sys.executable, "-m", "bkk_relations.cli", *map(str, args)],
                          cwd=ROOT, capture_output=True, text=True, encoding="utf-8",
                          env=env, timeout=120)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode != 0
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error:")
    return lines[0]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.db"
    result = run("demo", "--db", path)
    assert result.returncode == 0, result.stderr
    assert f"Demo database written to {path}" in result.stdout
    return path


@pytest.fixture
def text_file(tmp_path: Path) -> Path:
    path = tmp_path / "notes.txt"
    path.write_text("not a database\n", encoding="utf-8")
    return path


# -- demo / stats --------------------------------------------------------------------------
def test_demo_then_stats_prints_non_zero_counts(cli_demo):
    result = run("stats", "--db", cli_demo)
    assert result.returncode == 0, result.stderr
    counts = json.loads(result.stdout)
    for key in RECORD_KEYS:
        assert counts[key] > 0, key
    assert counts["cities"] + counts["organisations"] == counts["partners"]


def test_demo_refuses_existing_file_without_force(demo_file):
    before = digest(demo_file)
    result = run("demo", "--db", demo_file)
    assert result.returncode == 2
    line = assert_one_error_line(result)
    assert "--force" in line
    assert digest(demo_file) == before


def counts_of(path: Path) -> dict[str, int]:
    result = run("stats", "--db", path)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_demo_with_force_replaces_an_unchanged_demo_and_keeps_a_copy(tmp_path):
    path = tmp_path / "demo.db"
    assert run("demo", "--db", path).returncode == 0
    before = counts_of(path)
    result = run("demo", "--db", path, "--force")
    assert result.returncode == 0, result.stderr
    kept = Path(result.stdout.split("the previous file is kept as ")[1].strip())
    assert kept.parent == tmp_path and kept.name.startswith("demo.before-demo-")
    assert counts_of(kept) == before
    assert counts_of(path) == before


@pytest.mark.parametrize("change", ["app", "raw_sql", "generate"])
def test_demo_with_force_refuses_a_changed_demo(tmp_path, change):
    path = tmp_path / "demo.db"
    assert run("demo", "--db", path).returncode == 0
    if change == "app":
        with Database.open(path) as db:
            Repository(db).create(Partner(name_en="Extra City", country="JP"))
    elif change == "raw_sql":  # no audit entry, as another program might change it
        conn = sqlite3.connect(path)
        conn.execute("UPDATE partners SET notes = 'met the mayor' WHERE id = 1")
        conn.commit()
        conn.close()
    else:  # rows written in bulk, without audit entries
        with Database.open(path) as db:
            generate(Register(db), partners=3)
    before = counts_of(path)
    result = run("demo", "--db", path, "--force")
    assert result.returncode == 1
    assert "was not replaced: it was changed after the demo was written" in \
        assert_one_error_line(result)
    assert counts_of(path) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".db") == ["demo.db"]


def test_demo_with_force_never_replaces_a_register(tmp_path):
    register = tmp_path / "register.db"
    assert run("generate", "--db", register, "--partners", "84", "--quiet").returncode == 0
    before = digest(register)
    line = assert_one_error_line(run("demo", "--db", register, "--force"))
    assert "it is not a demo database" in line
    assert digest(register) == before
    assert counts_of(register)["partners"] == 84


@pytest.mark.parametrize("made_by", ["demo", "people"])
def test_generate_never_adds_synthetic_records_to_a_register(tmp_path, made_by):
    path = tmp_path / "register.db"
    assert run("demo", "--db", path).returncode == 0
    if made_by == "people":
        with Database.open(path) as db, db.transaction() as conn:
            conn.execute("DELETE FROM settings WHERE key LIKE 'demo%'")
            Repository(db, user="somchai").create(Partner(name_en="Kyoto", country="JP"))
    before = counts_of(path)
    line = assert_one_error_line(run("generate", "--db", path, "--partners", "5", "--quiet"))
    assert "holds records people entered" in line
    assert counts_of(path) == before


def test_generate_adds_to_a_database_it_generated(tmp_path):
    path = tmp_path / "bench.db"
    for _ in range(2):
        assert run("generate", "--db", path, "--partners", "5", "--quiet").returncode == 0
    assert counts_of(path)["partners"] == 10


def test_demo_with_force_while_another_program_has_the_file_open(tmp_path):
    path = tmp_path / "demo.db"
    assert run("demo", "--db", path).returncode == 0
    with Database.open(path) as other:  # e.g. the app, left open on the demo
        assert run("demo", "--db", path, "--force").returncode == 0
        # The open program goes on working on the same file: what it saves is kept (a file
        # deleted and re-created under it would have taken its saves with the old inode).
        saved = Repository(other).create(Partner(name_en="Saved while open", country="JP"))
    with Database.open(path) as db:
        assert Repository(db).get(Partner, saved.id).name_en == "Saved while open"


def test_demo_with_force_does_not_remove_a_foreign_file(text_file):
    before = digest(text_file)
    result = run("demo", "--db", text_file, "--force")
    assert result.returncode == 1
    assert_one_error_line(result)
    assert digest(text_file) == before


def test_stats_of_a_new_generated_file(cli_target):
    path = cli_target
    result = run("generate", "--db", path, "--partners", "20", "--seed", "7", "--quiet")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    out = json.loads(result.stdout)
    assert out["generated"]["partners"] == 20
    assert out["generated"]["activities"] == 100
    assert out["seconds"] >= 0
    counts = json.loads(run("stats", "--db", path).stdout)
    assert counts["partners"] == 20 and counts["activities"] == 100


def test_generate_shows_progress_unless_quiet(cli_target):
    result = run("generate", "--db", cli_target, "--partners", "3")
    assert result.returncode == 0
    assert "3/3 partners" in result.stderr


def test_generate_same_seed_gives_same_names(tmp_path):
    names = []
    for n in (1, 2):
        path = tmp_path / f"seed{n}.db"
        assert run("generate", "--db", path, "--partners", "5", "--quiet").returncode == 0
        with Database.open(path) as db:
            names.append([p.name_en for p in Repository(db).list(Partner).records])
    assert names[0] == names[1]
    assert len(names[0]) == 5


# -- search --------------------------------------------------------------------------------
def test_search_prints_one_line_per_hit(cli_demo):
    result = run("search", "--db", cli_demo, "seoul")
    assert result.returncode == 0, result.stderr
    first = result.stdout.splitlines()[0].split("\t")
    assert first[0] == "partner"
    assert int(first[1]) > 0
    assert first[2] == "Seoul / โซล"


def test_search_thai_query(cli_demo):
    result = run("search", "--db", cli_demo, "กรุงเทพ")
    assert result.returncode == 0
    lines = [line.split("\t") for line in result.stdout.splitlines()]
    assert len(lines) >= 5
    assert all(len(fields) == 3 and int(fields[1]) > 0 for fields in lines)
    assert "กรุงเทพมหานคร" in lines[0][2]


def test_search_json(cli_demo):
    result = run("search", "--db", cli_demo, "โซล", "--json", "--limit", "2")
    assert result.returncode == 0
    hits = json.loads(result.stdout)
    assert 1 <= len(hits) <= 2
    assert set(hits[0]) == {"entity", "id", "label", "label_th", "snippet"}
    assert hits[0]["label"] == "Seoul"
    assert "โซล" in result.stdout  # not escaped as \\u0e42


def test_search_without_hits_says_so(cli_demo):
    result = run("search", "--db", cli_demo, "xyzzy-nothing")
    assert result.returncode == 0
    assert result.stdout == ""
    assert "No records match “xyzzy-nothing”" in result.stderr


# -- alerts --------------------------------------------------------------------------------
@pytest.fixture
def alerts_file(tmp_path: Path) -> tuple[Path, int, int]:
    path = tmp_path / "alerts.db"
    with Database.create(path) as db:
        repo = Repository(db)
        quiet = repo.create(Partner(name_en="Quiet City", country="JP"))
        expiry = dt.date.today() + dt.timedelta(days=10)
        agreement = repo.create(Agreement(title_en="MOU ending soon",
                                          expiry_date=expiry.isoformat()))
    return path, agreement.id, quiet.id


def test_alerts_text(alerts_file):
    path, agreement_id, partner_id = alerts_file
    result = run("alerts", "--db", path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Agreements expiring within 180 days: 1"
    assert lines[1].startswith(f"  [{agreement_id}] MOU ending soon — expires ")
    assert lines[1].endswith("(in 10 days)")
    assert lines[2] == "Partners with no activity for 3 years: 1"
    assert lines[3] == f"  [{partner_id}] Quiet City — last activity never recorded"


def test_alerts_json(alerts_file):
    path, agreement_id, partner_id = alerts_file
    result = run("alerts", "--db", path, "--json", "--days", "30")
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert [(a["id"], a["days_left"]) for a in data["expiring_agreements"]] == [
        (agreement_id, 10)]
    assert data["dormant_partners"] == [
        {"id": partner_id, "name": "Quiet City", "last_activity": None, "name_th": None}]


def test_alerts_tell_expired_but_active_apart(tmp_path):
    path = tmp_path / "overdue.db"
    with Database.create(path) as db:
        expiry = dt.date.today() - dt.timedelta(days=12)
        Repository(db).create(Agreement(title_en="MOU left active",
                                        expiry_date=expiry.isoformat()))
    result = run("alerts", "--db", path)
    lines = result.stdout.splitlines()
    assert lines[0] == "Agreements expiring within 180 days: 0"
    assert lines[1] == "Expired within the last 180 days but still marked active: 1"
    assert lines[2].endswith("(12 days ago)")
    data = json.loads(run("alerts", "--db", path, "--json").stdout)
    assert data["expiring_agreements"] == []
    assert [a["days_left"] for a in data["expired_still_active"]] == [-12]


def test_alerts_horizon_option(alerts_file):
    path, _, _ = alerts_file
    data = json.loads(run("alerts", "--db", path, "--json", "--days", "5").stdout)
    assert data["expiring_agreements"] == []


def test_alerts_on_demo(cli_demo):
    result = run("alerts", "--db", cli_demo)
    assert result.returncode == 0
    assert "Agreements expiring within 180 days:" in result.stdout
    assert "Partners with no activity for 3 years:" in result.stdout


def test_alerts_negative_days_is_refused(alerts_file):
    result = run("alerts", "--db", alerts_file[0], "--days", "-1")
    assert result.returncode == 2
    assert_one_error_line(result)


# -- check ---------------------------------------------------------------------------------
def test_check_good_database(cli_demo):
    result = run("check", "--db", cli_demo)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == f"{redact(str(cli_demo))}: ok"


def damaged_copy(demo_file: Path, dest: Path, *, heavy: bool = False) -> Path:
    for extra in (Path(f"{demo_file}-wal"), Path(f"{demo_file}-shm")):
        assert not extra.exists()
    shutil.copy(demo_file, dest)
    size = dest.stat().st_size
    with open(dest, "r+b") as fh:
        if heavy:  # every page after the first few
            for offset in range(8 * 4096, size, 4096):
                fh.seek(offset + 100)
                fh.write(b"\xff" * 64)
        else:  # one page of records (not of the schema, without which nothing opens)
            fh.seek((_records_page(dest) - 1) * 4096)
            fh.write(b"\xff" * 4096)
    return dest


def _records_page(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT pageno FROM dbstat WHERE name = 'activities' "
                            "AND pagetype = 'leaf' ORDER BY pageno").fetchone()[0]
    finally:
        conn.close()


def test_check_damaged_database_exits_1(demo_file, tmp_path):
    damaged = damaged_copy(demo_file, tmp_path / "damaged.db")
    result = run("check", "--db", damaged)
    assert result.returncode == 1
    assert result.stdout.strip()  # the problems themselves
    assert result.stderr.splitlines() == [f"{damaged}: {len(result.stdout.splitlines())} "
                                          "problem(s) found."]


def test_reading_a_damaged_database_is_one_error_line(demo_file, tmp_path):
    damaged = damaged_copy(demo_file, tmp_path / "wrecked.db", heavy=True)
    result = run("search", "--db", damaged, "seoul")
    assert result.returncode == 1
    assert "damaged" in assert_one_error_line(result)


# -- help and bad input --------------------------------------------------------------------
@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_subcommand_help(command):
    result = run(command, "--help")
    assert result.returncode == 0
    assert "--db" in result.stdout


def test_top_level_help_lists_subcommands():
    result = run("--help")
    assert result.returncode == 0
    for command in SUBCOMMANDS:
        assert command in result.stdout


def args_for(command: str, path: Path) -> list[str | Path]:
    extra = {"search": ["seoul"], "generate": ["--partners", "2", "--quiet"]}
    return [command, "--db", path, *extra.get(command, [])]


@pytest.mark.parametrize("command", ["stats", "search", "alerts", "check", "generate"])
def test_not_a_database_file_is_one_error_line(command, text_file):
    before = digest(text_file)
    result = run(*args_for(command, text_file))
    assert result.returncode == 1
    assert "not a bkk_relations database" in assert_one_error_line(result)
    assert digest(text_file) == before


@pytest.mark.parametrize("command", ["stats", "search", "alerts", "check"])
def test_missing_file_is_one_error_line(command, tmp_path):
    missing = tmp_path / "missing.db"
    result = run(*args_for(command, missing))
    assert result.returncode == 2
    assert "does not exist" in assert_one_error_line(result)
    assert not missing.exists()


@pytest.mark.parametrize("command", ["stats", "check"])
def test_other_bad_paths_are_one_error_line(command, tmp_path):
    newer = tmp_path / "newer.db"
    Database.create(newer).close()
    with Database.open(newer) as db:
        db.conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 5}")
    for path, words in ((tmp_path, "folder"), (newer, "newer version")):
        result = run(command, "--db", path)
        assert result.returncode == 1
        assert words in assert_one_error_line(result)


@pytest.mark.parametrize("partners", ["-5", "0"])
def test_generate_needs_a_positive_number_of_partners(partners, tmp_path):
    path = tmp_path / "g.db"
    result = run("generate", "--db", path, "--partners", partners)
    assert result.returncode == 2
    assert "--partners" in assert_one_error_line(result)
    assert not path.exists()


def test_generate_in_missing_folder_is_one_error_line(tmp_path):
    result = run("generate", "--db", tmp_path / "no" / "g.db", "--partners", "2")
    assert "does not exist" in assert_one_error_line(result)


@pytest.mark.parametrize("argv", [["frobnicate"], [], ["stats"], ["generate", "--db", "x.db"],
                                  ["generate", "--db", "x.db", "--partners", "many"]])
def test_usage_errors_are_one_line_pointing_to_help(argv, tmp_path):
    result = run(*argv)
    assert result.returncode == 2
    assert "--help')." in assert_one_error_line(result)
    assert not (ROOT / "x.db").exists()


def test_demo_on_a_server_refuses_a_database_with_records(pg_url):
    cli_demo = pg_url
    assert run("demo", "--db", cli_demo).returncode == 0
    before = json.loads(run("stats", "--db", cli_demo).stdout)
    line = assert_one_error_line(run("demo", "--db", cli_demo))
    assert "already holds records" in line
    assert json.loads(run("stats", "--db", cli_demo).stdout) == before
