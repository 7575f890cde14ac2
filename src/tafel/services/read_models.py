"""The queries behind the case list and the case overview (the views are in tafel.views).

Each reads the rows it needs in a handful of queries and hands them to the builders in
:mod:`tafel.views.casussen`, so no row leaves the service.
"""

from __future__ import annotations

import contextlib
import gc
import threading
import uuid
from collections import defaultdict
from collections.abc import Iterator, Mapping
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from tafel.domain.enums import CasusStatus, Wetskader
from tafel.domain.juridisch import JuridischeStatus, juridisch_signals
from tafel.domain.models import (
    Betrokkene,
    Casus,
    Huishouden,
    Indicatie,
    Persoon,
    Toestemming,
    Verwijzing,
)
from tafel.domain.signals import (
    STANDAARD_BEWAARJAREN,
    Signaal,
    SignaalSoort,
    acute_signal,
    age_on,
    age_signals,
    bewaarjaren,
    bewaartermijn_signals,
    bewaren_tot,
    evaluatie_signals,
    indicatie_signals,
    overleg_signals,
    toestemming_signals,
    verwijzing_signals,
)
from tafel.services.gesprek_queries import latest_acute
from tafel.services.juridisch import statuses_of_young_people
from tafel.services.signal_queries import (
    organisatie_bewaarjaren,
    overleg_evaluations,
    people_names,
    plan_evaluations,
    stored_id,
)
from tafel.views.casussen import (
    CasusOverview,
    CasusSummary,
    betrokkene_view,
    casus_view,
    huishouden_view,
    indicatie_view,
    persoon_view,
    toestemming_view,
)
from tafel.views.verwijzingen import verwijzing_view

_Key = TypeVar("_Key")  # a case id: a UUID, or its number (see _casus_summaries)


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """No garbage collection while many objects are made that all stay (a list of rows).

    Each collection walks the objects made so far, none of which is garbage yet: for the
    case list of 10,000 cases that was a third of the time it took to load.
    """
    # Only on the main thread: in a worker, collection is paused already (ui/background.py)
    # and must not be turned back on from here.
    was_on = gc.isenabled() and threading.current_thread() is threading.main_thread()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def casus_summaries(session: Session, today: date) -> list[CasusSummary]:
    """Every case as a list row, with its signals and what its search finds, in a few queries.

    The search text holds the reference, household, place, young person and casusregisseur,
    and the names of the household's members and of the case's network.
    """
    with gc_paused():
        return _casus_summaries(session, today)


def _casus_summaries(session: Session, today: date) -> list[CasusSummary]:
    rows = session.execute(
        sa_select(
            col(Casus.id),
            col(Casus.referentie),
            col(Casus.status),
            col(Casus.afgesloten_op),
            col(Casus.casusregisseur),
            stored_id(Casus.huishouden_id),  # only a key into the members' names
            col(Huishouden.naam),
            col(Huishouden.plaats),
            col(Persoon.voornaam),
            col(Persoon.achternaam),
            col(Persoon.geboortedatum),
        )
        .join(Huishouden, col(Huishouden.id) == col(Casus.huishouden_id))
        .join(Persoon, col(Persoon.id) == col(Casus.jongere_id))
    ).all()
    # Only what the signals read of each indicatie, by its case's number: loading whole rows
    # was a quarter of the list's time at 10,000 cases.
    by_care: dict[int, list[Any]] = defaultdict(list)
    for care in session.execute(sa_select(
            stored_id(Indicatie.casus_id), col(Indicatie.wetskader),
            col(Indicatie.voorziening), col(Indicatie.einddatum), col(Indicatie.kader_na_18),
            col(Indicatie.wachtlijst), col(Indicatie.wachtlijst_sinds),
            col(Indicatie.beeindigd_op))):
        by_care[int(care[0], 16)].append(care)
    consents: dict[uuid.UUID, list[Toestemming]] = defaultdict(list)
    for consent in session.exec(select(Toestemming)):
        consents[consent.casus_id].append(consent)
    referrals: dict[uuid.UUID, list[Verwijzing]] = defaultdict(list)
    for referral in session.exec(select(Verwijzing)):
        referrals[referral.casus_id].append(referral)
    acute = latest_acute(session)
    plans = plan_evaluations(session)
    members, network = people_names(session)
    legal = statuses_of_young_people(session)
    meetings = overleg_evaluations(session)
    term = organisatie_bewaarjaren(session)
    # Looked up by the id's number: a UUID's hash is Python code, ten look-ups a case.
    by_consent, by_referral = _by_number(consents), _by_number(referrals)
    by_acute, by_plan, by_legal = _by_number(acute), _by_number(plans), _by_number(legal)
    by_meeting, by_network = _by_number(meetings), _by_number(network)
    summaries = []
    for case_id, ref, status, closed, regisseur, household_id, household, place, first, last, \
            birth in rows:
        key = case_id.int
        signals = _signals_for(birth, by_care.get(key, []), today, status,
                               by_acute.get(key), by_plan, key, by_consent.get(key, []),
                               by_referral.get(key, []), by_legal.get(key, []),
                               by_meeting.get(key), closed, term)
        name = f"{first} {last}".strip()
        searched = (ref, household, place, name, regisseur, *members.get(household_id, ()),
                    *by_network.get(key, ()))
        summaries.append(
            CasusSummary(
                id=case_id,
                referentie=ref,
                huishouden=household,
                jongere=name,
                geboortedatum=birth,
                leeftijd=age_on(birth, today) if birth else None,
                status=status,
                casusregisseur=regisseur,
                signalen=tuple(sorted({s.soort for s in signals}, key=_signal_order)),
                search_text=" ".join(searched).casefold(),
            )
        )
    return summaries


_V = TypeVar("_V")


def _by_number(by_id: Mapping[uuid.UUID, _V]) -> dict[int, _V]:
    """The same mapping keyed by each UUID's number (an int hashes in C)."""
    return {case_id.int: value for case_id, value in by_id.items()}


def casus_overview(session: Session, casus: Casus, today: date) -> CasusOverview:
    """The overview of one case, loaded in a handful of queries."""
    household = session.get(Huishouden, casus.huishouden_id)
    young = session.get(Persoon, casus.jongere_id)
    assert household is not None and young is not None
    people = list(
        session.exec(
            select(Persoon)
            .where(Persoon.huishouden_id == household.id)
            .order_by(Persoon.geboortedatum)  # type: ignore[arg-type]
        )
    )
    network = list(
        session.exec(
            select(Betrokkene).where(Betrokkene.casus_id == casus.id).order_by(Betrokkene.soort)
        )
    )
    consents = list(
        session.exec(
            select(Toestemming)
            .where(Toestemming.casus_id == casus.id)
            .order_by(Toestemming.gegeven_op.desc())  # type: ignore[attr-defined]
        )
    )
    care = list(session.exec(select(Indicatie).where(Indicatie.casus_id == casus.id)))
    referrals = list(session.exec(
        select(Verwijzing).where(Verwijzing.casus_id == casus.id)
        .order_by(Verwijzing.verwezen_op.desc())  # type: ignore[attr-defined]
    ))
    organisation_term = organisatie_bewaarjaren(session)
    signals = _signals_for(young.geboortedatum, care, today, casus.status,
                           latest_acute(session, casus.id).get(casus.id),
                           plan_evaluations(session, casus.id), casus.id, consents, referrals,
                           statuses_of_young_people(session, casus.id).get(casus.id, []),
                           overleg_evaluations(session, casus.id).get(casus.id),
                           casus.afgesloten_op, organisation_term)
    term = bewaarjaren(any(i.wetskader is Wetskader.JEUGDWET for i in care), organisation_term)
    return CasusOverview(
        casus=casus_view(casus),
        huishouden=huishouden_view(household),
        jongere=persoon_view(young),
        personen=tuple(persoon_view(p) for p in people),
        betrokkenen=tuple(betrokkene_view(b) for b in network),
        toestemmingen=tuple(toestemming_view(t, today) for t in consents),
        indicaties=tuple(indicatie_view(i) for i in care),
        signalen=tuple(signals),
        leeftijd=age_on(young.geboortedatum, today) if young.geboortedatum else None,
        verwijzingen=tuple(verwijzing_view(v, today) for v in referrals),
        bewaarjaren=term,
        bewaren_tot=bewaren_tot(casus.afgesloten_op, term) if casus.status.is_done else None,
    )


def _signals_for(
    birth: date | None,
    care: list[Indicatie] | list[Any],
    today: date,
    status: CasusStatus,
    acute: tuple[date, list[str]] | None,
    plans: Mapping[_Key, date | None],
    case_id: _Key,
    consents: list[Toestemming],
    referrals: list[Verwijzing],
    legal: list[JuridischeStatus] | None = None,
    overleg: date | None = None,
    afgesloten_op: date | None = None,
    organisatie_jaren: int = STANDAARD_BEWAARJAREN,
) -> list[Signaal]:
    if status.is_done:  # closed or handed over
        # Waakvlam keeps its signals (looking again at 21, 23 and 27 is the point); a closed
        # case only says when its retention term has passed.
        jeugdhulp = any(i.wetskader is Wetskader.JEUGDWET for i in care)
        return bewaartermijn_signals(afgesloten_op, today,
                                     bewaarjaren(jeugdhulp, organisatie_jaren))
    found = age_signals(birth, today, heeft_plan=case_id in plans)
    # only what a case has: most have no care, consent, referral or measure to look at
    if care:
        found += indicatie_signals(care, birth, today)
    found += evaluatie_signals(plans.get(case_id), today)
    if consents:
        found += toestemming_signals(consents, today)
    if referrals:
        found += verwijzing_signals(referrals, today)
    if legal:
        found += juridisch_signals(legal, birth, today)
    found += overleg_signals(overleg, today)
    found.sort(key=lambda s: (s.datum, _signal_order(s.soort)))
    if acute is not None:
        found.insert(0, acute_signal(*acute))  # the most pressing comes first
    return found


_ORDER = {soort: index for index, soort in enumerate(SignaalSoort)}


def _signal_order(soort: SignaalSoort) -> int:
    return _ORDER[soort]
