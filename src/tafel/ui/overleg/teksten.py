"""Words for the casus-overleg's screens: the agenda's steps, who someone is, the time box.

Shared by the control view, the start dialog and the attendance dialog, so a step or a kind
of person is called the same everywhere (context ``Overleg``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tafel.domain.overleg import TIJD_PER_STAP, AanwezigeSoort, AgendaStap
from tafel.ui.i18n import fill
from tafel.views.overleg import AanwezigeView

translate = QCoreApplication.translate


def stap_label(stap: AgendaStap) -> str:
    """An agenda step's name, as the Doorbraakmethode calls it."""
    return {
        AgendaStap.SITUATIESCHETS: translate("Overleg", "Situation"),
        AgendaStap.PERSPECTIEF: translate("Overleg", "Perspective"),
        AgendaStap.ZELF_DOEN: translate("Overleg", "Own actions"),
        AgendaStap.NETWERK: translate("Overleg", "Network"),
        AgendaStap.ONDERSTEUNING: translate("Overleg", "Support by professionals"),
        AgendaStap.BEHANDELING: translate("Overleg", "Treatment"),
        AgendaStap.DOORBRAAK: translate("Overleg", "Breakthrough"),
        AgendaStap.AFSPRAKEN: translate("Overleg", "Agreements"),
        AgendaStap.VANGNET: translate("Overleg", "Safety net"),
    }[stap]


def stap_vraag(stap: AgendaStap, jongere: str) -> str:
    """What the room talks about in a step, in a sentence."""
    return fill({
        AgendaStap.SITUATIESCHETS: translate(
            "Overleg", "Where does %1 stand now? Per pillar, what %1 wants to reach."),
        AgendaStap.PERSPECTIEF: translate(
            "Overleg", "First %1's own words: where %1 wants to be in about six months. Read "
                       "them out, or let %1 read them out."),
        AgendaStap.ZELF_DOEN: translate("Overleg", "What does %1 do to get there?"),
        AgendaStap.NETWERK: translate(
            "Overleg", "Who around %1 helps: family, friends, a mentor?"),
        AgendaStap.ONDERSTEUNING: translate(
            "Overleg", "Which professional or volunteer helps, and from which organisation?"),
        AgendaStap.BEHANDELING: translate("Overleg", "Is there treatment? Only if it applies."),
        AgendaStap.DOORBRAAK: translate(
            "Overleg", "What blocks the perspective, and who can decide on an exception?"),
        AgendaStap.AFSPRAKEN: translate(
            "Overleg", "Who does what, by when? Each agreement has one owner."),
        AgendaStap.VANGNET: translate(
            "Overleg", "What happens if things do not work out?"),
    }[stap], jongere)


def soort_label(soort: AanwezigeSoort) -> str:
    """How someone in the room stands to the case."""
    return {
        AanwezigeSoort.HUISHOUDEN: translate("Overleg", "household"),
        AanwezigeSoort.INFORMEEL: translate("Overleg", "own network"),
        AanwezigeSoort.PROFESSIONEEL: translate("Overleg", "professional"),
        AanwezigeSoort.GAST: translate("Overleg", "guest"),
    }[soort]


def persoon_regel(persoon: AanwezigeView) -> str:
    """A person as a line in an attendance list: "Noor (jongere)", "Yvonne (schuldhulp)"."""
    rol = persoon.rol or soort_label(persoon.soort)
    if not persoon.naam:  # named by role only (the room may not see who is around the case)
        return rol
    return f"{persoon.naam} ({rol})" if rol else persoon.naam


def minuten(seconden: float) -> str:
    """Elapsed time as minutes and seconds: "3:05"."""
    whole = max(0, int(seconden))
    return f"{whole // 60}:{whole % 60:02d}"


def tijd_tekst(stap: AgendaStap, seconden: float) -> str:
    """"3:05 of 10 min": the time spent on a step beside its time box."""
    return fill(translate("Overleg", "%1 of %2 min"), minuten(seconden), TIJD_PER_STAP[stap])
