"""The fields of the people around a case that travel in a bundle, and how each is checked.

The household (Huishouden), its members (Persoon) and the network (Betrokkene) travel as
registers of plain values (:mod:`tafel.domain.dossier_doc`): text, ``True``/``False``, a
number, an ISO date or ``None``. Another party's vault writes those values, so every value
that arrives is checked here as strictly as the table column it goes into: the type, the
length, the known words of an enum, the BSN's elfproef. A value that fails is refused with
one Dutch sentence, never stored half.

The placeholders stand in for names a case arrived without (no consent for
persoonsgegevens). They are never written into the registers, so a placeholder on one
laptop is never mistaken for a name and sent back as an edit.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from tafel.domain.bsn import is_valid_bsn
from tafel.domain.enums import NetwerkSoort, Rol

HUISHOUDEN = "huishouden"
PERSOON = "persoon"
BETROKKENE = "betrokkene"

#: Every kind of record, in the order they are written into the tables.
KINDS: tuple[str, ...] = (HUISHOUDEN, PERSOON, BETROKKENE)

#: The register that says a record exists (its value is ``True``).
BESTAAT = "bestaat"

#: Names for what a case arrived without: clear Dutch, and never mistaken for a real name.
JONGERE_ONBEKEND = "Jongere (naam niet gedeeld)"
HUISHOUDEN_ONBEKEND = "Huishouden (naam niet gedeeld)"
PERSOON_ONBEKEND = "Persoon (naam niet gedeeld)"
BETROKKENE_ONBEKEND = "Betrokkene (naam niet gedeeld)"
PLACEHOLDERS = frozenset({JONGERE_ONBEKEND, HUISHOUDEN_ONBEKEND, PERSOON_ONBEKEND,
                          BETROKKENE_ONBEKEND})

MAX_HOURS = 168.0


class Soort(StrEnum):
    """The plain type a field travels as."""

    TEKST = "tekst"
    DATUM = "datum"
    JA_NEE = "ja_nee"
    UREN = "uren"
    BSN = "bsn"
    KEUZE = "keuze"


@dataclass(frozen=True)
class Veld:
    """One field of a record: its plain type, limits and the words it is called in Dutch."""

    soort: Soort
    wat: str  # "het telefoonnummer": for a sentence about this field
    max_length: int = 0
    required: bool = False
    keuzes: type[StrEnum] | None = None
    default: Any = None

    def to_plain(self, value: Any) -> Any:
        """The value of a table column as it travels."""
        if value is None:
            return None
        if self.soort is Soort.DATUM:
            return value.isoformat()
        if self.soort is Soort.KEUZE:
            return str(value.value if isinstance(value, StrEnum) else value)
        if self.soort is Soort.UREN:
            return float(value)
        return value

    def from_plain(self, value: Any) -> Any:
        """The table value of a travelled value; ``ValueError`` (Dutch) when it cannot be."""
        check = _CHECKS[self.soort]
        try:
            return check(self, value)
        except (TypeError, ValueError):
            raise ValueError(f"Een gegeven in deze bundel klopt niet: {self.wat}.") from None


def _text(veld: Veld, value: Any) -> str:
    if not isinstance(value, str) or len(value) > veld.max_length:
        raise ValueError
    if veld.required and not value.strip():
        raise ValueError
    if any(ord(ch) < 32 and ch not in "\n\t" for ch in value):
        raise ValueError
    return value


def _date(veld: Veld, value: Any) -> date | None:
    if value is None and not veld.required:
        return None
    if not isinstance(value, str):
        raise ValueError
    day = date.fromisoformat(value)
    if day.isoformat() != value:  # only the one form tafel writes (no week dates)
        raise ValueError
    return day


def _yes_no(veld: Veld, value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError
    return value


def _hours(veld: Veld, value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError
    hours = float(value)
    if not math.isfinite(hours) or not 0 <= hours <= MAX_HOURS:
        raise ValueError
    return hours


def _bsn(veld: Veld, value: Any) -> str | None:
    if value is None:
        return None
    # travelled BSNs are stored ones: nine digits, already normalised
    if not isinstance(value, str) or len(value) != 9 or not is_valid_bsn(value):
        raise ValueError
    return value


def _choice(veld: Veld, value: Any) -> StrEnum:
    assert veld.keuzes is not None
    if not isinstance(value, str):
        raise ValueError
    return veld.keuzes(value)


_CHECKS: dict[Soort, Callable[[Veld, Any], Any]] = {
    Soort.TEKST: _text, Soort.DATUM: _date, Soort.JA_NEE: _yes_no, Soort.UREN: _hours,
    Soort.BSN: _bsn, Soort.KEUZE: _choice,
}


def _tekst(wat: str, max_length: int, *, required: bool = False) -> Veld:
    return Veld(Soort.TEKST, wat, max_length, required, default="")


#: Every field per kind: the same names as the table columns.
FIELDS: dict[str, dict[str, Veld]] = {
    HUISHOUDEN: {
        "naam": _tekst("de naam van het huishouden", 200, required=True),
        "adres": _tekst("het adres", 300),
        "plaats": _tekst("de plaats", 100),
    },
    PERSOON: {
        "rol": Veld(Soort.KEUZE, "de rol in het huishouden", keuzes=Rol,
                    default=Rol.JONGERE.value),
        "voornaam": _tekst("de voornaam", 100, required=True),
        "achternaam": _tekst("de achternaam", 150),
        "geboortedatum": Veld(Soort.DATUM, "de geboortedatum"),
        "bsn": Veld(Soort.BSN, "het BSN"),
        "telefoon": _tekst("het telefoonnummer", 40),
        "email": _tekst("het e-mailadres", 200),
        "gezag": Veld(Soort.JA_NEE, "het gezag", default=False),
        "einddatum": Veld(Soort.DATUM, "de einddatum"),
    },
    BETROKKENE: {
        "soort": Veld(Soort.KEUZE, "de soort betrokkene", keuzes=NetwerkSoort,
                      default=NetwerkSoort.INFORMEEL.value),
        "naam": _tekst("de naam", 150, required=True),
        "rol": _tekst("de rol", 150),
        "organisatie": _tekst("de organisatie", 150),
        "telefoon": _tekst("het telefoonnummer", 40),
        "email": _tekst("het e-mailadres", 200),
        "uren_per_week": Veld(Soort.UREN, "het aantal uren per week"),
        "betaald_door": _tekst("wie betaalt", 150),
        "einddatum": Veld(Soort.DATUM, "de einddatum"),
        "altijd_er_voor_mij": Veld(Soort.JA_NEE, "of iemand er altijd is", default=False),
        "startdatum": Veld(Soort.DATUM, "de begindatum"),
    },
}


def veld(kind: str, name: str) -> Veld:
    """The field ``name`` of ``kind``; ``ValueError`` (Dutch) for one tafel does not know."""
    try:
        return FIELDS[kind][name]
    except KeyError:
        raise ValueError("Dit gegeven over de mensen rond de casus bestaat niet.") from None
