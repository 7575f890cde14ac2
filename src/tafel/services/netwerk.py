"""The people around a case: household members and the network.

Toestemming and indicaties have their own services (toestemmingen.py, indicaties.py).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session, select

from tafel.domain.dates import short_date
from tafel.domain.enums import (
    Antwoord,
    NetwerkSoort,
    Rol,
)
from tafel.domain.gesprek import Gesprek
from tafel.domain.models import Betrokkene, Casus, Persoon, utc_now
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
    gezag: bool = False  # a parent or carer with parental authority over the young person


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
    startdatum: date | None = None


#: The roles that can hold parental authority (gezag) over the young person.
GEZAG_ROLLEN = frozenset({Rol.OUDER, Rol.VERZORGER})


class NetwerkService(Service):
    """Adding and changing the people and arrangements around a case."""

    @writes
    def add_person(self, casus_id: uuid.UUID, new: NieuwePersoon, *,
                   origin: Origin = UNKNOWN) -> ChangeSet:
        """Add a member to the case's household."""
        fields = self._person_fields(new)
        with self._write(origin) as write:
            session = write.session
            casus = _case(session, casus_id)
            ensure_unique_bsn(session, fields["bsn"])
            person = Persoon(huishouden_id=casus.huishouden_id, **fields)
            session.add(person)
            write.changed(RecordKind.PERSOON, person.id, casus.id, AuditAction.AANGEMAAKT)
            return write.result(primary_id=person.id)

    @writes
    def edit_person(self, persoon_id: uuid.UUID, new: NieuwePersoon, *, keep_bsn: bool = False,
                    origin: Origin = UNKNOWN) -> ChangeSet:
        """Change a household member's details; ``keep_bsn`` leaves the stored BSN as it is.

        The screens show a BSN masked, so an edit form cannot hand the old one back: it says
        "keep" instead. The young person stays the young person (their role does not change).
        """
        fields = self._person_fields(new)
        with self._write(origin) as write:
            session = write.session
            person = _person(session, persoon_id)
            if (person.rol is Rol.JONGERE) != (new.rol is Rol.JONGERE):
                raise ValidationError("De jongere van de casus blijft de jongere; kies een "
                                      "andere rol alleen voor iemand anders.")
            if keep_bsn:
                fields["bsn"] = person.bsn
            ensure_unique_bsn(session, fields["bsn"], person.id)
            for name, value in fields.items():
                setattr(person, name, value)
            person.gewijzigd_op = utc_now()
            session.add(person)
            write.changed(RecordKind.PERSOON, person.id, _case_of_household(session, person),
                          AuditAction.GEWIJZIGD)
            return write.result(primary_id=person.id)

    @writes
    def end_person(self, persoon_id: uuid.UUID, op: date | None = None, *,
                   origin: Origin = UNKNOWN) -> ChangeSet:
        """Someone left the household on ``op`` (default today); they stay in the history."""
        day = op or self.today()
        with self._write(origin) as write:
            session = write.session
            person = _person(session, persoon_id)
            if person.rol is Rol.JONGERE:
                raise ValidationError("De jongere zelf gaat niet uit het huishouden van de "
                                      "casus; sluit dan de casus.")
            if person.einddatum is not None:
                raise ValidationError(f"{person.naam} hoort al niet meer bij het huishouden.")
            if person.geboortedatum is not None and day < person.geboortedatum:
                raise ValidationError("De einddatum ligt vóór de geboortedatum.")
            person.einddatum = day
            person.gewijzigd_op = utc_now()
            session.add(person)
            write.changed(RecordKind.PERSOON, person.id, _case_of_household(session, person),
                          AuditAction.BEEINDIGD, short_date(day))
            return write.result(primary_id=person.id)

    def _person_fields(self, new: NieuwePersoon) -> dict[str, Any]:
        """The checked columns of a person, or one Dutch sentence about what is wrong."""
        if new.gezag and new.rol not in GEZAG_ROLLEN:
            raise ValidationError("Alleen een ouder of verzorger kan het gezag hebben.")
        return {
            "rol": new.rol,
            "voornaam": validation.required_text(new.voornaam, "de voornaam", 100),
            "achternaam": validation.optional_text(new.achternaam, "de achternaam", 150),
            "geboortedatum": validation.birth_date(new.geboortedatum, self.today()),
            "bsn": validation.bsn(new.bsn, demo_vault=self.vault.is_demo(self.vault.path)),
            "telefoon": validation.optional_text(new.telefoon, "het telefoonnummer", 40),
            "email": validation.optional_text(new.email, "het e-mailadres", 200),
            "gezag": new.gezag,
        }

    @writes
    def add_betrokkene(self, casus_id: uuid.UUID, new: NieuweBetrokkene, *,
                       origin: Origin = UNKNOWN) -> ChangeSet:
        """Add someone to the network."""
        fields = _betrokkene_fields(new)
        with self._write(origin) as write:
            session = write.session
            casus = _case(session, casus_id)
            person = Betrokkene(casus_id=casus.id, **fields)
            session.add(person)
            write.changed(RecordKind.BETROKKENE, person.id, casus.id, AuditAction.AANGEMAAKT)
            return write.result(primary_id=person.id)

    @writes
    def edit_betrokkene(self, betrokkene_id: uuid.UUID, new: NieuweBetrokkene, *,
                        origin: Origin = UNKNOWN) -> ChangeSet:
        """Change someone in the network (an end date set here ends them too)."""
        fields = _betrokkene_fields(new)
        with self._write(origin) as write:
            session = write.session
            person = _betrokkene(session, betrokkene_id)
            for name, value in fields.items():
                setattr(person, name, value)
            person.gewijzigd_op = utc_now()
            session.add(person)
            write.changed(RecordKind.BETROKKENE, person.id, person.casus_id,
                          AuditAction.GEWIJZIGD)
            return write.result(primary_id=person.id)

    @writes
    def end_betrokkene(self, betrokkene_id: uuid.UUID, op: date | None = None, *,
                       origin: Origin = UNKNOWN) -> ChangeSet:
        """Someone's involvement ends on ``op`` (default today); the record stays."""
        day = op or self.today()
        with self._write(origin) as write:
            session = write.session
            person = _betrokkene(session, betrokkene_id)
            if person.einddatum is not None and person.einddatum <= self.today():
                raise ValidationError(f"{person.naam} is al niet meer betrokken.")
            validation.date_order(person.startdatum, day, "de betrokkenheid")
            person.einddatum = day
            person.gewijzigd_op = utc_now()
            session.add(person)
            write.changed(RecordKind.BETROKKENE, person.id, person.casus_id,
                          AuditAction.BEEINDIGD, short_date(day))
            return write.result(primary_id=person.id)

    @writes
    def add_volwassene_uit_gesprek(self, gesprek_id: uuid.UUID, *,
                                   origin: Origin = UNKNOWN) -> ChangeSet:
        """The intake's "an adult who is always there for you" becomes a network entry.

        Someone already in the network under that name is marked instead of added twice.
        """
        with self._write(origin) as write:
            session = write.session
            gesprek = session.get(Gesprek, gesprek_id)
            if gesprek is None:
                raise NotFoundError("Dit gesprek bestaat niet (meer).")
            who = gesprek.volwassene_wie.strip()
            if gesprek.volwassene_altijd_daar is not Antwoord.JA or not who:
                raise ValidationError("In dit gesprek is geen volwassene genoemd die er altijd "
                                      "voor de jongere is.")
            known = next((b for b in session.exec(
                select(Betrokkene).where(Betrokkene.casus_id == gesprek.casus_id))
                if b.naam.casefold() == who.casefold() and not _ended(b, self.today())), None)
            if known is not None:
                if known.altijd_er_voor_mij:
                    raise ValidationError(f"{known.naam} staat al in het netwerk.")
                known.altijd_er_voor_mij = True
                known.gewijzigd_op = utc_now()
                session.add(known)
                write.changed(RecordKind.BETROKKENE, known.id, known.casus_id,
                              AuditAction.GEWIJZIGD, "altijd er voor de jongere")
                return write.result(primary_id=known.id)
            person = Betrokkene(casus_id=gesprek.casus_id, soort=NetwerkSoort.INFORMEEL,
                                naam=who[:150], altijd_er_voor_mij=True,
                                startdatum=gesprek.datum)
            session.add(person)
            write.changed(RecordKind.BETROKKENE, person.id, person.casus_id,
                          AuditAction.AANGEMAAKT, "uit het keukentafelgesprek")
            return write.result(primary_id=person.id)


def ensure_unique_bsn(session: Session, bsn: str | None,
                      persoon_id: uuid.UUID | None = None) -> None:
    """One BSN belongs to one person in a vault; a second is a typing error or a duplicate."""
    if bsn is None:
        return
    other = session.exec(select(Persoon.id).where(Persoon.bsn == bsn)).first()
    if other is not None and other != persoon_id:
        raise ValidationError("Dit BSN staat al bij iemand anders in deze kluis; "
                              "controleer het nummer.")


def _betrokkene_fields(new: NieuweBetrokkene) -> dict[str, Any]:
    """The checked columns of a network entry, or one Dutch sentence about what is wrong."""
    validation.date_order(new.startdatum, new.einddatum, "de betrokkenheid")
    return {
        "soort": new.soort,
        "naam": validation.required_text(new.naam, "de naam", 150),
        "rol": validation.optional_text(new.rol, "de rol", 150),
        "organisatie": validation.optional_text(new.organisatie, "de organisatie", 150),
        "telefoon": validation.optional_text(new.telefoon, "het telefoonnummer", 40),
        "email": validation.optional_text(new.email, "het e-mailadres", 200),
        "uren_per_week": validation.positive_hours(new.uren_per_week),
        "betaald_door": validation.optional_text(new.betaald_door, "wie betaalt", 150),
        "startdatum": new.startdatum,
        "einddatum": new.einddatum,
        "altijd_er_voor_mij": new.altijd_er_voor_mij,
    }


def _ended(row: Betrokkene, today: date) -> bool:
    return row.einddatum is not None and row.einddatum <= today


def _person(session: Session, persoon_id: uuid.UUID) -> Persoon:
    person = session.get(Persoon, persoon_id)
    if person is None:
        raise NotFoundError("Deze persoon bestaat niet (meer).")
    return person


def _betrokkene(session: Session, betrokkene_id: uuid.UUID) -> Betrokkene:
    person = session.get(Betrokkene, betrokkene_id)
    if person is None:
        raise NotFoundError("Deze persoon staat niet (meer) in het netwerk.")
    return person


def _case_of_household(session: Session, person: Persoon) -> uuid.UUID | None:
    return session.exec(
        select(Casus.id).where(Casus.huishouden_id == person.huishouden_id)
    ).first()


def _case(session: Session, casus_id: uuid.UUID) -> Casus:
    casus = session.get(Casus, casus_id)
    if casus is None:
        raise NotFoundError("Deze casus bestaat niet (meer).")
    return casus
