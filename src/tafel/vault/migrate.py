"""Schema migrations with Alembic, checked every time a vault is opened.

Before an existing vault is migrated, a copy of the (still encrypted) file is taken beside it,
so a failed or unwanted migration can always be undone by hand.

Alembic is imported only when a vault needs migrating: importing it costs about 0.15 s,
and during an unlock in the background that import holds the interpreter and with it the
window. A vault that is up to date is recognised by one query against :data:`HEAD`.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text

from tafel.errors import MigrationFailedError, TafelError, VaultDamagedError, VaultTooNewError
from tafel.vault.sql_errors import translate

if TYPE_CHECKING:
    from alembic.config import Config

_SCRIPTS = Path(__file__).resolve().parent / "migrations"

HEAD = "0020"
"""The newest revision in ``migrations/versions``; tests/vault/test_migrations.py checks it
against Alembic's own answer, so a new migration cannot be forgotten here."""


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_SCRIPTS))
    return config


def head_revision() -> str:
    """The newest schema revision in the migration scripts, as Alembic reads them."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision the vault's schema is at, or None for an empty vault.

    Read as Alembic reads it (the one row of ``alembic_version``), without importing it.
    """
    with engine.connect() as connection:
        known = connection.execute(text(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        )).first()
        if known is None:
            return None
        rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    if len(rows) != 1:  # Alembic keeps one row per branch head; tafel has only one branch
        raise VaultDamagedError()
    return str(rows[0][0])


def backup_path(vault_path: Path, revision: str) -> Path:
    """Where the copy taken before migrating from ``revision`` goes."""
    return vault_path.with_name(f"{vault_path.name}.voor-migratie-{revision}")


def upgrade(engine: Engine, vault_path: Path, target: str = "head") -> Path | None:
    """Bring the schema to ``target``; return the backup's path when one was taken.

    All migrations run in one transaction: when any of them fails, the vault stays at the
    revision it had, and the failure is one Dutch sentence (:func:`_told_in_dutch`). A vault
    at a revision this tafel does not know was upgraded by a newer tafel; it is not touched.
    """
    current = current_revision(engine)
    wanted = HEAD if target == "head" else target
    if current == wanted:
        return None
    from alembic import command

    config = _config()
    if current is not None and not _known(config, current):
        raise VaultTooNewError()
    backup = None
    if current is not None:
        checkpoint(engine)
        backup = _take_backup(vault_path, current)
    with _told_in_dutch(), engine.connect() as connection, _foreign_keys_off(connection), \
            connection.begin():
        config.attributes["connection"] = connection
        command.upgrade(config, target)
        # what the foreign keys would have refused, now that they are off: nothing
        if connection.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
            raise VaultDamagedError()  # rolls the whole upgrade back
    return backup


def _take_backup(vault_path: Path, revision: str) -> Path:
    """Copy the vault beside it before migrating: whole, or not at all.

    The copy is made under another name and renamed when it is complete, so a disk that
    fills up half-way leaves no half copy that looks like a way back (and an earlier whole
    one stays).
    """
    backup = backup_path(vault_path, revision)
    partial = backup.with_name(backup.name + ".deel")
    try:
        shutil.copy2(vault_path, partial)
        partial.chmod(0o600)
        partial.replace(backup)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return backup


def _known(config: Config, revision: str) -> bool:
    """Whether ``revision`` is one of this tafel's (else a newer tafel wrote it)."""
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    try:
        return ScriptDirectory.from_config(config).get_revision(revision) is not None
    except CommandError:
        return False


@contextmanager
def _told_in_dutch() -> Iterator[None]:
    """Whatever stops the upgrade reaches the user as one Dutch sentence.

    By then the upgrade's transaction has rolled back, so the vault is as it was. A full
    disk or a read-only folder keeps its own sentence; anything else (a plan document a
    migration cannot read, which may even be a pycrdt panic, a ``BaseException``) is
    :class:`MigrationFailedError`.
    """
    try:
        yield
    except (TafelError, KeyboardInterrupt, SystemExit):
        raise
    except BaseException as error:
        from tafel.logs import log_exception  # the types and places, never the data

        log_exception(logging.getLogger(__name__), "vault upgrade failed, rolled back", error)
        raise (translate(error) or MigrationFailedError()) from error


@contextmanager
def _foreign_keys_off(connection: Connection) -> Iterator[None]:
    """SQLite's own recipe for a schema change: foreign keys off while it runs.

    Alembic changes a column in SQLite by building the table anew and dropping the old one.
    With foreign keys on, dropping ``persoon`` or ``casus`` while other rows point to them
    fails, so a vault with cases from before such a migration could not be opened. The
    pragma only works outside a transaction, so it is set on the driver's connection before
    the upgrade's transaction begins, and set back after it ended, also when it failed.
    """
    raw = connection.connection.driver_connection
    assert raw is not None
    raw.execute("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        raw.execute("PRAGMA foreign_keys = ON")


def check_models(engine: Engine) -> None:
    """Raise when the models and the vault's migrated schema differ (Alembic's own check).

    It runs env.py in autogenerate mode, as ``alembic revision --autogenerate`` would: a model
    changed without a migration, or a table env.py does not register, shows up here. For the
    test suite and developers; opening a vault never runs it.
    """
    from alembic import command

    config = _config()
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.check(config)


def checkpoint(engine: Engine) -> None:
    """Move everything from the -wal file into the vault file itself.

    Run on the driver's connection outside any transaction: inside one (every SQLAlchemy
    transaction here starts with BEGIN IMMEDIATE) SQLite cannot finish the checkpoint.
    """
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
