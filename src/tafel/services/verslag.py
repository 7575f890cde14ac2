"""The gespreksverslag of a finished keukentafelgesprek: gathered from the vault, as a PDF.

It is made again from the stored gesprek each time (a finished gesprek never changes), so
every copy says the same; printing or saving one is logged with
:meth:`tafel.services.gesprekken.GesprekService.record_verslag`.
"""

from __future__ import annotations

import uuid
from datetime import date

from tafel.domain.enums import PIJLER_NAMEN, GesprekPlaats, GesprekSoort, NetwerkSoort
from tafel.errors import ValidationError
from tafel.render.verslag_model import Contact, VerslagPijler, VerslagPrint, VerslagScore
from tafel.render.verslag_pdf import render_verslag_pdf
from tafel.services.registry import Services
from tafel.views.casussen import BetrokkeneView, CasusOverview
from tafel.views.gesprekken import GesprekView, PijlerNotities

PLACES = {
    GesprekPlaats.KEUKENTAFEL: "aan de keukentafel",
    GesprekPlaats.HUISBEZOEK: "bij jullie thuis",
    GesprekPlaats.KANTOOR: "op kantoor",
    GesprekPlaats.CASUS_OVERLEG: "in het casusoverleg",
    GesprekPlaats.TELEFOON: "aan de telefoon",
}
WORDS = (  # the young person's words per pillar; the professional's own notes stay out
    ("Wat goed gaat:", "wat_gaat_goed"),
    ("Waar je je zorgen over maakt:", "zorgen"),
    ("Wat je wilt:", "ik_wil"),
    ("Wat je zelf kunt:", "ik_kan"),
    ("Wat je nodig hebt:", "ik_heb_nodig"),
)


def verslag_pdf(services: Services, gesprek_id: uuid.UUID) -> bytes:
    """The gespreksverslag of one keukentafelgesprek as PDF bytes."""
    return render_verslag_pdf(gather_verslag(services, gesprek_id))


def gather_verslag(services: Services, gesprek_id: uuid.UUID) -> VerslagPrint:
    """What the verslag says, from the gesprek and the case as they are in the vault."""
    gesprek = services.gesprekken.gesprek(gesprek_id)
    if gesprek.soort is not GesprekSoort.KEUKENTAFELGESPREK:
        raise ValidationError("Alleen van een keukentafelgesprek wordt een gespreksverslag "
                              "gemaakt.")
    overview = services.casussen.open(gesprek.casus_id, shown=False)  # the gesprek was logged
    return VerslagPrint(
        jongere=overview.jongere.naam,
        referentie=overview.casus.referentie,
        datum=gesprek.datum,
        plaats=PLACES.get(gesprek.plaats, gesprek.plaats.value),
        aanwezig=gesprek.aanwezig,
        door=gesprek.afgenomen_door,
        rapportcijfer=gesprek.rapportcijfer,
        samenvatting=gesprek.samenvatting,
        bestaande_zorg=gesprek.bestaande_zorg,
        pijlers=tuple(_pijler(gesprek, notes) for notes in gesprek.pillars),
        contacten=contacts(gesprek, overview, gesprek.datum),
        gemaakt_op=gesprek.afgerond_op,
    )


def _pijler(gesprek: GesprekView, notes: PijlerNotities) -> VerslagPijler:
    scores = tuple(
        VerslagScore(score.name, score.young, score.professional, score.not_discussed)
        for score in gesprek.scores if score.pillar is notes.pillar
    )
    return VerslagPijler(
        naam=PIJLER_NAMEN[notes.pillar],
        woorden=tuple((label, str(getattr(notes, key))) for label, key in WORDS),
        scores=scores,
    )


def contacts(gesprek: GesprekView, overview: CasusOverview, on: date) -> tuple[Contact, ...]:
    """Whom to call, most personal first.

    The consulent, the casusregisseur, the network still involved on ``on`` (the adult who is
    always there first, then family and friends, then professionals) and the adult named in
    the gesprek.
    """
    found: list[Contact] = [Contact(gesprek.afgenomen_door, "je consulent (dit gesprek)", "")]
    if overview.casus.casusregisseur and overview.casus.casusregisseur != gesprek.afgenomen_door:
        found.append(Contact(overview.casus.casusregisseur, "casusregisseur", ""))
    network = [b for b in overview.betrokkenen if b.einddatum is None or b.einddatum >= on]
    named = {c.naam for c in found}
    for person in sorted(network, key=_network_order):
        if person.naam in named:
            continue
        named.add(person.naam)
        found.append(Contact(person.naam, _what(person), person.telefoon or person.email))
    always_there = any(b.altijd_er_voor_mij for b in network)  # that one is named already
    if gesprek.volwassene_wie.strip() and gesprek.volwassene_wie.strip() not in named \
            and not always_there:
        found.append(Contact(gesprek.volwassene_wie.strip(), "iemand die er altijd is", ""))
    return tuple(found)


def _network_order(person: BetrokkeneView) -> tuple[int, str]:
    return (0 if person.altijd_er_voor_mij else 1 if person.soort is NetwerkSoort.INFORMEEL
            else 2, person.naam)


def _what(person: BetrokkeneView) -> str:
    if person.altijd_er_voor_mij:
        return "er altijd voor je" + (f" ({person.rol})" if person.rol else "")
    if person.soort is NetwerkSoort.PROFESSIONEEL:
        return ", ".join(part for part in (person.rol, person.organisatie) if part)
    return person.rol or "uit je netwerk"
