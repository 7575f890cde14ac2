"""``tafel rekey``: a new passphrase from the command line, on the vault's crash-safe rekey.

Afterwards the old passphrase is refused (exit 2) and the new one opens; a weak new one is
refused with one Dutch line and leaves the vault as it was.
"""

from __future__ import annotations

from pathlib import Path

from sqlmodel import select

from tafel.domain.models import AuditEvent
from tafel.vault import Vault
from tafel.vault.passphrase import suggest
from tests.builders import PASSPHRASE
from tests.cli.invoke import tafel, tafel_process


def _files(path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in path.parent.iterdir()
            if p.name.startswith(path.name) and not p.name.endswith(".lock")}


def test_after_rekey_the_old_passphrase_is_refused_and_the_new_one_opens(
    vault_path: Path,
) -> None:
    new = suggest()
    result = tafel("rekey", "--vault", str(vault_path), passphrase=PASSPHRASE,
                   env={"TAFEL_NEW_PASSPHRASE": new})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        "De kluis heeft een nieuwe wachtwoordzin. De oude werkt niet meer.")
    old = tafel("check", "--vault", str(vault_path), passphrase=PASSPHRASE)
    assert old.returncode == 2
    assert old.stderr.strip() == (
        "Deze wachtwoordzin opent de kluis niet. Controleer hem en probeer het opnieuw.")
    assert tafel("check", "--vault", str(vault_path), passphrase=new).returncode == 0
    vault = Vault.open(vault_path, new)
    try:
        with vault.transaction() as session:
            actions = [e.actie for e in session.exec(select(AuditEvent))]
    finally:
        vault.lock()
    assert "wachtwoordzin gewijzigd" in actions


def test_a_weak_new_passphrase_is_one_dutch_line_and_the_vault_is_unchanged(
    vault_path: Path,
) -> None:
    before = _files(vault_path)
    result = tafel("rekey", "--vault", str(vault_path), passphrase=PASSPHRASE,
                   env={"TAFEL_NEW_PASSPHRASE": "wachtwoord"})
    assert result.returncode == 1
    assert result.stdout == ""
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("Deze wachtwoordzin staat in lijsten met veelgebruikte wachtwoorden.")
    assert "Bijvoorbeeld: " in line
    assert _files(vault_path) == before
    assert tafel("check", "--vault", str(vault_path), passphrase=PASSPHRASE).returncode == 0


def test_a_wrong_old_passphrase_exits_2_and_changes_nothing(vault_path: Path) -> None:
    new = suggest()
    result = tafel("rekey", "--vault", str(vault_path), passphrase="niet de goede zin",
                   env={"TAFEL_NEW_PASSPHRASE": new})
    assert result.returncode == 2
    assert tafel("check", "--vault", str(vault_path), passphrase=PASSPHRASE).returncode == 0
    assert tafel("check", "--vault", str(vault_path), passphrase=new).returncode == 2


def test_the_demo_vault_keeps_its_public_passphrase(tmp_path: Path) -> None:
    from tafel.demo.vault import create_demo_vault
    from tests.builders import CHEAP, TODAY

    path, _count = create_demo_vault(tmp_path / "demo.tafel", None, None, TODAY, CHEAP)
    result = tafel("rekey", "--vault", str(path), env={"TAFEL_NEW_PASSPHRASE": suggest()})
    assert result.returncode == 1
    assert result.stderr.strip().startswith("De demokluis houdt zijn openbare wachtwoordzin")


def test_typed_old_then_new_twice_as_a_real_process(vault_path: Path) -> None:
    new = suggest()
    typed = f"{PASSPHRASE}\n{new}\n{new}\n"
    result = tafel_process("rekey", "--vault", str(vault_path), typed=typed)
    assert result.returncode == 0, result.stderr
    assert "Nieuwe wachtwoordzin" in result.stderr and "Nog een keer" in result.stderr
    assert tafel("check", "--vault", str(vault_path), passphrase=new).returncode == 0


def test_two_different_new_passphrases_typed_change_nothing(vault_path: Path) -> None:
    typed = f"{PASSPHRASE}\n{suggest()}\n{suggest()}\n"
    result = tafel_process("rekey", "--vault", str(vault_path), typed=typed)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1] == (
        "De twee nieuwe wachtwoordzinnen zijn niet gelijk.")
    assert tafel("check", "--vault", str(vault_path), passphrase=PASSPHRASE).returncode == 0
