"""Writing a file the user explicitly asked for (a printed plan saved as PDF, later bundles).

Exports are the only files in which tafel puts case data in clear, so they are written as
the user alone may read them, through a hidden file in the target folder and a rename: a
crash never leaves half a file, and nothing passes through the system's temp folder.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from tafel.errors import TafelError
from tafel.vault.files import is_vault_file

VAULT_FILE = (
    "Dat is een bestand van een tafel-kluis; tafel schrijft daar niets overheen. "
    "Kies een andere naam."
)


def write_export(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` atomically; one Dutch sentence when that is not possible."""
    if is_vault_file(target):
        raise TafelError(VAULT_FILE)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part",
                                             dir=folder)
    except OSError:
        raise TafelError(f"In de map {folder} kan tafel niet schrijven.") from None
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, target)
    except OSError:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise TafelError(f"Het bestand {target} kon niet worden geschreven.") from None
