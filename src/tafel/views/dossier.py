"""The people around a case as written apart on two laptops: what a person chooses between.

A phone number, a role or an address changed on two laptops before their bundles met is
kept twice (:mod:`tafel.domain.dossier_doc`), and the case screen shows the latest until
someone chooses. To choose, people see each value with who wrote it and when. A BSN is in
these views only masked, like everywhere on screen: a value is chosen by its write id
(``DossierService.choose_written``), so the screen never needs the number itself.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from tafel.domain.bsn import masked_bsn
from tafel.domain.dossier_doc import parse_field
from tafel.domain.dossier_velden import FIELDS, KINDS, Soort
from tafel.domain.plan_register import Conflict, winner

#: Stamps the plan writes carry ("professional:<name>", "jongere:"); the dossier's are names.
_KNOWN_WRITERS = ("professional", "jongere")


@dataclass(frozen=True)
class DossierWaardeView:
    """One value as written: as the table would hold it (a BSN masked), by whom, when."""

    value: Any
    door: str  # the writer's name (never a vault id)
    op: str  # when, ISO 8601
    write_id: str  # what choosing this value names
    shown: bool = False  # the value the case shows while the conflict is open (the latest)


@dataclass(frozen=True)
class DossierConflictView:
    """One field of the household, a member or the network, with its values, oldest first."""

    field: str  # ``persoon/<id>/telefoon``
    kind: str  # ``huishouden``, ``persoon`` or ``betrokkene``
    record_id: uuid.UUID
    name: str  # the column: ``telefoon``, ``rol``, ``adres``
    soort: Soort
    values: tuple[DossierWaardeView, ...]


def writer_name(door: str) -> str:
    """The name in a stamp; a plan-style ``kind:name`` stamp gives its name part."""
    kind, sep, naam = door.partition(":")
    return naam if sep and kind in _KNOWN_WRITERS else door


def conflict_views(conflicts: Iterable[Conflict]) -> tuple[DossierConflictView, ...]:
    """The views of the dossier's conflicts (values typed as the tables hold them)."""
    out = []
    for conflict in sorted(conflicts, key=_reading_order):
        kind, record_id, name = parse_field(conflict.field)
        soort = FIELDS[kind][name].soort
        latest = winner(list(conflict.values))
        values = tuple(
            DossierWaardeView(_shown_value(soort, w.value), writer_name(w.stempel.door),
                              w.stempel.op, w.write_id, shown=w is latest)
            for w in conflict.values)
        out.append(DossierConflictView(conflict.field, kind, uuid.UUID(record_id), name, soort,
                                       values))
    return tuple(out)


def _reading_order(conflict: Conflict) -> tuple[int, str, int]:
    """The household first, then its members, then the network; fields as the forms ask."""
    kind, record_id, name = parse_field(conflict.field)
    return KINDS.index(kind), record_id, list(FIELDS[kind]).index(name)


def _shown_value(soort: Soort, value: Any) -> Any:
    if soort is Soort.BSN:
        return masked_bsn(value) if isinstance(value, str) and value else None
    return value

