"""Locking ends the process: a fresh one shows the unlock page, with nothing of the case.

Python cannot reliably wipe its own heap: names, notes and copies of the key stay in freed
memory after a lock (a core dump 33 s after Ctrl+L held all of them). So, after everything is
saved and the vault is closed, the app replaces itself with a new process (``exec``): the
old memory is returned to the system whole, and the new process never held a key. It opens
in about a fifth of a second, in the same place on the screen.
"""

from __future__ import annotations

import base64
import os
import sys
from pathlib import Path
from typing import NoReturn

RESTART_ENV = "TAFEL_HERSTART"


def restart_command(vault: Path | None) -> list[str]:
    """How to start tafel again the way it runs now (frozen app or Python package)."""
    frozen = getattr(sys, "frozen", False)
    command = [sys.executable] if frozen else [sys.executable, "-m", "tafel"]
    return command + (["--vault", str(vault)] if vault is not None else [])


def restart(vault: Path | None, geometry: bytes) -> NoReturn:
    """Replace this process by a fresh tafel on the unlock page of ``vault``."""
    env = dict(os.environ)
    env[RESTART_ENV] = base64.b64encode(geometry).decode("ascii") or "-"
    sys.stdout.flush()
    sys.stderr.flush()
    command = restart_command(vault)
    os.execve(command[0], command, env)


def restarted_geometry() -> bytes | None:
    """The window geometry handed over by :func:`restart` (and forget it), or None."""
    value = os.environ.pop(RESTART_ENV, None)
    if not value:
        return None
    try:
        return base64.b64decode(value.encode("ascii"), validate=True) or b""
    except ValueError:
        return b""
