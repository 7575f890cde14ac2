"""``tafel destroy``: the case goes, its record stays, and other cases are untouched."""

from __future__ import annotations

import json
from pathlib import Path

from tests.builders import PASSPHRASE, copy_vault
from tests.cli.invoke import tafel


def test_destroy_removes_the_case_and_keeps_the_others(demo_template: Path,
                                                       tmp_path: Path) -> None:
    vault = copy_vault(demo_template, tmp_path)
    cases = json.loads(tafel("cases", "--vault", str(vault), "--json",
                             passphrase=PASSPHRASE).stdout)
    gone, kept = cases[0], cases[1:]
    refused = tafel("destroy", "--vault", str(vault), "--case", gone["referentie"],
                    "--reason", f"Gevraagd door {gone['young_person'].split()[0]}",
                    passphrase=PASSPHRASE)
    assert refused.returncode != 0 and "geen namen" in refused.stderr
    assert "Traceback" not in refused.stderr
    done = tafel("destroy", "--vault", str(vault), "--case", gone["referentie"],
                 "--reason", "Bewaartermijn verstreken", passphrase=PASSPHRASE)
    assert done.returncode == 0, done.stderr
    assert f"Casus {gone['referentie']} is vernietigd" in done.stdout
    after = json.loads(tafel("cases", "--vault", str(vault), "--json",
                             passphrase=PASSPHRASE).stdout)
    assert [c["referentie"] for c in after] == [c["referentie"] for c in kept]
    again = tafel("destroy", "--vault", str(vault), "--case", gone["referentie"],
                  "--reason", "Bewaartermijn verstreken", passphrase=PASSPHRASE)
    assert again.returncode != 0 and "Traceback" not in again.stderr
