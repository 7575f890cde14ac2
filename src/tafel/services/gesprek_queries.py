"""The queries behind finished conversations: rows in, frozen views out.

The views themselves are in :mod:`tafel.views.gesprekken`.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date, datetime

from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from tafel.domain.enums import PIJLER_NAMEN, Pijler
from tafel.domain.gesprek import Gesprek, GesprekPijler, GesprekScore
from tafel.views.gesprekken import DomeinScore, GesprekView, PijlerNotities


def gesprekken_van(session: Session, casus_id: uuid.UUID) -> list[GesprekView]:
    """Every finished gesprek of a case, oldest first, in three queries."""
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
    notes: dict[uuid.UUID, list[PijlerNotities]] = defaultdict(list)
    for row in session.exec(select(GesprekPijler).where(col(GesprekPijler.gesprek_id).in_(ids))):
        notes[row.gesprek_id].append(
            PijlerNotities(row.pijler, row.wat_gaat_goed, row.zorgen, row.ik_wil, row.ik_kan,
                        row.ik_heb_nodig, row.notitie, row.score_professional, row.score_jongere)
        )
    scores: dict[uuid.UUID, list[DomeinScore]] = defaultdict(list)
    for score in session.exec(
        select(GesprekScore).where(col(GesprekScore.gesprek_id).in_(ids))
    ):
        scores[score.gesprek_id].append(
            DomeinScore(score.pijler, score.domein, score.domein_naam, score.score_professional,
                        score.score_jongere, score.niet_besproken, score.toelichting)
        )
    order = {p: i for i, p in enumerate(Pijler)}
    return [
        GesprekView(
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
    """Per case, the newest gesprek's date and the domains scored 1 in it (if any).

    Used for the acute signal on the case list, so it is three queries for all cases.
    """
    newest: dict[uuid.UUID, tuple[date, datetime, uuid.UUID]] = {}
    query = sa_select(col(Gesprek.casus_id), col(Gesprek.id), col(Gesprek.datum),
                      col(Gesprek.afgerond_op))
    if casus_id is not None:
        query = query.where(col(Gesprek.casus_id) == casus_id)
    for case_id, gesprek_id, datum, done in session.execute(query):
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
        acute[by_gesprek[gesprek_id]].append(PIJLER_NAMEN[Pijler(pillar)])
    return {case_id: (newest[case_id][0], names) for case_id, names in acute.items()}


def gesprek_view(session: Session, gesprek_id: uuid.UUID) -> GesprekView | None:
    """One finished gesprek as a view, or None when there is no such gesprek."""
    row = session.get(Gesprek, gesprek_id)
    if row is None:
        return None
    return next(g for g in gesprekken_van(session, row.casus_id) if g.id == gesprek_id)
