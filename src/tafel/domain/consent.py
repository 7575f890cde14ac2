"""The one rule for consent: what a toestemming covers on a given day.

Every screen, the projection in the casus-overleg and the bundles ask here, so "may this be
shared today?" has one answer. A legal basis (a covenant, a legal task) stands in for
consent and has no withdrawal by the household; consent itself can be withdrawn and expire.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum
from typing import Protocol

from tafel.domain.enums import Grondslag

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
