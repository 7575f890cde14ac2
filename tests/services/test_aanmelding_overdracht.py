"""How a case came in (aanmelding), and closing it as handed over (overgedragen)."""

from __future__ import annotations

import pytest
from sqlmodel import select

from tafel.domain.enums import AanmeldRoute, CasusStatus
from tafel.domain.models import AuditEvent, Casus
from tafel.domain.signals import SignaalSoort
from tafel.errors import ValidationError
from tafel.services import Services
from tafel.services.casussen import CasusWijziging
from tests.builders import new_case


def test_the_aanmelding_is_recorded_at_registration_and_editable(services: Services) -> None:
    case_id = services.casussen.register(new_case(
        aangemeld_via=AanmeldRoute.HUISARTS, aangemeld_door="dokter Bakker")).primary_id
    casus = services.casussen.open(case_id).casus
    assert (casus.aangemeld_via, casus.aangemeld_door) == (AanmeldRoute.HUISARTS,
                                                           "dokter Bakker")
    o = services.casussen.open(case_id)
    services.casussen.edit(case_id, CasusWijziging(
        o.jongere.voornaam, o.jongere.achternaam, o.jongere.geboortedatum, o.huishouden.naam,
        o.huishouden.plaats, o.casus.casusregisseur, aanleiding=o.casus.aanleiding,
        aangemeld_via=AanmeldRoute.SCHOOL, aangemeld_door="mentor mevrouw Yilmaz"))
    casus = services.casussen.open(case_id).casus
    assert (casus.aangemeld_via, casus.aangemeld_door) == (AanmeldRoute.SCHOOL,
                                                           "mentor mevrouw Yilmaz")


def test_hand_over_closes_keeps_the_recipient_logs_it_and_reopens(services: Services) -> None:
    case_id = services.casussen.register(new_case()).primary_id
    services.casussen.set_status(case_id, CasusStatus.UITVOERING)
    services.casussen.hand_over(case_id, "Wijkteam Oost, Karin de Boer")
    casus = services.casussen.open(case_id).casus
    assert casus.status is CasusStatus.OVERGEDRAGEN and casus.status.is_closed
    assert casus.overgedragen_aan == "Wijkteam Oost, Karin de Boer"
    [summary] = services.casussen.summaries()
    assert summary.signalen == ()  # handed over: the signals are the new party's now
    with services.context.vault.transaction() as session:
        details = [e.details for e in session.exec(
            select(AuditEvent).where(AuditEvent.record_id == str(case_id)))]
    assert any("overgedragen" in d for d in details)  # logged; the recipient is on the case
    assert not any("Karin de Boer" in d for d in details)  # the log holds no case text
    services.casussen.reopen(case_id)
    casus = services.casussen.open(case_id).casus
    assert casus.status is CasusStatus.UITVOERING and casus.overgedragen_aan == ""
    assert SignaalSoort.WORDT_18_ZONDER_PLAN in services.casussen.summaries()[0].signalen


def test_hand_over_needs_a_recipient_and_changes_nothing_without(services: Services) -> None:
    case_id = services.casussen.register(new_case()).primary_id
    with pytest.raises(ValidationError) as caught:
        services.casussen.hand_over(case_id, "  ")
    assert "aan wie" in str(caught.value)
    with pytest.raises(ValidationError):
        services.casussen.set_status(case_id, CasusStatus.OVERGEDRAGEN)
    with services.context.vault.transaction() as session:
        casus = session.get(Casus, case_id)
        assert casus is not None and casus.status is CasusStatus.AANMELDING
