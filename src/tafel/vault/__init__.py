"""The encrypted vault: the only package that knows about SQLCipher, keys and migrations.

``Vault`` and ``KdfParams`` load on first use, so importing :mod:`tafel.vault.files` (what
the unlock screen needs) pulls in neither SQLAlchemy nor argon2.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tafel.vault.crypto import KdfParams
    from tafel.vault.vault import Vault

__all__ = ["KdfParams", "Vault"]


def __getattr__(name: str) -> Any:
    if name == "Vault":
        from tafel.vault.vault import Vault

        return Vault
    if name == "KdfParams":
        from tafel.vault.crypto import KdfParams

        return KdfParams
    raise AttributeError(name)
