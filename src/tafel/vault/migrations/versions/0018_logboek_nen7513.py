"""The audit log's NEN 7513 fields: organisation, role, on whose behalf, werkplek, result,
origin and the consent or legal basis that allowed an access or a share.

Old entries keep empty values; their hash keeps its old form (``resultaat`` empty), so the
chain stays verifiable across the migration.

Revision ID: 0018
Revises: 0017
Create Date: 2026-11-30
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

_COLUMNS = (("organisatie", 120), ("rol", 80), ("namens", 150), ("werkplek", 36),
            ("resultaat", 20), ("herkomst", 80), ("grondslag", 500))


def upgrade() -> None:
    with op.batch_alter_table("auditevent") as batch:
        for name, length in _COLUMNS:
            batch.add_column(sa.Column(name, sqlmodel.sql.sqltypes.AutoString(length=length),
                                       nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("auditevent") as batch:
        for name, _length in reversed(_COLUMNS):
            batch.drop_column(name)
