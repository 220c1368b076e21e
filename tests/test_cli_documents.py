"""The ``brief`` and ``calendar`` commands, run as an officer runs them, on the demo
database as a file and on the server."""

from __future__ import annotations

import docx
import pytest
from conftest import run_cli
from icalendar import Calendar
from pypdf import PdfReader


def one_error_line(result) -> str:
    assert result.returncode == 2, result.stdout
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    return lines[0]


def test_brief_writes_a_thai_word_file(cli_demo, tmp_path):
    out = tmp_path / "seoul.docx"
    result = run_cli("brief", "--db", cli_demo, "--partner", "Seoul", "--out", out,
                     "--language", "th")
    assert result.returncode == 0, result.stderr
    assert "เอกสารสรุปข้อมูล: โซล (Thai, Buddhist Era calendar)" in result.stdout
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert texts[0] == "เอกสารสรุปข้อมูล: โซล"
    assert any("2549" in t for t in texts + [c.text for t in docx.Document(str(out)).tables
                                             for r in t.rows for c in r.cells])


def test_brief_writes_a_pdf_for_an_activity_and_one_of_its_partners(cli_demo, tmp_path):
    out = tmp_path / "visit.pdf"
    result = run_cli("brief", "--db", cli_demo, "--activity", "10", "--partner",
                     "Beijing Municipal People's Congress", "--out", out)
    assert result.returncode == 0, result.stderr
    text = "\n".join(p.extract_text() for p in PdfReader(str(out)).pages).replace("\n", " ")
    assert "Briefing: Signing of the revised" in text
    assert "Partner: Beijing Municipal People's Congress" in text


@pytest.mark.parametrize(("args", "says"), [
    (["--partner", "Atlantis", "--out", "{tmp}/a.pdf"], "No partner is called 'Atlantis'"),
    (["--partner", "ci", "--out", "{tmp}/a.pdf"], "matches several partners"),
    (["--out", "{tmp}/a.pdf"], "name the partner"),
    (["--partner", "Seoul", "--out", "{tmp}/a.txt"], "--out must end in .docx or .pdf"),
    (["--partner", "Seoul", "--out", "{tmp}/a.pdf", "--language", "fr"], "--language"),
    (["--partner", "Seoul", "--out", "{tmp}/a.pdf", "--calendar", "lunar"], "--calendar"),
    (["--activity", "99999", "--out", "{tmp}/a.pdf"], "There is no activity with id 99999"),
    (["--activity", "1", "--partner", "Seoul", "--out", "{tmp}/a.pdf"], "does not involve"),
])
def test_brief_refuses_bad_input_in_one_line_and_writes_nothing(cli_demo, tmp_path, args,
                                                                says):
    argv = [a.replace("{tmp}", str(tmp_path)) for a in args]
    line = one_error_line(run_cli("brief", "--db", cli_demo, *argv))
    assert says in line
    assert list(tmp_path.iterdir()) == []


def test_calendar_writes_reminders_a_calendar_reads(cli_demo, tmp_path):
    out = tmp_path / "reminders.ics"
    result = run_cli("calendar", "--db", cli_demo, "--out", out, "--days", "36500")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"Wrote {out}:")
    cal = Calendar.from_ical(out.read_bytes())
    assert str(cal["x-wr-calname"]) == "Bangkok: international relations reminders"
    assert all(str(e["uid"]).endswith("@bkk-relations") for e in cal.walk("VEVENT"))


def test_calendar_refuses_to_write_over_the_database(cli_demo, tmp_path):
    if not str(cli_demo).endswith(".db"):
        pytest.skip("a server database has no file to write over")
    line = one_error_line(run_cli("calendar", "--db", cli_demo, "--out", cli_demo))
    assert "--out" in line
