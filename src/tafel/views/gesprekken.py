"""Finished conversations (keukentafelgesprek, snelle check) as frozen values.

What the Big 5 picture, the case overview, the PDF and ``tafel show`` need; the queries that
fill them are in :mod:`tafel.services.gesprek_queries`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from tafel.domain.enums import Antwoord, GesprekPlaats, GesprekSoort, Pijler
from tafel.domain.instrument import Instrument


@dataclass(frozen=True)
class DomeinScore:
    """Both voices on one domain in one gesprek."""

    pillar: Pijler
    domain: str
    name: str
    professional: int | None
    young: int | None
    not_discussed: bool
    note: str

    def to_json(self) -> dict[str, Any]:
        """The shape ``tafel show --json`` prints."""
        return {
            "domain": self.domain,
            "name": self.name,
            "professional": self.professional,
            "young_person": self.young,
            "not_discussed": self.not_discussed,
        }


@dataclass(frozen=True)
class PijlerNotities:
    """What was said about one pillar; the snelle check's pillar scores live here too."""

    pillar: Pijler
    wat_gaat_goed: str
    zorgen: str
    ik_wil: str
    ik_kan: str
    ik_heb_nodig: str
    notitie: str
    professional: int | None
    young: int | None


@dataclass(frozen=True)
class GesprekView:
    """One finished keukentafelgesprek or snelle check, as recorded."""

    id: uuid.UUID
    casus_id: uuid.UUID
    soort: GesprekSoort
    datum: date
    plaats: GesprekPlaats
    aanwezig: tuple[str, ...]
    instrument_id: str
    instrument_versie: int
    rapportcijfer: int | None
    samenvatting: str
    bestaande_zorg: str
    volwassene_altijd_daar: Antwoord | None
    volwassene_wie: str
    afgenomen_door: str
    afgerond_op: datetime
    pillars: tuple[PijlerNotities, ...]
    scores: tuple[DomeinScore, ...]

    def pillar_notes(self, pillar: Pijler) -> PijlerNotities | None:
        """What was said about ``pillar``, if anything was recorded."""
        return next((p for p in self.pillars if p.pillar is pillar), None)

    def pillar_score(self, pillar: Pijler, voice: str) -> float | None:
        """One voice's score for a pillar ("professional" or "young").

        A snelle check scores the pillar directly. A keukentafelgesprek scores its domains;
        the pillar shows their mean (one decimal), and any 1 is shown apart as acute, so a
        mean never hides a crisis.
        """
        notes = self.pillar_notes(pillar)
        direct = getattr(notes, voice) if notes is not None else None
        if self.soort is GesprekSoort.SNELLE_CHECK or direct is not None:
            return float(direct) if direct is not None else None
        values = [
            getattr(s, voice) for s in self.scores
            if s.pillar is pillar and getattr(s, voice) is not None
        ]
        return round(sum(values) / len(values), 1) if values else None

    def acute(self) -> list[DomeinScore]:
        """Domains (or, in a snelle check, pillars) that either voice scored 1."""
        found = [s for s in self.scores if 1 in (s.professional, s.young)]
        for notes in self.pillars:
            if 1 in (notes.professional, notes.young):
                found.append(
                    DomeinScore(notes.pillar, notes.pillar.value, "", notes.professional,
                                notes.young, False, "")
                )
        return found

    def to_json(self) -> dict[str, Any]:
        """The shape ``tafel show --json`` prints."""
        pillars = []
        for pillar in Pijler:
            notes = self.pillar_notes(pillar)
            pillars.append({
                "pillar": pillar.value,
                "professional": self.pillar_score(pillar, "professional"),
                "young_person": self.pillar_score(pillar, "young"),
                "domains": [s.to_json() for s in self.scores if s.pillar is pillar],
                "help_question": {
                    "ik_wil": notes.ik_wil, "ik_kan": notes.ik_kan,
                    "ik_heb_nodig": notes.ik_heb_nodig,
                } if notes else None,
            })
        return {
            "id": str(self.id),
            "kind": self.soort.value,
            "date": self.datum.isoformat(),
            "place": self.plaats.value,
            "instrument": {"id": self.instrument_id, "version": self.instrument_versie},
            "rapportcijfer": self.rapportcijfer,
            "assessor": self.afgenomen_door,
            "pillars": pillars,
        }


@dataclass(frozen=True)
class LopendGesprekView:
    """A conversation in progress, as the screens see it."""

    id: uuid.UUID
    casus_id: uuid.UUID
    soort: GesprekSoort
    instrument: Instrument
    stap: int
    content: dict[str, Any]
    saved_at: datetime
