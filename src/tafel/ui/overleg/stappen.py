"""The agenda's steps as people read them: a Dutch name and the question each step asks.

One place for the wall, the mirror's strip and the consulent's control view, so a step is
called the same everywhere. The names are those of the Doorbraakmethode.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tafel.domain.overleg import AgendaStap

translate = QCoreApplication.translate


def _names() -> dict[AgendaStap, str]:
    return {
        AgendaStap.SITUATIESCHETS: translate("Agenda", "Situation"),
        AgendaStap.PERSPECTIEF: translate("Agenda", "Perspective"),
        AgendaStap.ZELF_DOEN: translate("Agenda", "Doing it yourself"),
        AgendaStap.NETWERK: translate("Agenda", "Network"),
        AgendaStap.ONDERSTEUNING: translate("Agenda", "Support"),
        AgendaStap.BEHANDELING: translate("Agenda", "Treatment"),
        AgendaStap.DOORBRAAK: translate("Agenda", "Breakthrough"),
        AgendaStap.AFSPRAKEN: translate("Agenda", "Agreements"),
        AgendaStap.VANGNET: translate("Agenda", "Safety net"),
    }


def _questions() -> dict[AgendaStap, str]:
    return {
        AgendaStap.SITUATIESCHETS: translate(
            "Agenda", "Where are you now, and what do you want to reach?"),
        AgendaStap.PERSPECTIEF: translate("Agenda", "What does your future look like?"),
        AgendaStap.ZELF_DOEN: translate("Agenda", "What will you do yourself?"),
        AgendaStap.NETWERK: translate("Agenda", "Who around you will help?"),
        AgendaStap.ONDERSTEUNING: translate("Agenda", "What support is needed?"),
        AgendaStap.BEHANDELING: translate("Agenda", "Is treatment or care needed?"),
        AgendaStap.DOORBRAAK: translate(
            "Agenda", "What is in the way, and what would break through it?"),
        AgendaStap.AFSPRAKEN: translate("Agenda", "Who does what, and by when?"),
        AgendaStap.VANGNET: translate("Agenda", "What if it does not work out for a while?"),
    }


def stap_naam(stap: AgendaStap) -> str:
    """The step's name: "Situatieschets", "Zelf doen", "Afspraken"."""
    return _names()[AgendaStap(stap)]


def stap_vraag(stap: AgendaStap) -> str:
    """The question the step puts to the room, in plain words."""
    return _questions()[AgendaStap(stap)]


def stap_nummer(stap: AgendaStap) -> int:
    """1 to 9, in the order of the agenda."""
    return list(AgendaStap).index(AgendaStap(stap)) + 1
