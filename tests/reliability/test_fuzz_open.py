"""Damaged and foreign files given to Database.open and to `bkk-relations-cli check`: random
bytes, random bytes behind an SQLite header, truncated copies of the demo database at many
lengths, the demo database with bytes flipped (in the middle and in its first page), damaged
files of an older schema, an empty file and a folder.

Database.open either opens the file or raises DatabaseOpenError — never another exception —
and a file it refuses, or opens without needing an upgrade, keeps its exact bytes. `check`
exits 0, 1 or 2 with no traceback, and says the same as the core does. Cases are drawn from a
seeded generator, so every run tries the same files.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import random
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from bkk_relations.cli import commands as cli
from bkk_relations.core.errors import DatabaseOpenError
from bkk_relations.core.records import attachments
from bkk_relations.core.register import Register
from bkk_relations.core.storage import schema
from bkk_relations.core.storage.database import Database
from bkk_relations.core.views import stats

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
SQLITE_HEADER = b"SQLite format 3\x00"
SEED = 20_240_6


@dataclass(frozen=True)
class Case:
    kind: str
    name: str
    make: Callable[[bytes], bytes | None]  # demo bytes -> file bytes (None: a folder)
    older: bool = False  # an older schema: opening it upgrades it (after keeping a copy)


def _flip(data: bytes, rng: random.Random, lo: float, hi: float) -> bytes:
    out = bytearray(data)
    pos = int(len(out) * rng.uniform(lo, hi))
    for i in range(rng.randint(1, 64)):
        if pos + i < len(out):
            out[pos + i] ^= rng.randrange(1, 256)
    return bytes(out)


def _cases() -> list[Case]:
    rng = random.Random(SEED)
    cases = [Case("empty", "empty-file", lambda d: b""), Case("folder", "folder", lambda d: None)]
    for size in (rng.randrange(1, 100), rng.randrange(100, 5000), rng.randrange(5000, 70000),
                 rng.randrange(70000, 300000)):
        blob = rng.randbytes(size)
        cases.append(Case("random", f"random-{size}", lambda d, b=blob: b))
    for size in (rng.randrange(0, 100), rng.randrange(100, 5000), rng.randrange(5000, 70000)):
        blob = SQLITE_HEADER + rng.randbytes(size)
        cases.append(Case("header", f"sqlite-header-random-{size}", lambda d, b=blob: b))
    for n in (16, 99, 100, 101, 1024, 4095, 4096, 8192, 65536):
        cases.append(Case("truncated", f"truncated-{n}", lambda d, n=n: d[:n]))
    for frac in (0.5, 0.9):
        cases.append(Case("truncated", f"truncated-{frac:.0%}",
                          lambda d, f=frac: d[:int(len(d) * f)]))
    cases.append(Case("truncated", "truncated-last-byte", lambda d: d[:-1]))
    for i in range(6):
        seed = rng.randrange(2**32)
        cases.append(Case("flipped", f"flipped-middle-{i}",
                          lambda d, s=seed: _flip(d, random.Random(s), 0.25, 0.75)))
    for i in range(3):
        seed = rng.randrange(2**32)
        cases.append(Case("flipped-header", f"flipped-first-page-{i}", lambda d, s=seed: _flip(
            d[:4096], random.Random(s), 0.0, 1.0) + d[4096:]))
    older = FIXTURES / f"schema_v{schema.SCHEMA_VERSION - 1}.db"
    for i in range(3):
        seed = rng.randrange(2**32)
        cases.append(Case("older", f"older-schema-flipped-{i}", lambda d, s=seed: _flip(
            older.read_bytes(), random.Random(s), 0.05, 0.95), older=True))
    cases.append(Case("older", "older-schema-truncated",
                      lambda d: older.read_bytes()[:older.stat().st_size // 2], older=True))
    return cases


CASES = _cases()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def materialise(case: Case, demo: bytes, folder: Path) -> Path:
    """The case's file (or folder) as ``folder/case.db``."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "case.db"
    content = case.make(demo)
    if content is None:
        path.mkdir()
    else:
        path.write_bytes(content)
    return path


@pytest.fixture(scope="module")
def demo_bytes(demo_path: Path) -> bytes:
    return demo_path.read_bytes()


def open_outcome(path: Path) -> str:
    """'refused', 'problems' or 'ok' — what the core makes of the file (the problems being
    those `check` reports: integrity, links, search index, missing attachment files)."""
    try:
        db = Database.open(path)
    except DatabaseOpenError as exc:
        assert str(exc).strip() and "\n" not in str(exc)
        return "refused"
    try:
        problems = stats.integrity_problems(Register(db)) + attachments.missing(Register(db))
    finally:
        db.close()
    assert isinstance(problems, list)
    return "problems" if problems else "ok"


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_open_works_or_refuses_and_leaves_the_file_alone(case: Case, demo_bytes, tmp_path):
    path = materialise(case, demo_bytes, tmp_path)
    before = None if path.is_dir() else sha256(path)
    outcome = open_outcome(path)  # raises anything that is not DatabaseOpenError
    if case.kind == "folder":
        assert outcome == "refused"
    elif case.kind == "empty":  # set up as a new database today; refusing it is fine too
        assert outcome == "ok" or path.read_bytes() == b""
    elif outcome == "refused" or not case.older:
        assert sha256(path) == before, f"open ({outcome}) changed the file"
    else:  # an older file that opened was upgraded, after a copy of it was kept
        copies = list(tmp_path.glob(f"case.before-v{schema.SCHEMA_VERSION}-*.db"))
        assert len(copies) == 1
    if case.kind in ("random", "header"):
        assert outcome == "refused"
    if case.kind == "truncated":
        assert outcome != "ok", "a file missing its end passed the check"


def _run_check(path: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "bkk_relations.cli", "check", "--db", str(path)],
                          cwd=ROOT, env=env, capture_output=True, text=True, encoding="utf-8",
                          timeout=120)


def _check_answer(case: Case, expected: str, code: int, stdout: str, stderr: str) -> list[str]:
    """What is wrong with `check`'s answer for a file the core judged ``expected``."""
    wrong = []
    err_lines = stderr.strip().splitlines()
    if "Traceback" in stderr or "Traceback" in stdout:
        wrong.append("traceback")
    if code != {"ok": 0, "problems": 1, "refused": 1}[expected]:
        wrong.append(f"exit {code} although the core says {expected}")
    if code != 0 and len(err_lines) != 1:
        wrong.append(f"{len(err_lines)} lines on stderr")
    if expected == "refused" and not (err_lines and err_lines[0].startswith("error: ")):
        wrong.append("no 'error:' line")
    return wrong


def _prepare(case: Case, demo: bytes, folder: Path) -> tuple[str, Path, str | None]:
    expected = open_outcome(materialise(case, demo, folder / "core"))
    path = materialise(case, demo, folder / "cli")
    return expected, path, None if path.is_dir() else sha256(path)


CHECKED = [c for c in CASES if c.kind != "empty"]  # see test_check_leaves_an_empty_...


@pytest.mark.parametrize("case", CHECKED, ids=[c.name for c in CHECKED])
def test_check_command_answers_cleanly(case: Case, demo_bytes, tmp_path):
    """`check` (run in this process: an exception escaping main() would be a traceback) exits
    0 when the core finds the file sound and 1 when it refuses it or finds problems, with
    one line on stderr, and leaves the file's bytes alone unless it had to upgrade it."""
    expected, path, before = _prepare(case, demo_bytes, tmp_path)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(["check", "--db", str(path)])
    assert not _check_answer(case, expected, code, out.getvalue(), err.getvalue()), (
        _check_answer(case, expected, code, out.getvalue(), err.getvalue()), err.getvalue())
    if before is not None and not case.older:
        assert sha256(path) == before, "check changed the file"


def test_check_as_a_separate_process(demo_bytes, tmp_path):
    """The real command, one file of each kind (in parallel: each is a new Python)."""
    seen, runs = set(), []
    for case in CHECKED:
        if case.kind not in seen:
            seen.add(case.kind)
            runs.append((case, *_prepare(case, demo_bytes, tmp_path / case.name)))
    assert len(runs) == 7
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda r: _run_check(r[2]), runs))
    failures = []
    for (case, expected, path, before), result in zip(runs, results, strict=True):
        wrong = _check_answer(case, expected, result.returncode, result.stdout, result.stderr)
        if before is not None and not case.older and sha256(path) != before:
            wrong.append("the file was changed")
        if wrong:
            failures.append(f"{case.name}: {', '.join(wrong)}\n{result.stderr[-800:]}")
    assert not failures, "\n".join(failures)


def test_check_leaves_an_empty_file_empty(tmp_path):
    """`check` only reads: the README promises the CLI never changes a file that is not a
    bkk_relations database, and an empty file is not one."""
    path = tmp_path / "empty.db"
    path.write_bytes(b"")
    result = _run_check(path)
    assert "Traceback" not in result.stderr
    assert result.returncode in (0, 1, 2)
    assert path.read_bytes() == b"", "check wrote a new database into an empty file"
    assert not [p.name for p in tmp_path.iterdir() if p.name != "empty.db"]

