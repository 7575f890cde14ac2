"""The encrypted vault: the only package that knows about SQLCipher, keys and migrations.

``Vault`` is loaded on first use, so importing :mod:`tafel.vault.files` (what the unlock
screen needs) does not pull in SQLAlchemy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tafel.vault.crypto import KdfParams

if TYPE_CHECKING:
    from tafel.vault.vault import Vault

__all__ = ["KdfParams", "Vault"]


def __getattr__(name: str) -> Any:
    if name == "Vault":
        from tafel.vault.vault import Vault

        return Vault
    raise AttributeError(name)
