"""The audit log's anchor outside the vault: truncating or rewriting the log is detected.

The passphrase opens the database, so whoever has it can delete log entries and set the head
back; the chain inside the vault then still looks whole. The anchor (the newest entry's
position and hash, kept in the user's settings folder after every commit) catches that.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

from tafel.errors import EXIT_LOG_CHANGED
from tafel.services import Services, audit
from tafel.services.audit_anchor import anchors_path, check_anchor, vault_id
from tafel.services.casussen import NieuweCasus
from tafel.vault import Vault
from tests.builders import PASSPHRASE, TODAY


def _register(services: Services, name: str = "Proef") -> None:
    services.casussen.register(NieuweCasus(f"Huishouden {name}", "Sam", name,
                                    TODAY.replace(year=TODAY.year - 17), "Fatima"))


def _sql(vault: Vault, *statements: str) -> None:
    """Raw SQL through the vault's own engine: what anyone with the passphrase can do."""
    with vault.engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement))


def _tafel(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TAFEL_PASSPHRASE": PASSPHRASE}
    return subprocess.run([sys.executable, "-m", "tafel", *args], capture_output=True,
                          text=True, env=env, stdin=subprocess.DEVNULL, timeout=120)


def _check(services: Services):  # type: ignore[no-untyped-def]
    with services.context.vault.transaction() as session:
        return check_anchor(session, vault_id(session))


def test_every_commit_with_entries_moves_the_anchor(services: Services) -> None:
    _register(services)
    with services.context.vault.transaction() as session:
        position = audit.log_position(session)
        kluis = vault_id(session)
    stored = json.loads(anchors_path().read_text(encoding="utf-8"))
    anchor = stored["vaults"][kluis]
    assert (anchor["entries"], anchor["head"]) == (position.entries, position.head) == (
        3, position.head)
    assert stat.S_IMODE(anchors_path().stat().st_mode) == 0o600
    raw = anchors_path().read_text(encoding="utf-8")
    assert "Proef" not in raw and "Sam" not in raw  # ids, counts and hashes only
    assert _check(services).intact


def test_deleting_every_entry_and_the_head_fails_tafel_check_with_exit_6(
    services: Services, vault_path: Path
) -> None:
    _register(services)
    _sql(services.context.vault, "DELETE FROM auditevent",
         "DELETE FROM vaultmeta WHERE sleutel = 'audit_head'")
    with services.context.vault.transaction() as session:
        assert audit.verify_chain(session).intact  # the chain alone cannot see it
    services.context.vault.lock()
    result = _tafel("check", "--vault", str(vault_path))
    assert result.returncode == EXIT_LOG_CHANGED == 6, result.stdout + result.stderr
    assert result.stdout == ""
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("Het logboek van deze kluis is buiten tafel om ingekort")
    assert "3 regels" in line and "nu nog 0" in line


def test_deleting_the_last_three_and_setting_the_head_back_is_detected(
    services: Services,
) -> None:
    _register(services, "Een")
    _register(services, "Twee")
    vault = services.context.vault
    with vault.transaction() as session:
        keep = session.exec(text("SELECT hash FROM auditevent WHERE volgnummer = 3")).one()[0]
    _sql(vault, "DELETE FROM auditevent WHERE volgnummer > 3",
         f"UPDATE vaultmeta SET waarde = '{keep}' WHERE sleutel = 'audit_head'")
    with vault.transaction() as session:
        assert audit.verify_chain(session).intact
    check = _check(services)
    assert not check.intact
    assert check.found_entries == 3 and check.anchor is not None and check.anchor.entries == 6
    assert "ingekort" in check.sentence and "6 regels" in check.sentence


def test_a_log_rewritten_with_recomputed_hashes_is_detected(services: Services) -> None:
    _register(services, "Een")
    _register(services, "Twee")
    vault = services.context.vault
    # Change who did entry 2 and rebuild every hash from there, as a careful forger would.
    _sql(vault, "UPDATE auditevent SET wie = 'iemand anders' WHERE volgnummer = 2")
    with vault.transaction() as session:
        from sqlmodel import select

        from tafel.domain.models import AuditEvent, VaultMeta

        previous = audit.GENESIS
        for event in session.exec(select(AuditEvent).order_by(AuditEvent.volgnummer)):
            event.vorige_hash = previous
            event.hash = audit.event_hash(event)
            previous = event.hash
            session.add(event)
        head = session.get(VaultMeta, audit.HEAD_KEY)
        assert head is not None
        head.waarde = previous
        session.add(head)
    with vault.transaction() as session:
        assert audit.verify_chain(session).intact and audit.verify_chain(session).entries == 6
    check = _check(services)
    assert not check.intact and check.found_entries == 6
    assert check.sentence.startswith("Het logboek van deze kluis is buiten tafel om herschreven")


def test_the_anchor_does_not_follow_a_shortened_log(services: Services) -> None:
    """A write after the log was cut does not silently make the cut log the new truth."""
    _register(services, "Een")
    _sql(services.context.vault, "DELETE FROM auditevent",
         "DELETE FROM vaultmeta WHERE sleutel = 'audit_head'")
    _register(services, "Twee")  # 3 new entries, a chain of its own
    assert not _check(services).intact


def test_a_missing_or_unreadable_anchor_file_is_a_first_use(services: Services) -> None:
    _register(services)
    anchors_path().write_text("{kapot", encoding="utf-8")
    assert _check(services).intact and _check(services).anchor is None
    _register(services, "Twee")
    assert _check(services).anchor is not None
