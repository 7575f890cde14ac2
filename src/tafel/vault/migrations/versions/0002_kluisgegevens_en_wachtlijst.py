"""Kluisgegevens (device id, audit head) and the date an indicatie went on a waiting list.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "vaultmeta",
        sa.Column("sleutel", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.Column("waarde", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.PrimaryKeyConstraint("sleutel"),
    )
    # The log's head is kept from now on; a log written before it continues from its last
    # entry, not from the start (which would read as a log changed outside tafel).
    op.execute(sa.text(
        "INSERT INTO vaultmeta (sleutel, waarde) SELECT 'audit_head', hash FROM auditevent "
        "ORDER BY volgnummer DESC LIMIT 1"))
    with op.batch_alter_table("indicatie", schema=None) as batch_op:
        batch_op.add_column(sa.Column("wachtlijst_sinds", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("indicatie", schema=None) as batch_op:
        batch_op.drop_column("wachtlijst_sinds")
    op.drop_table("vaultmeta")
