"""Which computer an audit entry was written on (NEN 7513's werkplek), without naming it.

A random id, made once per computer account and kept in the settings folder beside the
audit anchors (``werkplek-id``). It is stable, says nothing about the person or the machine
(not the login name, not the host name), and differs between two laptops that hold a copy
of the same vault, which the vault's own id (``kluis_id``) cannot tell apart. When the
settings folder cannot be written, the entry says ``onbekend``.
"""

from __future__ import annotations

import os
import uuid
from functools import cache
from pathlib import Path

from tafel.paths import config_dir

WERKPLEK_FILE = "werkplek-id"
ONBEKEND = "onbekend"


def werkplek_id() -> str:
    """The werkplek id of this computer (32 hex characters), made on first use."""
    return _werkplek_in(config_dir() / WERKPLEK_FILE)


@cache
def _werkplek_in(path: Path) -> str:
    try:
        found = path.read_text(encoding="ascii").strip()
        return uuid.UUID(found).hex
    except (OSError, ValueError, UnicodeDecodeError):
        pass
    made = uuid.uuid4().hex
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="ascii") as handle:
            handle.write(made + "\n")
    except OSError:
        return ONBEKEND
    return made


def kort(werkplek: str) -> str:
    """The first eight characters, as the log shows them (``werkplek 3fa2c1d4``)."""
    return werkplek[:8] if werkplek and werkplek != ONBEKEND else (werkplek or "")
