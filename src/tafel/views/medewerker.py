"""Who works in this vault: the consulent's own name, organisation and role, as a frozen value.

Kept inside the encrypted vault (``vaultmeta``), never in the settings: the name is what the
audit log, "geschreven door" and every signature's "vastgelegd door" say.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

#: The keys in ``vaultmeta`` (the name, organisation and role of the consulent).
NAAM_KEY = "medewerker_naam"
ORGANISATIE_KEY = "medewerker_organisatie"
ROL_KEY = "medewerker_rol"
MEDEWERKER_KEYS = (NAAM_KEY, ORGANISATIE_KEY, ROL_KEY)


@dataclass(frozen=True, slots=True)
class MedewerkerView:
    """The consulent working in this vault."""

    naam: str
    organisatie: str = ""
    rol: str = ""

    @property
    def regel(self) -> str:
        """``Fatima Amrani, jongerencoach, Wijkteam Oost`` (what is filled in)."""
        return ", ".join(part for part in (self.naam, self.rol, self.organisatie) if part)


def medewerker_view(values: Mapping[str, str]) -> MedewerkerView | None:
    """The view from the ``vaultmeta`` values, or None while no name has been entered."""
    naam = values.get(NAAM_KEY, "").strip()
    if not naam:
        return None
    return MedewerkerView(naam, values.get(ORGANISATIE_KEY, ""), values.get(ROL_KEY, ""))
