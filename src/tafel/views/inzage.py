"""Inzage (AVG art. 15): everything tafel holds about one person of a case, as one frozen value.

The same value makes the readable PDF (:mod:`tafel.render.inzage_pdf`) and the machine-readable
JSON file (:meth:`InzageView.to_json`, described by ``resources/schemas/inzage.schema.json``),
so paper and file never tell two stories. Unlike the other views this one holds the whole
BSN: it is the person's own number, in an export they asked for.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

FORMAT = "tafel-inzage/1"

#: The parts of an inzage, in reading order: (key, heading, what it holds).
ONDERDELEN: tuple[tuple[str, str, str], ...] = (
    ("persoonsgegevens", "Persoonsgegevens",
     "Wat tafel over je weet: naam, contactgegevens en, als die is ingevuld, je BSN."),
    ("gesprekken", "Gesprekken en scores",
     "De keukentafelgesprekken en snelle checks, met jouw cijfers en die van de consulent."),
    ("plannen", "Toekomstplan en versies",
     "Elke versie van het plan waarin je staat, of de afspraken waarvan jij de eigenaar bent."),
    ("handtekeningen", "Handtekeningen", "De handtekeningen die je zelf hebt gezet."),
    ("toestemmingen", "Toestemmingen",
     "Toestemmingen die je gaf, of waarmee gegevens met jou gedeeld mochten worden."),
    ("overleggen", "Casus-overleggen",
     "De overleggen waarbij je was, of waarvoor je was uitgenodigd."),
    ("verzoeken", "Jouw verzoeken",
     "Teksten die op jouw verzoek zijn verbeterd of verwijderd (AVG artikel 16 en 17). De "
     "oude tekst staat nergens meer in tafel, ook hier niet."),
    ("logboek", "Wie heeft wat gedaan",
     "Het logboek over jou en je casus: wie, wanneer en wat. Het logboek bevat nooit tekst "
     "uit je dossier."),
)


@dataclass(frozen=True)
class InzageVeld:
    """One fact: a stable key for the JSON file, a Dutch label for paper, and its value.

    ``waarde`` is a plain JSON value (text, number, yes/no, empty, or lists and maps of them).
    """

    sleutel: str
    label: str
    waarde: Any


@dataclass(frozen=True)
class InzageRecord:
    """One record of the vault about the person (a consent, a signature, a plan version...)."""

    soort: str
    id: str
    titel: str
    datum: str | None
    velden: tuple[InzageVeld, ...]

    def to_json(self) -> dict[str, Any]:
        """The record as the JSON file holds it."""
        return {"soort": self.soort, "id": self.id, "titel": self.titel, "datum": self.datum,
                "gegevens": {v.sleutel: v.waarde for v in self.velden}}


@dataclass(frozen=True)
class InzageView:
    """Everything about one person of one case, by part (keys of :data:`ONDERDELEN`)."""

    referentie: str
    persoon_id: str
    persoon_soort: str  # "persoon" (household) or "betrokkene" (network)
    naam: str
    omschrijving: str  # "de jongere", "ouder", "netwerk: mentor"...
    gemaakt_op: datetime
    gemaakt_door: str
    onderdelen: tuple[tuple[str, tuple[InzageRecord, ...]], ...]

    def records(self, sleutel: str) -> tuple[InzageRecord, ...]:
        """The records of one part (empty when it has none)."""
        return dict(self.onderdelen).get(sleutel, ())

    def to_json(self) -> dict[str, Any]:
        """The whole inzage as the JSON file holds it (schema: inzage.schema.json)."""
        return {
            "formaat": FORMAT,
            "gemaakt_op": self.gemaakt_op.isoformat(timespec="seconds"),
            "gemaakt_door": self.gemaakt_door,
            "casus": {"referentie": self.referentie},
            "persoon": {"id": self.persoon_id, "soort": self.persoon_soort, "naam": self.naam,
                        "omschrijving": self.omschrijving},
            "onderdelen": {key: [r.to_json() for r in self.records(key)]
                           for key, _, _ in ONDERDELEN},
        }
