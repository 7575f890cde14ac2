"""Consent given by a household member to a named recipient; an indicatie ended by a
person, with its reason. (Who holds parental authority came in 0008.)

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("toestemming", schema=None) as batch_op:
        batch_op.add_column(sa.Column("gegeven_door_id", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("ontvanger_betrokkene_id", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("ontvanger_persoon_id", sa.Uuid(), nullable=True))
        batch_op.create_foreign_key(
            "fk_toestemming_gegeven_door_id", "persoon", ["gegeven_door_id"], ["id"]
        )
        batch_op.create_foreign_key(
            "fk_toestemming_ontvanger_betrokkene_id", "betrokkene",
            ["ontvanger_betrokkene_id"], ["id"],
        )
        batch_op.create_foreign_key(
            "fk_toestemming_ontvanger_persoon_id", "persoon", ["ontvanger_persoon_id"], ["id"]
        )
    with op.batch_alter_table("indicatie", schema=None) as batch_op:
        batch_op.add_column(sa.Column("beeindigd_op", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("reden_einde", sqlmodel.sql.sqltypes.AutoString(length=500),
                      nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("indicatie", schema=None) as batch_op:
        batch_op.drop_column("reden_einde")
        batch_op.drop_column("beeindigd_op")
    with op.batch_alter_table("toestemming", schema=None) as batch_op:
        batch_op.drop_constraint("fk_toestemming_ontvanger_persoon_id", type_="foreignkey")
        batch_op.drop_constraint("fk_toestemming_ontvanger_betrokkene_id", type_="foreignkey")
        batch_op.drop_constraint("fk_toestemming_gegeven_door_id", type_="foreignkey")
        batch_op.drop_column("ontvanger_persoon_id")
        batch_op.drop_column("ontvanger_betrokkene_id")
        batch_op.drop_column("gegeven_door_id")
