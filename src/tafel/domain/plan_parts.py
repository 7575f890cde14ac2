"""The names of the toekomstplan's parts: one table for the screen and the paper.

The parts are the method's own terms (zelf doen, netwerk, ondersteuning, behandeling,
doorbraak, waardendriehoek, vangnet: the words DOMAIN.md says to use as they are), and the
young person reads them twice: in the editor while writing, and on the paper they sign. So,
like the Big 5 pillar names (:data:`tafel.domain.enums.PIJLER_NAMEN`), they are Dutch data
here, not interface text to translate: the editor shows them as its headings and the PDF
prints them as its labels, from this one table, and the two cannot drift apart again (the
editor said "Wat ik zelf doe" where the paper said "Zelf doen").

Everything the screen says around a part (the question under it, hints, buttons) stays
interface text: English in ``tr()``, Dutch in the .ts.
"""

from __future__ import annotations

#: The parts of the plan that stand on their own (the perspectief in the young person's words).
TOP_PART_NAMES: dict[str, str] = {
    "perspectief": "Waar ik over een half jaar wil zijn",
    "droom": "Mijn droom voor later",
    "vangnet": "Vangnet",
}

#: Each Big 5 pillar's parts (the key after the pillar: ``wonen.zelf_doen``).
PILLAR_PART_NAMES: dict[str, str] = {
    "ik_doel": "Mijn doel",
    "zelf_doen": "Zelf doen",
    "netwerk": "Netwerk: wie helpt mij",
    "ondersteuning": "Ondersteuning",
    "behandeling": "Behandeling",
}

#: The doorbraak's written parts and its two choices (``uitzondering``, ``soort``).
DOORBRAAK_NAMES: dict[str, str] = {
    "blokkade": "Wat zit in de weg",
    "regel": "Welke regel of werkwijze",
    "uitzondering": "Uitzondering nodig",
    "beslisser": "Wie beslist",
    "besluit": "Besluit",
    "onderbouwing": "Onderbouwing",
    "soort": "Betaald als",
}

#: The three corners of the waardendriehoek.
WAARDEN_NAMES: dict[str, str] = {
    "legitimiteit": "Legitimiteit",
    "betrokkenheid": "Betrokkenheid",
    "rendement": "Rendement",
}

def part_name(key: str) -> str:
    """The name of one written part: ``wonen.zelf_doen`` -> "Zelf doen"; unknown keys as is."""
    head, _, part = key.partition(".")
    if not part:
        return TOP_PART_NAMES.get(head, key)
    if head == "doorbraak":
        return DOORBRAAK_NAMES.get(part, key)
    if head == "waarden":
        return WAARDEN_NAMES.get(part, key)
    return PILLAR_PART_NAMES.get(part, key)
