"""Passphrase to raw SQLCipher key, with Argon2id.

The salt and cost parameters are not secret; they live in a small JSON file beside the vault
(``<vault>.kdf``). SQLCipher then gets the raw 32-byte key and skips its own PBKDF2, so the
whole cost of unlocking is the Argon2id step chosen here.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from tafel.errors import VaultDamagedError

KEY_BYTES = 32
FORMAT = "tafel-kdf"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost and salt. Defaults: 256 MiB, 3 passes, 2 lanes (about half a second)."""

    memory_kib: int = 256 * 1024
    time_cost: int = 3
    parallelism: int = 2
    salt: str = ""
    #: A demo vault of fictional households, opened with the published demo passphrase.
    demo: bool = False

    def with_new_salt(self) -> KdfParams:
        """The same costs with a fresh random salt."""
        import secrets  # only when a vault is made or rekeyed

        return replace(self, salt=secrets.token_hex(16))

    def to_json(self) -> str:
        """The sidecar file's content."""
        return json.dumps({"format": FORMAT, "version": 1, "algorithm": "argon2id", **asdict(self)})

    @classmethod
    def from_json(cls, text: str) -> KdfParams:
        """Read a sidecar file; anything unexpected means the vault cannot be opened."""
        try:
            raw = json.loads(text)
            if raw.get("format") != FORMAT or raw.get("algorithm") != "argon2id":
                raise ValueError("not a tafel key file")
            params = cls(
                memory_kib=int(raw["memory_kib"]),
                time_cost=int(raw["time_cost"]),
                parallelism=int(raw["parallelism"]),
                salt=str(raw["salt"]),
                demo=bool(raw.get("demo", False)),
            )
            bytes.fromhex(params.salt)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise VaultDamagedError("Het sleutelbestand naast de kluis is beschadigd.") from exc
        if len(params.salt) < 32 or params.memory_kib < 8 or params.time_cost < 1:
            raise VaultDamagedError("Het sleutelbestand naast de kluis is beschadigd.")
        return params


def derive_key(passphrase: str, params: KdfParams) -> bytes:
    """The raw SQLCipher key for ``passphrase`` under ``params``."""
    from argon2.low_level import Type, hash_secret_raw  # loaded at the first unlock, not at start

    return hash_secret_raw(
        secret=passphrase.encode("utf-8"),
        salt=bytes.fromhex(params.salt),
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def kdf_path(vault_path: Path) -> Path:
    """The sidecar file that holds salt and parameters."""
    return vault_path.with_name(vault_path.name + ".kdf")


def pending_kdf_path(vault_path: Path) -> Path:
    """The sidecar written during a passphrase change, until the change is complete."""
    return vault_path.with_name(vault_path.name + ".kdf.nieuw")


def write_private(path: Path, text: str) -> None:
    """Write a file atomically with mode 0600."""
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
