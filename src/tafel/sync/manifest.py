"""manifest.json of a bundle: its one byte form, its schema, and the checks a schema cannot make.

The manifest is what the signature covers, and it names the SHA-256 of every part, so one
signature covers the whole bundle. It is written in one canonical form (sorted keys, no
spaces, UTF-8) and a reader refuses any other form: two readers can never disagree about
what a signed manifest says (a duplicated key, for instance, would be read differently by
different JSON parsers). The schema lives in ``resources/schemas/bundle-manifest.schema.json``
and docs/bundle-format.md explains each field.
"""

from __future__ import annotations

import base64
import json
import re
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from itertools import islice
from typing import Any

from tafel.errors import BundelFout, BundelTeNieuwFout
from tafel.paths import resource_path
from tafel.sync.guard import refused_as

FORMAT_NAME = "tafelbundel"
FORMAT_VERSION = 1
FORMAT = f"{FORMAT_NAME}/{FORMAT_VERSION}"
PASSPHRASE = "passphrase"  # the recipients field of a bundle sealed with a passphrase
SCHEMA_FILE = ("schemas", "bundle-manifest.schema.json")

_FORMAT_PATTERN = re.compile(r"tafelbundel/([1-9][0-9]{0,8})")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")

UNREADABLE = "De inhoudsopgave van deze bundel (manifest.json) is onleesbaar."
NOT_CANONICAL = (
    "De inhoudsopgave van deze bundel is niet in de vaste vorm geschreven die tafel gebruikt."
)
UNKNOWN_FORMAT = "Dit is geen tafel-bundel: de inhoudsopgave noemt een onbekend formaat."
TOO_NEW = "Deze bundel is gemaakt met een nieuwere versie van tafel; werk tafel bij."


def canonical_bytes(manifest: dict[str, Any]) -> bytes:
    """The one byte form of a manifest: sorted keys, no spaces, UTF-8, no NaN."""
    with refused_as(UNREADABLE):
        text = json.dumps(manifest, sort_keys=True, ensure_ascii=False,
                          separators=(",", ":"), allow_nan=False)
        return text.encode("utf-8")


def parse(raw: bytes) -> dict[str, Any]:
    """Read manifest bytes from a bundle: JSON, a known format, canonical, schema-valid.

    The format is looked at before anything else, so a newer tafel's bundle gets "update
    tafel" rather than a complaint about fields this version does not know.
    """
    with refused_as(UNREADABLE):
        manifest = json.loads(raw.decode("utf-8"), parse_constant=_no_constants)
    if not isinstance(manifest, dict):
        raise BundelFout(UNREADABLE)
    check_format(manifest.get("format"))
    if canonical_bytes(manifest) != raw:
        raise BundelFout(NOT_CANONICAL)
    check(manifest)
    return manifest


def check_format(value: object) -> None:
    """Refuse a format that is not ``tafelbundel/N``, and N above this tafel's as too new."""
    found = _FORMAT_PATTERN.fullmatch(value) if isinstance(value, str) else None
    if found is None:
        raise BundelFout(UNKNOWN_FORMAT)
    if int(found.group(1)) > FORMAT_VERSION:
        raise BundelTeNieuwFout(TOO_NEW)
    if int(found.group(1)) != FORMAT_VERSION:
        raise BundelFout(UNKNOWN_FORMAT)


def check(manifest: dict[str, Any]) -> None:
    """Schema first, then what the schema cannot say; one Dutch sentence for the first fault."""
    place = first_schema_error(manifest)
    if place is not None:
        raise BundelFout(f"De inhoudsopgave van deze bundel klopt niet bij ‘{place}’.")
    _check_strings(manifest, "")
    try:
        datetime.fromisoformat(manifest["created_at"])
    except ValueError as caught:
        raise BundelFout(
            "De inhoudsopgave van deze bundel klopt niet bij ‘created_at’."
        ) from caught
    sequence = manifest["sequence"]
    if sequence["builds_on"] is not None and sequence["builds_on"] >= sequence["number"]:
        raise BundelFout("De inhoudsopgave van deze bundel klopt niet bij ‘sequence.builds_on’.")
    _check_references(manifest)


def _check_references(manifest: dict[str, Any]) -> None:
    """Part names are unique; documents and records name existing parts, each at most once."""
    names = [part["name"] for part in manifest["parts"]]
    if len(set(names)) != len(names):
        raise BundelFout("De inhoudsopgave van deze bundel noemt een onderdeel twee keer.")
    used: set[str] = set()
    for entry in [*manifest["documents"], *manifest["records"]]:
        if entry["part"] not in names:
            raise BundelFout(
                f"De inhoudsopgave van deze bundel verwijst naar een onderdeel dat er niet is "
                f"(‘{entry['part']}’)."
            )
        if entry["part"] in used:
            raise BundelFout(
                f"De inhoudsopgave van deze bundel gebruikt het onderdeel ‘{entry['part']}’ "
                f"twee keer."
            )
        used.add(entry["part"])
    recipients = manifest["recipients"]
    if recipients != PASSPHRASE:
        keys = [recipient["age_public_key"] for recipient in recipients]
        if len(set(keys)) != len(keys):
            raise BundelFout("De inhoudsopgave van deze bundel noemt een ontvanger twee keer.")


def _check_strings(value: Any, place: str) -> None:
    """No control characters (a newline, a NUL) in any text outside ``extra``.

    The schema's patterns end in ``$``, which Python's ``re`` (and so jsonschema) also lets
    match before a final newline; a part name ending in a newline must not slip through that way.
    """
    if isinstance(value, str):
        if _CONTROL.search(value):
            raise BundelFout(f"De inhoudsopgave van deze bundel klopt niet bij ‘{place}’.")
    elif isinstance(value, dict):
        for key, item in value.items():
            if not place and key == "extra":
                continue
            _check_strings(item, f"{place}.{key}" if place else key)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _check_strings(item, f"{place}[{index}]")


def first_schema_error(manifest: Any) -> str | None:
    """Where the manifest first breaks the schema (``sender.name``), or None when it is valid."""
    errors = sorted(islice(_validator().iter_errors(manifest), 20),
                    key=lambda error: (len(error.absolute_path), list(map(str, error.path))))
    if not errors:
        return None
    place = ""
    for part in errors[0].absolute_path:
        place += f"[{part}]" if isinstance(part, int) else (f".{part}" if place else str(part))
    return place or "het geheel"


@cache
def _validator() -> Any:
    """The schema's validator, built once and only when a bundle is made or opened.

    jsonschema is imported here, not at the top: tafel's start-up should not pay for it.
    """
    from jsonschema import Draft202012Validator

    schema = json.loads(resource_path(*SCHEMA_FILE).read_text(encoding="utf-8"))
    return Draft202012Validator(schema)


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


@dataclass(frozen=True)
class Sender:
    """Who made the bundle: their vault, name, organisation, role and both public keys."""

    vault_id: str
    name: str
    organisation: str
    role: str
    age_public_key: str
    signing_public_key: str


@dataclass(frozen=True)
class Recipient:
    """One X25519 recipient; ``vault_id`` is None for a party whose vault tafel does not know."""

    vault_id: str | None
    age_public_key: str


@dataclass(frozen=True)
class PartEntry:
    """One entry under ``parts/``: name, SHA-256 (hex) and size in bytes."""

    name: str
    sha256: str
    size: int


@dataclass(frozen=True)
class DocumentEntry:
    """A part holding a shared document's update and the state vector it was cut against."""

    part: str
    kind: str
    builds_on_state: bytes | None


@dataclass(frozen=True)
class RecordEntry:
    """A part holding records of one kind."""

    part: str
    kind: str
    count: int | None


def sender_of(manifest: dict[str, Any]) -> Sender:
    """The sender of a checked manifest."""
    return Sender(**manifest["sender"])


def recipients_of(manifest: dict[str, Any]) -> tuple[Recipient, ...]:
    """The X25519 recipients of a checked manifest; empty for a passphrase bundle."""
    recipients = manifest["recipients"]
    if recipients == PASSPHRASE:
        return ()
    return tuple(Recipient(**recipient) for recipient in recipients)


def parts_of(manifest: dict[str, Any]) -> tuple[PartEntry, ...]:
    """The parts list of a checked manifest."""
    return tuple(PartEntry(**part) for part in manifest["parts"])


def documents_of(manifest: dict[str, Any]) -> tuple[DocumentEntry, ...]:
    """The documents of a checked manifest, with their state vectors decoded."""
    return tuple(
        DocumentEntry(part=entry["part"], kind=entry["kind"],
                      builds_on_state=None if entry["builds_on_state"] is None
                      else base64.b64decode(entry["builds_on_state"]))
        for entry in manifest["documents"]
    )


def records_of(manifest: dict[str, Any]) -> tuple[RecordEntry, ...]:
    """The record parts of a checked manifest."""
    return tuple(RecordEntry(part=entry["part"], kind=entry["kind"], count=entry.get("count"))
                 for entry in manifest["records"])
