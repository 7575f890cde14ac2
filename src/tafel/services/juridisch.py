"""The young person's legal status: add, edit and end it (rule and signal: domain/juridisch).

An OTS, voogdij, gesloten machtiging or raadsonderzoek; ending keeps the record.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from tafel.domain.dates import short_date
from tafel.domain.juridisch import Instantie, JuridischeStatus, Maatregel
from tafel.domain.models import Casus, Persoon, utc_now
from tafel.domain.records import AuditAction, RecordKind
from tafel.errors import NotFoundError, ValidationError
from tafel.services import validation
from tafel.services.base import Service, reads, writes
from tafel.services.changes import UNKNOWN, ChangeSet, Origin
from tafel.views.juridisch import JuridischeStatusView, juridische_status_view


@dataclass(frozen=True)
class NieuweJuridischeStatus:
    """What a consulent records about a measure; ``persoon_id`` None means the young person."""

    soort: Maatregel
    instantie: Instantie = Instantie.KINDERRECHTER
    uitgevoerd_door: str = ""
    startdatum: date | None = None
    einddatum: date | None = None
    toelichting: str = ""
    persoon_id: uuid.UUID | None = None


class JuridischService(Service):
    """Legal statuses per case; ending one keeps it in the history."""

    @reads
    def for_case(self, casus_id: uuid.UUID) -> tuple[JuridischeStatusView, ...]:
        """The case's legal statuses, the running and newest first (the case open logs it)."""
        with self._read() as session:
            rows = session.exec(select(JuridischeStatus)
                                .where(JuridischeStatus.casus_id == casus_id)).all()
            names = {p.id: p.voornaam for p in session.exec(select(Persoon).where(
                col(Persoon.id).in_([r.persoon_id for r in rows if r.persoon_id])))}
            views = [juridische_status_view(r, names.get(r.persoon_id, "") if r.persoon_id
                                            else "") for r in rows]
        today = self.today()
        return tuple(sorted(views, key=lambda v: (v.ended(today),
                                                  -(v.startdatum or date.min).toordinal())))

    @writes
    def add(self, casus_id: uuid.UUID, new: NieuweJuridischeStatus, *,
            origin: Origin = UNKNOWN) -> ChangeSet:
        """Record a legal status."""
        fields = _fields(new)
        with self._write(origin) as write:
            session = write.session
            casus = _case(session, casus_id)
            fields["persoon_id"] = _person_in(session, casus, new.persoon_id)
            status = JuridischeStatus(casus_id=casus.id, **fields)
            session.add(status)
            write.changed(RecordKind.JURIDISCHE_STATUS, status.id, casus.id,
                          AuditAction.AANGEMAAKT, status.soort.korte_naam)
            return write.result(primary_id=status.id)

    @writes
    def edit(self, status_id: uuid.UUID, new: NieuweJuridischeStatus, *,
             origin: Origin = UNKNOWN) -> ChangeSet:
        """Change a legal status (an end date set here ends it too)."""
        fields = _fields(new)
        with self._write(origin) as write:
            session = write.session
            status = _status(session, status_id)
            casus = _case(session, status.casus_id)
            fields["persoon_id"] = _person_in(session, casus, new.persoon_id)
            for name, value in fields.items():
                setattr(status, name, value)
            status.gewijzigd_op = utc_now()
            session.add(status)
            write.changed(RecordKind.JURIDISCHE_STATUS, status.id, status.casus_id,
                          AuditAction.GEWIJZIGD, status.soort.korte_naam)
            return write.result(primary_id=status.id)

    @writes
    def end(self, status_id: uuid.UUID, op: date | None = None, *,
            origin: Origin = UNKNOWN) -> ChangeSet:
        """The status ends on ``op`` (default today); the record stays."""
        day = op or self.today()
        with self._write(origin) as write:
            session = write.session
            status = _status(session, status_id)
            if status.einddatum is not None and status.einddatum < self.today():
                raise ValidationError(f"De {status.soort.korte_naam} is al beëindigd op "
                                      f"{short_date(status.einddatum)}.")
            validation.date_order(status.startdatum, day, "de maatregel")
            status.einddatum = day
            status.gewijzigd_op = utc_now()
            session.add(status)
            write.changed(RecordKind.JURIDISCHE_STATUS, status.id, status.casus_id,
                          AuditAction.BEEINDIGD, short_date(day))
            return write.result(primary_id=status.id)


def statuses_of_young_people(
    session: Session, casus_id: uuid.UUID | None = None
) -> dict[uuid.UUID, list[JuridischeStatus]]:
    """Per case, the legal statuses about its young person (for the age signals), one query."""
    query = (select(JuridischeStatus)
             .join(Casus, col(Casus.id) == col(JuridischeStatus.casus_id))
             .where(col(JuridischeStatus.persoon_id) == col(Casus.jongere_id)))
    if casus_id is not None:
        query = query.where(JuridischeStatus.casus_id == casus_id)
    found: dict[uuid.UUID, list[JuridischeStatus]] = defaultdict(list)
    for row in session.exec(query):
        found[row.casus_id].append(row)
    return found


def _fields(new: NieuweJuridischeStatus) -> dict[str, Any]:
    """The checked columns, or one Dutch sentence about what is wrong (nothing written)."""
    validation.date_order(new.startdatum, new.einddatum, "de maatregel")
    return {
        "soort": Maatregel(new.soort),
        "instantie": Instantie(new.instantie),
        "uitgevoerd_door": validation.optional_text(new.uitgevoerd_door,
                                                    "wie de maatregel uitvoert", 200),
        "startdatum": new.startdatum,
        "einddatum": new.einddatum,
        "toelichting": validation.optional_text(new.toelichting, "de toelichting", 500),
    }


def _person_in(session: Session, casus: Casus, persoon_id: uuid.UUID | None) -> uuid.UUID:
    """The young person, or someone else in the case's household."""
    if persoon_id is None:
        return casus.jongere_id
    person = session.get(Persoon, persoon_id)
    if person is None or person.huishouden_id != casus.huishouden_id:
        raise ValidationError("Deze persoon hoort niet bij het huishouden van de casus.")
    return person.id


def _status(session: Session, status_id: uuid.UUID) -> JuridischeStatus:
    status = session.get(JuridischeStatus, status_id)
    if status is None:
        raise NotFoundError("Deze juridische status bestaat niet (meer).")
    return status


def _case(session: Session, casus_id: uuid.UUID) -> Casus:
    casus = session.get(Casus, casus_id)
    if casus is None:
        raise NotFoundError("Deze casus bestaat niet (meer).")
    return casus
