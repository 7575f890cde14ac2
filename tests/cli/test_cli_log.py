"""``tafel log``: the audit log from the command line, per case or for the whole vault.

`tafel show` opens a case (an access); `tafel log --case` then lists it with the NEN 7513
fields, oldest first, in plain Dutch and as JSON, and holds no case text.
"""

from __future__ import annotations

import json
from pathlib import Path

from tafel.services.werkplek import werkplek_id
from tests.builders import PASSPHRASE
from tests.cli.invoke import tafel

CASE = "T-2026-0003"


def test_tafel_log_shows_who_saw_a_case_and_why(demo_path: Path) -> None:
    shown = tafel("show", "--vault", str(demo_path), "--case", CASE, passphrase=PASSPHRASE)
    assert shown.returncode == 0, shown.stderr
    ran = tafel("log", "--vault", str(demo_path), "--case", CASE, "--json",
                passphrase=PASSPHRASE)
    assert ran.returncode == 0, ran.stderr
    lines = json.loads(ran.stdout)
    assert [n["number"] for n in lines] == sorted(n["number"] for n in lines)
    assert {n["case"] for n in lines} == {CASE}
    opened = lines[-1]
    assert (opened["action"], opened["kind"], opened["origin"], opened["result"]) == (
        "bekeken", "casus", "opdracht", "gelukt")
    assert opened["who"] == opened["on_behalf_of"] == "Fatima Amrani"
    assert (opened["organisation"], opened["role"]) == ("Wijkteam Weidestad", "jongerencoach")
    assert opened["workstation"] == werkplek_id()
    assert opened["basis"] == "wettelijke taak"
    assert opened["sentence"] == ("Fatima Amrani (jongerencoach, Wijkteam Weidestad) heeft "
                                  "het dossier bekeken")

    text = tafel("log", "--vault", str(demo_path), "--case", CASE, passphrase=PASSPHRASE)
    assert text.returncode == 0, text.stderr
    *_, seen, read = text.stdout.splitlines()  # the case, then the log read as JSON above
    assert "heeft het dossier bekeken. Waarom: wettelijke taak" in seen
    assert f"werkplek {werkplek_id()[:8]}, opdracht, gelukt" in seen
    assert "heeft het logboek bekeken" in read
    # Reading the log was itself an access, and the whole vault's log shows it.
    everything = json.loads(tafel("log", "--vault", str(demo_path), "--json",
                                  passphrase=PASSPHRASE).stdout)
    read_entries = [(n["action"], n["case"]) for n in everything if n["kind"] == "logboek"]
    assert read_entries == [("bekeken", CASE)] * 2
    assert everything[-1]["action"] == "ontgrendeld"  # this call's own unlock, then its lines
    assert len(everything) > len(lines)


def test_tafel_log_of_an_unknown_case_is_one_dutch_line(demo_path: Path) -> None:
    ran = tafel("log", "--vault", str(demo_path), "--case", "T-1999-0001", passphrase=PASSPHRASE)
    assert ran.returncode != 0 and ran.stderr.strip().count("\n") == 0
    assert "Er is geen casus" in ran.stderr
