"""Facts about a vault that can be read without opening it, and without loading SQLAlchemy.

The unlock screen needs only these, so the app shows it before the database stack loads.
"""

from __future__ import annotations

from pathlib import Path

from tafel.errors import VaultDamagedError
from tafel.vault.crypto import KdfParams, kdf_path

#: The published passphrase of demo vaults; refused for real ones.
DEMO_PASSPHRASE = "tafel-demo-kluis"


def vault_exists(path: Path | str) -> bool:
    """Whether a vault (database and key file) is at ``path``."""
    path = Path(path)
    return path.is_file() and kdf_path(path).is_file()


def is_demo_vault(path: Path | str) -> bool:
    """Whether the vault at ``path`` is a demo vault (its key file says so)."""
    try:
        return KdfParams.from_json(kdf_path(Path(path)).read_text(encoding="utf-8")).demo
    except (OSError, VaultDamagedError):
        return False
