"""Dates as tafel writes them, and whole months: one ``add_months`` for the core and the screen.

31 January plus one month is the last day of February (28 or 29), never 2 or 3 March: an
evaluation date or a milestone must stay in the month it is counted to.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tafel.domain.dates import add_months, add_years, dutch_date, short_date


@pytest.mark.parametrize(("day", "months", "expected"), [
    (date(2026, 1, 31), 1, date(2026, 2, 28)),
    (date(2028, 1, 31), 1, date(2028, 2, 29)),
    (date(2026, 11, 30), 3, date(2027, 2, 28)),
    (date(2026, 3, 31), -1, date(2026, 2, 28)),
    (date(2026, 12, 15), 1, date(2027, 1, 15)),
    (date(2026, 1, 15), -1, date(2025, 12, 15)),
    (date(2026, 8, 31), 24, date(2028, 8, 31)),
])
def test_add_months_clamps_to_the_end_of_the_month(day: date, months: int,
                                                  expected: date) -> None:
    assert add_months(day, months) == expected


@given(day=st.dates(date(1990, 1, 1), date(2090, 12, 31)), months=st.integers(-60, 60))
def test_add_months_moves_whole_months_and_never_past_the_day(day: date, months: int) -> None:
    moved = add_months(day, months)
    assert (moved.year * 12 + moved.month) - (day.year * 12 + day.month) == months
    assert moved.day == day.day or (moved.day < day.day and (moved + timedelta(1)).day == 1)


def test_add_years_turns_29_february_into_28_february() -> None:
    assert add_years(date(2008, 2, 29), 18) == date(2026, 2, 28)
    assert add_years(date(2008, 2, 29), 16) == date(2024, 2, 29)


def test_a_date_short_and_as_in_a_letter() -> None:
    assert short_date(date(2026, 12, 5)) == "05-12-2026"
    assert short_date(None) == "–"
    assert dutch_date(date(2026, 3, 1)) == "1 maart 2026"
    assert dutch_date(None) == "nog geen datum"
