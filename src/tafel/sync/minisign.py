"""Ed25519 signatures in minisign's format, so anyone can check a bundle with the stock tool.

tafel signs with its own code (``cryptography``'s Ed25519) but writes exactly what
``minisign -S`` writes, so ``minisign -Vm manifest.json -P RW...`` verifies a bundle's
manifest without tafel. The layout (from minisign's ``src/minisign.h`` and ``minisign.c``):

- public key: base64(``"Ed"`` || key_id(8) || ed25519_public_key(32)), which starts ``RW``;
- signature line: base64(``"ED"`` || key_id(8) || ed25519(BLAKE2b-512(data))(64)); ``"ED"``
  is the prehashed algorithm, the only one tafel writes or accepts (the legacy ``"Ed"`` signs
  the raw data, which minisign itself only keeps for old files);
- global signature: ed25519(signature(64) || trusted_comment_bytes), which binds the trusted
  comment to the signature;
- the ``.minisig`` file: ``untrusted comment: ...``, the signature line, ``trusted comment:
  ...``, the global signature line, each ending in a newline.

Every refusal is a :class:`~tafel.errors.HandtekeningFout` with one Dutch sentence.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import secrets
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from tafel.errors import HandtekeningFout

PUBLIC_KEY_ALGORITHM = b"Ed"
PREHASHED_ALGORITHM = b"ED"
KEY_ID_BYTES = 8
SEED_BYTES = 32
UNTRUSTED_PREFIX = "untrusted comment: "
TRUSTED_PREFIX = "trusted comment: "
# minisign reads the trusted comment line with fgets() into 8192 bytes, prefix and newline
# included; a longer comment would be cut there and no longer verify with the stock tool.
MAX_TRUSTED_COMMENT_BYTES = 8192 - len(TRUSTED_PREFIX) - 2
# Four short lines; anything far longer is not a minisign signature, so it is not parsed.
MAX_MINISIG_CHARS = 1024 + 100 + 8192 + 100

_SIGNATURE_BYTES = 2 + KEY_ID_BYTES + 64
_PUBLIC_KEY_BYTES = 2 + KEY_ID_BYTES + 32


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str, size: int, error: str) -> bytes:
    """Strict standard base64 of exactly ``size`` bytes, else one Dutch refusal."""
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, ValueError, UnicodeEncodeError) as caught:
        raise HandtekeningFout(error) from caught
    if len(raw) != size:
        raise HandtekeningFout(error)
    return raw


def key_id_hex(key_id: bytes) -> str:
    """The key id as minisign prints it: a little-endian 64-bit number in upper-case hex."""
    return f"{int.from_bytes(key_id, 'little'):016X}"


@dataclass(frozen=True)
class PublicKey:
    """A minisign public key: its 8-byte id and the 32-byte Ed25519 key."""

    key_id: bytes
    key: bytes

    @classmethod
    def from_line(cls, line: str) -> PublicKey:
        """Read a ``RW...`` line (as ``minisign -P`` takes it); refuse anything else."""
        if not isinstance(line, str) or len(line) > 200:
            raise HandtekeningFout(BAD_PUBLIC_KEY)
        raw = _unb64(line.strip(), _PUBLIC_KEY_BYTES, BAD_PUBLIC_KEY)
        if raw[:2] != PUBLIC_KEY_ALGORITHM:
            raise HandtekeningFout(BAD_PUBLIC_KEY)
        return cls(key_id=raw[2:10], key=raw[10:])

    def to_line(self) -> str:
        """The ``RW...`` line."""
        return _b64(PUBLIC_KEY_ALGORITHM + self.key_id + self.key)


@dataclass(frozen=True)
class SigningKey:
    """An Ed25519 signing key with its minisign key id; the seed never shows in a repr."""

    seed: bytes = field(repr=False)
    key_id: bytes

    def __post_init__(self) -> None:
        if len(self.seed) != SEED_BYTES or len(self.key_id) != KEY_ID_BYTES:
            raise HandtekeningFout(BAD_SECRET)

    @classmethod
    def generate(cls) -> SigningKey:
        """A fresh key with a random key id, as ``minisign -G`` makes one."""
        return cls(seed=secrets.token_bytes(SEED_BYTES), key_id=secrets.token_bytes(KEY_ID_BYTES))

    @classmethod
    def from_text(cls, text: str) -> SigningKey:
        """Read what :meth:`to_text` wrote (base64 of seed || key id, 56 characters)."""
        if not isinstance(text, str) or len(text) > 200:
            raise HandtekeningFout(BAD_SECRET)
        raw = _unb64(text.strip(), SEED_BYTES + KEY_ID_BYTES, BAD_SECRET)
        return cls(seed=raw[:SEED_BYTES], key_id=raw[SEED_BYTES:])

    def to_text(self) -> str:
        """A compact text to keep in the (encrypted) vault; never put it anywhere else.

        Its 40 bytes differ in length from a public key's 42, so the two are never mixed up.
        """
        return _b64(self.seed + self.key_id)

    def public(self) -> PublicKey:
        """The matching public key."""
        raw = self._private().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        return PublicKey(key_id=self.key_id, key=raw)

    def public_key(self) -> str:
        """The public key as minisign's ``RW...`` line."""
        return self.public().to_line()

    def _private(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(self.seed)


def prehash(data: bytes) -> bytes:
    """BLAKE2b-512 of the data: what the "ED" algorithm signs instead of the data itself."""
    return hashlib.blake2b(data, digest_size=64).digest()


def sign(data: bytes, key: SigningKey, trusted_comment: str) -> str:
    """The exact ``.minisig`` text ``minisign -S -t trusted_comment`` would write for ``data``.

    The trusted comment is one line (no CR, LF or NUL) and at most
    :data:`MAX_TRUSTED_COMMENT_BYTES` in UTF-8; a wrong one is a bug in the caller, so it is a
    ``ValueError``, not a message for the user.
    """
    comment = trusted_comment.encode("utf-8")
    if any(c in trusted_comment for c in "\r\n\0") or len(comment) > MAX_TRUSTED_COMMENT_BYTES:
        raise ValueError("a trusted comment is one line of at most 8173 bytes")
    private = key._private()
    signature = private.sign(prehash(data))
    global_signature = private.sign(signature + comment)
    return (
        f"{UNTRUSTED_PREFIX}signature from tafel key {key_id_hex(key.key_id)}\n"
        f"{_b64(PREHASHED_ALGORITHM + key.key_id + signature)}\n"
        f"{TRUSTED_PREFIX}{trusted_comment}\n"
        f"{_b64(global_signature)}\n"
    )


def verify(data: bytes, minisig_text: str, public_key_line: str) -> str:
    """Check a ``.minisig`` text against ``data`` and a ``RW...`` key; return the trusted comment.

    Reads the file as minisign does (four lines, a trailing CR is dropped) and checks, in
    minisign's order: the algorithm (only "ED"), the key id, the signature over the prehash,
    then the global signature over signature || trusted comment.
    """
    public = PublicKey.from_line(public_key_line)
    if not isinstance(minisig_text, str) or len(minisig_text) > MAX_MINISIG_CHARS:
        raise HandtekeningFout(TOO_LONG)
    lines = [line.removesuffix("\r") for line in minisig_text.split("\n")]
    if lines and lines[-1] == "":
        lines.pop()
    if (len(lines) != 4 or not lines[0].startswith(UNTRUSTED_PREFIX)
            or not lines[2].startswith(TRUSTED_PREFIX)):
        raise HandtekeningFout(UNREADABLE)
    raw = _unb64(lines[1], _SIGNATURE_BYTES, UNREADABLE)
    global_signature = _unb64(lines[3], 64, UNREADABLE)
    trusted_comment = lines[2][len(TRUSTED_PREFIX):]
    try:
        comment = trusted_comment.encode("utf-8")
    except UnicodeEncodeError as caught:
        raise HandtekeningFout(UNREADABLE) from caught
    if any(c in trusted_comment for c in "\r\0") or len(comment) > MAX_TRUSTED_COMMENT_BYTES:
        raise HandtekeningFout(UNREADABLE)
    algorithm, key_id, signature = raw[:2], raw[2:10], raw[10:]
    if algorithm != PREHASHED_ALGORITHM:
        raise HandtekeningFout(WRONG_ALGORITHM)
    if key_id != public.key_id:
        raise HandtekeningFout(OTHER_KEY)
    try:
        checker = Ed25519PublicKey.from_public_bytes(public.key)
    except ValueError as caught:
        raise HandtekeningFout(BAD_PUBLIC_KEY) from caught
    try:
        checker.verify(signature, prehash(data))
    except InvalidSignature as caught:
        raise HandtekeningFout(CHANGED) from caught
    try:
        checker.verify(global_signature, signature + comment)
    except InvalidSignature as caught:
        raise HandtekeningFout(COMMENT_CHANGED) from caught
    return trusted_comment


BAD_PUBLIC_KEY = (
    "De openbare ondertekensleutel is onleesbaar: het is geen minisign-sleutel die met RW begint."
)
BAD_SECRET = "De ondertekensleutel van deze kluis is onleesbaar."
TOO_LONG = "De handtekening is veel te lang voor een minisign-handtekening en is niet gelezen."
UNREADABLE = "De handtekening is onleesbaar: het is geen minisign-handtekening."
WRONG_ALGORITHM = (
    "De handtekening gebruikt een methode die tafel niet aanvaardt (alleen minisign ‘ED’)."
)
OTHER_KEY = "De handtekening is gezet met een andere sleutel dan die van de afzender."
CHANGED = "De handtekening klopt niet: wat ondertekend is, is daarna gewijzigd."
COMMENT_CHANGED = "De vertrouwde opmerking bij de handtekening is na het ondertekenen gewijzigd."
