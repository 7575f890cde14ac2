"""Referrals as warm handovers on a real vault: recorded, followed up, and signalled when not."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select

from tafel.domain.enums import NetwerkSoort
from tafel.domain.models import AuditEvent, Verwijzing
from tafel.domain.signals import SignaalSoort
from tafel.domain.verwijzing import VERVOLG_TERMIJN
from tafel.errors import ValidationError
from tafel.services import Services
from tafel.services.netwerk import NieuweBetrokkene
from tafel.services.verwijzingen import NieuweVerwijzing
from tests.builders import TODAY, new_case


def _case(services: Services):  # type: ignore[no-untyped-def]
    return services.casussen.register(new_case()).primary_id


def test_a_referral_is_recorded_followed_up_and_logged(services: Services) -> None:
    case_id = _case(services)
    coach = services.netwerk.add_betrokkene(case_id, NieuweBetrokkene(
        NetwerkSoort.PROFESSIONEEL, "Anouk Smit", "schuldhulpverlener", "Schuldhulp Weidestad",
    )).primary_id
    added = services.verwijzingen.add(case_id, NieuweVerwijzing(
        "Anouk Smit (Schuldhulp Weidestad)", "Schulden op een rij", TODAY - timedelta(days=10),
        betrokkene_id=coach))
    ref_id = added.primary_id
    assert added.touches("verwijzing") and case_id in added.casus_ids
    services.verwijzingen.record_contact(ref_id, TODAY - timedelta(days=8))
    services.verwijzingen.record_outcome(ref_id, "Eerste gesprek geweest, plan gemaakt.", TODAY)
    [ref] = services.casussen.open(case_id).verwijzingen
    assert (ref.ontvanger, ref.doel, ref.betrokkene_id) == (
        "Anouk Smit (Schuldhulp Weidestad)", "Schulden op een rij", coach)
    assert ref.contact_op == TODAY - timedelta(days=8)
    assert (ref.vervolg, ref.vervolg_op) == ("Eerste gesprek geweest, plan gemaakt.", TODAY)
    assert not ref.zonder_vervolg
    with services.context.vault.transaction() as session:
        actions = [e.actie for e in session.exec(
            select(AuditEvent).where(AuditEvent.record_id == str(ref_id)))]
    assert actions == ["aangemaakt", "vastgelegd", "vastgelegd"]


def test_a_referral_without_follow_up_after_four_weeks_is_a_signal(services: Services) -> None:
    case_id = _case(services)
    old = TODAY - VERVOLG_TERMIJN - timedelta(days=1)
    ref_id = services.verwijzingen.add(case_id, NieuweVerwijzing("Jongerenloket", "Werk",
                                                                 old)).primary_id
    services.verwijzingen.record_contact(ref_id, old)  # contact alone is not a follow-up
    [summary] = services.casussen.summaries()
    assert SignaalSoort.VERWIJZING_ZONDER_VERVOLG in summary.signalen
    overview = services.casussen.open(case_id)
    [signal] = [s for s in overview.signalen
                if s.soort is SignaalSoort.VERWIJZING_ZONDER_VERVOLG]
    assert signal.onderwerp == "Jongerenloket"
    assert overview.verwijzingen[0].zonder_vervolg
    services.verwijzingen.record_outcome(ref_id, "Werkt sinds maandag bij de bakker.")
    [summary] = services.casussen.summaries()
    assert SignaalSoort.VERWIJZING_ZONDER_VERVOLG not in summary.signalen


def test_edit_changes_the_referral(services: Services) -> None:
    case_id = _case(services)
    ref_id = services.verwijzingen.add(case_id, NieuweVerwijzing("GGZ", "", TODAY)).primary_id
    services.verwijzingen.edit(ref_id, NieuweVerwijzing("GGZ Oost", "Somberheid", TODAY))
    [ref] = services.casussen.open(case_id).verwijzingen
    assert (ref.ontvanger, ref.doel) == ("GGZ Oost", "Somberheid")


@pytest.mark.parametrize(
    ("step", "sentence"),
    [
        (lambda s, c, r: s.verwijzingen.add(c, NieuweVerwijzing("  ", "Werk", TODAY)),
         "naar wie"),
        (lambda s, c, r: s.verwijzingen.add(c, NieuweVerwijzing(
            "GGZ", "", TODAY + timedelta(days=1))), "toekomst"),
        (lambda s, c, r: s.verwijzingen.record_contact(r, TODAY - timedelta(days=30)),
         "vóór de verwijzing"),
        (lambda s, c, r: s.verwijzingen.record_contact(r, TODAY + timedelta(days=1)),
         "toekomst"),
        (lambda s, c, r: s.verwijzingen.record_outcome(r, "", TODAY), "wat eruit kwam"),
        (lambda s, c, r: s.verwijzingen.record_outcome(r, "Goed", TODAY - timedelta(days=30)),
         "vóór de verwijzing"),
        (lambda s, c, r: s.verwijzingen.edit(r, NieuweVerwijzing("", "", TODAY)), "naar wie"),
    ],
)
def test_bad_input_gets_one_dutch_sentence_and_changes_nothing(
    services: Services, step, sentence: str  # type: ignore[no-untyped-def]
) -> None:
    case_id = _case(services)
    ref_id = services.verwijzingen.add(
        case_id, NieuweVerwijzing("GGZ", "Somberheid", TODAY - timedelta(days=3))).primary_id
    with services.context.vault.transaction() as session:
        before = [r.model_dump() for r in session.exec(select(Verwijzing))]
    with pytest.raises(ValidationError) as caught:
        step(services, case_id, ref_id)
    assert sentence in str(caught.value)
    with services.context.vault.transaction() as session:
        assert [r.model_dump() for r in session.exec(select(Verwijzing))] == before


def test_a_network_entry_of_another_case_cannot_be_linked(services: Services) -> None:
    case_id = _case(services)
    other = services.casussen.register(new_case(voornaam="Tess")).primary_id
    stranger = services.netwerk.add_betrokkene(other, NieuweBetrokkene(
        NetwerkSoort.INFORMEEL, "Oom Piet")).primary_id
    with pytest.raises(ValidationError):
        services.verwijzingen.add(case_id, NieuweVerwijzing("Oom Piet", "", TODAY,
                                                            betrokkene_id=stranger))
