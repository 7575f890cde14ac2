"""The Dutch words of the printed toekomstplan.

The PDF is always Dutch (the family and the municipality read it), so its words live here in
the core and not in the interface's translation file. The wording follows the domain: zelf
doen, netwerk, ondersteuning, behandeling, afspraak, doorbraak, waardendriehoek, vangnet. The
names of the plan's parts are not here but in :mod:`tafel.domain.plan_parts`, which the editor
shows too, so the screen and the paper use the same words.
"""

from __future__ import annotations

from tafel.domain.plan_content import (
    AfspraakStatus,
    DoorbraakSoort,
    KostenRoute,
    VersieStatus,
)

#: The question each corner of the waardendriehoek asks (its name: ``WAARDEN_NAMES``).
WAARDEN_QUESTIONS = {
    "legitimiteit": "Is het juridisch legitiem?",
    "betrokkenheid": "Draagt het bij aan autonomie en kwaliteit van leven?",
    "rendement": "Levert het maatschappelijk meer op dan het kost?",
}

VERSION_STATUS = {
    VersieStatus.CONCEPT: "Concept – nog niet getekend",
    VersieStatus.TER_ONDERTEKENING: "Klaar om te tekenen – nog niet door iedereen getekend",
    VersieStatus.GETEKEND: "Getekend",
    VersieStatus.VERVANGEN: "Vervangen door een nieuwere versie",
}

AFSPRAAK_STATUS = {
    AfspraakStatus.OPEN: "Nog te doen",
    AfspraakStatus.BEZIG: "Bezig",
    AfspraakStatus.GEDAAN: "Gedaan",
    AfspraakStatus.VERVALLEN: "Vervallen",
}

ROUTES = {
    KostenRoute.HUIDIG: ("Huidige route", "Wat de hulp nu kost, als er niets verandert."),
    KostenRoute.DREIGEND: ("Dreigende route",
                           "Wat het kost als het misgaat (uithuiszetting, detentie, "
                           "plaatsing…)."),
    KostenRoute.PLAN: ("Dit plan", "Wat dit plan en de doorbraak kosten."),
}

DOORBRAAK_SOORT = {
    DoorbraakSoort.GIFT: "Gift (geen beschikking)",
    DoorbraakSoort.BESCHIKKING: "Beschikking",
    DoorbraakSoort.GEEN_GELD: "Er is geen geld nodig",
}

SIGNER_ROLES = {
    "jongere": "Jongere",
    "ouder": "Ouder",
    "verzorger": "Verzorger",
    "partner": "Partner",
    "kind": "Kind",
    "broer_zus": "Broer of zus",
    "overig": "Familie of huisgenoot",
    "professional": "Professional",
    "netwerk": "Netwerk",
}


def role_text(rol: str) -> str:
    """A signer's role as printed: known keys in words, a betrokkene's own role as written."""
    text = SIGNER_ROLES.get(rol.strip().lower(), rol.strip())
    return text[:1].upper() + text[1:] if text else ""


def months_text(months: int) -> str:
    """``elke maand`` or ``elke 3 maanden``."""
    return "elke maand" if months == 1 else f"elke {months} maanden"
