"""Everything the printed toekomstplan shows, gathered into one frozen value.

The service (:mod:`tafel.services.plan_print`) reads the vault and fills this in; the render
modules only turn it into pages. Nothing here reads a clock or the vault, so the same value
always gives the same PDF bytes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from tafel.domain.enums import Pijler
from tafel.domain.plan_content import PlanContent, VersieStatus
from tafel.render.big5_picture import PillarPoint
from tafel.render.pdf_signature import SignerBlock


@dataclass(frozen=True)
class PlanPrint:
    """One version of a plan, ready to print."""

    referentie: str
    jongere: str
    casusregisseur: str
    nummer: int
    status: VersieStatus
    content: PlanContent
    inhoud_hash: str
    gewijzigd_op: datetime  # fixes the PDF's creation date, so the bytes never drift
    getekend_op: date | None
    ritme_maanden: int
    today: date  # the printing day: decides which afspraken are late
    points: tuple[PillarPoint, ...] = ()
    domain_names: Mapping[str, str] = field(default_factory=dict)  # "wonen.huisvesting"
    pillar_intros: Mapping[Pijler, str] = field(default_factory=dict)
    signers: tuple[SignerBlock, ...] = ()
    bsn: str | None = None  # only when asked for; never in the metadata
    log_line: str = ""  # the audit log's position when printed, in small print on every page
    #: The plan parts this vault holds (a plan read in may lack some); empty: all of them.
    delen: tuple[str, ...] = ()
    #: Texts of this version corrected or removed on request (AVG art. 16/17), one sentence
    #: each: signatures drawn below were placed before, under the text as it was then.
    correcties: tuple[str, ...] = ()

    @property
    def has_gesprek(self) -> bool:
        """Whether any pillar has a score to draw."""
        return any(
            value is not None
            for p in self.points
            for value in (p.professional, p.young, p.first_professional, p.first_young)
        )

    @property
    def qr_payload(self) -> str:
        """What the QR code on the last page holds (also the PDF's subject)."""
        return f"tafel-plan:{self.referentie}:v{self.nummer}:{self.inhoud_hash}"

    @property
    def footer(self) -> str:
        """The footer before the page numbers."""
        return f"Toekomstplan van {self.jongere} · {self.referentie} · versie {self.nummer}"

    def holds(self, deel: str) -> bool:
        """Whether the part ``deel`` was shared with this vault (else it prints as such)."""
        return not self.delen or deel in self.delen

    def domain_name(self, key: str) -> str:
        """A domain's name for a target score key such as ``wonen.huisvesting``."""
        name = self.domain_names.get(key)
        if name:
            return name
        _, _, domain = key.partition(".")
        return domain.replace("_", " ").capitalize() or key
