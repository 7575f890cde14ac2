"""What a gespreksverslag says, as frozen values: the household's own record of the talk.

Built by :mod:`tafel.services.verslag` from a finished keukentafelgesprek and the case; drawn
by :mod:`tafel.render.verslag_pdf`. It holds only what the household may take home: the
young person's own words, both scores, what was agreed and whom to call. The professional's
private notes (per pillar and per domain) are never in it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class VerslagScore:
    """One domain: the young person's own score and the professional's, 1 to 5."""

    naam: str
    jongere: int | None
    professional: int | None
    niet_besproken: bool


@dataclass(frozen=True)
class VerslagPijler:
    """One Big 5 pillar: what was said (label, words) and the scores per domain."""

    naam: str
    woorden: tuple[tuple[str, str], ...]
    scores: tuple[VerslagScore, ...]


@dataclass(frozen=True)
class Contact:
    """Someone to call: a name, what they do for the young person, and how to reach them."""

    naam: str
    wat: str
    bereikbaar: str


@dataclass(frozen=True)
class VerslagPrint:
    """Everything on the printed gespreksverslag."""

    jongere: str
    referentie: str
    datum: date
    plaats: str
    aanwezig: tuple[str, ...]
    door: str
    rapportcijfer: int | None
    samenvatting: str
    bestaande_zorg: str
    pijlers: tuple[VerslagPijler, ...]
    contacten: tuple[Contact, ...]
    gemaakt_op: datetime  # the gesprek's finishing moment: the same verslag, the same bytes

    @property
    def titel(self) -> str:
        """The document title (also the PDF's metadata title)."""
        return f"Verslag van ons gesprek, {self.jongere}"

    @property
    def footer(self) -> str:
        """The line under every page."""
        return f"Gespreksverslag {self.jongere} · {self.referentie}"
