"""Consents that travel, choosing a value, and what a bundle's writes leave in the audit log.

A recipient learns only the household's decisions that cover it; a withdrawal travels; a
consent never comes back through a bundle.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from datetime import timedelta

import pytest
from sqlmodel import select

from tafel.domain.consent import ToestemmingStaat, toestemming_staat
from tafel.domain.models import AuditEvent, Betrokkene, Casus, Huishouden, Persoon, Toestemming
from tafel.domain.records import AuditAction, RecordKind
from tafel.errors import NotFoundError, ValidationError
from tafel.services import Services
from tests.builders import TODAY, dossier_update_elsewhere

CASE = "T-2026-0003"  # El Khatib: consents to Wijkteam Oost, ROC Weidestad and the JGZ
SCHOOL = "ROC Weidestad"


def consents_of(services: Services, case_id: uuid.UUID) -> dict[uuid.UUID, Toestemming]:
    with services.context.vault.transaction() as session:
        return {t.id: t for t in session.exec(
            select(Toestemming).where(Toestemming.casus_id == case_id))}


def to_school(t: Toestemming) -> bool:
    return t.ontvanger == SCHOOL


def arrived(source: Services, target: Services, *, persoonsgegevens: bool = True,
            covers: Callable[[Toestemming], bool] = to_school) -> uuid.UUID:
    case_id = source.casussen.resolve(CASE)
    target.dossier.receive_case(source.dossier.record(case_id))
    if persoonsgegevens:
        target.dossier.merge(case_id, source.dossier.export(case_id).update)
    records = source.dossier.consents(case_id, covers, persoonsgegevens=persoonsgegevens)
    target.dossier.apply_consents(case_id, records, persoonsgegevens=persoonsgegevens)
    return case_id


def test_only_the_consents_that_cover_the_recipient_travel(
    demo_services: Services, more_vaults: Callable[[str], Services],
) -> None:
    school = more_vaults("Bas de Vries")
    case_id = arrived(demo_services, school)
    here, there = consents_of(demo_services, case_id), consents_of(school, case_id)
    assert [t.ontvanger for t in there.values()] == [SCHOOL]
    (consent,) = there.values()
    mine = here[consent.id]
    assert (consent.doel, consent.categorieen, consent.gegeven_op, consent.verloopt_op,
            consent.gegeven_door, consent.gegeven_door_id) == (
        mine.doel, mine.categorieen, mine.gegeven_op, mine.verloopt_op, mine.gegeven_door,
        mine.gegeven_door_id)
    assert "Wijkteam Oost" not in str(school.dossier.consents(case_id, lambda t: True))


def test_without_persoonsgegevens_the_giver_and_links_to_absent_people_stay_home(
    demo_services: Services, more_vaults: Callable[[str], Services],
) -> None:
    school = more_vaults("Bas de Vries")
    case_id = arrived(demo_services, school, persoonsgegevens=False,
                      covers=lambda t: t.ontvanger != "Wijkteam Oost")
    there = consents_of(school, case_id)
    assert len(there) == 2
    for consent in there.values():
        assert consent.gegeven_door == ""
        assert "Amira" not in consent.doel and "El Khatib" not in consent.doel
    # the young person is here (a placeholder, the same id): her link stays
    given = [t for t in consents_of(demo_services, case_id).values() if t.id in there]
    young = next(t.gegeven_door_id for t in given if t.gegeven_door_id)
    assert {t.gegeven_door_id for t in there.values()} == {young, None}
    with school.context.vault.transaction() as session:
        assert session.get(Persoon, young) is not None


def test_a_withdrawal_travels_and_a_consent_never_comes_back(
    demo_services: Services, more_vaults: Callable[[str], Services],
) -> None:
    school = more_vaults("Bas de Vries")
    case_id = arrived(demo_services, school)
    (consent_id,) = consents_of(school, case_id)
    old_records = demo_services.dossier.consents(case_id, to_school)
    demo_services.toestemmingen.withdraw(consent_id)
    withdrawn = demo_services.dossier.consents(case_id, to_school)
    applied = school.dossier.apply_consents(case_id, withdrawn)
    assert applied.count == 1
    there = consents_of(school, case_id)[consent_id]
    assert there.ingetrokken_op == TODAY
    assert toestemming_staat(there, TODAY) is ToestemmingStaat.INGETROKKEN
    # the older bundle, still saying "given", arrives late: nothing changes
    again = school.dossier.apply_consents(case_id, old_records)
    assert again.count == 0 and again.changes.is_empty
    assert consents_of(school, case_id)[consent_id].ingetrokken_op == TODAY
    # and the school, sending its (withdrawn) copy back, withdraws nothing earlier
    back = demo_services.dossier.apply_consents(case_id, school.dossier.consents(
        case_id, to_school))
    assert back.count == 0


def test_an_earlier_end_wins_and_a_later_one_does_not(
    demo_services: Services, more_vaults: Callable[[str], Services],
) -> None:
    school = more_vaults("Bas de Vries")
    case_id = arrived(demo_services, school)
    (record,) = demo_services.dossier.consents(case_id, to_school)
    ends = TODAY + timedelta(days=20)
    assert record["verloopt_op"] == ends.isoformat()
    later = dict(record, verloopt_op=(ends + timedelta(days=300)).isoformat())
    assert school.dossier.apply_consents(case_id, [later]).count == 0
    sooner = dict(record, verloopt_op=(ends - timedelta(days=10)).isoformat())
    assert school.dossier.apply_consents(case_id, [sooner]).count == 1
    undone = dict(record, verloopt_op=None)
    assert school.dossier.apply_consents(case_id, [undone]).count == 0
    assert consents_of(school, case_id)[uuid.UUID(record["id"])].verloopt_op == \
        ends - timedelta(days=10)
    with school.context.vault.transaction() as session:
        actions = [e.actie for e in session.exec(select(AuditEvent).where(
            AuditEvent.record_id == record["id"]))]
    assert actions == [AuditAction.VASTGELEGD, AuditAction.GEWIJZIGD]


BAD_CONSENTS = {
    "no categories": lambda r: r.update(categorieen=[]),
    "an unknown category": lambda r: r.update(categorieen=["schulden"]),
    "an unknown basis": lambda r: r.update(grondslag="omdat het kan"),
    "a purpose too long": lambda r: r.update(doel="x" * 501),
    "a key missing": lambda r: r.pop("doel"),
    "not a date": lambda r: r.update(ingetrokken_op="gisteren"),
    "not a uuid": lambda r: r.update(gegeven_door_id="nadia"),
}


@pytest.mark.parametrize("fault", sorted(BAD_CONSENTS))
def test_a_bad_consent_record_writes_nothing(
    fault: str, demo_services: Services, more_vaults: Callable[[str], Services],
) -> None:
    school = more_vaults("Bas de Vries")
    case_id = demo_services.casussen.resolve(CASE)
    school.dossier.receive_case(demo_services.dossier.record(case_id))
    good, bad = (dict(r) for r in demo_services.dossier.consents(
        case_id, lambda t: t.ontvanger != "Wijkteam Oost"))
    BAD_CONSENTS[fault](bad)
    with pytest.raises(ValidationError, match=r"^Een toestemming in deze bundel klopt niet\.$"):
        school.dossier.apply_consents(case_id, [good, bad])
    assert consents_of(school, case_id) == {}


def test_a_consent_of_another_case_is_refused(
    demo_services: Services, more_vaults: Callable[[str], Services],
) -> None:
    case_id = demo_services.casussen.resolve(CASE)
    other = demo_services.casussen.resolve("T-2026-0001")
    records = demo_services.dossier.consents(other, lambda t: True)
    with pytest.raises(ValidationError, match="hoort hier bij een andere casus"):
        demo_services.dossier.apply_consents(case_id, records)


# -- choosing ------------------------------------------------------------------------------

def _young_field(services: Services, case_id: uuid.UUID, name: str) -> str:
    with services.context.vault.transaction() as session:
        casus = session.get(Casus, case_id)
        assert casus is not None
        return f"persoon/{casus.jongere_id}/{name}"


@pytest.mark.parametrize(("name", "value", "message"), [
    ("bsn", "123456789", "Dit BSN klopt niet"),
    ("bsn", "999994414", "Dit BSN staat al bij iemand anders"),  # Amira's
    ("voornaam", "  ", "Vul de voornaam in."),
    ("telefoon", "0" * 41, "Het telefoonnummer is te lang"),
    ("rol", "ouder", "De jongere van de casus blijft de jongere"),
    ("gezag", True, "Alleen een ouder of verzorger kan het gezag hebben."),
    ("geboortedatum", "2031-01-01", "Een geboortedatum kan niet in de toekomst liggen."),
    ("telefoon", 612345678, "Deze keuze past niet bij het telefoonnummer."),
    ("bestaat", False, "kun je niet kiezen"),
    ("schulden", "ja", "bestaat niet"),
])
def test_a_choice_is_checked_as_a_typed_value(
    demo_services: Services, name: str, value: object, message: str,
) -> None:
    case_id = demo_services.casussen.resolve(CASE)
    with pytest.raises(ValidationError, match=re.escape(message)):
        demo_services.dossier.choose(case_id, _young_field(demo_services, case_id, name), value)


def test_a_choice_for_someone_outside_the_case_is_refused(demo_services: Services) -> None:
    case_id = demo_services.casussen.resolve(CASE)
    with pytest.raises(NotFoundError):
        demo_services.dossier.choose(case_id, f"persoon/{uuid.uuid4()}/telefoon", "06")


def test_a_chosen_bsn_is_stored_normalised_and_travels(
    demo_services: Services, more_vaults: Callable[[str], Services],
) -> None:
    school = more_vaults("Bas de Vries")
    case_id = arrived(demo_services, school)
    field = _young_field(demo_services, case_id, "bsn")
    demo_services.dossier.choose(case_id, field, "9999.90.020")
    school.dossier.merge(case_id, demo_services.dossier.export(case_id).update)
    with school.context.vault.transaction() as session:
        casus = session.get(Casus, case_id)
        assert casus is not None
        person = session.get(Persoon, casus.jongere_id)
        assert person is not None and person.bsn == "999990020"


# -- the audit log -------------------------------------------------------------------------

def test_a_bundles_writes_are_logged_without_names(
    demo_services: Services, more_vaults: Callable[[str], Services],
) -> None:
    school = more_vaults("Bas de Vries")
    case_id = arrived(demo_services, school)
    field = _young_field(demo_services, case_id, "telefoon")
    school.dossier.merge(case_id, dossier_update_elsewhere(
        demo_services, case_id, {field: "06-98765432"}))
    school.dossier.choose(case_id, field, "06-12121212")
    with school.context.vault.transaction() as session:
        events = list(session.exec(select(AuditEvent)))
        names = {p.voornaam for p in session.exec(select(Persoon))}
        names |= {p.achternaam for p in session.exec(select(Persoon)) if p.achternaam}
        names |= {h.naam for h in session.exec(select(Huishouden))}
        names |= {b.naam for b in session.exec(select(Betrokkene))}
    kinds = {(e.soort, e.actie) for e in events}
    assert {(RecordKind.CASUS, AuditAction.AANGEMAAKT),
            (RecordKind.BETROKKENE, AuditAction.AANGEMAAKT),
            (RecordKind.PERSOON, AuditAction.GEWIJZIGD),
            (RecordKind.TOESTEMMING, AuditAction.VASTGELEGD)} <= kinds
    log = "\n".join(f"{e.actie} | {e.soort} | {e.details}" for e in events)
    assert "telefoon" in log  # which field changed, never its value
    assert [n for n in names if len(n) > 2 and re.search(rf"\b{re.escape(n)}\b", log)] == []
    assert "06-98765432" not in log and "06-12121212" not in log
