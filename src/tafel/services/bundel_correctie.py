"""Corrections on request (AVG art. 16/17) in a bundle: the record goes out, and applies here.

A correction made in one vault is CRDT edits in the plan's documents, so the next bundle
takes the words out of every other party's documents by itself. What each party froze itself
does not travel as edits: the signed and printed texts (:class:`PlanMoment`), the page texts
of its own prints (:class:`Afdruk`) and the code its signatures stand under. So ``plan.json``
also names every correction of the case (``correcties``): its id, the ground, the date, who
decided, who asked (only where personal data may go) and the codes before and after, never
a word of the plan. Reading one in:

* a signed version whose text goes exactly from a code before to its code after stays signed
  (the merge does not start a new version: the signers' text changed only where asked);
* the frozen text under the old code goes; the corrected one comes with the bundle when the
  whole plan is shared, or is frozen again from the version, whose text now has that code;
* signatures under the old code move to the new one, and the page texts of prints under it
  are emptied (their fingerprint stays, so ``tafel verify`` still knows a real old copy);
* the correction is kept with the party it came from, and logged with the AVG article.

A correction known here (by its id) is not applied twice, and a frozen text under an old code
that another party still sends is not taken in again.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from tafel.domain.models import Casus
from tafel.domain.plan_doc import PlanDoc
from tafel.domain.plan_tables import Afdruk, PlanMoment, PlanVersie, Toekomstplan
from tafel.domain.records import AuditAction, RecordKind
from tafel.domain.tekstcorrectie import CorrectieGrond, Tekstcorrectie
from tafel.services.changes import Write
from tafel.services.plan_merge import versions_of
from tafel.services.tekstcorrectie import forget_pages, move_signatures

RECORD_KEY = "correcties"
MAX_CORRECTIONS = 1_000
MAX_CODES = 1_000
UNREADABLE = "Een correctie op verzoek in deze bundel is onleesbaar."
_CODE = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class BinnenkomendeCorrectie:
    """One correction as a bundle names it (checked; no text of the plan)."""

    id: uuid.UUID
    grond: CorrectieGrond
    gecorrigeerd_op: date
    gevraagd_door_naam: str
    besloten_door: str
    codes: tuple[tuple[int, str, str], ...]  # (version, code before, code after)


# -- out -------------------------------------------------------------------------------------


def corrections_out(session: Session, casus_id: uuid.UUID, *,
                    with_people: bool) -> list[dict[str, Any]]:
    """Every correction of the case for ``plan.json``; who asked only with personal data."""
    out = []
    for row in session.exec(select(Tekstcorrectie).where(Tekstcorrectie.casus_id == casus_id)
                            .order_by(col(Tekstcorrectie.aangemaakt_op))):
        entry: dict[str, Any] = {
            "id": str(row.id), "grond": row.grond.value,
            "gecorrigeerd_op": row.gecorrigeerd_op.isoformat(),
            "besloten_door": row.besloten_door,
            "codes": [{"versie": c["versie"], "voor": c["voor"], "na": c["na"]}
                      for c in row.codes if isinstance(c, dict)],
        }
        if with_people:
            entry["gevraagd_door_naam"] = row.gevraagd_door_naam
        out.append(entry)
    return out


# -- in --------------------------------------------------------------------------------------


def corrections_of(record: dict[str, Any] | None) -> tuple[BinnenkomendeCorrectie, ...]:
    """The corrections a ``plan.json`` names, or ``ValueError`` with one Dutch sentence."""
    if record is None or RECORD_KEY not in record:
        return ()  # a bundle of a tafel before corrections travelled
    raw = record[RECORD_KEY]
    if not isinstance(raw, list) or len(raw) > MAX_CORRECTIONS:
        raise ValueError(UNREADABLE)
    return tuple(_correction(entry) for entry in raw)


def _correction(raw: Any) -> BinnenkomendeCorrectie:
    if not isinstance(raw, dict):
        raise ValueError(UNREADABLE)
    try:
        correction_id = uuid.UUID(str(raw.get("id")))
        grond = CorrectieGrond(str(raw.get("grond")))
        on = date.fromisoformat(str(raw.get("gecorrigeerd_op")))
    except ValueError:
        raise ValueError(UNREADABLE) from None
    names = [raw.get("gevraagd_door_naam", ""), raw.get("besloten_door", "")]
    if not all(isinstance(n, str) and len(n) <= 150 for n in names):
        raise ValueError(UNREADABLE)
    codes = raw.get("codes")
    if not isinstance(codes, list) or len(codes) > MAX_CODES:
        raise ValueError(UNREADABLE)
    return BinnenkomendeCorrectie(correction_id, grond, on, names[0], names[1],
                                  tuple(_code(c) for c in codes))


def _code(raw: Any) -> tuple[int, str, str]:
    if not isinstance(raw, dict):
        raise ValueError(UNREADABLE)
    versie, before, after = raw.get("versie"), raw.get("voor"), raw.get("na")
    if isinstance(versie, bool) or not isinstance(versie, int) or not 1 <= versie <= 10_000:
        raise ValueError(UNREADABLE)
    if not all(isinstance(c, str) and _CODE.fullmatch(c) for c in (before, after)) \
            or before == after:
        raise ValueError(UNREADABLE)
    return versie, str(before), str(after)


def code_moves(session: Session, casus: Casus,
               incoming: tuple[BinnenkomendeCorrectie, ...]) -> dict[str, str]:
    """Every old code of this case's corrections (known here or arriving) and its new code."""
    moves: dict[str, str] = {}
    for row in session.exec(select(Tekstcorrectie).where(Tekstcorrectie.casus_id == casus.id)):
        for entry in row.codes:
            if isinstance(entry, dict) and entry.get("voor") and entry.get("na"):
                moves[str(entry["voor"])] = str(entry["na"])
    for correction in incoming:
        for _versie, before, after in correction.codes:
            moves.setdefault(before, after)
    return moves


def follow(moves: dict[str, str], code: str) -> str:
    """The code a text has now, after every correction since ``code`` (no loops)."""
    seen = {code}
    while code in moves and moves[code] not in seen:
        code = moves[code]
        seen.add(code)
    return code


def corrected_pairs(moves: dict[str, str]) -> frozenset[tuple[str, str]]:
    """Every (code before, code after) a text may move by corrections, several in a row too."""
    pairs = set()
    for before in moves:
        seen, code = {before}, before
        while code in moves and moves[code] not in seen:
            code = moves[code]
            seen.add(code)
            pairs.add((before, code))
    return frozenset(pairs)


def corrections_in(write: Write, plan: Toekomstplan, casus: Casus,
                   incoming: tuple[BinnenkomendeCorrectie, ...], *, afzender: str,
                   today: date) -> int:
    """Apply the corrections not known here to this vault's own frozen texts; how many."""
    session = write.session
    applied = 0
    for correction in incoming:
        if session.get(Tekstcorrectie, correction.id) is not None:
            continue  # known here: made here, or read in before
        rows = {row.nummer: row for row in versions_of(session, plan)}
        places = 0
        for versie, before, after in correction.codes:
            row = rows.get(versie)
            if row is None:
                continue  # a version that never came here
            places += _replace_frozen(session, row, before, after)
            places += len(_copies(session, row, before))
            move_signatures(session, row, {before: after})
            forget_pages(session, row, {before: after}, today)
        record = Tekstcorrectie(
            id=correction.id, casus_id=casus.id, grond=correction.grond,
            gevraagd_door_naam=correction.gevraagd_door_naam,
            besloten_door=correction.besloten_door, gecorrigeerd_op=correction.gecorrigeerd_op,
            plaatsen=places, herkomst=afzender[:100],
            codes=[{"versie": n, "voor": b, "na": a} for n, b, a in correction.codes])
        session.add(record)
        session.flush()
        write.changed(RecordKind.TEKSTCORRECTIE, record.id, casus.id, AuditAction.GECORRIGEERD,
                      f"uit een bundel van kluis {afzender}, {places} plaatsen",
                      grondslag=correction.grond.artikel)
        applied += 1
    return applied


def _replace_frozen(session: Session, row: PlanVersie, before: str, after: str) -> int:
    """The frozen text under ``before`` goes; the corrected one stands under ``after``.

    The corrected text came with the bundle (the whole plan shared), or it is the version's
    own text now, frozen again; otherwise the old one simply goes (its words may not stay).
    """
    old = list(session.exec(select(PlanMoment).where(PlanMoment.versie_id == row.id)
                            .where(PlanMoment.inhoud_hash == before)))
    if not old:
        return 0
    twin = session.exec(select(PlanMoment).where(PlanMoment.versie_id == row.id)
                        .where(PlanMoment.inhoud_hash == after)).first()
    if twin is None and row.inhoud_hash == after:
        session.add(PlanMoment(versie_id=row.id, inhoud_hash=after,
                               inhoud=PlanDoc.from_bytes(row.document).content().canonical()))
    for moment in old:
        session.delete(moment)
    session.flush()
    return len(old)


def _copies(session: Session, row: PlanVersie, code: str) -> list[uuid.UUID]:
    return list(session.exec(select(Afdruk.id).where(Afdruk.versie_id == row.id)
                             .where(Afdruk.inhoud_hash == code)
                             .where(col(Afdruk.tekst_verwijderd_op).is_(None))))
