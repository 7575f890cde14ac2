"""The consulent's own name in the vault: who every write is by, never the login name."""

from __future__ import annotations

import getpass

import pytest
from sqlmodel import select

from tafel.domain.models import AuditEvent
from tafel.errors import ValidationError
from tafel.identity import UNNAMED_ACTOR
from tafel.services import Services
from tafel.vault import Vault
from tests.builders import PASSPHRASE, new_case


def _entries(services: Services) -> list[AuditEvent]:
    with services.context.vault.transaction() as session:
        return list(session.exec(select(AuditEvent).order_by(AuditEvent.volgnummer)))


def test_a_vault_without_a_name_acts_as_nameless_never_as_the_login_name(vault: Vault) -> None:
    services = Services(vault)
    assert services.medewerker.mijn_gegevens() is None
    assert services.context.actor == UNNAMED_ACTOR != getpass.getuser()


def test_entering_the_name_makes_every_later_write_hers(vault: Vault) -> None:
    services = Services(vault)
    services.medewerker.vastleggen("  Anna de Vries ", "Wijkteam Noord", "consulent")
    services.casussen.register(new_case())
    entries = _entries(services)
    assert [e.wie for e in entries] == ["Anna de Vries"] * len(entries)
    assert entries[0].soort == "medewerker" and entries[0].actie == "aangemaakt"
    assert entries[0].details == "naam, organisatie, rol"
    again = Services(vault, "iemand anders")  # the name in the vault wins from now on
    assert again.context.actor == "Anna de Vries"
    assert again.medewerker.mijn_gegevens().regel == "Anna de Vries, consulent, Wijkteam Noord"


def test_a_change_is_audited_and_an_empty_name_changes_nothing(vault: Vault) -> None:
    services = Services(vault)
    services.medewerker.vastleggen("Anna de Vries", "Wijkteam Noord", "consulent")
    with pytest.raises(ValidationError, match=r"^Vul je naam in\.$"):
        services.medewerker.vastleggen("   ", "Wijkteam Noord", "consulent")
    assert services.medewerker.mijn_gegevens().naam == "Anna de Vries"
    unchanged = services.medewerker.vastleggen("Anna de Vries", "Wijkteam Noord", "consulent")
    assert unchanged.is_empty
    services.medewerker.vastleggen("Anna Jansen", "Wijkteam Noord", "jongerencoach")
    last = _entries(services)[-1]
    assert (last.wie, last.actie, last.details) == ("Anna Jansen", "gewijzigd", "naam, rol")
    assert services.context.actor == "Anna Jansen"
    assert services.casussen.actor == "Anna Jansen"  # one actor shared by every service


def test_a_name_on_two_lines_is_refused(vault: Vault) -> None:
    with pytest.raises(ValidationError, match="één regel"):
        Services(vault).medewerker.vastleggen("Anna\nde Vries")


def test_the_vault_id_is_stable_and_read_only(vault_path) -> None:  # type: ignore[no-untyped-def]
    first = Vault.open(vault_path, PASSPHRASE)
    try:
        kluis_id = Services(first).medewerker.kluis_id()
    finally:
        first.lock()
    second = Vault.open(vault_path, PASSPHRASE)
    try:
        assert Services(second).medewerker.kluis_id() == kluis_id
    finally:
        second.lock()


def test_the_demo_has_an_invented_consulent(demo_services: Services) -> None:
    gegevens = demo_services.medewerker.mijn_gegevens()
    assert gegevens is not None
    assert gegevens.regel == "Fatima Amrani, jongerencoach, Wijkteam Weidestad"
