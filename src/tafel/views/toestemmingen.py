"""What the household's overview "Wie mag wat zien en waarom" shows: frozen, no rows.

Each line carries its state from the one consent rule (:mod:`tafel.domain.consent`), so the
paper and the screen never disagree about what is shared today.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tafel.views.casussen import ToestemmingView


@dataclass(frozen=True)
class ToestemmingOverzicht:
    """One household's consents on one day, for the one-page overview."""

    referentie: str
    huishouden: str
    jongere: str  # first name, as the page speaks to the household
    casusregisseur: str
    op: date
    toestemmingen: tuple[ToestemmingView, ...]
