"""A party's two key pairs, their public forms, short fingerprints and the controlecode.

Every vault is one party (a wijkteam worker, a jeugdhulp provider, the young person) and
holds two secret keys: an **age X25519 identity**, so bundles can be encrypted to it, and an
**Ed25519 signing key**, so the bundles it sends can be checked. Their public halves go on the
party card (:mod:`tafel.domain.partijkaart`) that other parties import.

The public forms are those of the stock tools, so a bundle can be checked and opened outside
tafel too: the age recipient ``age1...`` (Bech32), and the signing key as minisign writes a
public key: ``base64("Ed" || key id (8 bytes) || public key (32 bytes))``, which always
starts with ``RW``. The secret signing key is kept as ``base64(seed (32) || key id (8))``;
it never leaves the vault except to the export/import code in the same process.

The controlecode (:func:`controlecode`) lets two people check face to face that the card
they imported is the other's real card, as Signal's safety numbers do.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import secrets
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pyrage and cryptography load only when a key is used (start-up time)
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

AGE_PREFIX = "age1"
AGE_SECRET_PREFIX = "AGE-SECRET-KEY-1"
MINISIGN_ALGORITHM = b"Ed"
MINISIGN_PREFIX = "RW"  # base64 of b"Ed" and the first bits of the key id
SEED_BYTES = 32
KEY_ID_BYTES = 8
PUBLIC_BYTES = 32

#: How often the controlecode's hash is iterated: Signal's number, for the same reason.
CONTROLE_ITERATIES = 5200
CONTROLE_VERSIE = b"tafel-controlecode/1"
#: Groups of five digits per party; two parties give twelve groups, sixty digits.
GROEPEN_PER_PARTIJ = 6


# -- age ----------------------------------------------------------------------------------


def _x25519() -> Any:
    from pyrage import x25519

    return x25519


def nieuwe_age_identiteit() -> str:
    """A fresh age X25519 identity, as ``AGE-SECRET-KEY-1...`` (secret: keep it in the vault)."""
    return str(_x25519().Identity.generate())


def age_ontvanger(identiteit: str) -> str:
    """The public recipient ``age1...`` that belongs to a secret age identity."""
    return str(_x25519().Identity.from_str(identiteit).to_public())


def is_age_ontvanger(text: str) -> bool:
    """Whether ``text`` is a well-formed age X25519 recipient (checksum included)."""
    if not text.startswith(AGE_PREFIX) or len(text) != 62:
        return False
    try:
        return str(_x25519().Recipient.from_str(text)) == text
    except Exception:  # pyrage raises its own RecipientError (no common base to name)
        return False


# -- signing (minisign's forms) -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Tekensleutel:
    """A secret Ed25519 signing key with its minisign key id."""

    seed: bytes
    key_id: bytes

    @classmethod
    def nieuw(cls) -> Tekensleutel:
        """A fresh key with a random 8-byte key id (as ``minisign -G`` makes one)."""
        return cls(secrets.token_bytes(SEED_BYTES), secrets.token_bytes(KEY_ID_BYTES))

    @classmethod
    def uit_tekst(cls, text: str) -> Tekensleutel:
        """From the stored form ``base64(seed || key id)``; ValueError when it is not one."""
        try:
            raw = base64.b64decode(text, validate=True)
        except binascii.Error as error:
            raise ValueError("geen base64") from error
        if len(raw) != SEED_BYTES + KEY_ID_BYTES:
            raise ValueError("verkeerde lengte")
        return cls(raw[:SEED_BYTES], raw[SEED_BYTES:])

    def als_tekst(self) -> str:
        """The stored form, ``base64(seed || key id)`` (secret)."""
        return base64.b64encode(self.seed + self.key_id).decode("ascii")

    def prive(self) -> Ed25519PrivateKey:
        """The key for signing."""
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        return Ed25519PrivateKey.from_private_bytes(self.seed)

    def publiek(self) -> str:
        """The public key as minisign writes it: ``RW...``."""
        from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

        public = self.prive().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        return base64.b64encode(MINISIGN_ALGORITHM + self.key_id + public).decode("ascii")

    def __repr__(self) -> str:  # never show the seed in a traceback or log line
        return f"Tekensleutel(key_id={self.key_id.hex()})"


def nieuwe_tekensleutel() -> str:
    """A fresh signing key in its stored form (secret: keep it in the vault)."""
    return Tekensleutel.nieuw().als_tekst()


def tekensleutel_publiek(geheim: str) -> str:
    """The public ``RW...`` form of a stored secret signing key."""
    return Tekensleutel.uit_tekst(geheim).publiek()


def minisign_bytes(publiek: str) -> bytes | None:
    """The 42 bytes of a minisign public key (``Ed``, key id, key), or None if malformed."""
    if not publiek.startswith(MINISIGN_PREFIX):
        return None
    try:
        raw = base64.b64decode(publiek, validate=True)
    except binascii.Error:
        return None
    expected = len(MINISIGN_ALGORITHM) + KEY_ID_BYTES + PUBLIC_BYTES
    if len(raw) != expected or not raw.startswith(MINISIGN_ALGORITHM):
        return None
    if base64.b64encode(raw).decode("ascii") != publiek:  # one spelling per key
        return None
    return raw


def is_minisign_publiek(text: str) -> bool:
    """Whether ``text`` is a well-formed minisign Ed25519 public key (``RW...``)."""
    return minisign_bytes(text) is not None


# -- fingerprints -------------------------------------------------------------------------


def _groups(hex_text: str, size: int = 4) -> str:
    return " ".join(hex_text[i:i + size] for i in range(0, len(hex_text), size))


def teken_vingerafdruk(publiek: str) -> str:
    """The signing key's id as minisign prints it (``9B5F 6C1C 7C2A 4B43``).

    minisign shows the key id as a little-endian number in hex; the same 16 characters
    here let someone compare with ``minisign -V`` output or a ``.pub`` file.
    """
    raw = minisign_bytes(publiek)
    if raw is None:
        return "?"
    key_id = raw[len(MINISIGN_ALGORITHM):len(MINISIGN_ALGORITHM) + KEY_ID_BYTES]
    return _groups(key_id[::-1].hex().upper())


def age_vingerafdruk(ontvanger: str) -> str:
    """A short fingerprint of an age recipient: 16 hex characters of its SHA-256."""
    return _groups(hashlib.sha256(ontvanger.encode("ascii")).hexdigest()[:16].upper())


# -- the controlecode ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PartijSleutels:
    """What identifies one party: its vault id and its two public keys."""

    kluis_id: str
    age_ontvanger: str
    tekensleutel: str


def _helft(partij: PartijSleutels) -> str:
    """Thirty digits for one party: its identity hashed :data:`CONTROLE_ITERATIES` times."""
    data = "\0".join((partij.kluis_id.lower(), partij.age_ontvanger,
                      partij.tekensleutel)).encode("ascii")
    digest = hashlib.sha512(CONTROLE_VERSIE + b"\0" + data).digest()
    for _ in range(CONTROLE_ITERATIES):
        digest = hashlib.sha512(digest + data).digest()
    return "".join(f"{int.from_bytes(digest[i:i + 5], 'big') % 100_000:05d}"
                   for i in range(0, GROEPEN_PER_PARTIJ * 5, 5))


def controlecode(een: PartijSleutels, ander: PartijSleutels) -> str:
    """Sixty digits that two parties read aloud to each other to check their cards.

    Why it works: each side computes it from its own keys and the keys on the card it
    imported. If someone swapped the card on the way (a USB stick, an e-mail), the imported
    keys differ from the real ones, and so does the code on one of the two laptops.

    How, following Signal's safety numbers: each party's (vault id, age recipient, signing
    key) is hashed with SHA-512, iterated :data:`CONTROLE_ITERATIES` times, into thirty
    digits (six groups of five, each five bytes modulo 100000). The two halves are put in
    sorted order, so the code is the same whichever side computes it; a change of any key
    or of the vault id changes that party's half. Iterating makes it expensive to search for
    a forged key whose half happens to match (30 digits are about 100 bits).
    """
    halves = sorted((_helft(een), _helft(ander)))
    return "".join(halves)


def controlecode_groepen(code: str) -> list[str]:
    """The code as groups of five digits (twelve for two parties)."""
    return [code[i:i + 5] for i in range(0, len(code), 5)]
