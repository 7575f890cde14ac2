"""Who is in the room decides what the wall shows (the casus-overleg, issue 13's first rule).

In the casus-overleg the laptop is projected for everyone present. What the wall may show is
what the household agreed to share with *everyone* in the room: per category, the
intersection over all present of what each may see.

- The household (the young person and the members of the household) may see its own data.
- Everyone else (the informal network, professionals, a guest) sees a category only when an
  active consent or legal basis covers it for them (:mod:`tafel.domain.consent`). A guest
  has no consent, so a guest in the room hides every category.
- The private part ("besloten deel") is the household and its own circle only: the switch
  leaves out professionals and guests, and the informal network sees what the household sees.
- Notes never reach the wall, whoever is present; nor do BSN, address and contact details
  (those are not categories: the wall's view never holds them).
- An empty room shows nothing: the wall starts dark until someone is ticked.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Protocol

from tafel.domain.consent import toestemming_staat
from tafel.domain.enums import Gegevenscategorie, Grondslag

#: What the wall can ever show: the Big 5, the plan, and the people's names and roles.
OP_DE_WAND: frozenset[Gegevenscategorie] = frozenset(
    c for c in Gegevenscategorie if c is not Gegevenscategorie.NOTITIES)


class AgendaStap(StrEnum):
    """The steps of the casus-overleg, in the order of the Doorbraakmethode."""

    SITUATIESCHETS = "situatieschets"
    PERSPECTIEF = "perspectief"
    ZELF_DOEN = "zelf_doen"
    NETWERK = "netwerk"
    ONDERSTEUNING = "ondersteuning"
    BEHANDELING = "behandeling"
    DOORBRAAK = "doorbraak"
    AFSPRAKEN = "afspraken"
    VANGNET = "vangnet"


#: A time box per step in minutes (an hour in all): shown gently, never enforced.
TIJD_PER_STAP: dict[AgendaStap, int] = {
    AgendaStap.SITUATIESCHETS: 5, AgendaStap.PERSPECTIEF: 10, AgendaStap.ZELF_DOEN: 5,
    AgendaStap.NETWERK: 5, AgendaStap.ONDERSTEUNING: 5, AgendaStap.BEHANDELING: 5,
    AgendaStap.DOORBRAAK: 10, AgendaStap.AFSPRAKEN: 10, AgendaStap.VANGNET: 5,
}

#: The next evaluation, unless the room chooses another date.
EVALUATIE_NA = timedelta(weeks=6)


class AanwezigeSoort(StrEnum):
    """How someone in the room stands to the case."""

    HUISHOUDEN = "huishouden"  # the young person or a member of the household
    INFORMEEL = "informeel"  # the household's own circle: family, friends, a mentor
    PROFESSIONEEL = "professioneel"
    GAST = "gast"  # someone added at the meeting: no record, no consent


@dataclass(frozen=True)
class Aanwezige:
    """Someone ticked as present; ``id`` is their Persoon or Betrokkene id (None: a guest)."""

    soort: AanwezigeSoort
    naam: str
    id: uuid.UUID | None = None


class _Toestemming(Protocol):
    categorieen: list[str]
    grondslag: Grondslag
    gegeven_op: date
    verloopt_op: date | None
    ingetrokken_op: date | None
    ontvanger_betrokkene_id: uuid.UUID | None
    ontvanger_persoon_id: uuid.UUID | None


def mag_zien(aanwezige: Aanwezige, toestemmingen: Iterable[_Toestemming],
             on: date) -> frozenset[Gegevenscategorie]:
    """What one person in the room may see on ``on``."""
    if aanwezige.soort is AanwezigeSoort.HUISHOUDEN:
        return OP_DE_WAND
    if aanwezige.soort is AanwezigeSoort.GAST or aanwezige.id is None:
        return frozenset()
    allowed: set[Gegevenscategorie] = set()
    for toestemming in toestemmingen:
        if aanwezige.id not in (toestemming.ontvanger_betrokkene_id,
                                toestemming.ontvanger_persoon_id):
            continue
        if not toestemming_staat(toestemming, on).covers:
            continue
        for raw in toestemming.categorieen:
            try:
                allowed.add(Gegevenscategorie(raw))
            except ValueError:
                continue
    return frozenset(allowed) & OP_DE_WAND


def zichtbaar(aanwezigen: Iterable[Aanwezige], toestemmingen: Iterable[_Toestemming],
              on: date, *, besloten: bool = False) -> frozenset[Gegevenscategorie]:
    """The categories the wall may show with these people in the room.

    ``besloten``: the private part, only the household and its own circle (professionals
    and guests are then not counted, as they have left the room).
    """
    present = list(aanwezigen)
    if besloten:
        present = [a for a in present if a.soort in (AanwezigeSoort.HUISHOUDEN,
                                                     AanwezigeSoort.INFORMEEL)]
        if not any(a.soort is AanwezigeSoort.HUISHOUDEN for a in present):
            return frozenset()
        return OP_DE_WAND
    if not present:
        return frozenset()
    consents = list(toestemmingen)
    shown = OP_DE_WAND
    for aanwezige in present:
        shown &= mag_zien(aanwezige, consents, on)
    return shown
