"""Case services: registering, validating, moving, closing and reopening."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tafel.domain.dates import add_years
from tafel.domain.enums import (
    CasusStatus,
    Gegevenscategorie,
    Grondslag,
    NetwerkSoort,
    Rol,
    Wetskader,
)
from tafel.domain.signals import SignaalSoort
from tafel.errors import NotFoundError, ValidationError
from tafel.services import Services
from tafel.services.indicaties import NieuweIndicatie
from tafel.services.netwerk import NieuweBetrokkene, NieuwePersoon
from tafel.services.toestemmingen import NieuweToestemming
from tests.builders import TODAY, new_case


def test_register_returns_what_changed_and_lists_the_case(services: Services) -> None:
    changes = services.casussen.register(new_case(bsn="1112 22 333"))
    assert changes.touches("casus") and changes.touches("persoon")
    assert changes.primary_id in changes.casus_ids
    [summary] = services.casussen.summaries()
    assert summary.id == changes.primary_id
    assert summary.referentie == "T-2026-0001"
    assert summary.leeftijd == 17
    assert summary.status is CasusStatus.AANMELDING
    assert SignaalSoort.WORDT_18_ZONDER_PLAN in summary.signalen
    overview = services.casussen.open(summary.id)
    assert overview.jongere.bsn == "•••••333"  # views mask it; the whole number on request:
    assert services.casussen.bsn_of(overview.jongere.id) == "111222333"


@pytest.mark.parametrize(
    ("changes", "sentence"),
    [
        ({"bsn": "123456789"}, "elfproef"),
        ({"geboortedatum": TODAY + timedelta(days=1)}, "toekomst"),
        ({"geboortedatum": TODAY.replace(year=1850)}, "verleden"),
        ({"voornaam": "  "}, "voornaam"),
        ({"casusregisseur": ""}, "casusregisseur"),
    ],
)
def test_bad_input_gets_one_dutch_sentence_and_writes_nothing(
    services: Services, changes: dict, sentence: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        services.casussen.register(new_case(**changes))
    assert sentence in str(caught.value)
    assert services.casussen.summaries() == []


def test_references_count_up(services: Services) -> None:
    services.casussen.register(new_case())
    services.casussen.register(new_case(voornaam="Tess"))
    refs = sorted(s.referentie for s in services.casussen.summaries())
    assert refs == ["T-2026-0001", "T-2026-0002"]


def test_close_and_reopen_without_a_new_intake(services: Services) -> None:
    case_id = services.casussen.register(new_case()).primary_id
    services.casussen.set_status(case_id, CasusStatus.UITVOERING)
    services.casussen.close(case_id)
    closed = services.casussen.open(case_id).casus
    assert closed.status is CasusStatus.AFGESLOTEN and closed.afgesloten_op == TODAY
    with pytest.raises(ValidationError):
        services.casussen.set_status(case_id, CasusStatus.PLAN)
    services.casussen.reopen(case_id)
    reopened = services.casussen.open(case_id).casus
    assert reopened.status is CasusStatus.UITVOERING
    assert reopened.afgesloten_op is None


def test_waakvlam_keeps_signals_and_reopens(services: Services) -> None:
    case_id = services.casussen.register(new_case()).primary_id
    services.casussen.close(case_id, waakvlam=True)
    [summary] = services.casussen.summaries()
    assert summary.status is CasusStatus.WAAKVLAM
    assert summary.signalen  # looking again at 18 still matters
    services.casussen.reopen(case_id)
    assert services.casussen.open(case_id).casus.status is CasusStatus.AANMELDING


def test_nothing_closes_a_case_by_age(services: Services) -> None:
    """A young person who turned 18 yesterday still has an open case."""
    case_id = services.casussen.register(
        new_case(geboortedatum=add_years(TODAY, -18) - timedelta(days=1))
    ).primary_id
    services.casussen.set_status(case_id, CasusStatus.UITVOERING)
    assert services.casussen.open(case_id).casus.status is CasusStatus.UITVOERING


def test_unknown_case_is_a_clear_error(services: Services) -> None:
    import uuid

    with pytest.raises(NotFoundError):
        services.casussen.open(uuid.uuid4())


def test_network_consent_and_care_are_recorded_and_validated(services: Services) -> None:
    case_id = services.casussen.register(new_case()).primary_id
    services.netwerk.add_betrokkene(case_id, NieuweBetrokkene(
        NetwerkSoort.INFORMEEL, "Oom Kees", rol="oom", altijd_er_voor_mij=True))
    with pytest.raises(ValidationError):
        services.netwerk.add_betrokkene(case_id, NieuweBetrokkene(
            NetwerkSoort.PROFESSIONEEL, "Coach", uren_per_week=200))
    consent = services.toestemmingen.add(case_id, NieuweToestemming(
        "Wijkteam Oost", "samen een plan maken", (Gegevenscategorie.WONEN,)))
    mother = services.netwerk.add_person(case_id, NieuwePersoon(
        Rol.OUDER, "Sanne", "Bakker", gezag=True)).primary_id
    with pytest.raises(ValidationError):  # Noor is 17: she decides herself
        services.toestemmingen.add(case_id, NieuweToestemming(
            "School", "verzuim", (Gegevenscategorie.SCHOOL_WERK,), gegeven_door_id=mother))
    services.toestemmingen.add(case_id, NieuweToestemming(
        "Leerplicht", "verzuim", (Gegevenscategorie.SCHOOL_WERK,),
        grondslag=Grondslag.WETTELIJKE_TAAK))
    services.toestemmingen.withdraw(consent.primary_id)
    with pytest.raises(ValidationError):
        services.indicaties.add(case_id, NieuweIndicatie(
            Wetskader.JEUGDWET, "begeleiding", startdatum=TODAY, einddatum=TODAY - timedelta(1)))
    services.indicaties.add(case_id, NieuweIndicatie(Wetskader.JEUGDWET, "begeleiding"))
    overview = services.casussen.open(case_id)
    assert [b.naam for b in overview.betrokkenen] == ["Oom Kees"]
    active = [t.ontvanger for t in overview.toestemmingen if t.staat.covers]
    assert active == ["Leerplicht"]
    assert SignaalSoort.INDICATIE_STOPT_BIJ_18 in {s.soort for s in overview.signalen}
