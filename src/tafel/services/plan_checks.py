"""The checks a plan write makes before it changes anything: a drawn signature, an owner."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tafel.domain.ondertekenaars import may_own
from tafel.domain.plan_doc import PlanEdit, SetAfspraak
from tafel.errors import ValidationError
from tafel.views.plans import PlanCasus

MAX_STROKES = 400
MAX_POINTS = 20_000


@dataclass(frozen=True)
class NieuweHandtekening:
    """A signature as drawn on the pad, with who, as what, where and when.

    ``getypt``: typed with the keyboard instead (the name, and an explicit "this is my
    signature"): then there are no strokes, and paper says it was typed and confirmed.
    """

    sleutel: str
    naam: str
    rol: str
    plaats: str
    datum: date
    lijnen: list[list[tuple[float, float]]]
    verhouding: float = 3.0
    getypt: bool = False


def check_signature(new: NieuweHandtekening) -> None:
    for value, most, what in ((new.naam, 150, "De naam"), (new.rol, 150, "De rol"),
                              (new.plaats, 100, "De plaats")):
        if len(str(value)) > most:
            raise ValidationError(f"{what} is te lang: houd het onder de {most} tekens.")
    if not new.naam.strip():
        raise ValidationError("Vul de naam in van wie tekent.")
    if not isinstance(new.datum, date):
        raise ValidationError("Vul de datum in waarop getekend wordt.")
    if new.getypt:
        if new.lijnen:
            raise ValidationError(
                "Een getypte handtekening heeft geen getekende lijnen; kies een van de twee."
            )
        return
    try:
        strokes = [[(float(x), float(y)) for x, y in stroke] for stroke in new.lijnen]
        verhouding = float(new.verhouding)
    except (TypeError, ValueError):
        raise ValidationError(
            "Deze handtekening kan tafel niet lezen; wis hem en teken opnieuw."
        ) from None
    points = sum(len(s) for s in strokes)
    if not strokes or points < 2:
        raise ValidationError("Zet eerst een handtekening in het vak.")
    if len(strokes) > MAX_STROKES or points > MAX_POINTS:
        raise ValidationError(
            "Deze handtekening is te groot om te bewaren; wis hem en teken opnieuw."
        )
    for stroke in strokes:
        for x, y in stroke:
            if not (0.0 <= x <= 1.0 and 0.0 <= y <= 1.0):
                raise ValidationError(
                    "De handtekening valt buiten het vak; wis hem en teken opnieuw."
                )
    if not 0.5 <= verhouding <= 10:
        raise ValidationError("Het tekenvak heeft een onmogelijke vorm.")


def check_owners(case: PlanCasus, edits: tuple[PlanEdit, ...], today: date) -> None:
    """An afspraak's new owner is someone around this case who has not left the network.

    Only a chosen owner is checked: an afspraak that already names someone who left keeps
    that name (the screens say "niet meer betrokken") while its other parts change.
    """
    for edit in edits:
        owner = edit.values.get("eigenaar") if isinstance(edit, SetAfspraak) else None
        if not owner:
            continue
        person = case.person(str(owner))
        if person is None:
            raise ValidationError(
                "Kies als eigenaar de jongere of iemand uit het netwerk van deze casus."
            )
        if not may_own(person, today):
            raise ValidationError(
                f"{person.naam} is niet meer betrokken bij deze casus; kies iemand anders "
                "als eigenaar."
            )
