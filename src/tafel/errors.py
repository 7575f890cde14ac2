"""Errors that reach the user carry one clear Dutch sentence.

The core stays Qt-free, so it cannot use ``tr()``; these messages are content in Dutch,
the app's default and only complete language. The interface shows ``str(error)`` as is.
"""

from __future__ import annotations


class TafelError(Exception):
    """Base for every error tafel explains to the user in one sentence."""

    default_message = "Er ging iets mis."

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.default_message)

    @property
    def message(self) -> str:
        """The one Dutch sentence shown to the user."""
        return str(self)


class WrongPassphraseError(TafelError):
    """The passphrase does not open this vault."""

    default_message = (
        "Deze wachtwoordzin opent de kluis niet. Controleer hem en probeer het opnieuw."
    )


class VaultNotFoundError(TafelError):
    """No vault exists at the given path."""

    default_message = "Er staat op deze plek geen kluis."


class VaultExistsError(TafelError):
    """A vault already exists where a new one would be created."""

    default_message = "Op deze plek staat al een kluis; kies een andere naam."


class VaultDamagedError(TafelError):
    """The file is not a tafel vault, or it is damaged."""

    default_message = "De kluis is beschadigd of is geen tafel-kluis."


class VaultLockedError(TafelError):
    """An action needs the vault unlocked."""

    default_message = "De kluis is vergrendeld. Ontgrendel hem eerst."


class WeakPassphraseError(TafelError):
    """A new passphrase is too short to protect case data."""

    default_message = (
        "Kies een wachtwoordzin van minstens 10 tekens, bijvoorbeeld vier losse woorden."
    )


class ValidationError(TafelError):
    """Input that would make the data wrong; nothing was saved."""


class NotFoundError(TafelError):
    """A record the action refers to does not exist (any more)."""

    default_message = "Dit gegeven bestaat niet (meer)."


class AuditChainBrokenError(TafelError):
    """The audit log was changed outside tafel."""

    default_message = "Het logboek van de kluis is buiten tafel om gewijzigd."
