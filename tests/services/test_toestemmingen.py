"""Consent on a new vault: who may give it, to whom, until when; refused input changes nothing."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from sqlmodel import func, select

from tafel.domain.consent import ToestemmingStaat
from tafel.domain.dates import add_years
from tafel.domain.enums import Gegevenscategorie, Grondslag, NetwerkSoort, Rol
from tafel.domain.models import AuditEvent
from tafel.errors import ValidationError
from tafel.services import Services
from tafel.services.netwerk import NieuweBetrokkene, NieuwePersoon
from tafel.services.toestemmingen import NieuweToestemming
from tests.builders import TODAY, new_case, pdf_text

C = Gegevenscategorie


def _audit_count(services: Services) -> int:
    with services.context.vault.transaction() as session:
        return session.exec(select(func.count()).select_from(AuditEvent)).one()


def _household(services: Services, age: int) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    """A case of a young person of ``age``, a mother with gezag, a father without, a wijkteam."""
    born = add_years(TODAY, -age) - timedelta(days=30)
    case_id = services.casussen.register(new_case(geboortedatum=born)).primary_id
    assert case_id is not None
    mother = services.netwerk.add_person(case_id, NieuwePersoon(
        Rol.OUDER, "Sanne", "Bakker", gezag=True)).primary_id
    assert mother is not None
    services.netwerk.add_person(case_id, NieuwePersoon(Rol.OUDER, "Rob", "Bakker"))
    wijkteam = services.netwerk.add_betrokkene(case_id, NieuweBetrokkene(
        NetwerkSoort.PROFESSIONEEL, "Joyce Tan", "consulent", "Wijkteam Oost")).primary_id
    assert wijkteam is not None
    return case_id, mother, wijkteam


def test_a_young_person_of_17_gives_consent_herself_for_wonen_and_inkomen(
        services: Services) -> None:
    case_id, _, wijkteam = _household(services, 17)
    services.toestemmingen.add(case_id, NieuweToestemming(
        "", "samen werken aan wonen en geld", (C.WONEN, C.INKOMEN),
        verloopt_op=TODAY + timedelta(days=365), ontvanger_betrokkene_id=wijkteam))
    [consent] = services.casussen.open(case_id).toestemmingen
    assert consent.ontvanger == "Joyce Tan (Wijkteam Oost)"
    assert consent.gegeven_door == "Noor Bakker"
    assert consent.categorieen == (C.WONEN, C.INKOMEN)
    assert consent.staat is ToestemmingStaat.ACTIEF


def test_consent_by_someone_who_may_not_give_it_is_refused_and_nothing_changes(
        services: Services) -> None:
    case_id, mother, _ = _household(services, 17)
    before, entries = services.casussen.open(case_id), _audit_count(services)
    with pytest.raises(ValidationError, match="Noor is 16 of ouder en beslist zelf"):
        services.toestemmingen.add(case_id, NieuweToestemming(
            "School", "verzuim", (C.SCHOOL_WERK,), gegeven_door_id=mother))
    assert services.casussen.open(case_id).toestemmingen == before.toestemmingen
    assert _audit_count(services) == entries + 1  # only the open() access above


def test_under_16_only_a_holder_of_parental_authority_gives_consent(
        services: Services) -> None:
    case_id, mother, _ = _household(services, 15)
    overview = services.casussen.open(case_id)
    father = next(p.id for p in overview.personen if p.voornaam == "Rob")
    for giver in (None, father):  # the young person herself, a father without gezag
        with pytest.raises(ValidationError, match="jonger dan 16"):
            services.toestemmingen.add(case_id, NieuweToestemming(
                "School", "verzuim", (C.SCHOOL_WERK,), gegeven_door_id=giver))
    services.toestemmingen.add(case_id, NieuweToestemming(
        "School", "verzuim", (C.SCHOOL_WERK,), gegeven_door_id=mother))
    assert [t.gegeven_door for t in services.casussen.open(case_id).toestemmingen] == [
        "Sanne Bakker"]


def test_an_expiry_before_the_day_given_is_refused(services: Services) -> None:
    case_id, _, _ = _household(services, 17)
    with pytest.raises(ValidationError, match="niet verlopen vóór de dag waarop ze gegeven"):
        services.toestemmingen.add(case_id, NieuweToestemming(
            "School", "verzuim", (C.SCHOOL_WERK,), gegeven_op=TODAY - timedelta(days=3),
            verloopt_op=TODAY - timedelta(days=4)))
    assert services.casussen.open(case_id).toestemmingen == ()


def test_a_recipient_from_another_case_is_refused(services: Services) -> None:
    case_id, _, _ = _household(services, 17)
    _, _, other_wijkteam = _household(services, 19)
    with pytest.raises(ValidationError, match="hoort niet bij het netwerk"):
        services.toestemmingen.add(case_id, NieuweToestemming(
            "", "plan", (C.TOEKOMSTPLAN,), ontvanger_betrokkene_id=other_wijkteam))


def test_states_withdrawal_and_legal_basis(services: Services) -> None:
    case_id, _, _ = _household(services, 17)
    soon = services.toestemmingen.add(case_id, NieuweToestemming(
        "School", "stage", (C.SCHOOL_WERK,), verloopt_op=TODAY + timedelta(days=10)))
    gone = services.toestemmingen.add(case_id, NieuweToestemming(
        "Huisarts", "terugkoppeling", (C.WELZIJN,)))
    services.toestemmingen.withdraw(gone.primary_id)
    law = services.toestemmingen.add(case_id, NieuweToestemming(
        "Leerplicht", "verzuim", (C.SCHOOL_WERK,), grondslag=Grondslag.WETTELIJKE_TAAK))
    with pytest.raises(ValidationError, match="kan niet worden ingetrokken"):
        services.toestemmingen.withdraw(law.primary_id)
    with pytest.raises(ValidationError, match="al ingetrokken"):
        services.toestemmingen.withdraw(gone.primary_id)
    states = {t.id: t.staat for t in services.casussen.open(case_id).toestemmingen}
    assert states == {
        soon.primary_id: ToestemmingStaat.VERLOOPT_BINNENKORT,
        gone.primary_id: ToestemmingStaat.INGETROKKEN,
        law.primary_id: ToestemmingStaat.WETTELIJKE_GRONDSLAG,
    }
    law_row = next(t for t in services.casussen.open(case_id).toestemmingen
                   if t.id == law.primary_id)
    assert law_row.gegeven_door == ""  # a legal basis has no giver


def test_the_overview_print_is_logged(services: Services) -> None:
    case_id, _, _ = _household(services, 17)
    services.toestemmingen.add(case_id, NieuweToestemming("School", "stage", (C.SCHOOL_WERK,)))
    printed = services.toestemmingen.print_overzicht(case_id)
    assert "Wie mag wat zien en waarom" in pdf_text(printed.pdf)
    with services.context.vault.transaction() as session:
        last = session.exec(select(AuditEvent).order_by(
            AuditEvent.volgnummer.desc())).first()  # type: ignore[union-attr]
    assert last is not None and last.actie == "afgedrukt" and last.casus_id == str(case_id)
