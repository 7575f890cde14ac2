"""``tafel verify``: is this copy of a toekomstplan the text the vault holds under its code?

A PDF is checked on its content, not only on the code it carries: the text of every page is
compared with the page texts tafel kept when it printed that code (:mod:`plan_copy`). A copy
printed before tafel kept page texts is compared with the same version made again (the PDF is
deterministic); when even that is not possible, tafel says plainly that only a person can
check it, and shows the frozen text to check it against.

Paper cannot be read by tafel at all. When only the code is typed or scanned (``--hash``),
tafel says so and shows the frozen text, so a person can lay the paper next to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from tafel.errors import EXIT_MISMATCH, EXIT_OK
from tafel.render.plan_pdf import render_plan_pdf
from tafel.render.plan_text import plan_text
from tafel.services.plan_copy import CopyComparison, compare_copy, page_texts, text_hash
from tafel.services.plan_print import domain_names, gather, read_plan_hash
from tafel.services.plan_verify import FrozenText, Verification
from tafel.services.registry import Services


class Compared(StrEnum):
    """What a copy was compared with."""

    PRINTED_COPY = "printed_copy"  # the page texts kept when tafel printed this code
    MADE_AGAIN = "made_again"  # printed before page texts were kept: the version made again
    BY_HAND = "by_hand"  # tafel could not compare: a person has to
    PAPER = "paper"  # only the code was given: a person compares the paper
    # a text in it was later corrected on request: only the fingerprint of its pages is kept
    CORRECTED_COPY = "corrected_copy"


@dataclass(frozen=True)
class CopyCheck:
    """The answer to ``tafel verify``: the code, and whether the copy's text is the vault's."""

    verification: Verification
    compared: Compared | None = None  # None: the code is not in this vault
    comparison: CopyComparison | None = None
    frozen_text: str = ""  # the text under the code, when a person has to compare

    @property
    def matches(self) -> bool | None:
        """True or False when tafel compared the text; None when it could not."""
        return self.comparison.matches if self.comparison is not None else None

    @property
    def exit_code(self) -> int:
        """EXIT_OK for a copy whose text matches (or a known code on paper), else mismatch."""
        if not self.verification.found:
            return EXIT_MISMATCH
        if self.compared is Compared.PAPER:
            return EXIT_OK
        return EXIT_OK if self.matches else EXIT_MISMATCH

    def sentences(self) -> list[str]:
        """The answer in plain Dutch, then (when a person has to compare) the frozen text."""
        v = self.verification
        if not v.found:
            return v.sentences()
        if self.compared is Compared.CORRECTED_COPY:
            if self.matches:
                return [f"Deze afdruk is echt: tafel heeft hem zo gemaakt, van {v.identity}.",
                        *v.correction_sentences(), *v.state_sentences()]
            return [f"Pas op: de tekst van deze afdruk is niet de tekst van een afdruk die tafel "
                    f"maakte van {v.identity}.", *v.correction_sentences()]
        if self.compared is Compared.PAPER:
            return [f"Deze code hoort bij {v.identity}.", *v.correction_sentences(),
                    *v.state_sentences(),
                    "tafel kan een papieren afdruk niet zelf lezen, dus ook niet vergelijken. "
                    "Leg het papier naast de tekst hieronder: dat is precies de tekst die onder "
                    "deze code in de kluis staat. Staat er op het papier iets anders, dan klopt "
                    "de afdruk niet.", "", self.frozen_text]
        if self.compared is Compared.BY_HAND:
            return [f"Deze code hoort bij {v.identity}.",
                    "tafel kan deze afdruk niet zelf vergelijken: hij is gemaakt voordat tafel "
                    "van elke afdruk de tekst bewaarde, en deze versie opnieuw opmaken lukt "
                    "niet. Controleer hem met de hand: leg hem naast de tekst hieronder, die "
                    "onder deze code in de kluis staat.", "", self.frozen_text]
        if self.matches:
            lines = v.sentences()
            if self.compared is Compared.MADE_AGAIN:
                lines.insert(1, "Deze afdruk is ouder dan de teksten die tafel van elke afdruk "
                                "bewaart; tafel heeft hem vergeleken met dezelfde versie, "
                                "opnieuw opgemaakt.")
            return lines
        assert self.comparison is not None
        lines = [f"Pas op: de tekst van deze afdruk verschilt van de tekst die de kluis onder "
                 f"deze code bewaart, van {v.identity}.", "Wat er anders is:",
                 *(f"- {d}" for d in self.comparison.differences)]
        if self.compared is Compared.MADE_AGAIN:
            lines += ["Deze afdruk is ouder dan de teksten die tafel van elke afdruk bewaart; "
                      "tafel heeft hem vergeleken met dezelfde versie, opnieuw opgemaakt. Een "
                      "andere datum, status of handtekening kan ook van na het afdrukken zijn. "
                      "Controleer de afdruk daarom met de hand: leg hem naast de tekst "
                      "hieronder, die onder deze code in de kluis staat.", "", self.frozen_text]
        return lines

    def as_json(self) -> dict[str, object]:
        """For ``tafel verify --json``: the verification plus the comparison."""
        answer = self.verification.as_json()
        comparison = self.comparison
        answer.update({
            "compared_with": self.compared.value if self.compared else None,
            "matches": self.matches,
            "pages": comparison.pages if comparison else None,
            "vault_pages": comparison.vault_pages if comparison else None,
            "differences": list(comparison.differences) if comparison else [],
            "frozen_text": self.frozen_text or None,
        })
        return answer


def check_pdf(services: Services, pdf: bytes) -> CopyCheck | None:
    """Check a PDF by its code and its text; None when it is not a plan tafel printed."""
    inhoud_hash = read_plan_hash(pdf)
    if inhoud_hash is None:
        return None
    pages = page_texts(pdf) or []
    verification = services.plans.verify(inhoud_hash)
    if verification.correcties:
        return _check_corrected(services, verification, pages)
    frozen = services.plans.frozen(inhoud_hash) if verification.found else None
    if frozen is None:
        return CopyCheck(verification)
    if frozen.copies:
        return CopyCheck(verification, Compared.PRINTED_COPY,
                         compare_copy(pages, [list(c) for c in frozen.copies]))
    made = _made_again(services, frozen)
    if not made:
        return CopyCheck(verification, Compared.BY_HAND,
                         frozen_text=_text(services, verification, frozen))
    comparison = compare_copy(pages, made)
    text = "" if comparison.matches else _text(services, verification, frozen)
    return CopyCheck(verification, Compared.MADE_AGAIN, comparison, text)


def _check_corrected(services: Services, verification: Verification,
                     pages: list[str]) -> CopyCheck:
    """A copy of a text corrected later: is it one tafel made? Only its fingerprint is kept."""
    known = services.plans.corrected_copies(verification.inhoud_hash)
    matches = text_hash(pages) in known
    comparison = CopyComparison(matches, len(pages), len(pages))
    return CopyCheck(verification, Compared.CORRECTED_COPY, comparison)


def check_code(services: Services, inhoud_hash: str) -> CopyCheck:
    """A code typed or scanned from paper: which version, and its frozen text to compare.

    For the code of a text later corrected on request, the text shown is the corrected one
    (the answer says so): the old words are no longer in the vault.
    """
    verification = services.plans.verify(inhoud_hash)
    if verification.correcties:
        inhoud_hash = verification.latere_code
    frozen = services.plans.frozen(inhoud_hash) if verification.found else None
    if frozen is None:
        return CopyCheck(verification)
    return CopyCheck(verification, Compared.PAPER,
                     frozen_text=_text(services, verification, frozen))


def _made_again(services: Services, frozen: FrozenText) -> list[list[str]]:
    """The page texts of the frozen version printed again, without and with the BSN."""
    made: list[list[str]] = []
    for include_bsn in (False, True):
        try:
            pdf = render_plan_pdf(gather(services, frozen.versie_id, include_bsn=include_bsn,
                                         frozen=frozen))
        except Exception:  # whatever stops it (a person gone, a damaged text): check by hand
            return []
        pages = page_texts(pdf)
        if pages is None:
            return []
        if pages not in made:
            made.append(pages)
    return made


def _text(services: Services, verification: Verification, frozen: FrozenText) -> str:
    return plan_text(frozen.content, jongere=verification.jongere,
                     referentie=verification.referentie, nummer=verification.versie,
                     inhoud_hash=frozen.inhoud_hash,
                     domain_names=domain_names(services)).rstrip("\n")
