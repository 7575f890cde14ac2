"""``tafel init`` asks who the consulent is; the vault keeps it and its own id.

Before, every audit entry named the computer's login name (``root`` on the printed plan).
"""

from __future__ import annotations

import getpass
import json
import re
import uuid
from pathlib import Path

from sqlmodel import select

from tafel.domain.models import AuditEvent
from tafel.services import Services
from tafel.vault import Vault
from tests.builders import PASSPHRASE, new_case
from tests.cli.invoke import NAME_ENV, tafel


def _entries(path: Path) -> list[AuditEvent]:
    vault = Vault.open(path, PASSPHRASE)
    try:
        with vault.transaction() as session:
            return list(session.exec(select(AuditEvent)))
    finally:
        vault.lock()


def test_init_keeps_the_name_in_the_vault_and_every_entry_uses_it(tmp_path: Path) -> None:
    path = tmp_path / "nieuw.tafel"
    made = tafel("init", "--vault", str(path), passphrase=PASSPHRASE, env=NAME_ENV)
    assert made.returncode == 0, made.stderr
    assert "Fatima Amrani, jongerencoach, Wijkteam Oost" in made.stdout
    checked = tafel("check", "--vault", str(path), passphrase=PASSPHRASE)
    assert checked.returncode == 0, checked.stderr
    assert "Medewerker: Fatima Amrani, jongerencoach, Wijkteam Oost" in checked.stdout
    kluis_id = re.search(r"Kluis-id: (\S+)", checked.stdout)
    assert kluis_id is not None and uuid.UUID(kluis_id.group(1)).version == 4
    vault = Vault.open(path, PASSPHRASE)
    try:
        services = Services(vault)
        case_id = services.casussen.register(new_case()).primary_id
        assert services.medewerker.kluis_id() == kluis_id.group(1)
    finally:
        vault.lock()
    shown = tafel("show", "--vault", str(path), "--case", str(case_id), "--json",
                  passphrase=PASSPHRASE)
    assert "vault_id" not in json.loads(shown.stdout)  # the vault, not the case: tafel check
    entries = _entries(path)
    assert {e.wie for e in entries} == {"Fatima Amrani"}
    assert [e.actie for e in entries if e.soort == "medewerker"] == ["aangemaakt"]
    assert not any(getpass.getuser() in e.wie for e in entries)


def test_init_refuses_an_empty_name_and_makes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "nieuw.tafel"
    result = tafel("init", "--vault", str(path), passphrase=PASSPHRASE,
                   env={**NAME_ENV, "TAFEL_NAME": "   "})
    assert result.returncode == 1
    assert result.stderr.strip() == "Vul je naam in."
    assert list(tmp_path.iterdir()) == []
