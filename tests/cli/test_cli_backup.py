"""``tafel backup`` and ``tafel restore``: one encrypted file, and a new vault that holds it all.

Real vaults (the demo households), the real commands in-process. A restored vault must show
every case exactly as the original does (its own vault id apart: a restored vault is a new
laptop, see services/backup.py), the backup file must hold no case word in clear, and a
damaged, cut or wrongly opened backup must make no vault at all.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tafel.errors import EXIT_DAMAGED, EXIT_ERROR, EXIT_WRONG_PASSPHRASE
from tafel.vault.crypto import kdf_path
from tests.builders import PASSPHRASE
from tests.cli.invoke import tafel
from tests.log_scan import CASE_TEXT


def _cases(vault: Path) -> list[str]:
    ran = tafel("cases", "--vault", str(vault), "--json", passphrase=PASSPHRASE)
    assert ran.returncode == 0, ran.stderr
    return [case["referentie"] for case in json.loads(ran.stdout)]


def _show(vault: Path, reference: str) -> dict:
    ran = tafel("show", "--vault", str(vault), "--case", reference, "--json",
                passphrase=PASSPHRASE)
    assert ran.returncode == 0, ran.stderr
    return json.loads(ran.stdout)


def _vault_id(vault: Path) -> str:
    ran = tafel("check", "--vault", str(vault), passphrase=PASSPHRASE)
    assert ran.returncode == 0, ran.stderr
    return next(line.split(": ", 1)[1] for line in ran.stdout.splitlines()
                if line.startswith("Kluis-id: "))


@pytest.fixture
def backup(demo_path: Path, tmp_path: Path) -> Path:
    target = tmp_path / "stick" / "demo.tafelbackup"
    target.parent.mkdir()
    ran = tafel("backup", "--vault", str(demo_path), "--to", str(target), passphrase=PASSPHRASE)
    assert ran.returncode == 0, ran.stderr
    assert "Back-up gemaakt" in ran.stdout
    return target


def test_a_restored_vault_shows_every_case_as_the_original(
    demo_path: Path, backup: Path, tmp_path: Path
) -> None:
    restored = tmp_path / "nieuw" / "terug.tafel"
    restored.parent.mkdir()
    ran = tafel("restore", str(backup), "--vault", str(restored), passphrase=PASSPHRASE)
    assert ran.returncode == 0, ran.stderr
    assert "alles is aangekomen" in ran.stdout
    references = _cases(demo_path)
    assert len(references) >= 5 and _cases(restored) == references
    for reference in references:
        before, after = _show(demo_path, reference), _show(restored, reference)
        assert after == before, reference
    assert _vault_id(restored) != _vault_id(demo_path)  # a new laptop, a new CRDT identity
    check = tafel("check", "--vault", str(restored), passphrase=PASSPHRASE)
    assert check.returncode == 0, check.stdout + check.stderr


def test_the_backup_holds_no_case_word_in_clear(backup: Path) -> None:
    data = backup.read_bytes()
    assert [word for word in CASE_TEXT if word.encode() in data] == []
    assert b"T-2026-" not in data  # not even a case reference
    assert list(backup.parent.iterdir()) == [backup]  # no temporary file left beside it


def _refused(backup: Path, target: Path, passphrase: str = PASSPHRASE) -> str:
    ran = tafel("restore", str(backup), "--vault", str(target), passphrase=passphrase)
    assert ran.returncode != 0
    assert ran.stderr.count("\n") == 1 and "Traceback" not in ran.stderr
    assert not target.exists() and not kdf_path(target).exists()
    assert [p.name for p in target.parent.iterdir() if p.name.startswith(".")] == []
    return ran.stderr


def test_a_cut_backup_makes_no_vault(backup: Path, tmp_path: Path) -> None:
    cut = tmp_path / "cut.tafelbackup"
    data = backup.read_bytes()
    cut.write_bytes(data[: len(data) * 2 // 3])
    message = _refused(cut, tmp_path / "a.tafel")
    assert "beschadigd of onvolledig" in message
    ran = tafel("restore", str(cut), "--vault", str(tmp_path / "b.tafel"), passphrase=PASSPHRASE)
    assert ran.returncode == EXIT_DAMAGED


def test_a_changed_backup_makes_no_vault(backup: Path, tmp_path: Path) -> None:
    changed = tmp_path / "changed.tafelbackup"
    data = bytearray(backup.read_bytes())
    data[len(data) // 2] ^= 0x01
    changed.write_bytes(bytes(data))
    assert "beschadigd" in _refused(changed, tmp_path / "a.tafel")


def test_a_wrong_passphrase_makes_no_vault(backup: Path, tmp_path: Path) -> None:
    message = _refused(backup, tmp_path / "a.tafel", passphrase="een heel andere zin hier")
    assert "wachtwoordzin" in message
    ran = tafel("restore", str(backup), "--vault", str(tmp_path / "b.tafel"),
                passphrase="een heel andere zin hier")
    assert ran.returncode == EXIT_WRONG_PASSPHRASE


def test_a_file_that_is_no_backup_makes_no_vault(tmp_path: Path) -> None:
    other = tmp_path / "brief.tafelbackup"
    other.write_text("Beste mevrouw, hierbij de stukken.", encoding="utf-8")
    assert "geen tafel-back-up" in _refused(other, tmp_path / "a.tafel")


def test_restore_refuses_an_existing_target(demo_path: Path, backup: Path) -> None:
    before = demo_path.read_bytes()
    ran = tafel("restore", str(backup), "--vault", str(demo_path), passphrase=PASSPHRASE)
    assert ran.returncode == EXIT_ERROR
    assert "nieuwe" in ran.stderr and ran.stderr.count("\n") == 1
    assert demo_path.read_bytes() == before


def test_a_backup_is_not_written_over_a_vault(demo_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "ander.tafel"
    other.write_bytes(b"not a vault but named like one")
    ran = tafel("backup", "--vault", str(demo_path), "--to", str(other), passphrase=PASSPHRASE)
    assert ran.returncode != 0 and other.read_bytes() == b"not a vault but named like one"


def test_restore_refuses_a_name_of_a_vaults_own_files(backup: Path, tmp_path: Path) -> None:
    target = tmp_path / "kluis.tafel.kdf"
    ran = tafel("restore", str(backup), "--vault", str(target), passphrase=PASSPHRASE)
    assert ran.returncode == EXIT_ERROR and "naam" in ran.stderr
    assert not target.exists()
