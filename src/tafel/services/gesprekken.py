"""Keukentafelgesprek and snelle check: drafts saved as they are typed, finished in one go.

A conversation starts as a draft (:class:`~tafel.domain.gesprek.LopendGesprek`) that holds
the instrument id and version it began with. Every change saves the whole draft, so a crash,
a lock or a closed laptop loses nothing; reopening the case continues where it stopped.
Finishing checks that no domain was skipped silently and writes the gesprek, its pillars
and scores, and one audit entry, in one transaction; the draft is then removed.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from tafel.domain.enums import PIJLER_NAMEN, Antwoord, GesprekPlaats, GesprekSoort, Pijler
from tafel.domain.gesprek import Gesprek, GesprekPijler, GesprekScore, LopendGesprek
from tafel.domain.instrument import Instrument
from tafel.domain.lopend_gesprek import OpenItem, empty_content, normalise, open_items
from tafel.domain.models import Casus, utc_now
from tafel.domain.records import AuditAction, RecordKind
from tafel.errors import NotFoundError, ValidationError
from tafel.services import audit
from tafel.services.base import Service, ServiceContext, aware, reads, writes
from tafel.services.changes import UNKNOWN, ChangeSet, Origin
from tafel.services.gesprek_queries import gesprek_view, gesprekken_van
from tafel.services.instruments import InstrumentLibrary
from tafel.views.gesprekken import GesprekView, LopendGesprekView

OLDEST_DATE = date(2000, 1, 1)


@dataclass(frozen=True)
class LopendGesprekResult:
    """A lopend gesprek after it was started or saved, and what that changed."""

    lopend: LopendGesprekView
    changes: ChangeSet


class GesprekService(Service):
    """Start, save, discard and finish conversations; read a case's gesprekken."""

    def __init__(self, context: ServiceContext, library: InstrumentLibrary | None = None) -> None:
        super().__init__(context)
        self._library = library

    @property
    def library(self) -> InstrumentLibrary:
        """The instruments on this computer, loaded on first use."""
        if self._library is None:
            self._library = InstrumentLibrary.load()
        return self._library

    # -- reads --------------------------------------------------------------------------

    @reads
    def history(self, casus_id: uuid.UUID) -> list[GesprekView]:
        """The case's finished gesprekken, oldest first."""
        with self._read() as session:
            return gesprekken_van(session, casus_id)

    @reads
    def gesprek(self, gesprek_id: uuid.UUID, *, shown: bool = False,
                origin: Origin = UNKNOWN) -> GesprekView:
        """One finished gesprek (for its gespreksverslag).

        ``shown``: someone is about to see the conversation (its verslag opens), so the access
        is logged once; gathering it for the pages passes False.
        """
        with self._read() as session:
            found = gesprek_view(session, gesprek_id)
            if found is not None and shown:
                self._log_access(session, origin).logged(
                    RecordKind.GESPREK, AuditAction.BEKEKEN, found.id, found.casus_id,
                    found.soort.value)
        if found is None:
            raise NotFoundError("Dit gesprek bestaat niet (meer).")
        return found

    @writes
    def record_verslag(self, gesprek_id: uuid.UUID, how: AuditAction = AuditAction.AFGEDRUKT,
                       *, origin: Origin = UNKNOWN) -> ChangeSet:
        """Log that a gesprek's gespreksverslag left the vault: printed or saved as PDF.

        ``how`` is :attr:`AuditAction.AFGEDRUKT` or :attr:`AuditAction.OPGESLAGEN_ALS_PDF`.
        The verslag itself is made again from the gesprek each time (the gesprek never
        changes), so the log is what is kept of it.
        """
        if how not in (AuditAction.AFGEDRUKT, AuditAction.OPGESLAGEN_ALS_PDF):
            raise ValidationError("Een gespreksverslag wordt afgedrukt of als pdf bewaard.")
        with self._write(origin) as write:
            row = write.session.get(Gesprek, gesprek_id)
            if row is None:
                raise NotFoundError("Dit gesprek bestaat niet (meer).")
            write.changed(RecordKind.GESPREK, row.id, row.casus_id, how, "gespreksverslag",
                          grondslag=audit.EIGEN_DOSSIER)
            return write.result(primary_id=row.id)

    @reads
    def lopend_gesprek(self, casus_id: uuid.UUID, soort: GesprekSoort) -> LopendGesprekView | None:
        """The draft in progress for this case and kind, if there is one."""
        with self._read() as session:
            row = _find_lopend(session, casus_id, soort)
            return self._as_lopend(row) if row is not None else None

    @reads
    def open_items(self, lopend: LopendGesprekView) -> list[OpenItem]:
        """What is still open in ``draft`` before it can be finished."""
        return open_items(lopend.content, lopend.instrument, lopend.soort)

    # -- writes -------------------------------------------------------------------------

    @writes
    def start(self, casus_id: uuid.UUID, soort: GesprekSoort, *,
              origin: Origin = UNKNOWN) -> LopendGesprekResult:
        """Continue the case's draft of this kind, or start one with the newest instrument.

        Continuing shows the conversation so far, so it is logged as viewing it (and changes
        nothing).
        """
        with self._write(origin) as write:
            session = write.session
            existing = _find_lopend(session, casus_id, soort)
            if existing is not None:
                write.logged(RecordKind.LOPEND_GESPREK, AuditAction.BEKEKEN, existing.id,
                             casus_id, soort.value)
                return LopendGesprekResult(self._as_lopend(existing), write.result(existing.id))
            if session.get(Casus, casus_id) is None:
                raise NotFoundError("Deze casus bestaat niet (meer).")
            instrument = self.library.newest()
            row = LopendGesprek(
                casus_id=casus_id, soort=soort, instrument_id=instrument.id,
                instrument_versie=instrument.version,
                inhoud=empty_content(instrument, soort, self.today()), gestart_door=self.actor,
            )
            session.add(row)
            session.flush()
            write.changed(RecordKind.LOPEND_GESPREK, row.id, casus_id, AuditAction.GESTART,
                          f"{soort.value}, {instrument.label}")
            return LopendGesprekResult(self._as_lopend(row), write.result(row.id))

    @writes
    def save(self, lopend_id: uuid.UUID, content: dict[str, Any], stap: int, *,
             origin: Origin = UNKNOWN) -> LopendGesprekResult:
        """Save the whole draft as it is now (called on every change), with its log entry.

        Autosaves come at most about once a second while typing; each one is a change to
        case data, so each one is logged (NEN 7513), cheaply: one insert.
        """
        with self._write(origin) as write:
            session = write.session
            row = _get_lopend(session, lopend_id)
            instrument = self._instrument_of(row)
            try:
                clean = normalise(content, instrument)
            except ValueError as exc:
                raise ValidationError(str(exc)) from None
            row.inhoud = clean
            row.stap = max(0, int(stap))
            row.gewijzigd_op = utc_now()
            session.add(row)
            write.changed(RecordKind.LOPEND_GESPREK, row.id, row.casus_id, AuditAction.BEWAARD)
            return LopendGesprekResult(self._as_lopend(row), write.result(row.id))

    @writes
    def discard(self, lopend_id: uuid.UUID, *, origin: Origin = UNKNOWN) -> ChangeSet:
        """Throw a draft away (the person chose to)."""
        with self._write(origin) as write:
            row = _get_lopend(write.session, lopend_id)
            write.session.delete(row)
            write.changed(RecordKind.LOPEND_GESPREK, row.id, row.casus_id,
                          AuditAction.WEGGEGOOID)
            return write.result(primary_id=row.id)

    @writes
    def finish(self, lopend_id: uuid.UUID, *, origin: Origin = UNKNOWN) -> ChangeSet:
        """Turn the draft into a finished gesprek, in one transaction."""
        with self._write(origin) as write:
            session = write.session
            row = _get_lopend(session, lopend_id)
            instrument = self._instrument_of(row)
            try:
                content = normalise(row.inhoud, instrument)
            except ValueError as exc:
                raise ValidationError(str(exc)) from None
            blocking = [i for i in open_items(content, instrument, row.soort) if i.blocking]
            if blocking:
                raise ValidationError(_still_open_sentence(blocking, instrument))
            when = date.fromisoformat(content["datum"])
            if when > self.today() or when < OLDEST_DATE:
                raise ValidationError("De datum van het gesprek kan niet in de toekomst liggen.")
            gesprek = _gesprek_from(row, content, when, self.actor)
            session.add(gesprek)
            session.flush()
            for pillar in instrument.pillars:
                given = content["pijlers"][pillar.key.value]
                session.add(GesprekPijler(
                    gesprek_id=gesprek.id, pijler=pillar.key,
                    wat_gaat_goed=given["wat_gaat_goed"], zorgen=given["zorgen"],
                    ik_wil=given["ik_wil"], ik_kan=given["ik_kan"],
                    ik_heb_nodig=given["ik_heb_nodig"], notitie=given["notitie"],
                    score_professional=given["professional"], score_jongere=given["jongere"],
                ))
            if row.soort is GesprekSoort.KEUKENTAFELGESPREK:
                for domain in instrument.domains:
                    given = content["scores"][domain.key]
                    session.add(GesprekScore(
                        gesprek_id=gesprek.id, pijler=domain.pillar, domein=domain.key,
                        domein_naam=domain.name, score_professional=given["professional"],
                        score_jongere=given["jongere"], niet_besproken=given["niet_besproken"],
                        toelichting=given["toelichting"],
                    ))
            session.delete(row)
            write.changed(RecordKind.GESPREK, gesprek.id, row.casus_id, AuditAction.AFGEROND,
                          f"{row.soort.value}, {instrument.label}")
            write.changed(RecordKind.LOPEND_GESPREK, row.id, row.casus_id,
                          AuditAction.AFGEROND)
            return write.result(primary_id=gesprek.id)

    # -- helpers ------------------------------------------------------------------------

    def _instrument_of(self, row: LopendGesprek) -> Instrument:
        return self.library.get(row.instrument_id, row.instrument_versie)

    def _as_lopend(self, row: LopendGesprek) -> LopendGesprekView:
        instrument = self._instrument_of(row)
        return LopendGesprekView(
            id=row.id, casus_id=row.casus_id, soort=row.soort, instrument=instrument,
            stap=row.stap, content=normalise(row.inhoud, instrument),
            saved_at=aware(row.gewijzigd_op),
        )


def _gesprek_from(row: LopendGesprek, content: dict[str, Any], when: date, actor: str) -> Gesprek:
    answer = content["volwassene_altijd_daar"]
    return Gesprek(
        casus_id=row.casus_id, soort=row.soort, datum=when,
        plaats=GesprekPlaats(content["plaats"]), aanwezig=list(content["aanwezig"]),
        instrument_id=row.instrument_id, instrument_versie=row.instrument_versie,
        rapportcijfer=content["rapportcijfer"], samenvatting=content["samenvatting"].strip(),
        bestaande_zorg=content["bestaande_zorg"].strip(),
        volwassene_altijd_daar=Antwoord(answer) if answer else None,
        volwassene_wie=content["volwassene_wie"].strip(), afgenomen_door=actor,
    )


def _still_open_sentence(blocking: list[OpenItem], instrument: Instrument) -> str:
    names = [
        instrument.domain(item.domain).name if item.domain else PIJLER_NAMEN[Pijler(item.pillar)]
        for item in blocking
    ]
    listed = ", ".join(names[:-1]) + f" en {names[-1]}" if len(names) > 1 else names[0]
    return (
        f"Nog open: {listed}. Geef een score of zet ze op 'niet besproken' om af te ronden."
    )


def _find_lopend(
    session: Session, casus_id: uuid.UUID, soort: GesprekSoort
) -> LopendGesprek | None:
    return session.exec(
        select(LopendGesprek)
        .where(LopendGesprek.casus_id == casus_id, LopendGesprek.soort == soort)
        .order_by(col(LopendGesprek.gewijzigd_op).desc())
    ).first()


def _get_lopend(session: Session, lopend_id: uuid.UUID) -> LopendGesprek:
    row = session.get(LopendGesprek, lopend_id)
    if row is None:
        raise NotFoundError("Dit lopende gesprek bestaat niet meer; het is al afgerond of "
                            "weggegooid.")
    return row

