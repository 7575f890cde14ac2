"""Signals on real vaults: plan or not before 18, evaluation, consent, and search.

A case list search finds places and the people around the young person.
"""

from __future__ import annotations

from datetime import timedelta

from tafel.domain.enums import Gegevenscategorie, NetwerkSoort, Rol
from tafel.domain.plan_doc import SetMeta
from tafel.domain.signals import SignaalSoort
from tafel.services import Services
from tafel.services.netwerk import NieuweBetrokkene, NieuwePersoon
from tafel.services.toestemmingen import NieuweToestemming
from tests.builders import TODAY, new_case


def _summary(services: Services, case_id):  # type: ignore[no-untyped-def]
    return next(s for s in services.casussen.summaries() if s.id == case_id)


def test_eighteen_without_a_plan_differs_from_eighteen_with_one(services: Services) -> None:
    without = services.casussen.register(new_case(voornaam="Noor")).primary_id
    with_plan = services.casussen.register(new_case(voornaam="Daan")).primary_id
    services.plans.start(with_plan)
    no_plan = _summary(services, without).signalen
    assert SignaalSoort.WORDT_18_ZONDER_PLAN in no_plan
    assert SignaalSoort.WORDT_18 not in no_plan
    has_plan = _summary(services, with_plan).signalen
    assert SignaalSoort.WORDT_18 in has_plan
    assert SignaalSoort.WORDT_18_ZONDER_PLAN not in has_plan
    overview = services.casussen.open(without)
    assert SignaalSoort.WORDT_18_ZONDER_PLAN in {s.soort for s in overview.signalen}


def test_a_passed_evaluation_date_is_a_signal(services: Services) -> None:
    case_id = services.casussen.register(new_case()).primary_id
    version = services.plans.start(case_id).view.latest
    assert SignaalSoort.EVALUATIE_VERSTREKEN not in _summary(services, case_id).signalen
    services.plans.edit(version.id, SetMeta("evaluatie_datum", TODAY - timedelta(days=3)))
    assert SignaalSoort.EVALUATIE_VERSTREKEN in _summary(services, case_id).signalen
    [signal] = [s for s in services.casussen.open(case_id).signalen
                if s.soort is SignaalSoort.EVALUATIE_VERSTREKEN]
    assert signal.datum == TODAY - timedelta(days=3)
    services.plans.edit(version.id, SetMeta("evaluatie_datum", TODAY + timedelta(weeks=6)))
    assert SignaalSoort.EVALUATIE_VERSTREKEN not in _summary(services, case_id).signalen


def test_consent_that_expires_within_a_month_is_a_signal(services: Services) -> None:
    case_id = services.casussen.register(new_case()).primary_id
    services.toestemmingen.add(case_id, NieuweToestemming(
        "School", "verzuim", (Gegevenscategorie.SCHOOL_WERK,),
        gegeven_op=TODAY - timedelta(days=300), verloopt_op=TODAY + timedelta(days=60)))
    assert SignaalSoort.TOESTEMMING_VERLOOPT not in _summary(services, case_id).signalen
    services.toestemmingen.add(case_id, NieuweToestemming(
        "Wijkteam Oost", "samen een plan maken", (Gegevenscategorie.WONEN,),
        gegeven_op=TODAY - timedelta(days=300), verloopt_op=TODAY + timedelta(days=20)))
    assert SignaalSoort.TOESTEMMING_VERLOOPT in _summary(services, case_id).signalen
    [signal] = [s for s in services.casussen.open(case_id).signalen
                if s.soort is SignaalSoort.TOESTEMMING_VERLOOPT]
    assert signal.onderwerp == "Wijkteam Oost"


def test_search_text_holds_place_household_members_and_network(services: Services) -> None:
    case_id = services.casussen.register(new_case(plaats="Hengelo")).primary_id
    services.netwerk.add_person(case_id, NieuwePersoon(Rol.OUDER, "Ingrid", "Bakker-Vos"))
    services.netwerk.add_betrokkene(case_id, NieuweBetrokkene(
        NetwerkSoort.INFORMEEL, "Oom Kees", rol="oom"))
    text = _summary(services, case_id).search_text
    for word in ("hengelo", "ingrid", "bakker-vos", "oom kees", "fatima amrani", "t-2026-0001"):
        assert word in text
