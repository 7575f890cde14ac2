"""A referral is a warm handover: without a follow-up after the set time, a signal shows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from tafel.domain.signals import SignaalSoort, verwijzing_signals
from tafel.domain.verwijzing import VERVOLG_TERMIJN, vervolg_verwacht_op, zonder_vervolg

TODAY = date(2026, 11, 23)


@dataclass
class _Ref:
    ontvanger: str
    verwezen_op: date
    vervolg_op: date | None = None


def test_the_set_time_is_four_weeks() -> None:
    assert timedelta(weeks=4) == VERVOLG_TERMIJN
    assert vervolg_verwacht_op(date(2026, 1, 1)) == date(2026, 1, 29)


def test_no_follow_up_within_the_set_time_is_not_yet_a_signal() -> None:
    ref = _Ref("Schuldhulp", TODAY - VERVOLG_TERMIJN)  # the last day still counts as on time
    assert not zonder_vervolg(ref, TODAY)
    assert verwijzing_signals([ref], TODAY) == []


def test_no_follow_up_after_the_set_time_is_a_signal_naming_the_recipient() -> None:
    ref = _Ref("Schuldhulp", TODAY - VERVOLG_TERMIJN - timedelta(days=1))
    assert zonder_vervolg(ref, TODAY)
    [signal] = verwijzing_signals([ref], TODAY)
    assert signal.soort is SignaalSoort.VERWIJZING_ZONDER_VERVOLG
    assert signal.onderwerp == "Schuldhulp"
    assert signal.datum == vervolg_verwacht_op(ref.verwezen_op)


def test_a_recorded_follow_up_ends_the_signal_however_late() -> None:
    ref = _Ref("Schuldhulp", TODAY - timedelta(days=200), vervolg_op=TODAY - timedelta(days=1))
    assert not zonder_vervolg(ref, TODAY)
    assert verwijzing_signals([ref], TODAY) == []


def test_the_signal_is_about_care_not_age() -> None:
    assert not SignaalSoort.VERWIJZING_ZONDER_VERVOLG.is_age
