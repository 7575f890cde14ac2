"""A signature typed with the keyboard (a name and an explicit confirmation), not drawn.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("handtekening", schema=None) as batch_op:
        batch_op.add_column(sa.Column("getypt", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("handtekening", schema=None) as batch_op:
        batch_op.drop_column("getypt")
