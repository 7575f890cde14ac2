"""Reading a bundle in: who sent it, whether it can apply yet, and applying it.

A bundle that was read before changes nothing. A bundle that builds on something this vault
has not seen yet (the sender's bundle before it went astray) is kept, encrypted in the vault,
and named on the screen; it applies by itself once what it builds on has arrived. Everything
else applies in one transaction: the case (created the first time, with only the parts that
came), its consents and people, and the plan's parts per version.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, func, select

from tafel.domain.bundel_tables import Bundel, BundelRichting, BundelStatus
from tafel.domain.enums import Gegevenscategorie
from tafel.domain.models import Casus, Partij
from tafel.domain.plan_doc import PlanDoc
from tafel.domain.plan_register import Conflict
from tafel.domain.records import AuditAction, RecordKind
from tafel.errors import BundelFout, ValidationError
from tafel.services.bundel_plan import PLAN_RECORD, parse_part_name, plan_in, plan_of_case
from tafel.services.bundel_uit import CASE_RECORD, categories_of
from tafel.services.changes import Write
from tafel.services.plan_merge import MergeOutcome, versions_of

if TYPE_CHECKING:
    from tafel.sync.bundle import OpenedBundle

MAX_WAITING = 200


@dataclass(frozen=True)
class Afzender:
    """Who a bundle says it is from, and what this vault knows about them."""

    kluis_id: str
    naam: str
    organisatie: str
    rol: str
    bekend: bool
    geverifieerd: bool

    @property
    def waarschuwing(self) -> str:
        """A warning in one Dutch sentence, or "" for a verified party."""
        if not self.bekend:
            return (f"{self.naam} is geen bekende partij in deze kluis: je hebt de partijkaart "
                    "nog niet toegevoegd. Lees de bundel alleen in als je zeker weet van wie "
                    "hij komt.")
        if not self.geverifieerd:
            return (f"De kaart van {self.naam} is nog niet gecontroleerd met de controlecode. "
                    "Lees de bundel alleen in als je zeker weet van wie hij komt.")
        return ""


@dataclass
class Uitkomst:
    """What reading a bundle did (or, as a preview, would do)."""

    bundel_id: str
    afzender: Afzender
    referentie: str
    volgnummer: int
    categorieen: tuple[Gegevenscategorie, ...]
    status: str = "toegepast"  # "toegepast", "al_ingelezen", "wacht"
    ontbreekt: str = ""
    nieuwe_casus: bool = False
    casus_id: uuid.UUID | None = None
    plan: MergeOutcome = field(default_factory=MergeOutcome)
    gewijzigde_delen: list[str] = field(default_factory=list)
    conflicten: tuple[Conflict, ...] = ()
    mensen: Any = None
    toestemmingen: int = 0
    daarna_toegepast: list[str] = field(default_factory=list)


def sender_of(session: Session, opened: OpenedBundle) -> Afzender:
    """The sender as the manifest names it, checked against the party this vault knows.

    A known party whose bundle is signed with another key than its card is refused: that is
    exactly what a forged bundle looks like.
    """
    sender = opened.sender
    try:
        vault = uuid.UUID(sender.vault_id)
    except ValueError:
        raise BundelFout("De afzender van deze bundel is onleesbaar.") from None
    known = session.exec(select(Partij).where(Partij.kluis_id == vault)).first()
    if known is not None and known.tekensleutel != opened.signer_public_key:
        raise BundelFout(
            f"Deze bundel is ondertekend met een andere sleutel dan de kaart van {known.naam}. "
            "Hij is niet ingelezen; vraag het na bij de afzender."
        )
    return Afzender(sender.vault_id, known.naam if known else sender.name,
                    known.organisatie if known else sender.organisation,
                    known.rol if known else sender.role, known is not None,
                    known is not None and known.geverifieerd_op is not None)


def missing_predecessor(session: Session, opened: OpenedBundle) -> bool:
    """Whether a document in the bundle builds on changes this vault has not seen yet."""
    casus_id = _case_id(opened)
    casus = session.get(Casus, casus_id)
    plan = plan_of_case(session, casus_id) if casus is not None else None
    docs: dict[int, PlanDoc] = {}
    if plan is not None:
        docs = {row.nummer: PlanDoc.from_bytes(row.document)
                for row in versions_of(session, plan)}
    for document in opened.documents:
        state = document.builds_on_state
        if state is None:
            continue
        parsed = parse_part_name(document.part)
        if parsed is None:
            continue  # other documents check their own predecessor (dossier)
        nummer, deel = parsed
        if nummer not in docs or docs[nummer].missing({deel: state}):
            return True
    return False


def record_in(opened: OpenedBundle, name: str) -> dict[str, Any] | None:
    """A record part as JSON (None when the bundle has no such part)."""
    import json

    raw = opened.parts.get(name)
    if raw is None:
        return None
    try:
        value = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise BundelFout("Een onderdeel van deze bundel is onleesbaar.") from None
    if not isinstance(value, dict):
        raise BundelFout("Een onderdeel van deze bundel is onleesbaar.")
    return value


def apply(write: Write, opened: OpenedBundle, uitkomst: Uitkomst, *, partij: str,
          client_id: int, actor: str, dossier: Any) -> None:
    """Apply the bundle to the vault in the caller's transaction (which rolls back on error)."""
    session = write.session
    case_record = record_in(opened, CASE_RECORD) or {}
    casus_id = _case_id(opened)
    casus = session.get(Casus, casus_id)
    if casus is None:
        try:
            casus = dossier.ensure_case(write, case_record)
        except (ValueError, ValidationError) as exc:  # one Dutch sentence either way
            raise BundelFout(str(exc)) from None
        if casus.id != casus_id:
            raise BundelFout("De casus in deze bundel klopt niet met de inhoudsopgave.")
        uitkomst.nieuwe_casus = True
    uitkomst.casus_id = casus.id
    uitkomst.referentie = casus.referentie
    try:
        records = dossier.records_in(write, casus, opened, set(uitkomst.categorieen))
    except (ValueError, ValidationError) as exc:
        raise BundelFout(str(exc)) from None
    uitkomst.toestemmingen, uitkomst.mensen = records.toestemmingen, records.mensen
    parts = {name: data for name, data in opened.parts.items()
             if parse_part_name(name) is not None}
    try:
        uitkomst.plan = plan_in(write, casus, record_in(opened, PLAN_RECORD), parts,
                                partij=partij, client_id=client_id, actor=actor,
                                afzender=uitkomst.afzender.kluis_id, today=dossier.today)
    except ValueError as exc:
        raise BundelFout(str(exc)) from None
    uitkomst.gewijzigde_delen = sorted({parse_part_name(n)[1] for n in parts  # type: ignore[index]
                                        if parse_part_name(n)[0] in  # type: ignore[index]
                                        uitkomst.plan.changed_versions})
    plan = plan_of_case(session, casus.id)
    if plan is not None:
        rows = versions_of(session, plan)
        if rows:
            uitkomst.conflicten = PlanDoc.from_bytes(rows[-1].document).conflicts()
    row = Bundel(bundel_id=uuid.UUID(opened.bundle_id), richting=BundelRichting.IN,
                 casus_id=casus.id, referentie=casus.referentie, partij=uitkomst.afzender.kluis_id,
                 afzender=uitkomst.afzender.naam[:200], volgnummer=uitkomst.volgnummer,
                 bouwt_op=opened.builds_on, gemaakt_op=opened.created_at,
                 status=BundelStatus.INGELEZEN,
                 categorieen=[c.value for c in uitkomst.categorieen])
    existing = session.exec(select(Bundel).where(Bundel.bundel_id == row.bundel_id)).first()
    if existing is not None:  # it waited, and now applies
        existing.status = BundelStatus.INGELEZEN
        existing.inhoud = None
        existing.ontbreekt = ""
        existing.casus_id = casus.id
        row = existing
    session.add(row)
    session.flush()
    write.changed(RecordKind.BUNDEL, row.id, casus.id, AuditAction.INGELEZEN,
                  _details(uitkomst, opened))


def free_reference(session: Session, wanted: str) -> str:
    """The sender's case number, or, when a case here has it already, that number and "-2".

    Every vault numbers its own cases (``T-2026-0001`` in each of them), so the number of a
    case that arrives is often taken here; the case itself is known by its id.
    """
    base = wanted[:20]
    candidate, n = base, 1
    while session.exec(select(Casus.id).where(
            func.upper(Casus.referentie) == candidate.upper())).first() is not None:
        n += 1
        candidate = f"{base[:20 - len(str(n)) - 1]}-{n}"
    return candidate


def keep_waiting(write: Write, opened: OpenedBundle, data: bytes, uitkomst: Uitkomst) -> None:
    """Keep a bundle whose predecessor has not arrived (encrypted in the vault)."""
    session = write.session
    bundle_id = uuid.UUID(opened.bundle_id)
    waiting = session.exec(select(Bundel).where(Bundel.status == BundelStatus.WACHT)).all()
    if len(waiting) >= MAX_WAITING:
        raise BundelFout("Er wachten al te veel bundels; lees eerst de ontbrekende in.")
    row = session.exec(select(Bundel).where(Bundel.bundel_id == bundle_id)).first()
    if row is None:
        row = Bundel(bundel_id=bundle_id, richting=BundelRichting.IN,
                     casus_id=_case_id(opened), referentie=opened.case_reference[:100],
                     partij=uitkomst.afzender.kluis_id, afzender=uitkomst.afzender.naam[:200],
                     volgnummer=uitkomst.volgnummer, bouwt_op=opened.builds_on,
                     gemaakt_op=opened.created_at, status=BundelStatus.WACHT,
                     categorieen=[c.value for c in uitkomst.categorieen],
                     ontbreekt=uitkomst.ontbreekt[:500], inhoud=data)
        session.add(row)
        session.flush()
        write.changed(RecordKind.BUNDEL, row.id, None, AuditAction.WACHT,
                      f"van kluis {uitkomst.afzender.kluis_id}, nummer {uitkomst.volgnummer}, "
                      f"wacht op nummer {opened.builds_on}")


def missing_text(opened: OpenedBundle, afzender: Afzender) -> str:
    """Which bundle is missing, in words: "bundel 3 van Bas de Vries (school)"."""
    who = afzender.naam + (f" ({afzender.organisatie})" if afzender.organisatie else "")
    if opened.builds_on:
        return f"bundel {opened.builds_on} van {who}"
    return f"een eerdere bundel van {who}"


def categories(opened: OpenedBundle) -> tuple[Gegevenscategorie, ...]:
    """The categories the bundle says it carries, in a fixed order."""
    found = categories_of(dict(opened.manifest))
    return tuple(c for c in Gegevenscategorie if c in found)


def _case_id(opened: OpenedBundle) -> uuid.UUID:
    try:
        return uuid.UUID(opened.case_id)
    except ValueError:
        raise BundelFout("De casus in deze bundel is onleesbaar.") from None


def _details(uitkomst: Uitkomst, opened: OpenedBundle) -> str:
    """The audit line: which party, which number, which categories (no case text)."""
    cats = ", ".join(c.value for c in uitkomst.categorieen) or "alleen de casus"
    return (f"van kluis {uitkomst.afzender.kluis_id}, nummer {uitkomst.volgnummer}, "
            f"categorieën: {cats}")
