"""Case documents: the CRDT shadow of a case's people that travels in bundles.

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-30
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "casusdocument",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("aangemaakt_op", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("gewijzigd_op", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("casus_id", sa.Uuid(), nullable=False),
        sa.Column("deel", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("document", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["casus_id"], ["casus.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("casus_id", "deel"),
    )
    with op.batch_alter_table("casusdocument", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_casusdocument_casus_id"), ["casus_id"],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table("casusdocument", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_casusdocument_casus_id"))
    op.drop_table("casusdocument")
