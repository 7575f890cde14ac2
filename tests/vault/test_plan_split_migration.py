"""Migration 0012 turns every plan stored as one document into parts, with the same content.

A plan written before the split (one pycrdt document per version) must read exactly the same
after it, so its printed hash and its signatures still hold.
"""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from tafel.domain import plan_delen
from tafel.domain.plan_doc import PlanDoc
from tafel.services import Services
from tafel.vault import Vault, migrate
from tests.builders import PASSPHRASE, TODAY, build_plan
from tests.old_vault_plan import legacy_document


def test_old_plans_are_split_into_parts_with_the_same_content(demo_path: Path) -> None:
    vault = Vault.open(demo_path, PASSPHRASE)
    services = Services(vault, "Fatima Amrani", today=lambda: TODAY)
    build_plan(services)
    with vault.engine.begin() as connection:
        rows = connection.execute(sa.text("SELECT id, document FROM planversie")).fetchall()
        expected = {}
        for row_id, document in rows:
            current = PlanDoc.from_bytes(bytes(document))
            expected[row_id] = current.content()
            connection.execute(sa.text("UPDATE planversie SET document = :d WHERE id = :i"),
                               {"d": legacy_document(current.content()), "i": row_id})
        connection.execute(sa.text("UPDATE alembic_version SET version_num = '0011'"))
    assert expected and any(c.afspraken and c.kosten for c in expected.values())
    migrate.upgrade(vault.engine, demo_path, target="0012")  # the later tables exist already
    with vault.engine.connect() as connection:
        after = dict(connection.execute(sa.text("SELECT id, document FROM planversie")).all())
    for row_id, content in expected.items():
        assert plan_delen.is_packed(bytes(after[row_id]))
        assert PlanDoc.from_bytes(bytes(after[row_id])).content() == content
    vault.lock()
