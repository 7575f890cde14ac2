"""Parties, manifests and forged bundles for the tests in tests/sync/.

A forgery here is made the way a real attacker could make one: someone who holds one
recipient's age key decrypts a bundle, changes the zip or the manifest, signs again (with
their own minisign key, or not at all) and encrypts to the victim. Only what such a person
can do is used: tafel's public format functions, zipfile and age.
"""

from __future__ import annotations

import hashlib
import io
import json
import uuid
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from tafel.sync import agefile
from tafel.sync.bundle import (
    MANIFEST_NAME,
    PARTS_PREFIX,
    SIGNATURE_NAME,
    generate_identity,
    identity_public_key,
    trusted_comment,
    write_bundle,
)
from tafel.sync.minisign import SigningKey, sign

CASE_ID = "3f2b8c1e-4d5a-4e6f-8a9b-0c1d2e3f4a5b"
PARTS = {
    "plan.ydoc": b"\x01\x02plan update " * 40,
    "verwijzingen.json": json.dumps([{"id": 1, "naar": "schuldhulp"}]).encode(),
}
Entries = list[tuple[str, bytes]]


@dataclass(frozen=True)
class Party:
    """One vault: its age identity, its minisign key and its id."""

    name: str
    identity: str
    signing: SigningKey
    vault_id: str

    @property
    def age_public_key(self) -> str:
        return identity_public_key(self.identity)

    @property
    def signing_public_key(self) -> str:
        return self.signing.public_key()


@cache
def party(name: str) -> Party:
    """The same party for the same name within one test run."""
    return Party(name=name, identity=generate_identity(), signing=SigningKey.generate(),
                 vault_id=str(uuid.uuid4()))


def manifest_for(sender: Party, recipients: list[Party] | None, **changes: Any) -> dict[str, Any]:
    """A full manifest (all but ``parts``) from ``sender`` to ``recipients`` (None: passphrase)."""
    manifest: dict[str, Any] = {
        "format": "tafelbundel/1",
        "bundle_id": str(uuid.uuid4()),
        "created_at": "2026-05-04T09:30:00Z",
        "sender": {
            "vault_id": sender.vault_id,
            "name": f"{sender.name} de Vries",
            "organisation": "Gemeente Zaanstad",
            "role": "consulent",
            "age_public_key": sender.age_public_key,
            "signing_public_key": sender.signing_public_key,
        },
        "case": {"id": CASE_ID, "reference": "ZS-2026-014"},
        "recipients": "passphrase" if recipients is None else [
            {"vault_id": r.vault_id, "age_public_key": r.age_public_key} for r in recipients
        ],
        "sequence": {"number": 3, "builds_on": 2},
        "documents": [{"part": "plan.ydoc", "kind": "toekomstplan", "builds_on_state": "AQID"}],
        "records": [{"part": "verwijzingen.json", "kind": "verwijzing", "count": 1}],
        "extra": {},
    }
    manifest.update(changes)
    return manifest


def bundle_from(sender: Party, recipients: list[Party], parts: dict[str, bytes] | None = None,
                **changes: Any) -> bytes:
    """A real bundle, written by tafel, from ``sender`` to ``recipients``."""
    return write_bundle(manifest_for(sender, recipients, **changes),
                        PARTS if parts is None else parts, sender.signing,
                        recipients=[r.age_public_key for r in recipients])


def unpack(bundle: bytes, identity: str) -> Entries:
    """Decrypt with a recipient's identity and list the zip's entries in order."""
    plain = agefile.decrypt_with_identities(bundle, [identity])
    with zipfile.ZipFile(io.BytesIO(plain)) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


def repack(entries: Entries, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A zip of the entries as given (duplicates included: zipfile only warns about them)."""
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(buffer, "w", compression) as archive:
            for name, data in entries:
                archive.writestr(name, data)
    return buffer.getvalue()


def seal(plain: bytes, *recipients: Party) -> bytes:
    """Encrypt bytes to the recipients, as ``age -r`` would."""
    return agefile.encrypt_to(plain, [r.age_public_key for r in recipients])


def signed_manifest(manifest: dict[str, Any], key: SigningKey,
                    comment: str | None = None) -> tuple[bytes, bytes]:
    """Canonical manifest bytes and a valid minisign signature over them by ``key``."""
    raw = json.dumps(manifest, sort_keys=True, ensure_ascii=False,
                     separators=(",", ":")).encode()
    text = sign(raw, key, trusted_comment(manifest, raw) if comment is None else comment)
    return raw, text.encode()


def manifest_of(entries: Entries) -> dict[str, Any]:
    return json.loads(dict(entries)[MANIFEST_NAME])


def parts_list(parts: dict[str, bytes]) -> list[dict[str, Any]]:
    """The ``parts`` field for these parts, as the writer fills it."""
    return [{"name": n, "sha256": hashlib.sha256(d).hexdigest(), "size": len(d)}
            for n, d in sorted(parts.items())]


def forge(bundle: bytes, holder: Party, victim: Party, *,
          change: Callable[[dict[str, Any], dict[str, bytes]], None] | None = None,
          key: SigningKey | None = None, own_key_in_manifest: bool = True,
          fix_parts_list: bool = True) -> bytes:
    """Re-make a bundle as ``holder`` (who can read it) and send it to ``victim``.

    ``change`` edits the manifest and the parts in place; the parts list is brought in line
    with the new parts unless told not to; the manifest is signed with ``key`` (the holder's
    by default) and names the holder's key unless ``own_key_in_manifest`` is False.
    """
    entries = unpack(bundle, holder.identity)
    manifest = manifest_of(entries)
    parts = {n[len(PARTS_PREFIX):]: d for n, d in entries if n.startswith(PARTS_PREFIX)}
    if change is not None:
        change(manifest, parts)
    if fix_parts_list:
        manifest["parts"] = parts_list(parts)
    signer = key or holder.signing
    if own_key_in_manifest:
        manifest["sender"]["signing_public_key"] = signer.public_key()
    raw, signature = signed_manifest(manifest, signer)
    out = [(MANIFEST_NAME, raw), (SIGNATURE_NAME, signature)]
    out += [(PARTS_PREFIX + n, d) for n, d in sorted(parts.items())]
    return seal(repack(out), victim)
