"""The record of a destroyed case (reference, date, who decided, on what ground).

Revision ID: 0017
Revises: 0016
Create Date: 2026-11-30
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "vernietiging",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("aangemaakt_op", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("gewijzigd_op", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("referentie", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("vernietigd_op", sa.Date(), nullable=False),
        sa.Column("besloten_door", sqlmodel.sql.sqltypes.AutoString(length=150),
                  nullable=False),
        sa.Column("reden", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("vernietiging") as batch:
        batch.create_index(batch.f("ix_vernietiging_referentie"), ["referentie"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("vernietiging") as batch:
        batch.drop_index(batch.f("ix_vernietiging_referentie"))
    op.drop_table("vernietiging")
