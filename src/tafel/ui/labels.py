"""Translated names for the domain's stable keys (statuses, roles, signals, laws...).

The core stores keys such as ``"waakvlam"``; this module is the only place that turns them
into words, through Qt's translation system (context ``Labels``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tafel.domain.enums import (
    CasusStatus,
    Gegevenscategorie,
    Grondslag,
    NetwerkSoort,
    Rol,
    Wetskader,
)
from tafel.domain.signals import SignaalSoort


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def status_label(status: CasusStatus) -> str:
    """A case status in words."""
    return {
        CasusStatus.AANMELDING: _t("Referral"),
        CasusStatus.INTAKE: _t("Intake"),
        CasusStatus.PLAN: _t("Plan"),
        CasusStatus.UITVOERING: _t("In progress"),
        CasusStatus.EVALUATIE: _t("Evaluation"),
        CasusStatus.AFGESLOTEN: _t("Closed"),
        CasusStatus.WAAKVLAM: _t("Pilot light"),
    }[status]


def role_label(role: Rol) -> str:
    """A household member's role in words."""
    return {
        Rol.JONGERE: _t("Young person"),
        Rol.OUDER: _t("Parent"),
        Rol.VERZORGER: _t("Carer"),
        Rol.PARTNER: _t("Partner"),
        Rol.KIND: _t("Child"),
        Rol.BROER_ZUS: _t("Brother or sister"),
        Rol.OVERIG: _t("Other"),
    }[role]


def network_kind_label(kind: NetwerkSoort) -> str:
    """Informal network or professional."""
    return {
        NetwerkSoort.INFORMEEL: _t("Own network"),
        NetwerkSoort.PROFESSIONEEL: _t("Professional"),
    }[kind]


def category_label(category: Gegevenscategorie | str) -> str:
    """A data category a toestemming covers."""
    return {
        Gegevenscategorie.WONEN: _t("Housing"),
        Gegevenscategorie.INKOMEN: _t("Income"),
        Gegevenscategorie.WELZIJN: _t("Wellbeing"),
        Gegevenscategorie.SCHOOL_WERK: _t("School & Work"),
        Gegevenscategorie.SUPPORT: _t("Support"),
        Gegevenscategorie.PERSOONSGEGEVENS: _t("Personal details"),
        Gegevenscategorie.NOTITIES: _t("Notes"),
    }[Gegevenscategorie(category)]


def basis_label(basis: Grondslag) -> str:
    """Consent or the legal basis that stands in for it."""
    return {
        Grondslag.TOESTEMMING: _t("Consent"),
        Grondslag.WETTELIJKE_TAAK: _t("Legal task"),
        Grondslag.CONVENANT: _t("Covenant"),
        Grondslag.VITAAL_BELANG: _t("Vital interest"),
    }[basis]


def law_label(law: Wetskader | None) -> str:
    """A legal framework's usual short name."""
    if law is None:
        return _t("none yet")
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
        SignaalSoort.WORDT_16: _t("Turns 16: start the plan"),
        SignaalSoort.WORDT_17_5: _t("17½: home visit"),
        SignaalSoort.WORDT_18: _t("Turns 18: toekomstplan ready?"),
        SignaalSoort.WORDT_21: _t("Turns 21: look again"),
        SignaalSoort.WORDT_23: _t("Turns 23: look again"),
        SignaalSoort.WORDT_27: _t("Turns 27: look again"),
        SignaalSoort.INDICATIE_LOOPT_AF: _t("Care ends soon"),
        SignaalSoort.INDICATIE_STOPT_BIJ_18: _t("Care stops at 18"),
        SignaalSoort.WACHTLIJST: _t("On a waiting list"),
    }[kind]
