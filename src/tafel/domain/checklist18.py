"""The 18-/18+ checklist: what must be arranged before 18, per case, linked to the plan.

Seed 000 (Groningen): every young person needs a toekomstplan before 18, guided by the
checklist 18-/18+; its items come from the municipality (R8), so they are data, not code: a
file tafel reads and checks (:mod:`tafel.services.checklist18`). Per case each item is open,
arranged or not needed, with a short note and who is on it. Only what a person set is stored;
an item nobody touched is open.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import UniqueConstraint
from sqlmodel import Field

from tafel.domain.dates import add_months, add_years
from tafel.domain.enums import Pijler
from tafel.domain.models import _Record

FORMAT = "tafel-checklist-18"
MAX_ITEMS = 30
KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_]{1,39}$")


class PuntStaat(StrEnum):
    """Where one item stands for one case (stable keys)."""

    OPEN = "open"
    GEREGELD = "geregeld"
    NIET_NODIG = "niet_nodig"


class ChecklistPunt(_Record, table=True):
    """One case's answer on one checklist item (keyed by the item's ``sleutel``)."""

    __tablename__ = "checklistpunt"
    __table_args__ = (UniqueConstraint("casus_id", "sleutel"),)

    casus_id: uuid.UUID = Field(foreign_key="casus.id", index=True)
    sleutel: str = Field(max_length=40)
    staat: PuntStaat = Field(default=PuntStaat.OPEN)
    notitie: str = Field(default="", max_length=500)
    wie: str = Field(default="", max_length=150)


@dataclass(frozen=True)
class ChecklistItem:
    """One item the municipality wants arranged before 18."""

    sleutel: str
    titel: str
    uitleg: str = ""
    pijler: Pijler | None = None


@dataclass(frozen=True)
class Checklist18:
    """The municipality's checklist: a title and its items, in order."""

    titel: str
    versie: int
    items: tuple[ChecklistItem, ...]

    def item(self, sleutel: str) -> ChecklistItem | None:
        """The item with this key, if the list has it."""
        return next((i for i in self.items if i.sleutel == sleutel), None)


class ChecklistProblem(Exception):
    """A checklist file that does not fit: where (``place``) and why (``reason``, Dutch)."""

    def __init__(self, place: str, reason: str) -> None:
        super().__init__(f"{place}: {reason}")
        self.place, self.reason = place, reason


def checklist_from_json(raw: Any) -> Checklist18:
    """Build the checklist from parsed JSON, or say at which place it is wrong."""
    if not isinstance(raw, dict):
        raise ChecklistProblem("het begin van het bestand", "dit moet een object zijn")
    allowed = {"format", "version", "title", "items"}
    extra = sorted(set(raw) - allowed)
    if extra:
        raise ChecklistProblem(str(extra[0]), f"het veld '{extra[0]}' is onbekend")
    if raw.get("format") != FORMAT:
        raise ChecklistProblem("format", f"dit moet \"{FORMAT}\" zijn")
    version = raw.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ChecklistProblem("version", "dit moet een geheel getal van 1 of meer zijn")
    title = _text(raw, "title", "title", 120)
    items = raw.get("items")
    if not isinstance(items, list) or not 1 <= len(items) <= MAX_ITEMS:
        raise ChecklistProblem("items", f"dit moet een lijst van 1 tot en met {MAX_ITEMS} "
                                        "punten zijn")
    built: list[ChecklistItem] = []
    for index, item in enumerate(items):
        place = f"items[{index}]"
        if not isinstance(item, dict):
            raise ChecklistProblem(place, "dit moet een object zijn")
        extra = sorted(set(item) - {"key", "title", "help", "pillar"})
        if extra:
            raise ChecklistProblem(f"{place}.{extra[0]}", f"het veld '{extra[0]}' is onbekend")
        key = item.get("key")
        if not isinstance(key, str) or not KEY_PATTERN.match(key):
            raise ChecklistProblem(f"{place}.key", "dit moet een korte sleutel zijn van kleine "
                                                   "letters, cijfers en _ (2 tot 40 tekens)")
        if any(b.sleutel == key for b in built):
            raise ChecklistProblem(f"{place}.key", f"de sleutel \"{key}\" staat er al eerder")
        pillar = item.get("pillar")
        if pillar is not None and pillar not in {p.value for p in Pijler}:
            raise ChecklistProblem(f"{place}.pillar",
                                   f"de waarde {pillar!r} is geen Big 5-pijler")
        built.append(ChecklistItem(
            key, _text(item, "title", f"{place}.title", 120),
            _text(item, "help", f"{place}.help", 300, required=False),
            Pijler(pillar) if pillar is not None else None,
        ))
    return Checklist18(title, version, tuple(built))


def _text(raw: dict[str, Any], name: str, place: str, limit: int,
          required: bool = True) -> str:
    value = raw.get(name, None if required else "")
    if not isinstance(value, str):
        raise ChecklistProblem(place, "het veld ontbreekt" if value is None
                               else "dit moet tekst zijn")
    value = value.strip()
    if required and not value:
        raise ChecklistProblem(place, "deze tekst is leeg")
    if len(value) > limit:
        raise ChecklistProblem(place, f"deze tekst is {len(value)} tekens lang; "
                                      f"hoogstens {limit}")
    return value


def checklist_relevant(birth: date | None, today: date) -> bool:
    """Shown on the case for a young person under 18, and until 18.5 (what is still open)."""
    return birth is not None and today < add_months(add_years(birth, 18), 6)
