"""The plan with the real people: owners from the household and network, and who signs.

Expected: the young person, gezag holders while under 18, professionals who own an afspraak.
A version is signed in full only when all of them signed; anyone else can still sign after.
Someone who left the network cannot become an owner.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest

from tafel.domain.enums import NetwerkSoort, Rol
from tafel.domain.plan_content import VersieStatus
from tafel.domain.plan_doc import SetAfspraak
from tafel.errors import ValidationError
from tafel.services import Services
from tafel.services.netwerk import NieuweBetrokkene, NieuwePersoon
from tafel.services.plans import NieuweHandtekening
from tafel.vault.vault import Vault
from tafel.views.plans import PlanPersoon, PlanView
from tests.builders import TODAY, new_case

STROKES = [[(0.1, 0.6), (0.3, 0.3), (0.6, 0.7)]]


def _household(services: Services, *, vertrokken: date | None = None) -> uuid.UUID:
    """Noor (17) with a mother and a father, a mentor, a wijkteam professional."""
    case_id = services.casussen.register(new_case()).primary_id
    assert case_id is not None
    services.netwerk.add_person(case_id, NieuwePersoon(Rol.OUDER, "Ria", "Bakker", gezag=True))
    services.netwerk.add_person(case_id, NieuwePersoon(Rol.OUDER, "Karel", "Bakker", gezag=True))
    services.netwerk.add_person(case_id, NieuwePersoon(Rol.BROER_ZUS, "Tim", "Bakker"))
    for soort, naam, rol, org, eind in (
        (NetwerkSoort.INFORMEEL, "Mo Mentor", "mentor", "", None),
        (NetwerkSoort.PROFESSIONEEL, "Wim Wijk", "wijkteam", "Wijkteam Noord", None),
        (NetwerkSoort.PROFESSIONEEL, "Oud Coach", "coach", "Jongerenloket", vertrokken),
    ):
        services.netwerk.add_betrokkene(
            case_id, NieuweBetrokkene(soort, naam, rol, org, einddatum=eind))
    return case_id


def _who(view: PlanView, naam: str) -> PlanPersoon:
    return next(p for p in view.case.people if p.naam == naam)


def _afspraak(view: PlanView, naam: str) -> SetAfspraak:
    owner = _who(view, naam)
    return SetAfspraak(None, {"actie": "Samen naar de woningcorporatie",
                              "eigenaar": owner.sleutel, "eigenaar_naam": owner.naam,
                              "deadline": TODAY + timedelta(days=20)})


def _sign(services: Services, case_id: uuid.UUID, naam: str) -> VersieStatus:
    view = services.plans.for_case(case_id)
    assert view is not None
    person = _who(view, naam)
    services.plans.sign(view.latest.id, NieuweHandtekening(
        person.sleutel, person.naam, person.rol, "Weidestad", TODAY, STROKES),
        view.latest.inhoud_hash)
    after = services.plans.for_case(case_id)
    assert after is not None
    return after.latest.status


def test_household_members_and_network_can_own_an_afspraak(services: Services) -> None:
    case_id = _household(services)
    view = services.plans.start(case_id).view
    for naam in ("Ria Bakker", "Tim Bakker", "Mo Mentor", "Wim Wijk"):
        view = services.plans.edit(view.latest.id, _afspraak(view, naam)).view
    assert [a.eigenaar_naam for a in view.latest.content.afspraken] == [
        "Ria Bakker", "Tim Bakker", "Mo Mentor", "Wim Wijk"]


def test_a_minor_with_two_parents_needs_both_and_the_professional_owner(
    services: Services,
) -> None:
    case_id = _household(services)
    view = services.plans.start(case_id).view
    view = services.plans.edit(view.latest.id, _afspraak(view, "Mo Mentor"),
                               _afspraak(view, "Wim Wijk")).view
    expected = [p.naam for p in view.expected_signers(view.latest.content, TODAY)]
    assert expected == ["Noor Bakker", "Karel Bakker", "Ria Bakker", "Wim Wijk"]
    assert _sign(services, case_id, "Noor Bakker") is VersieStatus.TER_ONDERTEKENING
    assert _sign(services, case_id, "Ria Bakker") is VersieStatus.TER_ONDERTEKENING
    assert _sign(services, case_id, "Karel Bakker") is VersieStatus.TER_ONDERTEKENING
    assert _sign(services, case_id, "Wim Wijk") is VersieStatus.GETEKEND
    # the mentor is not expected, and can still sign afterwards: it stays signed on the day
    assert _sign(services, case_id, "Mo Mentor") is VersieStatus.GETEKEND
    final = services.plans.for_case(case_id)
    assert final is not None and final.latest.getekend_op == TODAY
    assert len(final.latest.current_signatures) == 5


def test_an_adult_signs_with_the_professional_owner_only(services: Services,
                                                         vault: Vault) -> None:
    case_id = _household(services)
    # Noor is 20 on a later day: the parents are no longer expected
    in_2030 = TODAY.replace(year=2030)
    later = Services(vault, "Fatima Amrani", today=lambda: in_2030)
    view = later.plans.start(case_id).view
    view = later.plans.edit(view.latest.id, _afspraak(view, "Wim Wijk")).view
    assert [p.naam for p in view.expected_signers(view.latest.content, in_2030)] == [
        "Noor Bakker", "Wim Wijk"]


def test_an_owner_who_left_the_network_is_refused_in_one_dutch_sentence(
    services: Services,
) -> None:
    case_id = _household(services, vertrokken=TODAY - timedelta(days=1))
    view = services.plans.start(case_id).view
    before = view.latest.inhoud_hash
    with pytest.raises(ValidationError) as refused:
        services.plans.edit(view.latest.id, _afspraak(view, "Oud Coach"))
    assert "Oud Coach" in refused.value.message and "niet meer betrokken" in refused.value.message
    after = services.plans.for_case(case_id)
    assert after is not None and after.latest.inhoud_hash == before
    assert not after.latest.content.afspraken


def test_an_owner_who_leaves_later_keeps_the_afspraak_and_is_no_longer_expected(
    services: Services, vault: Vault,
) -> None:
    case_id = _household(services, vertrokken=TODAY + timedelta(days=10))
    view = services.plans.start(case_id).view
    view = services.plans.edit(view.latest.id, _afspraak(view, "Oud Coach")).view
    assert "Oud Coach" in [p.naam for p in view.expected_signers(view.latest.content, TODAY)]
    later_day = TODAY + timedelta(days=30)
    later = Services(vault, "Fatima Amrani", today=lambda: later_day)
    afspraak = view.latest.content.afspraken[0]
    # other parts of that afspraak can still change; the owner stays named
    edited = later.plans.edit(view.latest.id, SetAfspraak(afspraak.id, {"status": "bezig"}))
    kept = edited.view.latest.content.afspraken[0]
    assert kept.eigenaar_naam == "Oud Coach"
    assert "Oud Coach" not in [
        p.naam for p in edited.view.expected_signers(edited.view.latest.content, later_day)]
    assert "Oud Coach" not in [p.naam for p in edited.view.case.owners_on(later_day)]
