"""The demo's casus-overleg: held seven weeks ago for Jesse, its evaluation now past.

Jesse, his mother and his gezinsbegeleider of Jeugdhulp De Brug were there; his oom was not.
The Jeugdhulp's consent covers Welzijn, School & Werk and Support, so that is what the wall
showed. The evaluation set for six weeks later has passed a week ago, so the case shows the
signal "Evaluatie na het casus-overleg is voorbij". Entered through the services, on the day
it happened (a second set of services whose today is then).
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from tafel.domain.overleg import EVALUATIE_NA, AgendaStap
from tafel.services.registry import Services

#: How long ago the meeting was held.
GELEDEN = timedelta(weeks=7)


def fill_demo_overleggen(services: Services, today: date, case_ids: list[uuid.UUID]) -> None:
    """Hold and finish one casus-overleg for the demo's first case (Jesse)."""
    then = today - GELEDEN
    past = Services(services.context.vault, today=lambda: then)
    jesse = case_ids[0]
    room = [k.aanwezige for k in past.overleg.kandidaten(jesse)
            if k.naam in ("Jesse Verhoeckx", "Ingrid Verhoeckx", "Sanne Kalkhoven")]
    started = past.overleg.start(jesse, room)
    for stap in (AgendaStap.PERSPECTIEF, AgendaStap.NETWERK, AgendaStap.AFSPRAKEN):
        past.overleg.zet_stap(started.overleg_id, stap)
    past.overleg.zet_conclusies(started.overleg_id, [
        "Jesse wil na de zomer een opleiding in de bouw beginnen.",
        "De gezinsbegeleiding stopt bij 18; Jesse en zijn moeder willen daarna een vast "
        "aanspreekpunt.",
        "Oom Ruud wordt gevraagd mee te denken over een stageplek.",
    ])
    past.overleg.rond_af(started.overleg_id, then + EVALUATIE_NA)
