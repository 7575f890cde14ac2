"""The small case record that travels with every bundle, and the case it makes on arrival.

A bundle may carry only parts the household consented to, but the recipient needs a case
to put them in. So a few facts always travel: the case's ids, its reference, status and
date of registration, and its casusregisseur with their organisation (the professional who
leads it: not the household's personal data). A case that arrives this way keeps the same
ids everywhere, so later bundles find it; its household and young person get clear
placeholder names until persoonsgegevens arrive (if they ever may).

The record comes from another machine: :func:`ensure_case` checks it strictly and writes
nothing when anything is wrong.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlmodel import Session, select

from tafel.domain.dossier_velden import HUISHOUDEN_ONBEKEND, JONGERE_ONBEKEND
from tafel.domain.enums import CasusStatus, NetwerkSoort, Rol
from tafel.domain.models import Betrokkene, Casus, Huishouden, Persoon
from tafel.domain.records import AuditAction, RecordKind
from tafel.errors import NotFoundError, ValidationError
from tafel.services.changes import Write
from tafel.services.medewerker import medewerker_in

#: The keys of a case record, each with its type and longest length.
RECORD_KEYS: dict[str, int] = {
    "id": 36, "referentie": 20, "status": 20, "aangemeld_op": 10, "huishouden_id": 36,
    "jongere_id": 36, "casusregisseur": 150, "casusregisseur_organisatie": 150,
}

#: Details in the audit log of what a bundle made (never its content).
FROM_BUNDLE = "uit een bundel"


def casus_record(session: Session, casus_id: uuid.UUID) -> dict[str, str]:
    """What always travels about a case, as plain text (JSON-ready)."""
    casus = session.get(Casus, casus_id)
    if casus is None:
        raise NotFoundError("Deze casus bestaat niet (meer).")
    return {
        "id": str(casus.id),
        "referentie": casus.referentie,
        "status": casus.status.value,
        "aangemeld_op": casus.aangemeld_op.isoformat(),
        "huishouden_id": str(casus.huishouden_id),
        "jongere_id": str(casus.jongere_id),
        "casusregisseur": casus.casusregisseur,
        "casusregisseur_organisatie": _organisation_of(session, casus),
    }


def _organisation_of(session: Session, casus: Casus) -> str:
    """The casusregisseur's organisation: ours when we lead, else as the network has it."""
    me = medewerker_in(session)
    if me is not None and me.naam == casus.casusregisseur:
        return me.organisatie
    found = session.exec(select(Betrokkene.organisatie).where(
        Betrokkene.casus_id == casus.id, Betrokkene.soort == NetwerkSoort.PROFESSIONEEL,
        Betrokkene.naam == casus.casusregisseur)).first()
    return found or ""


def check_record(record: object) -> dict[str, Any]:
    """The record's values, typed; one Dutch sentence when anything is off."""
    wrong = ValidationError("De gegevens van de casus in deze bundel kloppen niet.")
    if not isinstance(record, dict) or set(record) != set(RECORD_KEYS):
        raise wrong
    for key, longest in RECORD_KEYS.items():
        value = record[key]
        if not isinstance(value, str) or len(value) > longest or not value.isprintable():
            raise wrong
    out: dict[str, Any] = {}
    try:
        for key in ("id", "huishouden_id", "jongere_id"):
            out[key] = uuid.UUID(record[key])
            if str(out[key]) != record[key]:
                raise ValueError
        out["status"] = CasusStatus(record["status"])
        out["aangemeld_op"] = date.fromisoformat(record["aangemeld_op"])
        if out["aangemeld_op"].isoformat() != record["aangemeld_op"]:
            raise ValueError
    except ValueError:
        raise wrong from None
    for key in ("referentie", "casusregisseur"):
        if not record[key].strip():
            raise wrong
        out[key] = record[key].strip()
    out["casusregisseur_organisatie"] = record["casusregisseur_organisatie"].strip()
    return out


def ensure_case(write: Write, record: dict[str, Any]) -> tuple[Casus, bool]:
    """The case a bundle is about: found by its id, or made with the same ids; and whether new.

    A new case gets the same reference unless another case here has it; then a suffix
    (``T-2026-0007-2``), so ``casus.referentie != record["referentie"]`` says it changed.
    Its household and young person are placeholders (names arrive with persoonsgegevens);
    its casusregisseur is the sender's, whose name and organisation are also kept as who
    the case came from.
    """
    values = check_record(record)
    session = write.session
    casus = session.get(Casus, values["id"])
    if casus is not None:
        if (casus.huishouden_id, casus.jongere_id) != (values["huishouden_id"],
                                                       values["jongere_id"]):
            raise ValidationError("Deze bundel hoort bij een andere casus dan die hier met "
                                  "hetzelfde kenmerk.")
        return casus, False
    if session.get(Huishouden, values["huishouden_id"]) is not None or \
            session.get(Persoon, values["jongere_id"]) is not None:
        raise ValidationError("Het huishouden of de jongere van deze bundel staat hier al bij "
                              "een andere casus.")
    household = Huishouden(id=values["huishouden_id"], naam=HUISHOUDEN_ONBEKEND)
    young = Persoon(id=values["jongere_id"], huishouden_id=household.id, rol=Rol.JONGERE,
                    voornaam=JONGERE_ONBEKEND)
    status: CasusStatus = values["status"]
    lead, organisation = values["casusregisseur"], values["casusregisseur_organisatie"]
    casus = Casus(
        id=values["id"], huishouden_id=household.id, jongere_id=young.id,
        referentie=_free_reference(session, values["referentie"]), status=status,
        casusregisseur=lead, aangemeld_op=values["aangemeld_op"],
        aangemeld_door=(f"{lead} ({organisation})" if organisation else lead)[:200],
    )
    session.add(household)
    session.flush()
    session.add(young)
    session.flush()
    session.add(casus)
    session.flush()
    write.changed(RecordKind.HUISHOUDEN, household.id, casus.id, AuditAction.AANGEMAAKT,
                  FROM_BUNDLE)
    write.changed(RecordKind.PERSOON, young.id, casus.id, AuditAction.AANGEMAAKT, FROM_BUNDLE)
    write.changed(RecordKind.CASUS, casus.id, casus.id, AuditAction.AANGEMAAKT, FROM_BUNDLE)
    return casus, True


def _free_reference(session: Session, wanted: str) -> str:
    """``wanted``, or with the first free suffix when another case here has it."""
    def taken(reference: str) -> bool:
        return session.exec(select(Casus.id).where(Casus.referentie == reference)).first() \
            is not None

    if not taken(wanted):
        return wanted
    number = 2
    while True:
        tail = f"-{number}"
        candidate = wanted[:20 - len(tail)] + tail
        if not taken(candidate):
            return candidate
        number += 1
