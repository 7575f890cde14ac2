"""Gesprekken as tables: a finished gesprek, its pillars and domain scores, and drafts.

A finished :class:`Gesprek` never changes: it records the instrument id and version it used,
and each :class:`GesprekScore` keeps the domain's name as it was, so a newer instrument
never rewrites an old gesprek. While a conversation is going on, everything typed lives
in one :class:`LopendGesprek` (a draft), saved as it is typed; finishing turns the draft
into a Gesprek in one transaction.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, Column
from sqlmodel import Field

from tafel.domain.enums import Antwoord, GesprekPlaats, GesprekSoort, Pijler
from tafel.domain.models import _Record, utc_now


class Gesprek(_Record, table=True):
    """A finished keukentafelgesprek or snelle check."""

    casus_id: uuid.UUID = Field(foreign_key="casus.id", index=True)
    soort: GesprekSoort = Field(default=GesprekSoort.KEUKENTAFELGESPREK)
    datum: date
    plaats: GesprekPlaats = Field(default=GesprekPlaats.KEUKENTAFEL)
    aanwezig: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    instrument_id: str = Field(max_length=64)
    instrument_versie: int
    rapportcijfer: int | None = None
    samenvatting: str = Field(default="", max_length=4000)
    bestaande_zorg: str = Field(default="", max_length=2000)
    volwassene_altijd_daar: Antwoord | None = None
    volwassene_wie: str = Field(default="", max_length=200)
    afgenomen_door: str = Field(max_length=150)
    afgerond_op: datetime = Field(default_factory=utc_now)


class GesprekPijler(_Record, table=True):
    """What was said about one pillar, in the young person's words, plus the pro's note.

    The pillar-level scores are used by the snelle check, which scores each pillar once.
    """

    gesprek_id: uuid.UUID = Field(foreign_key="gesprek.id", index=True)
    pijler: Pijler
    wat_gaat_goed: str = Field(default="", max_length=4000)
    zorgen: str = Field(default="", max_length=4000)
    ik_wil: str = Field(default="", max_length=2000)
    ik_kan: str = Field(default="", max_length=2000)
    ik_heb_nodig: str = Field(default="", max_length=2000)
    notitie: str = Field(default="", max_length=4000)
    score_professional: int | None = None
    score_jongere: int | None = None


class GesprekScore(_Record, table=True):
    """Both voices on one domain: the professional's score and the young person's own."""

    gesprek_id: uuid.UUID = Field(foreign_key="gesprek.id", index=True)
    pijler: Pijler
    domein: str = Field(max_length=41)
    domein_naam: str = Field(max_length=60)
    score_professional: int | None = None
    score_jongere: int | None = None
    niet_besproken: bool = False
    toelichting: str = Field(default="", max_length=2000)


class LopendGesprek(_Record, table=True):
    """A conversation in progress: everything typed so far, and the step it is at."""

    casus_id: uuid.UUID = Field(foreign_key="casus.id", index=True)
    soort: GesprekSoort = Field(default=GesprekSoort.KEUKENTAFELGESPREK)
    instrument_id: str = Field(max_length=64)
    instrument_versie: int
    stap: int = 0
    inhoud: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    gestart_door: str = Field(max_length=150)
