"""The backup file: one file, a SQLCipher copy of the vault under the vault's own key, sealed.

Layout (``*.tafelbackup``)::

    MAGIC | header length (4 bytes, big-endian) | header (JSON) | database | seal (32 bytes)

- The database is :func:`sqlcipher_export` of the open vault into a new SQLCipher file under
  the same raw key: every page encrypted and authenticated as in the vault itself, so the
  file never holds case data in clear.
- The header holds the key file's content (salt and Argon2id costs, which are not secret, and
  the keyed check that tells a wrong passphrase from a damaged file) and the database's size.
  No name, no date, no count: nothing about the cases.
- The seal is an HMAC-SHA256 over everything before it, under a key derived from the vault
  key (:func:`tafel.vault.crypto.seal_key`). A file cut short (a USB stick pulled) or changed
  by one byte is refused before anything is written; only the passphrase opens the seal.

Why the vault's own passphrase and not a separate one: the backup is for the day the laptop
is lost or broken, and the passphrase is then in the consulent's head, not on the laptop.
A second passphrase would be one more secret to keep, written down beside the USB stick or
forgotten, and found out only on the day it is needed. The Argon2id costs of the vault
protect the backup alike. A backup keeps the passphrase the vault had when it was made: after
a passphrase change, older backups still open with the old one (said in the app).

Writing is atomic: the file is built under a hidden temporary name in the chosen folder,
synced, then renamed; a full disk or a pulled stick leaves no file that looks whole.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import hmac
import json
import os
import shutil
import struct
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, BinaryIO

from tafel.errors import (
    DiskFullError,
    ReadOnlyError,
    TafelError,
    ValidationError,
    VaultDamagedError,
    WrongPassphraseError,
)
from tafel.vault.crypto import KdfParams, derive_key, kdf_path, read_key_file, seal_key
from tafel.vault.files import is_vault_file

MAGIC = b"tafel-back-up\n"
FORMAT = "tafel-back-up"
VERSION = 1
SUFFIX = ".tafelbackup"
MAX_HEADER = 64 * 1024
SEAL_BYTES = 32
_CHUNK = 1024 * 1024

#: The ``vaultmeta`` row in the copy that lists what the vault held (counts per table, when
#: made, the vault's id), so a restore can check that everything arrived. Inside the
#: encrypted copy only; the restore removes it.
INHOUD_KEY = "back-up_inhoud"


class BackupDamagedError(VaultDamagedError):
    """The backup file is cut short, changed, or no tafel backup at all."""

    default_message = (
        "Deze back-up is beschadigd of onvolledig (misschien is het schrijven afgebroken); "
        "er is geen kluis gemaakt. Probeer een andere back-up."
    )


NOT_A_BACKUP = "Dit bestand is geen tafel-back-up; er is geen kluis gemaakt."
WRONG_PASSPHRASE = (
    "Deze wachtwoordzin opent de back-up niet. Een back-up opent met de wachtwoordzin die de "
    "kluis had toen de back-up werd gemaakt."
)


@dataclass(frozen=True)
class Geopend:
    """A backup whose seal held: the key file to write beside the restored vault, and the key."""

    params: KdfParams
    key: bytes


# -- writing --------------------------------------------------------------------------------


def check_target(target: Path) -> Path:
    """Where a backup may go: not over a vault or one of its files, in a folder that exists."""
    target = Path(target).expanduser().resolve()
    if is_vault_file(target):
        raise ValidationError("Een back-up kan niet over een kluis of een van zijn bestanden "
                              "heen; kies een andere naam.")
    if not target.parent.is_dir():
        raise ValidationError("Die map bestaat niet (meer); kies een andere plek.")
    return target


def export_copy(raw: Any, folder: Path, inhoud: Callable[[Any], str]) -> Path:
    """Export the open vault (a raw SQLCipher connection) into a new file in ``folder``.

    ATTACH without a KEY takes the vault's own key. ``inhoud(raw)`` makes the manifest (JSON)
    inside the export's own transaction, and it is written into the copy, so it describes
    exactly what the copy holds.
    """
    copy = folder / "kopie"
    raw.execute("ATTACH DATABASE ? AS kopie", (str(copy),))
    try:
        raw.execute("BEGIN")
        try:
            manifest = inhoud(raw)
            version = raw.execute("PRAGMA user_version").fetchone()[0]
            raw.execute("SELECT sqlcipher_export('kopie')")
            raw.execute(f"PRAGMA kopie.user_version = {int(version)}")
            raw.execute("INSERT INTO kopie.vaultmeta (sleutel, waarde) VALUES (?, ?)",
                        (INHOUD_KEY, manifest))
            raw.execute("COMMIT")
        except BaseException:
            raw.execute("ROLLBACK")
            raise
    finally:
        raw.execute("DETACH DATABASE kopie")
    return copy


def write_sealed(copy: Path, vault_path: Path, seal: bytes, target: Path) -> int:
    """Pack ``copy`` with the vault's key file into ``target``, atomically; its size in bytes."""
    with open(copy, "rb") as handle:
        salt = handle.read(16)
    params = replace(read_key_file(kdf_path(vault_path)), kluis=salt.hex())
    size = copy.stat().st_size
    header = json.dumps({"format": FORMAT, "version": VERSION, "kdf": params.to_json(),
                         "grootte": size}).encode("utf-8")
    mac = hmac.new(seal, digestmod=hashlib.sha256)
    with _atomic(target) as out:
        for part in (MAGIC, struct.pack(">I", len(header)), header):
            mac.update(part)
            out.write(part)
        with open(copy, "rb") as source:
            while chunk := source.read(_CHUNK):
                mac.update(chunk)
                out.write(chunk)
        out.write(mac.digest())
    return target.stat().st_size


@contextlib.contextmanager
def _atomic(target: Path) -> Iterator[BinaryIO]:
    """A hidden temporary file beside ``target``, synced and renamed only when whole."""
    temp: Path | None = None
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".deel",
                                        dir=target.parent)
        temp = Path(name)
        with os.fdopen(handle, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
        temp = None
        fsync_folder(target.parent)
    except OSError as error:
        raise _write_error(error) from error
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                temp.unlink()


def _write_error(error: OSError) -> TafelError:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFullError("De back-up past niet op die plek: de schijf of USB-stick is vol. "
                             "Er is geen back-up geschreven.")
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ReadOnlyError("tafel mag op die plek niet schrijven; kies een andere map. Er is "
                             "geen back-up geschreven.")
    return TafelError("De back-up kon niet worden geschreven (is de USB-stick eruit "
                      "gehaald?). Er is geen back-up geschreven; probeer het opnieuw.")


def work_folder(vault_path: Path) -> Path:
    """A private, hidden folder beside the vault for the encrypted copy while it is packed."""
    try:
        return Path(tempfile.mkdtemp(prefix=f".{vault_path.name}.back-up-",
                                     dir=vault_path.parent))
    except OSError as error:
        raise _write_error(error) from error


def remove_folder(folder: Path) -> None:
    """Remove the work folder and what is in it."""
    shutil.rmtree(folder, ignore_errors=True)


# -- reading --------------------------------------------------------------------------------


def is_demo_backup(path: Path) -> bool:
    """Whether the backup at ``path`` is of a demo vault (it opens with the demo phrase)."""
    try:
        with open(path, "rb") as handle:
            return _header(handle)[0].demo
    except (OSError, TafelError):
        return False


def open_sealed(source: Path, passphrase: str, building: Path) -> Geopend:
    """Check the seal of the backup at ``source`` and write its database to ``building``.

    A wrong passphrase, a file that is no backup, or one cut short or changed raises before
    ``building`` holds anything the caller could take for a vault (it is removed then).
    """
    try:
        handle = open(source, "rb")  # noqa: SIM115 - closed by the with below
    except FileNotFoundError:
        raise ValidationError("Dat bestand is er niet (meer).") from None
    except OSError as error:
        raise BackupDamagedError(NOT_A_BACKUP) from error
    with handle:
        params, header, size = _header(handle)
        key = derive_key(passphrase, params)
        if params.key_matches(key) is False:
            raise WrongPassphraseError(WRONG_PASSPHRASE)
        total = os.fstat(handle.fileno()).st_size
        if total != len(MAGIC) + 4 + len(header) + size + SEAL_BYTES:
            raise BackupDamagedError()
        mac = hmac.new(seal_key(key), digestmod=hashlib.sha256)
        for part in (MAGIC, struct.pack(">I", len(header)), header):
            mac.update(part)
        try:
            with open(building, "wb") as out:
                left = size
                while left > 0:
                    chunk = handle.read(min(_CHUNK, left))
                    if not chunk:
                        raise BackupDamagedError()
                    mac.update(chunk)
                    out.write(chunk)
                    left -= len(chunk)
                out.flush()
                os.fsync(out.fileno())
            if not hmac.compare_digest(mac.digest(), handle.read(SEAL_BYTES)):
                raise BackupDamagedError() if params.check else WrongPassphraseError(
                    WRONG_PASSPHRASE)
        except OSError as error:
            building.unlink(missing_ok=True)
            raise _write_error(error) from error
        except BaseException:
            building.unlink(missing_ok=True)
            raise
    return Geopend(params, key)


def _header(handle: BinaryIO) -> tuple[KdfParams, bytes, int]:
    if handle.read(len(MAGIC)) != MAGIC:
        raise BackupDamagedError(NOT_A_BACKUP)
    raw_length = handle.read(4)
    if len(raw_length) != 4:
        raise BackupDamagedError()
    (length,) = struct.unpack(">I", raw_length)
    if length > MAX_HEADER:
        raise BackupDamagedError()
    header = handle.read(length)
    try:
        fields = json.loads(header.decode("utf-8"))
        if fields.get("format") != FORMAT:
            raise ValueError("not a backup")
        if fields.get("version") != VERSION:
            raise BackupDamagedError("Deze back-up is gemaakt met een nieuwere versie van tafel; "
                                     "werk tafel bij en probeer het opnieuw.")
        size = fields["grootte"]
        if isinstance(size, bool) or not isinstance(size, int) or size < 0:
            raise ValueError("no size")
        params = KdfParams.from_json(str(fields["kdf"]))
    except BackupDamagedError:
        raise
    except (ValueError, KeyError, TypeError, AttributeError, VaultDamagedError) as error:
        raise BackupDamagedError() from error
    return params, header, size


def fsync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
