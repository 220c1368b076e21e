"""The command line's follow-up actions: ``actions`` (still to do, overdue, every one, as
lines, JSON or the Follow-up tracker) and their section of ``alerts``."""

from __future__ import annotations

import datetime as dt
import json

import openpyxl
import pytest
from conftest import run_cli

from bkk_relations.core.records.models import Action, Partner, Unit
from bkk_relations.core.register import Register

TODAY = dt.date.today()


def days(n: int) -> str:
    return (TODAY + dt.timedelta(days=n)).isoformat()


@pytest.fixture
def actions_db(cli_target) -> tuple[str, dict[str, int]]:
    with Register.create(cli_target) as reg:
        r = reg.records
        seoul = r.create(Partner(name_en="Seoul", country="KR"))
        env = r.create(Unit(name_en="Department of Environment"))
        ids = {key: r.create(Action(title_en=title, due_date=due, status=status,
                                    unit_id=env.id, partner_ids=[seoul.id],
                                    done_date=days(-50) if status == "done" else None)).id
               for key, title, due, status in (
                   ("late", "Send the flood study", days(-12), "open"),
                   ("soon", "Report to the Governor", days(20), "in_progress"),
                   ("far", "Plan the next visit", days(200), "open"),
                   ("done", "Thank-you letter", days(-45), "done"))}
    return str(cli_target), ids


def test_actions_lists_those_still_to_do_soonest_due_first(actions_db):
    path, ids = actions_db
    result = run_cli("actions", "--db", path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Follow-up actions still to do: 3"
    assert lines[1] == (f"  [{ids['late']}] Send the flood study — due {days(-12)} "
                        "(12 days overdue) [Open] — Department of Environment — Seoul")
    assert lines[2].startswith(f"  [{ids['soon']}] Report to the Governor — due {days(20)} "
                               "(in 20 days) [In progress]")
    assert lines[3].startswith(f"  [{ids['far']}] ")
    every = run_cli("actions", "--db", path, "--all").stdout.splitlines()
    assert every[0] == "Follow-up actions: 4"


def test_actions_overdue_as_json_and_the_tracker(actions_db, tmp_path):
    path, ids = actions_db
    out = tmp_path / "tracker.xlsx"
    result = run_cli("actions", "--db", path, "--overdue", "--json", "--out", out)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [(a["id"], a["days_left"], a["overdue"], a["unit"]) for a in data] == [
        (ids["late"], -12, True, "Department of Environment")]
    assert "Follow-up tracker" in result.stderr  # stdout stays JSON
    sheet = openpyxl.load_workbook(out).worksheets[0]
    cells = [c for row in sheet.iter_rows(values_only=True) for c in row]
    assert "Send the flood study" in cells and "Report to the Governor" not in cells


def test_thai_tracker_from_the_command_line(actions_db, tmp_path):
    path, _ = actions_db
    out = tmp_path / "tracker-th.xlsx"
    result = run_cli("--language", "th", "actions", "--db", path, "--out", out,
                     "--calendar", "buddhist")
    assert result.returncode == 0, result.stderr
    book = openpyxl.load_workbook(out)
    assert book.worksheets[0].title == "เรื่องที่ต้องติดตาม"
    assert "ติดตามเรื่องที่ต้องดำเนินการ" in book.worksheets[0]["A1"].value


def test_alerts_list_overdue_and_due_soon_actions_in_their_own_section(actions_db):
    path, ids = actions_db
    lines = run_cli("alerts", "--db", path).stdout.splitlines()
    at = lines.index("Follow-up actions overdue: 1")
    assert lines[at + 1] == (f"  [{ids['late']}] Send the flood study — due {days(-12)} "
                             "(12 days overdue) — Department of Environment — Seoul")
    assert lines[at + 2] == "Follow-up actions due within 30 days: 1"
    assert lines[at + 3].startswith(f"  [{ids['soon']}] Report to the Governor")
    data = json.loads(run_cli("alerts", "--db", path, "--json", "--action-days", "10").stdout)
    assert [a["id"] for a in data["actions_overdue"]] == [ids["late"]]
    assert data["actions_due"] == []  # 20 days away: beyond a 10-day horizon


def test_an_action_due_tomorrow_or_a_day_late_reads_as_one_day(cli_target):
    with Register.create(cli_target) as reg:
        reg.records.create(Action(title_en="Call Seoul", due_date=days(1)))
        reg.records.create(Action(title_en="Write to Busan", due_date=days(-1)))
    lines = run_cli("actions", "--db", cli_target).stdout.splitlines()
    assert lines[1].endswith(f"Write to Busan — due {days(-1)} (1 day overdue) [Open]")
    assert lines[2].endswith(f"Call Seoul — due {days(1)} (tomorrow) [Open]")
