"""The 18-/18+ checklist of one case as frozen values (see :mod:`tafel.domain.checklist18`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from tafel.domain.checklist18 import Checklist18, ChecklistItem, ChecklistPunt, PuntStaat


@dataclass(frozen=True)
class ChecklistPuntView:
    """One item with where it stands for this case."""

    item: ChecklistItem
    staat: PuntStaat
    notitie: str
    wie: str


@dataclass(frozen=True)
class ChecklistView:
    """The municipality's checklist with this case's answers, in the list's order."""

    titel: str
    punten: tuple[ChecklistPuntView, ...]

    @property
    def open_count(self) -> int:
        """How many items are still open (nobody set them, or set them back to open)."""
        return sum(1 for p in self.punten if p.staat is PuntStaat.OPEN)

    def to_json(self) -> dict[str, object]:
        """The shape ``tafel show --json`` prints."""
        return {
            "title": self.titel, "open": self.open_count,
            "items": [{"key": p.item.sleutel, "title": p.item.titel, "state": p.staat.value,
                       "note": p.notitie, "who": p.wie} for p in self.punten],
        }


def checklist_view(checklist: Checklist18, rows: Iterable[ChecklistPunt]) -> ChecklistView:
    """The list's items with the case's rows; a row whose item left the list is not shown."""
    by_key = {row.sleutel: row for row in rows}
    punten = []
    for item in checklist.items:
        row = by_key.get(item.sleutel)
        punten.append(ChecklistPuntView(item, row.staat if row else PuntStaat.OPEN,
                                        row.notitie if row else "", row.wie if row else ""))
    return ChecklistView(checklist.titel, tuple(punten))
