"""Stable keys for the domain's lists.

The values are stored in the vault and travel in bundles, so they never change once released.
The interface maps each key to translated text (``tafel.ui.labels``); the core stays Qt-free.
"""

from __future__ import annotations

from enum import StrEnum


class Rol(StrEnum):
    """A person's place in the household."""

    JONGERE = "jongere"
    OUDER = "ouder"
    VERZORGER = "verzorger"
    PARTNER = "partner"
    KIND = "kind"
    BROER_ZUS = "broer_zus"
    OVERIG = "overig"


class CasusStatus(StrEnum):
    """Where a case stands. Nothing closes a case by itself: only a person does."""

    AANMELDING = "aanmelding"
    INTAKE = "intake"
    PLAN = "plan"
    UITVOERING = "uitvoering"
    EVALUATIE = "evaluatie"
    AFGESLOTEN = "afgesloten"
    WAAKVLAM = "waakvlam"
    #: Closed because another party took the case over (to whom is kept on the case).
    OVERGEDRAGEN = "overgedragen"

    @property
    def is_closed(self) -> bool:
        """Closed, waakvlam and handed-over cases are not active, but can be reopened."""
        return self in (CasusStatus.AFGESLOTEN, CasusStatus.WAAKVLAM, CasusStatus.OVERGEDRAGEN)

    @property
    def is_done(self) -> bool:
        """Closed or handed over: no longer ours to watch (waakvlam still is)."""
        return self in (CasusStatus.AFGESLOTEN, CasusStatus.OVERGEDRAGEN)


class AanmeldRoute(StrEnum):
    """How a case came in (the aanmelding): for referral-flow figures (seed 001 R25)."""

    ZELF = "zelf"
    HUISARTS = "huisarts"
    SCHOOL = "school"
    GI = "gi"  # a gecertificeerde instelling (youth protection)
    GEMEENTE = "gemeente"
    OVERIG = "overig"


class Pijler(StrEnum):
    """The Big 5 life domains, in their fixed order."""

    WONEN = "wonen"
    INKOMEN = "inkomen"
    WELZIJN = "welzijn"
    SCHOOL_WERK = "school_werk"
    SUPPORT = "support"


class Gegevenscategorie(StrEnum):
    """What a toestemming covers: each Big 5 pillar, personal details, notes and the plan."""

    WONEN = "wonen"
    INKOMEN = "inkomen"
    WELZIJN = "welzijn"
    SCHOOL_WERK = "school_werk"
    SUPPORT = "support"
    PERSOONSGEGEVENS = "persoonsgegevens"
    NOTITIES = "notities"
    TOEKOMSTPLAN = "toekomstplan"


class Grondslag(StrEnum):
    """Why data may be shared: consent, or a legal basis instead of it."""

    TOESTEMMING = "toestemming"
    WETTELIJKE_TAAK = "wettelijke_taak"
    CONVENANT = "convenant"
    VITAAL_BELANG = "vitaal_belang"


class NetwerkSoort(StrEnum):
    """Informal network (family, friends, mentor) or a professional."""

    INFORMEEL = "informeel"
    PROFESSIONEEL = "professioneel"


class Wetskader(StrEnum):
    """The law an indicatie (existing care) is based on."""

    JEUGDWET = "jeugdwet"
    WMO = "wmo"
    PARTICIPATIEWET = "participatiewet"
    ZVW = "zvw"
    WLZ = "wlz"


class GesprekSoort(StrEnum):
    """A full keukentafelgesprek across the Big 5, or a quick check at any contact."""

    KEUKENTAFELGESPREK = "keukentafelgesprek"
    SNELLE_CHECK = "snelle_check"


class GesprekPlaats(StrEnum):
    """Where the conversation took place."""

    KEUKENTAFEL = "keukentafel"
    HUISBEZOEK = "huisbezoek"
    KANTOOR = "kantoor"
    CASUS_OVERLEG = "casus_overleg"
    TELEFOON = "telefoon"


class Antwoord(StrEnum):
    """Yes, no, or not (yet) known: for questions asked at every intake."""

    JA = "ja"
    NEE = "nee"
    WEET_NIET = "weet_niet"


#: The Big 5 names as the young people wrote them; the same in every interface language.
PIJLER_NAMEN = {
    Pijler.WONEN: "Wonen",
    Pijler.INKOMEN: "Inkomen",
    Pijler.WELZIJN: "Welzijn",
    Pijler.SCHOOL_WERK: "School & Werk",
    Pijler.SUPPORT: "Support",
}
