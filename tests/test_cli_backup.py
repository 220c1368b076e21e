"""`backup`, `restore` and the attachment part of `check`, run as subprocesses."""

from __future__ import annotations

from pathlib import Path

from test_cli import assert_one_error_line, digest, run

from bkk_relations.core import attachments
from bkk_relations.core.database import Database
from bkk_relations.core.demo import create_demo_database
from bkk_relations.core.models import Partner
from bkk_relations.core.repository import Repository


def test_backup_then_restore(tmp_path: Path):
    db = tmp_path / "office.db"
    create_demo_database(db)
    result = run("backup", "--db", db)
    assert result.returncode == 0, result.stderr
    made = list((tmp_path / "backups").glob("office-*.db"))
    assert len(made) == 1 and str(made[0]) in result.stdout
    with Database.open(db) as d:
        Repository(d).create(Partner(name_en="Added later", country="KR"))
    result = run("restore", "--db", db, "--from", made[0])
    assert result.returncode == 0, result.stderr
    assert "previous file is kept" in result.stdout
    with Database.open(db) as d:
        assert Repository(d).list(Partner).total == 34


def test_backup_to_a_chosen_file(tmp_path: Path):
    db = tmp_path / "office.db"
    create_demo_database(db)
    out = tmp_path / "copy.db"
    assert run("backup", "--db", db, "--out", out).returncode == 0
    assert run("check", "--db", out).returncode == 0


def test_restore_refuses_a_bad_backup_and_changes_nothing(tmp_path: Path):
    db = tmp_path / "office.db"
    create_demo_database(db)
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database at all")
    before = digest(db)
    message = assert_one_error_line(run("restore", "--db", db, "--from", bad))
    assert "not a bkk_relations database" in message
    assert digest(db) == before
    assert_one_error_line(run("restore", "--db", db, "--from", tmp_path / "missing.db"))


def test_check_reports_a_missing_attachment(tmp_path: Path):
    db = tmp_path / "office.db"
    create_demo_database(db)
    src = tmp_path / "scan.pdf"
    src.write_bytes(b"%PDF")
    with Database.open(db) as d:
        repo = Repository(d)
        att = attachments.attach(repo, "partner", 1, src)
        attachments.file_of(d, att).unlink()
    result = run("check", "--db", db)
    assert result.returncode == 1
    assert "attachment file missing: scan.pdf" in result.stdout
