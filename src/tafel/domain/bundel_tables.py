"""Bundles as tables: every bundle sent or read, and what each set of recipients has.

A :class:`Bundel` row remembers a bundle by its id, so the same bundle read twice changes
nothing, and keeps a bundle whose predecessor has not arrived (``status`` *wacht*, with the
bundle itself in ``inhoud``, encrypted like everything in the vault) until it can apply.
A :class:`SyncStand` holds, per case and set of recipients, the running number of the last
bundle sent and the state of every document it carried, so the next bundle holds only what
changed since.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Column, LargeBinary, UniqueConstraint
from sqlmodel import Field

from tafel.domain.models import _Record, utc_now


class BundelRichting(StrEnum):
    """Sent from this vault, or read into it."""

    UIT = "uit"
    IN = "in"


class BundelStatus(StrEnum):
    """Where a bundle stands here."""

    VERSTUURD = "verstuurd"
    INGELEZEN = "ingelezen"
    WACHT = "wacht"  # its predecessor has not arrived: kept, applied once it has


class Bundel(_Record, table=True):
    """One bundle sent or read (no case text: who, which case, which number, which parts)."""

    bundel_id: uuid.UUID = Field(unique=True)
    richting: BundelRichting
    casus_id: uuid.UUID | None = Field(default=None, index=True)  # may not exist yet here
    referentie: str = Field(default="", max_length=100)
    partij: str = Field(default="", max_length=2000)  # sender's vault id, or recipients
    afzender: str = Field(default="", max_length=200)  # the sender's name, as it said
    volgnummer: int = 1
    bouwt_op: int | None = None
    gemaakt_op: datetime = Field(default_factory=utc_now)
    status: BundelStatus = BundelStatus.INGELEZEN
    categorieen: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    ontbreekt: str = Field(default="", max_length=500)
    inhoud: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))


class SyncStand(_Record, table=True):
    """What one set of recipients was last sent about a case: number and document states."""

    __table_args__ = (UniqueConstraint("casus_id", "ontvangers"),)

    casus_id: uuid.UUID = Field(index=True)
    ontvangers: str = Field(max_length=2000)  # sorted vault ids, comma-separated
    volgnummer: int = 0
    standen: dict[str, Any] = Field(default_factory=dict,
                                    sa_column=Column(JSON, nullable=False))
