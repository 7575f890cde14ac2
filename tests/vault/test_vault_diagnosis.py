"""The right diagnosis: each cause of a vault that does not open gets its own sentence and code.

Before, a damaged first page, a full disk, a read-only folder and a changed key file all got
"Deze wachtwoordzin opent de kluis niet", and most random byte flips got "Er ging iets
onverwachts mis". Each case here is made for real: bytes flipped in the file, a key file
edited, a real full or read-only disk.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from tafel.app import main
from tafel.errors import (
    EXIT_CANNOT_WRITE,
    EXIT_DAMAGED,
    EXIT_USAGE,
    EXIT_WRONG_PASSPHRASE,
    DiskFullError,
    KeyFileChangedError,
    ReadOnlyError,
    VaultDamagedError,
    WrongPassphraseError,
)
from tafel.vault import Vault
from tafel.vault.crypto import kdf_path
from tests.builders import CHEAP, PASSPHRASE, copy_vault
from tests.faults import disk_under, fill_disk, make_read_only

PAGE = 4096


def flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x5A
    path.write_bytes(bytes(data))


def tafel_check(vault: Path, capsys: pytest.CaptureFixture[str],
                passphrase: str = PASSPHRASE) -> tuple[int, str]:
    os.environ["TAFEL_PASSPHRASE"] = passphrase
    try:
        code = main(["check", "--vault", str(vault)])
    finally:
        del os.environ["TAFEL_PASSPHRASE"]
    return code, capsys.readouterr().err.strip()


def test_a_damaged_first_page_is_damage_not_a_wrong_passphrase(demo_path: Path) -> None:
    flip(demo_path, 200)  # inside page 1, past SQLCipher's salt
    env = dict(os.environ, TAFEL_PASSPHRASE=PASSPHRASE)
    result = subprocess.run([sys.executable, "-m", "tafel", "check", "--vault", str(demo_path)],
                            capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == EXIT_DAMAGED
    assert "beschadigd" in result.stderr and "wachtwoordzin" not in result.stderr
    assert "reservekopie" in result.stderr  # says what the user can do
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_wrong_passphrase_is_still_a_wrong_passphrase(demo_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    code, err = tafel_check(demo_path, capsys, passphrase="niet de goede wachtwoordzin")
    assert code == EXIT_WRONG_PASSPHRASE
    assert err == WrongPassphraseError.default_message


def test_random_byte_flips_are_reported_as_damage(demo_path: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    size = demo_path.stat().st_size
    chance = random.Random(20261130)
    verdicts = []
    for trial in range(40):
        copy = copy_vault(demo_path, tmp_path / f"flip{trial}")
        flip(copy, chance.randrange(16, size))
        code, err = tafel_check(copy, capsys)
        verdicts.append((code, err))
    unexpected = [v for v in verdicts if "onverwachts" in v[1] or "wachtwoordzin" in v[1]]
    assert not unexpected
    assert all(code == EXIT_DAMAGED and "beschadigd" in err for code, err in verdicts), verdicts


def test_a_flipped_byte_never_leaves_the_vault_unlocked(demo_path: Path, tmp_path: Path) -> None:
    """Opening (not only checking) a damaged vault refuses it and keeps no key."""
    size = demo_path.stat().st_size
    chance = random.Random(7)
    for trial in range(12):
        copy = copy_vault(demo_path, tmp_path / f"open{trial}")
        flip(copy, chance.randrange(16 + PAGE, size))
        vault = Vault(copy)
        try:
            vault.unlock(PASSPHRASE)
        except VaultDamagedError:
            assert not vault.is_unlocked
        else:  # a flip in a free page harms nothing the vault uses
            assert vault.integrity_errors(), "a damaged page went unnoticed"
            vault.lock()


def test_an_edited_key_file_is_named(vault_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = json.loads(kdf_path(vault_path).read_text())
    raw["time_cost"] = 2
    kdf_path(vault_path).write_text(json.dumps(raw))
    with pytest.raises(KeyFileChangedError):
        Vault.open(vault_path, PASSPHRASE)
    code, err = tafel_check(vault_path, capsys)
    assert code == EXIT_DAMAGED and "sleutelbestand" in err.lower()


def test_a_key_file_of_another_vault_is_named(vault_path: Path, tmp_path: Path) -> None:
    other = Vault.create(tmp_path / "ander" / "ander.tafel", PASSPHRASE, CHEAP)
    other.lock()
    kdf_path(vault_path).write_bytes(kdf_path(other.path).read_bytes())
    with pytest.raises(KeyFileChangedError) as caught:
        Vault.open(vault_path, PASSPHRASE)
    assert "andere kluis" in caught.value.message


def test_a_missing_key_file_is_named(vault_path: Path) -> None:
    kdf_path(vault_path).unlink()
    with pytest.raises(KeyFileChangedError) as caught:
        Vault.open(vault_path, PASSPHRASE)
    assert "ontbreekt" in caught.value.message


@pytest.mark.parametrize("field, value", [("time_cost", 10**9), ("memory_kib", 8 * 1024**2),
                                          ("parallelism", 10**6), ("time_cost", 2.5),
                                          ("memory_kib", "veel")])
def test_a_key_file_asking_for_absurd_costs_is_refused_at_once(
    vault_path: Path, field: str, value: object
) -> None:
    """A key file with a billion passes or 8 GiB would hang the unlock; it is refused unread."""
    raw = json.loads(kdf_path(vault_path).read_text())
    raw[field] = value
    raw.pop("checksum", None)
    kdf_path(vault_path).write_text(json.dumps(raw))
    with pytest.raises(VaultDamagedError):
        Vault.open(vault_path, PASSPHRASE)


def test_a_fifo_as_key_file_does_not_hang(vault_path: Path) -> None:
    kdf_path(vault_path).unlink()
    os.mkfifo(kdf_path(vault_path))
    with pytest.raises(VaultDamagedError):
        Vault.open(vault_path, PASSPHRASE)


def test_a_read_only_folder_is_named(empty_template: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    with disk_under(tmp_path) as disk:
        copy = copy_vault(empty_template, disk / "kluis")
        make_read_only(disk)
        with pytest.raises(ReadOnlyError):
            Vault.open(copy, PASSPHRASE)
        code, err = tafel_check(copy, capsys)
        assert code == EXIT_CANNOT_WRITE and "alleen-lezen" in err


def test_init_on_a_full_disk_says_so_and_leaves_nothing(tmp_path: Path) -> None:
    with disk_under(tmp_path, size_kib=2048) as disk:
        fill_disk(disk)
        before = sorted(p.name for p in disk.iterdir())
        with pytest.raises(DiskFullError):
            Vault.create(disk / "nieuw.tafel", PASSPHRASE, CHEAP)
        assert sorted(p.name for p in disk.iterdir()) == before
        env = dict(os.environ, TAFEL_PASSPHRASE=PASSPHRASE, TAFEL_NAME="Fatima Amrani")
        result = subprocess.run(
            [sys.executable, "-m", "tafel", "init", "--vault", str(disk / "ander.tafel")],
            capture_output=True, text=True, env=env, timeout=120)
        assert result.returncode == EXIT_CANNOT_WRITE
        assert "schijf is vol" in result.stderr and "Traceback" not in result.stderr
        assert sorted(p.name for p in disk.iterdir() if not p.name.endswith(".lock")) == before


def test_unlock_on_a_full_disk_says_so(demo_path: Path, tmp_path: Path) -> None:
    with disk_under(tmp_path, size_kib=4096) as disk:
        copy = copy_vault(demo_path, disk / "kluis")
        fill_disk(disk)
        with pytest.raises(DiskFullError):
            vault = Vault.open(copy, PASSPHRASE)
            with vault.transaction() as session:  # a write: the audit of an unlock, an edit
                from tafel.services import audit

                audit.record(session, "Test", "ontgrendeld", "kluis")
            vault.lock()


def test_a_usage_error_is_not_a_wrong_passphrase(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["show", "--vault", "x.tafel"])
    assert caught.value.code == EXIT_USAGE
    err = capsys.readouterr().err
    assert "ontbreekt" in err and len(err.strip().splitlines()) == 1
