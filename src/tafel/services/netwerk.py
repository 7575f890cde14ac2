"""The people around a case: household members, the network, toestemming and indicaties."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from tafel.domain.enums import Gegevenscategorie, Grondslag, NetwerkSoort, Rol, Wetskader
from tafel.domain.models import Betrokkene, Casus, Indicatie, Persoon, Toestemming, utc_now
from tafel.domain.records import AuditAction, RecordKind
from tafel.errors import NotFoundError, ValidationError
from tafel.services import validation
from tafel.services.base import Service, writes
from tafel.services.changes import UNKNOWN, ChangeSet, Origin


@dataclass(frozen=True)
class NieuwePersoon:
    """A household member besides the young person."""

    rol: Rol
    voornaam: str
    achternaam: str = ""
    geboortedatum: date | None = None
    bsn: str | None = None
    telefoon: str = ""
    email: str = ""


@dataclass(frozen=True)
class NieuweBetrokkene:
    """Someone in the informal network or a professional."""

    soort: NetwerkSoort
    naam: str
    rol: str = ""
    organisatie: str = ""
    telefoon: str = ""
    email: str = ""
    uren_per_week: float | None = None
    betaald_door: str = ""
    einddatum: date | None = None
    altijd_er_voor_mij: bool = False


@dataclass(frozen=True)
class NieuweToestemming:
    """Consent (or a legal basis) for sharing some categories with one recipient."""

    ontvanger: str
    doel: str
    categorieen: tuple[Gegevenscategorie, ...]
    grondslag: Grondslag = Grondslag.TOESTEMMING
    gegeven_door: str = ""
    gegeven_op: date | None = None
    verloopt_op: date | None = None


@dataclass(frozen=True)
class NieuweIndicatie:
    """Existing care."""

    wetskader: Wetskader
    voorziening: str
    aanbieder: str = ""
    persoon_id: uuid.UUID | None = None
    startdatum: date | None = None
    einddatum: date | None = None
    kader_na_18: Wetskader | None = None
    wachtlijst: bool = False
    wachtlijst_sinds: date | None = None


class NetwerkService(Service):
    """Adding and changing the people and arrangements around a case."""

    @writes
    def add_person(self, casus_id: uuid.UUID, new: NieuwePersoon, *,
                   origin: Origin = UNKNOWN) -> ChangeSet:
        """Add a member to the case's household."""
        first = validation.required_text(new.voornaam, "de voornaam", 100)
        last = validation.optional_text(new.achternaam, "de achternaam", 150)
        birth = validation.birth_date(new.geboortedatum, self.today())
        bsn = validation.bsn(new.bsn, demo_vault=self.vault.is_demo(self.vault.path))
        with self._write(origin) as write:
            session = write.session
            casus = _case(session, casus_id)
            person = Persoon(
                huishouden_id=casus.huishouden_id,
                rol=new.rol,
                voornaam=first,
                achternaam=last,
                geboortedatum=birth,
                bsn=bsn,
                telefoon=new.telefoon.strip(),
                email=new.email.strip(),
            )
            session.add(person)
            write.changed(RecordKind.PERSOON, person.id, casus.id, AuditAction.AANGEMAAKT)
            return write.result(primary_id=person.id)

    @writes
    def add_betrokkene(self, casus_id: uuid.UUID, new: NieuweBetrokkene, *,
                       origin: Origin = UNKNOWN) -> ChangeSet:
        """Add someone to the network."""
        name = validation.required_text(new.naam, "de naam", 150)
        hours = validation.positive_hours(new.uren_per_week)
        with self._write(origin) as write:
            session = write.session
            casus = _case(session, casus_id)
            person = Betrokkene(
                casus_id=casus.id,
                soort=new.soort,
                naam=name,
                rol=validation.optional_text(new.rol, "de rol", 150),
                organisatie=validation.optional_text(new.organisatie, "de organisatie", 150),
                telefoon=new.telefoon.strip(),
                email=new.email.strip(),
                uren_per_week=hours,
                betaald_door=validation.optional_text(new.betaald_door, "wie betaalt", 150),
                einddatum=new.einddatum,
                altijd_er_voor_mij=new.altijd_er_voor_mij,
            )
            session.add(person)
            write.changed(RecordKind.BETROKKENE, person.id, casus.id, AuditAction.AANGEMAAKT)
            return write.result(primary_id=person.id)

    @writes
    def add_toestemming(self, casus_id: uuid.UUID, new: NieuweToestemming, *,
                        origin: Origin = UNKNOWN) -> ChangeSet:
        """Record consent, or the legal basis that stands in for it."""
        recipient = validation.required_text(new.ontvanger, "aan wie gegevens gedeeld worden")
        purpose = validation.required_text(new.doel, "het doel", 500)
        if not new.categorieen:
            raise ValidationError("Kies minstens één soort gegevens waarvoor dit geldt.")
        given_by = validation.optional_text(new.gegeven_door, "wie toestemming gaf", 150)
        if new.grondslag is Grondslag.TOESTEMMING and not given_by:
            raise ValidationError("Vul in wie de toestemming gaf.")
        given_on = new.gegeven_op or self.today()
        if given_on > self.today():
            raise ValidationError("Toestemming kan niet in de toekomst gegeven zijn.")
        validation.date_order(given_on, new.verloopt_op, "de toestemming")
        with self._write(origin) as write:
            session = write.session
            casus = _case(session, casus_id)
            consent = Toestemming(
                casus_id=casus.id,
                ontvanger=recipient,
                doel=purpose,
                categorieen=[c.value for c in new.categorieen],
                grondslag=new.grondslag,
                gegeven_door=given_by,
                gegeven_op=given_on,
                verloopt_op=new.verloopt_op,
            )
            session.add(consent)
            write.changed(RecordKind.TOESTEMMING, consent.id, casus.id, AuditAction.VASTGELEGD)
            return write.result(primary_id=consent.id)

    @writes
    def withdraw_toestemming(self, toestemming_id: uuid.UUID, *,
                             origin: Origin = UNKNOWN) -> ChangeSet:
        """Withdraw consent from today on; the record itself stays."""
        with self._write(origin) as write:
            session = write.session
            consent = session.get(Toestemming, toestemming_id)
            if consent is None:
                raise NotFoundError()
            if consent.ingetrokken_op is not None:
                raise ValidationError("Deze toestemming is al ingetrokken.")
            consent.ingetrokken_op = self.today()
            consent.gewijzigd_op = utc_now()
            session.add(consent)
            write.changed(RecordKind.TOESTEMMING, consent.id, consent.casus_id,
                          AuditAction.INGETROKKEN)
            return write.result(primary_id=consent.id)

    @writes
    def add_indicatie(self, casus_id: uuid.UUID, new: NieuweIndicatie, *,
                      origin: Origin = UNKNOWN) -> ChangeSet:
        """Record existing care."""
        what = validation.required_text(new.voorziening, "de voorziening")
        validation.date_order(new.startdatum, new.einddatum, "de indicatie")
        with self._write(origin) as write:
            session = write.session
            casus = _case(session, casus_id)
            care = Indicatie(
                casus_id=casus.id,
                persoon_id=new.persoon_id or casus.jongere_id,
                wetskader=new.wetskader,
                voorziening=what,
                aanbieder=validation.optional_text(new.aanbieder, "de aanbieder"),
                startdatum=new.startdatum,
                einddatum=new.einddatum,
                kader_na_18=new.kader_na_18,
                wachtlijst=new.wachtlijst,
                wachtlijst_sinds=new.wachtlijst_sinds if new.wachtlijst else None,
            )
            session.add(care)
            write.changed(RecordKind.INDICATIE, care.id, casus.id, AuditAction.AANGEMAAKT)
            return write.result(primary_id=care.id)


def _case(session: Session, casus_id: uuid.UUID) -> Casus:
    casus = session.get(Casus, casus_id)
    if casus is None:
        raise NotFoundError("Deze casus bestaat niet (meer).")
    return casus
