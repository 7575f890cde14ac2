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
    _what_0015_missed()
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


def _what_0015_missed() -> None:
    """What a vault stamped 0015 by main of 30 November, 16:54 to 17:11, never got.

    Then 0015 made the bundle tables only (the plan's ``kenmerk`` came into it, in place, at
    17:00), and 0014 (``casusdocument``) was put in before it at 17:11. Alembic takes such a
    vault to be past both, so they are made here when they are missing (as 0014 and 0015 do).
    """
    inspector = sa.inspect(op.get_bind())
    if "casusdocument" not in inspector.get_table_names():
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
    if "kenmerk" not in {c["name"] for c in inspector.get_columns("toekomstplan")}:
        with op.batch_alter_table("toekomstplan") as batch:
            batch.add_column(sa.Column("kenmerk", sqlmodel.sql.sqltypes.AutoString(length=100),
                                       nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("overleg") as batch:
        batch.drop_index(batch.f("ix_overleg_casus_id"))
    op.drop_table("overleg")
