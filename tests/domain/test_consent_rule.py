"""The one consent rule: what a toestemming covers on a given day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest

from tafel.domain.consent import EXPIRING_WITHIN, ToestemmingStaat, toestemming_staat
from tafel.domain.enums import Grondslag

DAY = date(2026, 11, 30)


@dataclass
class Consent:
    grondslag: Grondslag = Grondslag.TOESTEMMING
    gegeven_op: date = DAY - timedelta(days=100)
    verloopt_op: date | None = None
    ingetrokken_op: date | None = None


@pytest.mark.parametrize("consent, state", [
    (Consent(), ToestemmingStaat.ACTIEF),
    (Consent(verloopt_op=DAY + EXPIRING_WITHIN), ToestemmingStaat.VERLOOPT_BINNENKORT),
    (Consent(verloopt_op=DAY + EXPIRING_WITHIN + timedelta(days=1)), ToestemmingStaat.ACTIEF),
    (Consent(verloopt_op=DAY), ToestemmingStaat.VERLOOPT_BINNENKORT),  # the last day counts
    (Consent(verloopt_op=DAY - timedelta(days=1)), ToestemmingStaat.VERLOPEN),
    (Consent(ingetrokken_op=DAY), ToestemmingStaat.INGETROKKEN),
    (Consent(ingetrokken_op=DAY + timedelta(days=1)), ToestemmingStaat.ACTIEF),
    (Consent(gegeven_op=DAY + timedelta(days=1)), ToestemmingStaat.NOG_NIET),
    (Consent(grondslag=Grondslag.WETTELIJKE_TAAK), ToestemmingStaat.WETTELIJKE_GRONDSLAG),
    (Consent(grondslag=Grondslag.CONVENANT, ingetrokken_op=DAY), ToestemmingStaat.INGETROKKEN),
])
def test_the_state_on_a_day(consent: Consent, state: ToestemmingStaat) -> None:
    assert toestemming_staat(consent, DAY) is state


def test_only_active_expiring_and_legal_basis_cover() -> None:
    covering = {s for s in ToestemmingStaat if s.covers}
    assert covering == {ToestemmingStaat.ACTIEF, ToestemmingStaat.VERLOOPT_BINNENKORT,
                        ToestemmingStaat.WETTELIJKE_GRONDSLAG}
