"""A referral as the case screen shows it, with its follow-up state on the day of the view."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from tafel.domain.models import Verwijzing
from tafel.domain.verwijzing import vervolg_verwacht_op, zonder_vervolg


@dataclass(frozen=True)
class VerwijzingView:
    """To whom, what for, when; contact made; the follow-up; and whether it is overdue."""

    id: uuid.UUID
    ontvanger: str
    doel: str
    betrokkene_id: uuid.UUID | None
    verwezen_op: date
    contact_op: date | None
    vervolg: str
    vervolg_op: date | None
    vervolg_verwacht_op: date
    zonder_vervolg: bool  # no follow-up after the set time (the rule in domain/verwijzing)

    def to_json(self) -> dict[str, object]:
        """The shape ``tafel show --json`` prints."""
        return {
            "to": self.ontvanger, "purpose": self.doel,
            "referred_on": self.verwezen_op.isoformat(),
            "contact_on": self.contact_op.isoformat() if self.contact_op else None,
            "follow_up": self.vervolg,
            "follow_up_on": self.vervolg_op.isoformat() if self.vervolg_op else None,
            "follow_up_expected_by": self.vervolg_verwacht_op.isoformat(),
            "without_follow_up": self.zonder_vervolg,
        }


def verwijzing_view(row: Verwijzing, on: date) -> VerwijzingView:
    """A referral row as a view, judged on ``on``."""
    return VerwijzingView(row.id, row.ontvanger, row.doel, row.betrokkene_id, row.verwezen_op,
                          row.contact_op, row.vervolg, row.vervolg_op,
                          vervolg_verwacht_op(row.verwezen_op), zonder_vervolg(row, on))
