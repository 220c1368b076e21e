"""Work done in the background: a failure is written to the app's log and shown, naming
what failed and why."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bkk_relations import applog
from bkk_relations.core.errors import CoreError
from bkk_relations.ui import dashboard


@pytest.fixture
def log_folder(tmp_path: Path) -> Iterator[Path]:
    applog.setup_logging(tmp_path)
    yield tmp_path
    applog.setup_logging(None)


def _break_dashboard(monkeypatch, exc: Exception) -> None:
    def broken(_conn, **_options):
        raise exc

    monkeypatch.setattr(dashboard, "dashboard_data", broken)


def test_a_failure_in_the_background_is_logged_and_shown(window, qtbot, log_folder,
                                                         monkeypatch):
    _break_dashboard(monkeypatch, ZeroDivisionError("division by zero in the chart"))
    with qtbot.waitSignal(window.session.operations.failed, timeout=10_000):
        window.dashboard.reload()
    box = window.failure_box
    assert box is not None and box.isVisible()
    assert box.text() == "Reading the dashboard figures failed."
    assert "division by zero in the chart" in box.informativeText()
    log = (log_folder / "logs" / applog.LOG_NAME).read_text(encoding="utf-8")
    assert "background work 'dashboard' failed" in log
    assert "Traceback" in log and "ZeroDivisionError" in log
    assert str(log_folder / "logs" / applog.LOG_NAME) in box.informativeText()
    assert "Reading the dashboard figures failed" in window.statusBar().currentMessage()


def test_a_second_failure_updates_the_same_message(window, qtbot, log_folder, monkeypatch):
    _break_dashboard(monkeypatch, CoreError("The database is busy."))
    for _ in range(2):
        with qtbot.waitSignal(window.session.operations.failed, timeout=10_000):
            window.dashboard.reload()
    boxes = [b for b in window.findChildren(type(window.failure_box)) if b.isVisible()]
    assert boxes == [window.failure_box]
    assert "The database is busy." in window.failure_box.informativeText()
    log = (log_folder / "logs" / applog.LOG_NAME).read_text(encoding="utf-8")
    assert log.count("The database is busy.") == 2 and "Traceback" not in log


def test_a_redraw_due_after_the_window_closed_starts_nothing(window, qtbot):
    # The dashboard draws again a moment after a resize; if the window closes in that
    # moment, the redraw must not read a closed file nor paint on a widget that is gone.
    window.dashboard.resize(window.dashboard.width() + 40, window.dashboard.height())
    assert window.dashboard._redraw.isActive()
    window.close()
    operations = window.session.operations
    window.dashboard._draw_again()  # the timer's moment
    assert not operations.busy


def test_a_result_arriving_after_the_register_closed_is_dropped(window, qtbot):
    import threading

    operations = window.session.operations
    release, delivered = threading.Event(), []

    def slow(_reg):
        release.wait(10)
        return "late"

    handle = operations.read("late", "A late read", slow, delivered.append)
    operations.shut()  # the window closes while the read is under way
    release.set()
    qtbot.waitUntil(lambda: handle.done, timeout=10_000)
    assert delivered == [] and not operations.busy
