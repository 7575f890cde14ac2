"""The demo's legal status and 18-/18+ checklist, entered through the services as a user would.

Jaylen Pinas (17, seed 003) is under an ondertoezichtstelling that the kinderrechter ordered and
Jeugdbescherming Regio carries out; it ends on his 18th birthday. His checklist is partly
filled: a place to live, school and an adult to fall back on are arranged, money and care after
18 are still open. Jesse Verhoeckx's checklist is untouched, so every item shows as open.
"""

from __future__ import annotations

import uuid
from datetime import date

from tafel.domain.checklist18 import PuntStaat
from tafel.domain.dates import add_months
from tafel.domain.juridisch import Instantie, Maatregel
from tafel.services.juridisch import NieuweJuridischeStatus
from tafel.services.registry import Services

_PINAS = 5  # the position of the Pinas household in the demo's list of cases


def fill_demo_overgang(services: Services, today: date, case_ids: list[uuid.UUID]) -> None:
    """Add the OTS and the partly filled checklist to the Pinas case."""
    case_id = case_ids[_PINAS]
    services.juridisch.add(case_id, NieuweJuridischeStatus(
        Maatregel.OTS, Instantie.KINDERRECHTER, "Jeugdbescherming Regio",
        startdatum=add_months(today, -10), einddatum=add_months(today, 5),
        toelichting="Jeugdbeschermer Mirjam Wijnbergen; het gezinsplan volgt de doelen van "
                    "de OTS."))
    checklist = services.checklist18
    checklist.set_punt(case_id, "wonen", PuntStaat.GEREGELD,
                       "Jaylen blijft thuis wonen en staat ingeschreven bij de "
                       "woningcorporatie.", "Gwendolyn Pinas")
    checklist.set_punt(case_id, "school_werk", PuntStaat.GEREGELD,
                       "Mbo 2 Sport en bewegen loopt door na zijn 18e.", "Jaylen Pinas")
    checklist.set_punt(case_id, "volwassene", PuntStaat.GEREGELD,
                       "Oma Ruth; hij eet elke zondag bij haar.", "Ruth Pinas")
    checklist.set_punt(case_id, "financien", PuntStaat.OPEN,
                       "Zorgverzekering en DigiD aanvragen; een bewindvoerder is niet nodig.",
                       "Sander Lindeboom")
