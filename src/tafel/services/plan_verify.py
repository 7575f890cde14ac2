"""What the vault knows about the hash on a printed toekomstplan's last page.

Every printed or signed text is frozen under its SHA-256 (a plan moment), so a paper copy can
be checked long after the plan moved on: which version it is, whether everyone who should sign
signed exactly that text, and whether the plan has since changed or been replaced. The hash
alone proves nothing about the words beside it: :mod:`tafel.services.plan_check` compares a
copy's text with :func:`frozen_text` (the frozen content and the page texts of its prints)
before these answers are given.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, replace
from datetime import date

from sqlmodel import Session, col, select

from tafel.domain.dates import short_date
from tafel.domain.models import Casus
from tafel.domain.plan_content import PlanContent, VersieStatus, content_from_canonical
from tafel.domain.plan_tables import (
    Afdruk,
    Handtekening,
    PlanMoment,
    PlanVersie,
    Toekomstplan,
)
from tafel.domain.tekstcorrectie import Tekstcorrectie, op_verzoek_van
from tafel.services.plan_views import load_plan_case
from tafel.views.plans import expected_signers

HASH_PATTERN = re.compile(r"\b[0-9a-f]{64}\b")


@dataclass(frozen=True)
class Verification:
    """What the vault knows about one printed hash."""

    inhoud_hash: str
    found: bool
    referentie: str = ""
    jongere: str = ""
    versie: int = 0
    status: VersieStatus | None = None
    expected: tuple[str, ...] = ()
    signed: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    changed_since: bool = False  # the same version's text changed after this copy
    newest_versie: int = 0
    newest_status: VersieStatus | None = None
    # The code is of a text that was later corrected or removed on request (AVG art. 16/17):
    # one sentence per correction; the vault no longer holds the words of this copy.
    correcties: tuple[str, ...] = ()
    latere_code: str = ""  # the code of the same version's text after the corrections

    @property
    def all_signed(self) -> bool:
        """Whether every expected signer signed exactly this text."""
        return self.found and not self.missing

    @property
    def replaced(self) -> bool:
        """Whether the plan moved on after this copy (changed, or a newer version exists)."""
        return self.found and (
            self.changed_since or self.newest_versie > self.versie
            or self.status is VersieStatus.VERVANGEN
        )

    @property
    def identity(self) -> str:
        """Which plan and version the code belongs to, in words."""
        return (f"versie {self.versie} van het toekomstplan van {self.jongere} "
                f"({self.referentie}, code {self.inhoud_hash[:12]}…)")

    def sentences(self) -> list[str]:
        """The answer in plain Dutch, one sentence per question."""
        if not self.found:
            return [f"Deze afdruk (code {self.inhoud_hash[:12]}…) past bij geen enkel plan in "
                    f"deze kluis."]
        return [f"Deze afdruk klopt: het is {self.identity}.", *self.correction_sentences(),
                *self.state_sentences()]

    def correction_sentences(self) -> list[str]:
        """What a later correction on request means for this copy (nothing when none)."""
        if not self.correcties:
            return []
        return [*self.correcties,
                f"Daarom bewaart de kluis de tekst van deze afdruk niet meer woord voor woord: "
                f"op het papier kan de oude tekst nog staan. De tekst na de correctie heeft "
                f"code {self.latere_code[:12]}…."]

    def state_sentences(self) -> list[str]:
        """Whether everyone signed this text, and whether it has been replaced since."""
        lines: list[str] = []
        if self.all_signed:
            lines.append(f"Alle ondertekenaars hebben precies deze tekst getekend: "
                         f"{', '.join(self.signed)}.")
        else:
            lines.append(f"Nog niet getekend door: {', '.join(self.missing)}.")
        if self.replaced:
            newest = f"versie {self.newest_versie}"
            if self.changed_since and self.newest_versie == self.versie:
                lines.append(f"Vervangen: het plan is na deze afdruk gewijzigd (nu {newest}).")
            else:
                lines.append(f"Vervangen: er is een nieuwere versie ({newest}).")
        else:
            lines.append("Niet vervangen: dit is de nieuwste tekst van het plan.")
        return lines

    def as_json(self) -> dict[str, object]:
        """For ``tafel verify --json``."""
        return {
            "hash": self.inhoud_hash, "found": self.found, "case": self.referentie,
            "version": self.versie, "status": self.status.value if self.status else None,
            "expected_signers": list(self.expected), "signed_by": list(self.signed),
            "missing": list(self.missing), "all_signed": self.all_signed,
            "replaced": self.replaced, "newest_version": self.newest_versie,
            "corrected_on_request": list(self.correcties),
            "code_after_correction": self.latere_code or None,
        }


@dataclass(frozen=True)
class FrozenText:
    """The text frozen under one code, and the page texts of every copy printed of it."""

    versie_id: uuid.UUID
    inhoud_hash: str
    content: PlanContent
    copies: tuple[tuple[str, ...], ...] = ()  # empty: printed before tafel kept page texts


def frozen_text(session: Session, inhoud_hash: str) -> FrozenText | None:
    """The moment frozen under ``inhoud_hash`` and its printed copies, or None."""
    moment = session.exec(select(PlanMoment).where(PlanMoment.inhoud_hash == inhoud_hash)).first()
    if moment is None:
        return None
    copies = session.exec(
        select(Afdruk).where(Afdruk.versie_id == moment.versie_id)
        .where(Afdruk.inhoud_hash == inhoud_hash).order_by(col(Afdruk.aangemaakt_op))
    )
    return FrozenText(moment.versie_id, inhoud_hash, content_from_canonical(moment.inhoud),
                      tuple(tuple(str(p) for p in c.paginas) for c in copies))


def corrected_copies(session: Session, inhoud_hash: str) -> tuple[Afdruk, ...]:
    """The printed copies of a text later corrected on request (their pages are gone)."""
    return tuple(session.exec(select(Afdruk).where(Afdruk.inhoud_hash == inhoud_hash)
                              .where(col(Afdruk.tekst_verwijderd_op).is_not(None))))


def _later_code(session: Session, inhoud_hash: str) -> tuple[str, list[Tekstcorrectie]] | None:
    """The code a corrected text has now, and the corrections on the way; None if never."""
    corrections = list(session.exec(select(Tekstcorrectie)
                                    .order_by(col(Tekstcorrectie.aangemaakt_op))))
    code, used = inhoud_hash, []
    for correction in corrections:
        for entry in correction.codes:
            if isinstance(entry, dict) and entry.get("voor") == code and entry.get("na"):
                code = str(entry["na"])
                used.append(correction)
                break
    return (code, used) if used else None


def _correction_sentence(row: Tekstcorrectie, versie: int) -> str:
    who = op_verzoek_van(row.gevraagd_door_naam)
    return (f"Op {short_date(row.gecorrigeerd_op)} is{who} een tekst in versie {versie} "
            f"{row.grond.gedaan} ({row.grond.artikel}).")


def verify_hash(session: Session, inhoud_hash: str, today: date) -> Verification:
    """Look ``inhoud_hash`` up among the frozen moments and answer the three questions.

    A code of a text later corrected on request is followed to the corrected text; the answer
    then says when and on what ground the text changed.
    """
    moment = session.exec(select(PlanMoment).where(PlanMoment.inhoud_hash == inhoud_hash)).first()
    if moment is None:
        later = _later_code(session, inhoud_hash)
        if later is None:
            return Verification(inhoud_hash, found=False)
        now = verify_hash(session, later[0], today)
        if not now.found:
            return Verification(inhoud_hash, found=False)
        return replace(now, inhoud_hash=inhoud_hash, latere_code=later[0],
                       correcties=tuple(_correction_sentence(r, now.versie)
                                        for r in later[1]))
    version = session.get(PlanVersie, moment.versie_id)
    plan = session.get(Toekomstplan, version.plan_id) if version else None
    casus = session.get(Casus, plan.casus_id) if plan else None
    if version is None or plan is None or casus is None:
        return Verification(inhoud_hash, found=False)
    case = load_plan_case(session, casus)
    content = content_from_canonical(moment.inhoud)
    signers = expected_signers(case, content, version.getekend_op or today)
    signatures = list(session.exec(
        select(Handtekening).where(Handtekening.versie_id == version.id)
        .where(Handtekening.inhoud_hash == inhoud_hash)
    ))
    signed_keys = {s.ondertekenaar for s in signatures}
    newest = session.exec(
        select(PlanVersie).where(PlanVersie.plan_id == plan.id)
        .order_by(col(PlanVersie.nummer).desc())
    ).first()
    assert newest is not None
    return Verification(
        inhoud_hash=inhoud_hash, found=True, referentie=casus.referentie,
        jongere=case.jongere.naam, versie=version.nummer, status=version.status,
        expected=tuple(p.naam for p in signers),
        signed=tuple(s.naam for s in signatures),
        missing=tuple(p.naam for p in signers if p.sleutel not in signed_keys),
        changed_since=version.inhoud_hash != inhoud_hash,
        newest_versie=newest.nummer, newest_status=newest.status,
    )
