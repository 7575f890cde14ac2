"""The app's controller: one vault, its services, and signals every screen listens to.

Built once in ``application.py`` and passed down (no global), so tests can make their own.
Screens never touch the vault directly: they call the controller's services and refresh on
``data_changed``.

Unlocking and making the demo are slow (key derivation, checks, migrations, filling the demo),
so the screens start them in the background (:meth:`AppController.unlock_in_background`,
:meth:`AppController.create_demo_in_background`); the work in the thread builds its own new
Vault and hands it over when done. :meth:`AppController.unlock` and
:meth:`AppController.create_demo` do the same in one synchronous call, for scripts and tests.
A lock, or choosing another vault, cancels whatever was started before.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from tafel.settings import Settings
from tafel.ui.background import Busy, Job, Runner

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


def __getattr__(name: str) -> ModuleType:
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
    from tafel.views.medewerker import MedewerkerView


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
        actor: str | None = None,
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
        self.background = Runner(self)

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
        changed = self.settings.last_vault != str(self.vault_path)
        self.settings.last_vault = str(self.vault_path)
        # a vault that is there (a mistyped `tafel x.tafel` is not), and not the demo, which
        # has its own button
        if vault_exists(self.vault_path) and not _is_demo(self.vault_path):
            changed = self.settings.remember_vault(self.vault_path.absolute()) or changed
        if changed:
            self.settings.save()
        self.vault_chosen.emit(self.vault_path)

    def create_vault(self, path: Path, passphrase: str,
                     medewerker: MedewerkerView | None = None) -> None:
        """Create a new vault at ``path`` with the consulent's own details, and open it."""
        from tafel.vault.lockfile import HOLDER_APP
        from tafel.vault.vault import Vault

        vault = Vault.create(path, passphrase, self.kdf_params, holder=HOLDER_APP)
        self.choose_vault(vault.path)
        self._adopt(start_services(vault, self.actor, self.today, medewerker))

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-encrypt the open vault under ``new`` (slow: two key derivations); logged."""
        self.services.kluis.wachtwoordzin_wijzigen(old, new)

    def create_demo(self, path: Path, today: date | None = None) -> None:
        """Create the demo vault at ``path`` (if missing) and choose it."""
        if not vault_exists(path):
            make_demo_vault(path, self.actor, today or self.today(), self.kdf_params)
        self.choose_vault(path)

    def create_demo_in_background(
        self, path: Path, on_failure: Callable[[BaseException], object], busy: Busy | None = None,
    ) -> Job[Path] | None:
        """:meth:`create_demo` with the slow part in a worker thread; None when it exists.

        The demo is chosen when it is ready, unless a vault was chosen or opened meanwhile.
        """
        if vault_exists(path):
            self.choose_vault(path)
            return None
        actor, today, params = self.actor, self.today(), self.kdf_params
        return self.background.run(
            lambda: make_demo_vault(path, actor, today, params),
            self.choose_vault, on_failure, busy=busy)

    # -- unlock and lock ----------------------------------------------------------------

    def unlock(self, passphrase: str) -> None:
        """Unlock the chosen vault; raises a TafelError with a Dutch sentence on failure."""
        assert self.vault_path is not None
        self._adopt(open_vault(self.vault_path, passphrase, self.actor, self.today))

    def unlock_in_background(
        self, passphrase: str, on_failure: Callable[[BaseException], object],
        busy: Busy | None = None,
    ) -> Job[Opened]:
        """:meth:`unlock` with the slow part (key, checks, migrations, log) in a worker thread.

        ``unlocked`` is emitted on success, ``on_failure(error)`` called on failure. A lock
        or another vault chosen before it is done cancels it: the vault is locked again.
        """
        assert self.vault_path is not None
        path, actor, today = self.vault_path, self.actor, self.today
        return self.background.run(
            lambda: open_vault(path, passphrase, actor, today), self._adopt, on_failure,
            busy=busy, discard=close_again)

    def lock(self) -> None:
        """Close the vault and forget the key; screens drop every view of case data.

        Work started in the background before the lock is cancelled: its result never shows.
        """
        self.background.cancel_all()
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

    def _adopt(self, opened: Opened) -> None:
        """Take over a vault opened (maybe on a worker thread) and tell every screen."""
        self.background.cancel_all()  # a demo still being made is not chosen over this one
        self._vault, self._services = opened
        self.unlocked.emit()


def _is_demo(path: Path) -> bool:
    """The demo vault, where "Open the demo" makes it, or one that says it is a demo."""
    from tafel.paths import demo_vault_path

    return path.absolute() == demo_vault_path().absolute() or is_demo_vault(path)


# An unlocked vault with its services, handed from the worker thread to the GUI thread.
Opened = tuple["Vault", "Services"]


def open_vault(path: Path, passphrase: str, actor: str | None, today: Callable[[], date]) -> Opened:
    """Unlock the vault at ``path`` for the app: derive the key, check, migrate, log (slow).

    Safe on a worker thread: it makes its own Vault and Services and touches nothing else of
    the app; the GUI thread takes them over only when this returns. The thread's database
    connection is closed before that, so the GUI thread works with a connection of its own.
    """
    from tafel.errors import WrongPassphraseError
    from tafel.services.audit_anchor import note_failed_unlock
    from tafel.vault.lockfile import HOLDER_APP
    from tafel.vault.vault import Vault

    try:
        vault = Vault.open(path, passphrase, holder=HOLDER_APP)
    except WrongPassphraseError:
        note_failed_unlock(path)  # written into the log at the next unlock
        raise
    opened = start_services(vault, actor, today)
    vault.engine.dispose()
    return opened


def start_services(vault: Vault, actor: str | None, today: Callable[[], date],
                   medewerker: MedewerkerView | None = None) -> Opened:
    """The services of a vault just unlocked, with the unlock in its log.

    Who acts is the consulent named in the vault; ``medewerker`` (a vault just made) is
    entered first, so even the first unlock entry carries that name. The log's anchor is
    checked (``services.log.found``); on failure the vault locks again.
    """
    from tafel.services.audit import VIA_APP
    from tafel.services.changes import Origin, OriginKind
    from tafel.services.registry import Services

    try:
        services = Services(vault, actor, today)
        if medewerker is not None:
            services.medewerker.vastleggen(
                medewerker.naam, medewerker.organisatie, medewerker.rol,
                origin=Origin(OriginKind.SCREEN, "nieuwe_kluis"))
        services.log.opened(VIA_APP)
    except BaseException:
        vault.lock()
        raise
    return vault, services


def close_again(opened: Opened) -> None:
    """A vault opened for an unlock that was cancelled meanwhile: log the lock, lock it."""
    from tafel.services.audit import VIA_APP

    vault, services = opened
    services.log.closing(VIA_APP)
    vault.lock()


def make_demo_vault(path: Path, actor: str | None, today: date, params: KdfParams | None) -> Path:
    """Make and fill the demo vault at ``path`` (slow; safe on a worker thread)."""
    from tafel.demo.vault import create_demo_vault

    return create_demo_vault(path, None, actor, today, params)[0]
