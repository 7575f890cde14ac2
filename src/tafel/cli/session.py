"""Opening a vault for one command: the passphrase, who acts, waiting for another holder.

Every command opens the vault through :func:`open_services` (or :func:`open_vault`), so an
unlock, a lock and a wrong passphrase are logged the same way everywhere.
"""

from __future__ import annotations

import contextlib
import getpass
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from tafel.errors import TafelError

if TYPE_CHECKING:
    from tafel.services import Services
    from tafel.vault import Vault


def passphrase_for(
    vault_path: Path, confirm: bool = False, check: Callable[[str], None] | None = None
) -> str:
    """The passphrase from ``TAFEL_PASSPHRASE``, the demo's own, or a prompt.

    ``check`` runs on a typed passphrase before it is asked again, so a weak one is refused
    before the user types it twice.
    """
    from tafel.vault.files import DEMO_PASSPHRASE, is_demo_vault

    env = os.environ.get("TAFEL_PASSPHRASE")
    if env:
        return env
    if is_demo_vault(vault_path):
        return DEMO_PASSPHRASE
    first = getpass.getpass("Wachtwoordzin: ")
    if check is not None:
        check(first)
    if confirm and getpass.getpass("Nog een keer: ") != first:
        raise TafelError("De twee wachtwoordzinnen zijn niet gelijk.")
    return first


def new_passphrase_for(vault_path: Path) -> str:
    """A new passphrase from ``TAFEL_NEW_PASSPHRASE``, or typed twice.

    A typed one is checked before it is asked again, so a weak one is refused at once.
    """
    from tafel.vault.passphrase import check, context_for

    env = os.environ.get("TAFEL_NEW_PASSPHRASE")
    if env is not None:
        check(env, context_for(vault_path))
        return env
    first = getpass.getpass("Nieuwe wachtwoordzin: ")
    check(first, context_for(vault_path))
    if getpass.getpass("Nog een keer: ") != first:
        raise TafelError("De twee nieuwe wachtwoordzinnen zijn niet gelijk.")
    return first


#: Commands that only read: they wait for a vault another process holds (up to
#: :data:`WAIT_SECONDS`). A writing command waits for another command only, never for the app
#: (that may hold the vault all day): it says so at once and changes nothing.
READING_COMMANDS = frozenset({"cases", "show", "verify", "check"})
WAIT_SECONDS = 10.0
_running: list[str] = []  # the command run_command is running (set by the parser module)


def set_running(command: str) -> None:
    """Note which command runs, so :func:`open_vault` knows whether it may wait."""
    _running[:] = [command]


def open_vault(vault_path: Path, passphrase: str | None = None) -> Vault:
    """Unlock the vault for the running command, waiting as :data:`READING_COMMANDS` says."""
    from tafel.vault import Vault

    reading = bool(_running) and _running[0] in READING_COMMANDS
    if passphrase is None:
        passphrase = passphrase_for(vault_path)
    return Vault.open(vault_path, passphrase, wait=WAIT_SECONDS, patient_with_app=reading)


@contextlib.contextmanager
def open_services(vault_path: Path, passphrase: str | None = None) -> Iterator[Services]:
    """The vault's services for one command; the vault is locked again afterwards.

    ``passphrase`` is for a command that needs it again (``rekey``); otherwise it is asked.

    Unlocking, locking and a wrong passphrase are logged (the last outside the vault, until
    the next unlock); ``services.log.found`` says whether the log was changed outside tafel.
    """
    from tafel.errors import WrongPassphraseError
    from tafel.services import Services
    from tafel.services.audit import VIA_OPDRACHT
    from tafel.services.audit_anchor import note_failed_unlock

    try:
        vault = open_vault(vault_path, passphrase)
    except WrongPassphraseError:
        note_failed_unlock(vault_path)
        raise
    try:
        services = Services(vault)  # who acts: the consulent named in the vault
        services.log.opened(VIA_OPDRACHT)
        try:
            yield services
        finally:
            services.log.closing(VIA_OPDRACHT)
    finally:
        vault.lock()
