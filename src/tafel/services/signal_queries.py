"""The facts behind the plan and consent signals and the case list's search, for all cases.

Kept beside :mod:`tafel.services.read_models` so the case list stays a handful of queries:
one for the plans and their newest versions, one for consents, one each for the names of
household members and of the network.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date
from typing import Any

from sqlalchemy import String, func, type_coerce
from sqlalchemy import select as sa_select
from sqlmodel import Session, col

from tafel.domain.models import Betrokkene, Persoon, VaultMeta
from tafel.domain.overleg_tables import Overleg
from tafel.domain.plan_doc import PlanDoc
from tafel.domain.plan_tables import PlanVersie, Toekomstplan
from tafel.domain.signals import STANDAARD_BEWAARJAREN


def plan_evaluations(
    session: Session, casus_id: uuid.UUID | None = None
) -> dict[uuid.UUID, date | None]:
    """Per case that has a toekomstplan: the newest version's evaluation date (or None).

    A case missing from the answer has no plan; that is what "nog geen toekomstplan" means.
    Only the newest version's document is read: an older version's date was replaced.
    """
    newest = (
        sa_select(col(PlanVersie.plan_id).label("plan_id"),
                  func.max(col(PlanVersie.nummer)).label("nummer"))
        .group_by(col(PlanVersie.plan_id))
        .subquery()
    )
    query = (
        sa_select(col(Toekomstplan.casus_id), col(PlanVersie.document))
        .select_from(Toekomstplan)
        .outerjoin(newest, newest.c.plan_id == col(Toekomstplan.id))
        .outerjoin(PlanVersie, (col(PlanVersie.plan_id) == newest.c.plan_id)
                   & (col(PlanVersie.nummer) == newest.c.nummer))
    )
    if casus_id is not None:
        query = query.where(col(Toekomstplan.casus_id) == casus_id)
    found: dict[uuid.UUID, date | None] = {}
    for case_id, document in session.execute(query):
        found[case_id] = (
            PlanDoc.from_bytes(document).content().evaluatie_datum if document else None
        )
    return found


def overleg_evaluations(
    session: Session, casus_id: uuid.UUID | None = None
) -> dict[uuid.UUID, date | None]:
    """Per case: the next evaluation set at its most recently finished casus-overleg."""
    query = (sa_select(col(Overleg.casus_id), col(Overleg.volgende_evaluatie))
             .where(col(Overleg.afgerond_op).is_not(None))
             .order_by(col(Overleg.afgerond_op)))
    if casus_id is not None:
        query = query.where(col(Overleg.casus_id) == casus_id)
    return {case: when for case, when in session.execute(query)}  # the latest one wins


#: Where the organisation's retention term (in years) is kept (VaultMeta).
BEWAARJAREN_KEY = "bewaartermijn_jaren"


def organisatie_bewaarjaren(session: Session) -> int:
    """The organisation's retention term for cases that are not jeugdhulp (years)."""
    row = session.get(VaultMeta, BEWAARJAREN_KEY)
    try:
        return int(row.waarde) if row is not None else STANDAARD_BEWAARJAREN
    except ValueError:
        return STANDAARD_BEWAARJAREN


def stored_id(column: Any) -> Any:
    """An id column as the text the vault stores (32 hex digits), not made into a UUID."""
    return type_coerce(col(column), String)


def people_names(session: Session) -> tuple[dict[str, list[str]], dict[uuid.UUID, list[str]]]:
    """Names to search on: household members per household, network members per case.

    Households by the id as stored (:func:`stored_id`): one per person, and turning each
    into a UUID only to look it up again cost a tenth of the case list's load.
    """
    household: dict[str, list[str]] = defaultdict(list)
    for household_id, first, last in session.execute(
        sa_select(stored_id(Persoon.huishouden_id), col(Persoon.voornaam),
                  col(Persoon.achternaam))
    ):
        household[household_id].append(f"{first} {last}".strip())
    network: dict[uuid.UUID, list[str]] = defaultdict(list)
    for case_id, name in session.execute(
        sa_select(col(Betrokkene.casus_id), col(Betrokkene.naam))
    ):
        network[case_id].append(name)
    return household, network
