"""Merging another party's edits into a plan's versions, without ever losing a word.

Versions travel by their number: version 3 on one laptop and version 3 on another are the
same version, and their documents merge into one. So two parties who both start a version 3
while apart get one version 3 holding both their edits, never two different ones.

Edits made to an older version arrive late (someone kept typing in version 2 while another
signed it and started version 3). They are merged into that version and carried forward into
every later one, so the newest version always holds every word. When the bundle says which
versions its sender has, a version the sender has takes only its own edits (the sender carried
them forward already; a correction on request is made in each version apart), and a later
version only this vault has follows the sender's newest version before it.

A signed version whose text a merge changes keeps its signatures, but they visibly belong to
the earlier text (the signed text itself stays frozen and verifiable with ``tafel verify``);
if it was the newest version, a new version is started from the merged text, as for a local
edit of a signed plan. Nothing is ever attached to a text its signer did not see.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlmodel import Session, col, select

from tafel.domain.models import Casus, utc_now
from tafel.domain.plan_content import PlanContent, VersieStatus, content_hash
from tafel.domain.plan_doc import PlanDoc
from tafel.domain.plan_tables import PlanVersie, Toekomstplan
from tafel.domain.records import AuditAction, RecordKind
from tafel.services.changes import Write


@dataclass
class MergeOutcome:
    """What merging did to a plan, to tell the person plainly."""

    changed_versions: list[int] = field(default_factory=list)
    created_versions: list[int] = field(default_factory=list)
    outdated_signed: list[int] = field(default_factory=list)
    conflicts: int = 0
    correcties: int = 0  # corrections on request (AVG art. 16/17) applied here

    @property
    def changed(self) -> bool:
        """Whether the plan changed at all."""
        return bool(self.changed_versions or self.created_versions)


def versions_of(session: Session, plan: Toekomstplan) -> list[PlanVersie]:
    """The plan's versions, oldest first."""
    return list(session.exec(
        select(PlanVersie).where(PlanVersie.plan_id == plan.id)
        .order_by(col(PlanVersie.nummer))
    ))


def merge_versions(write: Write, plan: Toekomstplan, casus: Casus,
                   updates: dict[int, bytes], *, partij: str, client_id: int,
                   corrected: frozenset[tuple[str, str]] = frozenset(),
                   sender_versions: frozenset[int] = frozenset()) -> MergeOutcome:
    """Merge packed part updates per version number into ``plan`` (one transaction).

    ``corrected`` holds the (code before, code after) of corrections on request (AVG art.
    16/17): a signed version whose text moves exactly so is not outdated, it stays signed.
    ``sender_versions``: the version numbers the sender has (empty: not known, every update
    is carried into every later version).
    Raises ``ValueError`` (Dutch) for a damaged update; the caller's transaction then rolls
    back, so the vault stays exactly as it was.
    """
    session = write.session
    outcome = MergeOutcome()
    rows = {row.nummer: row for row in versions_of(session, plan)}
    signed = {n: row.inhoud_hash for n, row in rows.items()
              if row.status is VersieStatus.GETEKEND}
    for nummer in sorted(updates):
        if nummer < 1 or nummer > 10_000:
            raise ValueError("Deze bundel noemt een versie van het plan die niet kan bestaan.")
        if nummer not in rows:
            rows[nummer] = _new_row(write, plan, casus, rows, nummer, partij, client_id)
            outcome.created_versions.append(nummer)
        # the update goes into this version and every later one (carried forward)
        for later in _carried_into(nummer, sorted(rows), sender_versions):
            _merge_into(write, plan, casus, rows[later], updates[nummer], outcome,
                        partij=partij, client_id=client_id)
    outcome.outdated_signed = [n for n, before in sorted(signed.items())
                               if rows[n].inhoud_hash != before
                               and (before, rows[n].inhoud_hash) not in corrected]
    newest = rows[max(rows)] if rows else None
    if newest is not None and newest.status is VersieStatus.GETEKEND \
            and newest.nummer in outcome.outdated_signed:
        rows[newest.nummer + 1] = _new_row(write, plan, casus, rows, newest.nummer + 1, partij,
                                           client_id)
        outcome.created_versions.append(newest.nummer + 1)
    _settle_statuses(write, casus, rows)
    if newest is not None:
        outcome.conflicts = len(PlanDoc.from_bytes(rows[max(rows)].document).conflicts())
    return outcome


def _carried_into(nummer: int, numbers: list[int], sender_versions: frozenset[int]) -> list[int]:
    """The versions here an update of version ``nummer`` merges into (see the module)."""
    if not sender_versions:
        return [n for n in numbers if n >= nummer]
    return [n for n in numbers if n == nummer or (
        n > nummer and n not in sender_versions
        and max((s for s in sender_versions if s < n), default=None) == nummer)]


def _new_row(write: Write, plan: Toekomstplan, casus: Casus, rows: dict[int, PlanVersie],
             nummer: int, partij: str, client_id: int) -> PlanVersie:
    """A version another party started: from the version before it, or empty."""
    before = max((n for n in rows if n < nummer), default=None)
    doc = (PlanDoc.from_bytes(rows[before].document, partij=partij, client_id=client_id)
           if before is not None else PlanDoc(partij=partij, client_id=client_id))
    row = PlanVersie(plan_id=plan.id, nummer=nummer, document=doc.to_bytes(),
                     inhoud_hash=version_hash(doc.content(), plan, casus, nummer),
                     gemaakt_uit=before)
    write.session.add(row)
    write.session.flush()
    write.changed(RecordKind.PLANVERSIE, row.id, casus.id, AuditAction.NIEUWE_VERSIE,
                  f"versie {nummer} uit een bundel")
    return row


def _merge_into(write: Write, plan: Toekomstplan, casus: Casus, row: PlanVersie, update: bytes,
                outcome: MergeOutcome, *, partij: str, client_id: int) -> None:
    doc = PlanDoc.from_bytes(row.document, partij=partij, client_id=client_id)
    before = doc.to_bytes()
    doc.merge(update)
    after = doc.to_bytes()
    if after == before:
        return
    row.document = after
    row.inhoud_hash = version_hash(doc.content(), plan, casus, row.nummer)
    row.gewijzigd_op = utc_now()
    write.session.add(row)
    if row.nummer not in outcome.changed_versions:
        outcome.changed_versions.append(row.nummer)
        write.changed(RecordKind.PLANVERSIE, row.id, casus.id, AuditAction.BEWERKT,
                      f"versie {row.nummer} uit een bundel")


def _settle_statuses(write: Write, casus: Casus, rows: dict[int, PlanVersie]) -> None:
    """Every version below the newest is replaced; a signed text that moved is signed no more.

    The newest version keeps its status, except a signed version whose text a merge changed:
    it goes back to *ter ondertekening* (its signatures show as belonging to the older text).
    """
    if not rows:
        return
    newest = max(rows)
    for nummer, row in rows.items():
        wanted = row.status
        if nummer < newest:
            wanted = VersieStatus.VERVANGEN
        if wanted is not row.status:
            row.status = wanted
            row.gewijzigd_op = utc_now()
            write.session.add(row)
            write.changed(RecordKind.PLANVERSIE, row.id, casus.id, AuditAction.STATUS,
                          f"versie {nummer}: {wanted.value}")
    write.session.flush()


def version_hash(content: PlanContent, plan: Toekomstplan, casus: Casus, nummer: int) -> str:
    """The hash a version's content is printed and signed under."""
    return content_hash(content, str(plan.id), plan.kenmerk or casus.referentie, nummer)
