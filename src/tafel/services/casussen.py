"""Cases: register one, move its status, close, hand over and reopen it, list and open them.

No case is ever closed by age or by a signal; only :meth:`CasusService.close` and
:meth:`CasusService.hand_over` close one, and a closed case reopens where it stood, without a
new intake.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session, func, select

from tafel.domain.enums import AanmeldRoute, CasusStatus, Rol
from tafel.domain.models import Casus, Huishouden, Persoon, utc_now
from tafel.domain.records import AuditAction, RecordKind
from tafel.errors import NotFoundError, ValidationError
from tafel.services import audit, validation
from tafel.services.base import Service, reads, writes
from tafel.services.changes import UNKNOWN, ChangeSet, Origin, Write
from tafel.services.netwerk import ensure_unique_bsn
from tafel.services.read_models import CasusOverview, CasusSummary, casus_overview, casus_summaries


@dataclass(frozen=True)
class NieuweCasus:
    """What registering a case asks for: the household, its young person and the lead."""

    huishouden: str
    voornaam: str
    achternaam: str
    geboortedatum: date | None
    casusregisseur: str
    bsn: str | None = None
    aanleiding: str = ""
    plaats: str = ""
    telefoon: str = ""
    email: str = ""
    aangemeld_op: date | None = None
    aangemeld_via: AanmeldRoute | None = None  # how the case came in
    aangemeld_door: str = ""  # and by whom (a name, a practice, a school)


@dataclass(frozen=True)
class CasusWijziging:
    """The case's own details as an edit form has them: the young person, household and lead.

    ``keep_bsn``: the form showed the BSN masked and the user typed no new one, so the stored
    number stays; otherwise ``bsn`` replaces it (empty removes it).
    """

    voornaam: str
    achternaam: str
    geboortedatum: date | None
    huishouden: str
    plaats: str
    casusregisseur: str
    bsn: str | None = None
    keep_bsn: bool = True
    telefoon: str = ""
    email: str = ""
    aanleiding: str = ""
    aangemeld_via: AanmeldRoute | None = None
    aangemeld_door: str = ""


class CasusService(Service):
    """Registering, moving, closing, reopening, listing and opening cases."""

    # -- reads --------------------------------------------------------------------------

    @reads
    def summaries(self, *, shown: bool = False, origin: Origin = UNKNOWN) -> list[CasusSummary]:
        """Every case as a row of the case list.

        ``shown``: a person is about to see the list (names and ages of every case), so the
        access is logged (NEN 7513). Internal reads (is the vault empty?) pass False.
        """
        with self._read() as session:
            rows = casus_summaries(session, self.today())
            if shown:
                self._log_access(session, origin).logged(
                    RecordKind.CASUSLIJST, AuditAction.BEKEKEN, details=f"{len(rows)} casussen",
                    grondslag=audit.WETTELIJKE_TAAK)
            return rows

    @reads
    def resolve(self, reference: str) -> uuid.UUID:
        """The case id for an id or a reference such as ``T-2026-0007``."""
        text = reference.strip()
        with self._read() as session:
            try:
                casus = session.get(Casus, uuid.UUID(text))
            except ValueError:
                casus = session.exec(
                    select(Casus).where(func.upper(Casus.referentie) == text.upper())
                ).first()
            if casus is None:
                raise NotFoundError(f"Er is geen casus '{text}' in deze kluis.")
            return casus.id

    @reads
    def open(self, casus_id: uuid.UUID, *, shown: bool = True,
             origin: Origin = UNKNOWN) -> CasusOverview:
        """The overview of one case; the access itself is logged.

        ``shown``: a person is about to see the case (one entry per opening); a read that
        only gathers names for paper or a page already logged passes False.
        """
        with self._read() as session:
            casus = _get_case(session, casus_id)
            if shown:
                self._log_access(session, origin).logged(RecordKind.CASUS, AuditAction.BEKEKEN,
                                                         casus.id, casus.id)
            return casus_overview(session, casus, self.today())

    @reads
    def bsn_of(self, persoon_id: uuid.UUID) -> str | None:
        """The whole BSN of one person (views show it masked); the access is logged."""
        with self._read() as session:
            person = session.get(Persoon, persoon_id)
            if person is None:
                raise NotFoundError("Deze persoon bestaat niet (meer).")
            if person.bsn:
                casus = session.exec(
                    select(Casus).where(Casus.huishouden_id == person.huishouden_id)
                ).first()
                self._log_access(session).logged(RecordKind.PERSOON, AuditAction.BEKEKEN,
                                                 person.id, casus.id if casus else None, "BSN")
            return person.bsn

    # -- writes -------------------------------------------------------------------------

    @writes
    def register(self, new: NieuweCasus, *, origin: Origin = UNKNOWN) -> ChangeSet:
        """Register a case with a new household and its young person."""
        today = self.today()
        household_name = validation.required_text(new.huishouden, "de naam van het huishouden")
        first = validation.required_text(new.voornaam, "de voornaam van de jongere", 100)
        last = validation.optional_text(new.achternaam, "de achternaam", 150)
        birth = validation.birth_date(new.geboortedatum, today)
        bsn = validation.bsn(new.bsn, demo_vault=self.vault.is_demo(self.vault.path))
        lead = validation.required_text(new.casusregisseur, "de casusregisseur", 150)
        reason = validation.optional_text(new.aanleiding, "de aanleiding", 2000)
        referrer = validation.optional_text(new.aangemeld_door, "door wie aangemeld", 200)
        with self._write(origin) as write:
            session = write.session
            ensure_unique_bsn(session, bsn)
            household = Huishouden(naam=household_name, plaats=new.plaats.strip())
            person = Persoon(
                huishouden_id=household.id,
                rol=Rol.JONGERE,
                voornaam=first,
                achternaam=last,
                geboortedatum=birth,
                bsn=bsn,
                telefoon=new.telefoon.strip(),
                email=new.email.strip(),
            )
            session.add(household)
            session.flush()
            session.add(person)
            session.flush()
            casus = Casus(
                huishouden_id=household.id,
                jongere_id=person.id,
                referentie=_next_reference(session, today),
                casusregisseur=lead,
                aangemeld_op=new.aangemeld_op or today,
                aanleiding=reason,
                aangemeld_via=new.aangemeld_via,
                aangemeld_door=referrer,
            )
            session.add(casus)
            session.flush()
            made = AuditAction.AANGEMAAKT
            write.changed(RecordKind.HUISHOUDEN, household.id, casus.id, made)
            write.changed(RecordKind.PERSOON, person.id, casus.id, made)
            write.changed(RecordKind.CASUS, casus.id, casus.id, made)
            return write.result(primary_id=casus.id)

    @writes
    def set_status(self, casus_id: uuid.UUID, status: CasusStatus, *,
                   origin: Origin = UNKNOWN) -> ChangeSet:
        """Move an open case to another active status (no approval chain, no fixed order)."""
        if status is CasusStatus.OVERGEDRAGEN:
            raise ValidationError("Draag de casus over met 'Overdragen' en vul in aan wie.")
        if status.is_closed:
            return self.close(casus_id, waakvlam=status is CasusStatus.WAAKVLAM, origin=origin)
        with self._write(origin) as write:
            casus = _get_case(write.session, casus_id)
            if casus.status.is_closed:
                raise ValidationError("Deze casus is afgesloten. Heropen hem eerst.")
            details = f"{casus.status.value} -> {status.value}"
            casus.status = status
            return _save_case(write, casus, AuditAction.STATUS, details)

    @writes
    def close(self, casus_id: uuid.UUID, waakvlam: bool = False, *,
              origin: Origin = UNKNOWN) -> ChangeSet:
        """Close a case, or keep it on waakvlam (closed, contact still reachable)."""
        target = CasusStatus.WAAKVLAM if waakvlam else CasusStatus.AFGESLOTEN
        with self._write(origin) as write:
            return self._close_as(write, casus_id, target)

    @writes
    def hand_over(self, casus_id: uuid.UUID, aan: str, *,
                  origin: Origin = UNKNOWN) -> ChangeSet:
        """Close a case as handed over (overgedragen) to ``aan``, kept with the case and logged.

        Like any closed case it reopens where it stood.
        """
        recipient = validation.required_text(aan, "aan wie je de casus overdraagt", 200)
        with self._write(origin) as write:
            return self._close_as(write, casus_id, CasusStatus.OVERGEDRAGEN, recipient)

    def _close_as(self, write: Write, casus_id: uuid.UUID, target: CasusStatus,
                  recipient: str = "") -> ChangeSet:
        casus = _get_case(write.session, casus_id)
        if not casus.status.is_closed:
            casus.status_voor_afsluiten = casus.status
        details = f"{casus.status.value} -> {target.value}"  # the recipient: on the case only
        casus.status = target
        casus.overgedragen_aan = recipient
        casus.afgesloten_op = self.today()
        return _save_case(write, casus, AuditAction.AFGESLOTEN, details)

    @writes
    def reopen(self, casus_id: uuid.UUID, *, origin: Origin = UNKNOWN) -> ChangeSet:
        """Reopen a closed case where it stood, without a new intake."""
        with self._write(origin) as write:
            casus = _get_case(write.session, casus_id)
            if not casus.status.is_closed:
                raise ValidationError("Deze casus is nog open.")
            casus.status = casus.status_voor_afsluiten or CasusStatus.UITVOERING
            casus.status_voor_afsluiten = None
            casus.afgesloten_op = None
            casus.overgedragen_aan = ""  # the log keeps to whom it went
            return _save_case(write, casus, AuditAction.HEROPEND, casus.status.value)

    @writes
    def edit(self, casus_id: uuid.UUID, new: CasusWijziging, *,
             origin: Origin = UNKNOWN) -> ChangeSet:
        """Correct the young person, the household and the lead in one step.

        Only what really changed is written and logged; a new casusregisseur is logged as its
        own entry, from whom to whom.
        """
        young_fields: dict[str, Any] = {
            "voornaam": validation.required_text(new.voornaam, "de voornaam van de jongere", 100),
            "achternaam": validation.optional_text(new.achternaam, "de achternaam", 150),
            "geboortedatum": validation.birth_date(new.geboortedatum, self.today()),
            "telefoon": validation.optional_text(new.telefoon, "het telefoonnummer", 40),
            "email": validation.optional_text(new.email, "het e-mailadres", 200),
        }
        if not new.keep_bsn:
            young_fields["bsn"] = validation.bsn(
                new.bsn, demo_vault=self.vault.is_demo(self.vault.path))
        household_fields = {
            "naam": validation.required_text(new.huishouden, "de naam van het huishouden"),
            "plaats": validation.optional_text(new.plaats, "de plaats", 100),
        }
        lead = validation.required_text(new.casusregisseur, "de casusregisseur", 150)
        reason = validation.optional_text(new.aanleiding, "de aanleiding", 2000)
        case_fields = {
            "aanleiding": reason,
            "aangemeld_via": new.aangemeld_via,
            "aangemeld_door": validation.optional_text(new.aangemeld_door, "door wie aangemeld",
                                                       200),
        }
        with self._write(origin) as write:
            session = write.session
            casus = _get_case(session, casus_id)
            young = session.get(Persoon, casus.jongere_id)
            household = session.get(Huishouden, casus.huishouden_id)
            assert young is not None and household is not None
            if "bsn" in young_fields:
                ensure_unique_bsn(session, young_fields["bsn"], young.id)
            if _assign(young, young_fields):
                write.changed(RecordKind.PERSOON, young.id, casus.id, AuditAction.GEWIJZIGD)
            if _assign(household, household_fields):
                write.changed(RecordKind.HUISHOUDEN, household.id, casus.id,
                              AuditAction.GEWIJZIGD)
            if _assign(casus, case_fields):
                write.changed(RecordKind.CASUS, casus.id, casus.id, AuditAction.GEWIJZIGD)
            if lead != casus.casusregisseur:
                casus.casusregisseur = lead  # logged without names: the log holds no case text
                casus.gewijzigd_op = utc_now()
                write.changed(RecordKind.CASUS, casus.id, casus.id, AuditAction.CASUSREGISSEUR)
            return write.result(primary_id=casus.id)

    @writes
    def set_casusregisseur(self, casus_id: uuid.UUID, name: str, *,
                           origin: Origin = UNKNOWN) -> ChangeSet:
        """Hand the case to another casusregisseur (there is always exactly one)."""
        lead = validation.required_text(name, "de casusregisseur", 150)
        with self._write(origin) as write:
            casus = _get_case(write.session, casus_id)
            casus.casusregisseur = lead  # logged without names: the log holds no case text
            return _save_case(write, casus, AuditAction.CASUSREGISSEUR)


def _assign(row: Casus | Persoon | Huishouden, fields: Mapping[str, object]) -> bool:
    """Set the fields that differ on a row the session tracks; True when any did."""
    changed = {k: v for k, v in fields.items() if getattr(row, k) != v}
    for name, value in changed.items():
        setattr(row, name, value)
    if changed:
        row.gewijzigd_op = utc_now()
    return bool(changed)


def _save_case(write: Write, casus: Casus, action: AuditAction, details: str = "") -> ChangeSet:
    casus.gewijzigd_op = utc_now()
    write.session.add(casus)
    write.changed(RecordKind.CASUS, casus.id, casus.id, action, details)
    return write.result(primary_id=casus.id)


def _get_case(session: Session, casus_id: uuid.UUID) -> Casus:
    casus = session.get(Casus, casus_id)
    if casus is None:
        raise NotFoundError("Deze casus bestaat niet (meer).")
    return casus


def _next_reference(session: Session, today: date) -> str:
    """A readable case reference, ``T-2026-0007``: year and a running number."""
    prefix = f"T-{today.year}-"
    count = session.exec(
        select(func.count()).select_from(Casus).where(Casus.referentie.startswith(prefix))  # type: ignore[attr-defined]
    ).one()
    number = count + 1
    while session.exec(select(Casus.id).where(Casus.referentie == f"{prefix}{number:04d}")).first():
        number += 1
    return f"{prefix}{number:04d}"
