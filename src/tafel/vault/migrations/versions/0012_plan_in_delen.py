"""The toekomstplan split into parts along consent: every stored version converted.

Each version was one pycrdt document; now it is one document per part (perspectief, each
Big 5 pillar, doorbraak, vangnet), so a bundle can leave out a part a recipient has no
consent for, history and all. The content of every version stays exactly the same (its hash
is checked), and values become multi-value registers, so edits made apart are kept.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from tafel.domain import plan_delen
    from tafel.domain.plan_doc import PlanDoc
    from tafel.domain.plan_legacy import legacy_content

    connection = op.get_bind()
    rows = connection.execute(sa.text("SELECT id, document FROM planversie")).fetchall()
    for row_id, document in rows:
        if document is None or plan_delen.is_packed(bytes(document)):
            continue
        content = legacy_content(bytes(document))
        converted = PlanDoc.from_content(content)
        if converted.content().canonical() != content.canonical():
            raise RuntimeError("A plan version did not convert to the same content.")
        connection.execute(sa.text("UPDATE planversie SET document = :d WHERE id = :i"),
                           {"d": converted.to_bytes(), "i": row_id})


def downgrade() -> None:
    raise NotImplementedError("A plan split into parts is not joined again.")
