"""The people around a case as a CRDT document: what travels under persoonsgegevens.

The wijkteam, the school and jeugdhulp each keep the same case in their own vault and change
its people apart: a new phone number here, a new mentor in the network there. The tables
stay the truth for the screens; beside them each vault keeps this shadow, one pycrdt
document per case, in which every field is a multi-value register
(:mod:`tafel.domain.plan_register`) named ``<kind>/<id>/<field>``:
``persoon/<uuid>/telefoon``, ``betrokkene/<uuid>/naam``, ``huishouden/<uuid>/plaats``, and
``<kind>/<id>/bestaat`` for the record itself. A phone number changed on two laptops apart
therefore keeps both values, with who and when, until someone chooses.

A field without any value reads as its column's default (empty text, no date, ``False``):
an empty field is never written, so a record that arrived without names cannot send
emptiness back as an edit.

Bundles come from other machines, so nothing read here is trusted: a damaged update (the
pycrdt library may even panic, a ``BaseException``) is one Dutch ``ValueError``, and
:meth:`DossierDoc.check` refuses a document that holds anything but known fields of
well-formed records.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from typing import Any

from pycrdt import Array, Doc, Map

from tafel.domain.dossier_velden import BESTAAT, FIELDS, KINDS, veld
from tafel.domain.plan_register import (
    SEP,
    Conflict,
    ConflictSoort,
    Registers,
    Stempel,
    Waarde,
    winner,
)

#: The one root of the document: a flat map of registers.
ROOT = "velden"

#: The part of the case this document is (one row per part in ``casusdocument``).
DEEL = "personen"

#: Bytes a single field, record or document may take: generous for text, tight for abuse.
MAX_DOCUMENT = 16 * 1024 * 1024

Record = tuple[str, str]  # (kind, id)


def field_name(kind: str, record_id: str, name: str) -> str:
    """The register of one field: ``persoon/<id>/telefoon``."""
    return f"{kind}/{record_id}/{name}"


def parse_field(field: str) -> tuple[str, str, str]:
    """``(kind, id, name)`` of a register; ``ValueError`` (Dutch) for anything else."""
    parts = field.split("/")
    if len(parts) != 3 or parts[0] not in KINDS:
        raise ValueError("Dit gegeven over de mensen rond de casus bestaat niet.")
    kind, record_id, name = parts
    try:
        if str(uuid.UUID(record_id)) != record_id:
            raise ValueError
    except ValueError:
        raise ValueError("Dit gegeven over de mensen rond de casus bestaat niet.") from None
    if name != BESTAAT:
        veld(kind, name)
    return kind, record_id, name


def _guarded(action: str) -> ValueError:
    return ValueError(f"De gegevens over de mensen rond de casus zijn beschadigd ({action}).")


class DossierDoc:
    """One case's people as registers; new writes carry the client id it is opened with."""

    def __init__(self, data: bytes = b"", *, client_id: int) -> None:
        self.doc: Doc[Any] = Doc(client_id=client_id)
        if data:
            self.merge(data)
        try:
            store = self.doc.get(ROOT, type=Map)
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException:
            raise _guarded("indeling") from None
        self.registers = Registers(store)

    # -- exchange -----------------------------------------------------------------------

    def merge(self, update: bytes) -> None:
        """Apply another copy's update; both sides' writes are kept.

        Never lets a pycrdt panic through: any failure is one Dutch ``ValueError``, and the
        caller's transaction rolls back (this document is then thrown away).
        """
        if not isinstance(update, bytes) or len(update) > MAX_DOCUMENT:
            raise _guarded("te groot")
        try:
            self.doc.apply_update(update)
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException:
            raise _guarded("niet te lezen") from None

    def to_bytes(self) -> bytes:
        """The whole document as one update, to store."""
        return self.doc.get_update()

    def state(self) -> bytes:
        """The state vector: what this copy has seen."""
        return self.doc.get_state()

    def changes_since(self, state: bytes | None) -> bytes:
        """The update with every write after ``state`` (all of it for ``None``)."""
        if state is None:
            return self.doc.get_update()
        if not isinstance(state, bytes) or len(state) > MAX_DOCUMENT:
            raise ValueError("Wat de ontvanger al heeft, is beschadigd.")
        try:
            return self.doc.get_update(state)
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException:
            raise ValueError("Wat de ontvanger al heeft, is beschadigd.") from None

    # -- reading ------------------------------------------------------------------------

    def check(self) -> None:
        """Refuse a document holding anything but well-formed fields of known records.

        Each value itself is checked when it is written into its table (with the column's
        own rules); here, only its form. Content outside the keyed fields (another root, or
        a text or list written into the fields' root, which a map never shows but would
        keep and pass on) is refused too.
        """
        try:
            roots = set(self.doc.keys())
            probe: Doc[Any] = Doc()
            probe.apply_update(self.to_bytes())
            unkeyed = len(probe.get(ROOT, type=Array))
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException:
            raise _guarded("indeling") from None
        if roots - {ROOT} or unkeyed:
            raise _guarded("onbekende inhoud")
        for key in list(self.registers.store.keys()):
            field, sep, write_id = key.rpartition(SEP)
            raw = self.registers.store[key]
            if not sep or not write_id or not isinstance(raw, dict) or "v" not in raw:
                raise _guarded("onbekende inhoud")
            if not all(isinstance(raw.get(k, ""), str) for k in ("d", "p", "o")):
                raise _guarded("onbekende inhoud")
            try:
                parse_field(field)
            except ValueError:
                raise _guarded("onbekend gegeven") from None

    def records(self) -> dict[Record, dict[str, list[Waarde]]]:
        """Every record that exists, with its fields' current values (oldest first)."""
        out: dict[Record, dict[str, list[Waarde]]] = defaultdict(dict)
        for field, values in self.registers.grouped().items():
            try:
                kind, record_id, name = parse_field(field)
            except ValueError:
                continue
            out[(kind, record_id)][name] = values
        return {key: fields for key, fields in out.items() if BESTAAT in fields}

    def exists(self, kind: str, record_id: str) -> bool:
        """Whether the record was ever written here."""
        return bool(self.registers.keys_of(field_name(kind, record_id, BESTAAT)))

    def current(self, kind: str, record_id: str, name: str) -> Any:
        """The value shown for a field (the latest while in conflict), or its default."""
        store = self.registers.store
        values = []
        for key in self.registers.keys_of(field_name(kind, record_id, name)):
            raw = store[key]
            if isinstance(raw, dict):
                values.append(Waarde(raw.get("v"), Stempel("", "", str(raw.get("o", ""))),
                                     key.rpartition(SEP)[2]))
        return winner(values).value if values else FIELDS[kind][name].default

    def write(self, kind: str, record_id: str, name: str, value: Any, stempel: Stempel, *,
              force: bool = False) -> bool:
        """Write one field (replacing every value this copy sees); whether it wrote."""
        with self.doc.transaction():
            return self.registers.set(field_name(kind, record_id, name), value, stempel,
                                      force=force)

    def conflicts(self) -> tuple[Conflict, ...]:
        """Fields with more than one different value, written apart; sorted by field.

        Two values that are the same (both sides typed the same number) are no conflict.
        """
        out = []
        for (kind, record_id), fields in sorted(self.records().items()):
            for name, values in sorted(fields.items()):
                if name == BESTAAT or len({_comparable(w.value) for w in values}) < 2:
                    continue
                out.append(Conflict(DEEL, field_name(kind, record_id, name),
                                    ConflictSoort.WAARDEN, tuple(values)))
        return tuple(out)


def _comparable(value: Any) -> Any:
    """A value as a set member (plain values only; anything else by its text)."""
    return value if isinstance(value, str | int | float | bool | None) else repr(value)
