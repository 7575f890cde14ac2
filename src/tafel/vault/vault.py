"""The vault: one SQLCipher file, its key file, and the life cycle create/unlock/lock/rekey.

A vault is either locked (no key, no engine, nothing of it in memory) or unlocked. While it
is unlocked this process alone holds it (:mod:`tafel.vault.lockfile`). Every service works
through :meth:`Vault.transaction`, so a write is all or nothing, and every failure reaches
the user as one Dutch sentence that names its cause: a wrong passphrase, a damaged vault, a
changed key file, a full disk, a read-only folder or a vault in use elsewhere.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError
from sqlmodel import Session

from tafel.errors import (
    DiskFullError,
    KeyFileChangedError,
    ReadOnlyError,
    TafelError,
    VaultDamagedError,
    VaultExistsError,
    VaultLockedError,
    VaultNotFoundError,
    WrongPassphraseError,
)
from tafel.vault import migrate
from tafel.vault import passphrase as passphrase_rules
from tafel.vault.crypto import (
    KdfParams,
    derive_key,
    kdf_path,
    pending_kdf_path,
    read_key_file,
    seal_key,
    write_private,
)
from tafel.vault.engine import make_engine, restrict_permissions
from tafel.vault.files import DEMO_PASSPHRASE, is_demo_vault, vault_exists
from tafel.vault.lockfile import HOLDER_COMMAND, VaultLock
from tafel.vault.sql_errors import SQLITE_NOTADB, sqlite_code, translate, translating

MIN_PASSPHRASE_LENGTH = passphrase_rules.MIN_LENGTH
#: Below this much free space, a vague I/O error is taken for a full disk.
LOW_SPACE_BYTES = 1024 * 1024

OTHER_VAULT = (
    "Het sleutelbestand (.kdf) past niet bij deze kluis: het hoort bij een andere kluis, of "
    "het begin van de kluis is beschadigd. Zet de kluis en zijn sleutelbestand samen terug "
    "uit een reservekopie."
)
REKEY_INTERRUPTED = (
    "Deze wachtwoordzin opent de kluis niet. Het wijzigen van de wachtwoordzin werd "
    "onderbroken: probeer de oude én de nieuwe wachtwoordzin."
)


def check_passphrase_strength(passphrase: str, context: Iterable[str] = ()) -> None:
    """Refuse a passphrase that is easy to guess, with the reason in Dutch and a suggestion.

    ``context`` are words an attacker knows, such as the vault's file name. The estimate
    itself lives in :mod:`tafel.vault.passphrase`.
    """
    passphrase_rules.check(passphrase, context)


class Vault:
    """An encrypted case-file store at ``path`` (by convention ``*.tafel``).

    ``holder`` says who would hold it ("app" or "opdracht"), so a second process that finds
    the vault taken can say by whom.
    """

    def __init__(self, path: Path | str, holder: str = HOLDER_COMMAND) -> None:
        self.path = Path(path).expanduser().resolve()
        self.holder = holder
        self._engine: Engine | None = None
        self._file_lock = VaultLock(self.path)
        self.last_backup: Path | None = None
        self._seal: bytes | None = None  # derived from the key while unlocked (backups)

    # -- life cycle ---------------------------------------------------------------------

    exists = staticmethod(vault_exists)
    is_demo = staticmethod(is_demo_vault)

    @classmethod
    def create(
        cls, path: Path | str, passphrase: str, params: KdfParams | None = None,
        holder: str = HOLDER_COMMAND,
    ) -> Vault:
        """Make a new, empty vault and return it unlocked.

        Creation is atomic: the database is built under a hidden name and appears under its
        own name in one rename, after its key file. A crash at any moment leaves either a
        whole vault or none (a key file without a vault is debris that the next create
        replaces). ``params.demo`` marks a demo vault, which alone may use the demo phrase.
        """
        if not (params and params.demo and passphrase == DEMO_PASSPHRASE):
            check_passphrase_strength(passphrase, passphrase_rules.context_for(path))
        vault = cls(path, holder)
        if vault.path.exists():
            raise VaultExistsError()
        with vault._diagnosing():
            vault.path.parent.mkdir(parents=True, exist_ok=True)
            vault._file_lock.acquire(holder)
        try:
            with vault._diagnosing():
                key = vault._build_new(passphrase, params or KdfParams())
                vault._open_engine(key, trusted=True)
        except BaseException:
            vault._file_lock.release()
            raise
        return vault

    @classmethod
    def open(cls, path: Path | str, passphrase: str, *, wait: float = 0.0,
             holder: str = HOLDER_COMMAND, patient_with_app: bool = True) -> Vault:
        """Unlock the vault at ``path``; wait up to ``wait`` seconds if another holds it.

        ``patient_with_app`` False gives up at once when the app holds it (see the CLI).
        """
        vault = cls(path, holder)
        vault.unlock(passphrase, wait=wait, patient_with_app=patient_with_app)
        return vault

    @property
    def is_unlocked(self) -> bool:
        """True while the key is in memory."""
        return self._engine is not None

    def unlock(self, passphrase: str, *, wait: float = 0.0,
               patient_with_app: bool = True) -> None:
        """Derive the key and open the database; migrate it when it is older than tafel."""
        if self._engine is not None:
            return
        if not self.path.is_file():
            raise VaultNotFoundError()
        with self._diagnosing():
            self._check_writable()
            self._file_lock.acquire(self.holder, wait, patient_with_app=patient_with_app)
        try:
            with self._diagnosing():
                self._unlock(passphrase)
        except BaseException:
            self._close_engine()
            self._file_lock.release()
            raise

    def lock(self) -> None:
        """Close every connection, forget the key and let other processes in."""
        self._close_engine()
        self._file_lock.release()

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-encrypt the vault under a new passphrase (and a new salt).

        The data is exported into a new file under the new key, which then replaces the old
        one. A crash at any point leaves a vault that opens with either the old or the new
        passphrase, never one that opens with neither.
        """
        check_passphrase_strength(new, passphrase_rules.context_for(self.path))
        with self._diagnosing():
            self._change_passphrase(old, new)

    # -- sessions -----------------------------------------------------------------------

    @property
    def engine(self) -> Engine:
        """The open engine; raises when locked."""
        return self._require_engine()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session that commits when the block ends and rolls back on any error.

        Database and disk errors leave as their Dutch TafelError (a full disk, a damaged
        page), with nothing written.
        """
        engine = self._require_engine()
        with self._diagnosing(), Session(engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def compact(self) -> list[Path]:
        """After a destruction: no page of the vault keeps what was removed; old copies go.

        ``secure_delete`` already zeroes deleted rows; the journal is folded into the file and
        VACUUM rewrites it without free pages. The copies taken before migrations hold the
        removed case as it was, so they are deleted (they were for undoing a migration, long
        past). Returns the copies removed.
        """
        engine = self._require_engine()
        with self._diagnosing():
            migrate.checkpoint(engine)
            with engine.connect() as connection:
                raw = connection.connection.driver_connection
                assert raw is not None
                raw.execute("VACUUM")
            migrate.checkpoint(engine)
        removed = []
        for copy in sorted(self.path.parent.glob(f"{self.path.name}.voor-migratie-*")):
            copy.unlink(missing_ok=True)
            removed.append(copy)
        return removed

    def integrity_errors(self) -> list[str]:
        """SQLCipher's page HMAC check plus SQLite's integrity check; empty when all is well."""
        problems: list[str] = []
        try:
            with self._require_engine().connect() as connection:
                for pragma, healthy in (("cipher_integrity_check", None),
                                        ("integrity_check", "ok")):
                    rows = [r[0] for r in connection.exec_driver_sql(f"PRAGMA {pragma}")]
                    problems.extend(str(r) for r in rows if r != healthy)
        except DatabaseError as error:
            mapped = translate(error)
            if mapped is not None and not isinstance(mapped, VaultDamagedError):
                raise mapped from error
            problems.append(str(error.orig if hasattr(error, "orig") else error))
        return problems

    @property
    def seal_key(self) -> bytes:
        """The key that seals a backup of this vault (derived from its key); while unlocked."""
        self._require_engine()
        assert self._seal is not None
        return self._seal

    # -- internals ----------------------------------------------------------------------

    def _require_engine(self) -> Engine:
        if self._engine is None:
            raise VaultLockedError()
        return self._engine

    @contextlib.contextmanager
    def _diagnosing(self) -> Iterator[None]:
        """Turn database and file errors into the sentence that names their cause."""
        try:
            with translating():
                yield
        except (VaultDamagedError, DiskFullError) as error:
            if isinstance(error, KeyFileChangedError) or not self._low_on_space():
                raise
            if isinstance(error, DiskFullError):
                raise
            raise DiskFullError() from error

    def _low_on_space(self) -> bool:
        try:
            return shutil.disk_usage(self.path.parent).free < LOW_SPACE_BYTES
        except OSError:
            return False

    def _check_writable(self) -> None:
        """A vault in a folder tafel cannot write to cannot be opened safely (WAL needs it)."""
        for target in (self.path.parent, self.path):
            if not os.access(target, os.W_OK):
                raise ReadOnlyError()

    def _file_salt(self) -> bytes:
        """The vault file's first 16 bytes: SQLCipher's salt, stored in clear by design.

        Read only while no engine of this process has the file open: closing any other
        descriptor on it would drop SQLite's own locks.
        """
        assert self._engine is None
        with open(self.path, "rb") as handle:
            return handle.read(16)

    def _build_new(self, passphrase: str, params: KdfParams) -> bytes:
        """Build the database under a hidden name, write its key file, then rename it in."""
        kdf = kdf_path(self.path)
        kdf.unlink(missing_ok=True)  # debris of a creation that never finished (no vault)
        pending_kdf_path(self.path).unlink(missing_ok=True)
        params = params.with_new_salt()
        key = derive_key(passphrase, params)
        building = self.path.with_name(f".{self.path.name}.aanmaak")
        _remove_with_companions(building)
        try:
            engine = make_engine(building, key)
            try:
                migrate.upgrade(engine, building)
                migrate.checkpoint(engine)
            finally:
                engine.dispose()
            _fsync_file(building)
            with open(building, "rb") as handle:
                salt = handle.read(16)
            write_private(kdf, params.bound_to(key, salt).to_json())
            os.replace(building, self.path)
            _fsync_folder(self.path.parent)
        except BaseException:
            _remove_with_companions(building)
            if not self.path.exists():
                kdf.unlink(missing_ok=True)
            raise
        return key

    def _unlock(self, passphrase: str) -> None:
        candidates = [kdf_path(self.path)]
        pending = pending_kdf_path(self.path)
        if pending.exists():
            candidates.append(pending)
        salt = self._file_salt()
        failure: TafelError | None = None
        for candidate in candidates:
            params = read_key_file(candidate)
            key = derive_key(passphrase, params)
            matches = params.key_matches(key)
            if matches is False:
                continue
            try:
                self._open_engine(key, trusted=matches is True)
            except WrongPassphraseError:
                continue
            except VaultDamagedError as error:
                foreign = bool(params.kluis) and params.kluis != salt.hex()
                failure = failure or (KeyFileChangedError(OTHER_VAULT) if foreign else error)
                continue
            self._finish_interrupted_rekey(used=candidate)
            if matches is None or params.kluis != salt.hex():
                write_private(kdf_path(self.path), params.bound_to(key, salt).to_json())
            return
        if failure is not None:
            raise WrongPassphraseError(REKEY_INTERRUPTED) if len(candidates) > 1 else failure
        raise WrongPassphraseError()

    def _open_engine(self, key: bytes, *, trusted: bool) -> None:
        """Open, check and migrate; on any failure nothing stays open and the key is dropped.

        ``trusted`` means the key file vouched for the key: a database that still does not
        open is damaged, not locked with another passphrase.
        """
        engine = make_engine(self.path, key)
        try:
            with translating():
                backup = self._check_and_migrate(engine, trusted=trusted)
        except BaseException:
            engine.dispose()
            raise
        self._engine = engine
        self._seal = seal_key(key)
        self.last_backup = backup

    def _check_and_migrate(self, engine: Engine, *, trusted: bool) -> Path | None:
        try:
            with engine.connect() as connection:
                connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").all()
        except DatabaseError as exc:
            if not trusted and sqlite_code(exc) in (SQLITE_NOTADB, None):
                raise WrongPassphraseError() from exc
            raise
        restrict_permissions(self.path)
        with engine.connect() as connection:
            rows = [r[0] for r in connection.exec_driver_sql("PRAGMA quick_check")]
        if rows != ["ok"]:
            raise VaultDamagedError()
        return migrate.upgrade(engine, self.path)

    def _close_engine(self) -> None:
        self._seal = None
        if self._engine is not None:
            engine, self._engine = self._engine, None
            engine.dispose()

    def _change_passphrase(self, old: str, new: str) -> None:
        current = read_key_file(kdf_path(self.path))
        if current.key_matches(derive_key(old, current)) is False or (
            not current.check and self._probe_key(current, old) is None
        ):
            raise WrongPassphraseError()
        params = current.with_new_salt()
        new_key = derive_key(new, params)
        rekeyed = self.path.with_name(self.path.name + ".nieuw")
        _remove_with_companions(rekeyed)
        engine = self._require_engine()
        migrate.checkpoint(engine)
        with engine.connect() as connection:
            raw = connection.connection.driver_connection
            assert raw is not None
            version = raw.execute("PRAGMA user_version").fetchone()[0]
            raw.execute(f"ATTACH DATABASE ? AS rekeyed KEY \"x'{new_key.hex()}'\"", (str(rekeyed),))
            raw.execute("SELECT sqlcipher_export('rekeyed')")
            raw.execute(f"PRAGMA rekeyed.user_version = {int(version)}")
            raw.execute("DETACH DATABASE rekeyed")
        _fsync_file(rekeyed)
        with open(rekeyed, "rb") as handle:
            salt = handle.read(16)
        write_private(pending_kdf_path(self.path), params.bound_to(new_key, salt).to_json())
        self._close_engine()  # the file lock stays: no other process may step in now
        for companion in (Path(f"{self.path}-wal"), Path(f"{self.path}-shm")):
            companion.unlink(missing_ok=True)
        os.replace(rekeyed, self.path)
        os.replace(pending_kdf_path(self.path), kdf_path(self.path))
        _fsync_folder(self.path.parent)
        self._open_engine(new_key, trusted=True)

    def _probe_key(self, params: KdfParams, passphrase: str) -> bytes | None:
        """The key the open vault uses, if ``passphrase`` under ``params`` is it."""
        key = derive_key(passphrase, params)
        probe = make_engine(self.path, key)
        try:
            with probe.connect() as connection:
                connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").all()
            return key
        except DatabaseError:
            return None
        finally:
            probe.dispose()

    def _finish_interrupted_rekey(self, used: Path) -> None:
        pending = pending_kdf_path(self.path)
        if used == pending:
            os.replace(pending, kdf_path(self.path))
        else:
            pending.unlink(missing_ok=True)
        _remove_with_companions(self.path.with_name(self.path.name + ".nieuw"))


def _remove_with_companions(path: Path) -> None:
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        with contextlib.suppress(FileNotFoundError):
            candidate.unlink()


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
