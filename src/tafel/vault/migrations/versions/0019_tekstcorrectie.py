"""A text corrected or removed on request (AVG art. 16/17), and prints whose text went.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-01
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tekstcorrectie",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("aangemaakt_op", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("gewijzigd_op", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("casus_id", sa.Uuid(), nullable=False),
        sa.Column("grond", sa.Enum("VERBETEREN", "VERWIJDEREN", name="correctiegrond"),
                  nullable=False),
        sa.Column("gevraagd_door", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.Column("gevraagd_door_naam", sqlmodel.sql.sqltypes.AutoString(length=150),
                  nullable=False),
        sa.Column("besloten_door", sqlmodel.sql.sqltypes.AutoString(length=150),
                  nullable=False),
        sa.Column("gecorrigeerd_op", sa.Date(), nullable=False),
        sa.Column("plaatsen", sa.Integer(), nullable=False),
        sa.Column("codes", sa.JSON(), nullable=False),
        sa.Column("herkomst", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.ForeignKeyConstraint(["casus_id"], ["casus.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("tekstcorrectie") as batch:
        batch.create_index(batch.f("ix_tekstcorrectie_casus_id"), ["casus_id"], unique=False)
    with op.batch_alter_table("afdruk") as batch:
        batch.add_column(sa.Column("tekst_verwijderd_op", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("afdruk") as batch:
        batch.drop_column("tekst_verwijderd_op")
    with op.batch_alter_table("tekstcorrectie") as batch:
        batch.drop_index(batch.f("ix_tekstcorrectie_casus_id"))
    op.drop_table("tekstcorrectie")
