"""The audit log, readable: "wie heeft wat gezien of gedeeld, en waarom", in plain Dutch.

NEN 7513 asks that a client can see their own log, chronologically: who (name, organisation
and role), which data, which action, and on which consent or legal basis. The log itself
holds ids and fixed words only (:mod:`tafel.services.audit`); this module turns a row into
frozen lines a screen, a command and the household's printed overview share. The basis's
toestemming ids are named here (recipient and purpose, from the vault), never in the log.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from tafel.domain.dates import short_date
from tafel.domain.models import AuditEvent
from tafel.domain.records import AuditAction, RecordKind

LOCAL = ZoneInfo("Europe/Amsterdam")

# The fixed words of the basis (the same as in services.audit; views may not import it).
WETTELIJKE_TAAK = "wettelijke taak"
EIGEN_DOSSIER = "eigen dossier"
TOESTEMMING = "toestemming"


class LogSoort(StrEnum):
    """The kinds of entries the log can be filtered by."""

    GEZIEN = "gezien"  # a case, the list, a plan, a conversation was looked at
    GEDEELD = "gedeeld"  # printed, saved as pdf, exported, read in, shown in a casus-overleg
    GEWIJZIGD = "gewijzigd"  # anything written about a case
    KLUIS = "kluis"  # the vault's own moments: unlock, lock, passphrase, keys


SOORT_NAMEN = {
    LogSoort.GEZIEN: "Gezien",
    LogSoort.GEDEELD: "Gedeeld of afgedrukt",
    LogSoort.GEWIJZIGD: "Gewijzigd",
    LogSoort.KLUIS: "De kluis zelf",
}

_SHARED = {AuditAction.AFGEDRUKT, AuditAction.OPGESLAGEN_ALS_PDF, AuditAction.GEEXPORTEERD,
           AuditAction.INGELEZEN}

#: Which data, in the household's words.
DATA = {
    RecordKind.KLUIS: "de kluis",
    RecordKind.LOGBOEK: "het logboek",
    RecordKind.CASUSLIJST: "de lijst met alle casussen",
    RecordKind.CASUS: "het dossier",
    RecordKind.HUISHOUDEN: "de gegevens van het huishouden",
    RecordKind.PERSOON: "persoonsgegevens",
    RecordKind.BETROKKENE: "het netwerk",
    RecordKind.TOESTEMMING: "een toestemming",
    RecordKind.INDICATIE: "de zorg die er al is",
    RecordKind.JURIDISCHE_STATUS: "een maatregel (juridische status)",
    RecordKind.CHECKLISTPUNT: "de checklist 18-/18+",
    RecordKind.VERWIJZING: "een verwijzing",
    RecordKind.LOPEND_GESPREK: "het gesprek dat nog loopt",
    RecordKind.GESPREK: "het keukentafelgesprek",
    RecordKind.TOEKOMSTPLAN: "het toekomstplan",
    RecordKind.PLANVERSIE: "het toekomstplan",
    RecordKind.HANDTEKENING: "een handtekening",
    RecordKind.BEWAARD_FORMULIER: "een half ingevuld formulier",
    RecordKind.MEDEWERKER: "de eigen gegevens van de medewerker",
    RecordKind.SLEUTELS: "de sleutels van de kluis",
    RecordKind.PARTIJ: "een organisatie waarmee gegevens worden uitgewisseld",
    RecordKind.BUNDEL: "gegevens in een bundel",
    RecordKind.OVERLEG: "het casus-overleg",
    RecordKind.TEKSTCORRECTIE: "een tekst in het toekomstplan",
}

#: What was done, where the stored word does not read well after "heeft ... ".
_ACTIONS = {
    AuditAction.GEEXPORTEERD: "gedeeld met een andere organisatie",
    AuditAction.INGELEZEN: "ontvangen van een andere organisatie",
    AuditAction.OPGESLAGEN_ALS_PDF: "als pdf bewaard",
    AuditAction.STATUS: "een andere fase gegeven",
    AuditAction.CASUSREGISSEUR: "een andere casusregisseur gegeven",
    AuditAction.NIEUWE_VERSIE: "een nieuwe versie gegeven",
    AuditAction.VOLLEDIG_GETEKEND: "door iedereen laten tekenen",
    AuditAction.RITME: "een ander evaluatieritme gegeven",
    AuditAction.BEWAARD_BIJ_VERGRENDELEN: "bewaard bij het vergrendelen",
    AuditAction.TERUGGEZET: "teruggezet na het ontgrendelen",
    AuditAction.MISLUKT_ONTGRENDELEN: "geprobeerd te openen",
    AuditAction.LOG_GEWIJZIGD: "buiten tafel om gewijzigd gevonden",
    AuditAction.LOG_WIJZIGING_GEZIEN: "gezien dat het buiten tafel om gewijzigd was",
    AuditAction.WACHTWOORDZIN_GEWIJZIGD: "een nieuwe wachtwoordzin gegeven",
    AuditAction.SLEUTELS_VERVANGEN: "nieuwe sleutels gegeven",
    AuditAction.VERIFICATIE_INGETROKKEN: "niet meer als gecontroleerd aangemerkt",
    AuditAction.WACHT: "laten wachten op een eerdere bundel",
    AuditAction.GECORRIGEERD: "op verzoek verbeterd of verwijderd, ook uit de eerdere versies",
}

#: A draft conversation as the log named it before tafel had one list of words (a vault from
#: before migration 0006). The entry itself stays as it is (its hash covers it).
_EARLIER_KINDS = {"gesprekconcept": RecordKind.LOPEND_GESPREK.value}


@dataclass(frozen=True, slots=True)
class LogRegel:
    """One entry of the log, ready to read (no case text: the log holds none)."""

    volgnummer: int
    tijdstip: datetime  # UTC
    wie: str
    organisatie: str
    rol: str
    namens: str
    werkplek: str
    actie: str
    soort: str
    record_id: str
    casus_id: str
    referentie: str  # the case's reference, or "" (entries about the vault)
    details: str
    resultaat: str  # gelukt, geweigerd, or "" for an entry from before the NEN 7513 fields
    herkomst: str
    grondslag: str
    grondslag_tekst: str  # the basis in plain Dutch, consents named

    @property
    def lokaal(self) -> datetime:
        """The moment in Dutch time."""
        return self.tijdstip.astimezone(LOCAL)

    @property
    def moment(self) -> str:
        """``23-11-2026 14:02``."""
        local = self.lokaal
        return f"{short_date(local.date())} {local:%H:%M}"

    @property
    def wie_tekst(self) -> str:
        """``Fatima Amrani (jongerencoach, Wijkteam Oost)``, and on whose behalf if another."""
        functie = ", ".join(part for part in (self.rol, self.organisatie) if part)
        text = f"{self.wie} ({functie})" if functie else self.wie
        if self.namens and self.namens != self.wie:
            text += f", namens {self.namens}"
        return text

    @property
    def kind(self) -> LogSoort:
        """Seen, shared, changed, or the vault's own."""
        return log_soort(self.actie, self.soort, self.casus_id)

    @property
    def gegevens(self) -> str:
        """Which data, in plain words (a plan with its version)."""
        if self.soort == RecordKind.OVERLEG and self.actie == AuditAction.GESTART:
            return "het toekomstplan"  # the wall shows the plan, as far as those present may
        try:
            words = DATA[RecordKind(_EARLIER_KINDS.get(self.soort, self.soort))]
        except ValueError:
            words = self.soort
        if self.soort in (RecordKind.PLANVERSIE, RecordKind.HANDTEKENING) and \
                self.details.startswith("versie "):
            words += f" ({self.details.split(',')[0]})"
        return words

    @property
    def handeling(self) -> str:
        """What was done, as it reads after "heeft ... "."""
        if self.soort == RecordKind.OVERLEG and self.actie == AuditAction.GESTART:
            return "laten zien in een casus-overleg"
        # before 0006 a status change was logged as "status <the new status>"
        actie = AuditAction.STATUS.value if self.actie.startswith("status ") else self.actie
        try:
            return _ACTIONS.get(AuditAction(actie), actie)
        except ValueError:
            return self.actie

    @property
    def zin(self) -> str:
        """The line in plain Dutch: who did what with which data (the why stands apart)."""
        if self.actie == AuditAction.MISLUKT_ONTGRENDELEN:
            return "Iemand heeft de kluis geprobeerd te openen met een verkeerde wachtwoordzin"
        sentence = f"{self.wie_tekst} heeft {self.gegevens} {self.handeling}"
        if self.resultaat == "geweigerd":
            sentence += " (geweigerd)"
        return sentence

    def to_json(self) -> dict[str, Any]:
        """For ``tafel log --json`` (English keys, as the other commands)."""
        return {
            "number": self.volgnummer, "time": self.tijdstip.isoformat(), "who": self.wie,
            "organisation": self.organisatie, "role": self.rol,
            "on_behalf_of": self.namens or self.wie, "workstation": self.werkplek,
            "action": self.actie, "kind": self.soort, "record_id": self.record_id,
            "case_id": self.casus_id or None, "case": self.referentie or None,
            "details": self.details, "result": self.resultaat or None,
            "origin": self.herkomst or None, "basis": self.grondslag or None,
            "basis_text": self.grondslag_tekst, "sentence": self.zin,
        }


def log_soort(actie: str, soort: str, casus_id: str) -> LogSoort:
    """Which filter kind an entry belongs to."""
    if actie == AuditAction.BEKEKEN:
        return LogSoort.GEZIEN
    if actie in _SHARED or (soort == RecordKind.OVERLEG and actie == AuditAction.GESTART):
        return LogSoort.GEDEELD
    return LogSoort.GEWIJZIGD if casus_id else LogSoort.KLUIS


def acties_van(kind: LogSoort) -> tuple[str, ...] | None:
    """The stored actions of ``GEZIEN`` and ``GEDEELD`` (for the query), else None."""
    if kind is LogSoort.GEZIEN:
        return (AuditAction.BEKEKEN.value,)
    if kind is LogSoort.GEDEELD:
        return (*(a.value for a in _SHARED), AuditAction.GESTART.value)
    return None


def grondslag_tekst(grondslag: str, resultaat: str, toestemmingen: Mapping[str, str]) -> str:
    """The basis in plain Dutch; ``toestemmingen`` names a toestemming id."""
    if not resultaat:
        return "niet vastgelegd (regel van voor de NEN 7513-velden)"
    if grondslag == WETTELIJKE_TAAK:
        return "wettelijke taak: het werk van de consulent aan dit dossier"
    if grondslag == EIGEN_DOSSIER:
        return "eigen dossier: voor het huishouden zelf"
    if grondslag.startswith(TOESTEMMING + " "):
        ids = [p.strip() for p in grondslag[len(TOESTEMMING) + 1:].split(",") if p.strip()]
        named = [toestemmingen.get(i, "een toestemming die er niet meer is") for i in ids]
        return "toestemming: " + "; ".join(named)
    return grondslag or "geen gegevens van een huishouden"


def log_regel(event: AuditEvent, referenties: Mapping[str, str],
              toestemmingen: Mapping[str, str]) -> LogRegel:
    """One row as a line."""
    moment = event.tijdstip if event.tijdstip.tzinfo else event.tijdstip.replace(tzinfo=UTC)
    return LogRegel(
        int(event.volgnummer or 0), moment, event.wie, event.organisatie, event.rol,
        event.namens, event.werkplek, event.actie, event.soort, event.record_id,
        event.casus_id, referenties.get(event.casus_id, ""), event.details, event.resultaat,
        event.herkomst, event.grondslag,
        grondslag_tekst(event.grondslag, event.resultaat, toestemmingen))


@dataclass(frozen=True, slots=True)
class LogFilter:
    """Which lines to show: a case, a period (dates inclusive), a person, a kind."""

    casus_id: str | None = None
    van: date | None = None
    tot: date | None = None
    wie: str | None = None
    soort: LogSoort | None = None


@dataclass(frozen=True, slots=True)
class Logboek:
    """The lines that pass the filter, oldest first, and who appears in the whole log."""

    regels: tuple[LogRegel, ...]
    filter: LogFilter
    personen: tuple[str, ...]
    referentie: str = ""  # the case's reference when the filter names one
    huishouden: str = ""  # the household's name, for the household's overview

    @property
    def leeg(self) -> bool:
        """Nothing passes the filter."""
        return not self.regels


def voor_huishouden(regels: Sequence[LogRegel]) -> list[LogRegel]:
    """What the household's overview shows: who saw or shared their data (not every edit)."""
    return [r for r in regels if r.kind in (LogSoort.GEZIEN, LogSoort.GEDEELD)]
