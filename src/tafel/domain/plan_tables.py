"""The toekomstplan as tables: one plan per case, its versions, frozen moments and signatures.

A version holds its content as a pycrdt document (:mod:`tafel.domain.plan_doc`). Whenever a
version is printed or signed, the exact content is frozen as a :class:`PlanMoment` under its
SHA-256, so a printed copy can later be checked against the vault even after the plan moved
on. A :class:`Handtekening` names the hash it was placed under: when the text changes, the
signature is still there, but visibly belongs to an older text.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import JSON, Column, LargeBinary, UniqueConstraint
from sqlmodel import Field

from tafel.domain.models import _Record
from tafel.domain.plan_content import DEFAULT_RHYTHM_MONTHS, VersieStatus


class Toekomstplan(_Record, table=True):
    """The one toekomstplan of a case."""

    casus_id: uuid.UUID = Field(foreign_key="casus.id", index=True, unique=True)
    evaluatie_ritme_maanden: int = Field(default=DEFAULT_RHYTHM_MONTHS)
    gestart_door: str = Field(default="", max_length=150)
    # The case reference the plan's hashes are made with: the reference where the plan was
    # started, kept when the plan travels to a vault that numbers its cases otherwise, so a
    # signature placed on one laptop counts on the others. Empty: the case's own reference.
    kenmerk: str = Field(default="", max_length=100)


class PlanVersie(_Record, table=True):
    """One version of a plan; only concepts and versions out for signing change."""

    __table_args__ = (UniqueConstraint("plan_id", "nummer"),)

    plan_id: uuid.UUID = Field(foreign_key="toekomstplan.id", index=True)
    nummer: int
    status: VersieStatus = Field(default=VersieStatus.CONCEPT)
    document: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    inhoud_hash: str = Field(max_length=64)
    gemaakt_uit: int | None = None
    getekend_op: date | None = None


class PlanMoment(_Record, table=True):
    """The exact content of a version at the moment it was printed or signed."""

    __table_args__ = (UniqueConstraint("versie_id", "inhoud_hash"),)

    versie_id: uuid.UUID = Field(foreign_key="planversie.id", index=True)
    inhoud_hash: str = Field(max_length=64, index=True)
    inhoud: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class Handtekening(_Record, table=True):
    """A signature under one exact text of a version: drawn, or typed and confirmed.

    ``getypt``: signed with the keyboard (the name typed, "this is my signature" ticked), for
    someone who cannot draw on the pad; it has no strokes and is marked as typed on paper.
    """

    versie_id: uuid.UUID = Field(foreign_key="planversie.id", index=True)
    inhoud_hash: str = Field(max_length=64)
    ondertekenaar: str = Field(default="", max_length=60)  # "persoon:<id>", "betrokkene:<id>"
    naam: str = Field(max_length=150)
    rol: str = Field(default="", max_length=150)
    plaats: str = Field(default="", max_length=100)
    datum: date
    lijnen: list[Any] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    verhouding: float = 3.0  # width / height of the pad the signature was drawn on
    getypt: bool = False


class Afdruk(_Record, table=True):
    """The text of every page of one printed copy, as tafel made it.

    A printed PDF is deterministic, so a copy presented later must have exactly these page
    texts; ``tafel verify`` compares them page by page and names any difference, so a PDF
    that merely carries a real code beside other words is refused.
    """

    __table_args__ = (UniqueConstraint("versie_id", "tekst_hash"),)

    versie_id: uuid.UUID = Field(foreign_key="planversie.id", index=True)
    inhoud_hash: str = Field(max_length=64, index=True)
    tekst_hash: str = Field(max_length=64)  # SHA-256 over the page texts, to find a copy
    paginas: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    hoe: str = Field(default="", max_length=60)  # "afgedrukt", "opgeslagen als pdf", ...
    # A text in this copy was later corrected or removed on request (AVG art. 16/17): its
    # page texts went with it; ``tekst_hash`` stays, so the copy is still recognised.
    tekst_verwijderd_op: date | None = None
