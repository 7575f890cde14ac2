"""Facts about a vault that can be read without opening it, and without loading SQLAlchemy.

The unlock screen needs only these, so the app shows it before the database stack loads.
"""

from __future__ import annotations

import re
from pathlib import Path

from tafel.errors import VaultDamagedError
from tafel.vault.crypto import KdfParams, kdf_path

#: The published passphrase of demo vaults; refused for real ones.
DEMO_PASSPHRASE = "tafel-demo-kluis"


# A vault and every file that belongs to it: journals, key file, lock, backups, a vault being
# made or re-encrypted. No file dialog lists these, and no export may overwrite one.
_VAULT_OWN = re.compile(
    r"(?:.+\.tafel(?:-wal|-shm|-journal|\.kdf(?:\.nieuw)?(?:\.tmp)?|\.lock|\.nieuw"
    r"(?:-wal|-shm)?|\.voor-migratie-.+)?"
    r"|\..+\.tafel\.aanmaak(?:-wal|-shm|-journal)?)",
    re.IGNORECASE,
)


def is_vault_file(path: Path | str) -> bool:
    """Whether ``path`` names a vault or one of its companion files (by name alone)."""
    return bool(_VAULT_OWN.fullmatch(Path(path).name))


def is_vault_companion(path: Path | str) -> bool:
    """A file that belongs to a vault but is not the vault itself (journal, key, lock...)."""
    return is_vault_file(path) and not Path(path).name.lower().endswith(".tafel")


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
