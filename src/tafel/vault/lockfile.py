"""One process holds a vault at a time: a lock file beside it that a crash cannot leave stuck.

SQLite's own locks are POSIX record locks, which belong to a process and vanish when *any*
descriptor of that process on the file closes (a file dialog peeking into the folder is
enough). Two processes on one vault then each think they are alone, and one can delete the
other's ``-wal``. So tafel takes its own lock first: ``flock`` on ``<vault>.lock`` (on Windows
a locked byte range). That lock belongs to the open file description, not to the process, so
no other open or close can drop it, and the kernel releases it when the process dies, however
it dies: a stale lock file on disk locks nothing. The holder removes the file when it lets go;
a process that finds it has locked a file no longer under that name simply tries again.

The file records who holds the lock (the app or a command, and the process id) so a second
process can say which; it holds no case data.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from tafel.errors import VaultInUseError

HOLDER_APP = "app"
HOLDER_COMMAND = "opdracht"
_POLL_SECONDS = 0.05

IN_APP = (
    "Deze kluis is open in een ander tafel-venster. Vergrendel of sluit hem daar eerst, "
    "en probeer het dan opnieuw."
)
IN_COMMAND = (
    "Een andere tafel-opdracht werkt nu met deze kluis. Wacht tot die klaar is en probeer het "
    "dan opnieuw."
)


def lock_path(vault_path: Path) -> Path:
    """The lock file of the vault at ``vault_path``."""
    return vault_path.with_name(vault_path.name + ".lock")


class VaultLock:
    """The exclusive lock on one vault, for as long as this process works in it."""

    def __init__(self, vault_path: Path) -> None:
        self.path = lock_path(vault_path)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        """Whether this object holds the lock now."""
        return self._fd is not None

    def acquire(self, holder: str = HOLDER_COMMAND, wait: float = 0.0,
                patient_with_app: bool = True) -> None:
        """Take the lock, waiting up to ``wait`` seconds; VaultInUseError when it stays taken.

        ``patient_with_app`` False stops waiting at once when the app is the holder.
        """
        if self._fd is not None:
            return
        deadline = time.monotonic() + max(0.0, wait)
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            try:
                locked = _try_lock(fd)
                if locked and _still_linked(fd, self.path):
                    break  # ours, and still the file others will find under this name
                if locked:  # the holder before us removed it while we waited: try anew
                    _unlock(fd)
                    os.close(fd)
                    continue
                by_app = _holder_of(fd) == HOLDER_APP
                if time.monotonic() >= deadline or (by_app and not patient_with_app):
                    raise VaultInUseError(IN_APP if by_app else IN_COMMAND)
            except BaseException:
                os.close(fd)
                raise
            os.close(fd)
            time.sleep(_POLL_SECONDS)
        self._fd = fd
        _write_holder(fd, holder)

    def release(self) -> None:
        """Let go of the lock and remove the file (while still holding it, so no one races)."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):
            if _still_linked(fd, self.path):
                self.path.unlink()
        _unlock(fd)
        os.close(fd)


def _still_linked(fd: int, path: Path) -> bool:
    """Whether ``path`` still names the file open as ``fd`` (not removed or replaced)."""
    try:
        here, there = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


def _write_holder(fd: int, holder: str) -> None:
    record = json.dumps({"wie": holder, "pid": os.getpid(),
                         "sinds": datetime.now(UTC).isoformat(timespec="seconds")})
    with contextlib.suppress(OSError):
        os.ftruncate(fd, 0)
        _write_at(fd, record.encode("utf-8"), _DATA_OFFSET)


def _holder_of(fd: int) -> str:
    try:
        raw = _read_at(fd, 512, _DATA_OFFSET)
        return str(json.loads(raw.decode("utf-8")).get("wie", ""))
    except (OSError, ValueError, AttributeError):
        return ""


if sys.platform == "win32":  # pragma: no cover - exercised by the Windows CI job
    import msvcrt

    # Windows locks byte ranges and refuses reads inside a locked range, so the lock covers
    # byte 0 only and the holder record lives after it.
    _DATA_OFFSET = 16

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

    def _write_at(fd: int, data: bytes, offset: int) -> None:
        os.lseek(fd, offset, os.SEEK_SET)
        os.write(fd, data)

    def _read_at(fd: int, size: int, offset: int) -> bytes:
        os.lseek(fd, offset, os.SEEK_SET)
        return os.read(fd, size)
else:
    import fcntl

    _DATA_OFFSET = 0

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)

    _write_at = os.pwrite
    _read_at = os.pread
