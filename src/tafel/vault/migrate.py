"""Schema migrations with Alembic, run every time a vault is opened.

Before an existing vault is migrated, a copy of the (still encrypted) file is taken beside it,
so a failed or unwanted migration can always be undone by hand.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

_SCRIPTS = Path(__file__).resolve().parent / "migrations"


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(_SCRIPTS))
    return config


def head_revision() -> str:
    """The newest schema revision this version of tafel knows."""
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision the vault's schema is at, or None for an empty vault."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def backup_path(vault_path: Path, revision: str) -> Path:
    """Where the copy taken before migrating from ``revision`` goes."""
    return vault_path.with_name(f"{vault_path.name}.voor-migratie-{revision}")


def upgrade(engine: Engine, vault_path: Path, target: str = "head") -> Path | None:
    """Bring the schema to ``target``; return the backup's path when one was taken."""
    current = current_revision(engine)
    wanted = head_revision() if target == "head" else target
    if current == wanted:
        return None
    backup = None
    if current is not None:
        checkpoint(engine)
        backup = backup_path(vault_path, current)
        shutil.copy2(vault_path, backup)
        backup.chmod(0o600)
    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, target)
    return backup


def check_models(engine: Engine) -> None:
    """Raise when the models and the vault's migrated schema differ (Alembic's own check).

    It runs env.py in autogenerate mode, as ``alembic revision --autogenerate`` would: a model
    changed without a migration, or a table env.py does not register, shows up here. For the
    test suite and developers; opening a vault never runs it.
    """
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
