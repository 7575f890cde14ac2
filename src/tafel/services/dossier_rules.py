"""The rules a value must meet before a bundle or a choice writes it into a table.

Two situations, two strengths. A value that *arrives* was already accepted by another
tafel, so it is checked for what this vault itself must hold true (one young person per
case, one person per BSN, only test BSNs in a demo vault, no birth date in the future) and
stored exactly as sent, so the next exchange does not see a trimmed copy as an edit. A
rule between two fields that both parties may have changed apart (an end date set here, a
start date there) is not a reason to refuse the whole bundle: the screens show it, and
someone corrects it. A value *chosen* here to settle a conflict is checked as the service
that edits that table would check a typed value (:mod:`tafel.services.netwerk`).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlmodel import Session

from tafel.domain.dossier_velden import BETROKKENE, FIELDS, PERSOON, Soort
from tafel.domain.enums import Rol
from tafel.domain.models import Betrokkene, Casus, Huishouden, Persoon
from tafel.errors import ValidationError
from tafel.services import validation
from tafel.services.netwerk import GEZAG_ROLLEN, ensure_unique_bsn

Row = Huishouden | Persoon | Betrokkene


def check_row(session: Session, casus: Casus, kind: str, row: Row, values: dict[str, Any], *,
              today: date, demo_vault: bool) -> dict[str, Any]:
    """The arriving values of one record, checked against this vault's own rules."""
    if kind != PERSOON:
        return values
    assert isinstance(row, Persoon)
    out = dict(values)
    rol = out.get("rol", row.rol)
    if (row.id == casus.jongere_id) != (rol is Rol.JONGERE):
        raise ValidationError("Deze bundel maakt iemand anders dan de jongere van de casus tot "
                              "jongere, of de jongere tot iemand anders.")
    if out.get("gezag", row.gezag) and rol not in GEZAG_ROLLEN:
        out["gezag"] = False  # a role and gezag changed apart: only a parent or carer has it
    if "bsn" in out and out["bsn"] != row.bsn:
        validation.bsn(out["bsn"], demo_vault=demo_vault)
        ensure_unique_bsn(session, out["bsn"], row.id)
    if "geboortedatum" in out and out["geboortedatum"] != row.geboortedatum:
        validation.birth_date(out["geboortedatum"], today)
    return out


def checked_choice(session: Session, casus: Casus, kind: str, row: Row, name: str, value: Any,
                   *, today: date, demo_vault: bool) -> Any:
    """A value typed or picked to settle a field, checked as a typed value is."""
    veld = FIELDS[kind][name]
    wrong = ValidationError(f"Deze keuze past niet bij {veld.wat}.")
    if veld.soort is Soort.TEKST:
        if not isinstance(value, str):
            raise wrong
        if veld.required:
            return validation.required_text(value, veld.wat, veld.max_length)
        return validation.optional_text(value, veld.wat, veld.max_length)
    if veld.soort is Soort.BSN:
        if value is not None and not isinstance(value, str):
            raise wrong
        bsn = validation.bsn(value, demo_vault=demo_vault)
        ensure_unique_bsn(session, bsn, row.id)
        return bsn
    if veld.soort is Soort.JA_NEE:
        if not isinstance(value, bool):
            raise wrong
        if name == "gezag" and value and isinstance(row, Persoon) and row.rol not in GEZAG_ROLLEN:
            raise ValidationError("Alleen een ouder of verzorger kan het gezag hebben.")
        return value
    if veld.soort is Soort.UREN:
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
            raise wrong
        return validation.positive_hours(None if value is None else float(value))
    if veld.soort is Soort.KEUZE:
        return _choice(casus, row, name, value, wrong)
    return _date_choice(kind, row, name, value, today, wrong)


def _choice(casus: Casus, row: Row, name: str, value: Any, wrong: ValidationError) -> Any:
    veld = FIELDS[PERSOON if isinstance(row, Persoon) else BETROKKENE][name]
    assert veld.keuzes is not None
    try:
        chosen = veld.keuzes(value)
    except ValueError:
        raise wrong from None
    if isinstance(row, Persoon) and (row.id == casus.jongere_id) != (chosen is Rol.JONGERE):
        raise ValidationError("De jongere van de casus blijft de jongere; kies een andere rol "
                              "alleen voor iemand anders.")
    return chosen


def _date_choice(kind: str, row: Row, name: str, value: Any, today: date,
                 wrong: ValidationError) -> date | None:
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value)
        except ValueError:
            raise wrong from None
    if value is not None and not isinstance(value, date):
        raise wrong
    if name == "geboortedatum":
        return validation.birth_date(value, today)
    if kind == BETROKKENE and isinstance(row, Betrokkene):
        start = value if name == "startdatum" else row.startdatum
        end = value if name == "einddatum" else row.einddatum
        validation.date_order(start, end, "de betrokkenheid")
    if kind == PERSOON and isinstance(row, Persoon) and name == "einddatum" and value \
            and row.geboortedatum and value < row.geboortedatum:
        raise ValidationError("De einddatum ligt vóór de geboortedatum.")
    return value
