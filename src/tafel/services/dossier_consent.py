"""Consents that travel: the recipient learns the household's decisions that cover it.

Only those: a consent to another party says too much (one to schuldhulp gives away that
there are debts), so the caller says which consents a bundle may carry (``covers``).

A consent that arrives is made with the same id; one that is here already only ever moves
towards its end: a withdrawal, or an earlier end date, wins. A bundle never brings a
withdrawn or expired consent back, and never widens one: what the household withdrew on
one laptop stays withdrawn on every laptop that hears of it.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

from sqlmodel import Session, select

from tafel.domain.enums import Gegevenscategorie, Grondslag
from tafel.domain.models import (
    Betrokkene,
    Casus,
    Huishouden,
    Persoon,
    Toestemming,
    utc_now,
)
from tafel.domain.records import AuditAction, RecordKind
from tafel.errors import ValidationError
from tafel.services.changes import Write
from tafel.services.dossier_case import FROM_BUNDLE

#: Every key of a consent record and its longest text.
CONSENT_KEYS: dict[str, int] = {
    "id": 36, "ontvanger": 200, "doel": 500, "categorieen": 0, "grondslag": 20,
    "gegeven_door": 150, "gegeven_op": 10, "verloopt_op": 10, "ingetrokken_op": 10,
    "gegeven_door_id": 36, "ontvanger_betrokkene_id": 36, "ontvanger_persoon_id": 36,
}
MAX_CONSENTS = 500

#: What stands in a travelling text for a name that may not travel.
NAAM_NIET_GEDEELD = "(naam niet gedeeld)"


def consent_records(session: Session, casus_id: uuid.UUID,
                    covers: Callable[[Toestemming], bool], *,
                    persoonsgegevens: bool = True) -> list[dict[str, Any]]:
    """The case's consents that ``covers`` lets travel, as plain values (JSON-ready).

    Without ``persoonsgegevens`` the giver's name stays home (the recipient sees "given",
    not by whom), and every name of the household and the network is taken out of the
    purpose and the recipient ("opvang voor Amira" travels as "opvang voor (naam niet
    gedeeld)"); the links by id do travel, they name nobody.
    """
    rows = session.exec(select(Toestemming).where(Toestemming.casus_id == casus_id)
                        .order_by(Toestemming.gegeven_op, Toestemming.id))  # type: ignore[arg-type]
    chosen = [row for row in rows if covers(row)]
    if persoonsgegevens:
        return [_record(row, lambda text: text, keep_giver=True) for row in chosen]
    scrub = _scrubber(session, casus_id)
    return [_record(row, scrub, keep_giver=False) for row in chosen]


def _scrubber(session: Session, casus_id: uuid.UUID) -> Callable[[str], str]:
    """Replace every name of the case's people in a text, longest first, whole words only."""
    casus = session.get(Casus, casus_id)
    names: set[str] = set()
    if casus is not None:
        for person in session.exec(select(Persoon).where(
                Persoon.huishouden_id == casus.huishouden_id)):
            names |= {person.naam, person.voornaam, person.achternaam}
        household = session.get(Huishouden, casus.huishouden_id)
        if household is not None:
            names.add(household.naam)
    for member in session.exec(select(Betrokkene).where(Betrokkene.casus_id == casus_id)):
        names |= {member.naam, *member.naam.split()}
    words = sorted((n.strip() for n in names if len(n.strip()) > 1), key=len, reverse=True)
    if not words:
        return lambda text: text
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b",
                         re.IGNORECASE)
    return lambda text: pattern.sub(NAAM_NIET_GEDEELD, text)


def _record(row: Toestemming, scrub: Callable[[str], str], *,
            keep_giver: bool) -> dict[str, Any]:
    def day(value: date | None) -> str | None:
        return value.isoformat() if value else None

    def ident(value: uuid.UUID | None) -> str | None:
        return str(value) if value else None

    return {
        "id": str(row.id), "ontvanger": scrub(row.ontvanger)[:200],
        "doel": scrub(row.doel)[:500],
        "categorieen": sorted(row.categorieen), "grondslag": row.grondslag.value,
        "gegeven_door": row.gegeven_door if keep_giver else "",
        "gegeven_op": row.gegeven_op.isoformat(), "verloopt_op": day(row.verloopt_op),
        "ingetrokken_op": day(row.ingetrokken_op),
        "gegeven_door_id": ident(row.gegeven_door_id),
        "ontvanger_betrokkene_id": ident(row.ontvanger_betrokkene_id),
        "ontvanger_persoon_id": ident(row.ontvanger_persoon_id),
    }


def check_consent(record: object) -> dict[str, Any]:
    """One consent record, typed; one Dutch sentence when anything is off."""
    wrong = ValidationError("Een toestemming in deze bundel klopt niet.")
    if not isinstance(record, dict) or set(record) != set(CONSENT_KEYS):
        raise wrong
    out: dict[str, Any] = {}
    try:
        for key in ("ontvanger", "doel", "gegeven_door"):
            value = record[key]
            if not isinstance(value, str) or len(value) > CONSENT_KEYS[key]:
                raise ValueError
            out[key] = value
        if not out["ontvanger"].strip() or not out["doel"].strip():
            raise ValueError
        categories = record["categorieen"]
        if not isinstance(categories, list) or not categories or \
                len(categories) > len(Gegevenscategorie):
            raise ValueError
        out["categorieen"] = sorted({Gegevenscategorie(c).value for c in categories})
        out["grondslag"] = Grondslag(record["grondslag"])
        out["id"] = _uuid(record["id"], required=True)
        for key in ("gegeven_door_id", "ontvanger_betrokkene_id", "ontvanger_persoon_id"):
            out[key] = _uuid(record[key])
        out["gegeven_op"] = _day(record["gegeven_op"], required=True)
        for key in ("verloopt_op", "ingetrokken_op"):
            out[key] = _day(record[key])
    except (TypeError, ValueError):
        raise wrong from None
    return out


def _uuid(value: Any, *, required: bool = False) -> uuid.UUID | None:
    if value is None and not required:
        return None
    if not isinstance(value, str) or len(value) != 36:
        raise ValueError
    parsed = uuid.UUID(value)
    if str(parsed) != value:
        raise ValueError
    return parsed


def _day(value: Any, *, required: bool = False) -> date | None:
    if value is None and not required:
        return None
    if not isinstance(value, str):
        raise ValueError
    parsed = date.fromisoformat(value)
    if parsed.isoformat() != value:
        raise ValueError
    return parsed


def apply_consents(write: Write, casus: Casus, records: list[dict[str, Any]], *,
                   persoonsgegevens: bool = True) -> int:
    """Make the consents this vault lacks and end the ones ended elsewhere; how many changed.

    Every record is checked before anything is written. Links to a person or a network
    member that is not in this case here are left out; without ``persoonsgegevens`` the
    giver's name is left empty even when a sender did send it.
    """
    if not isinstance(records, list) or len(records) > MAX_CONSENTS:
        raise ValidationError("De toestemmingen in deze bundel kloppen niet.")
    checked = [check_consent(r) for r in records]
    if not persoonsgegevens:
        for values in checked:
            values["gegeven_door"] = ""
    if len({c["id"] for c in checked}) != len(checked):
        raise ValidationError("De toestemmingen in deze bundel kloppen niet.")
    session = write.session
    count = 0
    for values in checked:
        row = session.get(Toestemming, values["id"])
        if row is None:
            row = _new(session, casus, values)
            session.add(row)
            session.flush()
            write.changed(RecordKind.TOESTEMMING, row.id, casus.id, AuditAction.VASTGELEGD,
                          FROM_BUNDLE)
            count += 1
            continue
        if row.casus_id != casus.id:
            raise ValidationError("Een toestemming in deze bundel hoort hier bij een andere "
                                  "casus.")
        action = _towards_the_end(row, values)
        if action is not None:
            row.gewijzigd_op = utc_now()
            session.add(row)
            write.changed(RecordKind.TOESTEMMING, row.id, casus.id, action, FROM_BUNDLE)
            count += 1
    session.flush()
    return count


def _new(session: Session, casus: Casus, values: dict[str, Any]) -> Toestemming:
    def person_here(person_id: uuid.UUID | None) -> uuid.UUID | None:
        person = session.get(Persoon, person_id) if person_id else None
        return person_id if person and person.huishouden_id == casus.huishouden_id else None

    member_id = values["ontvanger_betrokkene_id"]
    member = session.get(Betrokkene, member_id) if member_id else None
    return Toestemming(
        id=values["id"], casus_id=casus.id, ontvanger=values["ontvanger"], doel=values["doel"],
        categorieen=values["categorieen"], grondslag=values["grondslag"],
        gegeven_door=values["gegeven_door"], gegeven_op=values["gegeven_op"],
        verloopt_op=values["verloopt_op"], ingetrokken_op=values["ingetrokken_op"],
        gegeven_door_id=person_here(values["gegeven_door_id"]),
        ontvanger_persoon_id=person_here(values["ontvanger_persoon_id"]),
        ontvanger_betrokkene_id=member_id if member and member.casus_id == casus.id else None,
    )


def _towards_the_end(row: Toestemming, values: dict[str, Any]) -> AuditAction | None:
    """Take over an arriving withdrawal or earlier end date; the audit action, if any."""
    action = None
    withdrawn = values["ingetrokken_op"]
    if withdrawn is not None and (row.ingetrokken_op is None or withdrawn < row.ingetrokken_op):
        row.ingetrokken_op = withdrawn
        action = AuditAction.INGETROKKEN
    ends = values["verloopt_op"]
    if ends is not None and (row.verloopt_op is None or ends < row.verloopt_op):
        row.verloopt_op = ends
        action = action or AuditAction.GEWIJZIGD
    return action
