"""Referrals (verwijzingen), how a case came in (aanmelding), and closing as handed over.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_OLD_STATUS = ("AANMELDING", "INTAKE", "PLAN", "UITVOERING", "EVALUATIE", "AFGESLOTEN",
               "WAAKVLAM")
_NEW_STATUS = (*_OLD_STATUS, "OVERGEDRAGEN")
_ROUTE = ("ZELF", "HUISARTS", "SCHOOL", "GI", "GEMEENTE", "OVERIG")


def upgrade() -> None:
    op.create_table(
        "verwijzing",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("aangemaakt_op", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("gewijzigd_op", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("casus_id", sa.Uuid(), nullable=False),
        sa.Column("betrokkene_id", sa.Uuid(), nullable=True),
        sa.Column("ontvanger", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("doel", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column("verwezen_op", sa.Date(), nullable=False),
        sa.Column("contact_op", sa.Date(), nullable=True),
        sa.Column("vervolg", sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
        sa.Column("vervolg_op", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["betrokkene_id"], ["betrokkene.id"]),
        sa.ForeignKeyConstraint(["casus_id"], ["casus.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("verwijzing", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_verwijzing_casus_id"), ["casus_id"], unique=False)
    with op.batch_alter_table("casus", schema=None) as batch_op:
        batch_op.add_column(sa.Column("aangemeld_via", sa.Enum(*_ROUTE, name="aanmeldroute"),
                                      nullable=True))
        batch_op.add_column(sa.Column("aangemeld_door",
                                      sqlmodel.sql.sqltypes.AutoString(length=200),
                                      nullable=False, server_default=""))
        batch_op.add_column(sa.Column("overgedragen_aan",
                                      sqlmodel.sql.sqltypes.AutoString(length=200),
                                      nullable=False, server_default=""))
        for column, nullable in (("status", False), ("status_voor_afsluiten", True)):
            batch_op.alter_column(column, existing_type=sa.Enum(*_OLD_STATUS, name="casusstatus"),
                                  type_=sa.Enum(*_NEW_STATUS, name="casusstatus"),
                                  existing_nullable=nullable)


def downgrade() -> None:
    with op.batch_alter_table("casus", schema=None) as batch_op:
        for column, nullable in (("status", False), ("status_voor_afsluiten", True)):
            batch_op.alter_column(column, existing_type=sa.Enum(*_NEW_STATUS, name="casusstatus"),
                                  type_=sa.Enum(*_OLD_STATUS, name="casusstatus"),
                                  existing_nullable=nullable)
        batch_op.drop_column("overgedragen_aan")
        batch_op.drop_column("aangemeld_door")
        batch_op.drop_column("aangemeld_via")
    with op.batch_alter_table("verwijzing", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_verwijzing_casus_id"))
    op.drop_table("verwijzing")
