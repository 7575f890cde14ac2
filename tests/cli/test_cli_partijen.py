"""``tafel identity`` and ``tafel party``: cards exchanged between two vaults from the shell.

Two vaults of their own (each with its own id): Fatima at the wijkteam, Sanne at jeugdhulp.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from tafel.errors import EXIT_MISMATCH, EXIT_OK, EXIT_USAGE
from tests.builders import PASSPHRASE, named_vault, party_card
from tests.cli.invoke import tafel

CODE = re.compile(r"Controlecode: ((?:\d{5} ){5}\d{5}  (?:\d{5} ){5}\d{5})")


@pytest.fixture
def fatima(tmp_path: Path) -> Path:
    return named_vault(tmp_path / "wijkteam" / "fatima.tafel", "Fatima Amrani",
                       "Wijkteam Oost", "jongerencoach")


@pytest.fixture
def sanne(tmp_path: Path) -> Path:
    return named_vault(tmp_path / "jeugdhulp" / "sanne.tafel", "Sanne de Wit",
                       "Jeugdhulp Twente", "ambulant hulpverlener")


def _run(*args: str) -> str:
    ran = tafel(*args, passphrase=PASSPHRASE)
    assert ran.returncode == EXIT_OK, ran.stderr
    return ran.stdout


def test_identity_prints_my_card_and_saves_it(fatima: Path, tmp_path: Path) -> None:
    out = tmp_path / "fatima.tafelkaart"
    text = _run("identity", "--vault", str(fatima), "--out", str(out))
    assert "Naam: Fatima Amrani" in text and "Organisatie: Wijkteam Oost" in text
    assert re.search(r"Versleutelsleutel \(age\): age1\w{58}", text)
    assert re.search(r"Ondertekensleutel \(minisign\): RW\S{54}", text)
    assert "SECRET" not in text and f"Kaart bewaard in {out}." in text
    card = json.loads(_run("identity", "--vault", str(fatima), "--json"))
    assert card["format"] == "tafel-partijkaart/1" and card["naam"] == "Fatima Amrani"
    assert json.loads(out.read_text(encoding="utf-8")) == card  # the same keys both times
    assert out.stat().st_mode & 0o077 == 0


def test_two_vaults_exchange_cards_compare_the_code_and_verify(
    fatima: Path, sanne: Path, tmp_path: Path
) -> None:
    fatima_card, sanne_card = tmp_path / "f.tafelkaart", tmp_path / "s.tafelkaart"
    _run("identity", "--vault", str(fatima), "--out", str(fatima_card))
    _run("identity", "--vault", str(sanne), "--out", str(sanne_card))
    at_fatima = _run("party", "add", "--vault", str(fatima), str(sanne_card))
    at_sanne = _run("party", "add", "--vault", str(sanne), str(fatima_card))
    assert "Toegevoegd: Sanne de Wit, ambulant hulpverlener, Jeugdhulp Twente" in at_fatima
    assert "Nog niet geverifieerd" in at_fatima
    code_f, code_s = CODE.search(at_fatima), CODE.search(at_sanne)
    assert code_f and code_s and code_f.group(1) == code_s.group(1)
    sanne_id = json.loads(sanne_card.read_text(encoding="utf-8"))["kluis_id"]
    listed = json.loads(_run("party", "list", "--vault", str(fatima), "--json"))
    assert [(p["vault_id"], p["name"], p["verified_on"]) for p in listed] == [
        (sanne_id, "Sanne de Wit", None)]
    verified = _run("party", "verify", "--vault", str(fatima), sanne_id, "--yes")
    assert code_f.group(1).replace("  ", " ").split()[0] in verified
    assert "is geverifieerd op" in verified
    assert "geverifieerd op" in _run("party", "list", "--vault", str(fatima))
    again = _run("party", "add", "--vault", str(fatima), str(sanne_card))
    assert "was al bekend; er is niets veranderd" in again


def test_verify_asks_and_a_no_marks_nothing(fatima: Path, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    card = tmp_path / "s.tafelkaart"
    card.write_bytes(party_card())
    kluis_id = json.loads(card.read_bytes())["kluis_id"]
    _run("party", "add", "--vault", str(fatima), str(card))
    monkeypatch.setattr("sys.stdin", io.StringIO("nee\n"))
    said_no = tafel("party", "verify", "--vault", str(fatima), kluis_id, passphrase=PASSPHRASE)
    assert said_no.returncode == EXIT_MISMATCH and "Niet geverifieerd" in said_no.stderr
    monkeypatch.setattr("sys.stdin", io.StringIO("misschien\n"))
    unsure = tafel("party", "verify", "--vault", str(fatima), kluis_id, passphrase=PASSPHRASE)
    assert unsure.returncode == EXIT_USAGE
    assert "nog niet geverifieerd" in _run("party", "list", "--vault", str(fatima))
    monkeypatch.setattr("sys.stdin", io.StringIO("ja\n"))
    _run("party", "verify", "--vault", str(fatima), kluis_id)
    assert "(geverifieerd op" in _run("party", "list", "--vault", str(fatima))


def test_a_changed_key_asks_for_replace_keys(fatima: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "1.tafelkaart", tmp_path / "2.tafelkaart"
    first.write_bytes(party_card(kluis_id="7d1c2f0e-3a4b-4c5d-8e9f-0a1b2c3d4e5f"))
    second.write_bytes(party_card(kluis_id="7d1c2f0e-3a4b-4c5d-8e9f-0a1b2c3d4e5f"))
    _run("party", "add", "--vault", str(fatima), str(first))
    refused = tafel("party", "add", "--vault", str(fatima), str(second), passphrase=PASSPHRASE)
    assert refused.returncode == EXIT_MISMATCH
    assert "andere sleutels" in refused.stderr and "--replace-keys" in refused.stderr
    replaced = _run("party", "add", "--vault", str(fatima), str(second), "--replace-keys")
    assert "zijn vervangen" in replaced
    listed = json.loads(_run("party", "list", "--vault", str(fatima), "--json"))
    assert listed[0]["age_recipient"] == json.loads(second.read_bytes())["age_ontvanger"]


def test_a_wrong_card_is_refused_before_the_passphrase_is_asked(
    fatima: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "foto.tafelkaart"
    bad.write_bytes(b"\x89PNG\r\n")
    ran = tafel("party", "add", "--vault", str(fatima), str(bad))  # no passphrase given
    assert ran.returncode == 1
    assert ran.stderr.strip() == "Dit bestand is geen partijkaart van tafel."
    missing = tafel("party", "add", "--vault", str(fatima), str(tmp_path / "weg.tafelkaart"))
    assert missing.returncode == 1 and "bestaat niet" in missing.stderr
    unknown = tafel("party", "verify", "--vault", str(fatima), "7d1c2f0e-3a4b-4c5d-8e9f-"
                    "0a1b2c3d4e5f", "--yes", passphrase=PASSPHRASE)
    assert unknown.returncode == 1 and "tafel party add" in unknown.stderr


def test_identity_without_a_name_says_what_to_do(vault_path: Path) -> None:
    ran = tafel("identity", "--vault", str(vault_path), passphrase=PASSPHRASE)
    assert ran.returncode == 1 and "Mijn gegevens" in ran.stderr


@pytest.mark.parametrize("command", [("identity",), ("party", "add"), ("party", "list"),
                                     ("party", "verify")])
def test_the_help_of_the_party_commands_is_dutch(command: tuple[str, ...]) -> None:
    ran = tafel(*command, "-h")
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.startswith(f"gebruik: tafel {' '.join(command)} ")
    assert "opties:" in ran.stdout and "--vault KLUIS" in ran.stdout
    assert "usage:" not in ran.stdout and "positional arguments" not in ran.stdout
