"""Dates as tafel writes them, and whole-month arithmetic: one place for the core and the screen.

Two ways of writing a date: short (``15-12-2026``) in lists, tables, pickers and the Big 5
picture, and as in a letter (``15 december 2026``) on paper and in sentences. The screen, the
printed plan and the demo data all take them from here, so they cannot drift apart.
"""

from __future__ import annotations

import calendar
from datetime import date

#: Day-month-year, as the Dutch write it: ``15-12-2026``.
DATE_FORMAT = "%d-%m-%Y"
#: The same order in Qt's notation, for date fields on the screen.
QT_DATE_FORMAT = "dd-MM-yyyy"
#: The Dutch month names, lower case as in running text.
MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december")


def short_date(day: date | None, empty: str = "–") -> str:
    """``15-12-2026``, or ``empty`` when there is no date."""
    return day.strftime(DATE_FORMAT) if day else empty


def dutch_date(day: date | None, empty: str = "nog geen datum") -> str:
    """A date as written in a letter: ``15 december 2026``."""
    if day is None:
        return empty
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def add_months(day: date, months: int) -> date:
    """``day`` plus whole months, clamped to the month's last day (31 Jan + 1 = 28/29 Feb).

    The month changes by exactly ``months`` and the day never moves past ``day``: an
    evaluation three months after 30 November falls on the last day of February.
    """
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    if day.day <= 28:  # every month has it: the common case, without a calendar look-up
        return date(year, month, day.day)
    return date(year, month, min(day.day, _days_in_month(year, month)))


_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in_month(year: int, month: int) -> int:
    """As ``calendar.monthrange(year, month)[1]``, without working out the weekday (slow)."""
    if month == 2 and calendar.isleap(year):
        return 29
    return _DAYS_IN_MONTH[month - 1]


def add_years(day: date, years: int) -> date:
    """The same calendar day ``years`` later; 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)
