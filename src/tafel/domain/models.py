"""The case model as SQLModel tables.

UUID keys, because records will travel between laptops in bundles and must keep their identity
there. Every table records when a row was made and last changed. Names follow the domain's own
Dutch words (see DOMAIN.md), so the model reads the way consulenten talk.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import JSON, Column, LargeBinary, UniqueConstraint
from sqlmodel import Field, SQLModel

from tafel.domain.enums import (
    AanmeldRoute,
    CasusStatus,
    Grondslag,
    NetwerkSoort,
    Rol,
    Wetskader,
)


def utc_now() -> datetime:
    """The current moment in UTC; every stored timestamp uses it."""
    return datetime.now(UTC)


class _Record(SQLModel):
    """Columns every synced record shares."""

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    aangemaakt_op: datetime = Field(default_factory=utc_now)
    gewijzigd_op: datetime = Field(default_factory=utc_now)


class Huishouden(_Record, table=True):
    """A household: the unit one plan and one casusregisseur serve."""

    naam: str = Field(max_length=200)
    adres: str = Field(default="", max_length=300)
    plaats: str = Field(default="", max_length=100)


class Persoon(_Record, table=True):
    """A member of the household. The BSN is optional and checked with the elfproef.

    ``gezag``: a parent or carer who holds parental authority over the young person (it
    matters while the young person is a minor). ``einddatum``: the day someone left the
    household; the record stays, so the history keeps them.
    """

    huishouden_id: uuid.UUID = Field(foreign_key="huishouden.id", index=True)
    rol: Rol = Field(default=Rol.JONGERE)
    voornaam: str = Field(max_length=100)
    achternaam: str = Field(default="", max_length=150)
    geboortedatum: date | None = None
    bsn: str | None = Field(default=None, max_length=9)
    telefoon: str = Field(default="", max_length=40)
    email: str = Field(default="", max_length=200)
    gezag: bool = False  # holds parental authority over the young person (for a minor)
    einddatum: date | None = None

    @property
    def naam(self) -> str:
        """First and last name, as shown."""
        return f"{self.voornaam} {self.achternaam}".strip()


class Casus(_Record, table=True):
    """One case: a household, its young person, one casusregisseur and a status.

    ``status_voor_afsluiten`` remembers where an active case stood, so that reopening a closed
    case continues from there without a new intake. ``aangemeld_via`` and ``aangemeld_door``:
    how the case came in and by whom (the aanmelding). ``overgedragen_aan``: to whom a case
    closed as handed over went.
    """

    huishouden_id: uuid.UUID = Field(foreign_key="huishouden.id", index=True)
    jongere_id: uuid.UUID = Field(foreign_key="persoon.id", index=True)
    referentie: str = Field(max_length=20, index=True, unique=True)
    status: CasusStatus = Field(default=CasusStatus.AANMELDING, index=True)
    status_voor_afsluiten: CasusStatus | None = None
    casusregisseur: str = Field(max_length=150)
    aangemeld_op: date = Field(default_factory=date.today)
    afgesloten_op: date | None = None
    aanleiding: str = Field(default="", max_length=2000)
    aangemeld_via: AanmeldRoute | None = None
    aangemeld_door: str = Field(default="", max_length=200)
    overgedragen_aan: str = Field(default="", max_length=200)


class Betrokkene(_Record, table=True):
    """Someone in the network: informal (family, friends, mentor) or a professional."""

    casus_id: uuid.UUID = Field(foreign_key="casus.id", index=True)
    soort: NetwerkSoort = Field(default=NetwerkSoort.INFORMEEL)
    naam: str = Field(max_length=150)
    rol: str = Field(default="", max_length=150)
    organisatie: str = Field(default="", max_length=150)
    telefoon: str = Field(default="", max_length=40)
    email: str = Field(default="", max_length=200)
    uren_per_week: float | None = None
    betaald_door: str = Field(default="", max_length=150)
    einddatum: date | None = None
    altijd_er_voor_mij: bool = False
    startdatum: date | None = None
    # A professional who is a known party (their vault's card was imported): the same party
    # can be linked in many cases.
    partij_id: uuid.UUID | None = Field(default=None, foreign_key="partij.id", index=True)


class Toestemming(_Record, table=True):
    """What may be shared with whom and why: consent, or a legal basis instead.

    ``categorieen`` holds :class:`~tafel.domain.enums.Gegevenscategorie` values. A withdrawn or
    expired toestemming stays on record; it simply no longer covers anything.
    """

    casus_id: uuid.UUID = Field(foreign_key="casus.id", index=True)
    ontvanger: str = Field(max_length=200)
    doel: str = Field(max_length=500)
    categorieen: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    grondslag: Grondslag = Field(default=Grondslag.TOESTEMMING)
    gegeven_door: str = Field(default="", max_length=150)
    gegeven_op: date = Field(default_factory=date.today)
    verloopt_op: date | None = None
    ingetrokken_op: date | None = None
    # Who gave it (a household member) and who receives it (the network or the household);
    # ``gegeven_door`` and ``ontvanger`` keep the names as they were on the day.
    gegeven_door_id: uuid.UUID | None = Field(default=None, foreign_key="persoon.id")
    ontvanger_betrokkene_id: uuid.UUID | None = Field(default=None, foreign_key="betrokkene.id")
    ontvanger_persoon_id: uuid.UUID | None = Field(default=None, foreign_key="persoon.id")

    def is_active(self, today: date) -> bool:
        """Whether this toestemming covers anything on ``today`` (the rule: domain/consent)."""
        from tafel.domain.consent import toestemming_staat

        return toestemming_staat(self, today).covers


class Indicatie(_Record, table=True):
    """Existing care: under which law, by whom, until when, and what after 18."""

    casus_id: uuid.UUID = Field(foreign_key="casus.id", index=True)
    persoon_id: uuid.UUID | None = Field(default=None, foreign_key="persoon.id")
    wetskader: Wetskader
    voorziening: str = Field(max_length=200)
    aanbieder: str = Field(default="", max_length=200)
    startdatum: date | None = None
    einddatum: date | None = None
    kader_na_18: Wetskader | None = None
    wachtlijst: bool = False
    wachtlijst_sinds: date | None = None
    beeindigd_op: date | None = None  # ended by a person (the record stays)
    reden_einde: str = Field(default="", max_length=500)


class Verwijzing(_Record, table=True):
    """A referral as a warm handover: to whom, what for, when, contact made, what came of it.

    ``betrokkene_id`` links the recipient to someone in the case's network when they are there;
    ``ontvanger`` is always filled, so the referral reads on its own. Without ``vervolg_op``
    after the set time it is a signal (:mod:`tafel.domain.verwijzing`).
    """

    casus_id: uuid.UUID = Field(foreign_key="casus.id", index=True)
    betrokkene_id: uuid.UUID | None = Field(default=None, foreign_key="betrokkene.id")
    ontvanger: str = Field(max_length=200)
    doel: str = Field(default="", max_length=500)
    verwezen_op: date
    contact_op: date | None = None
    vervolg: str = Field(default="", max_length=1000)
    vervolg_op: date | None = None


class CasusDocument(_Record, table=True):
    """A CRDT document that shadows part of a case for bundles (``deel``: ``personen``).

    The tables stay the truth for the screens; this copy remembers which party wrote what,
    so values changed apart on two laptops meet as a conflict instead of one vanishing
    (:mod:`tafel.domain.dossier_doc`). Encrypted with the vault like every other row.
    """

    __tablename__ = "casusdocument"
    __table_args__ = (UniqueConstraint("casus_id", "deel"),)

    casus_id: uuid.UUID = Field(foreign_key="casus.id", index=True)
    deel: str = Field(max_length=40)
    document: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class AuditEvent(SQLModel, table=True):
    """One entry of the append-only, hash-chained audit log (NEN 7513 style).

    ``hash`` covers every other column plus the previous entry's hash, so changing or removing
    an entry breaks the chain. The vault's metadata keeps the last hash, which also exposes a
    removed last entry.
    """

    __tablename__ = "auditevent"

    volgnummer: int | None = Field(default=None, primary_key=True)
    tijdstip: datetime = Field(default_factory=utc_now)
    wie: str = Field(max_length=150)
    actie: str = Field(max_length=60)
    soort: str = Field(max_length=60)
    record_id: str = Field(default="", max_length=36)
    casus_id: str = Field(default="", max_length=36, index=True)
    details: str = Field(default="", max_length=500)
    vorige_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)
    # NEN 7513 / BIO 8.15.01 (since migration 0018; empty in older entries, whose hash does
    # not cover them): the user's organisation and role, the responsible user on whose
    # behalf they acted, this computer's werkplek id (random, not its name), the result
    # (gelukt/geweigerd), the origin (a screen or a command) and the consent ids or legal
    # basis that allowed it.
    organisatie: str = Field(default="", max_length=120)
    rol: str = Field(default="", max_length=80)
    namens: str = Field(default="", max_length=150)
    werkplek: str = Field(default="", max_length=36)
    resultaat: str = Field(default="", max_length=20)
    herkomst: str = Field(default="", max_length=80)
    grondslag: str = Field(default="", max_length=500)


class VaultMeta(SQLModel, table=True):
    """Small key/value facts about the vault itself (device id, audit head)."""

    __tablename__ = "vaultmeta"

    sleutel: str = Field(primary_key=True, max_length=60)
    waarde: str = Field(default="", max_length=200)


class Partij(_Record, table=True):
    """Another vault whose card was imported: someone this vault exchanges bundles with.

    ``kluis_id`` is the other vault's own id (one row per vault); the keys are public, from
    the card. ``geverifieerd_op`` is the day the two people compared the controlecode face to
    face; new keys for the same vault clear it.
    """

    kluis_id: uuid.UUID = Field(unique=True)
    naam: str = Field(max_length=100)
    organisatie: str = Field(default="", max_length=120)
    rol: str = Field(default="", max_length=80)
    age_ontvanger: str = Field(max_length=100)
    tekensleutel: str = Field(max_length=100)
    geverifieerd_op: date | None = None
    toegevoegd_op: date = Field(default_factory=date.today)


class BewaardFormulier(_Record, table=True):
    """A form the lock closed before it was saved, kept (encrypted) to offer after unlocking.

    ``soort`` names the form ("nieuwe_casus", "handtekening"); ``inhoud`` holds its fields as
    typed. The row is removed as soon as the form is offered again.
    """

    __tablename__ = "bewaardformulier"

    soort: str = Field(max_length=60)
    casus_id: uuid.UUID | None = Field(default=None, index=True)
    inhoud: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
