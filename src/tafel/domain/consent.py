"""The one rule for consent: what a toestemming covers on a given day.

Every screen, the projection in the casus-overleg and the bundles ask here, so "may this be
shared today?" has one answer. A legal basis (a covenant, a legal task) stands in for
consent and has no withdrawal by the household; consent itself can be withdrawn and expire.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum
from typing import Protocol

from tafel.domain.dates import add_years
from tafel.domain.enums import Grondslag

#: From this age the young person decides about their own data; for anyone younger a holder of
#: parental authority does (Uitvoeringswet AVG, art. 5).
OWN_CONSENT_FROM_AGE = 16

#: Within this many days of its end, consent is shown as expiring (ask again in time).
EXPIRING_WITHIN = timedelta(days=30)


class ToestemmingStaat(StrEnum):
    """What a toestemming is on one day."""

    NOG_NIET = "nog_niet"  # given for a later date
    ACTIEF = "actief"
    VERLOOPT_BINNENKORT = "verloopt_binnenkort"  # still active, ends within EXPIRING_WITHIN
    VERLOPEN = "verlopen"
    INGETROKKEN = "ingetrokken"
    WETTELIJKE_GRONDSLAG = "wettelijke_grondslag"  # a legal basis instead of consent

    @property
    def covers(self) -> bool:
        """Whether data may be shared under it on that day."""
        return self in (ToestemmingStaat.ACTIEF, ToestemmingStaat.VERLOOPT_BINNENKORT,
                        ToestemmingStaat.WETTELIJKE_GRONDSLAG)


class _Toestemming(Protocol):
    grondslag: Grondslag
    gegeven_op: date
    verloopt_op: date | None
    ingetrokken_op: date | None


def toestemming_staat(toestemming: _Toestemming, on: date) -> ToestemmingStaat:
    """The state of ``toestemming`` on ``on`` (a row or a view: anything with its dates)."""
    if toestemming.ingetrokken_op is not None and toestemming.ingetrokken_op <= on:
        return ToestemmingStaat.INGETROKKEN
    if toestemming.verloopt_op is not None and toestemming.verloopt_op < on:
        return ToestemmingStaat.VERLOPEN
    if toestemming.gegeven_op > on:
        return ToestemmingStaat.NOG_NIET
    if toestemming.grondslag is not Grondslag.TOESTEMMING:
        return ToestemmingStaat.WETTELIJKE_GRONDSLAG
    if toestemming.verloopt_op is not None and toestemming.verloopt_op - on <= EXPIRING_WITHIN:
        return ToestemmingStaat.VERLOOPT_BINNENKORT
    return ToestemmingStaat.ACTIEF


class Gever(StrEnum):
    """Who may give consent about the young person's data on a given day."""

    JONGERE = "jongere"  # 16 or older (or the birth date is not known: tafel serves 16-27)
    GEZAGHEBBER = "gezaghebber"  # younger than 16: a holder of parental authority


def wie_geeft_toestemming(jongere_geboren: date | None, on: date) -> Gever:
    """Who gives consent on ``on``: the young person from 16, before that a gezaghebber."""
    if jongere_geboren is None or add_years(jongere_geboren, OWN_CONSENT_FROM_AGE) <= on:
        return Gever.JONGERE
    return Gever.GEZAGHEBBER


def mag_toestemming_geven(*, is_jongere: bool, heeft_gezag: bool,
                          jongere_geboren: date | None, on: date) -> bool:
    """Whether this household member may give consent about the young person on ``on``."""
    if wie_geeft_toestemming(jongere_geboren, on) is Gever.JONGERE:
        return is_jongere
    return heeft_gezag and not is_jongere
