"""Afspraken and cost lines as the plan's registers hold them, and the CRDT's state vectors.

An item is not a pycrdt map of its own (two laptops would create the same map, and one would
be dropped): it is a set of register fields ``<kind>/<id>/<name>`` in its part's flat map.
Here those fields are read back into items, with the rules of when a deleted item still
shows (someone edited it apart from its deletion: kept until a person chooses).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tafel.domain.plan_register import Waarde, all_delete, winner


@dataclass
class Item:
    """An afspraak or cost line as read from one part's registers."""

    id: str
    order: str = ""
    values: dict[str, list[Waarde]] | None = None
    deleted: list[Waarde] | None = None



def order_key() -> str:
    """Where a new item goes: after everything added before it (time, then a random tail)."""
    return f"{datetime.now().astimezone().timestamp():017.6f}-{secrets.token_hex(4)}"


def by_order(entry: tuple[str, str, Any]) -> tuple[str, str]:
    return entry[0], entry[1]


def items_of(grouped: dict[str, list[Waarde]], kind: str) -> list[Item]:
    """The items of one kind in a part, with their fields and deletion."""
    items: dict[str, Item] = {}
    prefix = kind + "/"
    for field, values in grouped.items():
        if not field.startswith(prefix):
            continue
        item_id, _, name = field[len(prefix):].partition("/")
        item = items.setdefault(item_id, Item(item_id, values={}))
        if name == "bestaat":
            item.order = str(winner(values).value)
        elif name == "verwijderd":
            item.deleted = values
        else:
            assert item.values is not None
            item.values[name] = values
    return [i for i in items.values() if i.order]


def edits_unseen_by_deletion(item: Item) -> list[Waarde]:
    """Writes to a deleted item that no deletion saw (made apart from all of them).

    Deletions made apart count together: a write that one of them saw was overruled by
    someone who knew it.
    """
    if not all_delete(item.deleted):
        return []
    assert item.deleted is not None
    seen = frozenset().union(*(w.seen for w in item.deleted))
    return [w for values in (item.values or {}).values() for w in values
            if w.write_id not in seen]


def is_live(item: Item) -> bool:
    """Shown in the plan: not deleted, or deleted while someone edited it (kept until chosen).

    Deleted and restored apart is kept too, while that conflict is open.
    """
    if not all_delete(item.deleted):
        return True
    return bool(edits_unseen_by_deletion(item))


def decode_state(state: bytes) -> dict[int, int]:
    """A v1 state vector as {client: clock}."""
    out: dict[int, int] = {}
    at = 0

    def varuint() -> int:
        nonlocal at
        value = shift = 0
        while True:
            if at >= len(state):
                raise ValueError("Deze toestand van het plan is beschadigd.")
            byte = state[at]
            at += 1
            value |= (byte & 0x7F) << shift
            if byte < 0x80:
                return value
            shift += 7

    for _ in range(varuint()):
        client = varuint()
        out[client] = varuint()
    return out
