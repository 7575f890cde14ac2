"""The encrypted SQLAlchemy engine: SQLCipher 4 with a raw key, WAL, nothing in clear.

``temp_store = MEMORY`` keeps sorts and temporary tables out of clear temp files, and
``cipher_log_level = NONE`` keeps SQLCipher's own log lines off stderr, so a wrong passphrase
is reported only by tafel's one Dutch sentence. ``cipher_memory_security`` makes SQLCipher
wipe the memory it frees, so page buffers and key material do not linger after a lock.

Every transaction starts with ``BEGIN IMMEDIATE``: a write reads and writes under one write
lock, so two writers can never both read the same old state and the later one overwrite the
earlier (the lost update the Python driver's deferred ``BEGIN`` allows).
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event

_PRAGMAS = (
    "PRAGMA cipher_log_level = NONE",
    "PRAGMA cipher_memory_security = ON",
    "PRAGMA busy_timeout = 5000",
    "PRAGMA foreign_keys = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA secure_delete = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
)


def make_engine(path: Path, key: bytes) -> Engine:
    """An engine on the vault file at ``path``, opened with the raw ``key``.

    The process umask (set to 077 at start-up) keeps the file and its -wal and -shm companions
    readable by the user only; :func:`restrict_permissions` repairs files made before that.
    """
    engine = create_engine(f"sqlite+pysqlcipher://:x'{key.hex()}'@/{path}")

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.isolation_level = None  # tafel issues BEGIN itself (see below)
        cursor = dbapi_connection.cursor()
        for pragma in _PRAGMAS:
            cursor.execute(pragma)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin_immediate(connection) -> None:  # type: ignore[no-untyped-def]
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def restrict_permissions(path: Path) -> None:
    """Make the vault and its companions readable by the user only."""
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if candidate.exists():
            os.chmod(candidate, 0o600)
