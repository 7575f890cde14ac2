"""A text corrected or removed on a person's request (AVG art. 16 and 17), history included.

The young person or a parent may ask for a wrong text to be corrected (art. 16) or for a text
to be removed (art. 17). Changing the visible plan is not enough: the words also live in
every older version, in the frozen texts of prints and signatures, and in the page texts of
copies tafel printed. A correction replaces them everywhere, and this module holds the rules
that say where and how:

* :func:`check_request` refuses what cannot be meant (nothing to look for, a new text that
  still holds the old one);
* :func:`scrub_content` corrects a frozen :class:`PlanContent` (a signed or printed text);
  the CRDT documents are corrected by :func:`tafel.domain.plan_scrub.scrub_doc` with the
  same fields, so a signed version and its frozen text stay the same text;
* a :class:`Tekstcorrectie` row remembers that it happened: who asked, on which ground, who
  decided, when, and which codes changed (the code printed on an old copy, and the code of
  the same version after the correction), never the words themselves. With it ``tafel
  verify`` can still tell a real old print from a forged one, and say that a text in it was
  later corrected on request.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Column
from sqlmodel import Field

from tafel.domain.models import _Record
from tafel.domain.plan_content import PlanContent

#: The string fields of an afspraak and a cost line a correction reaches (the plan's free
#: texts are reached whole). The same fields in the CRDT documents and in frozen content.
STRING_FIELDS: dict[str, tuple[str, ...]] = {
    "afspraak": ("actie", "eigenaar_naam"),
    "kosten": ("omschrijving", "eenheid", "periode_eenheid"),
}
NEEDLE_MIN = 2
NEEDLE_MAX = 2_000


class CorrectieGrond(StrEnum):
    """The article of the AVG a correction is made under."""

    VERBETEREN = "avg16"  # rectification: the text was wrong, a correct text replaces it
    VERWIJDEREN = "avg17"  # erasure: the text goes

    @property
    def artikel(self) -> str:
        """``AVG art. 16``, for the log's legal basis."""
        return "AVG art. 16" if self is CorrectieGrond.VERBETEREN else "AVG art. 17"

    @property
    def gedaan(self) -> str:
        """What happened to the text, after "een tekst is …"."""
        return "verbeterd" if self is CorrectieGrond.VERBETEREN else "verwijderd"


class Tekstcorrectie(_Record, table=True):
    """One correction on request: who asked, on what ground, which codes changed; no text."""

    casus_id: uuid.UUID = Field(foreign_key="casus.id", index=True)
    grond: CorrectieGrond
    gevraagd_door: str = Field(default="", max_length=60)  # "persoon:<id>"
    gevraagd_door_naam: str = Field(default="", max_length=150)
    besloten_door: str = Field(default="", max_length=150)
    gecorrigeerd_op: date
    plaatsen: int = 0  # how many places held the text (versions, frozen texts, prints)
    # [{"versie": 2, "voor": <code before>, "na": <code after>}], one per changed code
    codes: list[Any] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    herkomst: str = Field(default="", max_length=100)  # "" here; else the party it came from


def op_verzoek_van(naam: str) -> str:
    """`` op verzoek van Noor Bakker`` (or `` op verzoek`` when who asked did not travel)."""
    return f" op verzoek van {naam}" if naam else " op verzoek"


def grond_voor(vervanging: str) -> CorrectieGrond:
    """Removal when nothing replaces the text, correction when a new text does."""
    return CorrectieGrond.VERBETEREN if vervanging.strip() else CorrectieGrond.VERWIJDEREN


def check_request(tekst: str, vervanging: str) -> tuple[str, str]:
    """The text to look for and its replacement, or ``ValueError`` with one Dutch sentence."""
    needle = str(tekst or "").replace("\r\n", "\n")
    new = str(vervanging or "").replace("\r\n", "\n")
    if len(needle.strip()) < NEEDLE_MIN:
        raise ValueError("Typ de tekst die verbeterd of verwijderd moet worden, precies zoals "
                         "hij in het plan staat.")
    if len(needle) > NEEDLE_MAX or len(new) > NEEDLE_MAX:
        raise ValueError("Deze tekst is te lang: kies een stuk van hoogstens 2000 tekens.")
    if needle in new:
        raise ValueError("De nieuwe tekst bevat de oude tekst nog; dan verdwijnt die niet.")
    return needle, new


def count_in_content(content: PlanContent, needle: str) -> int:
    """How often ``needle`` occurs in the texts and string fields of ``content``."""
    found = sum(text.count(needle) for text in content.teksten.values())
    for kind, items in (("afspraak", content.afspraken), ("kosten", content.kosten)):
        for item in items:
            found += sum(str(getattr(item, name)).count(needle) for name in STRING_FIELDS[kind])
    return found


def scrub_content(content: PlanContent, needle: str, replacement: str) -> PlanContent:
    """``content`` with every ``needle`` replaced, in the same fields as the documents."""

    def fixed(item: Any, kind: str) -> Any:
        changes = {name: getattr(item, name).replace(needle, replacement)
                   for name in STRING_FIELDS[kind] if needle in getattr(item, name)}
        return replace(item, **changes) if changes else item

    return replace(
        content,
        teksten={k: v.replace(needle, replacement) for k, v in content.teksten.items()},
        afspraken=tuple(fixed(a, "afspraak") for a in content.afspraken),
        kosten=tuple(fixed(k, "kosten") for k in content.kosten),
    )


def count_in_tree(value: Any, needle: str) -> int:
    """How often ``needle`` occurs in the strings of any JSON value."""
    if isinstance(value, str):
        return value.count(needle)
    if isinstance(value, list):
        return sum(count_in_tree(v, needle) for v in value)
    if isinstance(value, dict):
        return sum(count_in_tree(v, needle) for v in value.values())
    return 0


def scrub_tree(value: Any, needle: str, replacement: str) -> Any:
    """Any JSON value with ``needle`` replaced in every string (a kept form's fields)."""
    if isinstance(value, str):
        return value.replace(needle, replacement)
    if isinstance(value, list):
        return [scrub_tree(v, needle, replacement) for v in value]
    if isinstance(value, dict):
        return {k: scrub_tree(v, needle, replacement) for k, v in value.items()}
    return value
