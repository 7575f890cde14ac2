"""The toekomstplan split along consent: separately exchangeable parts (delen).

A party without consent for Inkomen must receive nothing of Inkomen, not even in the CRDT
history of another part. So every version of a plan is a set of independent pycrdt
documents, one per part, and a bundle carries only the parts the recipient's active
consents cover:

========================  ==========================================  ===================
part                      holds                                       consent category
========================  ==========================================  ===================
``perspectief``           perspectief, droom, evaluation date,        toekomstplan
                          afspraken without a pillar
``wonen`` ... ``support`` the pillar's five parts, its target scores  that pillar
                          and its afspraken
``doorbraak``             the doorbraak, the waardendriehoek, the     toekomstplan
                          cost comparison, exception and kind
``vangnet``               the vangnet                                 toekomstplan
========================  ==========================================  ===================

The parts are stored together in one value (:func:`pack`): a small container that can never
be mistaken for a pycrdt update, so a stored plan from before the split is recognised.
"""

from __future__ import annotations

import struct
from collections.abc import Mapping
from typing import Any

from tafel.domain.enums import PIJLER_NAMEN, Gegevenscategorie, Pijler
from tafel.domain.plan_content import TEXT_KEYS
from tafel.domain.plan_edits import PlanEdit, SetAfspraak, SetKosten, SetMeta, SetTarget, SetText

PERSPECTIEF = "perspectief"
DOORBRAAK = "doorbraak"
VANGNET = "vangnet"

#: Every part, in reading order.
DELEN: tuple[str, ...] = (PERSPECTIEF, *(p.value for p in Pijler), DOORBRAAK, VANGNET)

#: The meta values and the part that holds each.
META_DEEL = {"evaluatie_datum": PERSPECTIEF, "uitzondering_nodig": DOORBRAAK,
             "doorbraak_soort": DOORBRAAK}

#: The parts by name, for a sentence ("Inkomen is niet met je gedeeld").
DEEL_NAMEN = {PERSPECTIEF: "Het perspectief", DOORBRAAK: "De doorbraak", VANGNET: "Het vangnet",
              **{p.value: naam for p, naam in PIJLER_NAMEN.items()}}

# An empty pycrdt update is exactly b"\0\0"; a valid update never continues after it, so a
# value that starts like this and goes on is a container of parts.
MAGIC = b"\x00\x00TAFELDELEN1"
MAX_PART = 64 * 1024 * 1024


def categorie(deel: str) -> Gegevenscategorie:
    """The consent category a part needs before it may leave the vault."""
    if deel in (PERSPECTIEF, DOORBRAAK, VANGNET):
        return Gegevenscategorie.TOEKOMSTPLAN
    return Gegevenscategorie(Pijler(deel).value)


def delen_voor(categorieen: set[Gegevenscategorie] | set[str]) -> tuple[str, ...]:
    """The parts a set of consent categories covers, in reading order."""
    allowed = {Gegevenscategorie(c) for c in categorieen}
    return tuple(d for d in DELEN if categorie(d) in allowed)


def deel_van_tekst(key: str) -> str:
    """The part that holds the free-text part ``key`` (``wonen.zelf_doen`` is in ``wonen``)."""
    head = key.partition(".")[0]
    if key in (PERSPECTIEF, "droom"):
        return PERSPECTIEF
    if key == VANGNET:
        return VANGNET
    if head in ("doorbraak", "waarden"):
        return DOORBRAAK
    return Pijler(head).value


def deel_van_pijler(pijler: str | None) -> str:
    """The part an afspraak belongs to: its pillar, or the perspectief when it has none."""
    return Pijler(pijler).value if pijler else PERSPECTIEF


def deel_van_edit(edit: PlanEdit) -> str | None:
    """The part a new value of ``edit`` goes into; None for what already has its part.

    An edit to an existing afspraak, cost line or conflict stays where that lives; a new
    afspraak, or one moved to another pillar, goes to the pillar's part.
    """
    match edit:
        case SetText() if edit.key in TEXT_KEYS:
            return deel_van_tekst(edit.key)
        case SetTarget():
            return _van_pijler(edit.key.partition(".")[0])
        case SetAfspraak() if edit.id is None or "pijler" in edit.values:
            return _van_pijler(edit.values.get("pijler"))
        case SetKosten() if edit.id is None:
            return DOORBRAAK
        case SetMeta():
            return META_DEEL.get(edit.key)
    return None


def _van_pijler(pijler: Any) -> str | None:
    try:
        return deel_van_pijler(pijler)
    except ValueError:
        return None  # no pillar: the edit itself says so


def pack(parts: Mapping[str, bytes]) -> bytes:
    """Several named byte strings as one value.

    Sorted by name, so the same parts always give the same bytes.
    """
    out = bytearray(MAGIC)
    for name in sorted(parts):
        raw_name = name.encode("utf-8")
        data = parts[name]
        out += struct.pack(">B", len(raw_name)) + raw_name
        out += struct.pack(">I", len(data)) + data
    return bytes(out)


def is_packed(data: bytes) -> bool:
    """Whether ``data`` is a container made by :func:`pack`."""
    return data.startswith(MAGIC)


def unpack(data: bytes) -> dict[str, bytes]:
    """The reverse of :func:`pack`; ``ValueError`` (Dutch) when the container is damaged."""
    if not is_packed(data):
        raise ValueError("Dit is geen opgeslagen plan van tafel.")
    parts: dict[str, bytes] = {}
    at = len(MAGIC)
    try:
        while at < len(data):
            (name_len,) = struct.unpack_from(">B", data, at)
            at += 1
            name = data[at:at + name_len].decode("utf-8")
            at += name_len
            (size,) = struct.unpack_from(">I", data, at)
            at += 4
            if size > MAX_PART or at + size > len(data) or name in parts:
                raise ValueError
            parts[name] = data[at:at + size]
            at += size
    except (struct.error, UnicodeDecodeError, ValueError):
        raise ValueError("Dit opgeslagen plan is beschadigd.") from None
    return parts
