"""`backup`, `restore` and the attachment part of `check`, run as subprocesses."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from test_cli import assert_one_error_line, digest, run

from bkk_relations.core.records import attachments
from bkk_relations.core.records.models import Partner
from bkk_relations.core.records.repository import Repository
from bkk_relations.core.register import Register
from bkk_relations.core.sample.demo import create_demo_database
from bkk_relations.core.storage.database import Database


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


@pytest.fixture
def office(tmp_path: Path) -> Path:
    db = tmp_path / "office.db"
    create_demo_database(db)
    return db


def backups_of(db: Path) -> dict[str, str]:
    return {p.name: digest(p) for p in (db.parent / "backups").glob("*.db")}


@pytest.mark.parametrize("counts", [("--daily", "0", "--weekly", "0"), ("--daily", "-3"),
                                    ("--weekly", "-1"), ("--daily", "1000")])
def test_backup_counts_that_would_keep_nothing_are_refused(office, counts):
    assert run("backup", "--db", office).returncode == 0
    before = backups_of(office)
    message = assert_one_error_line(result := run("backup", "--db", office, *counts))
    assert result.returncode == 2 and "must be between" in message
    assert backups_of(office) == before


def test_a_kept_backup_survives_rotation(office):
    result = run("backup", "--db", office, "--keep")
    assert result.returncode == 0, result.stderr
    (kept,) = (office.parent / "backups").glob("office-*-manual.db")
    for _ in range(2):
        assert run("backup", "--db", office, "--daily", "1", "--weekly", "0").returncode == 0
    assert kept.exists()


def test_backup_out_never_replaces_a_file_unless_asked(office, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("keep me")
    other = tmp_path / "other.db"
    create_demo_database(other)
    before = digest(other)
    for existing in (notes, other):
        result = run("backup", "--db", office, "--out", existing)
        assert "already exists" in assert_one_error_line(result) and result.returncode == 2
    assert notes.read_text() == "keep me" and digest(other) == before
    result = run("backup", "--db", office, "--out", other, "--overwrite")
    assert result.returncode == 0, result.stderr
    (kept,) = tmp_path.glob("other.before-backup-*.db")
    assert str(kept) in result.stdout and digest(kept) != digest(other)
    assert run("check", "--db", kept).returncode == 0


def test_backup_out_onto_the_database_or_a_working_file_is_refused(office, tmp_path):
    before, files = digest(office), set(tmp_path.iterdir())
    for target in (office, Path(f"{office}-wal"), tmp_path / "copy.db-wal",
                   tmp_path / "copy.db-journal"):
        result = run("backup", "--db", office, "--out", target, "--overwrite")
        assert_one_error_line(result)
        assert result.returncode == 2
    assert digest(office) == before and set(tmp_path.iterdir()) == files


def test_restore_checks_the_attachments_before_touching_the_database(office, tmp_path):
    saved = tmp_path / "saved"
    saved.mkdir()
    assert run("backup", "--db", office, "--out", saved / "copy.db").returncode == 0
    (saved / "attachments" / "ab" / "more").mkdir(parents=True)
    before = digest(office)
    result = run("restore", "--db", office, "--from", saved / "copy.db")
    assert "attachments folder" in assert_one_error_line(result) and result.returncode == 1
    assert digest(office) == before
    assert not list(tmp_path.glob("office.before-restore-*"))


def test_restore_from_a_fifo_or_the_database_itself_is_refused(office, tmp_path):
    fifo = tmp_path / "pipe.db"
    os.mkfifo(fifo)
    before = digest(office)
    for source in (fifo, office):
        result = run("restore", "--db", office, "--from", source)  # no hang: run() times out
        assert_one_error_line(result)
        assert result.returncode == 2
    assert digest(office) == before


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
        att = attachments.attach(Register(repo.db, user=repo.user), "partner", 1, src)
        attachments.file_of(Register(d), att).unlink()
    result = run("check", "--db", db)
    assert result.returncode == 1
    assert "attachment file missing: scan.pdf" in result.stdout
