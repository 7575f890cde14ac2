"""The vault itself: changing its passphrase, logged.

The re-encryption is the vault's own crash-safe rekey (:meth:`Vault.change_passphrase`):
a crash at any point leaves a vault that opens with the old or the new passphrase. The
new passphrase must pass the same strength rules as a new vault's; the entry in the log
says only that it changed.
"""

from __future__ import annotations

from tafel.domain.records import AuditAction, RecordKind
from tafel.errors import TafelError
from tafel.services.base import Service, reads


class DemoPassphraseError(TafelError):
    """The demo vault keeps its public passphrase."""

    default_message = (
        "De demokluis houdt zijn openbare wachtwoordzin; maak een eigen kluis voor echte "
        "casussen."
    )


class KluisService(Service):
    """What belongs to the vault as a whole."""

    @reads
    def wachtwoordzin_wijzigen(self, oud: str, nieuw: str) -> None:
        """Re-encrypt the vault under ``nieuw``; logged, but it changes no record.

        A wrong ``oud`` or a weak ``nieuw`` changes nothing (WrongPassphraseError,
        WeakPassphraseError).
        """
        from tafel.vault.files import is_demo_vault

        if is_demo_vault(self.vault.path):
            raise DemoPassphraseError()
        self.vault.change_passphrase(oud, nieuw)
        with self._write() as write:
            write.logged(RecordKind.KLUIS, AuditAction.WACHTWOORDZIN_GEWIJZIGD)
