"""The demo holds a finished casus-overleg whose evaluation has passed (so its signal shows)."""

from __future__ import annotations

from tafel.domain.enums import Gegevenscategorie as C
from tafel.domain.signals import SignaalSoort
from tafel.services import Services
from tests.builders import TODAY


def test_jesse_had_a_casus_overleg_seven_weeks_ago_and_its_evaluation_is_due(
    demo_services: Services,
) -> None:
    jesse = next(s for s in demo_services.casussen.summaries()
                 if s.jongere == "Jesse Verhoeckx")
    [meeting] = demo_services.overleg.voor_casus(jesse.id)
    assert not meeting.lopend and meeting.volgende_evaluatie is not None
    assert meeting.volgende_evaluatie < TODAY
    assert SignaalSoort.OVERLEG_EVALUATIE_VERSTREKEN in jesse.signalen
    assert len(meeting.conclusies) == 3
    assert {p.naam for p in meeting.afwezigen} >= {"Ruud Verhoeckx"}
    # The Jeugdhulp's consent (linked to its network entry) is what the wall ran on.
    verslag = demo_services.overleg.verslag(meeting.id)
    assert verslag.categorieen == {C.WELZIJN, C.SCHOOL_WERK, C.SUPPORT}
    assert meeting.grondslag and meeting.grondslag[0].startswith("Jeugdhulp De Brug")
