"""Passphrase to raw SQLCipher key, with Argon2id, and the key file that makes it checkable.

The salt and cost parameters are not secret; they live in a small JSON file beside the vault
(``<vault>.kdf``). SQLCipher then gets the raw 32-byte key and skips its own PBKDF2, so the
whole cost of unlocking is the Argon2id step chosen here.

The key file also lets tafel tell causes apart, so the user gets the right sentence:

- ``check``: a keyed hash of the derived key. A wrong passphrase fails it before the database
  is touched; when it passes and the database still does not open, the vault is damaged.
- ``kluis``: the vault file's own first 16 bytes (SQLCipher's per-file salt, not secret). A
  key file that belongs to another vault, or a vault file swapped underneath, shows up here.
- ``checksum``: over all other fields, so an edited key file (a changed salt or cost) is
  named as such instead of being taken for a wrong passphrase.

Everything read from the file is bounded: a key file that asks for 8 GiB of memory or a
billion passes would hang the unlock, so it is refused as changed.
"""

from __future__ import annotations

import json
import os
import stat
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from tafel.errors import KeyFileChangedError, VaultDamagedError

KEY_BYTES = 32
FORMAT = "tafel-kdf"
MAX_KEY_FILE_BYTES = 16 * 1024

# Bounds for what a key file may ask for: generous for stronger settings, far below a hang.
MEMORY_KIB_RANGE = (8 * 1024, 1024 * 1024)  # 8 MiB .. 1 GiB
TIME_COST_RANGE = (1, 12)
PARALLELISM_RANGE = (1, 16)

_CHECK_LABEL = b"tafel-sleutelcontrole-v1"
_SEAL_LABEL = b"tafel-back-up-zegel-v1"
_DAMAGED = "Het sleutelbestand naast de kluis is beschadigd."


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost and salt. Defaults: 256 MiB, 3 passes, 2 lanes (about half a second)."""

    memory_kib: int = 256 * 1024
    time_cost: int = 3
    parallelism: int = 2
    salt: str = ""
    #: A demo vault of fictional households, opened with the published demo passphrase.
    demo: bool = False
    #: Keyed hash of the derived key (empty in key files made before it existed).
    check: str = ""
    #: The vault file's first 16 bytes, hex: which vault this key file belongs to.
    kluis: str = ""

    def with_new_salt(self) -> KdfParams:
        """The same costs with a fresh random salt (and no check or vault yet)."""
        import secrets  # only when a vault is made or rekeyed

        return replace(self, salt=secrets.token_hex(16), check="", kluis="")

    def bound_to(self, key: bytes, vault_salt: bytes) -> KdfParams:
        """These parameters with the check for ``key`` and the vault they belong to."""
        return replace(self, check=key_check(key), kluis=vault_salt.hex())

    def key_matches(self, key: bytes) -> bool | None:
        """Whether ``key`` is this vault's key; None when the file has no check (older)."""
        import hmac

        if not self.check:
            return None
        return hmac.compare_digest(self.check, key_check(key))

    def to_json(self) -> str:
        """The sidecar file's content, with a checksum over every field."""
        fields = {"format": FORMAT, "version": 2, "algorithm": "argon2id", **asdict(self)}
        return json.dumps({**fields, "checksum": _checksum(fields)})

    @classmethod
    def from_json(cls, text: str) -> KdfParams:
        """Read a sidecar file; anything unexpected means the vault cannot be opened."""
        try:
            raw = json.loads(text)
            if not isinstance(raw, dict):
                raise TypeError("not an object")
            if raw.get("format") != FORMAT or raw.get("algorithm") != "argon2id":
                raise ValueError("not a tafel key file")
            params = cls(
                memory_kib=_whole(raw["memory_kib"]),
                time_cost=_whole(raw["time_cost"]),
                parallelism=_whole(raw["parallelism"]),
                salt=str(raw["salt"]),
                demo=raw.get("demo", False) is True,
                check=str(raw.get("check", "")),
                kluis=str(raw.get("kluis", "")),
            )
            bytes.fromhex(params.salt)
            bytes.fromhex(params.check)
            bytes.fromhex(params.kluis)
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
            raise VaultDamagedError(_DAMAGED) from exc
        if "checksum" in raw:
            import hmac  # here, not at start-up: the unlock page reads key files too

            fields = {k: v for k, v in raw.items() if k != "checksum"}
            if not hmac.compare_digest(str(raw["checksum"]), _checksum(fields)):
                raise KeyFileChangedError()
        elif params.check or params.kluis:
            raise KeyFileChangedError()  # a version-2 file that lost its checksum
        if len(params.salt) < 32:
            raise VaultDamagedError(_DAMAGED)
        for value, (low, high) in (
            (params.memory_kib, MEMORY_KIB_RANGE),
            (params.time_cost, TIME_COST_RANGE),
            (params.parallelism, PARALLELISM_RANGE),
        ):
            if not low <= value <= high:
                raise KeyFileChangedError()
        return params


def read_key_file(path: Path) -> KdfParams:
    """The parameters in the key file at ``path``: a small regular file, read with bounds.

    A FIFO, a device or a huge file in its place is refused without being read, so a
    strange file can never make the unlock hang.
    """
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise KeyFileChangedError(
            "Het sleutelbestand naast de kluis (.kdf) ontbreekt. Zet het terug uit een "
            "reservekopie; zonder dat bestand gaat de kluis niet open."
        ) from None
    except OSError as exc:
        raise VaultDamagedError(_DAMAGED) from exc
    if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_KEY_FILE_BYTES:
        raise VaultDamagedError(_DAMAGED)
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_KEY_FILE_BYTES + 1)
        text = data.decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise VaultDamagedError(_DAMAGED) from exc
    return KdfParams.from_json(text)


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


def key_check(key: bytes) -> str:
    """A keyed hash that shows whether a derived key is the vault's, without revealing it."""
    import hashlib
    import hmac

    return hmac.new(key, _CHECK_LABEL, hashlib.sha256).hexdigest()[:32]


def seal_key(key: bytes) -> bytes:
    """The key that seals a backup (:mod:`tafel.vault.backup_file`), derived from the key.

    One way: the seal never reveals the vault key, and only the passphrase opens it.
    """
    import hashlib
    import hmac

    return hmac.new(key, _SEAL_LABEL, hashlib.sha256).digest()


def kdf_path(vault_path: Path) -> Path:
    """The sidecar file that holds salt and parameters."""
    return vault_path.with_name(vault_path.name + ".kdf")


def pending_kdf_path(vault_path: Path) -> Path:
    """The sidecar written during a passphrase change, until the change is complete."""
    return vault_path.with_name(vault_path.name + ".kdf.nieuw")


def write_private(path: Path, text: str) -> None:
    """Write a file atomically with mode 0600; nothing half-written is ever left behind."""
    tmp = path.with_name(path.name + ".tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _whole(value: object) -> int:
    """An integer from JSON; a float, bool or string is not a cost."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError("not a whole number")
    return value


def _checksum(fields: dict[str, object]) -> str:
    import hashlib

    canonical = json.dumps(fields, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:32]
