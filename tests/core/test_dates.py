"""Partial ISO dates and Buddhist-Era display."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bkk_relations.core import dates


@pytest.mark.parametrize(("text", "parts"), [
    ("2012", (2012, None, None)),
    ("2012-02", (2012, 2, None)),
    ("2012-02-29", (2012, 2, 29)),
    (" 2012-02-27 ", (2012, 2, 27)),
])
def test_parse_partial(text, parts):
    assert dates.parse_partial(text) == parts


@pytest.mark.parametrize("text", ["", "12", "2012-2", "2012/02", "2013-02-29", "2012-13",
                                  "1799", "2201", "๒๕๕๕", "2012-02-27T10:00"])
def test_parse_partial_rejects(text):
    with pytest.raises(ValueError):
        dates.parse_partial(text)
    assert not dates.is_valid(text) or text == ""


def test_is_valid_treats_empty_as_valid():
    assert dates.is_valid(None) and dates.is_valid("")


@pytest.mark.parametrize(("text", "last", "first"), [
    ("2025", dt.date(2025, 12, 31), dt.date(2025, 1, 1)),
    ("2024-02", dt.date(2024, 2, 29), dt.date(2024, 2, 1)),
    ("2023-02", dt.date(2023, 2, 28), dt.date(2023, 2, 1)),
    ("2025-12", dt.date(2025, 12, 31), dt.date(2025, 12, 1)),
    ("2025-06-15", dt.date(2025, 6, 15), dt.date(2025, 6, 15)),
])
def test_latest_and_earliest_day(text, last, first):
    assert dates.latest_day(text) == last
    assert dates.earliest_day(text) == first


@pytest.mark.parametrize(("text", "calendar", "shown"), [
    ("2024-03-05", "gregorian", "5/3/2024"),
    ("2024-03-05", "buddhist", "5/3/2567"),
    ("2024-03", "buddhist", "3/2567"),
    ("2024", "buddhist", "2567"),
    ("1962", "gregorian", "1962"),
    (None, "buddhist", ""),
    ("", "gregorian", ""),
])
def test_format_date(text, calendar, shown):
    assert dates.format_date(text, calendar) == shown


def test_now_is_iso_with_its_time_zone():
    assert dt.datetime.fromisoformat(dates.now_iso()).tzinfo is not None


_partial = st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2200, 12, 31)).flatmap(
    lambda d: st.sampled_from([d.isoformat(), d.isoformat()[:7], d.isoformat()[:4]]))


@settings(max_examples=50, deadline=None)
@given(_partial)
def test_buddhist_year_is_gregorian_year_plus_543(text):
    gregorian = dates.format_date(text, "gregorian")
    buddhist = dates.format_date(text, "buddhist")
    assert int(buddhist.split("/")[-1]) == int(gregorian.split("/")[-1]) + 543
    assert buddhist.rsplit("/", 1)[0] == gregorian.rsplit("/", 1)[0] or "/" not in gregorian
    assert int(gregorian.split("/")[-1]) == int(text[:4])


@settings(max_examples=50, deadline=None)
@given(_partial)
def test_earliest_day_is_never_after_latest_day(text):
    assert dates.earliest_day(text) <= dates.latest_day(text)
    assert dates.is_valid(text)


def test_time_stamps_are_shown_in_local_time_and_the_chosen_calendar(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Bangkok")
    time.tzset()
    try:
        ts = "2025-12-31T20:04:05+00:00"  # already the next day in Bangkok
        assert dates.format_timestamp(ts) == "1/1/2026 03:04"
        assert dates.format_timestamp(ts, "buddhist") == "1/1/2569 03:04"
        assert dates.format_timestamp(None) == ""
    finally:
        monkeypatch.undo()
        time.tzset()


def test_thai_dates_in_arabic_or_thai_digits():
    from bkk_relations.core.dates import format_date, format_timestamp

    assert format_date("2026-11-29", "buddhist", "thai") == "29 พ.ย. 2569"
    assert format_date("2026-11-29", "buddhist", "thai_digits") == "๒๙ พ.ย. ๒๕๖๙"
    assert format_date("2026-11", "buddhist", "thai") == "พ.ย. 2569"
    assert format_date("2026", "gregorian", "thai") == "2026"
    assert format_date("2026-01-02", "gregorian", "thai") == "2 ม.ค. 2026"
    assert format_date("2026-11-29", "buddhist") == "29/11/2569"  # English as before
    assert format_timestamp("2026-11-29T12:00:00+00:00", "buddhist", "thai_digits") \
        .startswith("๒๙ พ.ย. ๒๕๖๙ ")
