"""Errors that reach the user carry one clear Dutch sentence.

The core stays Qt-free, so it cannot use ``tr()``; these messages are content in Dutch,
the app's default and only complete language. The interface shows ``str(error)`` as is.
"""

from __future__ import annotations

# Exit codes of the command line, one per cause, so a script can tell them apart.
EXIT_OK = 0
EXIT_ERROR = 1  # anything else, explained in the one Dutch line
EXIT_WRONG_PASSPHRASE = 2
EXIT_DAMAGED = 3  # the database or its key file is damaged or changed
EXIT_IN_USE = 4  # another tafel window or command holds the vault
EXIT_CANNOT_WRITE = 5  # the disk is full or the folder is read-only
EXIT_LOG_CHANGED = 6  # the audit log was changed, shortened or rewritten outside tafel
EXIT_MISMATCH = 7  # tafel verify: the copy does not match what the vault holds
EXIT_BAD_BUNDLE = 8  # a .tafelbundel (or a signature) is damaged, changed, too new or not ours
EXIT_USAGE = 64  # the command line itself is wrong (as BSD's sysexits EX_USAGE)


class TafelError(Exception):
    """Base for every error tafel explains to the user in one sentence."""

    default_message = "Er ging iets mis."
    exit_code = EXIT_ERROR

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
    exit_code = EXIT_WRONG_PASSPHRASE


class VaultNotFoundError(TafelError):
    """No vault exists at the given path."""

    default_message = "Er staat op deze plek geen kluis."


class VaultExistsError(TafelError):
    """A vault already exists where a new one would be created."""

    default_message = "Op deze plek staat al een kluis; kies een andere naam."


class VaultDamagedError(TafelError):
    """The file is not a tafel vault, or it is damaged."""

    default_message = (
        "De kluis is beschadigd. tafel heeft er niets aan veranderd; zet een reservekopie "
        "van de kluis terug (het .tafel-bestand met zijn .kdf-bestand)."
    )
    exit_code = EXIT_DAMAGED


class KeyFileChangedError(VaultDamagedError):
    """The key file beside the vault was edited, damaged, or belongs to another vault."""

    default_message = (
        "Het sleutelbestand naast de kluis (.kdf) is gewijzigd of hoort bij een andere kluis. "
        "Zet het oorspronkelijke sleutelbestand terug uit een reservekopie."
    )


class MigrationFailedError(TafelError):
    """Bringing an older vault up to this tafel failed; the whole upgrade was rolled back."""

    default_message = (
        "tafel kon deze kluis niet bijwerken naar deze versie en heeft er niets aan veranderd; "
        "open hem met de versie van tafel die je eerder gebruikte, of vraag je beheerder om hulp."
    )
    exit_code = EXIT_DAMAGED


class VaultTooNewError(TafelError):
    """The vault was upgraded by a newer tafel than this one; it is left as it is."""

    default_message = (
        "Deze kluis is bijgewerkt door een nieuwere versie van tafel; werk tafel bij om hem "
        "te openen. tafel heeft er niets aan veranderd."
    )


class VaultInUseError(TafelError):
    """Another tafel window or command has this vault open."""

    default_message = (
        "Deze kluis is nu open in een ander tafel-venster of een andere opdracht. "
        "Sluit die eerst en probeer het dan opnieuw."
    )
    exit_code = EXIT_IN_USE


class DiskFullError(TafelError):
    """The disk is full: nothing could be written, and nothing was half-written."""

    default_message = (
        "De schijf is vol, dus tafel kan nu niets opslaan. Maak ruimte vrij; "
        "tot dan blijft wat je typte in tafel staan."
    )
    exit_code = EXIT_CANNOT_WRITE


class ReadOnlyError(TafelError):
    """The vault's folder or files cannot be written."""

    default_message = (
        "tafel mag niet schrijven in de map van de kluis (alleen-lezen). "
        "Kies een map waarin je mag schrijven, of vraag je beheerder om schrijfrechten."
    )
    exit_code = EXIT_CANNOT_WRITE


class VaultLockedError(TafelError):
    """An action needs the vault unlocked."""

    default_message = "De kluis is vergrendeld. Ontgrendel hem eerst."


class WeakPassphraseError(TafelError):
    """A new passphrase is too easy to guess to protect case data.

    The message says why, in one plain sentence, and what to do instead; ``suggestion`` is a
    strong passphrase the user may take (the command line prints it after the message).
    """

    default_message = (
        "Kies een wachtwoordzin van minstens 10 tekens, bijvoorbeeld vier losse woorden."
    )

    def __init__(self, message: str | None = None, suggestion: str = "") -> None:
        super().__init__(message)
        self.suggestion = suggestion


class ValidationError(TafelError):
    """Input that would make the data wrong; nothing was saved."""


class NotFoundError(TafelError):
    """A record the action refers to does not exist (any more)."""

    default_message = "Dit gegeven bestaat niet (meer)."


class AuditChainBrokenError(TafelError):
    """The audit log was changed outside tafel."""

    default_message = "Het logboek van de kluis is buiten tafel om gewijzigd."
    exit_code = EXIT_LOG_CHANGED


class BundelFout(TafelError):
    """A .tafelbundel cannot be made or opened: damaged, changed, too large, too new, not ours.

    One class for every refusal of the bundle format (``tafel.sync``), so a caller catches one
    thing; the two subclasses below mark the causes a screen may treat differently.
    """

    default_message = "Deze bundel is beschadigd of onvolledig; vraag de afzender om een nieuwe."
    exit_code = EXIT_BAD_BUNDLE


class BundelSleutelFout(BundelFout):
    """The bundle is fine, but this vault's key or the given passphrase does not open it."""

    default_message = (
        "Deze bundel is niet voor deze kluis: hij is voor andere ontvangers versleuteld."
    )


class BundelWachtwoordzinNodig(BundelSleutelFout):
    """A passphrase bundle opened with this vault's key: the screen asks for the passphrase."""

    default_message = (
        "Deze bundel is met een wachtwoordzin versleuteld; vraag de afzender om de wachtwoordzin."
    )


class BundelTeNieuwFout(BundelFout):
    """The bundle was written by a newer tafel in a format this version cannot read."""

    default_message = "Deze bundel is gemaakt met een nieuwere versie van tafel; werk tafel bij."


class HandtekeningFout(BundelFout):
    """A minisign signature is unreadable, from another key, or does not match what it signs."""

    default_message = "De handtekening klopt niet: wat ondertekend is, is daarna gewijzigd."
