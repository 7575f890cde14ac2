"""The toekomstplan in a bundle: its parts per version, and the versions' own record.

Out: for every version and every part the recipients may have, the changes since what they
were last sent (or the whole part the first time), named ``plan.v<number>.<part>``; and one
record ``plan.json`` with the plan's id, the versions (number, from which, status, when signed
and under which hash) and, where the recipients may see them, the signatures and the exact
signed texts, and the case's corrections on request without their words
(:mod:`tafel.services.bundel_correctie`). In: the parts merge by version number
(:mod:`tafel.services.plan_merge`), the signatures are added by id, a version counts as signed
here only when its text here is exactly the text that was signed, and a correction made
elsewhere reaches this vault's own frozen texts, prints and signatures.
"""

from __future__ import annotations

import base64
import hashlib
import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from tafel.domain import plan_delen
from tafel.domain.enums import Gegevenscategorie
from tafel.domain.models import Casus
from tafel.domain.plan_content import VersieStatus
from tafel.domain.plan_doc import PlanDoc
from tafel.domain.plan_tables import Handtekening, PlanMoment, PlanVersie, Toekomstplan
from tafel.domain.records import AuditAction, RecordKind
from tafel.errors import ValidationError
from tafel.services.bundel_correctie import (
    code_moves,
    corrected_pairs,
    corrections_in,
    corrections_of,
    corrections_out,
    follow,
)
from tafel.services.changes import Write
from tafel.services.plan_checks import NieuweHandtekening, check_signature
from tafel.services.plan_merge import MergeOutcome, merge_versions, versions_of

PLAN_RECORD = "plan.json"
PART_KIND = "plan_deel"
MAX_VERSIONS = 1_000
MAX_SIGNATURES = 2_000
#: Beside a part's state: a fingerprint of what was deleted in it (see :func:`plan_out`).
DELETIONS = "#verwijderd"


@dataclass
class PlanUit:
    """The plan's parts for one bundle, their manifest entries and the states sent."""

    parts: dict[str, bytes] = field(default_factory=dict)
    documents: list[dict[str, Any]] = field(default_factory=list)
    states: dict[str, str] = field(default_factory=dict)


def part_name(nummer: int, deel: str) -> str:
    """``plan.v2.wonen``: version 2's Wonen part."""
    return f"plan.v{nummer}.{deel}"


def parse_part_name(name: str) -> tuple[int, str] | None:
    """The version number and part of a plan part's name, or None for another part."""
    head, _, rest = name.partition(".v")
    number, _, deel = rest.partition(".")
    if head != "plan" or not number.isdigit() or deel not in plan_delen.DELEN:
        return None
    return int(number), deel


def plan_of_case(session: Session, casus_id: uuid.UUID) -> Toekomstplan | None:
    """The case's plan, if it has one."""
    return session.exec(select(Toekomstplan).where(Toekomstplan.casus_id == casus_id)).first()


def plan_out(session: Session, casus_id: uuid.UUID, delen: tuple[str, ...],
             sent: dict[str, str]) -> PlanUit:
    """The changes of every version's allowed parts since the states in ``sent``.

    A part's state (its CRDT state vector) counts what was written, not what was deleted: a
    text only shortened (a correction on request removes words) keeps its state. So beside
    each state goes a fingerprint of the part's deletions, and a part is new when either
    changed; its changes since the state sent then carry the deletions.
    """
    out = PlanUit()
    plan = plan_of_case(session, casus_id)
    if plan is None or not delen:
        return out
    for row in versions_of(session, plan):
        doc = PlanDoc.from_bytes(row.document)
        states = doc.states()
        for deel in delen:
            name = part_name(row.nummer, deel)
            state = states[deel]
            before = sent.get(name)
            deletions = hashlib.sha256(doc.delen[deel].doc.get_update(state)).hexdigest()[:32]
            out.states[name] = base64.b64encode(state).decode("ascii")
            out.states[name + DELETIONS] = deletions
            if before is not None and base64.b64decode(before) == state \
                    and sent.get(name + DELETIONS) == deletions:
                continue  # nothing new in this part since the last bundle
            since = base64.b64decode(before) if before is not None else None
            update = doc.delen[deel].doc.get_update(since) if since else \
                doc.delen[deel].doc.get_update()
            out.parts[name] = update
            out.documents.append({"part": name, "kind": PART_KIND,
                                  "builds_on_state": before})
    return out


def plan_record(session: Session, casus_id: uuid.UUID,
                categorieen: frozenset[Gegevenscategorie]) -> dict[str, Any] | None:
    """The versions and corrections; the signatures and signed texts where they may go."""
    plan = plan_of_case(session, casus_id)
    if plan is None:
        return None
    delen = plan_delen.delen_voor(set(categorieen))
    whole = set(delen) == set(plan_delen.DELEN)
    with_people = Gegevenscategorie.PERSOONSGEGEVENS in categorieen and bool(delen)
    versions = []
    for row in versions_of(session, plan):
        entry: dict[str, Any] = {
            "nummer": row.nummer, "gemaakt_uit": row.gemaakt_uit, "status": row.status.value,
            "getekend_op": row.getekend_op.isoformat() if row.getekend_op else None,
            "getekend_hash": row.inhoud_hash if row.status is VersieStatus.GETEKEND
            or (row.getekend_op and row.status is VersieStatus.VERVANGEN) else None,
        }
        if with_people:
            entry["handtekeningen"] = [_signature_out(s) for s in session.exec(
                select(Handtekening).where(Handtekening.versie_id == row.id)
                .order_by(col(Handtekening.aangemaakt_op)))]
        if whole:
            entry["momenten"] = [{"inhoud_hash": m.inhoud_hash, "inhoud": m.inhoud}
                                 for m in session.exec(select(PlanMoment)
                                                       .where(PlanMoment.versie_id == row.id))]
        versions.append(entry)
    casus = session.get(Casus, casus_id)
    return {"plan_id": str(plan.id), "ritme": plan.evaluatie_ritme_maanden,
            "kenmerk": plan.kenmerk or (casus.referentie if casus else ""),
            "versies": versions,
            "correcties": corrections_out(session, casus_id, with_people=with_people)}


def _signature_out(row: Handtekening) -> dict[str, Any]:
    return {"id": str(row.id), "inhoud_hash": row.inhoud_hash, "ondertekenaar": row.ondertekenaar,
            "naam": row.naam, "rol": row.rol, "plaats": row.plaats,
            "datum": row.datum.isoformat(), "lijnen": row.lijnen, "verhouding": row.verhouding,
            "getypt": row.getypt}


# -- in --------------------------------------------------------------------------------------


def plan_in(write: Write, casus: Casus, record: dict[str, Any] | None,
            parts: dict[str, bytes], *, partij: str, client_id: int,
            actor: str, afzender: str, today: date) -> MergeOutcome:
    """Merge a bundle's plan parts and record into this vault's plan of ``casus``.

    ``partij`` is this vault (its CRDT edits), ``afzender`` the vault the bundle came from.
    """
    incoming = corrections_of(record)
    updates: dict[int, dict[str, bytes]] = {}
    for name, data in parts.items():
        parsed = parse_part_name(name)
        if parsed is not None:
            updates.setdefault(parsed[0], {})[parsed[1]] = data
    if record is None and not updates:
        return MergeOutcome()
    plan = _ensure_plan(write, casus, record, actor)
    moves = code_moves(write.session, casus, incoming)
    outcome = merge_versions(write, plan, casus,
                             {n: plan_delen.pack(p) for n, p in updates.items()},
                             partij=partij, client_id=client_id,
                             corrected=corrected_pairs(moves),
                             sender_versions=_sender_versions(record) | set(updates))
    if record is not None:
        _versions_in(write, plan, casus, record, moves)
        outcome.correcties = corrections_in(write, plan, casus, incoming, afzender=afzender,
                                            today=today)
    return outcome


def _sender_versions(record: dict[str, Any] | None) -> frozenset[int]:
    """The version numbers the sender has (the record is checked in full later)."""
    entries = record.get("versies") if record else None
    if not isinstance(entries, list):
        return frozenset()
    return frozenset(e["nummer"] for e in entries
                     if isinstance(e, dict) and isinstance(e.get("nummer"), int))


def _ensure_plan(write: Write, casus: Casus, record: dict[str, Any] | None,
                 actor: str) -> Toekomstplan:
    session = write.session
    plan = plan_of_case(session, casus.id)
    if plan is not None:
        return plan
    plan_id = _uuid(record.get("plan_id")) if record else None
    if plan_id is not None and session.get(Toekomstplan, plan_id) is not None:
        raise ValueError("Het plan in deze bundel hoort hier bij een andere casus.")
    ritme = record.get("ritme") if record else None
    kenmerk = str(record.get("kenmerk") or "")[:100] if record else ""
    plan = Toekomstplan(id=plan_id or uuid.uuid4(), casus_id=casus.id, gestart_door=actor,
                        kenmerk=kenmerk or casus.referentie,
                        evaluatie_ritme_maanden=ritme if isinstance(ritme, int)
                        and 1 <= ritme <= 24 else 3)
    session.add(plan)
    session.flush()
    write.changed(RecordKind.TOEKOMSTPLAN, plan.id, casus.id, AuditAction.GESTART,
                  "uit een bundel")
    return plan


def _versions_in(write: Write, plan: Toekomstplan, casus: Casus,
                 record: dict[str, Any], moves: dict[str, str]) -> None:
    """Signatures, signed texts and statuses from the record (after the parts merged).

    ``moves`` maps the old code of a text corrected on request to its new code: a frozen
    text under an old code (another party may not have the correction yet) is not taken in,
    and a signature or a signed code under it counts under the new code.
    """
    session = write.session
    rows = {r.nummer: r for r in versions_of(session, plan)}
    entries = record.get("versies")
    if not isinstance(entries, list) or len(entries) > MAX_VERSIONS:
        raise ValueError("De versies van het plan in deze bundel zijn onleesbaar.")
    for entry in entries:
        if not isinstance(entry, dict) or not isinstance(entry.get("nummer"), int):
            raise ValueError("De versies van het plan in deze bundel zijn onleesbaar.")
        row = rows.get(entry["nummer"])
        if row is None:
            continue  # a version whose parts did not come (nothing of it may come here)
        for moment in entry.get("momenten") or []:
            _moment_in(session, row, moment, moves)
        signatures = entry.get("handtekeningen") or []
        if not isinstance(signatures, list) or len(signatures) > MAX_SIGNATURES:
            raise ValueError("De handtekeningen in deze bundel zijn onleesbaar.")
        for signature in signatures:
            _signature_in(write, casus, row, signature, moves)
        _status_in(write, casus, row, entry, moves)
    session.flush()


def _status_in(write: Write, casus: Casus, row: PlanVersie, entry: dict[str, Any],
               moves: dict[str, str]) -> None:
    """Out for signing travels; signed only when the signed text is the text here."""
    status = entry.get("status")
    signed_hash = entry.get("getekend_hash")
    if isinstance(signed_hash, str):
        signed_hash = follow(moves, signed_hash)
    if row.status is VersieStatus.CONCEPT and status in (VersieStatus.TER_ONDERTEKENING.value,
                                                         VersieStatus.GETEKEND.value):
        row.status = VersieStatus.TER_ONDERTEKENING
    if signed_hash and signed_hash == row.inhoud_hash \
            and row.status is VersieStatus.TER_ONDERTEKENING:
        row.status = VersieStatus.GETEKEND
        row.getekend_op = _date(entry.get("getekend_op")) or row.getekend_op
        write.changed(RecordKind.PLANVERSIE, row.id, casus.id, AuditAction.VOLLEDIG_GETEKEND,
                      f"versie {row.nummer} uit een bundel")
    write.session.add(row)


def _moment_in(session: Session, row: PlanVersie, moment: Any, moves: dict[str, str]) -> None:
    if not isinstance(moment, dict) or not isinstance(moment.get("inhoud"), dict):
        raise ValueError("Een getekende tekst in deze bundel is onleesbaar.")
    digest = str(moment.get("inhoud_hash", ""))[:64]
    if digest in moves:
        return  # a text corrected on request since: its old words stay out
    exists = session.exec(select(PlanMoment).where(PlanMoment.versie_id == row.id)
                          .where(PlanMoment.inhoud_hash == digest)).first()
    if exists is None:
        session.add(PlanMoment(versie_id=row.id, inhoud_hash=digest, inhoud=moment["inhoud"]))


def _signature_in(write: Write, casus: Casus, row: PlanVersie, raw: Any,
                  moves: dict[str, str]) -> None:
    unreadable = "Een handtekening in deze bundel is onleesbaar."
    if not isinstance(raw, dict):
        raise ValueError(unreadable)
    signature_id = _uuid(raw.get("id"))
    signed_on = _date(raw.get("datum"))
    if signature_id is None or signed_on is None:
        raise ValueError(unreadable)
    if write.session.get(Handtekening, signature_id) is not None:
        return
    texts = {k: raw.get(k, "") for k in ("inhoud_hash", "ondertekenaar", "naam", "rol", "plaats")}
    lines = raw.get("lijnen")
    if not isinstance(lines, list) or not all(isinstance(v, str) for v in texts.values()):
        raise ValueError(unreadable)
    typed = raw.get("getypt", False)  # a bundle from before typed signatures: drawn
    if not isinstance(typed, bool):
        raise ValueError(unreadable)
    drawn = NieuweHandtekening(texts["ondertekenaar"][:60], texts["naam"], texts["rol"],
                               texts["plaats"], signed_on, lines, raw.get("verhouding", 3.0),
                               getypt=typed)
    try:  # the same rules as a signature drawn here: it must be drawable on paper
        check_signature(drawn)
    except ValidationError:
        raise ValueError(unreadable) from None
    signature = Handtekening(
        id=signature_id, versie_id=row.id, inhoud_hash=follow(moves, texts["inhoud_hash"][:64]),
        ondertekenaar=drawn.sleutel, naam=drawn.naam, rol=drawn.rol, plaats=drawn.plaats,
        datum=signed_on, lijnen=[[[float(x), float(y)] for x, y in s] for s in lines if s],
        verhouding=float(drawn.verhouding), getypt=typed)
    write.session.add(signature)
    write.session.flush()
    write.changed(RecordKind.HANDTEKENING, signature.id, casus.id, AuditAction.GETEKEND,
                  f"versie {row.nummer}, uit een bundel")


def _uuid(raw: Any) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(raw))
    except ValueError:
        return None


def _date(raw: Any) -> date | None:
    try:
        return date.fromisoformat(str(raw)) if raw else None
    except ValueError:
        return None
