"""Kengetallen: figures without names about all cases, and their export as one CSV file.

The rows are read here and reduced at once to :class:`~tafel.views.kengetallen.CasusFeiten`
(a status, dates, scores; no name, BSN, reference or free text), so what builds the figures
never holds anything personal to leak. The figures themselves, and the rule that hides small
cells, are in :mod:`tafel.views.kengetallen`.

The export is written where the user chose, atomically, and logged (what and how many cells,
never a figure or case text); a file that could not be written leaves no log entry.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from tafel.domain.enums import Pijler
from tafel.domain.gesprek import Gesprek
from tafel.domain.models import AuditEvent, Casus, Persoon
from tafel.domain.plan_tables import Toekomstplan
from tafel.domain.records import AuditAction, RecordKind
from tafel.services.base import Service, reads, writes
from tafel.services.changes import UNKNOWN, ChangeSet, Origin
from tafel.services.exports import write_export
from tafel.services.gesprek_queries import gesprekken_van
from tafel.views.gesprekken import GesprekView
from tafel.views.kengetallen import (
    STEMMEN,
    CasusFeiten,
    Kengetallen,
    Meting,
    als_csv,
    kengetallen,
)


@dataclass(frozen=True)
class KengetallenExport:
    """What an export wrote: the figures, how many cells and how many of them are hidden."""

    figuren: Kengetallen
    cellen: int
    onderdrukt: int
    changes: ChangeSet


class KengetallenService(Service):
    """The figures of the whole vault, and their export for the municipality."""

    @reads
    def figuren(self) -> Kengetallen:
        """All figures on today's date, small cells suppressed."""
        with self._read() as session:
            return kengetallen(casus_feiten(session), self.today())

    @writes
    def exporteer(self, target: Path, *, origin: Origin = UNKNOWN) -> KengetallenExport:
        """Write the figures as CSV to ``target`` (atomically) and log the export.

        The log says that kengetallen were exported and how many cells were suppressed; the
        file's place stays out of it (a folder name can hold a name).
        """
        with self._write(origin) as write:
            figures = kengetallen(casus_feiten(write.session), self.today())
            write_export(target, als_csv(figures))
            cells = [c for t in figures.tabellen for c in t.cellen]
            hidden = sum(1 for c in cells if c.onderdrukt)
            write.logged(RecordKind.KENGETALLEN, AuditAction.GEEXPORTEERD, None, None,
                         f"csv, {len(cells)} cellen, {hidden} onderdrukt")
            return KengetallenExport(figures, len(cells), hidden, write.result())


def casus_feiten(session: Session) -> list[CasusFeiten]:
    """Every case reduced to the facts the figures need (no names, no text)."""
    cases = list(session.exec(select(Casus)))
    births = {persoon_id: born for persoon_id, born in session.execute(
        sa_select(col(Persoon.id), col(Persoon.geboortedatum))
        .where(col(Persoon.id).in_([c.jongere_id for c in cases])))}
    plans = {casus_id: made.date() for casus_id, made in session.execute(
        sa_select(col(Toekomstplan.casus_id), col(Toekomstplan.aangemaakt_op)))}
    closed: set[str] = set()
    reopened: set[str] = set()
    for casus_id, actie in session.execute(
        sa_select(col(AuditEvent.casus_id), col(AuditEvent.actie))
        .where(col(AuditEvent.soort) == RecordKind.CASUS.value)
        .where(col(AuditEvent.actie).in_([AuditAction.AFGESLOTEN.value,
                                           AuditAction.HEROPEND.value]))
    ):
        (reopened if actie == AuditAction.HEROPEND.value else closed).add(casus_id)
    with_talks = _cases_with_conversations(session)
    facts = []
    for case in cases:
        key = str(case.id)
        history = gesprekken_van(session, case.id) if case.id in with_talks else []
        facts.append(CasusFeiten(
            status=case.status,
            afgesloten_geweest=case.status.is_closed or key in closed or key in reopened,
            heropend=key in reopened,
            metingen=tuple(_meting(g) for g in history),
            geboortedatum=births.get(case.jongere_id),
            aangemeld_op=case.aangemeld_op,
            afgesloten_op=case.afgesloten_op,
            plan_sinds=plans.get(case.id),
        ))
    return facts


def _cases_with_conversations(session: Session) -> set[uuid.UUID]:
    return {casus_id for (casus_id,) in session.execute(sa_select(col(Gesprek.casus_id)))}


def _meting(gesprek: GesprekView) -> Meting:
    """One conversation's scores, without a word of what was said."""
    scores = tuple(
        (pijler, voice, score)
        for pijler in Pijler for voice, _ in STEMMEN
        if (score := gesprek.pillar_score(pijler, voice)) is not None
    )
    return Meting(gesprek.datum, gesprek.rapportcijfer, scores)
