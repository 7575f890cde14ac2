"""Migration 0012 turns every plan stored as one document into parts, with the same content.

A plan written before the split (one pycrdt document per version) must read exactly the same
after it, so its printed hash and its signatures still hold.
"""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from pycrdt import Array, Doc, Map, Text

from tafel.domain import plan_delen
from tafel.domain.plan_doc import PlanDoc
from tafel.services import Services
from tafel.vault import Vault, migrate
from tests.builders import PASSPHRASE, TODAY, build_plan


def _legacy_document(content_source: PlanDoc) -> bytes:
    """The old layout: one document with teksten, auteurs, doelscores, afspraken, kosten, meta."""
    content = content_source.content()
    doc: Doc = Doc()
    with doc.transaction():
        teksten = doc.get("teksten", type=Map)
        auteurs = doc.get("auteurs", type=Map)
        for key, text in content.teksten.items():
            teksten[key] = Text(text)
            auteurs[key] = content.auteurs[key].encode() if key in content.auteurs else ""
        doelscores = doc.get("doelscores", type=Map)
        for key, score in content.doelscores.items():
            doelscores[key] = score
        afspraken = doc.get("afspraken", type=Array)
        for afspraak in content.afspraken:
            afspraken.append(Map({k: v for k, v in afspraak.canonical().items()
                                  if v is not None}))
        kosten = doc.get("kosten", type=Array)
        for post in content.kosten:
            kosten.append(Map(post.canonical() | {"aantal": post.aantal,
                                                  "periode": post.periode}))
        meta = doc.get("meta", type=Map)
        meta["evaluatie_datum"] = content.evaluatie_datum.isoformat() \
            if content.evaluatie_datum else None
        meta["uitzondering_nodig"] = content.uitzondering_nodig
        meta["doorbraak_soort"] = content.doorbraak_soort.value if content.doorbraak_soort \
            else None
    return doc.get_update()


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
                               {"d": _legacy_document(current), "i": row_id})
        connection.execute(sa.text("UPDATE alembic_version SET version_num = '0011'"))
        # a vault at 0011 had none of the tables later migrations make
        connection.execute(sa.text("DROP TABLE IF EXISTS casusdocument"))
    assert expected and any(c.afspraken and c.kosten for c in expected.values())
    migrate.upgrade(vault.engine, demo_path)
    with vault.engine.connect() as connection:
        after = dict(connection.execute(sa.text("SELECT id, document FROM planversie")).all())
    for row_id, content in expected.items():
        assert plan_delen.is_packed(bytes(after[row_id]))
        assert PlanDoc.from_bytes(bytes(after[row_id])).content() == content
    vault.lock()
