"""``init``: a new, empty register from the command line, never over an existing file."""

from __future__ import annotations

import hashlib

from conftest import run_cli

from bkk_relations.core.register import Register
from bkk_relations.core.views import stats


def test_init_creates_an_empty_register_that_the_other_commands_open(tmp_path):
    path = tmp_path / "office.db"
    result = run_cli("init", "--db", path)
    assert result.returncode == 0, result.stderr
    assert str(path) in result.stdout
    with Register.open(path) as reg:
        assert not stats.holds_records(reg)
    listed = run_cli("alerts", "--db", path)
    assert listed.returncode == 0, listed.stderr
    assert "Agreements expiring within 180 days: 0" in listed.stdout


def test_init_refuses_an_existing_file_and_leaves_it_as_it_was(tmp_path):
    path = tmp_path / "office.db"
    assert run_cli("init", "--db", path).returncode == 0
    with Register.open(path) as reg:
        reg.conn.execute("INSERT INTO settings (key, value) VALUES ('home_city', 'x')")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    again = run_cli("init", "--db", path)
    assert again.returncode == 2
    assert "already exists" in again.stderr
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    other = tmp_path / "notes.txt"
    other.write_text("not a database", encoding="utf-8")
    assert run_cli("init", "--db", other).returncode == 2
    assert other.read_text(encoding="utf-8") == "not a database"
