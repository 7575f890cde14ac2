"""Parties (partijen): other vaults whose cards were imported, and the network's link to them.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "partij",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("aangemaakt_op", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("gewijzigd_op", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("kluis_id", sa.Uuid(), nullable=False),
        sa.Column("naam", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("organisatie", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("rol", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("age_ontvanger", sqlmodel.sql.sqltypes.AutoString(length=100),
                  nullable=False),
        sa.Column("tekensleutel", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("geverifieerd_op", sa.Date(), nullable=True),
        sa.Column("toegevoegd_op", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("kluis_id"),
    )
    with op.batch_alter_table("betrokkene", schema=None) as batch_op:
        batch_op.add_column(sa.Column("partij_id", sa.Uuid(), nullable=True))
        batch_op.create_index(batch_op.f("ix_betrokkene_partij_id"), ["partij_id"],
                              unique=False)
        batch_op.create_foreign_key("fk_betrokkene_partij_id", "partij", ["partij_id"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("betrokkene", schema=None) as batch_op:
        batch_op.drop_constraint("fk_betrokkene_partij_id", type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_betrokkene_partij_id"))
        batch_op.drop_column("partij_id")
    op.drop_table("partij")
