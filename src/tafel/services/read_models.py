"""Read models: what the case list and the case overview show, built in one query each.

They are plain frozen dataclasses so screens can hold them without holding a session.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, select

from tafel.domain.enums import CasusStatus
from tafel.domain.models import (
    Betrokkene,
    Casus,
    Huishouden,
    Indicatie,
    Persoon,
    Toestemming,
)
from tafel.domain.signals import (
    Signaal,
    SignaalSoort,
    acute_signal,
    age_on,
    age_signals,
    indicatie_signals,
)
from tafel.services.assessment_views import latest_acute


@dataclass(frozen=True, slots=True)
class CaseSummary:
    """One row of the case list."""

    id: uuid.UUID
    referentie: str
    huishouden: str
    jongere: str
    geboortedatum: date | None
    leeftijd: int | None
    status: CasusStatus
    casusregisseur: str
    signalen: tuple[SignaalSoort, ...]
    search_text: str

    def to_json(self) -> dict[str, object]:
        """The shape ``tafel cases --json`` prints."""
        return {
            "id": str(self.id),
            "referentie": self.referentie,
            "household": self.huishouden,
            "young_person": self.jongere,
            "status": self.status.value,
            "age": self.leeftijd,
            "casusregisseur": self.casusregisseur,
            "signals": [s.value for s in self.signalen],
        }


@dataclass(frozen=True)
class CaseOverview:
    """Everything the case overview shows about one case."""

    casus: Casus
    huishouden: Huishouden
    jongere: Persoon
    personen: list[Persoon]
    betrokkenen: list[Betrokkene]
    toestemmingen: list[Toestemming]
    indicaties: list[Indicatie]
    signalen: list[Signaal]
    leeftijd: int | None


def case_summaries(session: Session, today: date) -> list[CaseSummary]:
    """Every case as a list row, with its signals, in two queries."""
    rows = session.exec(
        select(
            Casus.id,
            Casus.referentie,
            Casus.status,
            Casus.casusregisseur,
            Huishouden.naam,
            Persoon.voornaam,
            Persoon.achternaam,
            Persoon.geboortedatum,
        )
        .join(Huishouden, Huishouden.id == Casus.huishouden_id)
        .join(Persoon, Persoon.id == Casus.jongere_id)
    ).all()
    indicaties: dict[uuid.UUID, list[Indicatie]] = defaultdict(list)
    for indicatie in session.exec(select(Indicatie)):
        indicaties[indicatie.casus_id].append(indicatie)
    acute = latest_acute(session)
    summaries = []
    for case_id, ref, status, regisseur, household, first, last, birth in rows:
        signals = _signals_for(birth, indicaties.get(case_id, []), today, status,
                               acute.get(case_id))
        name = f"{first} {last}".strip()
        summaries.append(
            CaseSummary(
                id=case_id,
                referentie=ref,
                huishouden=household,
                jongere=name,
                geboortedatum=birth,
                leeftijd=age_on(birth, today) if birth else None,
                status=status,
                casusregisseur=regisseur,
                signalen=tuple(sorted({s.soort for s in signals}, key=_signal_order)),
                search_text=" ".join((ref, household, name, regisseur)).casefold(),
            )
        )
    return summaries


def case_overview(session: Session, casus: Casus, today: date) -> CaseOverview:
    """The overview of one case, loaded in a handful of queries."""
    household = session.get(Huishouden, casus.huishouden_id)
    young = session.get(Persoon, casus.jongere_id)
    assert household is not None and young is not None
    people = list(
        session.exec(
            select(Persoon)
            .where(Persoon.huishouden_id == household.id)
            .order_by(Persoon.geboortedatum)  # type: ignore[arg-type]
        )
    )
    network = list(
        session.exec(
            select(Betrokkene).where(Betrokkene.casus_id == casus.id).order_by(Betrokkene.soort)
        )
    )
    consents = list(
        session.exec(
            select(Toestemming)
            .where(Toestemming.casus_id == casus.id)
            .order_by(Toestemming.gegeven_op.desc())  # type: ignore[attr-defined]
        )
    )
    care = list(session.exec(select(Indicatie).where(Indicatie.casus_id == casus.id)))
    signals = _signals_for(young.geboortedatum, care, today, casus.status,
                           latest_acute(session, casus.id).get(casus.id))
    return CaseOverview(
        casus=casus,
        huishouden=household,
        jongere=young,
        personen=people,
        betrokkenen=network,
        toestemmingen=consents,
        indicaties=care,
        signalen=signals,
        leeftijd=age_on(young.geboortedatum, today) if young.geboortedatum else None,
    )


def _signals_for(
    birth: date | None,
    care: list[Indicatie],
    today: date,
    status: CasusStatus,
    acute: tuple[date, list[str]] | None = None,
) -> list[Signaal]:
    if status is CasusStatus.AFGESLOTEN:
        return []  # waakvlam keeps its signals: looking again at 21, 23 and 27 is the point
    found = age_signals(birth, today) + indicatie_signals(care, birth, today)
    found.sort(key=lambda s: (s.datum, _signal_order(s.soort)))
    if acute is not None:
        found.insert(0, acute_signal(*acute))  # the most pressing comes first
    return found


_ORDER = {soort: index for index, soort in enumerate(SignaalSoort)}


def _signal_order(soort: SignaalSoort) -> int:
    return _ORDER[soort]
