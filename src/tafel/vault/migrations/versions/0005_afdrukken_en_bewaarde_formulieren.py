"""Printed copies (page texts, for verify), forms kept over a lock, and the vault's own id

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30
"""

import uuid

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "afdruk",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("aangemaakt_op", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("gewijzigd_op", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("versie_id", sa.Uuid(), nullable=False),
        sa.Column("inhoud_hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("tekst_hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("paginas", sa.JSON(), nullable=False),
        sa.Column("hoe", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.ForeignKeyConstraint(["versie_id"], ["planversie.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("versie_id", "tekst_hash"),
    )
    op.create_index("ix_afdruk_versie_id", "afdruk", ["versie_id"])
    op.create_index("ix_afdruk_inhoud_hash", "afdruk", ["inhoud_hash"])
    op.create_table(
        "bewaardformulier",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("aangemaakt_op", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("gewijzigd_op", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("soort", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.Column("casus_id", sa.Uuid(), nullable=True),
        sa.Column("inhoud", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_bewaardformulier_casus_id", "bewaardformulier", ["casus_id"])
    # The vault's own stable id (not its file name): anchors the audit log outside the vault
    # now, and names the vault in bundles later.
    op.execute(
        sa.text("INSERT OR IGNORE INTO vaultmeta (sleutel, waarde) VALUES ('kluis_id', :id)")
        .bindparams(id=str(uuid.uuid4()))
    )


def downgrade() -> None:
    op.drop_index("ix_bewaardformulier_casus_id", table_name="bewaardformulier")
    op.drop_table("bewaardformulier")
    op.drop_index("ix_afdruk_inhoud_hash", table_name="afdruk")
    op.drop_index("ix_afdruk_versie_id", table_name="afdruk")
    op.drop_table("afdruk")
    op.execute(sa.text("DELETE FROM vaultmeta WHERE sleutel = 'kluis_id'"))
