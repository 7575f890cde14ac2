"""Age and time signals: moments to look again, never decisions.

Seed 000: start the perspectiefplan at 16, a check with a home visit at 17.5, a toekomstplan
before 18 (the "harde knip"), and look again at 21, 23 and 27. In the half year before 18 it
matters whether a toekomstplan exists: "nog geen toekomstplan" is a different signal (and a
different filter) from "plan is er". Indicaties that end soon, that stop at 18 with no framework
after, or that wait on a list are signalled too, as are a plan's evaluation date that has passed
a toestemming that expires within a month (by the one consent rule), and a referral without
follow-up after the set time (:mod:`tafel.domain.verwijzing`). A signal is shown;
nothing is escalated and no case is closed because of one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Protocol

from tafel.domain.consent import ToestemmingStaat, toestemming_staat
from tafel.domain.dates import add_months, add_years
from tafel.domain.enums import Grondslag, Wetskader
from tafel.domain.verwijzing import vervolg_verwacht_op, zonder_vervolg

#: How far ahead a coming milestone becomes visible.
MILESTONE_HORIZON = timedelta(days=90)
#: How far ahead an indicatie's end date becomes visible.
INDICATIE_HORIZON = timedelta(days=90)


class SignaalSoort(StrEnum):
    """Kinds of signal, most pressing first; the interface gives each its Dutch label."""

    #: A score of 1 (acute problematiek) in the newest gesprek: shown, never escalated.
    ACUUT = "acuut"
    WORDT_16 = "wordt_16"
    WORDT_17_5 = "wordt_17_5"
    #: Within half a year of 18 and the case has no toekomstplan yet.
    WORDT_18_ZONDER_PLAN = "wordt_18_zonder_plan"
    #: Within half a year of 18; a toekomstplan has been started.
    WORDT_18 = "wordt_18"
    #: Within half a year of 18, a legal measure (OTS, voogdij, gesloten machtiging) that
    #: ends at 18 still runs (domain/juridisch.py); an age signal.
    WORDT_18_MAATREGEL_STOPT = "wordt_18_maatregel_stopt"
    WORDT_21 = "wordt_21"
    WORDT_23 = "wordt_23"
    WORDT_27 = "wordt_27"
    INDICATIE_LOOPT_AF = "indicatie_loopt_af"
    INDICATIE_STOPT_BIJ_18 = "indicatie_stopt_bij_18"
    WACHTLIJST = "wachtlijst"
    #: The newest plan version's evaluation date has passed.
    EVALUATIE_VERSTREKEN = "evaluatie_verstreken"
    #: The next evaluation set at the latest casus-overleg has passed.
    OVERLEG_EVALUATIE_VERSTREKEN = "overleg_evaluatie_verstreken"
    #: A closed case whose retention term has ended: it may be destroyed (never automatically).
    BEWAARTERMIJN_VERSTREKEN = "bewaartermijn_verstreken"
    #: A toestemming that still covers today ends within a month: ask again in time.
    TOESTEMMING_VERLOOPT = "toestemming_verloopt"
    #: A referral with no follow-up recorded after the set time (four weeks): ask how it went.
    VERWIJZING_ZONDER_VERVOLG = "verwijzing_zonder_vervolg"

    @property
    def is_age(self) -> bool:
        """Age milestones, as opposed to signals about care."""
        return self.value.startswith("wordt_")

    @property
    def is_care(self) -> bool:
        """Signals about existing care: ending, stopping at 18, or waiting."""
        return self in (
            SignaalSoort.INDICATIE_LOOPT_AF, SignaalSoort.INDICATIE_STOPT_BIJ_18,
            SignaalSoort.WACHTLIJST,
        )


@dataclass(frozen=True)
class Signaal:
    """One signal with the date it is about."""

    soort: SignaalSoort
    datum: date
    onderwerp: str = ""


def acute_signal(assessed_on: date, domain_names: list[str]) -> Signaal:
    """The acute signal for a newest gesprek with a score of 1 on ``domain_names``."""
    return Signaal(SignaalSoort.ACUUT, assessed_on, ", ".join(domain_names))


def age_on(birth: date, today: date) -> int:
    """Age in whole years on ``today``."""
    years = today.year - birth.year
    if (today.month, today.day) < (birth.month, birth.day):
        years -= 1
    return years


#: Each milestone's age in whole years and months (17.5 is the half year before 18).
_MILESTONE_AGE = {
    SignaalSoort.WORDT_16: (16, 0),
    SignaalSoort.WORDT_17_5: (17, 6),
    SignaalSoort.WORDT_18: (18, 0),
    SignaalSoort.WORDT_21: (21, 0),
    SignaalSoort.WORDT_23: (23, 0),
    SignaalSoort.WORDT_27: (27, 0),
}


def _milestone_on(birth: date, soort: SignaalSoort) -> date:
    years, months = _MILESTONE_AGE[soort]
    moment = add_years(birth, years)
    return add_months(moment, months) if months else moment


def milestone_dates(birth: date) -> dict[SignaalSoort, date]:
    """When each age milestone falls for someone born on ``birth``."""
    return {soort: _milestone_on(birth, soort) for soort in _MILESTONE_AGE}


def age_signals(birth: date | None, today: date, *, heeft_plan: bool) -> list[Signaal]:
    """Milestones that fall within the coming horizon.

    The 18 signal stays on from 17.5 until the birthday: that is the half year in which the
    toekomstplan must be made. Without a plan it is :attr:`SignaalSoort.WORDT_18_ZONDER_PLAN`,
    the one that asks for work; with one it is :attr:`SignaalSoort.WORDT_18`.

    Only the milestones that can fall within their horizon at this age are worked out: in a
    list of 10,000 cases, the dates of all six for everyone were a fifth of the list's time.
    """
    near = _MILESTONES_NEAR_AGE.get(age_on(birth, today)) if birth is not None else None
    if birth is None or near is None:
        return []  # most of a long list: nothing to work out
    return milestones_in_horizon(birth, today, heeft_plan=heeft_plan, only=near)


#: The milestones that can fall within their horizon (at most half a year ahead) at each
#: age: the year before one and its day itself (16, 17.5, 18, 21, 23, 27).
_MILESTONES_NEAR_AGE: dict[int, tuple[SignaalSoort, ...]] = {
    15: (SignaalSoort.WORDT_16,), 16: (SignaalSoort.WORDT_16,),
    17: (SignaalSoort.WORDT_17_5, SignaalSoort.WORDT_18), 18: (SignaalSoort.WORDT_18,),
    20: (SignaalSoort.WORDT_21,), 21: (SignaalSoort.WORDT_21,),
    22: (SignaalSoort.WORDT_23,), 23: (SignaalSoort.WORDT_23,),
    26: (SignaalSoort.WORDT_27,), 27: (SignaalSoort.WORDT_27,),
}


def milestones_in_horizon(birth: date, today: date, *, heeft_plan: bool,
                          only: tuple[SignaalSoort, ...] = tuple(_MILESTONE_AGE)) -> list[Signaal]:
    """:func:`age_signals` worked out for every milestone, or ``only`` these."""
    found = []
    for soort in only:
        moment = _milestone_on(birth, soort)
        horizon = MILESTONE_HORIZON
        if soort is SignaalSoort.WORDT_18:
            horizon = moment - _milestone_on(birth, SignaalSoort.WORDT_17_5)
            if not heeft_plan:
                soort = SignaalSoort.WORDT_18_ZONDER_PLAN
        if today <= moment <= today + horizon:
            found.append(Signaal(soort, moment))
    return found


def evaluatie_signals(evaluatie_datum: date | None, today: date) -> list[Signaal]:
    """The plan's evaluation date, once it has passed (the day itself still counts as on time).

    Nothing is decided by it: the consulent looks again with the household and sets a new date.
    """
    if evaluatie_datum is None or evaluatie_datum >= today:
        return []
    return [Signaal(SignaalSoort.EVALUATIE_VERSTREKEN, evaluatie_datum)]


def overleg_signals(volgende_evaluatie: date | None, today: date) -> list[Signaal]:
    """The next evaluation set at the latest casus-overleg, once it has passed.

    A later meeting sets a new date (and so ends the signal); nothing is decided by it.
    """
    if volgende_evaluatie is None or volgende_evaluatie >= today:
        return []
    return [Signaal(SignaalSoort.OVERLEG_EVALUATIE_VERSTREKEN, volgende_evaluatie)]


#: Jeugdhulp files are kept at least 20 years after care ends (Jeugdwet art. 7.3.10).
JEUGDWET_BEWAARJAREN = 20
#: The organisation's own term for other cases, until it sets one (tafel assumes the
#: Jeugdwet's, the longest common term, rather than destroy too early).
STANDAARD_BEWAARJAREN = JEUGDWET_BEWAARJAREN
BEWAARJAREN_MIN, BEWAARJAREN_MAX = 1, 115


def bewaarjaren(jeugdhulp: bool, organisatie_jaren: int = STANDAARD_BEWAARJAREN) -> int:
    """The case's retention term: the organisation's, and for jeugdhulp at least 20 years."""
    return max(organisatie_jaren, JEUGDWET_BEWAARJAREN) if jeugdhulp else organisatie_jaren


def bewaren_tot(afgesloten_op: date | None, jaren: int = STANDAARD_BEWAARJAREN) -> date | None:
    """The last day a closed case must be kept; None while it is open."""
    return add_years(afgesloten_op, jaren) if afgesloten_op is not None else None


def bewaartermijn_signals(afgesloten_op: date | None, today: date,
                          jaren: int = STANDAARD_BEWAARJAREN) -> list[Signaal]:
    """A closed case past its retention term: the consulent may destroy it; tafel never does."""
    until = bewaren_tot(afgesloten_op, jaren)
    if until is None or until >= today:
        return []
    return [Signaal(SignaalSoort.BEWAARTERMIJN_VERSTREKEN, until)]


class _Toestemming(Protocol):
    ontvanger: str
    grondslag: Grondslag
    gegeven_op: date
    verloopt_op: date | None
    ingetrokken_op: date | None


def toestemming_signals(toestemmingen: Iterable[_Toestemming], today: date) -> list[Signaal]:
    """Consents that expire within a month, by the one rule in :mod:`tafel.domain.consent`."""
    return [
        Signaal(SignaalSoort.TOESTEMMING_VERLOOPT, t.verloopt_op, t.ontvanger)
        for t in toestemmingen
        if t.verloopt_op is not None
        and toestemming_staat(t, today) is ToestemmingStaat.VERLOOPT_BINNENKORT
    ]


class _Verwijzing(Protocol):
    @property
    def ontvanger(self) -> str: ...

    @property
    def verwezen_op(self) -> date: ...

    @property
    def vervolg_op(self) -> date | None: ...


def verwijzing_signals(verwijzingen: Iterable[_Verwijzing], today: date) -> list[Signaal]:
    """Referrals without follow-up after the set time, dated the day it was expected."""
    return [
        Signaal(SignaalSoort.VERWIJZING_ZONDER_VERVOLG, vervolg_verwacht_op(v.verwezen_op),
                v.ontvanger)
        for v in verwijzingen
        if zonder_vervolg(v, today)
    ]


class _Indicatie(Protocol):
    """What the signals read of an indicatie (a row, or only its columns for the list)."""

    @property
    def wetskader(self) -> Wetskader: ...

    @property
    def voorziening(self) -> str: ...

    @property
    def einddatum(self) -> date | None: ...

    @property
    def kader_na_18(self) -> Wetskader | None: ...

    @property
    def wachtlijst(self) -> bool: ...

    @property
    def wachtlijst_sinds(self) -> date | None: ...

    @property
    def beeindigd_op(self) -> date | None: ...


def indicatie_signals(
    indicaties: Iterable[_Indicatie], birth: date | None, today: date
) -> list[Signaal]:
    """Indicaties that end soon, stop at 18 with nothing after, or wait on a list."""
    found = []
    eighteen = add_years(birth, 18) if birth else None
    for ind in indicaties:
        if ind.beeindigd_op is not None and ind.beeindigd_op <= today:
            continue  # ended by a person: nothing left to warn about
        ends = ind.einddatum
        if ends and today - INDICATIE_HORIZON <= ends <= today + INDICATIE_HORIZON:
            found.append(Signaal(SignaalSoort.INDICATIE_LOOPT_AF, ends, ind.voorziening))
        stops_at_18 = (
            eighteen is not None
            and ind.kader_na_18 is None
            and ind.wetskader.value == "jeugdwet"
            and today < eighteen
        )
        if stops_at_18 and eighteen is not None:
            found.append(Signaal(SignaalSoort.INDICATIE_STOPT_BIJ_18, eighteen, ind.voorziening))
        if ind.wachtlijst:
            since = ind.wachtlijst_sinds or today
            found.append(Signaal(SignaalSoort.WACHTLIJST, since, ind.voorziening))
    return found
