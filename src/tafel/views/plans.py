"""The toekomstplan as the screens, the PDF and ``tafel verify`` see it: frozen values.

Who is expected to sign is the domain's rule (:mod:`tafel.domain.ondertekenaars`): the young
person always; the holders of parental authority while the young person is under 18; and
every professional who owns an afspraak. The queries that fill these views are in
:mod:`tafel.services.plan_views`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from tafel.domain import ondertekenaars
from tafel.domain.ondertekenaars import ADULT_AGE, SignerKind
from tafel.domain.plan_content import PlanContent, VersieStatus
from tafel.domain.plan_doc import PlanDoc
from tafel.domain.plan_register import Conflict
from tafel.domain.plan_tables import Handtekening, PlanVersie

__all__ = ["ADULT_AGE", "SignerKind"]  # kept here too: screens and demo import them from views


@dataclass(frozen=True)
class PlanPersoon:
    """Someone who can own an afspraak or sign: the young person, family or a betrokkene."""

    sleutel: str  # "persoon:<uuid>" or "betrokkene:<uuid>"
    naam: str
    rol: str
    soort: str  # a SignerKind value
    organisatie: str = ""
    gezag: bool = False  # holds parental authority (see ondertekenaars.heeft_gezag)
    einddatum: date | None = None  # left the network on this date (a betrokkene)

    def betrokken_op(self, on: date) -> bool:
        """Whether this person is still around the case on ``on``."""
        return ondertekenaars.nog_betrokken(self.einddatum, on)


@dataclass(frozen=True)
class HandtekeningView:
    """A signature (drawn, or typed: ``getypt``) and whether it is under the current text."""

    id: uuid.UUID
    sleutel: str
    naam: str
    rol: str
    plaats: str
    datum: date
    lijnen: tuple[tuple[tuple[float, float], ...], ...]
    verhouding: float
    inhoud_hash: str
    current: bool
    getypt: bool = False


@dataclass(frozen=True)
class PlanVersieView:
    """One version: its content, hash, status and signatures."""

    id: uuid.UUID
    plan_id: uuid.UUID
    nummer: int
    status: VersieStatus
    content: PlanContent
    inhoud_hash: str
    gemaakt_uit: int | None
    getekend_op: date | None
    gewijzigd_op: datetime
    signatures: tuple[HandtekeningView, ...]
    conflicts: tuple[Conflict, ...] = ()
    #: The plan parts this vault holds; a plan that came in a bundle holds only the parts
    #: the household consented to share with this party (the others cannot be filled in).
    delen: tuple[str, ...] = ()

    @property
    def current_signatures(self) -> tuple[HandtekeningView, ...]:
        """Signatures under the text as it is now."""
        return tuple(s for s in self.signatures if s.current)

    @property
    def outdated_signatures(self) -> tuple[HandtekeningView, ...]:
        """Signatures under an earlier text of this version (kept, shown as outdated)."""
        return tuple(s for s in self.signatures if not s.current)


@dataclass(frozen=True)
class PlanCasus:
    """The case facts a plan shows, and everyone who can own an afspraak or sign."""

    casus_id: uuid.UUID
    referentie: str
    jongere: PlanPersoon
    geboortedatum: date | None
    casusregisseur: str
    huishouden: str
    people: tuple[PlanPersoon, ...]

    def person(self, sleutel: str) -> PlanPersoon | None:
        """The person behind an owner or signer key."""
        return next((p for p in self.people if p.sleutel == sleutel), None)

    def is_minor(self, on: date) -> bool:
        """Whether the young person is under 18 on ``on`` (unknown birth date: no)."""
        return ondertekenaars.is_minor(self.geboortedatum, on)

    def owners_on(self, on: date) -> tuple[PlanPersoon, ...]:
        """Who can be chosen as a new owner of an afspraak on ``on`` (still involved)."""
        return tuple(p for p in self.people if ondertekenaars.may_own(p, on))


@dataclass(frozen=True)
class PlanView:
    """A case's plan with all its versions, oldest first."""

    plan_id: uuid.UUID
    case: PlanCasus
    ritme_maanden: int
    versions: tuple[PlanVersieView, ...]

    @property
    def latest(self) -> PlanVersieView:
        """The newest version (the one being worked on)."""
        return self.versions[-1]

    def version(self, nummer: int) -> PlanVersieView | None:
        """Version ``nummer``, if it exists."""
        return next((v for v in self.versions if v.nummer == nummer), None)

    def version_by_id(self, version_id: uuid.UUID) -> PlanVersieView | None:
        """The version with this id, if it belongs to this plan."""
        return next((v for v in self.versions if v.id == version_id), None)

    def last_signed(self) -> PlanVersieView | None:
        """The newest version that was signed in full (it may since be replaced)."""
        signed = [v for v in self.versions if v.getekend_op is not None]
        return signed[-1] if signed else None

    def expected_signers(self, content: PlanContent, on: date) -> list[PlanPersoon]:
        """Who should sign ``content``: see :func:`expected_signers`."""
        return expected_signers(self.case, content, on)


def expected_signers(case: PlanCasus, content: PlanContent, on: date) -> list[PlanPersoon]:
    """The young person; gezag holders while under 18; professionals who own an afspraak."""
    return ondertekenaars.expected_signers(
        case.jongere, case.people, case.geboortedatum,
        (a.eigenaar for a in content.afspraken), on,
    )


def others_in_case(case: PlanCasus, expected: list[PlanPersoon], on: date) -> list[PlanPersoon]:
    """Everyone else still around the case: they may sign too, after the expected ones."""
    keys = {p.sleutel for p in expected}
    return [p for p in case.people if p.sleutel not in keys and p.betrokken_op(on)]


def signing_state(
    signers: list[PlanPersoon], signatures: tuple[HandtekeningView, ...]
) -> list[tuple[PlanPersoon, HandtekeningView | None]]:
    """Each expected signer with their current signature, or None while it is missing."""
    current = {s.sleutel: s for s in signatures if s.current}
    return [(p, current.get(p.sleutel)) for p in signers]


def version_view(row: PlanVersie, signatures: list[Handtekening]) -> PlanVersieView:
    """One version as a frozen value."""
    doc = PlanDoc.from_bytes(row.document)
    return PlanVersieView(
        id=row.id, plan_id=row.plan_id, nummer=row.nummer, status=row.status,
        content=doc.content(), inhoud_hash=row.inhoud_hash, conflicts=doc.conflicts(),
        delen=doc.present_parts(),
        gemaakt_uit=row.gemaakt_uit, getekend_op=row.getekend_op,
        gewijzigd_op=row.gewijzigd_op,
        signatures=tuple(signature_view(s, row.inhoud_hash) for s in signatures),
    )


def signature_view(row: Handtekening, current_hash: str) -> HandtekeningView:
    """A signature as a frozen value; ``current`` when it is under ``current_hash``."""
    lines = tuple(
        tuple((float(x), float(y)) for x, y, *_ in stroke) for stroke in row.lijnen
    )
    return HandtekeningView(
        id=row.id, sleutel=row.ondertekenaar, naam=row.naam, rol=row.rol, plaats=row.plaats,
        datum=row.datum, lijnen=lines, verhouding=row.verhouding,
        inhoud_hash=row.inhoud_hash, current=row.inhoud_hash == current_hash,
        getypt=row.getypt,
    )
