"""One name per concept: a conversation in progress is a lopend gesprek, not a "concept"

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("gesprekconcept", schema=None) as batch_op:
        batch_op.drop_index("ix_gesprekconcept_casus_id")
    op.rename_table("gesprekconcept", "lopendgesprek")
    with op.batch_alter_table("lopendgesprek", schema=None) as batch_op:
        batch_op.create_index("ix_lopendgesprek_casus_id", ["casus_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("lopendgesprek", schema=None) as batch_op:
        batch_op.drop_index("ix_lopendgesprek_casus_id")
    op.rename_table("lopendgesprek", "gesprekconcept")
    with op.batch_alter_table("gesprekconcept", schema=None) as batch_op:
        batch_op.create_index("ix_gesprekconcept_casus_id", ["casus_id"], unique=False)
