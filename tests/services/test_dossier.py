"""A case and its people travel between vaults: same ids, no names without consent, conflicts.

Each vault here is a real SQLCipher vault with its own Services (its own CRDT client id), as
on the wijkteam's, the school's and jeugdhulp's laptops. Bundles themselves are the bundle
service's; these tests hand the dossier's bytes from one vault to another directly.
"""

from __future__ import annotations

import itertools
import json
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from tafel.domain.dossier_velden import HUISHOUDEN_ONBEKEND, JONGERE_ONBEKEND
from tafel.domain.enums import NetwerkSoort, Rol
from tafel.domain.models import AuditEvent, Betrokkene, Casus, Huishouden, Persoon
from tafel.domain.records import RecordKind
from tafel.errors import ValidationError
from tafel.services import Services
from tafel.services.casussen import CasusWijziging
from tafel.services.dossier_sync import DossierOutcome
from tafel.services.netwerk import NieuweBetrokkene, NieuwePersoon
from tafel.vault import Vault
from tests.builders import PASSPHRASE, TODAY, copy_vault, new_case, people_of

CASE = "T-2026-0003"  # El Khatib: Nadia (19), her baby, a network of five, three consents


def send(source: Services, target: Services, case_id: uuid.UUID,
         since: bytes | None = None) -> DossierOutcome:
    """What a bundle with persoonsgegevens does: the case record, then the people."""
    target.dossier.receive_case(source.dossier.record(case_id))
    exported = source.dossier.export(case_id, since)
    return target.dossier.merge(case_id, exported.update).outcome


def young(services: Services, case_id: uuid.UUID) -> Persoon:
    with services.context.vault.transaction() as session:
        casus = session.get(Casus, case_id)
        assert casus is not None
        person = session.get(Persoon, casus.jongere_id)
        assert person is not None
        return person


def set_phone(services: Services, case_id: uuid.UUID, phone: str, **more: str) -> None:
    """The young person's phone (and more) changed on the case screen."""
    overview = services.casussen.open(case_id)
    person = young(services, case_id)
    fields = dict(voornaam=person.voornaam, achternaam=person.achternaam,
                  geboortedatum=person.geboortedatum, huishouden=overview.huishouden.naam,
                  plaats=overview.huishouden.plaats, casusregisseur=overview.casus.casusregisseur,
                  telefoon=phone, email=person.email)
    fields.update(more)
    services.casussen.edit(case_id, CasusWijziging(**fields))  # type: ignore[arg-type]


def audit_count(services: Services) -> int:
    with services.context.vault.transaction() as session:
        return len(session.exec(select(AuditEvent)).all())


# -- a case that arrives ------------------------------------------------------------------

def test_a_case_arrives_on_an_empty_vault_with_the_same_ids(
    demo_services: Services, more_vaults: Callable[[str], Services],
) -> None:
    school = more_vaults("Bas de Vries")
    case_id = demo_services.casussen.resolve(CASE)
    record = demo_services.dossier.record(case_id)
    received = school.dossier.receive_case(record)
    assert received.created and received.casus_id == case_id
    assert received.referentie == CASE and not received.referentie_changed
    with school.context.vault.transaction() as session:
        casus = session.get(Casus, case_id)
        assert casus is not None
        assert (str(casus.huishouden_id), str(casus.jongere_id)) == (record["huishouden_id"],
                                                                     record["jongere_id"])
        assert casus.status.value == record["status"] == "uitvoering"
        assert casus.casusregisseur == "Anouk Wesselingh"
        assert casus.aangemeld_door == "Anouk Wesselingh (Wijkteam Weidestad)"
        household = session.get(Huishouden, casus.huishouden_id)
        person = session.get(Persoon, casus.jongere_id)
        assert household is not None and household.naam == HUISHOUDEN_ONBEKEND
        assert person is not None and person.voornaam == JONGERE_ONBEKEND
        assert person.rol is Rol.JONGERE and person.bsn is None and person.telefoon == ""
    again = school.dossier.receive_case(record)
    assert not again.created and again.changes.is_empty


def test_a_reference_used_here_gets_a_suffix_and_says_so(
    demo_services: Services, more_vaults: Callable[[str], Services],
) -> None:
    school = more_vaults("Bas de Vries")
    for _ in range(3):  # T-2026-0001 .. 0003 exist here for other households
        school.casussen.register(new_case())
    case_id = demo_services.casussen.resolve(CASE)
    received = school.dossier.receive_case(demo_services.dossier.record(case_id))
    assert received.created and received.referentie_changed
    assert received.referentie == f"{CASE}-2"
    assert school.casussen.resolve(f"{CASE}-2") == case_id


BAD_RECORDS = {
    "a key missing": lambda r: r.pop("status"),
    "a key extra": lambda r: r.update(notitie="x"),
    "not a uuid": lambda r: r.update(id="casus-3"),
    "a uuid in another form": lambda r: r.update(id=r["id"].upper()),
    "an unknown status": lambda r: r.update(status="verdwenen"),
    "a number for text": lambda r: r.update(referentie=7),
    "a reference too long": lambda r: r.update(referentie="T-" + "9" * 30),
    "an empty reference": lambda r: r.update(referentie="  "),
    "a line break": lambda r: r.update(casusregisseur="Anouk\nWesselingh"),
    "not a date": lambda r: r.update(aangemeld_op="gisteren"),
    "a week date": lambda r: r.update(aangemeld_op="2026-W47-1"),
}


@pytest.mark.parametrize("fault", sorted(BAD_RECORDS))
def test_a_bad_case_record_is_one_dutch_sentence_and_writes_nothing(
    fault: str, demo_services: Services, more_vaults: Callable[[str], Services],
) -> None:
    school = more_vaults("Bas de Vries")
    record: dict[str, object] = dict(demo_services.dossier.record(
        demo_services.casussen.resolve(CASE)))
    BAD_RECORDS[fault](record)
    before = audit_count(school)
    with pytest.raises(ValidationError, match=r"^De gegevens van de casus in deze bundel "
                                              r"kloppen niet\.$"):
        school.dossier.receive_case(record)  # type: ignore[arg-type]
    assert school.casussen.summaries() == [] and audit_count(school) == before


def test_a_record_whose_ids_clash_with_another_case_is_refused(
    demo_services: Services, more_vaults: Callable[[str], Services],
) -> None:
    school = more_vaults("Bas de Vries")
    case_id = demo_services.casussen.resolve(CASE)
    record = demo_services.dossier.record(case_id)
    school.dossier.receive_case(record)
    other = dict(record, id=str(uuid.uuid4()))  # another case with the same household
    with pytest.raises(ValidationError, match="staat hier al bij een andere casus"):
        school.dossier.receive_case(other)
    moved = dict(record, jongere_id=str(uuid.uuid4()))  # the same case, another young person
    with pytest.raises(ValidationError, match="hoort bij een andere casus"):
        school.dossier.receive_case(moved)


# -- without persoonsgegevens, nothing personal ---------------------------------------------

def test_without_persoonsgegevens_no_name_bsn_address_or_phone_travels(
    demo_services: Services, more_vaults: Callable[[str], Services],
) -> None:
    from tafel.demo.households import DEMO_SURNAMES

    case_id = demo_services.casussen.resolve(CASE)
    set_phone(demo_services, case_id, "06-41414141")
    with demo_services.context.vault.transaction() as session:
        casus = session.get(Casus, case_id)
        assert casus is not None
        household = session.get(Huishouden, casus.huishouden_id)
        assert household is not None
        household.adres = "Lindelaan 12"
        session.add(household)
        people = list(session.exec(select(Persoon).where(
            Persoon.huishouden_id == casus.huishouden_id)))
        network = list(session.exec(select(Betrokkene).where(Betrokkene.casus_id == case_id)))
    consulenten = {"Tjeerdsma", "Ouazzani", "Wesselingh"}  # the leads: they do travel
    words = {w for w in DEMO_SURNAMES if w not in consulenten}
    words |= {p.voornaam for p in people} | {p.bsn for p in people if p.bsn}
    words |= {"Lindelaan", "06-41414141", "Eikenrode"}
    words |= {b.telefoon for b in network if b.telefoon} | {b.naam for b in network
                                                           if "Wesselingh" not in b.naam}
    # what a bundle to the school carries without persoonsgegevens: the case and its consents
    school_consents = demo_services.dossier.consents(
        case_id, lambda t: t.ontvanger == "ROC Weidestad", persoonsgegevens=False)
    carried = json.dumps([demo_services.dossier.record(case_id), school_consents],
                         ensure_ascii=False).encode()
    assert len(school_consents) == 1
    assert sorted(w for w in words if w.encode() in carried) == []
    # the people's own update does hold them (so the search above can find them)
    people_update = demo_services.dossier.export(case_id).update
    assert {"Lindelaan", "06-41414141", "Bennaceur"} <= {
        w for w in words if w.encode() in people_update}
    # and the school's vault holds none of them either
    school = more_vaults("Bas de Vries")
    school.dossier.receive_case(demo_services.dossier.record(case_id))
    school.dossier.apply_consents(case_id, school_consents, persoonsgegevens=False)
    there = json.dumps(people_of(school, case_id), default=str, ensure_ascii=False)
    assert sorted(w for w in words if w in there) == []


# -- people with persoonsgegevens -----------------------------------------------------------

def test_the_people_arrive_with_the_same_ids_and_values(
    demo_services: Services, more_vaults: Callable[[str], Services],
) -> None:
    school = more_vaults("Bas de Vries")
    case_id = demo_services.casussen.resolve(CASE)
    outcome = send(demo_services, school, case_id)
    assert outcome.created == {RecordKind.PERSOON: 1, RecordKind.BETROKKENE: 6}
    assert outcome.changed == {RecordKind.HUISHOUDEN: 1, RecordKind.PERSOON: 1}
    assert outcome.conflicts == ()
    assert people_of(school, case_id) == people_of(demo_services, case_id)
    assert young(school, case_id).voornaam == "Nadia"


def test_the_same_update_twice_changes_nothing(
    demo_services: Services, more_vaults: Callable[[str], Services],
) -> None:
    school = more_vaults("Bas de Vries")
    case_id = demo_services.casussen.resolve(CASE)
    update = demo_services.dossier.export(case_id).update
    school.dossier.receive_case(demo_services.dossier.record(case_id))
    school.dossier.merge(case_id, update)
    people, logged = people_of(school, case_id), audit_count(school)
    again = school.dossier.merge(case_id, update)
    assert again.outcome.is_empty and again.changes.is_empty
    assert people_of(school, case_id) == people and audit_count(school) == logged
    # and sending it back changes nothing at the source either
    back = demo_services.dossier.merge(case_id, school.dossier.export(case_id).update)
    assert back.outcome.is_empty


def test_a_phone_changed_apart_is_a_conflict_and_choosing_settles_it_everywhere(
    demo_services: Services, more_vaults: Callable[[str], Services],
) -> None:
    school = more_vaults("Bas de Vries")
    case_id = demo_services.casussen.resolve(CASE)
    first = demo_services.dossier.export(case_id)
    school.dossier.receive_case(demo_services.dossier.record(case_id))
    school.dossier.merge(case_id, first.update)
    set_phone(demo_services, case_id, "06-11111111")
    set_phone(school, case_id, "06-22222222")
    to_school = demo_services.dossier.export(case_id, first.state)  # only what is new
    to_wijkteam = school.dossier.export(case_id)
    school.dossier.merge(case_id, to_school.update)
    outcome = demo_services.dossier.merge(case_id, to_wijkteam.update).outcome
    field = f"persoon/{young(demo_services, case_id).id}/telefoon"
    for services in (demo_services, school):
        (conflict,) = services.dossier.conflicts(case_id)
        assert conflict.field == field and conflict.name == "telefoon"
        assert {(w.value, w.stempel.door) for w in conflict.values} == {
            ("06-11111111", "Fatima Amrani"), ("06-22222222", "Bas de Vries")}
        assert all(w.stempel.op for w in conflict.values)
    assert [c.field for c in outcome.conflicts] == [field]
    # both show the same value meanwhile: the latest
    assert young(school, case_id).telefoon == young(demo_services, case_id).telefoon
    school.dossier.choose(case_id, field, "06-33333333")
    assert school.dossier.conflicts(case_id) == ()
    assert young(school, case_id).telefoon == "06-33333333"
    demo_services.dossier.merge(case_id, school.dossier.export(case_id).update)
    assert demo_services.dossier.conflicts(case_id) == ()
    assert young(demo_services, case_id).telefoon == "06-33333333"
    assert people_of(school, case_id) == people_of(demo_services, case_id)


def test_a_local_edit_not_exported_yet_is_kept_when_another_arrives(
    demo_services: Services, more_vaults: Callable[[str], Services],
) -> None:
    school = more_vaults("Bas de Vries")
    case_id = demo_services.casussen.resolve(CASE)
    send(demo_services, school, case_id)
    set_phone(school, case_id, "06-22222222")  # typed at the school, never exported
    set_phone(demo_services, case_id, "06-11111111")
    outcome = send(demo_services, school, case_id)
    (conflict,) = outcome.conflicts
    assert {(w.value, w.stempel.door) for w in conflict.values} == {
        ("06-11111111", "Fatima Amrani"), ("06-22222222", "Bas de Vries")}


def test_edits_to_different_fields_of_one_person_merge_without_conflict(
    demo_services: Services, more_vaults: Callable[[str], Services],
) -> None:
    school = more_vaults("Bas de Vries")
    case_id = demo_services.casussen.resolve(CASE)
    send(demo_services, school, case_id)
    set_phone(demo_services, case_id, "06-11111111")
    nadia = young(school, case_id)
    set_phone(school, case_id, nadia.telefoon, email="nadia@voorbeeld.example")
    send(demo_services, school, case_id)
    send(school, demo_services, case_id)
    for services in (demo_services, school):
        assert services.dossier.conflicts(case_id) == ()
        person = young(services, case_id)
        assert (person.telefoon, person.email) == ("06-11111111", "nadia@voorbeeld.example")
    assert people_of(school, case_id) == people_of(demo_services, case_id)


def test_any_order_of_three_vaults_updates_gives_the_same_people(
    demo_services: Services, more_vaults: Callable[[str], Services],
) -> None:
    school, jeugdhulp = more_vaults("Bas de Vries"), more_vaults("Chantal Ebbers")
    case_id = demo_services.casussen.resolve(CASE)
    send(demo_services, school, case_id)
    send(demo_services, jeugdhulp, case_id)
    # all three edit apart: the same phone on two of them, different things elsewhere
    set_phone(demo_services, case_id, "06-11111111", email="nadia@wijkteam.example")
    set_phone(school, case_id, "06-22222222")
    jeugdhulp.netwerk.add_betrokkene(case_id, NieuweBetrokkene(
        NetwerkSoort.PROFESSIONEEL, "Chantal Ebbers", rol="gezinsbegeleider",
        organisatie="Jeugdhulp Oost", uren_per_week=1.5))
    amira = next(k.split("/")[1] for k, v in people_of(jeugdhulp, case_id).items()
                 if v.get("rol") is Rol.KIND)
    jeugdhulp.netwerk.edit_person(uuid.UUID(amira), NieuwePersoon(
        Rol.KIND, "Amira", "El Khatib-Amrani", date(2026, 7, 23)), keep_bsn=True)
    vaults = {"wijkteam": demo_services, "school": school, "jeugdhulp": jeugdhulp}
    updates = {name: s.dossier.export(case_id).update for name, s in vaults.items()}
    results = []
    for order in itertools.permutations(updates):
        for name, services in vaults.items():
            for sender in order:
                if sender != name:
                    services.dossier.merge(case_id, updates[sender])
            results.append(people_of(services, case_id))
    assert all(r == results[0] for r in results)
    phones = {(w.value, w.stempel.door) for w in school.dossier.conflicts(case_id)[0].values}
    assert phones == {("06-11111111", "Fatima Amrani"), ("06-22222222", "Bas de Vries")}
    assert any(v.get("naam") == "Chantal Ebbers" for v in results[0].values())
    assert results[0][f"persoon/{amira}"]["achternaam"] == "El Khatib-Amrani"


def test_a_copied_vault_writes_under_its_own_client_id(demo_path: Path, tmp_path: Path) -> None:
    """A restored backup edited beside the original: both keep their edits, as a conflict.

    Were the CRDT client id stored with the shadow, both copies would write under one id,
    and the merge would silently keep one of the two phone numbers.
    """
    vault = Vault.open(demo_path, PASSPHRASE)
    original = Services(vault, "Fatima Amrani", today=lambda: TODAY)
    case_id = original.casussen.resolve(CASE)
    original.dossier.export(case_id)  # the shadow now exists, and is copied with the file
    vault.lock()
    backup_path = copy_vault(demo_path, tmp_path / "reservekopie")
    vault = Vault.open(demo_path, PASSPHRASE)
    backup_vault = Vault.open(backup_path, PASSPHRASE)
    try:
        original = Services(vault, "Fatima Amrani", today=lambda: TODAY)
        backup = Services(backup_vault, "Fatima Amrani", today=lambda: TODAY)
        assert original.context.crdt_client != backup.context.crdt_client
        set_phone(original, case_id, "06-11111111")
        set_phone(backup, case_id, "06-22222222")
        original.dossier.merge(case_id, backup.dossier.export(case_id).update)
        (conflict,) = original.dossier.conflicts(case_id)
        assert {w.value for w in conflict.values} == {"06-11111111", "06-22222222"}
    finally:
        vault.lock()
        backup_vault.lock()
