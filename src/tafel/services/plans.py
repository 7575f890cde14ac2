"""Toekomstplan: start, edit as typed, send for signing, sign, new versions, print, verify.

Every edit is one transaction on the version's CRDT document, validated, and returns what
changed. Concepts and versions out for signing can change; a change to a signed version makes
a new version (the signed one becomes *vervangen*) so what was signed never moves. Signing
freezes the exact text as a :class:`~tafel.domain.plan_tables.PlanMoment`; when every expected
signer has signed the current text, the version is *getekend*. Printing freezes a moment too,
so ``tafel verify`` can check a paper copy against the vault later.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, select

from tafel.domain.dates import add_months
from tafel.domain.models import Casus, utc_now
from tafel.domain.plan_content import (
    Auteur,
    PlanContent,
    Schrijver,
    VersieStatus,
)
from tafel.domain.plan_doc import PlanDoc, PlanEdit, SetAfspraak
from tafel.domain.plan_tables import (
    Afdruk,
    Handtekening,
    PlanMoment,
    PlanVersie,
    Toekomstplan,
)
from tafel.domain.records import AuditAction, RecordKind
from tafel.errors import NotFoundError, ValidationError
from tafel.services import audit, audit_anchor
from tafel.services.base import Service, reads, writes
from tafel.services.changes import UNKNOWN, ChangeSet, Origin, Write
from tafel.services.plan_checks import NieuweHandtekening as NieuweHandtekening
from tafel.services.plan_checks import check_owners as _check_owners
from tafel.services.plan_checks import check_signature as _check_signature
from tafel.services.plan_copy import text_hash
from tafel.services.plan_merge import MergeOutcome, merge_versions, version_hash
from tafel.services.plan_verify import (
    FrozenText,
    Verification,
    corrected_copies,
    frozen_text,
    verify_hash,
)
from tafel.services.plan_views import load_plan_case, load_plan_view
from tafel.views.plans import PlanView, expected_signers, signing_state, version_view


@dataclass(frozen=True)
class PlanEditResult:
    """The plan after an edit, the version now being worked on, and what changed."""

    view: PlanView
    version_id: uuid.UUID
    new_version: bool
    created_id: str | None
    changes: ChangeSet


@dataclass(frozen=True)
class PlanMerged:
    """What merging another copy's edits did, and what changed."""

    outcome: MergeOutcome
    changes: ChangeSet


@dataclass(frozen=True)
class PlanStart:
    """The case's plan after :meth:`PlanService.start`, and what starting it changed."""

    view: PlanView
    changes: ChangeSet


class PlanService(Service):
    """Everything that reads or writes a toekomstplan."""

    # -- reads --------------------------------------------------------------------------

    @reads
    def for_case(self, casus_id: uuid.UUID, *, shown: bool = False,
                 origin: Origin = UNKNOWN) -> PlanView | None:
        """The case's plan with all versions, or None when none was started.

        ``shown``: a screen or command is about to show the plan, so the access is logged
        (its newest version). Internal reads (a refresh, a check before printing) pass False.
        """
        with self._read() as session:
            plan = _plan_of_case(session, casus_id)
            if plan is None:
                return None
            view = load_plan_view(session, plan)
            if shown:
                self._viewed(session, view.latest.id, view.latest.nummer, casus_id, origin)
            return view

    @reads
    def view_of_version(self, version_id: uuid.UUID, *, shown: bool = False,
                        origin: Origin = UNKNOWN) -> PlanView:
        """The whole plan that ``version_id`` belongs to (``shown``: as :meth:`for_case`)."""
        with self._read() as session:
            row, plan, casus = _version_plan_case(session, version_id)
            if shown:
                self._viewed(session, row.id, row.nummer, casus.id, origin)
            return load_plan_view(session, plan)

    def _viewed(self, session: Session, version_id: uuid.UUID, nummer: int,
                casus_id: uuid.UUID, origin: Origin) -> None:
        self._log_access(session, origin).logged(RecordKind.PLANVERSIE, AuditAction.BEKEKEN,
                                                 version_id, casus_id, f"versie {nummer}")

    @reads
    def verify(self, inhoud_hash: str) -> Verification:
        """Check a printed hash against the vault: which version, signed by all, replaced."""
        with self._read() as session:
            return verify_hash(session, inhoud_hash.strip().lower(), self.today())

    @reads
    def corrected_copies(self, inhoud_hash: str) -> frozenset[str]:
        """The page fingerprints of copies printed of a text later corrected on request."""
        with self._read() as session:
            return frozenset(c.tekst_hash for c in
                             corrected_copies(session, inhoud_hash.strip().lower()))

    @reads
    def frozen(self, inhoud_hash: str) -> FrozenText | None:
        """The text frozen under a printed hash, with the page texts of its printed copies."""
        with self._read() as session:
            return frozen_text(session, inhoud_hash.strip().lower())

    # -- writes -------------------------------------------------------------------------

    @writes
    def start(self, casus_id: uuid.UUID, *, origin: Origin = UNKNOWN) -> PlanStart:
        """The case's plan, started now (version 1, a concept) if there was none."""
        with self._write(origin) as write:
            session = write.session
            existing = _plan_of_case(session, casus_id)
            if existing is not None:
                return PlanStart(load_plan_view(session, existing), write.result(existing.id))
            casus = session.get(Casus, casus_id)
            if casus is None:
                raise NotFoundError("Deze casus bestaat niet (meer).")
            plan = Toekomstplan(casus_id=casus_id, gestart_door=self.actor,
                                kenmerk=casus.referentie)
            session.add(plan)
            session.flush()
            doc = PlanDoc.new(add_months(self.today(), plan.evaluatie_ritme_maanden),
                              **self._crdt(session))
            version = PlanVersie(plan_id=plan.id, nummer=1, document=doc.to_bytes(),
                                 inhoud_hash="")
            version.inhoud_hash = version_hash(doc.content(), plan, casus, 1)
            session.add(version)
            session.flush()
            write.changed(RecordKind.TOEKOMSTPLAN, plan.id, casus_id, AuditAction.GESTART)
            write.changed(RecordKind.PLANVERSIE, version.id, casus_id, AuditAction.AANGEMAAKT,
                          "versie 1")
            return PlanStart(load_plan_view(session, plan), write.result(plan.id))

    @writes
    def edit(self, version_id: uuid.UUID, *edits: PlanEdit,
             schrijver: Schrijver = Schrijver.PROFESSIONAL,
             origin: Origin = UNKNOWN) -> PlanEditResult:
        """Apply edits as typed; a signed version first gets a new version to hold them.

        Edits that change nothing (a field saved again with the same text) write nothing: no
        new version of a signed plan, no outdated signatures, no change to publish. Settling
        a conflict is a change even when the text stays the same (the value the plan showed
        was chosen, an edited afspraak kept): it is stored and travels to the others.
        """
        with self._write(origin) as write:
            session = write.session
            row, plan, casus = _version_plan_case(session, version_id)
            if row.status is VersieStatus.VERVANGEN:
                raise ValidationError(
                    "Deze versie is vervangen door een nieuwere; werk verder in de nieuwste."
                )
            doc = PlanDoc.from_bytes(row.document, **self._crdt(session))
            read_state = doc.state()
            before = doc.content().canonical()
            open_before = doc.conflicts()
            auteur = Auteur(schrijver, self.actor if schrijver is Schrijver.PROFESSIONAL else "")
            if any(isinstance(e, SetAfspraak) and e.values.get("eigenaar") for e in edits):
                _check_owners(load_plan_case(session, casus), edits, self.today())
            created: str | None = None
            try:
                for edit in edits:
                    created = doc.apply(edit, auteur) or created
            except ValueError as exc:
                raise ValidationError(str(exc)) from None
            text_changed = doc.content().canonical() != before
            # Choosing the value a conflict shows changes no text but settles the conflict.
            if not text_changed and doc.conflicts() == open_before:
                return PlanEditResult(load_plan_view(session, plan), row.id, False, created,
                                      write.result(primary_id=row.id))
            new_version = False
            if row.status is VersieStatus.GETEKEND and text_changed:
                row = self._new_version_from(write, row, plan, casus)
                new_version = True
            merged = _merge_into_stored(session, row, doc.changes_since(read_state))
            row.document = merged.to_bytes()
            row.inhoud_hash = version_hash(merged.content(), plan, casus, row.nummer)
            row.gewijzigd_op = utc_now()
            session.add(row)
            # Every saved change is logged (autosaves come about once a second at most).
            write.changed(RecordKind.PLANVERSIE, row.id, casus.id, AuditAction.BEWERKT,
                          f"versie {row.nummer}")
            session.flush()
            return PlanEditResult(load_plan_view(session, plan), row.id, new_version, created,
                                  write.result(primary_id=row.id))

    @writes
    def merge(self, casus_id: uuid.UUID, updates: dict[int, bytes], *,
              origin: Origin = UNKNOWN) -> PlanMerged:
        """Merge another copy's edits (packed part updates per version number) into the plan.

        The plan is started first when this case has none yet. A damaged update is one Dutch
        sentence, and nothing changes.
        """
        with self._write(origin) as write:
            session = write.session
            plan = _plan_of_case(session, casus_id)
            casus = session.get(Casus, casus_id)
            if casus is None:
                raise NotFoundError("Deze casus bestaat niet (meer).")
            if plan is None:
                plan = Toekomstplan(casus_id=casus_id, gestart_door=self.actor,
                                    kenmerk=casus.referentie)
                session.add(plan)
                session.flush()
                write.changed(RecordKind.TOEKOMSTPLAN, plan.id, casus_id, AuditAction.GESTART)
            try:
                outcome = merge_versions(write, plan, casus, updates, **self._crdt(session))
            except ValueError as exc:
                raise ValidationError(str(exc)) from None
            return PlanMerged(outcome, write.result(primary_id=plan.id))

    @writes
    def new_version(self, version_id: uuid.UUID, *, origin: Origin = UNKNOWN) -> PlanEditResult:
        """Start a new concept from a signed version (which becomes *vervangen*)."""
        with self._write(origin) as write:
            row, plan, casus = _version_plan_case(write.session, version_id)
            if row.status is not VersieStatus.GETEKEND:
                raise ValidationError("Alleen van een getekend plan maak je een nieuwe versie.")
            new = self._new_version_from(write, row, plan, casus)
            write.session.flush()
            return PlanEditResult(load_plan_view(write.session, plan), new.id, True, None,
                                  write.result(primary_id=new.id))

    @writes
    def set_status(self, version_id: uuid.UUID, status: VersieStatus, *,
                   origin: Origin = UNKNOWN) -> ChangeSet:
        """Send a concept for signing, or take it back to concept (signatures stay)."""
        allowed = {
            VersieStatus.CONCEPT: VersieStatus.TER_ONDERTEKENING,
            VersieStatus.TER_ONDERTEKENING: VersieStatus.CONCEPT,
        }
        with self._write(origin) as write:
            session = write.session
            row, _plan, casus = _version_plan_case(session, version_id)
            if allowed.get(row.status) is not status:
                raise ValidationError("Deze stap kan niet vanuit de huidige status van het plan.")
            if status is VersieStatus.TER_ONDERTEKENING:
                _no_conflicts(PlanDoc.from_bytes(row.document))
            row.status = status
            row.gewijzigd_op = utc_now()
            session.add(row)
            write.changed(RecordKind.PLANVERSIE, row.id, casus.id, AuditAction.STATUS,
                          f"versie {row.nummer}: {status.value}")
            if status is VersieStatus.TER_ONDERTEKENING:
                session.flush()
                self._complete_if_signed(write, row, casus)
            return write.result(primary_id=row.id)

    @writes
    def set_rhythm(self, plan_id: uuid.UUID, months: int, *,
                   origin: Origin = UNKNOWN) -> ChangeSet:
        """How often this case's plan is evaluated (default three months)."""
        if not 1 <= int(months) <= 24:
            raise ValidationError("Kies een ritme tussen 1 en 24 maanden.")
        with self._write(origin) as write:
            session = write.session
            plan = session.get(Toekomstplan, plan_id)
            if plan is None:
                raise NotFoundError("Dit plan bestaat niet (meer).")
            plan.evaluatie_ritme_maanden = int(months)
            plan.gewijzigd_op = utc_now()
            session.add(plan)
            write.changed(RecordKind.TOEKOMSTPLAN, plan.id, plan.casus_id, AuditAction.RITME,
                          f"{months} maanden")
            return write.result(primary_id=plan.id)

    @writes
    def sign(self, version_id: uuid.UUID, new: NieuweHandtekening, expected_hash: str, *,
             origin: Origin = UNKNOWN) -> ChangeSet:
        """Place a signature under the version's current text (the one the signer read)."""
        _check_signature(new)
        with self._write(origin) as write:
            session = write.session
            row, _plan, casus = _version_plan_case(session, version_id)
            if row.status is VersieStatus.VERVANGEN:
                raise ValidationError("Deze versie is vervangen; teken de nieuwste versie.")
            if row.inhoud_hash != expected_hash:
                raise ValidationError(
                    "Het plan is net gewijzigd. Lees het nog een keer door en teken dan opnieuw."
                )
            already = session.exec(
                select(Handtekening).where(Handtekening.versie_id == row.id)
                .where(Handtekening.inhoud_hash == row.inhoud_hash)
                .where(Handtekening.ondertekenaar == new.sleutel)
            ).first()
            if new.sleutel and already is not None:
                raise ValidationError(f"{already.naam} heeft deze tekst al getekend.")
            doc = PlanDoc.from_bytes(row.document)
            _no_conflicts(doc)
            _freeze(session, row, doc.content())
            signature = Handtekening(
                versie_id=row.id, inhoud_hash=row.inhoud_hash, ondertekenaar=new.sleutel,
                naam=new.naam.strip(), rol=new.rol.strip(), plaats=new.plaats.strip(),
                datum=new.datum, verhouding=float(new.verhouding),
                lijnen=[[[round(x, 4), round(y, 4)] for x, y in s] for s in new.lijnen if s],
                getypt=bool(new.getypt),
            )
            session.add(signature)
            if row.status is VersieStatus.CONCEPT:
                row.status = VersieStatus.TER_ONDERTEKENING
            session.flush()
            # Who signed is the signer's key (an id), never the name: no case text in the log.
            write.changed(RecordKind.HANDTEKENING, signature.id, casus.id, AuditAction.GETEKEND,
                          f"versie {row.nummer}, {signature.ondertekenaar or '-'}")
            if not self._complete_if_signed(write, row, casus):
                write.changed(RecordKind.PLANVERSIE, row.id, casus.id, AuditAction.GETEKEND,
                              f"versie {row.nummer}")
            return write.result(primary_id=signature.id)

    @writes
    def record_print(self, version_id: uuid.UUID, how: AuditAction = AuditAction.AFGEDRUKT, *,
                     with_bsn: bool = False, pages: Sequence[str] | None = None,
                     expected_hash: str | None = None,
                     origin: Origin = UNKNOWN) -> ChangeSet:
        """Freeze the version's current text for a printed or saved copy.

        ``how`` is :attr:`AuditAction.AFGEDRUKT` or :attr:`AuditAction.OPGESLAGEN_ALS_PDF`.

        ``pages`` is the text of every page of the exact PDF that was made, kept so ``tafel
        verify`` can compare a copy with it later (one row per distinct text). The moment,
        the page texts and the audit line are one transaction. ``expected_hash`` is the code
        printed on those pages: if the plan changed in between, nothing is recorded.
        """
        with self._write(origin) as write:
            session = write.session
            row, _plan, casus = _version_plan_case(session, version_id)
            if expected_hash is not None and row.inhoud_hash != expected_hash:
                raise ValidationError(
                    "Het plan is net gewijzigd. Maak de afdruk opnieuw, dan klopt de code."
                )
            _freeze(session, row, PlanDoc.from_bytes(row.document).content())
            described = f"{how.value} (met BSN)" if with_bsn else how.value
            if pages is not None:
                _keep_pages(session, row, list(pages), described)
            write.changed(RecordKind.PLANVERSIE, row.id, casus.id, how,
                          f"versie {row.nummer}" + (", met BSN" if with_bsn else ""),
                          grondslag=audit.EIGEN_DOSSIER)
            return write.result(primary_id=row.id)

    # -- helpers ------------------------------------------------------------------------

    def _crdt(self, session: Session) -> dict[str, Any]:
        """Who new CRDT writes come from: this vault (its id) in this session (its client)."""
        return {"partij": audit_anchor.vault_id(session) or "",
                "client_id": self._context.crdt_client}

    def _new_version_from(self, write: Write, row: PlanVersie, plan: Toekomstplan,
                          casus: Casus) -> PlanVersie:
        session = write.session
        newest = session.exec(
            select(PlanVersie).where(PlanVersie.plan_id == plan.id)
            .order_by(col(PlanVersie.nummer).desc())
        ).first()
        assert newest is not None
        if newest.id != row.id:
            raise ValidationError(f"Er is al een nieuwere versie ({newest.nummer}); werk daarin.")
        doc = PlanDoc.from_bytes(row.document)
        nummer = row.nummer + 1
        new = PlanVersie(plan_id=plan.id, nummer=nummer, document=doc.to_bytes(),
                         inhoud_hash=version_hash(doc.content(), plan, casus, nummer),
                         gemaakt_uit=row.nummer)
        row.status = VersieStatus.VERVANGEN
        row.gewijzigd_op = utc_now()
        session.add(row)
        session.add(new)
        session.flush()
        write.changed(RecordKind.PLANVERSIE, row.id, casus.id, AuditAction.VERVANGEN,
                      f"versie {row.nummer} door versie {nummer}")
        write.changed(RecordKind.PLANVERSIE, new.id, casus.id, AuditAction.NIEUWE_VERSIE,
                      f"versie {nummer} uit versie {row.nummer}")
        return new

    def _complete_if_signed(self, write: Write, row: PlanVersie, casus: Casus) -> bool:
        """Mark the version signed when everyone expected has signed; whether it now is."""
        session = write.session
        if row.status is not VersieStatus.TER_ONDERTEKENING:
            return False  # a concept waits; a signed version stays signed on the day it was
        signatures = list(session.exec(
            select(Handtekening).where(Handtekening.versie_id == row.id)
        ))
        view = version_view(row, signatures)
        signers = expected_signers(load_plan_case(session, casus), view.content, self.today())
        if all(sig is not None for _p, sig in signing_state(signers, view.signatures)):
            row.status = VersieStatus.GETEKEND
            row.getekend_op = self.today()
            session.add(row)
            write.changed(RecordKind.PLANVERSIE, row.id, casus.id, AuditAction.VOLLEDIG_GETEKEND,
                          f"versie {row.nummer}")
            return True
        return False


def _no_conflicts(doc: PlanDoc) -> None:
    """Nobody signs a text in which two values of one thing are still open."""
    if doc.conflicts():
        raise ValidationError(
            "In dit plan staan nog tegenstrijdige wijzigingen. Kies eerst per punt welke "
            "geldt; daarna kan er getekend worden."
        )


def _plan_of_case(session: Session, casus_id: uuid.UUID) -> Toekomstplan | None:
    return session.exec(select(Toekomstplan).where(Toekomstplan.casus_id == casus_id)).first()


def _version_plan_case(
    session: Session, version_id: uuid.UUID
) -> tuple[PlanVersie, Toekomstplan, Casus]:
    row = session.get(PlanVersie, version_id)
    if row is None:
        raise NotFoundError("Deze versie van het plan bestaat niet (meer).")
    plan = session.get(Toekomstplan, row.plan_id)
    casus = session.get(Casus, plan.casus_id) if plan else None
    if plan is None or casus is None:
        raise NotFoundError("Dit plan bestaat niet (meer).")
    return row, plan, casus


def _merge_into_stored(session: Session, row: PlanVersie, update: bytes) -> PlanDoc:
    """What is stored now plus this edit's update: never a copy read earlier written back.

    A version is a CRDT document, so a write applies its update to the stored state instead
    of replacing it. Under the vault's lock and ``BEGIN IMMEDIATE`` the two are the same; if
    that protection is ever lost, the other side's words are still kept.
    """
    session.flush()  # a version made in this transaction is in the database first
    stored = session.execute(
        select(PlanVersie.document).where(col(PlanVersie.id) == row.id)
    ).scalar_one()
    merged = PlanDoc.from_bytes(stored)
    merged.merge(update)
    return merged


def _freeze(session: Session, row: PlanVersie, content: PlanContent) -> None:
    exists = session.exec(
        select(PlanMoment).where(PlanMoment.versie_id == row.id)
        .where(PlanMoment.inhoud_hash == row.inhoud_hash)
    ).first()
    if exists is None:
        session.add(PlanMoment(versie_id=row.id, inhoud_hash=row.inhoud_hash,
                               inhoud=content.canonical()))


def _keep_pages(session: Session, row: PlanVersie, pages: list[str], how: str) -> None:
    """Keep the page texts of a printed copy, once per distinct text."""
    digest = text_hash(pages)
    exists = session.exec(
        select(Afdruk).where(Afdruk.versie_id == row.id).where(Afdruk.tekst_hash == digest)
    ).first()
    if exists is None:
        session.add(Afdruk(versie_id=row.id, inhoud_hash=row.inhoud_hash, tekst_hash=digest,
                           paginas=pages, hoe=how[:60]))
