"""The Dutch words for each signal outside the interface: ``tafel show`` and scripts.

The screens name signals through Qt's translations (``ui/labels.py``); the command line has
no translator, so it reads its words here. They are the same Dutch words as the case list's
chips (``tests/ui/test_signal_texts.py`` holds the two together), so a script and the screen
never name one signal in two ways.
"""

from __future__ import annotations

from tafel.domain.signals import SignaalSoort

SIGNAAL_TEKSTEN: dict[SignaalSoort, str] = {
    SignaalSoort.ACUUT: "Acuut: een score 1",
    SignaalSoort.WORDT_16: "Wordt 16: begin het plan",
    SignaalSoort.WORDT_17_5: "17½: huisbezoek",
    SignaalSoort.WORDT_18_ZONDER_PLAN: "Wordt binnen een half jaar 18, nog geen toekomstplan",
    SignaalSoort.WORDT_18: "Wordt 18, toekomstplan is er",
    SignaalSoort.WORDT_18_MAATREGEL_STOPT: "Wordt 18: maatregel stopt",
    SignaalSoort.WORDT_21: "Wordt 21: kijk opnieuw",
    SignaalSoort.WORDT_23: "Wordt 23: kijk opnieuw",
    SignaalSoort.WORDT_27: "Wordt 27: kijk opnieuw",
    SignaalSoort.INDICATIE_LOOPT_AF: "Zorg stopt binnenkort",
    SignaalSoort.INDICATIE_STOPT_BIJ_18: "Zorg stopt bij 18",
    SignaalSoort.WACHTLIJST: "Op een wachtlijst",
    SignaalSoort.EVALUATIE_VERSTREKEN: "Evaluatiedatum is voorbij",
    SignaalSoort.OVERLEG_EVALUATIE_VERSTREKEN: "Evaluatie na het casus-overleg is voorbij",
    SignaalSoort.BEWAARTERMIJN_VERSTREKEN: "Bewaartermijn is voorbij",
    SignaalSoort.TOESTEMMING_VERLOOPT: "Toestemming verloopt binnen een maand",
    SignaalSoort.VERWIJZING_ZONDER_VERVOLG: "Verwijzing zonder vervolg",
}


def signaal_tekst(soort: SignaalSoort) -> str:
    """A signal in a few Dutch words; a kind without words yet is named by its key."""
    return SIGNAAL_TEKSTEN.get(soort, soort.value.replace("_", " ").capitalize())
