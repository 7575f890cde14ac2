"""Existing care (indicaties): add, edit and end, and take over what the intake wrote.

An ended indicatie stays on record with the day and the reason it ended; the signals for
ending care, care that stops at 18 and waiting lists (:mod:`tafel.domain.signals`) read these
same rows, so what a consulent enters here shows up in the case list.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, select

from tafel.domain.enums import GesprekSoort, Wetskader
from tafel.domain.gesprek import Gesprek
from tafel.domain.models import Casus, Indicatie, utc_now
from tafel.domain.records import AuditAction, RecordKind
from tafel.errors import NotFoundError, ValidationError
from tafel.services import validation
from tafel.services.base import Service, reads, writes
from tafel.services.changes import UNKNOWN, ChangeSet, Origin


@dataclass(frozen=True)
class NieuweIndicatie:
    """Existing care, as entered (also the whole of an edit)."""

    wetskader: Wetskader
    voorziening: str
    aanbieder: str = ""
    persoon_id: uuid.UUID | None = None
    startdatum: date | None = None
    einddatum: date | None = None
    kader_na_18: Wetskader | None = None
    wachtlijst: bool = False
    wachtlijst_sinds: date | None = None


class IndicatieService(Service):
    """Recording the care a household already has."""

    @writes
    def add(self, casus_id: uuid.UUID, new: NieuweIndicatie, *,
            origin: Origin = UNKNOWN) -> ChangeSet:
        """Record existing care."""
        what = self._checked(new)
        with self._write(origin) as write:
            session = write.session
            casus = _case(session, casus_id)
            care = Indicatie(casus_id=casus.id, persoon_id=new.persoon_id or casus.jongere_id,
                             wetskader=new.wetskader, voorziening=what)
            _fill(care, new)
            session.add(care)
            write.changed(RecordKind.INDICATIE, care.id, casus.id, AuditAction.AANGEMAAKT)
            return write.result(primary_id=care.id)

    @writes
    def edit(self, indicatie_id: uuid.UUID, new: NieuweIndicatie, *,
             origin: Origin = UNKNOWN) -> ChangeSet:
        """Change an indicatie; an edit that changes nothing writes nothing."""
        what = self._checked(new)
        with self._write(origin) as write:
            care = _indicatie(write.session, indicatie_id)
            if care.beeindigd_op is not None:
                raise ValidationError("Deze indicatie is beëindigd en kan niet meer veranderen.")
            before = _values(care)
            care.wetskader = new.wetskader
            care.voorziening = what
            if new.persoon_id is not None:
                care.persoon_id = new.persoon_id
            _fill(care, new)
            if _values(care) == before:
                return write.result(primary_id=care.id)
            care.gewijzigd_op = utc_now()
            write.session.add(care)
            write.changed(RecordKind.INDICATIE, care.id, care.casus_id, AuditAction.GEWIJZIGD)
            return write.result(primary_id=care.id)

    @writes
    def end(self, indicatie_id: uuid.UUID, on: date | None = None, reden: str = "", *,
            origin: Origin = UNKNOWN) -> ChangeSet:
        """End care on ``on`` (today by default), with its reason; the record stays."""
        day = on or self.today()
        why = validation.optional_text(reden, "de reden", 500)
        with self._write(origin) as write:
            care = _indicatie(write.session, indicatie_id)
            if care.beeindigd_op is not None:
                raise ValidationError("Deze indicatie is al beëindigd.")
            validation.date_order(care.startdatum, day, "de indicatie")
            care.beeindigd_op = day
            care.einddatum = day if care.einddatum is None or care.einddatum > day \
                else care.einddatum
            care.reden_einde = why
            care.wachtlijst = False
            care.gewijzigd_op = utc_now()
            write.session.add(care)
            write.changed(RecordKind.INDICATIE, care.id, care.casus_id, AuditAction.AFGESLOTEN,
                          why)
            return write.result(primary_id=care.id)

    @reads
    def intake_text(self, casus_id: uuid.UUID) -> str:
        """What the latest keukentafelgesprek wrote about existing care ("" if nothing).

        The dialog offers it as a new indicatie in one step; once an indicatie with this
        text exists, it is not offered again.
        """
        with self._read() as session:
            latest = session.exec(
                select(Gesprek)
                .where(Gesprek.casus_id == casus_id,
                       Gesprek.soort == GesprekSoort.KEUKENTAFELGESPREK)
                .order_by(Gesprek.afgerond_op.desc())  # type: ignore[attr-defined]
            ).first()
            text = (latest.bestaande_zorg.strip() if latest else "")
            if not text:
                return ""
            existing = session.exec(select(Indicatie.voorziening).where(
                Indicatie.casus_id == casus_id)).all()
            return "" if _first_line(text) in existing else text

    def _checked(self, new: NieuweIndicatie) -> str:
        what = validation.required_text(new.voorziening, "de voorziening")
        validation.optional_text(new.aanbieder, "de aanbieder")
        validation.date_order(new.startdatum, new.einddatum, "de indicatie")
        if new.wachtlijst and new.wachtlijst_sinds and new.wachtlijst_sinds > self.today():
            raise ValidationError("Iemand kan niet vanaf een datum in de toekomst wachten.")
        return what


def voorziening_from_intake(text: str) -> str:
    """The intake's free text as a voorziening: its first line, at most 200 characters."""
    return _first_line(text)


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0].strip()[:200] if text.strip() else ""


def _fill(care: Indicatie, new: NieuweIndicatie) -> None:
    care.aanbieder = new.aanbieder.strip()
    care.startdatum = new.startdatum
    care.einddatum = new.einddatum
    care.kader_na_18 = new.kader_na_18
    care.wachtlijst = new.wachtlijst
    care.wachtlijst_sinds = new.wachtlijst_sinds if new.wachtlijst else None


def _values(care: Indicatie) -> tuple[object, ...]:
    return (care.wetskader, care.voorziening, care.aanbieder, care.persoon_id, care.startdatum,
            care.einddatum, care.kader_na_18, care.wachtlijst, care.wachtlijst_sinds)


def _case(session: Session, casus_id: uuid.UUID) -> Casus:
    casus = session.get(Casus, casus_id)
    if casus is None:
        raise NotFoundError("Deze casus bestaat niet (meer).")
    return casus


def _indicatie(session: Session, indicatie_id: uuid.UUID) -> Indicatie:
    care = session.get(Indicatie, indicatie_id)
    if care is None:
        raise NotFoundError()
    return care
