"""Parties and keys on real vaults: my keys made once and kept secret, cards exchanged, verified.

Two vaults here are two real SQLCipher files with their own ids (a copy of the empty template
would share the template's id, and so be the same party).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import select

from tafel.domain.enums import NetwerkSoort
from tafel.domain.models import AuditEvent
from tafel.domain.partijkaart import Partijkaart
from tafel.errors import NotFoundError, ValidationError
from tafel.services import Services
from tafel.services.netwerk import NieuweBetrokkene
from tafel.services.partijen import AGE_KEY, TEKEN_KEY, SleutelsGewijzigdError
from tafel.vault import Vault
from tests.builders import CHEAP, PASSPHRASE, TODAY, new_case, party_card


def _events(services: Services) -> list[AuditEvent]:
    with services.context.vault.transaction() as session:
        return list(session.exec(select(AuditEvent).order_by(AuditEvent.volgnummer)))


@pytest.fixture
def mine(services: Services) -> Services:
    services.medewerker.vastleggen("Fatima Amrani", "Wijkteam Oost", "jongerencoach")
    return services


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Services]:
    """A second vault, made fresh (so with its own id): Sanne at jeugdhulp."""
    vault = Vault.create(tmp_path / "jeugdhulp" / "sanne.tafel", PASSPHRASE, CHEAP)
    services = Services(vault, today=lambda: TODAY)
    services.medewerker.vastleggen("Sanne de Wit", "Jeugdhulp Twente", "ambulant hulpverlener")
    yield services
    vault.lock()


def test_my_keys_are_made_once_audited_without_the_secret_and_kept(vault_path: Path) -> None:
    vault = Vault.open(vault_path, PASSPHRASE)
    try:
        services = Services(vault, "Fatima Amrani", today=lambda: TODAY)
        services.medewerker.vastleggen("Fatima Amrani", "Wijkteam Oost")
        first = services.partijen.eigen_sleutels()
        assert first.age_identiteit.startswith("AGE-SECRET-KEY-1")
        assert first.age_ontvanger.startswith("age1")
        assert first.tekensleutel_publiek.startswith("RW")
        assert services.partijen.eigen_sleutels() == first
        assert services.partijen.sleutels_aanmaken().is_empty  # they exist: nothing to do
        made = [e for e in _events(services) if e.soort == "sleutels"]
        assert [(e.actie, e.details) for e in made] == [("aangemaakt", "age en minisign")]
        assert made[0].record_id == services.medewerker.kluis_id()
        assert first.age_identiteit not in repr(first) and first.tekensleutel not in repr(first)
    finally:
        vault.lock()
    again = Vault.open(vault_path, PASSPHRASE)
    try:
        reopened = Services(again)
        assert reopened.partijen.eigen_sleutels() == first
        card = reopened.partijen.eigen_kaart()
        assert card.kaart.age_ontvanger == first.age_ontvanger
        assert card.kaart.tekensleutel == first.tekensleutel_publiek
        assert card.kluis_id == reopened.medewerker.kluis_id()
    finally:
        again.lock()


def test_the_secret_keys_are_nowhere_but_encrypted_inside_the_vault(
    vault_path: Path, _isolated_home: Path
) -> None:
    from tests.cli.invoke import tafel

    vault = Vault.open(vault_path, PASSPHRASE)
    try:
        services = Services(vault, "Fatima Amrani")
        services.medewerker.vastleggen("Fatima Amrani", "Wijkteam Oost")
        secret = services.partijen.eigen_sleutels()
        services.partijen.voeg_toe(party_card())
        log = "\n".join(f"{e.wie} {e.details}" for e in _events(services))
        with vault.transaction() as session:
            from tafel.domain.models import VaultMeta

            stored = {k: session.get(VaultMeta, k) for k in (AGE_KEY, TEKEN_KEY)}
    finally:
        vault.lock()
    assert stored[AGE_KEY] is not None and stored[AGE_KEY].waarde == secret.age_identiteit
    ran = tafel("--debug", "identity", "--vault", str(vault_path), passphrase=PASSPHRASE)
    assert ran.returncode == 0, ran.stderr
    secrets = (secret.age_identiteit, secret.age_identiteit.lower(), secret.tekensleutel,
               secret.tekensleutel[:20])
    places = {"the audit log": log, "the command's output": ran.stdout + ran.stderr}
    files = [p for p in [*_isolated_home.rglob("*"), *vault_path.parent.rglob("*")]
             if p.is_file()]
    assert any(p.suffix == ".log" for p in files)  # the error log was written too
    for path in files:
        places[str(path)] = path.read_bytes().decode("latin-1")
    leaks = [where for where, text in places.items() for s in secrets if s in text]
    assert leaks == []


def test_my_card_needs_my_name_first(services: Services) -> None:
    with pytest.raises(ValidationError, match="Mijn gegevens"):
        services.partijen.eigen_kaart()


def test_cards_go_both_ways_and_the_code_is_the_same_on_both_laptops(
    mine: Services, other: Services
) -> None:
    mijn_kaart = mine.partijen.kaart_bestand()
    assert json.loads(mijn_kaart.decode("utf-8"))["format"] == "tafel-partijkaart/1"
    at_sanne = other.partijen.voeg_toe(mijn_kaart)
    at_fatima = mine.partijen.voeg_toe(other.partijen.kaart_bestand())
    assert at_sanne.nieuw and at_fatima.nieuw
    assert at_fatima.partij.regel == "Sanne de Wit, ambulant hulpverlener, Jeugdhulp Twente"
    assert at_fatima.partij.kluis_id == other.medewerker.kluis_id()
    assert not at_fatima.partij.geverifieerd and at_fatima.partij.staat == "nog niet geverifieerd"
    code = mine.partijen.controlecode(at_fatima.partij.id)
    assert len(code) == 60 and code.isdigit()
    assert other.partijen.controlecode(at_sanne.partij.id) == code
    mine.partijen.markeer_geverifieerd(at_fatima.partij.id)
    sanne = mine.partijen.zoek_kluis(other.medewerker.kluis_id())
    assert sanne is not None and sanne.geverifieerd_op == TODAY
    assert sanne.staat == "geverifieerd op 23-11-2026"
    assert mine.partijen.zoek_kluis(uuid.UUID(other.medewerker.kluis_id())) == sanne
    assert mine.partijen.zoek_kluis(str(uuid.uuid4())) is None
    assert mine.partijen.zoek_kluis("geen id") is None
    assert [p.naam for p in mine.partijen.lijst()] == ["Sanne de Wit"]
    mine.partijen.verificatie_intrekken(sanne.id)
    assert not mine.partijen.partij(sanne.id).geverifieerd
    with pytest.raises(ValidationError, match="nog niet geverifieerd"):
        mine.partijen.verificatie_intrekken(sanne.id)


def test_my_own_card_is_refused_and_the_same_card_again_changes_nothing(
    mine: Services, tmp_path: Path
) -> None:
    with pytest.raises(ValidationError, match="eigen"):
        mine.partijen.voeg_toe(mine.partijen.kaart_bestand())
    card = party_card()
    mine.partijen.voeg_toe(card)
    before = len(_events(mine))
    again = mine.partijen.voeg_toe(card)
    assert not again.nieuw and again.changes.is_empty
    assert len(_events(mine)) == before
    # a new role on the same keys is taken over, the keys stay verified
    mine.partijen.markeer_geverifieerd(again.partij.id)
    fields = json.loads(card)
    fields["rol"] = "gezinscoach"
    moved = mine.partijen.voeg_toe(json.dumps(fields).encode())
    assert moved.partij.rol == "gezinscoach" and moved.partij.geverifieerd
    assert (_events(mine)[-1].actie, _events(mine)[-1].details) == ("gewijzigd", "rol")


def test_new_keys_for_a_known_vault_need_confirmation_and_reset_verification(
    mine: Services,
) -> None:
    kluis_id = str(uuid.uuid4())
    first = mine.partijen.voeg_toe(party_card(kluis_id=kluis_id)).partij
    mine.partijen.markeer_geverifieerd(first.id)
    swapped = party_card(kluis_id=kluis_id)
    before = len(_events(mine))
    with pytest.raises(SleutelsGewijzigdError) as raised:
        mine.partijen.voeg_toe(swapped)
    assert "andere sleutels" in raised.value.message and raised.value.exit_code == 7
    kept = mine.partijen.partij(first.id)
    assert (kept.age_ontvanger, kept.geverifieerd) == (first.age_ontvanger, True)
    assert len(_events(mine)) == before
    replaced = mine.partijen.voeg_toe(swapped, vervang_sleutels=True)
    assert replaced.sleutels_vervangen and not replaced.partij.geverifieerd
    assert replaced.partij.age_ontvanger == json.loads(swapped)["age_ontvanger"]
    assert replaced.partij.id == first.id
    assert _events(mine)[-1].actie == "sleutels vervangen"


def test_wrong_cards_get_one_sentence_and_change_nothing(mine: Services) -> None:
    known = party_card()
    mine.partijen.voeg_toe(known)
    copied = json.loads(known)
    copied["kluis_id"] = str(uuid.uuid4())  # another vault claiming Sanne's keys
    mijn = json.loads(mine.partijen.kaart_bestand())
    mijn_id_other_keys = json.loads(party_card(kluis_id=mijn["kluis_id"]))
    my_keys_other_id = dict(mijn, kluis_id=str(uuid.uuid4()))
    before = (len(_events(mine)), mine.partijen.lijst())
    malformed = (
        (b"x" * 5000, "te groot"),
        (b"GIF89a", "geen partijkaart"),
        (json.dumps(dict(copied, tekensleutel="RW" + "A" * 54)).encode(), "ondertekensleutel"),
    )
    forged = (
        (json.dumps(copied).encode(), "gekopieerd of vervalst"),
        (json.dumps(mijn_id_other_keys).encode(), "eigen"),
        (json.dumps(my_keys_other_id).encode(), "eigen"),
    )
    for data, sentence in (*malformed, *forged):
        with pytest.raises(ValidationError) as raised:
            mine.partijen.voeg_toe(data)
        assert sentence in raised.value.message
        assert raised.value.message.endswith(".") and "\n" not in raised.value.message
    for data, sentence in malformed:  # reading alone refuses them too
        with pytest.raises(ValidationError, match=sentence):
            mine.partijen.lees_kaart(data)
    assert (len(_events(mine)), mine.partijen.lijst()) == before


def test_reading_a_card_shows_it_without_adding_it(mine: Services) -> None:
    view = mine.partijen.lees_kaart(party_card(naam="Joost Mulder", organisatie="ROC Twente"))
    assert (view.naam, view.organisatie) == ("Joost Mulder", "ROC Twente")
    assert isinstance(view.kaart, Partijkaart)
    assert mine.partijen.lijst() == []


def test_a_professional_is_linked_to_a_party_and_unlinked(mine: Services) -> None:
    partij = mine.partijen.voeg_toe(party_card()).partij
    case_a = mine.casussen.register(new_case()).primary_id
    case_b = mine.casussen.register(new_case(huishouden="Huishouden Smit",
                                             voornaam="Lotte")).primary_id
    assert case_a and case_b
    pros = [mine.netwerk.add_betrokkene(case, NieuweBetrokkene(
        NetwerkSoort.PROFESSIONEEL, "Sanne de Wit", "ambulant hulpverlener",
        "Jeugdhulp Twente")).primary_id for case in (case_a, case_b)]
    informal = mine.netwerk.add_betrokkene(case_a, NieuweBetrokkene(
        NetwerkSoort.INFORMEEL, "Tante Els")).primary_id
    assert pros[0] and pros[1] and informal
    for pro in pros:  # one party, linked in two cases
        changes = mine.partijen.koppel(partij.id, pro)
        assert changes.touches("betrokkene") and pro in changes.ids
    assert mine.partijen.koppel(partij.id, pros[0]).is_empty  # already linked
    entry = _events(mine)[-1]
    assert (entry.actie, entry.details) == ("gekoppeld", f"partij {partij.id}")
    assert mine.partijen.gekoppeld([*pros, informal]) == {pros[0]: partij, pros[1]: partij}
    shown = next(b for b in mine.casussen.open(case_a).betrokkenen if b.id == pros[0])
    assert shown.partij_id == partij.id
    with pytest.raises(ValidationError, match="Alleen een professional"):
        mine.partijen.koppel(partij.id, informal)
    with pytest.raises(NotFoundError):
        mine.partijen.koppel(uuid.uuid4(), pros[0])
    mine.partijen.ontkoppel(pros[0])
    assert mine.partijen.gekoppeld(pros) == {pros[1]: partij}
    assert _events(mine)[-1].actie == "ontkoppeld"
    assert mine.partijen.ontkoppel(pros[0]).is_empty


def test_no_name_or_key_reaches_the_audit_log(mine: Services, other: Services) -> None:
    card = other.partijen.kaart_bestand()
    partij = mine.partijen.voeg_toe(card).partij
    mine.partijen.markeer_geverifieerd(partij.id)
    fields = json.loads(card)
    log = "\n".join(f"{e.soort} {e.actie} {e.details}" for e in _events(mine))
    for value in ("Sanne", "Jeugdhulp", "hulpverlener", fields["age_ontvanger"],
                  fields["tekensleutel"], fields["tekensleutel"][:12]):
        assert value not in log
