"""Translated names for the domain's stable keys (statuses, roles, signals, laws...).

The core stores keys such as ``"waakvlam"``; this module is the only place that turns them
into words, through Qt's translation system (context ``Labels``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tafel.domain.checklist18 import PuntStaat
from tafel.domain.enums import (
    AanmeldRoute,
    CasusStatus,
    Gegevenscategorie,
    GesprekPlaats,
    Grondslag,
    NetwerkSoort,
    Rol,
    Wetskader,
)
from tafel.domain.juridisch import Instantie, Maatregel
from tafel.domain.signals import SignaalSoort


def status_label(status: CasusStatus) -> str:
    """A case status in words."""
    return {
        CasusStatus.AANMELDING: QCoreApplication.translate("Labels", "Referral"),
        CasusStatus.INTAKE: QCoreApplication.translate("Labels", "Intake"),
        CasusStatus.PLAN: QCoreApplication.translate("Labels", "Plan"),
        CasusStatus.UITVOERING: QCoreApplication.translate("Labels", "In progress"),
        CasusStatus.EVALUATIE: QCoreApplication.translate("Labels", "Evaluation"),
        CasusStatus.AFGESLOTEN: QCoreApplication.translate("Labels", "Closed"),
        CasusStatus.WAAKVLAM: QCoreApplication.translate("Labels", "Pilot light"),
        CasusStatus.OVERGEDRAGEN: QCoreApplication.translate("Labels", "Handed over"),
    }[status]


def route_label(route: AanmeldRoute) -> str:
    """How a case came in (the aanmelding), in words."""
    return {
        AanmeldRoute.ZELF: QCoreApplication.translate("Labels", "Themselves"),
        AanmeldRoute.HUISARTS: QCoreApplication.translate("Labels", "GP (huisarts)"),
        AanmeldRoute.SCHOOL: QCoreApplication.translate("Labels", "School"),
        AanmeldRoute.GI: QCoreApplication.translate("Labels", "Youth protection (GI)"),
        AanmeldRoute.GEMEENTE: QCoreApplication.translate("Labels", "Municipality"),
        AanmeldRoute.OVERIG: QCoreApplication.translate("Labels", "Other"),
    }[route]


def role_label(role: Rol) -> str:
    """A household member's role in words."""
    return {
        Rol.JONGERE: QCoreApplication.translate("Labels", "Young person"),
        Rol.OUDER: QCoreApplication.translate("Labels", "Parent"),
        Rol.VERZORGER: QCoreApplication.translate("Labels", "Carer"),
        Rol.PARTNER: QCoreApplication.translate("Labels", "Partner"),
        Rol.KIND: QCoreApplication.translate("Labels", "Child"),
        Rol.BROER_ZUS: QCoreApplication.translate("Labels", "Brother or sister"),
        Rol.OVERIG: QCoreApplication.translate("Labels", "Other"),
    }[role]


def network_kind_label(kind: NetwerkSoort) -> str:
    """Informal network or professional."""
    return {
        NetwerkSoort.INFORMEEL: QCoreApplication.translate("Labels", "Own network"),
        NetwerkSoort.PROFESSIONEEL: QCoreApplication.translate("Labels", "Professional"),
    }[kind]


def category_label(category: Gegevenscategorie | str) -> str:
    """A data category a toestemming covers."""
    return {
        Gegevenscategorie.WONEN: QCoreApplication.translate("Labels", "Housing"),
        Gegevenscategorie.INKOMEN: QCoreApplication.translate("Labels", "Income"),
        Gegevenscategorie.WELZIJN: QCoreApplication.translate("Labels", "Wellbeing"),
        Gegevenscategorie.SCHOOL_WERK: QCoreApplication.translate("Labels", "School & Work"),
        Gegevenscategorie.SUPPORT: QCoreApplication.translate("Labels", "Support"),
        Gegevenscategorie.PERSOONSGEGEVENS: QCoreApplication.translate(
            "Labels", "Personal details"
        ),
        Gegevenscategorie.NOTITIES: QCoreApplication.translate("Labels", "Notes"),
        Gegevenscategorie.TOEKOMSTPLAN: QCoreApplication.translate("Labels", "The future plan"),
    }[Gegevenscategorie(category)]


def basis_label(basis: Grondslag) -> str:
    """Consent or the legal basis that stands in for it."""
    return {
        Grondslag.TOESTEMMING: QCoreApplication.translate("Labels", "Consent"),
        Grondslag.WETTELIJKE_TAAK: QCoreApplication.translate("Labels", "Legal task"),
        Grondslag.CONVENANT: QCoreApplication.translate("Labels", "Covenant"),
        Grondslag.VITAAL_BELANG: QCoreApplication.translate("Labels", "Vital interest"),
    }[basis]


def law_label(law: Wetskader | None) -> str:
    """A legal framework's usual short name."""
    if law is None:
        return QCoreApplication.translate("Labels", "none yet")
    return {
        Wetskader.JEUGDWET: "Jeugdwet",
        Wetskader.WMO: "Wmo",
        Wetskader.PARTICIPATIEWET: "Participatiewet",
        Wetskader.ZVW: "Zvw",
        Wetskader.WLZ: "Wlz",
    }[law]


def signal_label(kind: SignaalSoort) -> str:
    """A signal in a few words, for chips and the list."""
    return {
        SignaalSoort.ACUUT: QCoreApplication.translate("Labels", "Acute: a score of 1"),
        SignaalSoort.WORDT_16: QCoreApplication.translate("Labels", "Turns 16: start the plan"),
        SignaalSoort.WORDT_17_5: QCoreApplication.translate("Labels", "17½: home visit"),
        SignaalSoort.WORDT_18_ZONDER_PLAN: QCoreApplication.translate(
            "Labels", "Turns 18 within half a year, no toekomstplan yet"
        ),
        SignaalSoort.WORDT_18: QCoreApplication.translate(
            "Labels", "Turns 18, toekomstplan is there"
        ),
        SignaalSoort.WORDT_18_MAATREGEL_STOPT: QCoreApplication.translate(
            "Labels", "Turns 18: legal measure ends"
        ),
        SignaalSoort.WORDT_21: QCoreApplication.translate("Labels", "Turns 21: look again"),
        SignaalSoort.WORDT_23: QCoreApplication.translate("Labels", "Turns 23: look again"),
        SignaalSoort.WORDT_27: QCoreApplication.translate("Labels", "Turns 27: look again"),
        SignaalSoort.INDICATIE_LOOPT_AF: QCoreApplication.translate("Labels", "Care ends soon"),
        SignaalSoort.INDICATIE_STOPT_BIJ_18: QCoreApplication.translate(
            "Labels", "Care stops at 18"
        ),
        SignaalSoort.WACHTLIJST: QCoreApplication.translate("Labels", "On a waiting list"),
        SignaalSoort.EVALUATIE_VERSTREKEN: QCoreApplication.translate(
            "Labels", "Evaluation date has passed"
        ),
        SignaalSoort.OVERLEG_EVALUATIE_VERSTREKEN: QCoreApplication.translate(
            "Labels", "Evaluation after the casus-overleg has passed"
        ),
        SignaalSoort.BEWAARTERMIJN_VERSTREKEN: QCoreApplication.translate(
            "Labels", "Retention term has passed"
        ),
        SignaalSoort.TOESTEMMING_VERLOOPT: QCoreApplication.translate(
            "Labels", "Consent expires within a month"
        ),
        SignaalSoort.VERWIJZING_ZONDER_VERVOLG: QCoreApplication.translate(
            "Labels", "Referral without follow-up"
        ),
    }[kind]


def place_label(place: GesprekPlaats) -> str:
    """Where a conversation took place, in the interface language."""
    return {
        GesprekPlaats.KEUKENTAFEL: QCoreApplication.translate("Labels", "At the kitchen table"),
        GesprekPlaats.HUISBEZOEK: QCoreApplication.translate("Labels", "Home visit"),
        GesprekPlaats.KANTOOR: QCoreApplication.translate("Labels", "At the office"),
        GesprekPlaats.CASUS_OVERLEG: QCoreApplication.translate("Labels", "Casus-overleg"),
        GesprekPlaats.TELEFOON: QCoreApplication.translate("Labels", "By phone or video"),
    }[place]


def measure_label(kind: Maatregel) -> str:
    """A legal status in words, with the Dutch term the papers use."""
    return {
        Maatregel.OTS: QCoreApplication.translate(
            "Labels", "OTS (supervision order, ondertoezichtstelling)"),
        Maatregel.VOOGDIJ: QCoreApplication.translate("Labels", "Guardianship (voogdij)"),
        Maatregel.GESLOTEN_MACHTIGING: QCoreApplication.translate(
            "Labels", "Secure care order (gesloten machtiging)"),
        Maatregel.RAADSONDERZOEK: QCoreApplication.translate(
            "Labels", "Investigation by the Raad voor de Kinderbescherming"),
    }[kind]


def body_label(body: Instantie) -> str:
    """The body that ordered or carries out a legal status."""
    return {
        Instantie.KINDERRECHTER: QCoreApplication.translate(
            "Labels", "Juvenile judge (kinderrechter)"),
        Instantie.GI: QCoreApplication.translate(
            "Labels", "Certified institution (GI, jeugdbescherming)"),
        Instantie.RAAD: QCoreApplication.translate("Labels", "Raad voor de Kinderbescherming"),
        Instantie.ANDERS: QCoreApplication.translate("Labels", "Another body"),
    }[body]


def item_state_label(state: PuntStaat) -> str:
    """Where a checklist item stands."""
    return {
        PuntStaat.OPEN: QCoreApplication.translate("Labels", "Still open"),
        PuntStaat.GEREGELD: QCoreApplication.translate("Labels", "Arranged"),
        PuntStaat.NIET_NODIG: QCoreApplication.translate("Labels", "Not needed"),
    }[state]
