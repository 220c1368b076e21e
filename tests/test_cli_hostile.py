"""Hostile and careless input for every command, with the arguments drawn from the parser
itself, so a new command or option is covered without touching this file.

Numbers come huge, negative and just outside their range; text comes in Thai, with control
characters and with bytes that are not UTF-8 (as Python hands them over from a Linux
command line); paths name the database, its -wal, another database, a folder, a FIFO, a
missing folder, a name Windows cannot hold, or a server URL with a password in it. Whatever
is drawn, a command exits 0, or prints exactly one ``error:`` line and exits non-zero — never
a traceback, never the password — and no database changes unless a command that writes one
succeeded. Commands run in this process (``cli.main``), so many cases stay quick; the
examples are derandomised, so every run tries the same ones.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from unittest import mock

import pytest
from conftest import ROOT, run_cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bkk_relations.cli import commands as cli
from bkk_relations.core.sample.demo import create_demo_database
from bkk_relations.core.storage.database import Database
from bkk_relations.core.storage.transfer import database_check

EXAMPLES = int(os.environ.get("BKK_HOSTILE_EXAMPLES", "60"))
SECRET = "S3cr3t-PW"
# Commands that exist to change a database: when they succeed, a database may differ.
WRITES = {"demo", "generate", "import", "undo-import", "restore", "copy", "server-setup"}


def subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = cli.build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(sub.choices)


COMMANDS = subcommands()


# -- the folder every case starts from ------------------------------------------------------
@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """reg.db with committed changes still in its -wal (as a program that stopped would
    leave it), other.db, a text file and a folder; a FIFO is added per case."""
    folder = tmp_path_factory.mktemp("hostile-template")
    create_demo_database(folder / "other.db")
    with_changes_in_its_wal(folder / "other.db", folder / "reg.db")
    (folder / "notes.txt").write_text("Name\nOsaka\n", encoding="utf-8")
    (folder / "partners.csv").write_text("Name,Country\nOsaka,Japan\n=1+1,Japan\n",
                                         encoding="utf-8")
    (folder / "a folder").mkdir()
    return folder


@pytest.fixture(scope="module")
def pristine(template: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """The committed data of each database, read from a copy (reading recovers the -wal)."""
    probe = tmp_path_factory.mktemp("hostile-probe")
    shutil.copytree(template, probe, dirs_exist_ok=True)
    return {name: committed(probe / name) for name in ("reg.db", "other.db")}


def with_changes_in_its_wal(source: Path, dest: Path) -> None:
    """``dest``: a copy of ``source`` with one more committed change, still in its -wal."""
    live = dest.with_name("live.db")
    shutil.copy(source, live)
    conn = sqlite3.connect(live, isolation_level=None)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE partners SET notes = 'kept only in the -wal' WHERE id = 1")
    shutil.copy(live, dest)
    shutil.copy(f"{live}-wal", f"{dest}-wal")
    conn.close()
    live.unlink()


def committed(path: Path) -> object:
    with Database.open(path) as db:
        return database_check(db)


def reset(template: Path, work: Path) -> None:
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(template, work)
    if hasattr(os, "mkfifo"):  # a FIFO: reading it would wait forever
        os.mkfifo(work / "pipe")


# -- what a hostile user types ----------------------------------------------------------------
def hostile_text() -> st.SearchStrategy[str]:
    thai = st.text(st.characters(min_codepoint=0x0E01, max_codepoint=0x0E5B), max_size=12)
    control = st.text(st.characters(max_codepoint=0x1F), min_size=1, max_size=5)
    anything = st.text(max_size=20)
    not_utf8 = st.binary(min_size=1, max_size=8).map(
        lambda b: b.decode("utf-8", "surrogateescape"))
    mixed = st.tuples(thai, control, not_utf8).map("".join)
    formula = st.sampled_from(['=HYPERLINK("http://evil","x")', "=cmd|' /C calc'!A0",
                               "-1+1", "@SUM(A1)", "'; DROP TABLE partners; --", "%s%n",
                               "../../etc/passwd", "--db", "-"])
    return st.one_of(thai, control, anything, not_utf8, mixed, formula)


def urls() -> st.SearchStrategy[str]:
    return st.sampled_from([
        f"postgresql://officer:{SECRET}@127.0.0.1:99999/register",
        f"postgresql://officer:{SECRET}@[::1/register",
        f"postgresql://officer:{SECRET}@127.0.0.1:1/register?connect_timeout=2",
        f"postgresql://officer@127.0.0.1:1/register?password={SECRET}&connect_timeout=2",
        f"postgresql://officer@127.0.0.1:abc/register?pass%77ord={SECRET}",
        f"postgres://officer:{SECRET}@127.0.0.1:0/register",
    ])


def paths(work: Path) -> st.SearchStrategy[str]:
    names = ["reg.db", "reg.db-wal", "reg.db-shm", "reg.db-journal", "other.db", "notes.txt",
             "partners.csv",
             "a folder", "pipe", "missing folder/new.db", "new.db", "new.xlsx", "new.csv",
             "new.graphml", "new.gexf", "CON.xlsx", "new?.db", "new.db ", "backups"]
    return st.one_of(st.sampled_from([str(work / n) for n in names]), urls(),
                     hostile_text().map(lambda t: str(work / t)))


def number_range(action: argparse.Action) -> tuple[int, int] | None:
    """The range of a numeric option (its ``type`` knows it), or None for another option."""
    if action.type is int:
        return 1, 2**63 - 1
    lo, hi = getattr(action.type, "lo", None), getattr(action.type, "hi", None)
    return (lo, hi) if isinstance(lo, int) and isinstance(hi, int) else None


def numbers(lo: int, hi: int) -> st.SearchStrategy[str]:
    near_low = st.integers(lo, min(hi, lo + 40))  # in range, and quick
    outside = st.sampled_from([lo - 1, hi + 1, -(10**30), 10**30, 2**63, -(2**63)])
    return st.one_of(near_low.map(str), outside.map(str), st.integers().map(str),
                     hostile_text())


# What a careful user would give, by option (dest): each option is drawn from here most of
# the time, so that most cases get past the first check and the hostile value drawn for one
# or two options meets the code that uses it. An option not named here gets hostile text.
PLAUSIBLE = {
    "db": ["reg.db", "reg.db", "other.db", "new.db"], "source": ["other.db"], "dest": ["new.db"],
    "out": ["new.xlsx", "new.csv", "new.graphml", "new.gexf", "new.db", "new.docx", "new.pdf",
            "new.ics"],
    "file": ["partners.csv"], "mapping": ['{"Name": "name_en"}'],
    "attachments_folder": ["a folder"], "text": ["seoul", "กรุงเทพ"],
    "filter": ["country=Japan", "year_from=2010", "sdg=11", "kind=city"],
    "kind": ["city", "organisation"], "region": ["East Asia"], "country": ["JP"],
    "type": ["mou", "sister_city"], "status": ["active"], "sector": ["waste"],
    "ego": ["Seoul", "1"], "partner": ["Seoul", "14", "โซล"], "title": ["เครือข่าย"],
    "layout": ["force", "shell"],
    "size_by": ["degree"], "color_by": ["kind", "region"], "lang": ["en", "th"],
    "language": ["en", "th"], "calendar": ["gregorian", "buddhist"],
    "add_reader": ["officer"], "add_editor": ["officer"], "password_env": ["HOME"],
}
FILES = {"db", "source", "dest", "out", "file", "attachments_folder"}


def plausible(action: argparse.Action, work: Path) -> st.SearchStrategy[str]:
    if action.choices:
        return st.sampled_from(sorted(map(str, action.choices)))
    if number_range(action):
        lo, hi = number_range(action)
        return st.integers(lo, min(hi, lo + 40)).map(str)
    values = PLAUSIBLE.get(action.dest)
    if values is None:
        return hostile_text()
    if action.dest in FILES:
        values = [str(work / v) for v in values]
    return st.sampled_from(values)


def hostile(action: argparse.Action, work: Path) -> st.SearchStrategy[str]:
    if action.choices:
        return hostile_text()
    if number_range(action):
        return numbers(*number_range(action))
    if action.dest in FILES or action.dest == "mapping":
        return paths(work)
    if action.dest == "filter":
        keys = st.sampled_from(["year_from", "year_to", "sdg", "agreement_id", "project_id",
                                "country", "kind", "text", "colour"])
        return st.tuples(keys, st.one_of(numbers(1, 9999), hostile_text())).map(
            lambda kv: f"{kv[0]}={kv[1]}")
    return hostile_text()


@st.composite
def command_lines(draw: st.DrawFn, command: str, work: Path) -> list[str]:
    """A command line of ``command``: each optional option given one time in three, every
    value plausible but for up to two options, whose values are hostile."""
    actions = [a for a in COMMANDS[command]._actions if not isinstance(a, argparse._HelpAction)]
    bad = draw(st.sets(st.sampled_from([a.dest for a in actions]), max_size=2), label="bad")
    argv, positionals = [command], []
    for action in actions:
        if action.option_strings and not action.required and action.dest not in bad and \
                draw(st.integers(0, 2)):
            continue
        if action.nargs == 0:
            argv.append(action.option_strings[0])
            continue
        value = draw(hostile(action, work) if action.dest in bad else plausible(action, work))
        if action.option_strings:
            # "--opt=value", so a value that starts with "-" is read as the value it is
            argv.append(f"{action.option_strings[0]}={value}")
        else:
            positionals.append(value)
    if any(p.startswith("-") for p in positionals):
        positionals.insert(0, "--")  # then a value that starts with "-" is still a value
    return argv + positionals


# -- running a command as a user would, but in this process --------------------------------
def run_main(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), \
            mock.patch("getpass.getpass", return_value="typed-password"):
        code = cli.main(argv)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_any_command_line_is_one_error_line_or_success(command, template, pristine, tmp_path):
    work = tmp_path / "work"

    @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
    @given(data=st.data())
    def case(data: st.DataObject) -> None:
        reset(template, work)
        argv = data.draw(command_lines(command, work), label="argv")
        code, out, err = run_main(argv)
        assert isinstance(code, int)
        assert "Traceback" not in out + err
        assert SECRET not in out + err
        if code != 0:
            lines = err.splitlines()
            assert len(lines) == 1 and lines[0].startswith("error: "), err
        if code != 0 or command not in WRITES:
            for name, data_before in pristine.items():
                assert committed(work / name) == data_before, name

    case()


# -- the cases seen from outside, each as a user runs it: in a process of its own ----------
@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("hostile-demo") / "demo.db"
    create_demo_database(path)
    return path


def one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode != 0, result.stdout
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    return lines[0]


HUGE = "99999999999999999999999"


@pytest.mark.parametrize(("args", "option"), [
    (["search", "seoul", "--limit", HUGE], "--limit"),
    (["search", "seoul", "--limit", "-1"], "--limit"),
    (["alerts", "--days", HUGE], "--days"),
    (["alerts", "--years", HUGE], "--years"),
    (["alerts", "--years", "5000"], "--years"),
    (["export", "--report", "partners", "--filter", f"year_from={HUGE}", "--out", "{tmp}/p.xlsx"],
     "year_from"),
    (["export", "--report", "agreements", "--partner", HUGE, "--out", "{tmp}/p.xlsx"],
     "--partner"),
    (["export", "--report", "activities", "--filter", f"agreement_id={HUGE}", "--out",
      "{tmp}/p.xlsx"], "agreement_id"),
    (["export", "--report", "projects", "--filter", "project_id=-3", "--out", "{tmp}/p.xlsx"],
     "project_id"),
    (["graph", "--out", "{tmp}/g.graphml", "--sdg", HUGE], "--sdg"),
    (["graph", "--out", "{tmp}/g.png", "--dpi", HUGE], "--dpi"),
    (["backup", "--daily", HUGE], "--daily"),
    (["generate", "--partners", HUGE], "--partners"),
    (["generate", "--partners", "1000001"], "1,000,000"),
])
def test_numbers_out_of_range_are_one_error_line(demo_file, tmp_path, args, option):
    before = committed(demo_file)
    argv = [a.replace("{tmp}", str(tmp_path)) for a in args]
    result = run_cli(argv[0], "--db", demo_file, *argv[1:])
    assert result.returncode == 2
    assert option in one_error_line(result)
    assert committed(demo_file) == before
    assert list(tmp_path.iterdir()) == []


def test_bytes_that_are_not_utf8_are_one_error_line(demo_file):
    env = {**os.environ, "PYTHONUTF8": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "bkk_relations.cli", "search", "--db", str(demo_file).encode(),
         b"Bangkok \xff\xfe"], cwd=ROOT, capture_output=True, env=env, timeout=120)
    lines = result.stderr.decode("utf-8", "replace").splitlines()
    assert result.returncode == 2
    assert len(lines) == 1 and lines[0].startswith("error: ") and "\\xff\\xfe" in lines[0]


@pytest.mark.parametrize("url", [
    f"postgresql://officer:{SECRET}@127.0.0.1:99999/register",
    f"postgresql://officer:{SECRET}@[::1/register",
    f"postgresql://officer@127.0.0.1:70000/register?password={SECRET}",
    f"postgresql://officer:{SECRET}@127.0.0.1:port/register",
])
def test_malformed_server_urls_are_one_error_line_without_the_password(url):
    result = run_cli("stats", "--db", url)
    assert result.returncode == 1
    line = one_error_line(result)
    assert "not valid" in line and SECRET not in line
    assert "postgresql://officer@127.0.0.1" in line or "[::1" in line


def test_an_unexpected_failure_is_one_line_and_its_traceback_goes_to_the_log(demo_file):
    with mock.patch("bkk_relations.core.views.search.search", side_effect=RuntimeError("boom")):
        code, out, err = run_main(["search", "--db", str(demo_file), "seoul"])
        assert code == 1 and out == ""
        assert err.splitlines() == [
            "error: unexpected problem (RuntimeError: boom); the command stopped. Run it "
            "again with --verbose for the details."]
        code, _, err = run_main(["--verbose", "search", "--db", str(demo_file), "seoul"])
    assert code == 1
    assert "Traceback" in err and "RuntimeError: boom" in err
    assert err.splitlines()[-1].startswith("error: unexpected problem")


# -- nothing a command writes replaces a database ---------------------------------------------
OUTPUTS = [("export", ["--report", "partners"], ".xlsx"), ("graph", [], ".graphml"),
           ("backup", [], ".db")]


@pytest.fixture
def register(demo_file: Path, tmp_path: Path) -> Path:
    """A register with committed changes in its -wal."""
    path = tmp_path / "register.db"
    with_changes_in_its_wal(demo_file, path)
    assert Path(f"{path}-wal").stat().st_size > 0
    return path


@pytest.mark.parametrize(("command", "extra", "ext"), OUTPUTS)
@pytest.mark.parametrize("target", ["itself", "-wal", "-shm", "-journal", "another database",
                                    "a link to it", "a hard link to it"])
def test_no_output_option_writes_over_a_database(register, tmp_path, command, extra, ext,
                                                 target):
    other = tmp_path / f"other{ext}"
    shutil.copy(register, other)
    out = {"itself": register, "-wal": Path(f"{register}-wal"),
           "-shm": Path(f"{register}-shm"), "-journal": Path(f"{register}-journal"),
           "another database": other, "a link to it": tmp_path / f"link{ext}",
           "a hard link to it": tmp_path / f"hard{ext}"}[target]
    if target == "a link to it":
        out.symlink_to(register)
    elif target == "a hard link to it":
        os.link(register, out)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    data = committed_copy(register, tmp_path)
    result = run_cli(command, "--db", register, *extra, "--out", out)
    assert result.returncode == 2
    one_error_line(result)
    after = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    assert after == before
    assert committed(register) == data


def committed_copy(path: Path, folder: Path) -> object:
    """The committed data of ``path``, read from a copy so that the original is not opened."""
    probe = folder.parent / f"{folder.name}-probe.db"
    shutil.copy(path, probe)
    shutil.copy(f"{path}-wal", f"{probe}-wal")
    try:
        return committed(probe)
    finally:
        probe.unlink()


@pytest.mark.parametrize("argv", [
    ["demo", "--db", "{db}-wal"],
    ["generate", "--db", "{db}-wal", "--partners", "2"],
    ["copy", "--from", "{db}", "--to", "{db}-wal"],
    ["copy", "--from", "{db}-wal", "--to", "{tmp}/new.db"],
    ["stats", "--db", "{db}-shm"],
])
def test_no_command_makes_or_opens_a_database_at_a_working_file_name(register, tmp_path,
                                                                      argv):
    argv = [a.replace("{db}", str(register)).replace("{tmp}", str(tmp_path)) for a in argv]
    before = sorted(p.name for p in tmp_path.iterdir())
    result = run_cli(*argv)
    assert result.returncode == 2
    assert "working file" in one_error_line(result)
    assert sorted(p.name for p in tmp_path.iterdir()) == before
