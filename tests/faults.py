"""Real faults for tests: a small disk that fills up, a folder that turns read-only.

Both are a real tmpfs mounted for the test (tests and CI run as root). Where mounting is not
permitted the test is skipped with the reason, never passed without checking anything.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest


def _mount(target: Path, options: str) -> None:
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip()}")


def _unmount(target: Path) -> None:
    subprocess.run(["umount", "-l", str(target)], capture_output=True)


@contextlib.contextmanager
def small_disk(parent: Path, size_kib: int = 4096) -> Iterator[Path]:
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
    """Remount a :func:`small_disk` read-only: root cannot write there either."""
    result = subprocess.run(["mount", "-o", "remount,ro", str(mount_point)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"cannot remount read-only here: {result.stderr.strip()}")


def free_bytes(folder: Path) -> int:
    """Free space on the disk that holds ``folder``."""
    stats = os.statvfs(folder)
    return stats.f_bavail * stats.f_frsize
