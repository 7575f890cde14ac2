"""The casus-overleg as a table: one row per meeting, from its start to its record.

The row is written while the meeting runs (who is in the room, the step, the conclusions as
they are typed), so a crash or a lock in the middle loses nothing and the meeting can go on.
When it is finished (``afgerond_op``) the row is the record: the date, who was present and
who was absent, on whose consent the wall ran, the conclusions, the afspraken made (their
ids in the plan) and the next evaluation. Names are kept here (the vault is encrypted); the
audit log gets only ids.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Column
from sqlmodel import Field

from tafel.domain.models import _Record, utc_now
from tafel.domain.overleg import AgendaStap


class Overleg(_Record, table=True):
    """One casus-overleg of a case.

    ``aanwezigen``: everyone who was in the room at some moment, each
    ``{"soort", "naam", "rol", "id", "weg"}`` (``weg``: not in the room now).
    ``afwezigen``: the household and network members who were not there, set at the end.
    ``grondslag``: the ids of the toestemmingen the wall's categories rested on.
    ``afspraken``: the ids of the plan's afspraken made during the meeting.
    """

    casus_id: uuid.UUID = Field(foreign_key="casus.id", index=True)
    datum: date
    gestart_op: datetime = Field(default_factory=utc_now)
    afgerond_op: datetime | None = None
    aanwezigen: list[dict[str, Any]] = Field(default_factory=list,
                                             sa_column=Column(JSON, nullable=False))
    afwezigen: list[dict[str, Any]] = Field(default_factory=list,
                                            sa_column=Column(JSON, nullable=False))
    besloten: bool = False
    stap: AgendaStap = Field(default=AgendaStap.SITUATIESCHETS)
    conclusies: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    afspraken: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    grondslag: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    volgende_evaluatie: date | None = None
