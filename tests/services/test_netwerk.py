"""The people around a case: household members and the network added, edited and ended.

Ending is never erasing: an ended person stays in the overview with the day they left. Bad
input gets one Dutch sentence and leaves the vault as it was.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from sqlmodel import select

from tafel.domain.enums import Antwoord, NetwerkSoort, Rol
from tafel.domain.gesprek import Gesprek
from tafel.domain.models import AuditEvent
from tafel.domain.records import AuditAction
from tafel.errors import ValidationError
from tafel.services import Services
from tafel.services.casussen import CasusWijziging
from tafel.services.netwerk import NieuweBetrokkene, NieuwePersoon
from tests.builders import TODAY, new_case

MOTHER = NieuwePersoon(Rol.OUDER, "Samira", "Bakker", date(1980, 5, 1), bsn="111222333",
                       telefoon="06 12345678", gezag=True)


def _case(services: Services) -> uuid.UUID:
    return services.casussen.register(new_case()).primary_id


def _actions(services: Services, record_id: uuid.UUID) -> list[tuple[str, str]]:
    with services.context.vault.transaction() as session:
        return [(e.actie, e.details) for e in session.exec(
            select(AuditEvent).where(AuditEvent.record_id == str(record_id))
            .order_by(AuditEvent.volgnummer))  # type: ignore[arg-type]
            if e.actie != AuditAction.BEKEKEN]


def test_a_parent_with_parental_authority_is_added_edited_and_ended(services: Services) -> None:
    case_id = _case(services)
    mother_id = services.netwerk.add_person(case_id, MOTHER).primary_id
    [mother] = [p for p in services.casussen.open(case_id).personen if p.id == mother_id]
    assert mother.gezag and mother.bsn == "•••••333" and not mother.ended(TODAY)

    services.netwerk.edit_person(mother_id, NieuwePersoon(
        Rol.OUDER, "Samira", "de Vries", date(1980, 5, 1), telefoon="06 87654321",
        gezag=True), keep_bsn=True)
    [mother] = [p for p in services.casussen.open(case_id).personen if p.id == mother_id]
    assert mother.naam == "Samira de Vries" and mother.telefoon == "06 87654321"
    assert services.casussen.bsn_of(mother_id) == "111222333"  # kept, though the form was empty

    services.netwerk.end_person(mother_id, TODAY - timedelta(days=3))
    [mother] = [p for p in services.casussen.open(case_id).personen if p.id == mother_id]
    assert mother.einddatum == TODAY - timedelta(days=3) and mother.ended(TODAY)
    assert [a for a, _ in _actions(services, mother_id)] == [
        AuditAction.AANGEMAAKT, AuditAction.GEWIJZIGD, AuditAction.BEEINDIGD]
    with pytest.raises(ValidationError, match="al niet meer"):
        services.netwerk.end_person(mother_id)


def test_the_young_person_cannot_be_ended_or_turned_into_someone_else(
    services: Services,
) -> None:
    case_id = _case(services)
    young = services.casussen.open(case_id).jongere
    with pytest.raises(ValidationError, match="sluit dan de casus"):
        services.netwerk.end_person(young.id)
    with pytest.raises(ValidationError, match="blijft de jongere"):
        services.netwerk.edit_person(young.id, NieuwePersoon(Rol.BROER_ZUS, "Noor"))


def test_only_a_parent_or_carer_holds_parental_authority(services: Services) -> None:
    case_id = _case(services)
    with pytest.raises(ValidationError, match="ouder of verzorger"):
        services.netwerk.add_person(case_id, NieuwePersoon(Rol.BROER_ZUS, "Daan", gezag=True))


@pytest.mark.parametrize(
    ("changes", "sentence"),
    [
        ({"bsn": "123456789"}, "elfproef"),
        ({"geboortedatum": TODAY + timedelta(days=1)}, "toekomst"),
        ({"geboortedatum": date(1899, 12, 31)}, "verleden"),
        ({"voornaam": " "}, "voornaam"),
    ],
)
def test_bad_input_for_a_household_member_changes_nothing(
    services: Services, changes: dict, sentence: str
) -> None:
    case_id = _case(services)
    mother_id = services.netwerk.add_person(case_id, MOTHER).primary_id
    before = services.casussen.open(case_id)
    fields = dict(rol=Rol.OUDER, voornaam="Samira", achternaam="Bakker")
    fields.update(changes)
    with pytest.raises(ValidationError, match=sentence):
        services.netwerk.add_person(case_id, NieuwePersoon(**fields))
    with pytest.raises(ValidationError, match=sentence):
        services.netwerk.edit_person(mother_id, NieuwePersoon(**fields))
    assert services.casussen.open(case_id).personen == before.personen


def test_one_bsn_belongs_to_one_person_in_the_vault(services: Services) -> None:
    case_id = _case(services)
    services.netwerk.add_person(case_id, MOTHER)
    other_case = services.casussen.register(new_case(voornaam="Tess", huishouden="Huis Twee"))
    sister_id = services.netwerk.add_person(
        other_case.primary_id, NieuwePersoon(Rol.BROER_ZUS, "Lotte")).primary_id
    same = "BSN staat al bij iemand anders"
    with pytest.raises(ValidationError, match=same):
        services.netwerk.add_person(other_case.primary_id,
                                    NieuwePersoon(Rol.OUDER, "Kees", bsn="1112.22.333"))
    with pytest.raises(ValidationError, match=same):
        services.netwerk.edit_person(sister_id, NieuwePersoon(Rol.BROER_ZUS, "Lotte",
                                                              bsn="111222333"))
    with pytest.raises(ValidationError, match=same):
        services.casussen.register(new_case(voornaam="Jip", bsn="111222333"))
    with pytest.raises(ValidationError, match=same):
        services.casussen.edit(other_case.primary_id, _wijziging(bsn="111222333",
                                                                 keep_bsn=False))
    assert len(services.casussen.summaries()) == 2
    assert services.casussen.bsn_of(sister_id) is None


def test_a_professional_is_added_edited_and_ended_and_stays_in_the_history(
    services: Services,
) -> None:
    case_id = _case(services)
    pro = NieuweBetrokkene(NetwerkSoort.PROFESSIONEEL, "Driss Ouazzani", "ambulant begeleider",
                           "Wijkteam Noord", uren_per_week=4, betaald_door="gemeente (Wmo)",
                           startdatum=TODAY - timedelta(days=60))
    pro_id = services.netwerk.add_betrokkene(case_id, pro).primary_id
    services.netwerk.edit_betrokkene(pro_id, NieuweBetrokkene(
        NetwerkSoort.PROFESSIONEEL, "Driss Ouazzani", "jongerencoach", "Wijkteam Noord",
        uren_per_week=2, startdatum=pro.startdatum))
    services.netwerk.end_betrokkene(pro_id)
    [entry] = services.casussen.open(case_id).betrokkenen
    assert (entry.rol, entry.uren_per_week, entry.einddatum) == ("jongerencoach", 2, TODAY)
    assert entry.startdatum == pro.startdatum and entry.ended(TODAY)
    assert [a for a, _ in _actions(services, pro_id)] == [
        AuditAction.AANGEMAAKT, AuditAction.GEWIJZIGD, AuditAction.BEEINDIGD]


def test_an_end_before_the_start_is_refused_and_nothing_changes(services: Services) -> None:
    case_id = _case(services)
    start = TODAY - timedelta(days=10)
    with pytest.raises(ValidationError, match="vóór de begindatum"):
        services.netwerk.add_betrokkene(case_id, NieuweBetrokkene(
            NetwerkSoort.INFORMEEL, "Buurman Henk", startdatum=start,
            einddatum=start - timedelta(days=1)))
    mentor_id = services.netwerk.add_betrokkene(case_id, NieuweBetrokkene(
        NetwerkSoort.INFORMEEL, "Mentor Ans", "mentor", startdatum=start)).primary_id
    with pytest.raises(ValidationError, match="vóór de begindatum"):
        services.netwerk.end_betrokkene(mentor_id, start - timedelta(days=1))
    with pytest.raises(ValidationError, match="vóór de begindatum"):
        services.netwerk.edit_betrokkene(mentor_id, NieuweBetrokkene(
            NetwerkSoort.INFORMEEL, "Mentor Ans", startdatum=start,
            einddatum=start - timedelta(days=1)))
    [mentor] = services.casussen.open(case_id).betrokkenen
    assert mentor.einddatum is None and mentor.rol == "mentor"


def _gesprek(services: Services, case_id: uuid.UUID, answer: Antwoord, who: str) -> uuid.UUID:
    """A finished intake as the conversation screen leaves it (its own tests drive that)."""
    with services.context.vault.transaction() as session:
        row = Gesprek(casus_id=case_id, datum=TODAY, instrument_id="tafel-big5",
                      instrument_versie=1, volwassene_altijd_daar=answer, volwassene_wie=who,
                      afgenomen_door="Fatima Amrani")
        session.add(row)
        session.commit()
        return row.id


def test_the_adult_named_at_the_intake_joins_the_network_in_one_step(
    services: Services,
) -> None:
    case_id = _case(services)
    gesprek_id = _gesprek(services, case_id, Antwoord.JA, "Tante Els")
    services.netwerk.add_volwassene_uit_gesprek(gesprek_id)
    [els] = services.casussen.open(case_id).betrokkenen
    assert (els.naam, els.soort, els.altijd_er_voor_mij) == (
        "Tante Els", NetwerkSoort.INFORMEEL, True)
    with pytest.raises(ValidationError, match="staat al in het netwerk"):
        services.netwerk.add_volwassene_uit_gesprek(gesprek_id)
    nobody = _gesprek(services, case_id, Antwoord.NEE, "")
    with pytest.raises(ValidationError, match="geen volwassene"):
        services.netwerk.add_volwassene_uit_gesprek(nobody)


def _wijziging(**changes) -> CasusWijziging:  # type: ignore[no-untyped-def]
    fields = dict(voornaam="Noor", achternaam="Bakker", geboortedatum=date(2009, 2, 1),
                  huishouden="Huishouden Bakker", plaats="Weidestad",
                  casusregisseur="Fatima Amrani")
    fields.update(changes)
    return CasusWijziging(**fields)


def test_the_young_person_and_the_case_are_edited_and_a_new_lead_is_logged(
    services: Services,
) -> None:
    case_id = _case(services)
    services.casussen.edit(case_id, _wijziging(voornaam="Nora", plaats="Eikenrode",
                                               casusregisseur="Driss Ouazzani"))
    overview = services.casussen.open(case_id)
    assert overview.jongere.naam == "Nora Bakker"
    assert overview.jongere.geboortedatum == date(2009, 2, 1)
    assert overview.huishouden.plaats == "Eikenrode"
    assert overview.casus.casusregisseur == "Driss Ouazzani"
    # logged, without names: the log holds who did what to which record, no case text
    assert (AuditAction.CASUSREGISSEUR, "") in _actions(services, case_id)
    with pytest.raises(ValidationError, match="toekomst"):
        services.casussen.edit(case_id, _wijziging(geboortedatum=TODAY + timedelta(days=1)))
    with pytest.raises(ValidationError, match="elfproef"):
        services.casussen.edit(case_id, _wijziging(bsn="123456789", keep_bsn=False))
    assert services.casussen.open(case_id) == overview
