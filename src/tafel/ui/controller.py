"""The app's controller: one vault, its services, and signals every screen listens to.

Built once in ``application.py`` and passed down (no global), so tests can make their own.
Screens never touch the vault directly: they call the controller's services and refresh on
``data_changed``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from tafel.settings import Settings

# The one UI module that touches the vault package: the facts about vault files the other
# screens need come from here (tests/test_architecture.py holds every other UI module to it).
from tafel.vault.files import (
    DEMO_PASSPHRASE,
    is_demo_vault,
    is_vault_companion,
    is_vault_file,
    vault_exists,
)

__all__ = ["DEMO_PASSPHRASE", "AppController", "is_demo_vault", "is_vault_companion",
           "is_vault_file", "vault_exists"]


def __getattr__(name: str) -> object:
    """``passphrase_rules`` loads on first use (zxcvbn and word lists: not at start-up)."""
    if name == "passphrase_rules":
        from tafel.vault import passphrase

        return passphrase
    raise AttributeError(name)

if TYPE_CHECKING:
    from tafel.services.changes import ChangeSet
    from tafel.services.registry import Services
    from tafel.vault.crypto import KdfParams
    from tafel.vault.vault import Vault


class AppController(QObject):
    """Holds the open vault and tells every screen when it opens, locks or changes."""

    unlocked = Signal()
    # Emitted while the vault is still open, so screens can save what is pending.
    about_to_lock = Signal()
    locked = Signal()
    vault_chosen = Signal(Path)
    data_changed = Signal(object)  # ChangeSet

    def __init__(
        self,
        settings: Settings,
        actor: str,
        kdf_params: KdfParams | None = None,
        today: Callable[[], date] = date.today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.actor = actor
        self.today = today
        # None means the default cost (see KdfParams); tests pass cheap parameters.
        self.kdf_params = kdf_params
        self.vault_path: Path | None = Path(settings.last_vault) if settings.last_vault else None
        self._vault: Vault | None = None
        self._services: Services | None = None

    # -- state --------------------------------------------------------------------------

    @property
    def is_unlocked(self) -> bool:
        """True while a vault is open."""
        return self._vault is not None and self._vault.is_unlocked

    @property
    def services(self) -> Services:
        """The services of the open vault (only while unlocked)."""
        assert self._services is not None, "vault is locked"
        return self._services

    def is_demo(self) -> bool:
        """Whether the chosen vault is a demo vault."""
        return self.vault_path is not None and is_demo_vault(self.vault_path)

    # -- choosing a vault ---------------------------------------------------------------

    def choose_vault(self, path: Path) -> None:
        """Remember ``path`` as the vault to unlock next."""
        self.lock()
        self.vault_path = Path(path)
        if self.settings.last_vault != str(self.vault_path):
            self.settings.last_vault = str(self.vault_path)
            self.settings.save()
        self.vault_chosen.emit(self.vault_path)

    def create_vault(self, path: Path, passphrase: str) -> None:
        """Create a new vault at ``path`` and open it."""
        from tafel.vault.lockfile import HOLDER_APP
        from tafel.vault.vault import Vault

        vault = Vault.create(path, passphrase, self.kdf_params, holder=HOLDER_APP)
        self.choose_vault(vault.path)
        self._open(vault)

    def create_demo(self, path: Path, today: date | None = None) -> None:
        """Create the demo vault at ``path`` (if missing) and choose it."""
        from tafel.demo.vault import create_demo_vault

        if not vault_exists(path):
            create_demo_vault(path, None, self.actor, today or self.today(), self.kdf_params)
        self.choose_vault(path)

    # -- unlock and lock ----------------------------------------------------------------

    def unlock(self, passphrase: str) -> None:
        """Unlock the chosen vault; raises a TafelError with a Dutch sentence on failure."""
        from tafel.errors import WrongPassphraseError
        from tafel.services.audit_anchor import note_failed_unlock
        from tafel.vault.lockfile import HOLDER_APP
        from tafel.vault.vault import Vault

        assert self.vault_path is not None
        try:
            vault = Vault.open(self.vault_path, passphrase, holder=HOLDER_APP)
        except WrongPassphraseError:
            note_failed_unlock(self.vault_path)  # written into the log at the next unlock
            raise
        self._open(vault)

    def lock(self) -> None:
        """Close the vault and forget the key; screens drop every view of case data."""
        if self._vault is None:
            return
        self.about_to_lock.emit()
        if self._services is not None:
            from tafel.services.audit import VIA_APP

            self._services.log.closing(VIA_APP)
        self._vault.lock()
        self._vault = None
        self._services = None
        self.locked.emit()

    def publish(self, changes: ChangeSet) -> None:
        """Tell every open screen what a service call changed."""
        self.data_changed.emit(changes)

    def _open(self, vault: Vault) -> None:
        from tafel.services.audit import VIA_APP
        from tafel.services.registry import Services

        services = Services(vault, self.actor, self.today)
        try:
            services.log.opened(VIA_APP)  # checks the log's anchor; services.log.found
        except BaseException:
            vault.lock()
            raise
        self._vault = vault
        self._services = services
        self.unlocked.emit()
