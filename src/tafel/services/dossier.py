"""DossierService: the case records that travel with a bundle, as use cases.

The bundle service (export and import of ``.tafelbundel`` files) calls the functions of
:mod:`tafel.services.dossier_case`, :mod:`tafel.services.dossier_sync` and
:mod:`tafel.services.dossier_consent` inside its own transaction, so a bundle is imported
all or nothing. This service offers the same steps one transaction each, for screens and
commands: receive a case, export and merge its people, list and settle conflicts, and pass
consents on. Every write is audited; the CRDT writes carry this vault's id (``partij``) and
this session's client id, never a stored one, so a copied vault never reuses it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session

from tafel.domain.models import Casus, Toestemming
from tafel.domain.plan_register import Conflict
from tafel.errors import NotFoundError
from tafel.services import audit_anchor
from tafel.services.base import Service, reads, writes
from tafel.services.changes import UNKNOWN, ChangeSet, Origin
from tafel.services.dossier_case import casus_record, ensure_case
from tafel.services.dossier_consent import apply_consents, consent_records
from tafel.services.dossier_sync import (
    DossierOutcome,
    choose_dossier_value,
    dossier_conflicts,
    export_dossier,
    import_dossier,
    written_value,
)
from tafel.views.dossier import DossierConflictView, conflict_views


@dataclass(frozen=True)
class CaseReceived:
    """The case a record made or found; ``referentie`` differs from the sent one when taken."""

    casus_id: uuid.UUID
    created: bool
    referentie: str
    sent_referentie: str
    changes: ChangeSet

    @property
    def referentie_changed(self) -> bool:
        """Whether another case here had the reference, so this one got a suffix."""
        return self.referentie != self.sent_referentie


@dataclass(frozen=True)
class DossierExport:
    """The people's changes since what the recipient has, and the state to remember."""

    update: bytes
    state: bytes
    changes: ChangeSet


@dataclass(frozen=True)
class DossierMerged:
    """What merging another party's people did."""

    outcome: DossierOutcome
    changes: ChangeSet


@dataclass(frozen=True)
class ConsentsApplied:
    """How many consents a bundle made or ended here."""

    count: int
    changes: ChangeSet


class DossierService(Service):
    """A case's records that travel: the case itself, its people and the consents."""

    def _crdt(self, session: Session) -> dict[str, Any]:
        """Who new CRDT writes come from: this vault (its id) in this session (its client)."""
        return {"partij": audit_anchor.vault_id(session) or "",
                "client_id": self._context.crdt_client}

    def _checks(self) -> dict[str, Any]:
        return {"today": self.today(), "demo_vault": self.vault.is_demo(self.vault.path)}

    @reads
    def record(self, casus_id: uuid.UUID) -> dict[str, str]:
        """What always travels about a case (ids, reference, status, the casusregisseur)."""
        with self._read() as session:
            return casus_record(session, casus_id)

    @writes
    def receive_case(self, record: dict[str, Any], *, origin: Origin = UNKNOWN) -> CaseReceived:
        """Find the case a record names, or make it with the same ids."""
        with self._write(origin) as write:
            casus, created = ensure_case(write, record)
            return CaseReceived(casus.id, created, casus.referentie, str(record["referentie"]),
                                write.result(primary_id=casus.id))

    @writes
    def export(self, casus_id: uuid.UUID, since_state: bytes | None = None, *,
               origin: Origin = UNKNOWN) -> DossierExport:
        """The case's people since ``since_state``; the shadow is brought up to date first.

        Nothing of the case changes (only its shadow), so the change set is empty; the
        bundle that carries the update logs that it left.
        """
        with self._write(origin) as write:
            update, state = export_dossier(write, casus_id, since_state=since_state,
                                           door=self.actor, **self._crdt(write.session))
            return DossierExport(update, state, write.result(primary_id=casus_id))

    @writes
    def merge(self, casus_id: uuid.UUID, update: bytes, *,
              origin: Origin = UNKNOWN) -> DossierMerged:
        """Merge another party's people into the case; one Dutch sentence when damaged."""
        with self._write(origin) as write:
            casus = write.session.get(Casus, casus_id)
            if casus is None:
                raise NotFoundError("Deze casus bestaat niet (meer).")
            outcome = import_dossier(write, casus, update, **self._crdt(write.session),
                                     **self._checks())
            return DossierMerged(outcome, write.result(primary_id=casus_id))

    @reads
    def conflicts(self, casus_id: uuid.UUID) -> tuple[Conflict, ...]:
        """Every field of the case's people written apart with different values."""
        with self._read() as session:
            return dossier_conflicts(session, casus_id)

    @writes
    def choose(self, casus_id: uuid.UUID, field: str, value: Any, *,
               origin: Origin = UNKNOWN) -> ChangeSet:
        """Settle a field (``persoon/<id>/telefoon``) with ``value``, checked as typed."""
        with self._write(origin) as write:
            record_id = choose_dossier_value(write, casus_id, field, value, door=self.actor,
                                             **self._crdt(write.session), **self._checks())
            return write.result(primary_id=record_id)

    @reads
    def conflict_views(self, casus_id: uuid.UUID) -> tuple[DossierConflictView, ...]:
        """The conflicts as the case screen shows them: with writers, the BSN masked."""
        with self._read() as session:
            return conflict_views(dossier_conflicts(session, casus_id))

    @writes
    def choose_written(self, casus_id: uuid.UUID, field: str, write_id: str, *,
                       origin: Origin = UNKNOWN) -> ChangeSet:
        """Settle a field with one of its values written apart, named by its write id."""
        with self._write(origin) as write:
            value = written_value(write.session, casus_id, field, write_id)
            record_id = choose_dossier_value(write, casus_id, field, value, door=self.actor,
                                             **self._crdt(write.session), **self._checks())
            return write.result(primary_id=record_id)

    @reads
    def consents(self, casus_id: uuid.UUID, covers: Callable[[Toestemming], bool], *,
                 persoonsgegevens: bool = True) -> list[dict[str, Any]]:
        """The consents that may travel to one recipient (``covers`` says which)."""
        with self._read() as session:
            return consent_records(session, casus_id, covers, persoonsgegevens=persoonsgegevens)

    @writes
    def apply_consents(self, casus_id: uuid.UUID, records: list[dict[str, Any]], *,
                       persoonsgegevens: bool = True,
                       origin: Origin = UNKNOWN) -> ConsentsApplied:
        """Make the consents a bundle brings and end the ones it ended."""
        with self._write(origin) as write:
            casus = write.session.get(Casus, casus_id)
            if casus is None:
                raise NotFoundError("Deze casus bestaat niet (meer).")
            count = apply_consents(write, casus, records, persoonsgegevens=persoonsgegevens)
            return ConsentsApplied(count, write.result(primary_id=casus_id))
