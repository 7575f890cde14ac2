"""A demo vault has a public passphrase, so it refuses a real BSN and takes only test BSNs."""

from __future__ import annotations

from pathlib import Path

import pytest

from tafel.domain.bsn import is_test_bsn, is_valid_bsn
from tafel.domain.enums import Rol
from tafel.errors import ValidationError
from tafel.services import Services
from tafel.services.netwerk import NieuwePersoon
from tafel.vault import KdfParams, Vault
from tafel.vault.files import DEMO_PASSPHRASE
from tests.builders import TODAY, new_case

REAL_BSN = "111222333"  # passes the elfproef, outside the test range
TEST_BSN = "999990019"  # RvIG test BSN


@pytest.fixture
def demo_vault_services(tmp_path: Path):  # type: ignore[no-untyped-def]
    """An empty demo vault (marked as one in its key file), with its public passphrase."""
    params = KdfParams(memory_kib=8 * 1024, time_cost=1, parallelism=1, demo=True)
    vault = Vault.create(tmp_path / "demo.tafel", DEMO_PASSPHRASE, params)
    assert Vault.is_demo(vault.path)
    yield Services(vault, "Fatima Amrani", today=lambda: TODAY)
    vault.lock()


def test_the_test_range() -> None:
    assert is_valid_bsn(REAL_BSN) and not is_test_bsn(REAL_BSN)
    assert is_test_bsn(TEST_BSN) and is_test_bsn("9999 90 019")
    assert is_test_bsn("999900006")  # the lowest elfproef number in the range
    assert not is_test_bsn("999990018")  # in the range, but fails the elfproef


@pytest.mark.parametrize("bsn", [REAL_BSN, "1112 22 333", "12345672"])
def test_a_demo_vault_refuses_a_real_bsn_and_writes_nothing(
    demo_vault_services: Services, bsn: str
) -> None:
    assert is_valid_bsn(bsn)
    with pytest.raises(ValidationError) as caught:
        demo_vault_services.casussen.register(new_case(bsn=bsn))
    message = str(caught.value)
    assert "demokluis" in message and "9999" in message and "\n" not in message
    assert demo_vault_services.casussen.summaries() == []


def test_a_demo_vault_takes_a_test_bsn_or_none(demo_vault_services: Services) -> None:
    changes = demo_vault_services.casussen.register(new_case(bsn=TEST_BSN))
    overview = demo_vault_services.casussen.open(changes.primary_id)
    assert demo_vault_services.casussen.bsn_of(overview.jongere.id) == TEST_BSN
    demo_vault_services.casussen.register(new_case(huishouden="Huishouden Zonder"))
    assert len(demo_vault_services.casussen.summaries()) == 2


def test_a_demo_vault_refuses_a_real_bsn_for_a_household_member(
    demo_vault_services: Services,
) -> None:
    case_id = demo_vault_services.casussen.register(new_case()).primary_id
    with pytest.raises(ValidationError, match="demokluis"):
        demo_vault_services.netwerk.add_person(
            case_id, NieuwePersoon(rol=Rol.OUDER, voornaam="Sanne", bsn=REAL_BSN)
        )
    demo_vault_services.netwerk.add_person(
        case_id, NieuwePersoon(rol=Rol.OUDER, voornaam="Sanne", bsn="999991115")
    )


def test_a_real_vault_takes_a_real_bsn(services: Services) -> None:
    changes = services.casussen.register(new_case(bsn=REAL_BSN))
    young = services.casussen.open(changes.primary_id).jongere
    assert services.casussen.bsn_of(young.id) == REAL_BSN
    services.netwerk.add_person(
        changes.primary_id, NieuwePersoon(rol=Rol.OUDER, voornaam="Sanne", bsn="12345672")
    )
