"""The young person's legal status (OTS, voogdij, gesloten machtiging, raadsonderzoek) and the
18-/18+ checklist per case.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "juridischestatus",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("aangemaakt_op", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("gewijzigd_op", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("casus_id", sa.Uuid(), nullable=False),
        sa.Column("persoon_id", sa.Uuid(), nullable=True),
        sa.Column("soort", sa.Enum("OTS", "VOOGDIJ", "GESLOTEN_MACHTIGING", "RAADSONDERZOEK",
                                   name="maatregel"), nullable=False),
        sa.Column("instantie", sa.Enum("KINDERRECHTER", "GI", "RAAD", "ANDERS",
                                       name="instantie"), nullable=False),
        sa.Column("uitgevoerd_door", sqlmodel.sql.sqltypes.AutoString(length=200),
                  nullable=False),
        sa.Column("startdatum", sa.Date(), nullable=True),
        sa.Column("einddatum", sa.Date(), nullable=True),
        sa.Column("toelichting", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.ForeignKeyConstraint(["casus_id"], ["casus.id"]),
        sa.ForeignKeyConstraint(["persoon_id"], ["persoon.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("juridischestatus", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_juridischestatus_casus_id"), ["casus_id"],
                              unique=False)
    op.create_table(
        "checklistpunt",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("aangemaakt_op", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("gewijzigd_op", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("casus_id", sa.Uuid(), nullable=False),
        sa.Column("sleutel", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("staat", sa.Enum("OPEN", "GEREGELD", "NIET_NODIG", name="puntstaat"),
                  nullable=False),
        sa.Column("notitie", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column("wie", sqlmodel.sql.sqltypes.AutoString(length=150), nullable=False),
        sa.ForeignKeyConstraint(["casus_id"], ["casus.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("casus_id", "sleutel"),
    )
    with op.batch_alter_table("checklistpunt", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_checklistpunt_casus_id"), ["casus_id"],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table("checklistpunt", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checklistpunt_casus_id"))
    op.drop_table("checklistpunt")
    with op.batch_alter_table("juridischestatus", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_juridischestatus_casus_id"))
    op.drop_table("juridischestatus")
