"""Age and care signals: shown at the right moments, never more than a signal."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from tafel.domain.dates import add_months, add_years
from tafel.domain.enums import Grondslag, Wetskader
from tafel.domain.models import Indicatie, Toestemming
from tafel.domain.signals import (
    SignaalSoort,
    age_on,
    age_signals,
    evaluatie_signals,
    indicatie_signals,
    milestones_in_horizon,
    toestemming_signals,
)

TODAY = date(2026, 11, 23)


def kinds(signals) -> set[SignaalSoort]:  # type: ignore[no-untyped-def]
    return {s.soort for s in signals}


def test_eighteen_shows_from_seventeen_and_a_half_until_the_birthday() -> None:
    birth = add_months(add_years(TODAY, -17), -7)  # 17 years and 7 months old
    assert SignaalSoort.WORDT_18 in kinds(age_signals(birth, TODAY, heeft_plan=True))
    younger = add_years(TODAY, -17)  # just turned 17
    assert SignaalSoort.WORDT_18 not in kinds(age_signals(younger, TODAY, heeft_plan=True))


def test_eighteen_without_a_plan_is_its_own_signal() -> None:
    """"Wordt binnen een half jaar 18, nog geen toekomstplan" is not "wordt 18, plan is er"."""
    birth = add_months(add_years(TODAY, -17), -7)
    without = kinds(age_signals(birth, TODAY, heeft_plan=False))
    assert SignaalSoort.WORDT_18_ZONDER_PLAN in without
    assert SignaalSoort.WORDT_18 not in without
    with_plan = kinds(age_signals(birth, TODAY, heeft_plan=True))
    assert SignaalSoort.WORDT_18 in with_plan
    assert SignaalSoort.WORDT_18_ZONDER_PLAN not in with_plan
    younger = add_years(TODAY, -17)  # more than half a year to go: neither
    assert not kinds(age_signals(younger, TODAY, heeft_plan=False)) & {
        SignaalSoort.WORDT_18, SignaalSoort.WORDT_18_ZONDER_PLAN}
    assert SignaalSoort.WORDT_18_ZONDER_PLAN.is_age


def test_the_home_visit_at_seventeen_and_a_half_shows_beforehand() -> None:
    birth = add_months(add_years(TODAY, -17), -5)  # half year mark in one month
    assert SignaalSoort.WORDT_17_5 in kinds(age_signals(birth, TODAY, heeft_plan=False))


def test_later_milestones_show_within_the_horizon() -> None:
    for years, kind in ((16, SignaalSoort.WORDT_16), (21, SignaalSoort.WORDT_21),
                        (23, SignaalSoort.WORDT_23), (27, SignaalSoort.WORDT_27)):
        birth = add_years(TODAY + timedelta(days=30), -years)
        assert kind in kinds(age_signals(birth, TODAY, heeft_plan=False))
        far = add_years(TODAY + timedelta(days=200), -years)
        assert kind not in kinds(age_signals(far, TODAY, heeft_plan=False))


def test_no_birth_date_no_age_signal() -> None:
    assert age_signals(None, TODAY, heeft_plan=False) == []


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


def test_an_evaluation_date_that_has_passed_is_a_signal() -> None:
    passed = evaluatie_signals(TODAY - timedelta(days=1), TODAY)
    assert [(s.soort, s.datum) for s in passed] == [
        (SignaalSoort.EVALUATIE_VERSTREKEN, TODAY - timedelta(days=1))]
    assert evaluatie_signals(TODAY, TODAY) == []  # the day itself has not passed yet
    assert evaluatie_signals(TODAY + timedelta(days=30), TODAY) == []
    assert evaluatie_signals(None, TODAY) == []  # no plan, or no date set


def _toestemming(**fields) -> Toestemming:  # type: ignore[no-untyped-def]
    values = dict(casus_id=uuid.uuid4(), ontvanger="Wijkteam Oost", doel="plan",
                  gegeven_door="Noor", gegeven_op=TODAY - timedelta(days=300))
    values.update(fields)
    return Toestemming(**values)


def test_consent_that_expires_within_a_month_is_a_signal() -> None:
    soon = _toestemming(verloopt_op=TODAY + timedelta(days=30))
    [signal] = toestemming_signals([soon], TODAY)
    assert signal.soort is SignaalSoort.TOESTEMMING_VERLOOPT
    assert signal.datum == TODAY + timedelta(days=30) and signal.onderwerp == "Wijkteam Oost"
    quiet = [
        _toestemming(verloopt_op=TODAY + timedelta(days=31)),  # more than a month
        _toestemming(verloopt_op=None),  # no end
        _toestemming(verloopt_op=TODAY - timedelta(days=1)),  # expired already
        _toestemming(verloopt_op=TODAY + timedelta(days=5), ingetrokken_op=TODAY),  # withdrawn
        _toestemming(verloopt_op=TODAY + timedelta(days=5),
                     grondslag=Grondslag.WETTELIJKE_TAAK, gegeven_door=""),  # a legal basis
    ]
    assert toestemming_signals(quiet, TODAY) == []


def test_the_quick_age_check_leaves_no_milestone_out() -> None:
    """age_signals answers most ages at once; every birth date over 30 years agrees."""
    for today in (date(2026, 3, 1), date(2028, 2, 29), date(2026, 12, 31)):
        birth = today - timedelta(days=30 * 366)
        while birth <= today:
            for plan in (True, False):
                assert age_signals(birth, today, heeft_plan=plan) == \
                    milestones_in_horizon(birth, today, heeft_plan=plan), (birth, today)
            birth += timedelta(days=1)
