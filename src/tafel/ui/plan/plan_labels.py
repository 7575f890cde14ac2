"""Words for the toekomstplan's keys: parts, questions, statuses, routes.

The core stores keys such as ``"wonen.zelf_doen"`` or ``"ter_ondertekening"``; the editor,
the signing and comparing dialogs all take their words from here, so a part is called the
same everywhere. The parts' names come from :mod:`tafel.domain.plan_parts`, the table the
paper prints too; everything else is translated (context ``PlanLabels``). Each part also has
a question in plain words, because the young person reads the screen and writes the plan.
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
from tafel.domain.plan_parts import WAARDEN_NAMES, part_name
from tafel.ui.labels import role_label

if TYPE_CHECKING:
    from tafel.views.plans import PlanPersoon


# A short name for Qt's translate; lupdate finds the strings by this call.
translate = QCoreApplication.translate


def part_label(key: str) -> str:
    """The heading of one free-text part, for example ``wonen.zelf_doen`` -> "Zelf doen".

    The same words as on the paper, from :mod:`tafel.domain.plan_parts`: the parts' names are
    the method's Dutch terms, shown as they are (like the pillar names), not translated here.
    """
    return part_name(key)


def part_question(key: str) -> str:
    """The question behind a part, in the young person's words (used as placeholder text)."""
    head, _, part = key.partition(".")
    if not part:
        return {
            "perspectief": translate(
                "PlanLabels", "Where do you want to be in about six months? Say it in "
                              "your own words."),
            "droom": translate("PlanLabels", "And later, in a few years: what is your dream?"),
            "vangnet": translate(
                "PlanLabels", "What happens if things do not work out? Who do you call, what "
                          "do we do then?"),
        }.get(head, "")
    if head == "doorbraak":
        return {
            "blokkade": translate(
                "PlanLabels", "What stands between you and your perspective right now?"),
            "regel": translate("PlanLabels", "Which rule, law or way of working causes it?"),
            "beslisser": translate("PlanLabels", "Who can decide to make an exception?"),
            "besluit": translate("PlanLabels", "What was decided, and when?"),
            "onderbouwing": translate(
                "PlanLabels", "Why is this the right choice? Written so it can be "
                               "justified in the file."),
        }.get(part, "")
    if head == "waarden":
        return value_question(part)
    return {
        "ik_doel": translate("PlanLabels", "What do you want to reach here? Start with \"I…\""),
        "zelf_doen": translate("PlanLabels", "What will you do yourself?"),
        "netwerk": translate("PlanLabels", "Who around you helps: family, friends, a mentor?"),
        "ondersteuning": translate(
            "PlanLabels", "Which professional or volunteer helps, and from which "
                            "organisation?"),
        "behandeling": translate("PlanLabels", "Is there treatment? Only if it applies."),
    }.get(part, "")


def value_label(corner: str) -> str:
    """A corner of the waardendriehoek, named as on the paper."""
    return WAARDEN_NAMES.get(corner, corner)


def value_question(corner: str) -> str:
    """The question each corner of the waardendriehoek asks."""
    return {
        "legitimiteit": translate(
            "PlanLabels", "Is it lawful? Which rule allows it, or why is an exception "
                           "justified?"),
        "betrokkenheid": translate(
            "PlanLabels", "Does it add to the young person's autonomy and quality of "
                            "life?"),
        "rendement": translate("PlanLabels", "Does it yield society more than it costs?"),
    }.get(corner, "")


def pillar_label(pijler: Pijler) -> str:
    """A Big 5 pillar, as the young people named them (the same in every language)."""
    return PIJLER_NAMEN[pijler]


def version_status_label(status: VersieStatus) -> str:
    """Where a version stands."""
    return {
        VersieStatus.CONCEPT: translate("PlanLabels", "Draft"),
        VersieStatus.TER_ONDERTEKENING: translate("PlanLabels", "Ready to sign"),
        VersieStatus.GETEKEND: translate("PlanLabels", "Signed"),
        VersieStatus.VERVANGEN: translate("PlanLabels", "Replaced"),
    }[status]


def afspraak_status_label(status: AfspraakStatus) -> str:
    """How an afspraak stands."""
    return {
        AfspraakStatus.OPEN: translate("PlanLabels", "To do"),
        AfspraakStatus.BEZIG: translate("PlanLabels", "In progress"),
        AfspraakStatus.GEDAAN: translate("PlanLabels", "Done"),
        AfspraakStatus.VERVALLEN: translate("PlanLabels", "Dropped"),
    }[status]


def route_label(route: KostenRoute) -> str:
    """A route in the cost comparison."""
    return {
        KostenRoute.HUIDIG: translate("PlanLabels", "Current route"),
        KostenRoute.DREIGEND: translate("PlanLabels", "Threatening route"),
        KostenRoute.PLAN: translate("PlanLabels", "This plan"),
    }[route]


def route_question(route: KostenRoute) -> str:
    """What each route of the cost comparison means."""
    return {
        KostenRoute.HUIDIG: translate("PlanLabels", "What the help costs now, if nothing changes."),
        KostenRoute.DREIGEND: translate(
            "PlanLabels", "What it will cost if things go wrong (eviction, "
                                 "detention, placement…)."),
        KostenRoute.PLAN: translate("PlanLabels", "What this plan and its doorbraak cost."),
    }[route]


def doorbraak_kind_label(kind: DoorbraakSoort) -> str:
    """How a doorbraak is paid (a gift is not a beschikking)."""
    return {
        DoorbraakSoort.GIFT: translate("PlanLabels", "Gift (no beschikking)"),
        DoorbraakSoort.BESCHIKKING: translate("PlanLabels", "Beschikking (decision)"),
        DoorbraakSoort.GEEN_GELD: translate("PlanLabels", "No money involved"),
    }[kind]


def signer_kind_label(kind: str) -> str:
    """What part a signer plays."""
    return {
        "jongere": translate("PlanLabels", "Young person"),
        "ouder": translate("PlanLabels", "Parent or legal representative"),
        "professional": translate("PlanLabels", "Professional"),
        "netwerk": translate("PlanLabels", "Network"),
    }.get(kind, kind)


def person_role_label(person: PlanPersoon) -> str:
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


def person_choice_label(person: PlanPersoon) -> str:
    """A person as a line in a picker, short enough for a narrow field.

    For example "Yvonne Vlasblom (schuldhulpverlener)"; the organisation is left out here.
    """
    if person.soort == "jongere" or person.sleutel.startswith("persoon:"):
        role = person_role_label(person)
    else:
        role = person.rol or signer_kind_label(person.soort)
    return f"{person.naam} ({role})" if role else person.naam
