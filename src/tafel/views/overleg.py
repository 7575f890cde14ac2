"""The casus-overleg as screens and paper see it: the meeting while it runs, and its record.

:class:`OverlegView` is the meeting for the consulent's own screen (the control view and the
case file): everyone present, absent, what the wall may show, the conclusions. It is never
given to the presentation window; that one gets a :class:`~tafel.views.wand.WandView` only.

:class:`OverlegVerslag` is the one-page record printed for everyone present. It holds only what
*all* of them may see: the categories that every person who was in the room at any moment may
see (:func:`tafel.domain.overleg.zichtbaar`), so the paper never shows more than the wall did.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from tafel.domain.enums import Gegevenscategorie
from tafel.domain.overleg import Aanwezige, AanwezigeSoort, AgendaStap
from tafel.views.wand import WandRegel


@dataclass(frozen=True)
class AanwezigeView:
    """Someone who was (or was asked to be) at the meeting.

    ``rol``: how they stand to the case in a few words (moeder, mentor, school); a guest's
    is empty. ``vertrokken``: they were in the room and left before the end.
    """

    soort: AanwezigeSoort
    naam: str
    rol: str = ""
    id: uuid.UUID | None = None
    vertrokken: bool = False

    @property
    def aanwezige(self) -> Aanwezige:
        """The person as the rule of :mod:`tafel.domain.overleg` sees them."""
        return Aanwezige(self.soort, self.naam, self.id)


@dataclass(frozen=True)
class OverlegView:
    """One casus-overleg for the consulent's own screen (never the wall's)."""

    id: uuid.UUID
    casus_id: uuid.UUID
    datum: date
    gestart_op: datetime
    afgerond_op: datetime | None
    #: Who is in the room now (while it runs) or was at the end.
    aanwezigen: tuple[AanwezigeView, ...]
    #: Everyone who was in the room at some moment, including those who left.
    ooit_aanwezig: tuple[AanwezigeView, ...]
    #: The household and network members who were not there (set when it is finished).
    afwezigen: tuple[AanwezigeView, ...]
    besloten: bool
    stap: AgendaStap
    conclusies: tuple[str, ...]
    #: The ids of the plan's afspraken made during this meeting.
    afspraak_ids: tuple[str, ...]
    volgende_evaluatie: date | None
    #: What the wall may show with the room as it is now.
    categorieen: frozenset[Gegevenscategorie]
    #: On whose consent the projection ran: "ontvanger: categories" per toestemming used.
    grondslag: tuple[str, ...] = ()

    @property
    def lopend(self) -> bool:
        """Still running: not finished yet."""
        return self.afgerond_op is None


@dataclass(frozen=True)
class OverlegVerslag:
    """The printed record for everyone present: only what all of them may see.

    ``jongere``: the first name, or "de jongere" when not everyone may see persoonsgegevens.
    ``aanwezigen``: a line per person who was present ("Noor (jongere)"); their names are
    printed, as everyone saw them in the room. ``afwezigen``: names only when all may see
    persoonsgegevens, otherwise empty. ``afspraken``: those made at the meeting that the room
    may see (kop: owner, tekst: actie, deadline). ``niet_getoond``: how many afspraken were
    left out because not everyone may see their part.
    """

    jongere: str
    casus_referentie: str
    datum: date
    aanwezigen: tuple[str, ...]
    afwezigen: tuple[str, ...]
    categorieen: frozenset[Gegevenscategorie]
    conclusies: tuple[str, ...]
    afspraken: tuple[WandRegel, ...]
    volgende_evaluatie: date | None
    niet_getoond: int = 0
    opgesteld_door: str = ""
