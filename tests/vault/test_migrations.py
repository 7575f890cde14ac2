"""The migrations and the models describe the same schema, and Alembic's env.py knows every table.

A model changed without a migration (or the other way round) shows up here. The check through
env.py runs in a fresh interpreter: inside the test session the models are imported already,
which hid that env.py itself registered no tables, so ``alembic revision --autogenerate`` saw
an empty schema and would have written a migration that drops every table.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

import tafel.domain.bundel_tables
import tafel.domain.checklist18
import tafel.domain.gesprek
import tafel.domain.juridisch
import tafel.domain.models
import tafel.domain.overleg_tables
import tafel.domain.plan_tables
import tafel.domain.tekstcorrectie
import tafel.domain.vernietiging  # noqa: F401
from tafel.vault import Vault, migrate
from tests.builders import CHEAP, PASSPHRASE


def test_a_vault_migrated_to_head_has_exactly_the_models_schema(tmp_path: Path) -> None:
    vault = Vault.create(tmp_path / "nieuw.tafel", PASSPHRASE, CHEAP)
    try:
        assert migrate.current_revision(vault.engine) == migrate.head_revision() == migrate.HEAD
        with vault.engine.connect() as connection:
            context = MigrationContext.configure(connection)
            assert compare_metadata(context, SQLModel.metadata) == []
    finally:
        vault.lock()


def test_autogenerate_through_env_py_sees_every_table(tmp_path: Path) -> None:
    """Alembic's own check, through env.py, in a process that imported no model first."""
    script = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from tafel.vault import KdfParams, Vault, migrate

        vault = Vault.create(Path(sys.argv[1]), {PASSPHRASE!r}, KdfParams(
            memory_kib={CHEAP.memory_kib}, time_cost=1, parallelism=1))
        try:
            migrate.check_models(vault.engine)
        finally:
            vault.lock()
        print("geen verschil")
    """)
    result = subprocess.run([sys.executable, "-c", script, str(tmp_path / "check.tafel")],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.splitlines()[-1] == "geen verschil"


def test_opening_an_up_to_date_vault_does_not_import_alembic(vault_path: Path) -> None:
    """Importing Alembic holds the interpreter for a tenth of a second: only to migrate."""
    script = textwrap.dedent(f"""
        import sys
        from tafel.vault import Vault, KdfParams
        Vault.open({str(vault_path)!r}, {PASSPHRASE!r}).lock()
        print(sorted(m for m in sys.modules if m.split(".")[0] == "alembic"))
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
