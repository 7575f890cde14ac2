"""Values that keep every concurrent write: the plan's structured fields and their conflicts.

A pycrdt ``Map`` resolves two concurrent writes of one key by client id and drops the loser
without a trace. A deadline, an owner, a status, a target score or a decision set differently
on two laptops is a real disagreement, so tafel never lets the CRDT pick: every write of a
field is a new key ``<field>#<write id>`` that removes the keys its writer could see. Writes
made apart therefore both survive the merge, and the field is in conflict until someone
chooses (which is again a write that removes both). This is a multi-value register, built on
a flat map so no two laptops ever create the same nested map.

A deletion of an afspraak or cost line is such a write too (``…/verwijderd``), and it lists
the writes it saw. A write to that item that the deletion did not see was made apart: the
item is kept and the clash is a conflict, never a silent loss.
"""

from __future__ import annotations

import secrets
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from pycrdt import Map

SEP = "#"
ITEM_KINDS = ("afspraak", "kosten")


@dataclass(frozen=True)
class Stempel:
    """Who wrote a value, for which party (vault id), and when (UTC, ISO 8601)."""

    door: str
    partij: str = ""
    op: str = ""

    @classmethod
    def now(cls, door: str, partij: str = "", op: datetime | None = None) -> Stempel:
        """A stamp for a write made now (or at ``op``)."""
        moment = op or datetime.now().astimezone()
        return cls(door, partij, moment.isoformat(timespec="seconds"))


@dataclass(frozen=True)
class Waarde:
    """One value of a field as written, with its stamp and its write id."""

    value: Any
    stempel: Stempel
    write_id: str
    seen: frozenset[str] = frozenset()  # for a deletion: the writes it saw
    field: str = ""  # which field it was written to (an edit to a deleted item says which)


class ConflictSoort(StrEnum):
    """Two values written apart, or an edit to something another party deleted."""

    WAARDEN = "waarden"
    BEWERKT_NA_VERWIJDEREN = "bewerkt_na_verwijderen"


@dataclass(frozen=True)
class Conflict:
    """A field with more than one current value, for a person to settle.

    ``deel`` is the plan part, ``field`` the register's name there (``afspraak/<id>/deadline``,
    ``doel/wonen.huisvesting``, ``meta/evaluatie_datum``, ``afspraak/<id>/verwijderd``).
    ``values`` are the competing writes, oldest first; for an edit to a deleted item, the
    deletion comes first and the edits it did not see follow.
    """

    deel: str
    field: str
    soort: ConflictSoort
    values: tuple[Waarde, ...]

    @property
    def item_kind(self) -> str | None:
        """``afspraak`` or ``kosten`` for a field of an item, else None."""
        head = self.field.split("/", 1)[0]
        return head if head in ("afspraak", "kosten") else None

    @property
    def item_id(self) -> str | None:
        """The afspraak's or cost line's id, for a field of an item."""
        parts = self.field.split("/")
        return parts[1] if self.item_kind and len(parts) == 3 else None

    @property
    def name(self) -> str:
        """The field's own name: ``deadline``, ``verwijderd``, ``wonen.huisvesting``."""
        return self.field.rsplit("/", 1)[-1]


def all_delete(values: list[Waarde] | None) -> bool:
    """Whether every current value of a ``…/verwijderd`` register deletes the item.

    Two parties who delete the same item apart agree: that is one deletion, not a conflict
    (and not a reason to bring the item back). A deletion against a restore is a conflict.
    """
    return bool(values) and all(w.value is True for w in values or ())


def agreeing_deletions(field: str, values: list[Waarde]) -> bool:
    """A ``…/verwijderd`` register whose values all delete: no conflict of values."""
    return field.partition("/")[0] in ITEM_KINDS and field.endswith("/verwijderd") \
        and all_delete(values)


def winner(values: list[Waarde]) -> Waarde:
    """The value shown while a conflict is open: the latest write, the same on every laptop."""
    return max(values, key=lambda w: (w.stempel.op, w.write_id))


class Registers:
    """The multi-value registers of one plan part, over one flat pycrdt map."""

    def __init__(self, store: Map) -> None:
        self.store = store

    def grouped(self) -> dict[str, list[Waarde]]:
        """Every field with its current values (more than one: in conflict), oldest first."""
        fields: dict[str, list[Waarde]] = defaultdict(list)
        for key, raw in self.store.items():
            field, sep, write_id = key.rpartition(SEP)
            if not sep or not isinstance(raw, dict):
                continue
            fields[field].append(_waarde(raw, write_id, field))
        for values in fields.values():
            values.sort(key=lambda w: (w.stempel.op, w.write_id))
        return dict(fields)

    def keys_of(self, field: str) -> list[str]:
        """The stored keys of one field's current values."""
        prefix = field + SEP
        return [k for k in list(self.store.keys()) if k.startswith(prefix) and SEP not in
                k[len(prefix):]]

    def set(self, field: str, value: Any, stempel: Stempel, *, seen: list[str] | None = None,
            force: bool = False) -> bool:
        """Write ``value``, replacing every value of ``field`` this copy can see.

        Writing the value the field already has (and only that one) changes nothing, unless
        ``force``. Returns whether anything was written.
        """
        keys = self.keys_of(field)
        if not force and len(keys) == 1 and seen is None:
            current = self.store[keys[0]]
            if isinstance(current, dict) and current.get("v") == value:
                return False
        for key in keys:
            del self.store[key]
        entry: dict[str, Any] = {"v": value, "d": stempel.door, "p": stempel.partij,
                                 "o": stempel.op}
        if seen is not None:
            entry["g"] = sorted(seen)
        self.store[f"{field}{SEP}{secrets.token_hex(8)}"] = entry
        return True


def _waarde(raw: dict[str, Any], write_id: str, field: str = "") -> Waarde:
    seen = raw.get("g")
    return Waarde(
        value=raw.get("v"),
        stempel=Stempel(str(raw.get("d", "")), str(raw.get("p", "")), str(raw.get("o", ""))),
        write_id=write_id,
        seen=frozenset(str(s) for s in seen) if isinstance(seen, list) else frozenset(),
        field=field,
    )
