"""``tafel correct``: a text a person asked to remove leaves the plan.

A wrong request (a text that is not there, someone not of the case) is refused in one Dutch
line and changes nothing.
"""

from __future__ import annotations

import json
from pathlib import Path

from tafel.errors import EXIT_OK
from tafel.services import Services
from tafel.vault import Vault
from tests.builders import PASSPHRASE, TODAY, pdf_text, plant_text
from tests.cli.invoke import tafel

CASE = "T-2026-0006"  # Jaylen: two plan versions, signed
MARK = "MRKCORRECT mijn broer zat vast"


def _plant(vault: Path) -> None:
    opened = Vault.open(vault, PASSPHRASE)
    try:
        services = Services(opened, "Fatima Amrani", today=lambda: TODAY)
        plant_text(services, services.casussen.resolve(CASE), MARK)
    finally:
        opened.lock()


def _plan_text(vault: Path) -> str:
    """The newest version as ``tafel print`` puts it on paper."""
    out = vault.with_name("plan.pdf")
    printed = tafel("print", "--vault", str(vault), "--case", CASE, "--out", str(out),
                    passphrase=PASSPHRASE)
    assert printed.returncode == EXIT_OK, printed.stderr
    return pdf_text(out.read_bytes())


def test_correct_removes_a_text_from_the_plan_on_request(demo_path: Path) -> None:
    _plant(demo_path)
    assert "MRKCORRECT" in _plan_text(demo_path)

    done = tafel("correct", "--vault", str(demo_path), "--case", CASE, "--person",
                 "Jaylen Pinas", "--text", MARK, passphrase=PASSPHRASE)

    assert done.returncode == EXIT_OK, done.stderr
    first, second = done.stdout.splitlines()[:2]
    # the new version holds it, and so does the text frozen when it was printed above
    assert first.startswith("Gevonden in versie ") and "(concept)" in first
    assert first.endswith("in 1 vastgelegde tekst en 1 afdruk."), first
    assert second == "Verwijderd op 2 plaatsen (AVG art. 17)."
    assert "Back-ups van vóór nu" in done.stdout
    assert "MRKCORRECT" not in _plan_text(demo_path)
    log = tafel("log", "--vault", str(demo_path), "--case", CASE, passphrase=PASSPHRASE)
    assert "AVG art. 17" in log.stdout and "MRKCORRECT" not in log.stdout


def test_correct_refuses_a_text_that_is_not_there_and_a_stranger(demo_path: Path) -> None:
    _plant(demo_path)
    missing = tafel("correct", "--vault", str(demo_path), "--case", CASE, "--person",
                    "Jaylen Pinas", "--text", "MRKNERGENS", passphrase=PASSPHRASE)
    assert missing.returncode != EXIT_OK
    assert "Deze tekst staat nergens in het plan." in missing.stdout
    assert missing.stderr.strip().startswith("Deze tekst staat nergens")
    assert "Traceback" not in missing.stderr and len(missing.stderr.splitlines()) == 1

    stranger = tafel("correct", "--vault", str(demo_path), "--case", CASE, "--person",
                     "Iemand Anders", "--text", MARK, "--replace", "iets",
                     passphrase=PASSPHRASE)
    assert stranger.returncode != EXIT_OK and "Traceback" not in stranger.stderr
    assert "MRKCORRECT" in _plan_text(demo_path)  # nothing changed


def test_correct_replaces_a_text_at_a_network_members_request(demo_path: Path) -> None:
    _plant(demo_path)
    shown = json.loads(tafel("show", "--vault", str(demo_path), "--case", CASE, "--json",
                             passphrase=PASSPHRASE).stdout)
    member = shown["network"][0]

    done = tafel("correct", "--vault", str(demo_path), "--case", CASE, "--person",
                 member["id"], "--text", "MRKCORRECT mijn broer", "--replace", "MRKGOED ik",
                 passphrase=PASSPHRASE)

    assert done.returncode == EXIT_OK, done.stderr
    assert done.stdout.splitlines()[1] == "Verbeterd op 1 plaats (AVG art. 16)."
    text = _plan_text(demo_path)
    assert "MRKGOED ik zat vast" in text and "MRKCORRECT" not in text
