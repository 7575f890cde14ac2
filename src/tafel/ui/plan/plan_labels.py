"""Translated words for the toekomstplan's keys: parts, questions, statuses, routes.

The core stores keys such as ``"wonen.zelf_doen"`` or ``"ter_ondertekening"``; the editor,
the signing and comparing dialogs all take their words from here (context ``PlanLabels``),
so a part is called the same everywhere. Each part also has a question in plain words,
because the young person reads the screen and writes the plan.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from tafel.domain.enums import PIJLER_NAMEN, Pijler, Rol
from tafel.domain.plan_content import (
    AfspraakStatus,
    DoorbraakSoort,
    KostenRoute,
    VersieStatus,
)
from tafel.ui.labels import role_label

if TYPE_CHECKING:
    from tafel.services.plan_views import Person


def _t(text: str) -> str:
    return QCoreApplication.translate("PlanLabels", text)


def part_label(key: str) -> str:
    """The heading of one free-text part, for example ``wonen.zelf_doen`` -> "What I do"."""
    head, _, part = key.partition(".")
    if not part:
        return {
            "perspectief": _t("Perspective"),
            "droom": _t("My dream"),
            "vangnet": _t("Safety net"),
        }.get(head, key)
    if head == "doorbraak":
        return {
            "blokkade": _t("What is in the way"),
            "regel": _t("Which rule or routine"),
            "beslisser": _t("Who decides"),
            "besluit": _t("The decision"),
            "onderbouwing": _t("Why (justification)"),
        }.get(part, key)
    if head == "waarden":
        return value_label(part)
    return {
        "ik_doel": _t("My goal"),
        "zelf_doen": _t("What I do myself"),
        "netwerk": _t("Who helps me (my network)"),
        "ondersteuning": _t("Support (who, which organisation)"),
        "behandeling": _t("Treatment"),
    }.get(part, key)


def part_question(key: str) -> str:
    """The question behind a part, in the young person's words (used as placeholder text)."""
    head, _, part = key.partition(".")
    if not part:
        return {
            "perspectief": _t("Where do you want to be in about six months? Say it in "
                              "your own words."),
            "droom": _t("And later, in a few years: what is your dream?"),
            "vangnet": _t("What happens if things do not work out? Who do you call, what "
                          "do we do then?"),
        }.get(head, "")
    if head == "doorbraak":
        return {
            "blokkade": _t("What stands between you and your perspective right now?"),
            "regel": _t("Which rule, law or way of working causes it?"),
            "beslisser": _t("Who can decide to make an exception?"),
            "besluit": _t("What was decided, and when?"),
            "onderbouwing": _t("Why is this the right choice? Written so it can be "
                               "justified in the file."),
        }.get(part, "")
    if head == "waarden":
        return value_question(part)
    return {
        "ik_doel": _t("What do you want to reach here? Start with \"I…\""),
        "zelf_doen": _t("What will you do yourself?"),
        "netwerk": _t("Who around you helps: family, friends, a mentor?"),
        "ondersteuning": _t("Which professional or volunteer helps, and from which "
                            "organisation?"),
        "behandeling": _t("Is there treatment? Only if it applies."),
    }.get(part, "")


def value_label(corner: str) -> str:
    """A corner of the waardendriehoek."""
    return {
        "legitimiteit": _t("Legitimacy"),
        "betrokkenheid": _t("Involvement"),
        "rendement": _t("Return"),
    }.get(corner, corner)


def value_question(corner: str) -> str:
    """The question each corner of the waardendriehoek asks."""
    return {
        "legitimiteit": _t("Is it lawful? Which rule allows it, or why is an exception "
                           "justified?"),
        "betrokkenheid": _t("Does it add to the young person's autonomy and quality of "
                            "life?"),
        "rendement": _t("Does it yield society more than it costs?"),
    }.get(corner, "")


def pillar_label(pijler: Pijler) -> str:
    """A Big 5 pillar, as the young people named them (the same in every language)."""
    return PIJLER_NAMEN[pijler]


def version_status_label(status: VersieStatus) -> str:
    """Where a version stands."""
    return {
        VersieStatus.CONCEPT: _t("Draft"),
        VersieStatus.TER_ONDERTEKENING: _t("Ready to sign"),
        VersieStatus.GETEKEND: _t("Signed"),
        VersieStatus.VERVANGEN: _t("Replaced"),
    }[status]


def afspraak_status_label(status: AfspraakStatus) -> str:
    """How an afspraak stands."""
    return {
        AfspraakStatus.OPEN: _t("To do"),
        AfspraakStatus.BEZIG: _t("Busy"),
        AfspraakStatus.GEDAAN: _t("Done"),
        AfspraakStatus.VERVALLEN: _t("Dropped"),
    }[status]


def route_label(route: KostenRoute) -> str:
    """A route in the cost comparison."""
    return {
        KostenRoute.HUIDIG: _t("Current route"),
        KostenRoute.DREIGEND: _t("Threatening route"),
        KostenRoute.PLAN: _t("This plan"),
    }[route]


def route_question(route: KostenRoute) -> str:
    """What each route of the cost comparison means."""
    return {
        KostenRoute.HUIDIG: _t("What the help costs now, if nothing changes."),
        KostenRoute.DREIGEND: _t("What it will cost if things go wrong (eviction, "
                                 "detention, placement…)."),
        KostenRoute.PLAN: _t("What this plan and its doorbraak cost."),
    }[route]


def doorbraak_kind_label(kind: DoorbraakSoort) -> str:
    """How a doorbraak is paid (a gift is not a beschikking)."""
    return {
        DoorbraakSoort.GIFT: _t("Gift (no beschikking)"),
        DoorbraakSoort.BESCHIKKING: _t("Beschikking (decision)"),
        DoorbraakSoort.GEEN_GELD: _t("No money involved"),
    }[kind]


def signer_kind_label(kind: str) -> str:
    """What part a signer plays."""
    return {
        "jongere": _t("Young person"),
        "ouder": _t("Parent or legal representative"),
        "professional": _t("Professional"),
        "netwerk": _t("Network"),
    }.get(kind, kind)


def person_role_label(person: Person) -> str:
    """What someone is to the young person, for owner pickers and signature lists.

    For example "Young person", "Parent", "Jeugdhulpverlener, Jeugdhulp Twente".
    """
    if person.soort == "jongere":
        return signer_kind_label("jongere")
    if person.sleutel.startswith("persoon:"):
        try:
            return role_label(Rol(person.rol))
        except ValueError:
            return person.rol
    return ", ".join(x for x in (person.rol, person.organisatie) if x) or signer_kind_label(
        person.soort)


def person_choice_label(person: Person) -> str:
    """A person as a line in a picker, short enough for a narrow field.

    For example "Yvonne Vlasblom (schuldhulpverlener)"; the organisation is left out here.
    """
    if person.soort == "jongere" or person.sleutel.startswith("persoon:"):
        role = person_role_label(person)
    else:
        role = person.rol or signer_kind_label(person.soort)
    return f"{person.naam} ({role})" if role else person.naam
