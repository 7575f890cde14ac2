"""Real faults for tests: a disk that is really full, a folder that turns read-only.

* :func:`small_disk` / :class:`SmallDisk` mount a small tmpfs (root only, as the tests run here
  and in CI) and fill it until the kernel answers ``ENOSPC``: SQLite then reports SQLITE_FULL
  exactly as on a laptop whose disk ran full. Deleting the filler makes room again.
  :func:`make_read_only` remounts one read-only.
* :class:`PageCap` sets SQLite's ``PRAGMA max_page_count`` to the vault's current size on every
  connection of an engine: the next write that needs a new page fails with SQLITE_FULL, on any
  file system and without mounting anything. Lifting the cap is making room.

Nothing is mocked: the fault goes through SQLCipher, SQLAlchemy and the vault's error
translation like the real thing. Where mounting is not permitted the test is skipped with the
reason, never passed without checking anything.
"""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import Engine, event

FILLER = "vulsel"


class SmallDisk:
    """A tmpfs of ``size_kib`` mounted at ``path`` (a fresh, empty folder)."""

    def __init__(self, path: Path, size_kib: int = 4096) -> None:
        self.path = path
        self.size_kib = size_kib
        self.filler = path / FILLER

    def mount(self) -> None:
        """Mount it, or skip the test with the reason when this machine does not allow it."""
        if os.geteuid() != 0:
            pytest.skip("a real full disk needs a tmpfs mount, which needs root")
        self.path.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={self.size_kib}k,mode=0700", "tmpfs",
             str(self.path)], capture_output=True, text=True,
        )
        if done.returncode != 0:
            pytest.skip(f"mounting a tmpfs is not permitted here: {done.stderr.strip()}")

    def unmount(self) -> None:
        """Unmount; lazily when something still holds a file open (a failed test)."""
        done = subprocess.run(["umount", str(self.path)], capture_output=True)
        if done.returncode != 0:
            subprocess.run(["umount", "-l", str(self.path)], capture_output=True)

    def fill(self) -> int:
        """Write the filler until not one more byte fits; the bytes written."""
        written = 0
        chunk = 1024 * 1024
        fd = os.open(self.filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            while chunk >= 1:
                try:
                    written += os.write(fd, b"\0" * chunk)
                except OSError as error:
                    if error.errno != errno.ENOSPC:
                        raise
                    chunk //= 2
        finally:
            os.close(fd)
        return written

    def free(self) -> None:
        """Delete the filler: room again."""
        self.filler.unlink(missing_ok=True)

    def free_bytes(self) -> int:
        """What the file system says is still free."""
        stats = os.statvfs(self.path)
        return stats.f_bavail * stats.f_frsize


@contextmanager
def small_disk(path: Path, size_kib: int = 4096) -> Iterator[SmallDisk]:
    """A mounted :class:`SmallDisk`, unmounted afterwards whatever happened."""
    disk = SmallDisk(path, size_kib)
    disk.mount()
    try:
        yield disk
    finally:
        disk.unmount()


class PageCap:
    """SQLite's page cap on every connection of ``engine``: a full disk without a mount."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.pages = 0

    def _on_connect(self, dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.execute(f"PRAGMA max_page_count = {self.pages}")

    def cap(self) -> int:
        """Allow no page beyond the ones the vault has now; returns that count."""
        with self.engine.connect() as connection:
            self.pages = int(connection.exec_driver_sql("PRAGMA page_count").scalar() or 0)
        event.listen(self.engine, "connect", self._on_connect)
        self.engine.dispose()  # pooled connections reconnect, and get the cap
        return self.pages

    def lift(self) -> None:
        """Room again: new connections have no cap."""
        if event.contains(self.engine, "connect", self._on_connect):
            event.remove(self.engine, "connect", self._on_connect)
        self.engine.dispose()


def _mount(target: Path, options: str) -> None:
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip()}")


def _unmount(target: Path) -> None:
    subprocess.run(["umount", "-l", str(target)], capture_output=True)


@contextlib.contextmanager
def disk_under(parent: Path, size_kib: int = 4096) -> Iterator[Path]:
    """A fresh tmpfs of ``size_kib`` KiB under ``parent``, unmounted afterwards."""
    target = parent / f"schijf-{uuid.uuid4().hex[:8]}"
    target.mkdir(parents=True)
    _mount(target, f"size={size_kib}k,mode=0700")
    try:
        yield target
    finally:
        _unmount(target)


def fill_disk(folder: Path, name: str = "vulsel.bin") -> Path:
    """Fill the disk that holds ``folder`` to the last byte; returns the filler file."""
    filler = folder / name
    chunk = b"\0" * 65536
    with open(filler, "wb", buffering=0) as handle:
        with contextlib.suppress(OSError):
            while True:
                handle.write(chunk)
        with contextlib.suppress(OSError):
            while True:
                handle.write(b"\0")
    return filler


def make_read_only(mount_point: Path) -> None:
    """Remount a :func:`disk_under` read-only: root cannot write there either."""
    result = subprocess.run(["mount", "-o", "remount,ro", str(mount_point)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"cannot remount read-only here: {result.stderr.strip()}")


def free_bytes(folder: Path) -> int:
    """Free space on the disk that holds ``folder``."""
    stats = os.statvfs(folder)
    return stats.f_bavail * stats.f_frsize
