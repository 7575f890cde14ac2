"""The one consent rule: what a toestemming covers on a given day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest

from tafel.domain.consent import (
    EXPIRING_WITHIN,
    Gever,
    ToestemmingStaat,
    mag_toestemming_geven,
    toestemming_staat,
    wie_geeft_toestemming,
)
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


def test_from_the_16th_birthday_the_young_person_gives_consent_herself() -> None:
    born = date(2010, 3, 15)
    assert wie_geeft_toestemming(born, date(2026, 3, 14)) is Gever.GEZAGHEBBER
    assert wie_geeft_toestemming(born, date(2026, 3, 15)) is Gever.JONGERE
    assert wie_geeft_toestemming(None, date(2026, 3, 14)) is Gever.JONGERE  # tafel: 16-27
    day_before = date(2026, 3, 14)
    assert mag_toestemming_geven(is_jongere=False, heeft_gezag=True, jongere_geboren=born,
                                 on=day_before)
    assert not mag_toestemming_geven(is_jongere=False, heeft_gezag=False, jongere_geboren=born,
                                     on=day_before)
    assert not mag_toestemming_geven(is_jongere=True, heeft_gezag=False, jongere_geboren=born,
                                     on=day_before)
    birthday = date(2026, 3, 15)
    assert mag_toestemming_geven(is_jongere=True, heeft_gezag=False, jongere_geboren=born,
                                 on=birthday)
    assert not mag_toestemming_geven(is_jongere=False, heeft_gezag=True, jongere_geboren=born,
                                     on=birthday)
