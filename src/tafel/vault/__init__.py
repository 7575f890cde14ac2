"""The encrypted vault: the only package that knows about SQLCipher, keys and migrations."""

from tafel.vault.crypto import KdfParams
from tafel.vault.vault import Vault

__all__ = ["KdfParams", "Vault"]
