"""The toekomstplan's content as plain values, and its canonical form for hashing.

This is what the editor shows, the PDF prints, two versions are compared on, and a signature
is placed under. It is read out of the plan's CRDT document (:mod:`tafel.domain.plan_doc`);
nothing here knows about pycrdt, the vault or Qt.

The canonical form is JSON with sorted keys and no spaces, NFC-normalised, so the same plan
always gives the same SHA-256, on any laptop, whatever order its edits arrived in.
"""

from __future__ import annotations

import hashlib
import json
import math
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from tafel.domain.enums import Pijler

CANONICAL_FORMAT = "tafel-toekomstplan/1"
DEFAULT_RHYTHM_MONTHS = 3


class VersieStatus(StrEnum):
    """Where a version of the plan stands."""

    CONCEPT = "concept"
    TER_ONDERTEKENING = "ter_ondertekening"
    GETEKEND = "getekend"
    VERVANGEN = "vervangen"

    @property
    def is_editable(self) -> bool:
        """Concepts and plans out for signing can still change (signatures then go stale)."""
        return self in (VersieStatus.CONCEPT, VersieStatus.TER_ONDERTEKENING)


class Schrijver(StrEnum):
    """Who wrote a part: the young person (with help or alone), or a professional."""

    JONGERE = "jongere"
    PROFESSIONAL = "professional"


class AfspraakStatus(StrEnum):
    """How an afspraak stands."""

    OPEN = "open"
    BEZIG = "bezig"
    GEDAAN = "gedaan"
    VERVALLEN = "vervallen"

    @property
    def is_finished(self) -> bool:
        """Done or dropped afspraken are never overdue."""
        return self in (AfspraakStatus.GEDAAN, AfspraakStatus.VERVALLEN)


class KostenRoute(StrEnum):
    """The three routes a doorbraak's cost comparison sets side by side."""

    HUIDIG = "huidig"
    DREIGEND = "dreigend"
    PLAN = "plan"


class DoorbraakSoort(StrEnum):
    """A doorbraak paid as a gift is not a beschikking (seed 000, R23)."""

    GIFT = "gift"
    BESCHIKKING = "beschikking"
    GEEN_GELD = "geen_geld"


#: Free-text parts per pillar, in the order the plan shows them.
PILLAR_PARTS: tuple[str, ...] = ("ik_doel", "zelf_doen", "netwerk", "ondersteuning", "behandeling")
#: The doorbraak's free-text parts, in order.
DOORBRAAK_PARTS: tuple[str, ...] = ("blokkade", "regel", "beslisser", "besluit", "onderbouwing")
#: The three corners of the waardendriehoek, in the order of the method.
WAARDEN: tuple[str, ...] = ("legitimiteit", "betrokkenheid", "rendement")


def pillar_key(pijler: Pijler, part: str) -> str:
    """The key of one pillar's free-text part, for example ``wonen.zelf_doen``."""
    return f"{pijler.value}.{part}"


def text_keys() -> tuple[str, ...]:
    """Every free-text part of a plan, in reading order."""
    keys = ["perspectief", "droom"]
    keys += [pillar_key(p, part) for p in Pijler for part in PILLAR_PARTS]
    keys += [f"doorbraak.{part}" for part in DOORBRAAK_PARTS]
    keys += [f"waarden.{w}" for w in WAARDEN]
    keys.append("vangnet")
    return tuple(keys)


TEXT_KEYS = text_keys()


@dataclass(frozen=True)
class Auteur:
    """Who last wrote a part."""

    schrijver: Schrijver
    naam: str = ""

    def encode(self) -> str:
        """Stored as one string so the CRDT map holds plain values."""
        return f"{self.schrijver.value}:{self.naam}"

    @classmethod
    def decode(cls, raw: str) -> Auteur:
        """The reverse of :meth:`encode`; unknown writers count as professionals."""
        kind, _, naam = str(raw).partition(":")
        try:
            return cls(Schrijver(kind), naam)
        except ValueError:
            return cls(Schrijver.PROFESSIONAL, naam)


@dataclass(frozen=True)
class Afspraak:
    """One action: what, one owner, by when, and how it stands."""

    id: str
    actie: str = ""
    eigenaar: str = ""  # "persoon:<uuid>" or "betrokkene:<uuid>"; "" while not chosen
    eigenaar_naam: str = ""
    deadline: date | None = None
    status: AfspraakStatus = AfspraakStatus.OPEN
    pijler: Pijler | None = None

    def is_overdue(self, today: date) -> bool:
        """Past its deadline and not done or dropped."""
        return (
            self.deadline is not None and self.deadline < today and not self.status.is_finished
        )

    def canonical(self) -> dict[str, Any]:
        """The afspraak in the canonical form."""
        return {
            "id": self.id, "actie": self.actie, "eigenaar": self.eigenaar,
            "eigenaar_naam": self.eigenaar_naam,
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "status": self.status.value, "pijler": self.pijler.value if self.pijler else None,
        }


@dataclass(frozen=True)
class Kostenpost:
    """One line of the cost comparison: tariff x quantity x period."""

    id: str
    route: KostenRoute
    omschrijving: str = ""
    tarief_cent: int = 0
    eenheid: str = ""  # what one tariff buys, for example "uur" or "dag"
    aantal: float = 1.0
    periode: float = 1.0
    periode_eenheid: str = ""  # for example "weken"

    @property
    def totaal_cent(self) -> int:
        """The line's total in cents, rounded half up."""
        return math.floor(self.tarief_cent * self.aantal * self.periode + 0.5)

    def canonical(self) -> dict[str, Any]:
        """The line in the canonical form (numbers as short strings, so floats hash alike)."""
        return {
            "id": self.id, "route": self.route.value, "omschrijving": self.omschrijving,
            "tarief_cent": self.tarief_cent, "eenheid": self.eenheid,
            "aantal": _number(self.aantal), "periode": _number(self.periode),
            "periode_eenheid": self.periode_eenheid,
        }


@dataclass(frozen=True)
class PlanContent:
    """Everything in one version of a toekomstplan."""

    teksten: dict[str, str] = field(default_factory=dict)
    auteurs: dict[str, Auteur] = field(default_factory=dict)
    doelscores: dict[str, int] = field(default_factory=dict)  # "wonen.dagbesteding" -> 4
    afspraken: tuple[Afspraak, ...] = ()
    kosten: tuple[Kostenpost, ...] = ()
    evaluatie_datum: date | None = None
    uitzondering_nodig: bool | None = None
    doorbraak_soort: DoorbraakSoort | None = None

    def text(self, key: str) -> str:
        """One free-text part ("" when empty)."""
        return self.teksten.get(key, "")

    def written_by_professional(self, key: str) -> Auteur | None:
        """The professional who wrote ``key``, if a professional did (the plan marks it)."""
        auteur = self.auteurs.get(key)
        if auteur is not None and auteur.schrijver is Schrijver.PROFESSIONAL and self.text(key):
            return auteur
        return None

    def targets_for(self, pijler: Pijler, order: Iterable[str] = ()) -> dict[str, int]:
        """Target scores of one pillar's domains, keyed by domain, in a fixed order.

        First in ``order`` (full keys such as ``wonen.huisvesting``: the instrument's order),
        then the rest by key; never in the order the plan's map happens to hold them, which
        differs from process to process (and would make two prints of one plan differ).
        """
        prefix = f"{pijler.value}."
        rank = {key: index for index, key in enumerate(order)}
        keys = sorted((k for k in self.doelscores if k.startswith(prefix)),
                      key=lambda k: (rank.get(k, len(rank)), k))
        return {k[len(prefix):]: self.doelscores[k] for k in keys}

    def pillar_targets(self) -> dict[Pijler, float]:
        """Per pillar, the mean of its domains' target scores (the "Doel" mark in the Big 5)."""
        targets = {}
        for pijler in Pijler:
            scores = self.targets_for(pijler)
            if scores:
                targets[pijler] = round(sum(scores.values()) / len(scores), 1)
        return targets

    def costs(self, route: KostenRoute) -> list[Kostenpost]:
        """The cost lines of one route, in the order they were added."""
        return [k for k in self.kosten if k.route is route]

    def route_total_cent(self, route: KostenRoute) -> int:
        """The sum of one route's lines, in cents."""
        return sum(k.totaal_cent for k in self.costs(route))

    def has_doorbraak(self) -> bool:
        """Whether any part of the doorbraak or its costs has been filled in."""
        keys = [f"doorbraak.{p}" for p in DOORBRAAK_PARTS] + [f"waarden.{w}" for w in WAARDEN]
        return bool(self.kosten) or any(self.text(k) for k in keys)

    def canonical(self) -> dict[str, Any]:
        """The content as plain JSON values, ready to be serialised canonically."""
        return {
            "teksten": {k: _nfc(v) for k, v in self.teksten.items() if v},
            "auteurs": {k: _nfc(a.encode()) for k, a in self.auteurs.items()
                        if self.teksten.get(k)},
            "doelscores": dict(self.doelscores),
            "afspraken": [_nfc_tree(a.canonical()) for a in self.afspraken],
            "kosten": [_nfc_tree(k.canonical()) for k in self.kosten],
            "evaluatie_datum": self.evaluatie_datum.isoformat() if self.evaluatie_datum else None,
            "uitzondering_nodig": self.uitzondering_nodig,
            "doorbraak_soort": self.doorbraak_soort.value if self.doorbraak_soort else None,
        }


def canonical_bytes(content: PlanContent, plan_id: str, referentie: str, versie: int) -> bytes:
    """The exact bytes a signature and the printed hash stand for."""
    envelope = {
        "formaat": CANONICAL_FORMAT, "plan": plan_id, "casus": referentie, "versie": versie,
        "inhoud": content.canonical(),
    }
    text = json.dumps(envelope, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return text.encode("utf-8")


def content_hash(content: PlanContent, plan_id: str, referentie: str, versie: int) -> str:
    """SHA-256 (hex) of the canonical content of one version."""
    return hashlib.sha256(canonical_bytes(content, plan_id, referentie, versie)).hexdigest()


def content_from_canonical(data: dict[str, Any]) -> PlanContent:
    """Rebuild content from its canonical form (stored with every printed or signed moment)."""
    return PlanContent(
        teksten=dict(data.get("teksten", {})),
        auteurs={k: Auteur.decode(v) for k, v in data.get("auteurs", {}).items()},
        doelscores={k: int(v) for k, v in data.get("doelscores", {}).items()},
        afspraken=tuple(afspraak_from_dict(a) for a in data.get("afspraken", [])),
        kosten=tuple(kostenpost_from_dict(k) for k in data.get("kosten", [])),
        evaluatie_datum=parse_date(data.get("evaluatie_datum")),
        uitzondering_nodig=data.get("uitzondering_nodig"),
        doorbraak_soort=parse_enum(DoorbraakSoort, data.get("doorbraak_soort")),
    )


def afspraak_from_dict(raw: dict[str, Any]) -> Afspraak:
    """An afspraak from stored values; unknown values fall back to safe defaults."""
    return Afspraak(
        id=str(raw.get("id", "")), actie=str(raw.get("actie", "")),
        eigenaar=str(raw.get("eigenaar", "")), eigenaar_naam=str(raw.get("eigenaar_naam", "")),
        deadline=parse_date(raw.get("deadline")),
        status=parse_enum(AfspraakStatus, raw.get("status")) or AfspraakStatus.OPEN,
        pijler=parse_enum(Pijler, raw.get("pijler")),
    )


def kostenpost_from_dict(raw: dict[str, Any]) -> Kostenpost:
    """A cost line from stored values."""
    return Kostenpost(
        id=str(raw.get("id", "")),
        route=parse_enum(KostenRoute, raw.get("route")) or KostenRoute.PLAN,
        omschrijving=str(raw.get("omschrijving", "")),
        tarief_cent=int(float(raw.get("tarief_cent", 0) or 0)),
        eenheid=str(raw.get("eenheid", "")),
        aantal=float(raw.get("aantal", 1) or 0), periode=float(raw.get("periode", 1) or 0),
        periode_eenheid=str(raw.get("periode_eenheid", "")),
    )


def format_euro(cents: int) -> str:
    """Dutch money notation: € 56.000,00."""
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(int(cents)), 100)
    return f"{sign}€ {euros:,}".replace(",", ".") + f",{rest:02d}"


def format_number(value: float) -> str:
    """A quantity in Dutch notation, without needless decimals: 1,5 or 224."""
    return _number(value).replace(".", ",")


def _number(value: float) -> str:
    return f"{float(value):.4f}".rstrip("0").rstrip(".") or "0"


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _nfc_tree(value: Any) -> Any:
    if isinstance(value, str):
        return _nfc(value)
    if isinstance(value, dict):
        return {k: _nfc_tree(v) for k, v in value.items()}
    return value


def parse_date(raw: Any) -> date | None:
    if isinstance(raw, date):
        return raw
    if not raw:
        return None
    try:
        return date.fromisoformat(str(raw))
    except ValueError:
        return None


def parse_enum(kind: type[StrEnum], raw: Any) -> Any:
    try:
        return kind(raw) if raw not in (None, "") else None
    except ValueError:
        return None


#: The three routes of the cost comparison, as people say them.
ROUTE_NAMEN: dict[KostenRoute, str] = {
    KostenRoute.HUIDIG: "Huidige route",
    KostenRoute.DREIGEND: "Dreigende route",
    KostenRoute.PLAN: "Dit plan",
}


def kosten_samenvatting(content: PlanContent) -> str:
    """One sentence comparing the plan with the threatening route (paper and wall alike)."""
    plan = content.route_total_cent(KostenRoute.PLAN)
    threat = content.route_total_cent(KostenRoute.DREIGEND)
    if not content.costs(KostenRoute.DREIGEND):
        return (f"Dit plan kost {format_euro(plan)}. Er is nog geen dreigende route "
                "ingevuld om het mee te vergelijken.")
    difference = threat - plan
    opening = (f"Dit plan kost {format_euro(plan)}; de dreigende route kost "
               f"{format_euro(threat)}. ")
    if difference > 0:
        return opening + f"Het verschil: dit plan kost {format_euro(difference)} minder."
    if difference < 0:
        return opening + f"Het verschil: dit plan kost {format_euro(-difference)} meer."
    return opening + "Ze kosten evenveel."

