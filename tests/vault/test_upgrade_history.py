"""Vaults that main stamped 0015 before 0015 and 0014 were what they are now, full of cases.

On 30 November main said 0015 to three different schemas. From 16:54 migration 0015 made the
bundle tables only; at 17:00 it also gave the plan its ``kenmerk``, in place; at 17:11
migration 0014 (``casusdocument``) was put in before it. A vault upgraded to 0015 in
between never runs the later 0014 or the added part of 0015: Alembic takes it to be past
both. So the first plan read after the upgrade failed on the missing ``kenmerk``, and the
first bundle with the people in it on the missing ``casusdocument``. (Found by making a
vault with main's own code of 16:54 and of 17:00 and opening it today.)
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection
from sqlmodel import SQLModel

import tafel.domain.bundel_tables
import tafel.domain.checklist18
import tafel.domain.gesprek
import tafel.domain.juridisch
import tafel.domain.overleg_tables
import tafel.domain.plan_tables
import tafel.domain.tekstcorrectie
import tafel.domain.vernietiging  # noqa: F401  (every table on SQLModel.metadata, as env.py)
from tafel.services import Services
from tafel.vault import Vault, migrate
from tests.builders import PASSPHRASE, TODAY
from tests.old_vault_plan import plan_contents
from tests.old_vault_rows import CASE_NOOR, COACH, NOOR, REF_NOOR
from tests.old_vaults import assert_kept, kept_rows, make_old_vault


def _before_0014(connection: Connection) -> None:
    """17:00 to 17:11: 0015 with the kenmerk, but no 0014 before it."""
    connection.exec_driver_sql("DROP TABLE casusdocument")


def _before_the_kenmerk(connection: Connection) -> None:
    """16:54 to 17:00: 0015 made the bundle tables only."""
    _before_0014(connection)
    connection.exec_driver_sql("ALTER TABLE toekomstplan DROP COLUMN kenmerk")


@pytest.mark.parametrize("history", [_before_the_kenmerk, _before_0014])
def test_a_vault_stamped_0015_by_main_of_30_november_gets_what_it_missed(
        tmp_path: Path, history: Callable[[Connection], None]) -> None:
    old = make_old_vault(tmp_path, "0015", history)
    vault = Vault.open(old.path, PASSPHRASE)
    try:
        assert migrate.current_revision(vault.engine) == migrate.HEAD
        with vault.engine.connect() as connection:
            assert compare_metadata(MigrationContext.configure(connection),
                                    SQLModel.metadata) == []
        assert_kept(vault.engine, old, kept_rows(vault.engine, old))
        services = Services(vault, "Fatima Amrani", today=lambda: TODAY)
        plan = services.plans.for_case(CASE_NOOR)
        assert plan is not None
        assert plan.latest.content == plan_contents(NOOR, COACH)["v2"]
        assert services.plans.verify(plan.latest.inhoud_hash).referentie == REF_NOOR
        services.dossier.record(CASE_NOOR)
        services.dossier.conflict_views(CASE_NOOR)
    finally:
        vault.lock()
