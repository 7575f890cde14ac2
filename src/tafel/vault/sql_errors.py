"""SQLite's errors, told as tafel's one Dutch sentence each.

A full disk, a read-only folder, a damaged page and a vault held by another process all reach
Python as ``OperationalError`` or ``DatabaseError`` with an SQLite result code. The services
must never show those raw; :func:`translate` picks the TafelError that names the cause, and
:func:`translating` wraps a block so the original exception never escapes.
"""

from __future__ import annotations

import contextlib
import errno
from collections.abc import Iterator

from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from tafel.errors import (
    DiskFullError,
    ReadOnlyError,
    TafelError,
    VaultDamagedError,
    VaultInUseError,
)

# SQLite's primary result codes (https://sqlite.org/rescode.html).
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

_BY_CODE: dict[int, type[TafelError]] = {
    SQLITE_BUSY: VaultInUseError,
    SQLITE_LOCKED: VaultInUseError,
    SQLITE_READONLY: ReadOnlyError,
    SQLITE_CANTOPEN: ReadOnlyError,
    SQLITE_FULL: DiskFullError,
    SQLITE_CORRUPT: VaultDamagedError,
    SQLITE_NOTADB: VaultDamagedError,
}

_BY_TEXT: tuple[tuple[str, type[TafelError]], ...] = (
    ("disk is full", DiskFullError),
    ("no space left", DiskFullError),
    ("readonly database", ReadOnlyError),
    ("read-only", ReadOnlyError),
    ("unable to open database file", ReadOnlyError),
    ("database is locked", VaultInUseError),
    ("not a database", VaultDamagedError),
    ("malformed", VaultDamagedError),
)


def sqlite_code(error: BaseException) -> int | None:
    """The primary SQLite result code behind ``error``, when it carries one."""
    original = error.orig if isinstance(error, DBAPIError) else error
    code = getattr(original, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def translate(error: BaseException) -> TafelError | None:
    """The TafelError for a database or file-system error; None when it is neither."""
    if isinstance(error, TafelError):
        return error
    if isinstance(error, OSError):
        if error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            return DiskFullError()
        if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return ReadOnlyError()
        return None
    if not isinstance(error, (SQLAlchemyError, _dbapi_error())):
        return None
    code = sqlite_code(error)
    if code in _BY_CODE:
        return _BY_CODE[code]()
    text = str(error).lower()
    for fragment, kind in _BY_TEXT:
        if fragment in text:
            return kind()
    if code == SQLITE_IOERR:
        return DiskFullError() if "full" in text else VaultDamagedError()
    return None


@contextlib.contextmanager
def translating() -> Iterator[None]:
    """Re-raise database and file errors inside the block as their TafelError."""
    try:
        yield
    except (SQLAlchemyError, OSError, _dbapi_error()) as error:
        mapped = translate(error)
        if mapped is None:
            raise
        raise mapped from error


def _dbapi_error() -> type[Exception]:
    """The driver's own error class (raised outside SQLAlchemy, e.g. on a raw connection)."""
    import sqlcipher3

    error: type[Exception] = sqlcipher3.DatabaseError
    return error
