"""Bundles sent and read, what each set of recipients was last sent, and the plan's kenmerk.

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-30
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("toekomstplan") as batch:
        batch.add_column(sa.Column("kenmerk", sqlmodel.sql.sqltypes.AutoString(length=100),
                                   nullable=False, server_default=""))
    op.create_table(
        "bundel",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("aangemaakt_op", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("gewijzigd_op", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("bundel_id", sa.Uuid(), nullable=False),
        sa.Column("richting", sa.Enum("UIT", "IN", name="bundelrichting"), nullable=False),
        sa.Column("casus_id", sa.Uuid(), nullable=True),
        sa.Column("referentie", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("partij", sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
        sa.Column("afzender", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("volgnummer", sa.Integer(), nullable=False),
        sa.Column("bouwt_op", sa.Integer(), nullable=True),
        sa.Column("gemaakt_op", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("status", sa.Enum("VERSTUURD", "INGELEZEN", "WACHT", name="bundelstatus"),
                  nullable=False),
        sa.Column("categorieen", sa.JSON(), nullable=False),
        sa.Column("ontbreekt", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column("inhoud", sa.LargeBinary(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("bundel_id"),
    )
    with op.batch_alter_table("bundel") as batch:
        batch.create_index(batch.f("ix_bundel_casus_id"), ["casus_id"], unique=False)
    op.create_table(
        "syncstand",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("aangemaakt_op", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("gewijzigd_op", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("casus_id", sa.Uuid(), nullable=False),
        sa.Column("ontvangers", sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
        sa.Column("volgnummer", sa.Integer(), nullable=False),
        sa.Column("standen", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("casus_id", "ontvangers"),
    )
    with op.batch_alter_table("syncstand") as batch:
        batch.create_index(batch.f("ix_syncstand_casus_id"), ["casus_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("toekomstplan") as batch:
        batch.drop_column("kenmerk")
    op.drop_table("syncstand")
    op.drop_table("bundel")
