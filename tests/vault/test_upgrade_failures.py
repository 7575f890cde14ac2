"""An upgrade that fails, for whatever reason, changes nothing and says why in one sentence.

Whatever stops a migration half-way (a plan document it cannot read, a vault already
upgraded by a newer tafel), the whole upgrade rolls back: the vault keeps its revision and
every row, so the tafel it came from still opens it, and the person sees one Dutch sentence
(a TafelError) from the app and from the command line, never a traceback.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import text

from tafel.errors import DiskFullError, MigrationFailedError, TafelError, VaultTooNewError
from tafel.vault import Vault, migrate
from tafel.vault.crypto import derive_key, kdf_path, read_key_file
from tafel.vault.engine import make_engine
from tests.builders import PASSPHRASE
from tests.cli.invoke import tafel
from tests.faults import disk_under, fill_disk
from tests.old_vault_rows import V2
from tests.old_vaults import assert_kept, kept_rows, make_old_vault

Snapshot = dict[str, list[tuple[object, ...]]]


def _raw(path: Path, change: str | None = None, **values: object) -> tuple[str | None, Snapshot]:
    """The vault's revision and every row (after running ``change``), read without tafel."""
    engine = make_engine(path, derive_key(PASSPHRASE, read_key_file(kdf_path(path))))
    try:
        with engine.begin() as connection:
            if change is not None:
                connection.execute(text(change), values)
            tables = [r[0] for r in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
            rows = {t: sorted(map(tuple, connection.exec_driver_sql(f'SELECT * FROM "{t}"')),
                              key=repr) for t in tables}
        return migrate.current_revision(engine), rows
    finally:
        engine.dispose()


def _refused(path: Path, error: type[TafelError]) -> str:
    """Opening the vault fails with ``error``; the vault is locked and let go again."""
    vault = Vault(path)
    with pytest.raises(error) as caught:
        vault.unlock(PASSPHRASE)
    assert not vault.is_unlocked
    assert isinstance(caught.value, TafelError)
    return str(caught.value)


def test_a_plan_that_cannot_be_converted_rolls_every_migration_back(tmp_path: Path) -> None:
    """At 0004 with a damaged plan version: 0005 to 0011 run, 0012 cannot read it."""
    old = make_old_vault(tmp_path, "0004")
    before = _raw(old.path, "UPDATE planversie SET document = :d WHERE id = :i",
                  d=b"\x01\x02 geen pycrdt", i=V2.hex)

    message = _refused(old.path, MigrationFailedError)

    assert message.startswith("tafel kon deze kluis niet bijwerken")
    assert _raw(old.path) == before  # the revision and every row as they were
    assert migrate.backup_path(old.path, "0004").exists()  # the copy taken before it
    again = tafel("check", "--vault", str(old.path), passphrase=PASSPHRASE)
    assert again.stderr.strip() == message and "Traceback" not in again.stderr
    assert again.returncode == MigrationFailedError.exit_code


def test_a_vault_from_a_newer_tafel_is_left_alone(tmp_path: Path) -> None:
    """Opened with an older tafel (a second laptop, a tafel put back): nothing to migrate."""
    old = make_old_vault(tmp_path, "0019")
    before = _raw(old.path, "UPDATE alembic_version SET version_num = '0099'")

    message = _refused(old.path, VaultTooNewError)

    assert "nieuwere versie van tafel" in message
    assert _raw(old.path) == before
    assert not migrate.backup_path(old.path, "0099").exists()
    again = tafel("check", "--vault", str(old.path), passphrase=PASSPHRASE)
    assert again.stderr.strip() == message and again.returncode == VaultTooNewError.exit_code


def test_a_disk_too_full_for_the_copy_before_the_upgrade_leaves_no_half_copy(
        tmp_path: Path) -> None:
    """The copy taken before migrating is whole or not there: a half one is no way back."""
    old = make_old_vault(tmp_path, "0004")
    with disk_under(tmp_path, size_kib=2048) as disk:
        for name in (old.path.name, f"{old.path.name}.kdf"):
            shutil.copy2(tmp_path / name, disk / name)
        vault = disk / old.path.name
        before = _raw(vault)
        filler = fill_disk(disk)
        os.truncate(filler, filler.stat().st_size - 150 * 1024)  # room, not for a copy

        message = _refused(vault, DiskFullError)

        assert "schijf is vol" in message
        assert _raw(vault) == before
        assert sorted(p.name for p in disk.iterdir()) == sorted(
            [vault.name, f"{vault.name}.kdf", filler.name])


def test_an_upgrade_killed_half_way_is_as_if_it_never_began(tmp_path: Path) -> None:
    """The power goes while a vault from 0004 is at 0012: nothing of 0005 to 0012 stays.

    The process kills itself the moment Alembic writes down that 0012 is done (so no timing
    is guessed); the next start finds the vault at 0004 and upgrades it whole.
    """
    old = make_old_vault(tmp_path, "0004")
    before = _raw(old.path)
    script = textwrap.dedent(f"""
        import os, signal, sys
        from sqlalchemy import Engine, event
        from tafel.vault import Vault

        @event.listens_for(Engine, "before_cursor_execute")
        def power_cut(conn, cursor, statement, parameters, context, executemany):
            if "version_num='0012'" in statement:  # Alembic: 0012 is done
                os.kill(os.getpid(), signal.SIGKILL)

        Vault.open(sys.argv[1], {PASSPHRASE!r})
        print("niet onderbroken")
    """)
    done = subprocess.run([sys.executable, "-c", script, str(old.path)], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == -signal.SIGKILL, done.stderr[-2000:]

    assert _raw(old.path) == before
    vault = Vault.open(old.path, PASSPHRASE)
    try:
        assert migrate.current_revision(vault.engine) == migrate.HEAD
        assert_kept(vault.engine, old, kept_rows(vault.engine, old))
    finally:
        vault.lock()
