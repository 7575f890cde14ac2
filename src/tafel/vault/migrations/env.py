"""Alembic environment: migrations run on the vault's own encrypted connection.

tafel never points Alembic at a URL; :func:`tafel.vault.migrations_runner.upgrade` hands it the
open connection through ``config.attributes``.
"""

from alembic import context
from sqlmodel import SQLModel

# registers the tables on SQLModel.metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=SQLModel.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
