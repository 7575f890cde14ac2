"""The casus-overleg: who is in the room, what the wall may show, and the record.

The wall is built here and nowhere else: :meth:`OverlegService.wand` gives the presentation
window a :class:`~tafel.views.wand.WandView` made for the people in the room now, by the rule
in :mod:`tafel.domain.overleg`. The meeting is written as it runs (who came and went, the
step, the conclusions), so a crash or a lock loses nothing; :meth:`OverlegService.rond_af`
makes it the record, in the audit log with its participants (their ids, never names).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from tafel.domain.enums import Gegevenscategorie, Pijler
from tafel.domain.models import Casus, Persoon, utc_now
from tafel.domain.overleg import Aanwezige, AanwezigeSoort, AgendaStap, zichtbaar
from tafel.domain.overleg_tables import Overleg
from tafel.domain.plan_edits import SetAfspraak
from tafel.domain.records import AuditAction, RecordKind
from tafel.errors import NotFoundError, ValidationError
from tafel.render.overleg_pdf import overleg_pdf
from tafel.services import audit
from tafel.services import overleg_rows as rows
from tafel.services.base import Service, reads, writes
from tafel.services.changes import UNKNOWN, ChangeSet, Origin
from tafel.services.plans import PlanService
from tafel.views.overleg import AanwezigeView, OverlegVerslag, OverlegView
from tafel.views.wand import WandView, wand_view

#: How far ahead the next evaluation may be set.
EVALUATIE_UITERLIJK_DAGEN = 2 * 366
CONCLUSIE_MAX = 2000
CONCLUSIES_MAX = 100


@dataclass(frozen=True)
class OverlegResult:
    """A meeting just started, and what starting it changed."""

    overleg_id: uuid.UUID
    changes: ChangeSet


@dataclass(frozen=True)
class OverlegAfdruk:
    """The record printed (one A4 page), and the log entry printing it wrote."""

    pdf: bytes
    changes: ChangeSet


class OverlegService(Service):
    """Starting, running and finishing a casus-overleg, and what its wall may show."""

    @reads
    def kandidaten(self, casus_id: uuid.UUID) -> list[AanwezigeView]:
        """Who may be ticked as present: the young person first, the household, the network."""
        with self._read() as session:
            return rows.kandidaten(session, _casus(session, casus_id), self.today())

    @reads
    def lopend(self, casus_id: uuid.UUID) -> OverlegView | None:
        """A meeting of this case that was started and not finished (to go on with it)."""
        with self._read() as session:
            row = session.exec(select(Overleg).where(
                Overleg.casus_id == casus_id, col(Overleg.afgerond_op).is_(None))
                .order_by(col(Overleg.gestart_op).desc())).first()
            return rows.overleg_view(session, row, self.today()) if row else None

    @reads
    def overleg(self, overleg_id: uuid.UUID) -> OverlegView:
        """One meeting, running or finished."""
        with self._read() as session:
            return rows.overleg_view(session, rows.overleg_row(session, overleg_id), self.today())

    @reads
    def voor_casus(self, casus_id: uuid.UUID) -> list[OverlegView]:
        """The case's meetings, newest first."""
        with self._read() as session:
            found = session.exec(select(Overleg).where(Overleg.casus_id == casus_id)
                                 .order_by(col(Overleg.gestart_op).desc()))
            return [rows.overleg_view(session, row, self.today()) for row in found]

    @reads
    def wand(self, overleg_id: uuid.UUID) -> WandView:
        """What the wall may show now: only what everyone in the room may see."""
        with self._read() as session:
            row = rows.overleg_row(session, overleg_id)
            casus = _casus(session, row.casus_id)
            room = [p.aanwezige for p in rows.present(row)] if row.afgerond_op is None else []
            shown = zichtbaar(room, rows.consents(session, casus.id), self.today(),
                              besloten=row.besloten)
            young = _young_first_name(session, casus)
            return wand_view(rows.newest_content(session, casus.id), young, shown,
                             rows.owner_names(session, casus), tuple(row.conclusies))

    @writes
    def start(self, casus_id: uuid.UUID, aanwezigen: Sequence[Aanwezige], *,
              besloten: bool = False, origin: Origin = UNKNOWN) -> OverlegResult:
        """Start a meeting with these people in the room (one running meeting per case)."""
        with self._write(origin) as write:
            session = write.session
            casus = _casus(session, casus_id)
            if session.exec(select(Overleg).where(
                    Overleg.casus_id == casus.id, col(Overleg.afgerond_op).is_(None))).first():
                raise ValidationError(
                    "Er loopt al een casus-overleg voor deze casus; ga daarmee verder of rond "
                    "het eerst af.")
            room = rows.resolve(list(aanwezigen), rows.kandidaten(session, casus, self.today()))
            row = Overleg(casus_id=casus.id, datum=self.today(),
                          aanwezigen=[rows.entry(p) for p in room], besloten=besloten,
                          grondslag=rows.grondslag(room, rows.consents(session, casus.id),
                                                   self.today()))
            session.add(row)
            write.changed(RecordKind.OVERLEG, row.id, casus.id, AuditAction.GESTART,
                          f"aanwezig: {rows.room_line(room)}" + ("; besloten" if besloten else ""),
                          grondslag=audit.toestemming_basis(row.grondslag))
            return OverlegResult(row.id, write.result(primary_id=row.id))

    @writes
    def zet_aanwezigen(self, overleg_id: uuid.UUID, aanwezigen: Sequence[Aanwezige], *,
                       besloten: bool, origin: Origin = UNKNOWN) -> ChangeSet:
        """Someone came in or left, or the private part began or ended: the wall redraws."""
        with self._write(origin) as write:
            session = write.session
            row = rows.running(rows.overleg_row(session, overleg_id))
            casus = _casus(session, row.casus_id)
            room = rows.resolve(list(aanwezigen), rows.kandidaten(session, casus, self.today()))
            row.aanwezigen = rows.updated_room(row.aanwezigen, room)
            row.besloten = besloten
            used = rows.grondslag(room, rows.consents(session, casus.id), self.today())
            row.grondslag = sorted(set(row.grondslag) | set(used))
            row.gewijzigd_op = utc_now()
            session.add(row)
            write.changed(RecordKind.OVERLEG, row.id, casus.id, AuditAction.GEWIJZIGD,
                          f"aanwezig: {rows.room_line(room)}" + ("; besloten" if besloten else ""))
            return write.result(primary_id=row.id)

    @writes
    def zet_stap(self, overleg_id: uuid.UUID, stap: AgendaStap, *,
                 origin: Origin = UNKNOWN) -> ChangeSet:
        """The agenda moved on (or back)."""
        with self._write(origin) as write:
            row = rows.running(rows.overleg_row(write.session, overleg_id))
            if row.stap is AgendaStap(stap):
                return write.result(primary_id=row.id)
            row.stap = AgendaStap(stap)
            row.gewijzigd_op = utc_now()
            write.session.add(row)
            write.changed(RecordKind.OVERLEG, row.id, row.casus_id, AuditAction.GEWIJZIGD,
                          f"stap {row.stap.value}")
            return write.result(primary_id=row.id)

    @writes
    def zet_conclusies(self, overleg_id: uuid.UUID, conclusies: Sequence[str], *,
                       origin: Origin = UNKNOWN) -> ChangeSet:
        """The conclusions as they stand (saved as typed; empty lines are dropped)."""
        clean = [" ".join(c.split()) for c in conclusies if c and c.strip()]
        if len(clean) > CONCLUSIES_MAX:
            raise ValidationError("Dat zijn te veel conclusies voor één overleg.")
        if any(len(c) > CONCLUSIE_MAX for c in clean):
            raise ValidationError("Een conclusie is te lang; maak er twee van.")
        with self._write(origin) as write:
            row = rows.running(rows.overleg_row(write.session, overleg_id))
            if row.conclusies == clean:
                return write.result(primary_id=row.id)
            row.conclusies = clean
            row.gewijzigd_op = utc_now()
            write.session.add(row)
            write.changed(RecordKind.OVERLEG, row.id, row.casus_id, AuditAction.BEWAARD,
                          f"{len(clean)} conclusie(s)")
            return write.result(primary_id=row.id)

    @writes
    def noteer_afspraak(self, overleg_id: uuid.UUID, actie: str, eigenaar: str,
                        deadline: date | None, pijler: Pijler | None = None, *,
                        origin: Origin = UNKNOWN) -> ChangeSet:
        """An afspraak made in the room: into the toekomstplan (started if need be) and the record.

        Two writes: the plan's (as if typed in the plan) and the record's. Should the second
        fail, the afspraak is in the plan all the same; nothing is lost.
        """
        if not actie or not actie.strip():
            raise ValidationError("Schrijf op wat er afgesproken is.")
        if not eigenaar:
            raise ValidationError("Kies wie de afspraak op zich neemt.")
        if deadline is not None and deadline < self.today():
            raise ValidationError(
                "De datum van een nieuwe afspraak kan niet in het verleden liggen.")
        with self._read() as session:
            row = rows.running(rows.overleg_row(session, overleg_id))
            casus_id = row.casus_id
        plans = PlanService(self._context)
        view = plans.for_case(casus_id)
        first = plans.start(casus_id, origin=origin) if view is None else None
        version_id = (first.view if first else view).latest.id  # type: ignore[union-attr]
        edit = plans.edit(version_id, SetAfspraak(None, {
            "actie": actie.strip(), "eigenaar": eigenaar,
            "deadline": deadline.isoformat() if deadline else None,
            "pijler": Pijler(pijler).value if pijler else None}), origin=origin)
        with self._write(origin) as write:
            row = rows.running(rows.overleg_row(write.session, overleg_id))
            if edit.created_id:
                row.afspraken = [*row.afspraken, edit.created_id]
            row.gewijzigd_op = utc_now()
            write.session.add(row)
            write.changed(RecordKind.OVERLEG, row.id, row.casus_id, AuditAction.BEWAARD,
                          "afspraak genoteerd")
            mine = write.result(primary_id=row.id)
        parts = [c for c in (first.changes if first else None, edit.changes, mine) if c]
        return ChangeSet(frozenset().union(*(c.kinds for c in parts)),
                         frozenset().union(*(c.ids for c in parts)),
                         frozenset().union(*(c.casus_ids for c in parts)), row.id, origin)

    @writes
    def rond_af(self, overleg_id: uuid.UUID, volgende_evaluatie: date, *,
                origin: Origin = UNKNOWN) -> ChangeSet:
        """Finish the meeting: its record is kept, with the next evaluation (a signal later)."""
        today = self.today()
        if volgende_evaluatie <= today:
            raise ValidationError("De volgende evaluatie moet na vandaag liggen.")
        if (volgende_evaluatie - today).days > EVALUATIE_UITERLIJK_DAGEN:
            raise ValidationError("Kies een evaluatiedatum binnen twee jaar.")
        with self._write(origin) as write:
            session = write.session
            row = rows.running(rows.overleg_row(session, overleg_id))
            casus = _casus(session, row.casus_id)
            ever = [rows.from_entry(raw) for raw in row.aanwezigen]
            were = {p.id for p in ever if p.id}
            row.afwezigen = [rows.entry(p) for p in rows.kandidaten(session, casus, today)
                             if p.id not in were]
            row.volgende_evaluatie = volgende_evaluatie
            row.afgerond_op = utc_now()
            row.gewijzigd_op = row.afgerond_op
            session.add(row)
            write.changed(RecordKind.OVERLEG, row.id, casus.id, AuditAction.AFGEROND,
                          f"aanwezig: {rows.room_line(ever)}; afwezig: {len(row.afwezigen)}; "
                          f"evaluatie {volgende_evaluatie.isoformat()}")
            return write.result(primary_id=row.id)

    @reads
    def verslag(self, overleg_id: uuid.UUID) -> OverlegVerslag:
        """The record for everyone who was present: only what all of them may see."""
        with self._read() as session:
            row = rows.overleg_row(session, overleg_id)
            casus = _casus(session, row.casus_id)
            ever = [rows.from_entry(raw) for raw in row.aanwezigen]
            shown = zichtbaar([p.aanwezige for p in ever], rows.consents(session, casus.id),
                              self.today())
            content = rows.only_afspraken(rows.newest_content(session, casus.id), row.afspraken)
            wall = wand_view(content, _young_first_name(session, casus), shown,
                             rows.owner_names(session, casus), tuple(row.conclusies))
            afspraken = wall.stap(AgendaStap.AFSPRAKEN)
            people = Gegevenscategorie.PERSOONSGEGEVENS in shown
            return OverlegVerslag(
                jongere=wall.jongere, casus_referentie=casus.referentie, datum=row.datum,
                aanwezigen=tuple(_line(p, people) for p in ever),
                afwezigen=tuple(_line(p, people) for p in map(rows.from_entry, row.afwezigen))
                if people else (),
                categorieen=shown, conclusies=wall.conclusies, afspraken=afspraken.regels,
                volgende_evaluatie=row.volgende_evaluatie, niet_getoond=afspraken.niet_getoond,
                opgesteld_door=self.actor)

    @writes
    def verslag_pdf(self, overleg_id: uuid.UUID, how: AuditAction = AuditAction.AFGEDRUKT, *,
                    origin: Origin = UNKNOWN) -> OverlegAfdruk:
        """The record as one page for everyone present; that it left the vault is logged.

        ``how`` is :attr:`AuditAction.AFGEDRUKT` or :attr:`AuditAction.OPGESLAGEN_ALS_PDF`.
        A preview on screen reads :meth:`verslag` instead and logs nothing.
        """
        if how not in (AuditAction.AFGEDRUKT, AuditAction.OPGESLAGEN_ALS_PDF):
            raise ValidationError("Een verslag wordt afgedrukt of als pdf bewaard.")
        pdf = overleg_pdf(self.verslag(overleg_id))
        with self._write(origin) as write:
            row = rows.overleg_row(write.session, overleg_id)
            write.changed(RecordKind.OVERLEG, row.id, row.casus_id, how,
                          "verslag casus-overleg",
                          grondslag=audit.toestemming_basis(row.grondslag))
            return OverlegAfdruk(pdf, write.result(primary_id=row.id))


#: How someone present is named on paper when not everyone may see persoonsgegevens.
_ZONDER_NAAM = {AanwezigeSoort.INFORMEEL: "iemand uit het netwerk",
                AanwezigeSoort.PROFESSIONEEL: "een professional"}


def _line(person: AanwezigeView, people: bool) -> str:
    """A person on the record: "Noor Bakker (jongere)", "Sam (gast)".

    Without persoonsgegevens for everyone, the household and network are named by their
    place only ("jongere", "ouder", "een professional"); a guest keeps the name typed in.
    """
    if person.soort is AanwezigeSoort.GAST:
        return f"{person.naam} (gast)"
    if not people:
        return _ZONDER_NAAM.get(person.soort, person.rol or "iemand uit het huishouden")
    return f"{person.naam} ({person.rol})" if person.rol else person.naam


def _casus(session: Session, casus_id: uuid.UUID) -> Casus:
    casus = session.get(Casus, casus_id)
    if casus is None:
        raise NotFoundError("Deze casus bestaat niet (meer).")
    return casus


def _young_first_name(session: Session, casus: Casus) -> str:
    young = session.get(Persoon, casus.jongere_id)
    return young.voornaam if young else ""
