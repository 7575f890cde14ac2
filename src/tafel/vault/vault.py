"""The vault: one SQLCipher file, its key file, and the life cycle create/unlock/lock/rekey.

A vault is either locked (no key, no engine, nothing of it in memory) or unlocked. Every
service works through :meth:`Vault.transaction`, so a write is all or nothing.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError
from sqlmodel import Session

from tafel.errors import (
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
    write_private,
)
from tafel.vault.engine import make_engine, restrict_permissions
from tafel.vault.files import DEMO_PASSPHRASE, is_demo_vault, vault_exists

MIN_PASSPHRASE_LENGTH = passphrase_rules.MIN_LENGTH


def check_passphrase_strength(passphrase: str, context: Iterable[str] = ()) -> None:
    """Refuse a passphrase that is easy to guess, with the reason in Dutch and a suggestion.

    ``context`` are words an attacker knows, such as the vault's file name. The estimate
    itself lives in :mod:`tafel.vault.passphrase`.
    """
    passphrase_rules.check(passphrase, context)


class Vault:
    """An encrypted case-file store at ``path`` (by convention ``*.tafel``)."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path).expanduser().resolve()
        self._engine: Engine | None = None
        self.last_backup: Path | None = None

    # -- life cycle ---------------------------------------------------------------------

    exists = staticmethod(vault_exists)
    is_demo = staticmethod(is_demo_vault)

    @classmethod
    def create(
        cls, path: Path | str, passphrase: str, params: KdfParams | None = None
    ) -> Vault:
        """Make a new, empty vault and return it unlocked.

        ``params.demo`` marks a demo vault, which alone may use :data:`DEMO_PASSPHRASE`.
        """
        if not (params and params.demo and passphrase == DEMO_PASSPHRASE):
            check_passphrase_strength(passphrase, passphrase_rules.context_for(path))
        vault = cls(path)
        if vault.path.exists() or kdf_path(vault.path).exists():
            raise VaultExistsError()
        vault.path.parent.mkdir(parents=True, exist_ok=True)
        params = (params or KdfParams()).with_new_salt()
        write_private(kdf_path(vault.path), params.to_json())
        vault._open_engine(derive_key(passphrase, params))
        return vault

    @classmethod
    def open(cls, path: Path | str, passphrase: str) -> Vault:
        """Unlock the vault at ``path``."""
        vault = cls(path)
        vault.unlock(passphrase)
        return vault

    @property
    def is_unlocked(self) -> bool:
        """True while the key is in memory."""
        return self._engine is not None

    def unlock(self, passphrase: str) -> None:
        """Derive the key and open the database; migrate it when it is older than tafel."""
        if not Vault.exists(self.path):
            raise VaultNotFoundError()
        candidates = [kdf_path(self.path)]
        if pending_kdf_path(self.path).exists():
            candidates.append(pending_kdf_path(self.path))
        for candidate in candidates:
            params = KdfParams.from_json(candidate.read_text(encoding="utf-8"))
            with contextlib.suppress(WrongPassphraseError):
                self._open_engine(derive_key(passphrase, params))
                self._finish_interrupted_rekey(used=candidate)
                return
        raise WrongPassphraseError()

    def lock(self) -> None:
        """Close every connection and forget the key."""
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-encrypt the vault under a new passphrase (and a new salt).

        The data is exported into a new file under the new key, which then replaces the old
        one. A crash at any point leaves a vault that opens with either the old or the new
        passphrase, never one that opens with neither.
        """
        check_passphrase_strength(new, passphrase_rules.context_for(self.path))
        current = KdfParams.from_json(kdf_path(self.path).read_text(encoding="utf-8"))
        if self._probe_key(current, old) is None:
            raise WrongPassphraseError()
        params = current.with_new_salt()
        new_key = derive_key(new, params)
        write_private(pending_kdf_path(self.path), params.to_json())
        rekeyed = self.path.with_name(self.path.name + ".nieuw")
        rekeyed.unlink(missing_ok=True)
        engine = self._require_engine()
        with engine.connect() as connection:
            raw = connection.connection.driver_connection
            assert raw is not None
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            version = raw.execute("PRAGMA user_version").fetchone()[0]
            raw.execute(f"ATTACH DATABASE ? AS rekeyed KEY \"x'{new_key.hex()}'\"", (str(rekeyed),))
            raw.execute("SELECT sqlcipher_export('rekeyed')")
            raw.execute(f"PRAGMA rekeyed.user_version = {int(version)}")
            raw.execute("DETACH DATABASE rekeyed")
        self.lock()
        for companion in (Path(f"{self.path}-wal"), Path(f"{self.path}-shm")):
            companion.unlink(missing_ok=True)
        os.replace(rekeyed, self.path)
        os.replace(pending_kdf_path(self.path), kdf_path(self.path))
        self._open_engine(new_key)

    # -- sessions -----------------------------------------------------------------------

    @property
    def engine(self) -> Engine:
        """The open engine; raises when locked."""
        return self._require_engine()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session that commits when the block ends and rolls back on any error."""
        with Session(self._require_engine(), expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def integrity_errors(self) -> list[str]:
        """SQLCipher's page HMAC check plus SQLite's integrity check; empty when all is well."""
        problems: list[str] = []
        with self._require_engine().connect() as connection:
            for pragma, healthy in (("cipher_integrity_check", None), ("integrity_check", "ok")):
                rows = [r[0] for r in connection.exec_driver_sql(f"PRAGMA {pragma}")]
                problems.extend(r for r in rows if r != healthy)
        return problems

    # -- internals ----------------------------------------------------------------------

    def _require_engine(self) -> Engine:
        if self._engine is None:
            raise VaultLockedError()
        return self._engine

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

    def _open_engine(self, key: bytes) -> None:
        engine = make_engine(self.path, key)
        try:
            with engine.connect() as connection:
                connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").all()
        except DatabaseError as exc:
            engine.dispose()
            raise WrongPassphraseError() from exc
        restrict_permissions(self.path)
        self._engine = engine
        self.last_backup = migrate.upgrade(engine, self.path)

    def _finish_interrupted_rekey(self, used: Path) -> None:
        pending = pending_kdf_path(self.path)
        if used == pending:
            os.replace(pending, kdf_path(self.path))
        else:
            pending.unlink(missing_ok=True)
        self.path.with_name(self.path.name + ".nieuw").unlink(missing_ok=True)
