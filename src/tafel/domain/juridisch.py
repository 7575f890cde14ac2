"""The young person's legal status: a child-protection measure or an investigation, with dates.

Seed 003: an ondertoezichtstelling (OTS) is ordered by the kinderrechter and carried out by a
jeugdbeschermer of a gecertificeerde instelling (GI); voogdij and a gesloten machtiging
(jeugdhulp met verblijf in a closed setting) are ordered by the kinderrechter too; a
raadsonderzoek is done by the Raad voor de Kinderbescherming. The record says what, from when
until when, and which body ordered or carries it. Ending keeps the record, like the network.

An OTS, voogdij and a gesloten machtiging end when the young person comes of age. That is a
signal in the half year before 18 (what takes over?), never an action.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date, timedelta
from enum import StrEnum
from typing import Protocol

from sqlmodel import Field

from tafel.domain.dates import add_months, add_years
from tafel.domain.models import _Record
from tafel.domain.signals import Signaal, SignaalSoort


class Maatregel(StrEnum):
    """Kinds of legal status (stable keys, stored in the vault)."""

    OTS = "ots"
    VOOGDIJ = "voogdij"
    GESLOTEN_MACHTIGING = "gesloten_machtiging"
    RAADSONDERZOEK = "raadsonderzoek"

    @property
    def stopt_bij_18(self) -> bool:
        """Measures that end by law when the young person comes of age."""
        return self is not Maatregel.RAADSONDERZOEK

    @property
    def korte_naam(self) -> str:
        """The short Dutch name, as consulenten say it (used as a signal's subject)."""
        return {
            Maatregel.OTS: "OTS",
            Maatregel.VOOGDIJ: "voogdij",
            Maatregel.GESLOTEN_MACHTIGING: "gesloten machtiging",
            Maatregel.RAADSONDERZOEK: "raadsonderzoek",
        }[self]


class Instantie(StrEnum):
    """The body that ordered the measure or carries it out."""

    KINDERRECHTER = "kinderrechter"
    GI = "gi"  # a gecertificeerde instelling (jeugdbescherming, jeugdreclassering)
    RAAD = "raad"  # de Raad voor de Kinderbescherming
    ANDERS = "anders"


#: Who usually orders each measure; the form starts from it.
GEWOONLIJK_DOOR = {
    Maatregel.OTS: Instantie.KINDERRECHTER,
    Maatregel.VOOGDIJ: Instantie.KINDERRECHTER,
    Maatregel.GESLOTEN_MACHTIGING: Instantie.KINDERRECHTER,
    Maatregel.RAADSONDERZOEK: Instantie.RAAD,
}


class JuridischeStatus(_Record, table=True):
    """One legal status of a person in the case (by default the young person).

    ``instantie``: the body that ordered or carries it; ``uitgevoerd_door``: its name, or the
    GI that carries out what the kinderrechter ordered ("Jeugdbescherming Regio").
    """

    __tablename__ = "juridischestatus"

    casus_id: uuid.UUID = Field(foreign_key="casus.id", index=True)
    persoon_id: uuid.UUID | None = Field(default=None, foreign_key="persoon.id")
    soort: Maatregel
    instantie: Instantie = Field(default=Instantie.KINDERRECHTER)
    uitgevoerd_door: str = Field(default="", max_length=200)
    startdatum: date | None = None
    einddatum: date | None = None
    toelichting: str = Field(default="", max_length=500)


class _Status(Protocol):
    @property
    def soort(self) -> Maatregel: ...
    @property
    def startdatum(self) -> date | None: ...
    @property
    def einddatum(self) -> date | None: ...


def loopt_op(status: _Status, day: date) -> bool:
    """Whether the status holds on ``day`` (started, and not ended before it)."""
    started = status.startdatum is None or status.startdatum <= day
    return started and (status.einddatum is None or status.einddatum >= day)


def juridisch_signals(statussen: Iterable[_Status], birth: date | None,
                      today: date) -> list[Signaal]:
    """A measure that runs until the 18th birthday, shown from 17.5 on (like "wordt 18").

    It ends by law when the young person comes of age, so in that half year someone asks
    what takes over. Counted among the age signals; it decides nothing.
    """
    if birth is None:
        return []
    eighteen = add_years(birth, 18)
    from_day = add_months(add_years(birth, 17), 6)
    if not from_day <= today <= eighteen:
        return []
    day_before = eighteen - timedelta(days=1)
    return [
        Signaal(SignaalSoort.WORDT_18_MAATREGEL_STOPT, eighteen, s.soort.korte_naam)
        for s in statussen
        if s.soort.stopt_bij_18 and loopt_op(s, today)
        and (s.einddatum is None or s.einddatum >= day_before)
    ]
