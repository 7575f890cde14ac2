"""What the case list and the case overview show, as frozen values built from rows.

The services read the rows (``services/read_models.py``); these builders turn them into
views. The BSN is masked here, and each toestemming carries its state on the day the view
was made, from the one consent rule in :mod:`tafel.domain.consent`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from tafel.domain.bsn import masked_bsn
from tafel.domain.consent import ToestemmingStaat, toestemming_staat
from tafel.domain.enums import (
    AanmeldRoute,
    CasusStatus,
    Gegevenscategorie,
    Grondslag,
    NetwerkSoort,
    Rol,
    Wetskader,
)
from tafel.domain.models import Betrokkene, Casus, Huishouden, Indicatie, Persoon, Toestemming
from tafel.domain.signals import Signaal, SignaalSoort
from tafel.views.signaal_teksten import signaal_tekst
from tafel.views.verwijzingen import VerwijzingView


@dataclass(frozen=True, slots=True)
class CasusSummary:
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
class CasusView:
    """The case itself: reference, status, lead, dates, the reason and how it came in.

    ``overgedragen_aan``: to whom a case closed as handed over went (empty otherwise).
    """

    id: uuid.UUID
    referentie: str
    status: CasusStatus
    casusregisseur: str
    aangemeld_op: date
    afgesloten_op: date | None
    aanleiding: str
    status_voor_afsluiten: CasusStatus | None  # where a closed case reopens
    aangemeld_via: AanmeldRoute | None = None
    aangemeld_door: str = ""
    overgedragen_aan: str = ""


@dataclass(frozen=True)
class HuishoudenView:
    """The household: its name and where it lives."""

    id: uuid.UUID
    naam: str
    adres: str
    plaats: str


@dataclass(frozen=True)
class PersoonView:
    """A member of the household; ``bsn`` is masked (only its last three digits)."""

    id: uuid.UUID
    rol: Rol
    voornaam: str
    achternaam: str
    geboortedatum: date | None
    bsn: str | None
    telefoon: str
    email: str
    gezag: bool = False  # holds parental authority over the young person
    einddatum: date | None = None  # left the household on this day

    @property
    def naam(self) -> str:
        """First and last name, as shown."""
        return f"{self.voornaam} {self.achternaam}".strip()

    def ended(self, today: date) -> bool:
        """Whether this person has left the household by ``today`` (still in the history)."""
        return self.einddatum is not None and self.einddatum <= today

    def to_json(self, today: date) -> dict[str, object]:
        """The shape ``tafel show --json`` prints; the BSN only as masked here."""
        return {
            "id": str(self.id),
            "role": self.rol.value,
            "first_name": self.voornaam,
            "last_name": self.achternaam,
            "name": self.naam,
            "birth_date": _iso(self.geboortedatum),
            "bsn": self.bsn,
            "phone": self.telefoon,
            "email": self.email,
            "gezag": self.gezag,
            "end_date": _iso(self.einddatum),
            "ended": self.ended(today),
        }


@dataclass(frozen=True)
class BetrokkeneView:
    """Someone in the network, informal or professional."""

    id: uuid.UUID
    soort: NetwerkSoort
    naam: str
    rol: str
    organisatie: str
    telefoon: str
    email: str
    uren_per_week: float | None
    betaald_door: str
    einddatum: date | None
    altijd_er_voor_mij: bool
    startdatum: date | None = None
    partij_id: uuid.UUID | None = None  # linked to a known party (services/partijen.py)

    def ended(self, today: date) -> bool:
        """Whether this involvement has ended by ``today`` (it stays in the history)."""
        return self.einddatum is not None and self.einddatum <= today

    def to_json(self, today: date) -> dict[str, object]:
        """The shape ``tafel show --json`` prints."""
        return {
            "id": str(self.id),
            "kind": self.soort.value,
            "name": self.naam,
            "role": self.rol,
            "organisation": self.organisatie,
            "phone": self.telefoon,
            "email": self.email,
            "hours_per_week": self.uren_per_week,
            "paid_by": self.betaald_door,
            "start_date": _iso(self.startdatum),
            "end_date": _iso(self.einddatum),
            "always_there": self.altijd_er_voor_mij,
            "ended": self.ended(today),
        }


@dataclass(frozen=True)
class ToestemmingView:
    """A toestemming (or legal basis) with its state on the day of the view."""

    id: uuid.UUID
    ontvanger: str
    doel: str
    categorieen: tuple[Gegevenscategorie, ...]
    grondslag: Grondslag
    gegeven_door: str
    gegeven_op: date
    verloopt_op: date | None
    ingetrokken_op: date | None
    staat: ToestemmingStaat

    def to_json(self) -> dict[str, object]:
        """The shape ``tafel show --json`` prints; ``state`` by the one rule, on its day."""
        return {
            "id": str(self.id),
            "recipient": self.ontvanger,
            "purpose": self.doel,
            "categories": [c.value for c in self.categorieen],
            "basis": self.grondslag.value,
            "given_by": self.gegeven_door,
            "given_on": self.gegeven_op.isoformat(),
            "expires_on": _iso(self.verloopt_op),
            "withdrawn_on": _iso(self.ingetrokken_op),
            "state": self.staat.value,
            "covers": self.staat.covers,
        }


@dataclass(frozen=True)
class IndicatieView:
    """Existing care: under which law, by whom, until when, and what after 18."""

    id: uuid.UUID
    wetskader: Wetskader
    voorziening: str
    aanbieder: str
    startdatum: date | None
    einddatum: date | None
    kader_na_18: Wetskader | None
    wachtlijst: bool
    wachtlijst_sinds: date | None
    beeindigd_op: date | None = None
    reden_einde: str = ""

    def to_json(self) -> dict[str, object]:
        """The shape ``tafel show --json`` prints."""
        return {
            "id": str(self.id),
            "framework": self.wetskader.value,
            "provision": self.voorziening,
            "provider": self.aanbieder,
            "start_date": _iso(self.startdatum),
            "end_date": _iso(self.einddatum),
            "framework_after_18": None if self.kader_na_18 is None else self.kader_na_18.value,
            "waiting_list": self.wachtlijst,
            "waiting_since": _iso(self.wachtlijst_sinds),
        }


@dataclass(frozen=True)
class CasusOverview:
    """Everything the case overview shows about one case."""

    casus: CasusView
    huishouden: HuishoudenView
    jongere: PersoonView
    personen: tuple[PersoonView, ...]
    betrokkenen: tuple[BetrokkeneView, ...]
    toestemmingen: tuple[ToestemmingView, ...]
    indicaties: tuple[IndicatieView, ...]
    signalen: tuple[Signaal, ...]
    leeftijd: int | None
    verwijzingen: tuple[VerwijzingView, ...] = ()
    bewaarjaren: int | None = None  # the retention term in years (jeugdhulp at least 20)
    bewaren_tot: date | None = None  # its last day, counted from closing; None while open

    def to_json(self, today: date) -> dict[str, object]:
        """The people, consents, care and signals as ``tafel show --json`` prints them.

        ``today`` is the day the view was made on (the consents' states are of that day too).
        """
        return {
            "household": {
                "id": str(self.huishouden.id),
                "name": self.huishouden.naam,
                "address": self.huishouden.adres,
                "place": self.huishouden.plaats,
                "members": [p.to_json(today) for p in self.personen],
            },
            "network": [b.to_json(today) for b in self.betrokkenen],
            "consents": [t.to_json() for t in self.toestemmingen],
            "indicaties": [i.to_json() for i in self.indicaties],
            "signals": [
                {"kind": s.soort.value, "text": signaal_tekst(s.soort), "date": _iso(s.datum),
                 "about": s.onderwerp}
                for s in self.signalen
            ],
            "retention": {"years": self.bewaarjaren, "until": _iso(self.bewaren_tot)},
        }


def casus_view(row: Casus) -> CasusView:
    """A case row as a view."""
    return CasusView(row.id, row.referentie, row.status, row.casusregisseur, row.aangemeld_op,
                     row.afgesloten_op, row.aanleiding, row.status_voor_afsluiten,
                     row.aangemeld_via, row.aangemeld_door, row.overgedragen_aan)


def huishouden_view(row: Huishouden) -> HuishoudenView:
    """A household row as a view."""
    return HuishoudenView(row.id, row.naam, row.adres, row.plaats)


def persoon_view(row: Persoon) -> PersoonView:
    """A person row as a view, with the BSN masked."""
    return PersoonView(row.id, row.rol, row.voornaam, row.achternaam, row.geboortedatum,
                       masked_bsn(row.bsn) if row.bsn else None, row.telefoon, row.email,
                       row.gezag, row.einddatum)


def betrokkene_view(row: Betrokkene) -> BetrokkeneView:
    """A network row as a view."""
    return BetrokkeneView(row.id, row.soort, row.naam, row.rol, row.organisatie, row.telefoon,
                          row.email, row.uren_per_week, row.betaald_door, row.einddatum,
                          row.altijd_er_voor_mij, row.startdatum, row.partij_id)


def toestemming_view(row: Toestemming, on: date) -> ToestemmingView:
    """A toestemming row as a view, with its state on ``on``."""
    categories = tuple(Gegevenscategorie(c) for c in row.categorieen)
    return ToestemmingView(row.id, row.ontvanger, row.doel, categories, row.grondslag,
                           row.gegeven_door, row.gegeven_op, row.verloopt_op,
                           row.ingetrokken_op, toestemming_staat(row, on))


def indicatie_view(row: Indicatie) -> IndicatieView:
    """A care row as a view."""
    return IndicatieView(row.id, row.wetskader, row.voorziening, row.aanbieder, row.startdatum,
                         row.einddatum, row.kader_na_18, row.wachtlijst, row.wachtlijst_sinds,
                         row.beeindigd_op, row.reden_einde)


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()
