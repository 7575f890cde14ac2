"""The party card: who a vault belongs to and its public keys, as a small file or a QR code.

Two parties who want to exchange bundles first exchange cards (a ``.tafelkaart`` file, or
the QR code of the same JSON). A card holds no secret and no case data: the vault's id, the
name, organisation and role of whoever works in it, and the two public keys
(:mod:`tafel.domain.sleutels`). It is read strictly (:func:`lees_kaart`): a file that comes
from outside may be anything, and a card that is half right must not become a party.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from tafel.domain.sleutels import PartijSleutels, is_age_ontvanger, is_minisign_publiek
from tafel.errors import ValidationError

FORMAT = "tafel-partijkaart/1"
EXTENSIE = ".tafelkaart"
#: A card is a few hundred bytes; anything much larger is not one.
MAX_BYTES = 4096
NAAM_MAX = 100
ORGANISATIE_MAX = 120
ROL_MAX = 80
_VELDEN = frozenset({"format", "kluis_id", "naam", "organisatie", "rol", "age_ontvanger",
                     "tekensleutel"})

GEEN_KAART = "Dit bestand is geen partijkaart van tafel."


@dataclass(frozen=True, slots=True)
class Partijkaart:
    """One party's card, checked."""

    kluis_id: str
    naam: str
    organisatie: str
    rol: str
    age_ontvanger: str
    tekensleutel: str

    @property
    def sleutels(self) -> PartijSleutels:
        """What the controlecode is computed from."""
        return PartijSleutels(self.kluis_id, self.age_ontvanger, self.tekensleutel)

    def to_json(self) -> dict[str, str]:
        """The card as JSON (the file's content and the QR code's text)."""
        return {
            "format": FORMAT,
            "kluis_id": self.kluis_id,
            "naam": self.naam,
            "organisatie": self.organisatie,
            "rol": self.rol,
            "age_ontvanger": self.age_ontvanger,
            "tekensleutel": self.tekensleutel,
        }

    def tekst(self) -> str:
        """Compact JSON, as it goes into the QR code (short, so the code stays readable)."""
        return json.dumps(self.to_json(), ensure_ascii=False, separators=(",", ":"))

    def bestand(self) -> bytes:
        """The ``.tafelkaart`` file: indented JSON in UTF-8 (a person may open it)."""
        return (json.dumps(self.to_json(), ensure_ascii=False, indent=2) + "\n").encode()


def lees_kaart(data: bytes) -> Partijkaart:
    """A card from a file's bytes, or one Dutch sentence about what is wrong with it.

    Checked: the size, UTF-8 JSON with exactly the known fields, the format, the vault id (a
    uuid), the two key formats (with their checksums) and the field lengths. Nothing else.
    """
    if len(data) > MAX_BYTES:
        raise ValidationError("Dit bestand is te groot voor een partijkaart.")
    try:
        raw: Any = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise ValidationError(GEEN_KAART) from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        if isinstance(raw, dict) and str(raw.get("format", "")).startswith("tafel-partijkaart/"):
            raise ValidationError("Deze partijkaart is van een nieuwere versie van tafel; "
                                  "werk tafel eerst bij.")
        raise ValidationError(GEEN_KAART)
    if set(raw) != _VELDEN or not all(isinstance(v, str) for v in raw.values()):
        raise ValidationError("Deze partijkaart is beschadigd of aangepast: de velden kloppen "
                              "niet.")
    try:
        kluis_id = str(uuid.UUID(raw["kluis_id"]))
    except ValueError:
        raise ValidationError("De kluis-id op deze partijkaart klopt niet.") from None
    if kluis_id != raw["kluis_id"].lower():
        raise ValidationError("De kluis-id op deze partijkaart klopt niet.")
    if not is_age_ontvanger(raw["age_ontvanger"]):
        raise ValidationError("De versleutelsleutel (age) op deze partijkaart klopt niet.")
    if not is_minisign_publiek(raw["tekensleutel"]):
        raise ValidationError("De ondertekensleutel (minisign) op deze partijkaart klopt niet.")
    naam = _regel(raw["naam"], "De naam", NAAM_MAX)
    if not naam:
        raise ValidationError("Op deze partijkaart staat geen naam.")
    return Partijkaart(kluis_id, naam, _regel(raw["organisatie"], "De organisatie",
                                               ORGANISATIE_MAX),
                       _regel(raw["rol"], "De rol", ROL_MAX), raw["age_ontvanger"],
                       raw["tekensleutel"])


def _regel(value: str, what: str, max_length: int) -> str:
    text = value.strip()
    if len(text) > max_length:
        raise ValidationError(f"{what} op deze partijkaart is te lang (hoogstens {max_length} "
                              "tekens).")
    if any(not ch.isprintable() for ch in text):
        raise ValidationError(f"{what} op deze partijkaart past niet op één regel.")
    return text
