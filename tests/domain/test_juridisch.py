"""A legal measure that ends at 18 is an age signal in the half year before 18, nothing more."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from tafel.domain.dates import add_months, add_years
from tafel.domain.juridisch import Maatregel, juridisch_signals, loopt_op
from tafel.domain.signals import SignaalSoort

TODAY = date(2026, 11, 23)


@dataclass
class Status:
    soort: Maatregel
    startdatum: date | None = None
    einddatum: date | None = None


def born_for_age(years: int, months: int = 0) -> date:
    return add_months(add_years(TODAY, -years), -months)


def test_an_ots_until_18_is_an_age_signal_from_17_and_a_half() -> None:
    birth = born_for_age(17, 8)
    signals = juridisch_signals([Status(Maatregel.OTS, date(2026, 1, 1))], birth, TODAY)
    assert [(s.soort, s.datum, s.onderwerp) for s in signals] == [
        (SignaalSoort.WORDT_18_MAATREGEL_STOPT, add_years(birth, 18), "OTS")]
    assert signals[0].soort.is_age and not signals[0].soort.is_care


def test_no_signal_before_17_and_a_half_or_after_18() -> None:
    ots = [Status(Maatregel.OTS)]
    assert juridisch_signals(ots, born_for_age(17, 3), TODAY) == []
    assert juridisch_signals(ots, born_for_age(18, 1), TODAY) == []
    assert juridisch_signals(ots, None, TODAY) == []


def test_a_raadsonderzoek_or_an_ended_measure_gives_no_signal() -> None:
    birth = born_for_age(17, 8)
    ended = Status(Maatregel.VOOGDIJ, date(2020, 1, 1), TODAY - timedelta(days=3))
    early = Status(Maatregel.GESLOTEN_MACHTIGING, date(2026, 1, 1), TODAY + timedelta(days=10))
    assert juridisch_signals([Status(Maatregel.RAADSONDERZOEK), ended, early], birth,
                             TODAY) == []


def test_a_measure_runs_from_its_start_through_its_end_day() -> None:
    status = Status(Maatregel.OTS, TODAY, TODAY + timedelta(days=1))
    assert loopt_op(status, TODAY) and loopt_op(status, TODAY + timedelta(days=1))
    assert not loopt_op(status, TODAY - timedelta(days=1))
    assert not loopt_op(status, TODAY + timedelta(days=2))
