"""The legal statuses of a case as frozen values (see :mod:`tafel.domain.juridisch`)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from tafel.domain.juridisch import Instantie, JuridischeStatus, Maatregel, loopt_op


@dataclass(frozen=True)
class JuridischeStatusView:
    """One legal status: what, for whom, by which body, from when until when."""

    id: uuid.UUID
    soort: Maatregel
    persoon_id: uuid.UUID | None
    persoon: str  # the first name of whom it is about
    instantie: Instantie
    uitgevoerd_door: str
    startdatum: date | None
    einddatum: date | None
    toelichting: str

    def to_json(self, today: date) -> dict[str, object]:
        """The shape ``tafel show --json`` prints."""
        return {
            "measure": self.soort.value, "about": self.persoon, "body": self.instantie.value,
            "carried_out_by": self.uitgevoerd_door,
            "start_date": self.startdatum.isoformat() if self.startdatum else None,
            "end_date": self.einddatum.isoformat() if self.einddatum else None,
            "runs": self.runs(today), "note": self.toelichting,
        }

    def ended(self, today: date) -> bool:
        """Whether it is over by ``today`` (it stays in the history)."""
        return self.einddatum is not None and self.einddatum < today

    def runs(self, today: date) -> bool:
        """Whether it holds on ``today``."""
        return loopt_op(self, today)


def juridische_status_view(row: JuridischeStatus, persoon: str) -> JuridischeStatusView:
    """A legal status row as a view; ``persoon`` is the first name of whom it is about."""
    return JuridischeStatusView(row.id, row.soort, row.persoon_id, persoon, row.instantie,
                                row.uitgevoerd_door, row.startdatum, row.einddatum,
                                row.toelichting)
