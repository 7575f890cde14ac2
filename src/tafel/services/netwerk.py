"""The people around a case: household members and the network.

Toestemming and indicaties have their own services (toestemmingen.py, indicaties.py).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from tafel.domain.enums import NetwerkSoort, Rol
from tafel.domain.models import Betrokkene, Casus, Persoon
from tafel.domain.records import AuditAction, RecordKind
from tafel.errors import NotFoundError
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
    gezag: bool = False  # holds parental authority over the young person


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
                gezag=new.gezag,
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


def _case(session: Session, casus_id: uuid.UUID) -> Casus:
    casus = session.get(Casus, casus_id)
    if casus is None:
        raise NotFoundError("Deze casus bestaat niet (meer).")
    return casus
