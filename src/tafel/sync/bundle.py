"""The .tafelbundel file: an age file around a zip of a signed manifest and its parts.

Three layers, each readable with a standard tool (docs/bundle-format.md):

1. age (``age -d -i key.txt x.tafelbundel > x.zip``): encryption to X25519 recipients or
   to one passphrase; see :mod:`tafel.sync.agefile`.
2. a zip (deflated where that helps): ``manifest.json``, ``manifest.json.minisig`` and one
   ``parts/<name>`` entry per part, nothing else.
3. the manifest, signed with minisign (``minisign -Vm manifest.json -P RW...``); it names
   the SHA-256 and size of every part, so its one signature covers the whole bundle.

Encryption says who may read a bundle; the signature says who wrote it. Anyone who can read a
bundle can also make a new one, signed with their own key: :func:`open_bundle` proves only
that the bundle is whole and signed by the key its manifest names (``signer_public_key``).
Whether that key belongs to a known party is the caller's question, not this module's.

Everything happens in memory; nothing is written to disk.
"""

from __future__ import annotations

import copy
import hashlib
import io
import zipfile
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from types import MappingProxyType
from typing import Any

from tafel.errors import BundelFout, BundelSleutelFout, BundelWachtwoordzinNodig, HandtekeningFout
from tafel.sync import agefile, minisign
from tafel.sync import manifest as manifests
from tafel.sync.guard import refused_as
from tafel.sync.limits import (
    MAX_BUNDLE_BYTES,
    MAX_MANIFEST_BYTES,
    MAX_PARTS,
    MAX_SIGNATURE_BYTES,
    MAX_UNPACKED_BYTES,
)
from tafel.sync.manifest import (
    PASSPHRASE,
    DocumentEntry,
    PartEntry,
    Recipient,
    RecordEntry,
    Sender,
)

MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.json.minisig"
PARTS_PREFIX = "parts/"
SUFFIX = ".tafelbundel"
# Fixed zip timestamps: the manifest says when a bundle was made; the zip adds nothing.
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)

NOT_A_PACKAGE = "Deze bundel is beschadigd: de inhoud is geen geldig tafel-pakket."
TOO_LARGE = (
    f"Deze bundel is groter dan tafel aankan (meer dan {MAX_BUNDLE_BYTES // 2**20} MB); "
    "vraag de afzender om een kleinere bundel."
)
TOO_LARGE_UNPACKED = (
    f"De inhoud van deze bundel is uitgepakt groter dan tafel aankan "
    f"(meer dan {MAX_UNPACKED_BYTES // 2**20} MB)."
)
TOO_MANY_PARTS = f"Deze bundel heeft te veel onderdelen (meer dan {MAX_PARTS})."
BOTH_OR_NEITHER = (
    "Kies voor een bundel óf ontvangers óf een wachtwoordzin: precies één van de twee."
)
OTHER_SIGNER = (
    "De ondertekensleutel hoort niet bij de afzender in de inhoudsopgave van deze bundel."
)
COMMENT_MISMATCH = "De handtekening van deze bundel hoort bij een andere inhoudsopgave."
RECIPIENTS_MISMATCH = (
    "De ontvangers in de inhoudsopgave zijn niet dezelfde als die waarvoor de bundel "
    "versleuteld wordt."
)
NOT_LISTED = (
    "Deze bundel is niet voor deze kluis: je sleutel staat niet bij de ontvangers in de "
    "inhoudsopgave."
)
NOT_FOR_PASSPHRASE = (
    "Deze bundel is met een wachtwoordzin geopend, maar de inhoudsopgave noemt vaste ontvangers."
)


@dataclass(frozen=True)
class OpenedBundle:
    """A bundle that passed every check: its manifest, its parts and who signed it.

    ``signer_public_key`` is the minisign key (``RW...``) named in the manifest and proven by
    the signature; compare it with the key you know for ``sender.vault_id`` before you trust
    what the bundle says.
    """

    manifest: Mapping[str, Any]
    manifest_bytes: bytes
    parts: Mapping[str, bytes]
    signer_public_key: str
    trusted_comment: str

    @property
    def format(self) -> str:
        return str(self.manifest["format"])

    @property
    def bundle_id(self) -> str:
        return str(self.manifest["bundle_id"])

    @property
    def created_at(self) -> datetime:
        return datetime.fromisoformat(self.manifest["created_at"])

    @property
    def sender(self) -> Sender:
        return manifests.sender_of(dict(self.manifest))

    @property
    def case_id(self) -> str:
        return str(self.manifest["case"]["id"])

    @property
    def case_reference(self) -> str:
        return str(self.manifest["case"]["reference"])

    @property
    def for_passphrase(self) -> bool:
        """True when the bundle was sealed with a passphrase instead of for recipients."""
        return bool(self.manifest["recipients"] == PASSPHRASE)

    @property
    def recipients(self) -> tuple[Recipient, ...]:
        return manifests.recipients_of(dict(self.manifest))

    @property
    def sequence_number(self) -> int:
        return int(self.manifest["sequence"]["number"])

    @property
    def builds_on(self) -> int | None:
        value = self.manifest["sequence"]["builds_on"]
        return None if value is None else int(value)

    @property
    def documents(self) -> tuple[DocumentEntry, ...]:
        return manifests.documents_of(dict(self.manifest))

    @property
    def records(self) -> tuple[RecordEntry, ...]:
        return manifests.records_of(dict(self.manifest))

    @property
    def part_entries(self) -> tuple[PartEntry, ...]:
        return manifests.parts_of(dict(self.manifest))

    @property
    def extra(self) -> Mapping[str, Any]:
        return MappingProxyType(self.manifest["extra"])


def write_bundle(manifest: Mapping[str, Any], parts: Mapping[str, bytes],
                 signing_key: minisign.SigningKey, *, recipients: Sequence[str] | None = None,
                 passphrase: str | None = None) -> bytes:
    """The bytes of a .tafelbundel for exactly one of ``recipients`` (``age1...``) or a passphrase.

    The writer fills ``parts`` (name, SHA-256, size of each part) itself, and ``format``,
    ``documents``, ``records`` and ``extra`` when the caller left them out; everything else
    comes from the caller and must match the schema. The manifest's recipients must be the
    same keys the bundle is encrypted to (or ``"passphrase"``), and its sender's
    ``signing_public_key`` must be ``signing_key``'s: what the manifest says is what happens.
    """
    if (recipients is None) == (passphrase is None):
        raise BundelFout(BOTH_OR_NEITHER)
    if len(parts) > MAX_PARTS:
        raise BundelFout(TOO_MANY_PARTS)
    if sum(len(data) for data in parts.values()) > MAX_UNPACKED_BYTES:
        raise BundelFout(TOO_LARGE_UNPACKED)
    filled = copy.deepcopy(dict(manifest))
    filled.setdefault("format", manifests.FORMAT)
    filled.setdefault("documents", [])
    filled.setdefault("records", [])
    filled.setdefault("extra", {})
    filled["parts"] = [
        {"name": name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
        for name, data in sorted(parts.items())
    ]
    manifests.check_format(filled.get("format"))
    manifests.check(filled)
    if filled["sender"]["signing_public_key"] != signing_key.public_key():
        raise BundelFout(OTHER_SIGNER)
    _check_recipients_match(filled["recipients"], recipients)
    raw = manifests.canonical_bytes(filled)
    if len(raw) > MAX_MANIFEST_BYTES:
        raise BundelFout("De inhoudsopgave van deze bundel is te groot.")
    signature = minisign.sign(raw, signing_key, trusted_comment(filled, raw))
    entries = [(MANIFEST_NAME, raw), (SIGNATURE_NAME, signature.encode("ascii"))]
    entries += [(PARTS_PREFIX + name, bytes(data)) for name, data in sorted(parts.items())]
    plain = _zip(entries)
    if passphrase is not None:
        sealed = agefile.encrypt_with_passphrase(plain, passphrase)
    else:
        sealed = agefile.encrypt_to(plain, list(recipients or ()))
    if len(sealed) > MAX_BUNDLE_BYTES:
        raise BundelFout(TOO_LARGE)
    return sealed


def open_bundle(data: bytes, *, identities: Sequence[str] | None = None,
                passphrase: str | None = None) -> OpenedBundle:
    """Decrypt and check a .tafelbundel; every refusal is a :class:`BundelFout` in Dutch.

    In order: size, age header, decryption, the zip's directory (entry count, declared sizes,
    no duplicates, only stored or deflated), the manifest (format version first, canonical
    bytes, schema), the signature and its trusted comment, that the manifest's recipients fit
    how the bundle was opened, exactly the expected entries, then each part's size and
    SHA-256. No entry is read past its declared size.
    """
    if (identities is None) == (passphrase is None):
        raise BundelFout(BOTH_OR_NEITHER)
    if not isinstance(data, bytes | bytearray | memoryview):
        raise BundelFout(agefile.NOT_AGE)
    data = bytes(data)
    if len(data) > MAX_BUNDLE_BYTES:
        raise BundelFout(TOO_LARGE)
    if passphrase is not None:
        plain = agefile.decrypt_with_passphrase(data, passphrase)
    else:
        plain = agefile.decrypt_with_identities(data, list(identities or ()))
    with refused_as(NOT_A_PACKAGE):
        archive = zipfile.ZipFile(io.BytesIO(plain))
    with archive:
        infos = _directory(archive)
        raw = _read(archive, _entry(infos, MANIFEST_NAME), MAX_MANIFEST_BYTES)
        parsed = manifests.parse(raw)
        signature = _read(archive, _entry(infos, SIGNATURE_NAME), MAX_SIGNATURE_BYTES)
        comment = _verify(raw, signature, parsed)
        _check_opened_as(parsed["recipients"], identities)
        expected = {MANIFEST_NAME, SIGNATURE_NAME}
        expected |= {PARTS_PREFIX + part["name"] for part in parsed["parts"]}
        for name in infos:
            if name not in expected:
                raise BundelFout(
                    f"Deze bundel bevat een onderdeel dat er niet in hoort (‘{name}’)."
                )
        parts = {part["name"]: _read_part(archive, infos, part) for part in parsed["parts"]}
    return OpenedBundle(
        manifest=MappingProxyType(parsed),
        manifest_bytes=raw,
        parts=MappingProxyType(parts),
        signer_public_key=parsed["sender"]["signing_public_key"],
        trusted_comment=comment,
    )


def trusted_comment(manifest: Mapping[str, Any], raw: bytes) -> str:
    """What ``minisign -V`` shows: the format, the bundle id and the manifest's SHA-256."""
    return (f"format:{manifest['format']}\tbundle_id:{manifest['bundle_id']}"
            f"\tmanifest_sha256:{hashlib.sha256(raw).hexdigest()}")


def generate_identity() -> str:
    """A new age identity (``AGE-SECRET-KEY-1...``) for a vault."""
    return agefile.generate_identity()


def identity_public_key(identity: str) -> str:
    """The ``age1...`` key others encrypt to, for an identity."""
    return agefile.identity_public_key(identity)


def _check_recipients_match(listed: Any, recipients: Sequence[str] | None) -> None:
    if recipients is None:
        if listed != PASSPHRASE:
            raise BundelFout(RECIPIENTS_MISMATCH)
        return
    keys = [agefile.check_recipient(key) for key in recipients]
    if (listed == PASSPHRASE or len(set(keys)) != len(keys)
            or sorted(keys) != sorted(entry["age_public_key"] for entry in listed)):
        raise BundelFout(RECIPIENTS_MISMATCH)


def _check_opened_as(listed: Any, identities: Sequence[str] | None) -> None:
    """A bundle opened with a key lists that key; one opened with a passphrase says so."""
    if identities is None:
        if listed != PASSPHRASE:
            raise BundelFout(NOT_FOR_PASSPHRASE)
        return
    if listed == PASSPHRASE:
        raise BundelWachtwoordzinNodig(agefile.NEEDS_PASSPHRASE)
    ours = {agefile.identity_public_key(identity) for identity in identities}
    if not ours & {entry["age_public_key"] for entry in listed}:
        raise BundelSleutelFout(NOT_LISTED)


def _verify(raw: bytes, signature: bytes, parsed: dict[str, Any]) -> str:
    with refused_as(minisign.UNREADABLE, HandtekeningFout):
        text = signature.decode("ascii")
    comment = minisign.verify(raw, text, parsed["sender"]["signing_public_key"])
    if comment != trusted_comment(parsed, raw):
        raise BundelFout(COMMENT_MISMATCH)
    return comment


def _directory(archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    """The zip's entries by name, refused before anything is unpacked if they ask too much."""
    with refused_as(NOT_A_PACKAGE):
        infos = archive.infolist()
    if len(infos) > MAX_PARTS + 2:
        raise BundelFout(TOO_MANY_PARTS)
    found: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        if info.filename in found:
            raise BundelFout(f"Deze bundel bevat het onderdeel ‘{info.filename}’ twee keer.")
        if info.flag_bits & 0x1 or info.compress_type not in (zipfile.ZIP_STORED,
                                                               zipfile.ZIP_DEFLATED):
            raise BundelFout(NOT_A_PACKAGE)
        total += info.file_size
        if total > MAX_UNPACKED_BYTES:
            raise BundelFout(TOO_LARGE_UNPACKED)
        found[info.filename] = info
    return found


def _entry(infos: Mapping[str, zipfile.ZipInfo], name: str) -> zipfile.ZipInfo:
    if name not in infos:
        raise BundelFout(f"Deze bundel is onvolledig: het onderdeel ‘{name}’ ontbreekt.")
    return infos[name]


def _read(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """One entry, never more than ``limit`` bytes and exactly its declared size."""
    if info.file_size > limit:
        raise BundelFout(f"Het onderdeel ‘{info.filename}’ van deze bundel is te groot.")
    with refused_as(NOT_A_PACKAGE), archive.open(info) as stream:
        data = stream.read(limit + 1)
    if len(data) != info.file_size:
        raise BundelFout(NOT_A_PACKAGE)
    return data


def _read_part(archive: zipfile.ZipFile, infos: Mapping[str, zipfile.ZipInfo],
               part: Mapping[str, Any]) -> bytes:
    name = part["name"]
    info = _entry(infos, PARTS_PREFIX + name)
    if info.file_size != part["size"]:
        raise BundelFout(
            f"Het onderdeel ‘{name}’ heeft een andere grootte dan de inhoudsopgave zegt."
        )
    data = _read(archive, info, part["size"])
    if hashlib.sha256(data).hexdigest() != part["sha256"]:
        raise BundelFout(
            f"Het onderdeel ‘{name}’ van deze bundel is gewijzigd na het ondertekenen."
        )
    return data


def _zip(entries: Sequence[tuple[str, bytes]]) -> bytes:
    """A zip with fixed timestamps; each entry deflated only where that makes it smaller."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.create_system = 3
            info.external_attr = 0o644 << 16
            info.compress_type = (zipfile.ZIP_DEFLATED if _deflated_size(data) < len(data)
                                  else zipfile.ZIP_STORED)
            archive.writestr(info, data, compresslevel=9)
    return buffer.getvalue()


def _deflated_size(data: bytes) -> int:
    packer = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    return len(packer.compress(data)) + len(packer.flush())
