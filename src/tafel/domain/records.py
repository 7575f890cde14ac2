"""What the audit log and the change sets speak of: kinds of records and actions, as enums.

One list, so a screen that listens for changes to a ``PLANVERSIE`` and the log entry that says
a ``PLANVERSIE`` was ``BEWERKT`` use the same word. The values are the Dutch words stored in
the log (``soort`` and ``actie``); they never change once written.
"""

from __future__ import annotations

from enum import StrEnum


class RecordKind(StrEnum):
    """What a change or a log entry is about (the log's ``soort``)."""

    KLUIS = "kluis"
    LOGBOEK = "logboek"
    CASUSLIJST = "casuslijst"
    CASUS = "casus"
    HUISHOUDEN = "huishouden"
    PERSOON = "persoon"
    BETROKKENE = "betrokkene"
    TOESTEMMING = "toestemming"
    INDICATIE = "indicatie"
    JURIDISCHE_STATUS = "juridische_status"  # OTS, voogdij, gesloten machtiging, raadsonderzoek
    CHECKLISTPUNT = "checklistpunt"  # one item of the 18-/18+ checklist for one case
    VERWIJZING = "verwijzing"
    LOPEND_GESPREK = "lopend_gesprek"
    GESPREK = "gesprek"
    TOEKOMSTPLAN = "toekomstplan"
    PLANVERSIE = "planversie"
    HANDTEKENING = "handtekening"
    BEWAARD_FORMULIER = "bewaardformulier"
    MEDEWERKER = "medewerker"  # the consulent working in the vault (name, organisation, role)
    SLEUTELS = "sleutels"  # the vault's own age identity and signing key (never their value)
    PARTIJ = "partij"  # another vault whose card was imported
    BUNDEL = "bundel"  # a bundle exported to or read in from other parties
    VERNIETIGING = "vernietiging"  # a case destroyed: only its record of destruction stays
    OVERLEG = "overleg"  # a casus-overleg: who was in the room (ids), its record
    TEKSTCORRECTIE = "tekstcorrectie"  # a text corrected or removed on request (AVG 16/17)
    KENGETALLEN = "kengetallen"  # figures without names about all cases (exported as CSV)


class AuditAction(StrEnum):
    """What happened (the log's ``actie``)."""

    AANGEMAAKT = "aangemaakt"
    BEKEKEN = "bekeken"
    GESTART = "gestart"
    BEWAARD = "bewaard"  # a conversation draft saved as it is typed
    BEWERKT = "bewerkt"  # a plan version edited as it is typed
    GEWIJZIGD = "gewijzigd"
    WEGGEGOOID = "weggegooid"
    AFGEROND = "afgerond"
    VASTGELEGD = "vastgelegd"
    INGETROKKEN = "ingetrokken"
    BEEINDIGD = "beëindigd"  # someone left the household or the network; the record stays
    STATUS = "status gewijzigd"  # the details say from what to what
    AFGESLOTEN = "afgesloten"
    HEROPEND = "heropend"
    CASUSREGISSEUR = "casusregisseur gewijzigd"
    GETEKEND = "getekend"
    VOLLEDIG_GETEKEND = "volledig getekend"
    NIEUWE_VERSIE = "nieuwe versie"
    VERVANGEN = "vervangen"
    RITME = "ritme"
    AFGEDRUKT = "afgedrukt"
    OPGESLAGEN_ALS_PDF = "opgeslagen als pdf"
    BEWAARD_BIJ_VERGRENDELEN = "bewaard bij vergrendelen"
    TERUGGEZET = "teruggezet na ontgrendelen"
    ONTGRENDELD = "ontgrendeld"
    VERGRENDELD = "vergrendeld"
    MISLUKT_ONTGRENDELEN = "mislukt ontgrendelen"
    LOG_GEWIJZIGD = "buiten tafel gewijzigd"
    LOG_WIJZIGING_GEZIEN = "wijziging gezien"
    WACHTWOORDZIN_GEWIJZIGD = "wachtwoordzin gewijzigd"
    BACKUP_GEMAAKT = "back-up gemaakt"  # where it went is not logged (a folder may name someone)
    TERUGGEZET_UIT_BACKUP = "teruggezet uit back-up"  # a new vault made from a backup
    SLEUTELS_VERVANGEN = "sleutels vervangen"  # a known party's card came with new keys
    GEVERIFIEERD = "geverifieerd"  # the controlecode was compared face to face
    VERIFICATIE_INGETROKKEN = "verificatie ingetrokken"
    GEKOPPELD = "gekoppeld"  # a network entry linked to a known party
    ONTKOPPELD = "ontkoppeld"
    GEEXPORTEERD = "geëxporteerd"  # a bundle made: to whom, which categories, which consent
    INGELEZEN = "ingelezen"  # a bundle read in: from whom, which categories
    VERNIETIGD = "vernietigd"  # a case and everything in it removed (the record says why)
    WACHT = "wacht"  # a bundle kept until what it builds on arrives
    GECORRIGEERD = "gecorrigeerd op verzoek"  # a text corrected or removed (AVG art. 16/17)
