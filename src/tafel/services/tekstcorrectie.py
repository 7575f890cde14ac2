"""Correcting or removing one text on a person's request (AVG art. 16/17), history included.

``zoek`` shows where the text is before anything changes: which versions, how many frozen
texts and printed copies. ``corrigeer`` then, in one transaction:

* corrects every version of the plan as CRDT edits (:func:`plan_scrub.scrub_doc`), so the
  words leave the version's history and the correction travels to the other parties;
* corrects every frozen text (printed or signed) of those versions and gives it the new code
  of the corrected text; signatures placed under a corrected text move to its new code (they
  still count: the person who asked signed the plan, and only the text they asked about
  changed) and the record says so;
* empties the page texts kept of printed copies of a corrected text (their ``tekst_hash``
  stays: ``tafel verify`` still recognises a real old copy, and says a text in it was later
  corrected on request);
* corrects the case's half-filled forms kept at a lock;
* keeps a :class:`Tekstcorrectie` without the text: who asked, the ground, who decided, the
  codes before and after;
* logs it with the AVG article as the legal basis.

Then the vault is compacted as after a destruction (journal folded in, VACUUM, the copies
made before migrations removed), so no freed page still holds the words. A bundle of another
party that is waiting here is signed by them and cannot be changed: the answer counts them,
and when one is read in later the correction wins (the deletion is in the documents).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pycrdt import Doc
from sqlmodel import Session, col, select

from tafel.domain import plan_delen
from tafel.domain.bundel_tables import Bundel, BundelStatus, SyncStand
from tafel.domain.dates import short_date
from tafel.domain.models import Betrokkene, BewaardFormulier, Casus, Persoon
from tafel.domain.plan_content import VersieStatus, content_from_canonical
from tafel.domain.plan_doc import PlanDoc, new_client_id
from tafel.domain.plan_scrub import count_in_doc, scrub_doc
from tafel.domain.plan_tables import Afdruk, Handtekening, PlanMoment, PlanVersie, Toekomstplan
from tafel.domain.records import AuditAction, RecordKind
from tafel.domain.tekstcorrectie import (
    CorrectieGrond,
    Tekstcorrectie,
    check_request,
    count_in_content,
    count_in_tree,
    grond_voor,
    op_verzoek_van,
    scrub_content,
    scrub_tree,
)
from tafel.errors import NotFoundError, ValidationError
from tafel.services import audit_anchor
from tafel.services.base import Service, reads, writes
from tafel.services.changes import UNKNOWN, ChangeSet, Origin, Write
from tafel.services.plan_merge import version_hash, versions_of


@dataclass(frozen=True)
class Vindplaats:
    """One version of the plan that holds the text: its number, status and how often."""

    versie: int
    status: VersieStatus
    keer: int


@dataclass(frozen=True)
class Vindplaatsen:
    """Where a text is in a case, before it is corrected."""

    versies: tuple[Vindplaats, ...] = ()
    vastgelegde_teksten: int = 0  # frozen texts (printed or signed) that hold it
    afdrukken: int = 0  # printed copies of those texts whose pages tafel kept
    formulieren: int = 0  # half-filled forms kept at a lock
    wachtende_bundels: int = 0  # bundles of other parties waiting here (cannot be changed)

    @property
    def gevonden(self) -> bool:
        """Whether the text is anywhere a correction reaches."""
        return bool(self.versies or self.vastgelegde_teksten or self.formulieren)


@dataclass(frozen=True)
class Gecorrigeerd:
    """A correction made: its record, how many places changed, what else to know."""

    correctie_id: uuid.UUID
    grond: CorrectieGrond
    plaatsen: int
    codes: tuple[tuple[int, str, str], ...]  # (version, code before, code after)
    wachtende_bundels: int
    verwijderde_kopieen: tuple[Path, ...]
    changes: ChangeSet


@dataclass(frozen=True)
class CorrectieView:
    """One correction as the case shows it (no text: the record holds none)."""

    id: uuid.UUID
    grond: CorrectieGrond
    gevraagd_door_naam: str
    besloten_door: str
    gecorrigeerd_op: date
    versies: tuple[int, ...]
    herkomst: str

    @property
    def zin(self) -> str:
        """The correction in one sentence, as the plan and the inzage tell it."""
        versies = " en ".join(str(v) for v in self.versies)
        waar = f" in versie {versies}" if self.versies else ""
        wie = op_verzoek_van(self.gevraagd_door_naam)
        return (f"Op {short_date(self.gecorrigeerd_op)} is{wie} een tekst {self.grond.gedaan} "
                f"({self.grond.artikel}){waar}, ook uit de eerdere teksten en afdrukken.")


class TekstcorrectieService(Service):
    """Find a text in a case's plan, correct or remove it everywhere, list the corrections."""

    @reads
    def zoek(self, casus_id: uuid.UUID, tekst: str) -> Vindplaatsen:
        """Where ``tekst`` is in this case (nothing changes; nothing is logged)."""
        needle, _ = _checked(tekst, "")
        with self._read() as session:
            casus = _casus(session, casus_id)
            return _find(session, casus, needle)

    @reads
    def voor_casus(self, casus_id: uuid.UUID) -> tuple[CorrectieView, ...]:
        """Every correction of this case, oldest first."""
        with self._read() as session:
            rows = session.exec(select(Tekstcorrectie)
                                .where(Tekstcorrectie.casus_id == casus_id)
                                .order_by(col(Tekstcorrectie.aangemaakt_op)))
            return tuple(correctie_view(r) for r in rows)

    @writes
    def corrigeer(self, casus_id: uuid.UUID, tekst: str, vervanging: str, *,
                  gevraagd_door: uuid.UUID, origin: Origin = UNKNOWN) -> Gecorrigeerd:
        """Replace ``tekst`` by ``vervanging`` ("" removes it) everywhere in the case's plan."""
        needle, new = _checked(tekst, vervanging)
        grond = grond_voor(new)
        with self._write(origin) as write:
            session = write.session
            casus = _casus(session, casus_id)
            sleutel, naam = _requester(session, casus, gevraagd_door)
            found = _find(session, casus, needle)
            if not found.gevonden:
                raise ValidationError("Deze tekst staat nergens in het plan van deze casus. "
                                      "Let op hoofdletters en leestekens.")
            record = Tekstcorrectie(casus_id=casus.id, grond=grond, gevraagd_door=sleutel,
                                    gevraagd_door_naam=naam, besloten_door=self.actor,
                                    gecorrigeerd_op=self.today())
            codes, places = self._correct_plan(write, casus, needle, new, grond)
            places += _correct_forms(session, casus, needle, new)
            record.codes = [{"versie": n, "voor": before, "na": after}
                            for n, before, after in codes]
            record.plaatsen = places
            session.add(record)
            session.flush()
            write.changed(RecordKind.TEKSTCORRECTIE, record.id, casus.id, AuditAction.AANGEMAAKT,
                          f"{places} plaatsen", grondslag=grond.artikel)
            changes = write.result(primary_id=record.id)
        removed = self.vault.compact()
        return Gecorrigeerd(record.id, grond, places, tuple(codes), found.wachtende_bundels,
                            tuple(removed), changes)

    def _correct_plan(self, write: Write, casus: Casus, needle: str, new: str,
                      grond: CorrectieGrond) -> tuple[list[tuple[int, str, str]], int]:
        """Correct every version, its frozen texts, signatures and prints."""
        session = write.session
        plan = session.exec(select(Toekomstplan)
                            .where(Toekomstplan.casus_id == casus.id)).first()
        if plan is None:
            return [], 0
        partij = audit_anchor.vault_id(session) or ""
        codes: list[tuple[int, str, str]] = []
        places = 0
        part_sets = _shared_part_sets(session, casus)
        for row in versions_of(session, plan):
            moved: dict[str, str] = {}
            # a client of its own per version: this session's client also wrote the later
            # versions, and the same item ids with other words would garble a merge elsewhere
            doc = PlanDoc.from_bytes(row.document, partij=partij, client_id=new_client_id())
            if count_in_doc(doc, needle):
                partial = {parts: _partial_code(doc, parts, plan, casus, row.nummer)
                           for parts in part_sets}
                places += scrub_doc(doc, needle, new)
                for parts, before_code in partial.items():
                    after_code = _partial_code(doc, parts, plan, casus, row.nummer)
                    if after_code != before_code:  # the code that party's copy has
                        codes.append((row.nummer, before_code, after_code))
                before = row.inhoud_hash
                row.document = doc.to_bytes()
                row.inhoud_hash = version_hash(doc.content(), plan, casus, row.nummer)
                session.add(row)
                moved[before] = row.inhoud_hash
            places += _correct_moments(session, row, plan, casus, needle, new, moved)
            move_signatures(session, row, moved)
            forget_pages(session, row, moved, self.today())
            for before, after in moved.items():
                codes.append((row.nummer, before, after))
            if moved:
                write.changed(RecordKind.PLANVERSIE, row.id, casus.id, AuditAction.GECORRIGEERD,
                              f"versie {row.nummer}", grondslag=grond.artikel)
        return codes, places


def _shared_part_sets(session: Session, casus: Casus) -> set[tuple[str, ...]]:
    """The sets of plan parts other parties were sent of this case, when not the whole plan.

    A party that holds only some parts (the school without Inkomen) has its own code for a
    version: the hash over the parts it has. The correction names those codes too, before and
    after, so that party finds its own frozen texts, prints and signatures under them.
    """
    found: set[tuple[str, ...]] = set()
    for stand in session.exec(select(SyncStand).where(SyncStand.casus_id == casus.id)):
        parts = {name.split(".")[2] for name in stand.standen
                 if name.startswith("plan.v") and name.count(".") == 2}
        if parts and parts != set(plan_delen.DELEN):
            found.add(tuple(d for d in plan_delen.DELEN if d in parts))
    return found


def _partial_code(doc: PlanDoc, parts: tuple[str, ...], plan: Toekomstplan, casus: Casus,
                  nummer: int) -> str:
    """The code of a version as a party holding only ``parts`` computes it."""
    docs = {}
    for name in parts:
        copy: Doc = Doc()
        copy.apply_update(doc.delen[name].doc.get_update())
        docs[name] = copy
    return version_hash(PlanDoc(docs).content(), plan, casus, nummer)


def correctie_view(row: Tekstcorrectie) -> CorrectieView:
    """The view of one correction record."""
    versies = sorted({int(c.get("versie", 0)) for c in row.codes if isinstance(c, dict)})
    return CorrectieView(row.id, row.grond, row.gevraagd_door_naam, row.besloten_door,
                         row.gecorrigeerd_op, tuple(v for v in versies if v), row.herkomst)


def _checked(tekst: str, vervanging: str) -> tuple[str, str]:
    try:
        return check_request(tekst, vervanging)
    except ValueError as exc:
        raise ValidationError(str(exc)) from None


def _casus(session: Session, casus_id: uuid.UUID) -> Casus:
    casus = session.get(Casus, casus_id)
    if casus is None:
        raise NotFoundError("Deze casus bestaat niet (meer).")
    return casus


def _requester(session: Session, casus: Casus, person_id: uuid.UUID) -> tuple[str, str]:
    """The key and name of the person who asked: someone of the household or the network."""
    persoon = session.get(Persoon, person_id)
    if persoon is not None and persoon.huishouden_id == casus.huishouden_id:
        return f"persoon:{persoon.id}", persoon.naam
    betrokkene = session.get(Betrokkene, person_id)
    if betrokkene is not None and betrokkene.casus_id == casus.id:
        return f"betrokkene:{betrokkene.id}", betrokkene.naam
    raise ValidationError("Wie om de correctie vraagt, moet bij deze casus horen.")


def _find(session: Session, casus: Casus, needle: str) -> Vindplaatsen:
    plan = session.exec(select(Toekomstplan).where(Toekomstplan.casus_id == casus.id)).first()
    versies: list[Vindplaats] = []
    frozen = copies = 0
    for row in versions_of(session, plan) if plan is not None else []:
        times = count_in_doc(PlanDoc.from_bytes(row.document), needle)
        if times:
            versies.append(Vindplaats(row.nummer, row.status, times))
        for moment in _moments(session, row):
            if count_in_content(content_from_canonical(moment.inhoud), needle):
                frozen += 1
                copies += len(list(session.exec(
                    select(Afdruk.id).where(Afdruk.versie_id == row.id)
                    .where(Afdruk.inhoud_hash == moment.inhoud_hash))))
    forms = sum(1 for f in _forms(session, casus) if count_in_tree(f.inhoud, needle))
    waiting = len(list(session.exec(
        select(Bundel.id).where(Bundel.casus_id == casus.id)
        .where(Bundel.status == BundelStatus.WACHT))))
    return Vindplaatsen(tuple(versies), frozen, copies, forms, waiting)


def _moments(session: Session, row: PlanVersie) -> list[PlanMoment]:
    return list(session.exec(select(PlanMoment).where(PlanMoment.versie_id == row.id)))


def _correct_moments(session: Session, row: PlanVersie, plan: Toekomstplan, casus: Casus,
                     needle: str, new: str, moved: dict[str, str]) -> int:
    """Correct the frozen texts of one version; each gets the code of its corrected text."""
    places = 0
    for moment in _moments(session, row):
        content = content_from_canonical(moment.inhoud)
        times = count_in_content(content, needle)
        if not times:
            continue
        places += times
        corrected = scrub_content(content, needle, new)
        after = version_hash(corrected, plan, casus, row.nummer)
        moved[moment.inhoud_hash] = after
        twin = session.exec(select(PlanMoment).where(PlanMoment.versie_id == row.id)
                            .where(PlanMoment.inhoud_hash == after)).first()
        if twin is not None and twin.id != moment.id:
            session.delete(moment)  # the corrected text is already frozen under that code
            continue
        moment.inhoud = corrected.canonical()
        moment.inhoud_hash = after
        session.add(moment)
    session.flush()
    return places


def move_signatures(session: Session, row: PlanVersie, moved: dict[str, str]) -> None:
    """Signatures under a corrected text stand under its corrected code."""
    if not moved:
        return
    for signature in session.exec(select(Handtekening).where(Handtekening.versie_id == row.id)
                                  .where(col(Handtekening.inhoud_hash).in_(list(moved)))):
        signature.inhoud_hash = moved[signature.inhoud_hash]
        session.add(signature)


def forget_pages(session: Session, row: PlanVersie, moved: dict[str, str],
                  today: date) -> None:
    """Empty the kept page texts of copies printed of a corrected text (their code stays)."""
    if not moved:
        return
    for copy in session.exec(select(Afdruk).where(Afdruk.versie_id == row.id)
                             .where(col(Afdruk.inhoud_hash).in_(list(moved)))):
        copy.paginas = []
        copy.tekst_verwijderd_op = copy.tekst_verwijderd_op or today
        session.add(copy)


def _forms(session: Session, casus: Casus) -> list[BewaardFormulier]:
    return list(session.exec(select(BewaardFormulier)
                             .where(BewaardFormulier.casus_id == casus.id)))


def _correct_forms(session: Session, casus: Casus, needle: str, new: str) -> int:
    """Half-filled forms of the case kept at a lock: the text is corrected there too."""
    places = 0
    for form in _forms(session, casus):
        times = count_in_tree(form.inhoud, needle)
        if times:
            places += times
            form.inhoud = scrub_tree(form.inhoud, needle, new)
            session.add(form)
    return places
