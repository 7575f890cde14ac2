"""Destroying a case: every trace goes, a record of the destruction without personal data stays.

After the retention term, or earlier on a request of the young person or a parent (AVG art.
17), the consulent destroys a case. All its rows go in one transaction: the household and
its people (unless another case shares the household), the network, consents, care, legal
status, checklist, referrals, conversations and drafts, the toekomstplan with every version
(its CRDT history lives inside them), the frozen texts of prints and signatures, kept forms,
bundles waiting or sent, the casus-overleggen. ``secure_delete`` zeroes what is deleted;
then the vault is compacted (journal folded in, VACUUM) and the copies taken before
migrations, which still hold the case, are removed.

The audit log keeps its entries about the case: they hold ids and actions, never case text,
and the chain must stay whole. The :class:`~tafel.domain.vernietiging.Vernietiging` row says
which reference, when, who decided and why; the reason is refused when it holds a name or a
number from the case, so the record itself cannot hold personal data.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete
from sqlmodel import Session, col, select

from tafel.domain.bundel_tables import Bundel, SyncStand
from tafel.domain.checklist18 import ChecklistPunt
from tafel.domain.gesprek import Gesprek, GesprekPijler, GesprekScore, LopendGesprek
from tafel.domain.juridisch import JuridischeStatus
from tafel.domain.models import (
    Betrokkene,
    BewaardFormulier,
    Casus,
    CasusDocument,
    Huishouden,
    Indicatie,
    Persoon,
    Toestemming,
    VaultMeta,
    Verwijzing,
)
from tafel.domain.overleg_tables import Overleg
from tafel.domain.plan_tables import Afdruk, Handtekening, PlanMoment, PlanVersie, Toekomstplan
from tafel.domain.records import AuditAction, RecordKind
from tafel.domain.signals import BEWAARJAREN_MAX, BEWAARJAREN_MIN
from tafel.domain.tekstcorrectie import Tekstcorrectie
from tafel.domain.vernietiging import Vernietiging
from tafel.errors import NotFoundError, ValidationError
from tafel.services import validation
from tafel.services.base import Service, reads, writes
from tafel.services.changes import UNKNOWN, ChangeSet, Origin
from tafel.services.signal_queries import BEWAARJAREN_KEY, organisatie_bewaarjaren

REDEN_MAX = 300
#: The audit log's record id for the retention setting (one per vault).
_BEWAARTERMIJN_ID = uuid.uuid5(uuid.NAMESPACE_URL, "tafel-instelling:bewaartermijn")


@dataclass(frozen=True)
class Vernietigd:
    """A case destroyed: its record, the copies removed, and what changed."""

    vernietiging_id: uuid.UUID
    verwijderde_kopieen: tuple[Path, ...]
    changes: ChangeSet


@dataclass(frozen=True)
class VernietigingView:
    """The record of one destruction, as the vault shows it."""

    referentie: str
    vernietigd_op: Any
    besloten_door: str
    reden: str


class VernietigingService(Service):
    """Destroying a case, and the records of cases destroyed."""

    @reads
    def overzicht(self) -> list[VernietigingView]:
        """Every destruction, newest first."""
        with self._read() as session:
            rows = session.exec(select(Vernietiging)
                                .order_by(col(Vernietiging.vernietigd_op).desc()))
            return [VernietigingView(r.referentie, r.vernietigd_op, r.besloten_door, r.reden)
                    for r in rows]

    @reads
    def bewaartermijn(self) -> int:
        """The organisation's retention term in years (jeugdhulp: at least 20 regardless)."""
        with self._read() as session:
            return organisatie_bewaarjaren(session)

    @writes
    def zet_bewaartermijn(self, jaren: int, *, origin: Origin = UNKNOWN) -> ChangeSet:
        """Set the organisation's retention term; jeugdhulp cases keep at least 20 years."""
        if not BEWAARJAREN_MIN <= jaren <= BEWAARJAREN_MAX:
            raise ValidationError(f"Kies een bewaartermijn van {BEWAARJAREN_MIN} tot "
                                  f"{BEWAARJAREN_MAX} jaar.")
        with self._write(origin) as write:
            row = write.session.get(VaultMeta, BEWAARJAREN_KEY) or VaultMeta(
                sleutel=BEWAARJAREN_KEY)
            row.waarde = str(jaren)
            write.session.add(row)
            write.changed(RecordKind.KLUIS, _BEWAARTERMIJN_ID, None, AuditAction.GEWIJZIGD,
                          f"bewaartermijn {jaren} jaar")
            return write.result(_BEWAARTERMIJN_ID)

    @writes
    def vernietig(self, casus_id: uuid.UUID, reden: str, *,
                  origin: Origin = UNKNOWN) -> Vernietigd:
        """Destroy the case and everything in it; keep only the record of destruction."""
        why = validation.required_text(reden, "de reden", REDEN_MAX)
        with self._write(origin) as write:
            session = write.session
            casus = session.get(Casus, casus_id)
            if casus is None:
                raise NotFoundError("Deze casus bestaat niet (meer).")
            _refuse_case_words(session, casus, why)
            referentie = casus.referentie
            _remove_case(session, casus)
            record = Vernietiging(referentie=referentie, vernietigd_op=self.today(),
                                  besloten_door=self.actor, reden=why)
            session.add(record)
            write.changed(RecordKind.CASUS, casus_id, casus_id, AuditAction.VERNIETIGD,
                          f"vernietiging {record.id}")
            write.changed(RecordKind.VERNIETIGING, record.id, None, AuditAction.AANGEMAAKT)
            changes = write.result(primary_id=record.id)
        removed = self.vault.compact()
        return Vernietigd(record.id, tuple(removed), changes)


def _case_words(session: Session, casus: Casus) -> list[str]:
    """The names and numbers of the case that a reason may not repeat."""
    people = session.exec(select(Persoon).where(Persoon.huishouden_id == casus.huishouden_id))
    network = session.exec(select(Betrokkene).where(Betrokkene.casus_id == casus.id))
    words = [w for p in people for w in (p.voornaam, p.achternaam, p.bsn or "", p.telefoon,
                                         p.email)]
    words += [w for b in network for w in (*b.naam.split(), b.telefoon, b.email)]
    household = session.get(Huishouden, casus.huishouden_id)
    if household is not None:
        words += [household.adres]
    return [w for w in words if w and len(w) >= 3]


def _refuse_case_words(session: Session, casus: Casus, reason: str) -> None:
    said = reason.casefold()
    if any(word.casefold() in said for word in _case_words(session, casus)):
        raise ValidationError("De reden blijft bewaard nadat de casus weg is; schrijf er "
                              "daarom geen namen of nummers uit de casus in.")


def _remove_case(session: Session, casus: Casus) -> None:
    """Delete every row of the case, children before their parents."""
    case = casus.id
    plans = list(session.exec(select(Toekomstplan.id).where(Toekomstplan.casus_id == case)))
    versions = list(session.exec(select(PlanVersie.id).where(col(PlanVersie.plan_id).in_(plans))))
    talks = list(session.exec(select(Gesprek.id).where(Gesprek.casus_id == case)))
    for table, column, ids in (
            (Afdruk, Afdruk.versie_id, versions), (PlanMoment, PlanMoment.versie_id, versions),
            (Handtekening, Handtekening.versie_id, versions),
            (PlanVersie, PlanVersie.id, versions), (Toekomstplan, Toekomstplan.id, plans),
            (GesprekScore, GesprekScore.gesprek_id, talks),
            (GesprekPijler, GesprekPijler.gesprek_id, talks), (Gesprek, Gesprek.id, talks)):
        if ids:
            session.execute(delete(table).where(col(column).in_(ids)))
    by_case: tuple[Any, ...] = (LopendGesprek, Overleg, Verwijzing, Indicatie, JuridischeStatus,
                                ChecklistPunt, CasusDocument, SyncStand, Bundel,
                                BewaardFormulier, Tekstcorrectie, Toestemming, Betrokkene)
    for owned in by_case:
        session.execute(delete(owned).where(col(owned.casus_id) == case))
    household = casus.huishouden_id
    others = session.exec(select(Casus.id).where(Casus.huishouden_id == household,
                                                 Casus.id != case)).first()
    session.delete(casus)
    session.flush()
    if others is None:
        session.execute(delete(Persoon).where(col(Persoon.huishouden_id) == household))
        session.execute(delete(Huishouden).where(col(Huishouden.id) == household))
