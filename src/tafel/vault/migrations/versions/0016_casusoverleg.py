"""The casus-overleg: one row per meeting, written as it runs and kept as its record.

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-30
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

_STAPPEN = ("SITUATIESCHETS", "PERSPECTIEF", "ZELF_DOEN", "NETWERK", "ONDERSTEUNING",
            "BEHANDELING", "DOORBRAAK", "AFSPRAKEN", "VANGNET")


def upgrade() -> None:
    op.create_table(
        "overleg",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("aangemaakt_op", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("gewijzigd_op", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("casus_id", sa.Uuid(), nullable=False),
        sa.Column("datum", sa.Date(), nullable=False),
        sa.Column("gestart_op", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("afgerond_op", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("aanwezigen", sa.JSON(), nullable=False),
        sa.Column("afwezigen", sa.JSON(), nullable=False),
        sa.Column("besloten", sa.Boolean(), nullable=False),
        sa.Column("stap", sa.Enum(*_STAPPEN, name="agendastap"), nullable=False),
        sa.Column("conclusies", sa.JSON(), nullable=False),
        sa.Column("afspraken", sa.JSON(), nullable=False),
        sa.Column("grondslag", sa.JSON(), nullable=False),
        sa.Column("volgende_evaluatie", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["casus_id"], ["casus.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("overleg") as batch:
        batch.create_index(batch.f("ix_overleg_casus_id"), ["casus_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("overleg") as batch:
        batch.drop_index(batch.f("ix_overleg_casus_id"))
    op.drop_table("overleg")
