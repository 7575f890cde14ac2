"""The queries that fill the plan views (:mod:`tafel.views.plans`) from the tables.

A few queries per plan; what leaves here is frozen, so no screen holds a session.
"""

from __future__ import annotations

import uuid

from sqlmodel import Session, col, select

from tafel.domain.enums import NetwerkSoort, Rol
from tafel.domain.models import Betrokkene, Casus, Huishouden, Persoon
from tafel.domain.ondertekenaars import heeft_gezag
from tafel.domain.plan_tables import Handtekening, PlanVersie, Toekomstplan
from tafel.views.plans import PlanCasus, PlanPersoon, PlanView, SignerKind, version_view


def load_plan_case(session: Session, casus: Casus) -> PlanCasus:
    """The case facts and people for a plan."""
    jongere_row = session.get(Persoon, casus.jongere_id)
    household = session.get(Huishouden, casus.huishouden_id)
    people: list[PlanPersoon] = []
    jongere = PlanPersoon(f"persoon:{casus.jongere_id}",
                     jongere_row.naam if jongere_row else "", Rol.JONGERE.value,
                     SignerKind.JONGERE)
    people.append(jongere)
    for row in session.exec(
        select(Persoon).where(Persoon.huishouden_id == casus.huishouden_id)
        .order_by(col(Persoon.voornaam))
    ):
        if row.id == casus.jongere_id:
            continue
        kind = SignerKind.OUDER if row.rol in (Rol.OUDER, Rol.VERZORGER) else SignerKind.NETWERK
        people.append(PlanPersoon(f"persoon:{row.id}", row.naam, row.rol.value, kind,
                                  gezag=heeft_gezag(row), einddatum=row.einddatum))
    for member in session.exec(
        select(Betrokkene).where(Betrokkene.casus_id == casus.id)
        .order_by(col(Betrokkene.soort), col(Betrokkene.naam))
    ):
        kind = (SignerKind.PROFESSIONAL if member.soort is NetwerkSoort.PROFESSIONEEL
                else SignerKind.NETWERK)
        people.append(PlanPersoon(f"betrokkene:{member.id}", member.naam, member.rol, kind,
                                  member.organisatie, einddatum=member.einddatum))
    return PlanCasus(
        casus_id=casus.id, referentie=casus.referentie, jongere=jongere,
        geboortedatum=jongere_row.geboortedatum if jongere_row else None,
        casusregisseur=casus.casusregisseur, huishouden=household.naam if household else "",
        people=tuple(people),
    )


def load_plan_view(session: Session, plan: Toekomstplan) -> PlanView:
    """The whole plan with its versions and their signatures."""
    casus = session.get(Casus, plan.casus_id)
    assert casus is not None
    versions = list(session.exec(
        select(PlanVersie).where(PlanVersie.plan_id == plan.id).order_by(col(PlanVersie.nummer))
    ))
    ids = [v.id for v in versions]
    by_version: dict[uuid.UUID, list[Handtekening]] = {i: [] for i in ids}
    if ids:
        for row in session.exec(
            select(Handtekening).where(col(Handtekening.versie_id).in_(ids))
            .order_by(col(Handtekening.aangemaakt_op))
        ):
            by_version[row.versie_id].append(row)
    return PlanView(
        plan_id=plan.id, case=load_plan_case(session, casus),
        ritme_maanden=plan.evaluatie_ritme_maanden,
        versions=tuple(version_view(v, by_version[v.id]) for v in versions),
    )
