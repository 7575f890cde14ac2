"""The outer layer of a bundle: a standard age file (age-encryption.org/v1), through pyrage.

Only this module imports pyrage, so the rest of tafel deals in plain strings
(``AGE-SECRET-KEY-1...`` identities, ``age1...`` recipients) and Dutch errors. A bundle is
either for a list of X25519 recipients or for one passphrase (age's scrypt recipient, which
must be a file's only recipient); the stock ``age -d`` tool decrypts both.

Before pyrage sees a file, :func:`read_header` looks at age's plain-text header: to say in
Dutch *why* a bundle does not open (a passphrase bundle opened with a key, or the other way
round) and to refuse an scrypt work factor that would take gigabytes of memory.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pyrage
from pyrage import passphrase as age_passphrase
from pyrage import x25519

from tafel.errors import BundelFout, BundelSleutelFout, BundelWachtwoordzinNodig
from tafel.sync.guard import refused_as
from tafel.sync.limits import MAX_AGE_HEADER_BYTES, MAX_RECIPIENTS, MAX_SCRYPT_LOG_N

AGE_MAGIC = b"age-encryption.org/v1\n"
RECIPIENT_PATTERN = re.compile(r"age1[02-9ac-hj-np-z]{58}")
_NO_MATCHING_KEY = "No matching keys found"  # pyrage's words when no identity fits

NOT_AGE = "Dit is geen tafel-bundel: het bestand is niet versleuteld zoals een bundel."
DAMAGED = "Deze bundel is beschadigd of onvolledig; vraag de afzender om hem opnieuw te sturen."
NOT_FOR_US = "Deze bundel is niet voor deze kluis: hij is voor andere ontvangers versleuteld."
WRONG_PASSPHRASE = "Deze wachtwoordzin opent de bundel niet; controleer hem en probeer het opnieuw."
NEEDS_PASSPHRASE = (
    "Deze bundel is met een wachtwoordzin versleuteld; vraag de afzender om de wachtwoordzin."
)
NEEDS_KEY = (
    "Deze bundel is niet met een wachtwoordzin versleuteld maar voor vaste ontvangers; "
    "open hem met je kluis."
)
TOO_COSTLY = (
    "Het openen van deze bundel zou te veel geheugen vragen; vraag de afzender om een nieuwe."
)
BAD_RECIPIENT = "Een ontvanger van deze bundel heeft geen geldige openbare age-sleutel (age1...)."
BAD_IDENTITY = "De age-sleutel van deze kluis is onleesbaar."
TOO_MANY_RECIPIENTS = f"Een bundel kan voor hoogstens {MAX_RECIPIENTS} ontvangers zijn."
EMPTY_PASSPHRASE = "Kies een wachtwoordzin voor deze bundel; een lege wachtwoordzin kan niet."


@dataclass(frozen=True)
class AgeHeader:
    """What age's header says in clear: the recipient stanza types and scrypt's work factor."""

    stanza_types: tuple[str, ...]
    scrypt_log_n: int | None

    @property
    def is_passphrase(self) -> bool:
        """True for a passphrase file (its scrypt stanza must stand alone, age's rule)."""
        return "scrypt" in self.stanza_types

    @property
    def x25519_count(self) -> int:
        """How many X25519 stanzas (one per recipient; grease stanzas have other names)."""
        return self.stanza_types.count("X25519")


def read_header(data: bytes) -> AgeHeader:
    """Read the clear header of an age file, refusing what is not one or asks too much.

    Only the stanza lines (``-> type args``) are looked at, up to the ``---`` MAC line; the
    MAC itself is checked by pyrage when it decrypts.
    """
    if not data.startswith(AGE_MAGIC):
        raise BundelFout(NOT_AGE)
    end = data.find(b"\n--- ", 0, MAX_AGE_HEADER_BYTES)
    if end < 0:
        raise BundelFout(DAMAGED)
    types: list[str] = []
    log_n: int | None = None
    for line in data[len(AGE_MAGIC):end].split(b"\n"):
        if not line.startswith(b"-> "):
            continue
        args = line[3:].split(b" ")
        kind = args[0].decode("ascii", "replace")
        types.append(kind)
        if kind == "scrypt":
            if len(args) != 3 or not args[2].isdigit() or len(args[2]) > 2:
                raise BundelFout(DAMAGED)
            log_n = int(args[2])
    if not types:
        raise BundelFout(DAMAGED)
    if types.count("X25519") > MAX_RECIPIENTS:
        raise BundelFout(TOO_MANY_RECIPIENTS)
    if log_n is not None and log_n > MAX_SCRYPT_LOG_N:
        raise BundelFout(TOO_COSTLY)
    return AgeHeader(stanza_types=tuple(types), scrypt_log_n=log_n)


def generate_identity() -> str:
    """A new X25519 identity, ``AGE-SECRET-KEY-1...``: keep it in the vault only."""
    return str(x25519.Identity.generate())


def identity_public_key(identity: str) -> str:
    """The ``age1...`` recipient that belongs to an identity."""
    return str(_identity(identity).to_public())


def check_recipient(recipient: str) -> str:
    """The recipient as given if it is a valid ``age1...`` X25519 key; else a Dutch refusal."""
    if not isinstance(recipient, str) or not RECIPIENT_PATTERN.fullmatch(recipient):
        raise BundelFout(BAD_RECIPIENT)
    with refused_as(BAD_RECIPIENT):
        x25519.Recipient.from_str(recipient)
    return recipient


def encrypt_to(plaintext: bytes, recipients: Sequence[str]) -> bytes:
    """An age file that each of ``recipients`` (``age1...``) can open with its identity."""
    if not recipients:
        raise BundelFout(BAD_RECIPIENT)
    if len(recipients) > MAX_RECIPIENTS:
        raise BundelFout(TOO_MANY_RECIPIENTS)
    with refused_as(BAD_RECIPIENT):
        parsed = [x25519.Recipient.from_str(check_recipient(r)) for r in recipients]
    with refused_as(DAMAGED):
        return bytes(pyrage.encrypt(plaintext, parsed))


def encrypt_with_passphrase(plaintext: bytes, passphrase: str) -> bytes:
    """An age file for one passphrase (scrypt, age's own work factor: about a second)."""
    if not passphrase:
        raise BundelFout(EMPTY_PASSPHRASE)
    with refused_as(DAMAGED):
        return bytes(age_passphrase.encrypt(plaintext, passphrase))


def decrypt_with_identities(data: bytes, identities: Sequence[str]) -> bytes:
    """The plaintext, if one of ``identities`` is a recipient; else :class:`BundelSleutelFout`."""
    header = read_header(data)
    if header.is_passphrase:
        raise BundelWachtwoordzinNodig(NEEDS_PASSPHRASE)
    if header.x25519_count == 0:
        raise BundelSleutelFout(NOT_FOR_US)
    if not identities:
        raise BundelFout(BAD_IDENTITY)
    parsed = [_identity(identity) for identity in identities]
    try:
        with refused_as(DAMAGED):
            return bytes(pyrage.decrypt(data, parsed))
    except BundelFout as refused:
        raise _classify(refused, NOT_FOR_US) from refused.__cause__


def decrypt_with_passphrase(data: bytes, passphrase: str) -> bytes:
    """The plaintext of a passphrase bundle; a wrong passphrase is :class:`BundelSleutelFout`."""
    header = read_header(data)
    if not header.is_passphrase:
        raise BundelSleutelFout(NEEDS_KEY)
    if len(header.stanza_types) != 1:
        raise BundelFout(DAMAGED)  # age: an scrypt stanza must be the only one
    if not passphrase:
        raise BundelSleutelFout(WRONG_PASSPHRASE)
    try:
        with refused_as(DAMAGED):
            return bytes(age_passphrase.decrypt(data, passphrase))
    except BundelFout as refused:
        raise _classify(refused, WRONG_PASSPHRASE) from refused.__cause__


def _classify(refused: BundelFout, not_ours: str) -> BundelFout:
    """pyrage's reason, told apart: no key fits (not ours) or anything else (damaged).

    pyrage has one DecryptError for both; only its text differs. A flipped bit in the file's
    key stanzas also ends as "no key fits", which is the honest answer from the receiver's side.
    """
    reason = str(refused.__cause__ or "")
    if reason in (_NO_MATCHING_KEY, "Decryption failed"):
        return BundelSleutelFout(not_ours)
    return refused


def _identity(identity: str) -> Any:
    if not isinstance(identity, str) or not identity.startswith("AGE-SECRET-KEY-1"):
        raise BundelFout(BAD_IDENTITY)
    with refused_as(BAD_IDENTITY):
        return x25519.Identity.from_str(identity)
