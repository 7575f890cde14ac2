"""Age and care signals: shown at the right moments, never more than a signal."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from tafel.domain.dates import add_months, add_years
from tafel.domain.enums import Wetskader
from tafel.domain.models import Indicatie
from tafel.domain.signals import (
    SignaalSoort,
    age_on,
    age_signals,
    indicatie_signals,
)

TODAY = date(2026, 11, 23)


def kinds(signals) -> set[SignaalSoort]:  # type: ignore[no-untyped-def]
    return {s.soort for s in signals}


def test_eighteen_shows_from_seventeen_and_a_half_until_the_birthday() -> None:
    birth = add_months(add_years(TODAY, -17), -7)  # 17 years and 7 months old
    assert SignaalSoort.WORDT_18 in kinds(age_signals(birth, TODAY))
    younger = add_years(TODAY, -17)  # just turned 17
    assert SignaalSoort.WORDT_18 not in kinds(age_signals(younger, TODAY))


def test_the_home_visit_at_seventeen_and_a_half_shows_beforehand() -> None:
    birth = add_months(add_years(TODAY, -17), -5)  # half year mark in one month
    assert SignaalSoort.WORDT_17_5 in kinds(age_signals(birth, TODAY))


def test_later_milestones_show_within_the_horizon() -> None:
    for years, kind in ((16, SignaalSoort.WORDT_16), (21, SignaalSoort.WORDT_21),
                        (23, SignaalSoort.WORDT_23), (27, SignaalSoort.WORDT_27)):
        birth = add_years(TODAY + timedelta(days=30), -years)
        assert kind in kinds(age_signals(birth, TODAY))
        far = add_years(TODAY + timedelta(days=200), -years)
        assert kind not in kinds(age_signals(far, TODAY))


def test_no_birth_date_no_age_signal() -> None:
    assert age_signals(None, TODAY) == []


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2020, 12, 31)))
def test_age_is_whole_years(birth: date) -> None:
    age = age_on(birth, TODAY)
    assert add_years(birth, age) <= TODAY < add_years(birth, age + 1)


def test_leap_day_birthdays_fall_on_the_28th() -> None:
    assert add_years(date(2008, 2, 29), 18) == date(2026, 2, 28)


def _indicatie(**fields) -> Indicatie:  # type: ignore[no-untyped-def]
    return Indicatie(casus_id=uuid.uuid4(), voorziening="begeleiding", **fields)


def test_care_that_ends_soon_or_stops_at_18_or_waits_is_signalled() -> None:
    birth = add_years(TODAY, -17)
    care = [
        _indicatie(wetskader=Wetskader.WMO, einddatum=TODAY + timedelta(days=40)),
        _indicatie(wetskader=Wetskader.JEUGDWET, kader_na_18=None),
        _indicatie(wetskader=Wetskader.WLZ, wachtlijst=True, wachtlijst_sinds=date(2026, 1, 5)),
    ]
    found = kinds(indicatie_signals(care, birth, TODAY))
    assert found == {SignaalSoort.INDICATIE_LOOPT_AF, SignaalSoort.INDICATIE_STOPT_BIJ_18,
                     SignaalSoort.WACHTLIJST}


def test_jeugdwet_care_with_a_framework_after_18_is_quiet() -> None:
    care = [_indicatie(wetskader=Wetskader.JEUGDWET, kader_na_18=Wetskader.WMO)]
    assert indicatie_signals(care, add_years(TODAY, -17), TODAY) == []
