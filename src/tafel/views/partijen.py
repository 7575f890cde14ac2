"""Parties as the screens and the command line see them: my own card, and the known parties.

Frozen values; the keys shown are public only. The secret keys never become a view.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from tafel.domain.dates import short_date
from tafel.domain.partijkaart import Partijkaart
from tafel.domain.sleutels import PartijSleutels, age_vingerafdruk, teken_vingerafdruk


@dataclass(frozen=True, slots=True)
class PartijKaartView:
    """My own party card: what others import, as a file or a QR code."""

    kaart: Partijkaart

    @property
    def naam(self) -> str:
        """Who works in this vault."""
        return self.kaart.naam

    @property
    def organisatie(self) -> str:
        """Their organisation (may be empty)."""
        return self.kaart.organisatie

    @property
    def rol(self) -> str:
        """Their role (may be empty)."""
        return self.kaart.rol

    @property
    def kluis_id(self) -> str:
        """The vault's own id."""
        return self.kaart.kluis_id

    @property
    def age_vingerafdruk(self) -> str:
        """Short fingerprint of the encryption key."""
        return age_vingerafdruk(self.kaart.age_ontvanger)

    @property
    def teken_vingerafdruk(self) -> str:
        """The signing key's id, as minisign prints it."""
        return teken_vingerafdruk(self.kaart.tekensleutel)

    @property
    def qr_tekst(self) -> str:
        """The text the QR code holds: the card's JSON, compact."""
        return self.kaart.tekst()

    def regels(self) -> list[str]:
        """The card as Dutch lines (``tafel identity``)."""
        return [
            f"Naam: {self.naam}",
            f"Organisatie: {self.organisatie or '–'}",
            f"Rol: {self.rol or '–'}",
            f"Kluis-id: {self.kluis_id}",
            f"Versleutelsleutel (age): {self.kaart.age_ontvanger}",
            f"  vingerafdruk: {self.age_vingerafdruk}",
            f"Ondertekensleutel (minisign): {self.kaart.tekensleutel}",
            f"  sleutel-id: {self.teken_vingerafdruk}",
        ]


@dataclass(frozen=True, slots=True)
class PartijView:
    """A known party: another vault whose card was imported."""

    id: uuid.UUID
    kluis_id: str
    naam: str
    organisatie: str
    rol: str
    age_ontvanger: str
    tekensleutel: str
    geverifieerd_op: date | None
    toegevoegd_op: date

    @property
    def geverifieerd(self) -> bool:
        """Whether the controlecode was compared face to face (since the keys last changed)."""
        return self.geverifieerd_op is not None

    @property
    def regel(self) -> str:
        """``Sanne de Wit, ambulant hulpverlener, Jeugdhulp Twente`` (what is filled in)."""
        return ", ".join(part for part in (self.naam, self.rol, self.organisatie) if part)

    @property
    def sleutels(self) -> PartijSleutels:
        """What the controlecode is computed from."""
        return PartijSleutels(self.kluis_id, self.age_ontvanger, self.tekensleutel)

    @property
    def age_vingerafdruk(self) -> str:
        """Short fingerprint of the encryption key."""
        return age_vingerafdruk(self.age_ontvanger)

    @property
    def teken_vingerafdruk(self) -> str:
        """The signing key's id, as minisign prints it."""
        return teken_vingerafdruk(self.tekensleutel)

    @property
    def staat(self) -> str:
        """``geverifieerd op 30-11-2026`` or ``nog niet geverifieerd`` (Dutch, for the CLI)."""
        if self.geverifieerd_op is None:
            return "nog niet geverifieerd"
        return f"geverifieerd op {short_date(self.geverifieerd_op)}"

    def to_json(self) -> dict[str, object]:
        """The shape ``tafel party list --json`` prints."""
        return {
            "id": str(self.id),
            "vault_id": self.kluis_id,
            "name": self.naam,
            "organisation": self.organisatie,
            "role": self.rol,
            "age_recipient": self.age_ontvanger,
            "minisign_public_key": self.tekensleutel,
            "verified_on": self.geverifieerd_op.isoformat() if self.geverifieerd_op else None,
            "added_on": self.toegevoegd_op.isoformat(),
        }
