"""The cycle collector is held off only while an import works, and runs again after, as it
was before: also when blocks nest, overlap in two threads, or end with an error."""

from __future__ import annotations

import gc
import threading

import pytest

from bkk_relations.core import collector


def test_held_off_while_inside_and_as_before_after() -> None:
    assert gc.isenabled()
    with collector.held_off():
        assert not gc.isenabled()
        with collector.held_off():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer block still works
    assert gc.isenabled()


def test_an_error_inside_leaves_the_collector_running() -> None:
    with pytest.raises(ValueError), collector.held_off():
        raise ValueError
    assert gc.isenabled()


def test_overlapping_blocks_in_two_threads() -> None:
    inside, leave = threading.Event(), threading.Event()

    def other() -> None:
        with collector.held_off():
            inside.set()
            leave.wait(30)

    thread = threading.Thread(target=other)
    with collector.held_off():
        thread.start()
        assert inside.wait(30)
    assert not gc.isenabled()  # the other thread's block is still open
    leave.set()
    thread.join(30)
    assert gc.isenabled()


def test_a_collector_turned_off_before_stays_off() -> None:
    gc.disable()
    try:
        with collector.held_off():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_an_import_leaves_the_collector_running(reg, tmp_path) -> None:
    from bkk_relations.core.imports.run import plan_import, run_import
    from tests.core.test_import_bulk import sheet

    path = sheet(tmp_path / "p.xlsx", [["Name", "Kind", "Country"], ["Ghent", "city", "BE"]])
    with plan_import(reg, str(path), "partners") as plan:
        assert gc.isenabled()
        assert run_import(reg, plan).created == 1
    assert gc.isenabled()
