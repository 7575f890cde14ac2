"""The people around a case: parental authority and an end date for household members, a start
date for the network.

Revision ID: 0008
Revises: 0006
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("persoon", schema=None) as batch_op:
        batch_op.add_column(sa.Column("gezag", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
        batch_op.add_column(sa.Column("einddatum", sa.Date(), nullable=True))
    with op.batch_alter_table("betrokkene", schema=None) as batch_op:
        batch_op.add_column(sa.Column("startdatum", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("betrokkene", schema=None) as batch_op:
        batch_op.drop_column("startdatum")
    with op.batch_alter_table("persoon", schema=None) as batch_op:
        batch_op.drop_column("einddatum")
        batch_op.drop_column("gezag")
