"""Referrals (verwijzingen) as warm handovers: recorded, contact confirmed, followed up.

Each step is its own write, so the log shows when contact was confirmed and when the outcome
came in. The signal for a referral without follow-up comes from the rule in
:mod:`tafel.domain.verwijzing`; nothing here decides anything because of it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session

from tafel.domain.dates import short_date
from tafel.domain.models import Betrokkene, Casus, Verwijzing, utc_now
from tafel.domain.records import AuditAction, RecordKind
from tafel.errors import NotFoundError, ValidationError
from tafel.services import validation
from tafel.services.base import Service, writes
from tafel.services.changes import UNKNOWN, ChangeSet, Origin


@dataclass(frozen=True)
class NieuweVerwijzing:
    """A referral as a form has it. ``betrokkene_id`` links someone in the case's network.

    ``verwezen_op`` None means today. Contact and follow-up are usually recorded later, with
    :meth:`VerwijzingService.record_contact` and :meth:`VerwijzingService.record_outcome`,
    but an edit form can correct them too.
    """

    ontvanger: str
    doel: str = ""
    verwezen_op: date | None = None
    betrokkene_id: uuid.UUID | None = None
    contact_op: date | None = None
    vervolg: str = ""
    vervolg_op: date | None = None


class VerwijzingService(Service):
    """Adding, correcting and following up a case's referrals."""

    @writes
    def add(self, casus_id: uuid.UUID, new: NieuweVerwijzing, *,
            origin: Origin = UNKNOWN) -> ChangeSet:
        """Record a referral: to whom, what for, when."""
        fields = self._fields(new)
        with self._write(origin) as write:
            session = write.session
            casus = session.get(Casus, casus_id)
            if casus is None:
                raise NotFoundError("Deze casus bestaat niet (meer).")
            _check_link(session, casus.id, new.betrokkene_id)
            referral = Verwijzing(casus_id=casus.id, **fields)
            session.add(referral)
            write.changed(RecordKind.VERWIJZING, referral.id, casus.id, AuditAction.AANGEMAAKT)
            return write.result(primary_id=referral.id)

    @writes
    def edit(self, verwijzing_id: uuid.UUID, new: NieuweVerwijzing, *,
             origin: Origin = UNKNOWN) -> ChangeSet:
        """Correct a referral, its contact and its follow-up included."""
        fields = self._fields(new)
        with self._write(origin) as write:
            referral = _referral(write.session, verwijzing_id)
            _check_link(write.session, referral.casus_id, new.betrokkene_id)
            _save(write.session, referral, fields)
            write.changed(RecordKind.VERWIJZING, referral.id, referral.casus_id,
                          AuditAction.GEWIJZIGD)
            return write.result(primary_id=referral.id)

    @writes
    def record_contact(self, verwijzing_id: uuid.UUID, op: date | None = None, *,
                       origin: Origin = UNKNOWN) -> ChangeSet:
        """Contact was really made on ``op`` (default today): the handover was warm."""
        day = op or self.today()
        with self._write(origin) as write:
            referral = _referral(write.session, verwijzing_id)
            self._check_day(day, referral.verwezen_op, "Het contact")
            _save(write.session, referral, {"contact_op": day})
            write.changed(RecordKind.VERWIJZING, referral.id, referral.casus_id,
                          AuditAction.VASTGELEGD, f"contact {short_date(day)}")
            return write.result(primary_id=referral.id)

    @writes
    def record_outcome(self, verwijzing_id: uuid.UUID, vervolg: str, op: date | None = None, *,
                       origin: Origin = UNKNOWN) -> ChangeSet:
        """What came of the referral, known on ``op`` (default today); ends its signal."""
        text = validation.required_text(vervolg, "wat eruit kwam", 1000)
        day = op or self.today()
        with self._write(origin) as write:
            referral = _referral(write.session, verwijzing_id)
            self._check_day(day, referral.verwezen_op, "Het vervolg")
            _save(write.session, referral, {"vervolg": text, "vervolg_op": day})
            write.changed(RecordKind.VERWIJZING, referral.id, referral.casus_id,
                          AuditAction.VASTGELEGD, f"vervolg {short_date(day)}")
            return write.result(primary_id=referral.id)

    def _fields(self, new: NieuweVerwijzing) -> dict[str, Any]:
        """The checked columns of a referral, or one Dutch sentence about what is wrong."""
        referred = new.verwezen_op or self.today()
        if referred > self.today():
            raise ValidationError("Een verwijzing kan niet in de toekomst liggen.")
        if new.contact_op is not None:
            self._check_day(new.contact_op, referred, "Het contact")
        outcome = validation.optional_text(new.vervolg, "het vervolg", 1000)
        if new.vervolg_op is not None:
            self._check_day(new.vervolg_op, referred, "Het vervolg")
            if not outcome:
                raise ValidationError("Vul bij het vervolg in wat eruit kwam.")
        elif outcome:
            raise ValidationError("Vul ook de datum van het vervolg in.")
        return {
            "ontvanger": validation.required_text(new.ontvanger, "naar wie je verwijst"),
            "doel": validation.optional_text(new.doel, "waarvoor", 500),
            "betrokkene_id": new.betrokkene_id,
            "verwezen_op": referred,
            "contact_op": new.contact_op,
            "vervolg": outcome,
            "vervolg_op": new.vervolg_op,
        }

    def _check_day(self, day: date, referred: date, what: str) -> None:
        if day < referred:
            raise ValidationError(f"{what} kan niet vóór de verwijzing ({short_date(referred)}) "
                                  "liggen.")
        if day > self.today():
            raise ValidationError(f"{what} kan niet in de toekomst liggen.")


def _check_link(session: Session, casus_id: uuid.UUID, betrokkene_id: uuid.UUID | None) -> None:
    if betrokkene_id is None:
        return
    person = session.get(Betrokkene, betrokkene_id)
    if person is None or person.casus_id != casus_id:
        raise ValidationError("Deze persoon staat niet in het netwerk van deze casus.")


def _save(session: Session, referral: Verwijzing, fields: dict[str, Any]) -> None:
    for name, value in fields.items():
        setattr(referral, name, value)
    referral.gewijzigd_op = utc_now()
    session.add(referral)


def _referral(session: Session, verwijzing_id: uuid.UUID) -> Verwijzing:
    referral = session.get(Verwijzing, verwijzing_id)
    if referral is None:
        raise NotFoundError("Deze verwijzing bestaat niet (meer).")
    return referral
