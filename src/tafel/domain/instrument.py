"""The instrument (the ZRM-style scale) as data: Big 5 pillars, their domains, five levels each.

An instrument is read from a versioned JSON file (see ``resources/instruments``), so an
organisation with a ZRM licence can load the official texts instead of tafel's own. This
module holds the parsed, immutable form; :mod:`tafel.services.instruments` finds, validates
and loads the files.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tafel.domain.enums import Pijler

LEVELS = (1, 2, 3, 4, 5)
FORMAT = "tafel-instrument-1"


@dataclass(frozen=True)
class ScaleLevel:
    """One step of the five-point scale, with its label and a plain "ik" wording."""

    level: int
    label: str
    ik: str


@dataclass(frozen=True)
class LevelText:
    """What one level means for one domain: for the professional, and in plain words."""

    level: int
    text: str
    ik: str


@dataclass(frozen=True)
class Domain:
    """A ZRM-style domain (Huisvesting, Financiën, ...) under one Big 5 pillar."""

    key: str
    name: str
    pillar: Pijler
    question: str
    levels: tuple[LevelText, ...]

    def level(self, level: int) -> LevelText:
        """The text of one level (1 to 5)."""
        return self.levels[level - 1]


@dataclass(frozen=True)
class PillarSpec:
    """One Big 5 pillar: its name, the young person's "ik"-statement and its domains."""

    key: Pijler
    name: str
    ik: str
    questions: tuple[str, ...]
    domains: tuple[Domain, ...]


@dataclass(frozen=True)
class Instrument:
    """A whole instrument, identified by id and version; each gesprek records both."""

    id: str
    version: int
    title: str
    source: str
    licence: str
    scale: tuple[ScaleLevel, ...]
    pillars: tuple[PillarSpec, ...]

    @property
    def domains(self) -> tuple[Domain, ...]:
        """Every domain, in pillar order."""
        return tuple(domain for pillar in self.pillars for domain in pillar.domains)

    def pillar(self, key: Pijler | str) -> PillarSpec:
        """The pillar with ``key``."""
        for pillar in self.pillars:
            if pillar.key == key:
                return pillar
        raise KeyError(key)

    def domain(self, key: str) -> Domain:
        """The domain with ``key``."""
        for domain in self.domains:
            if domain.key == key:
                return domain
        raise KeyError(key)

    def scale_label(self, level: int) -> str:
        """The label of a level, for example "Beperkt zelfredzaam"."""
        return self.scale[level - 1].label

    @property
    def label(self) -> str:
        """Id and version as shown and stored, for example ``tafel-big5 v1``."""
        return f"{self.id} v{self.version}"


def instrument_from_json(raw: dict[str, Any]) -> Instrument:
    """Build an instrument from schema-valid JSON, checking what a schema cannot.

    Raises ``ValueError`` with a Dutch description and a place, for example
    ``("pijlers[2].domeinen[0]", "de niveaus staan niet in de volgorde 1 tot 5")``.
    """
    # int(): the schema's "integer" also lets 1.0 through, which must not become "v1.0"
    scale = tuple(ScaleLevel(int(s["level"]), s["label"], s["ik"]) for s in raw["scale"])
    if tuple(s.level for s in scale) != LEVELS:
        raise InstrumentProblem(
            "scale", "de schaal moet de niveaus 1 tot en met 5 op volgorde geven"
        )
    pillars = []
    seen: set[str] = set()
    for p_index, p_raw in enumerate(raw["pillars"]):
        pillar_key = Pijler(p_raw["key"])
        domains = []
        for d_index, d_raw in enumerate(p_raw["domains"]):
            place = f"pillars[{p_index}].domains[{d_index}]"
            if d_raw["key"] in seen:
                raise InstrumentProblem(place, f"het domein '{d_raw['key']}' komt twee keer voor")
            seen.add(d_raw["key"])
            levels = tuple(
                LevelText(int(lv["level"]), lv["text"], lv["ik"]) for lv in d_raw["levels"]
            )
            if tuple(lv.level for lv in levels) != LEVELS:
                raise InstrumentProblem(
                    place, "de niveaus staan niet op volgorde van 1 tot en met 5"
                )
            domains.append(
                Domain(d_raw["key"], d_raw["name"], pillar_key, d_raw.get("question", ""), levels)
            )
        pillars.append(
            PillarSpec(
                pillar_key, p_raw["name"], p_raw["ik"], tuple(p_raw.get("questions", ())),
                tuple(domains),
            )
        )
    if tuple(p.key for p in pillars) != tuple(Pijler):
        raise InstrumentProblem(
            "pillars", "de pijlers moeten Wonen, Inkomen, Welzijn, School & Werk en Support zijn, "
            "in die volgorde"
        )
    return Instrument(
        id=raw["id"],
        version=int(raw["version"]),
        title=raw["title"],
        source=raw.get("source", ""),
        licence=raw.get("licence", ""),
        scale=scale,
        pillars=tuple(pillars),
    )


class InstrumentProblem(ValueError):
    """Something wrong inside an instrument file, with the place it is at."""

    def __init__(self, place: str, reason: str) -> None:
        super().__init__(f"{place}: {reason}")
        self.place = place
        self.reason = reason
