"""The demo's referrals (verwijzingen), entered step by step as a consulent would.

Jesse was referred to the Jongerenloket three weeks ago: contact was made and the follow-up
is in. His referral to a sports club is a week old, so it is not due yet. Kevin was referred
to the woonbegeleiding six weeks ago and contact was made, but nobody asked how it went: the
case shows "Verwijzing zonder vervolg".
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from tafel.services.registry import Services
from tafel.services.verwijzingen import NieuweVerwijzing


def fill_demo_verwijzingen(services: Services, today: date, case_ids: list[uuid.UUID]) -> None:
    """Add the referrals to the demo's first two cases (Jesse, then Kevin)."""
    jesse, kevin = case_ids[0], case_ids[1]
    service = services.verwijzingen
    loket = _linked(services, jesse, "Jongerenloket Weidestad", "Een stage of bijbaan vinden "
                    "naast school", today - timedelta(days=21))
    service.record_contact(loket, today - timedelta(days=19))
    service.record_outcome(loket, "Jesse heeft twee keer met de jongerencoach gesproken en "
                           "begint na de kerst een stage bij de bakker.", today - timedelta(days=4))
    service.add(jesse, NieuweVerwijzing("Sportclub WSV '58", "Weer gaan voetballen, met "
                                        "een contributieregeling", today - timedelta(days=7)))
    wonen = _linked(services, kevin, "Stichting Onderdak", "Begeleid wonen: kennismaking en "
                    "intake", today - timedelta(days=42))
    service.record_contact(wonen, today - timedelta(days=38))


def _linked(services: Services, case_id: uuid.UUID, to: str, what: str, on: date) -> uuid.UUID:
    """Refer to ``to``; linked to the network entry of that organisation when there is one."""
    network = services.casussen.open(case_id, shown=False).betrokkenen
    link = next((b.id for b in network if b.organisatie == to or b.naam == to), None)
    made = services.verwijzingen.add(case_id, NieuweVerwijzing(to, what, on, betrokkene_id=link))
    assert made.primary_id is not None
    return made.primary_id
