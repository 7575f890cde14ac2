"""Read models of assessments: what the picture, the case and ``tafel show`` need.

Plain frozen dataclasses, so screens and the PDF can hold them without a session.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlmodel import Session, col, select

from tafel.domain.enums import PIJLER_NAMEN, Antwoord, GesprekPlaats, GesprekSoort, Pijler
from tafel.domain.gesprek import Gesprek, GesprekPijler, GesprekScore


@dataclass(frozen=True)
class DomainScore:
    """Both voices on one domain in one assessment."""

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
class PillarNotes:
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
class Assessment:
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
    pillars: tuple[PillarNotes, ...]
    scores: tuple[DomainScore, ...]

    def pillar_notes(self, pillar: Pijler) -> PillarNotes | None:
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

    def acute(self) -> list[DomainScore]:
        """Domains (or, in a snelle check, pillars) that either voice scored 1."""
        found = [s for s in self.scores if 1 in (s.professional, s.young)]
        for notes in self.pillars:
            if 1 in (notes.professional, notes.young):
                found.append(
                    DomainScore(notes.pillar, notes.pillar.value, "", notes.professional,
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


def assessments_for(session: Session, casus_id: uuid.UUID) -> list[Assessment]:
    """Every finished assessment of a case, oldest first, in three queries."""
    gesprekken = list(
        session.exec(
            select(Gesprek)
            .where(Gesprek.casus_id == casus_id)
            .order_by(col(Gesprek.datum), col(Gesprek.afgerond_op))
        )
    )
    ids = [g.id for g in gesprekken]
    if not ids:
        return []
    notes: dict[uuid.UUID, list[PillarNotes]] = defaultdict(list)
    for row in session.exec(select(GesprekPijler).where(col(GesprekPijler.gesprek_id).in_(ids))):
        notes[row.gesprek_id].append(
            PillarNotes(row.pijler, row.wat_gaat_goed, row.zorgen, row.ik_wil, row.ik_kan,
                        row.ik_heb_nodig, row.notitie, row.score_professional, row.score_jongere)
        )
    scores: dict[uuid.UUID, list[DomainScore]] = defaultdict(list)
    for row in session.exec(select(GesprekScore).where(col(GesprekScore.gesprek_id).in_(ids))):
        scores[row.gesprek_id].append(
            DomainScore(row.pijler, row.domein, row.domein_naam, row.score_professional,
                        row.score_jongere, row.niet_besproken, row.toelichting)
        )
    order = {p: i for i, p in enumerate(Pijler)}
    return [
        Assessment(
            id=g.id, casus_id=g.casus_id, soort=g.soort, datum=g.datum, plaats=g.plaats,
            aanwezig=tuple(g.aanwezig), instrument_id=g.instrument_id,
            instrument_versie=g.instrument_versie, rapportcijfer=g.rapportcijfer,
            samenvatting=g.samenvatting, bestaande_zorg=g.bestaande_zorg,
            volwassene_altijd_daar=g.volwassene_altijd_daar, volwassene_wie=g.volwassene_wie,
            afgenomen_door=g.afgenomen_door, afgerond_op=g.afgerond_op,
            pillars=tuple(sorted(notes[g.id], key=lambda n: order[n.pillar])),
            scores=tuple(scores[g.id]),
        )
        for g in gesprekken
    ]


def latest_acute(
    session: Session, casus_id: uuid.UUID | None = None
) -> dict[uuid.UUID, tuple[date, list[str]]]:
    """Per case, the newest assessment's date and the domains scored 1 in it (if any).

    Used for the acute signal on the case list, so it is three queries for all cases.
    """
    newest: dict[uuid.UUID, tuple[date, datetime, uuid.UUID]] = {}
    query = select(Gesprek.casus_id, Gesprek.id, Gesprek.datum, Gesprek.afgerond_op)
    if casus_id is not None:
        query = query.where(Gesprek.casus_id == casus_id)
    for case_id, gesprek_id, datum, done in session.exec(query):
        if case_id not in newest or (datum, done) > newest[case_id][:2]:
            newest[case_id] = (datum, done, gesprek_id)
    if not newest:
        return {}
    by_gesprek = {gesprek_id: case_id for case_id, (_, _, gesprek_id) in newest.items()}
    acute: dict[uuid.UUID, list[str]] = defaultdict(list)
    ones = (
        (col(GesprekScore.score_professional) == 1) | (col(GesprekScore.score_jongere) == 1)
    )
    for gesprek_id, name in session.exec(
        select(GesprekScore.gesprek_id, GesprekScore.domein_naam)
        .where(col(GesprekScore.gesprek_id).in_(list(by_gesprek)))
        .where(ones)
    ):
        acute[by_gesprek[gesprek_id]].append(name)
    pillar_ones = (
        (col(GesprekPijler.score_professional) == 1) | (col(GesprekPijler.score_jongere) == 1)
    )
    for gesprek_id, pillar in session.exec(
        select(GesprekPijler.gesprek_id, GesprekPijler.pijler)
        .where(col(GesprekPijler.gesprek_id).in_(list(by_gesprek)))
        .where(pillar_ones)
    ):
        acute[by_gesprek[gesprek_id]].append(PIJLER_NAMEN[pillar])
    return {case_id: (newest[case_id][0], names) for case_id, names in acute.items()}
