"""The pieces the casus-overleg service builds on: who may be in the room, and the views.

Who someone is to the case is never taken from the caller: a screen sends ids (and a guest's
name); the soort (household, informal, professional) comes from the records here, so no
screen can make a professional count as household and open the wall.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from tafel.domain.consent import toestemming_staat
from tafel.domain.enums import NetwerkSoort, Rol
from tafel.domain.models import Betrokkene, Casus, Persoon, Toestemming
from tafel.domain.overleg import Aanwezige, AanwezigeSoort, zichtbaar
from tafel.domain.overleg_tables import Overleg
from tafel.domain.plan_content import PlanContent
from tafel.domain.plan_doc import PlanDoc
from tafel.domain.plan_tables import PlanVersie, Toekomstplan
from tafel.errors import NotFoundError, ValidationError
from tafel.views.overleg import AanwezigeView, OverlegView

#: How a household member's place reads in the room (plain words).
ROL_WOORDEN: dict[Rol, str] = {
    Rol.JONGERE: "jongere", Rol.OUDER: "ouder", Rol.VERZORGER: "verzorger",
    Rol.PARTNER: "partner", Rol.KIND: "kind", Rol.BROER_ZUS: "broer of zus",
    Rol.OVERIG: "huisgenoot",
}
GAST_NAAM_MAX = 100


def kandidaten(session: Session, casus: Casus, today: date) -> list[AanwezigeView]:
    """Who may be ticked as present: the young person first, the household, the network."""
    people = session.exec(select(Persoon).where(Persoon.huishouden_id == casus.huishouden_id))
    current = [p for p in people if p.einddatum is None or p.einddatum > today]
    current.sort(key=lambda p: (p.id != casus.jongere_id, p.voornaam))
    found = [AanwezigeView(AanwezigeSoort.HUISHOUDEN, f"{p.voornaam} {p.achternaam}".strip(),
                           ROL_WOORDEN.get(p.rol, ""), p.id) for p in current]
    network = session.exec(select(Betrokkene).where(Betrokkene.casus_id == casus.id))
    members = [b for b in network if b.einddatum is None or b.einddatum > today]
    members.sort(key=lambda b: (b.soort is NetwerkSoort.PROFESSIONEEL, b.naam))
    for member in members:
        soort = (AanwezigeSoort.PROFESSIONEEL if member.soort is NetwerkSoort.PROFESSIONEEL
                 else AanwezigeSoort.INFORMEEL)
        rol = ", ".join(part for part in (member.rol, member.organisatie) if part)
        found.append(AanwezigeView(soort, member.naam, rol, member.id))
    return found


def resolve(aanwezigen: list[Aanwezige], known: list[AanwezigeView]) -> list[AanwezigeView]:
    """The people ticked, as the case's records say who they are; a guest by name.

    Refuses someone who is not (or no longer) in the household or network, and a guest
    without a name.
    """
    by_id = {k.id: k for k in known}
    room: list[AanwezigeView] = []
    for someone in aanwezigen:
        if someone.id is not None:
            person = by_id.get(someone.id)
            if person is None:
                raise ValidationError(
                    "Iemand die je aanvinkte hoort niet (meer) bij deze casus.")
            if person not in room:
                room.append(person)
            continue
        naam = " ".join(someone.naam.split())
        if not naam:
            raise ValidationError("Vul de naam van de gast in.")
        if len(naam) > GAST_NAAM_MAX:
            raise ValidationError("De naam van de gast is te lang.")
        guest = AanwezigeView(AanwezigeSoort.GAST, naam)
        if guest not in room:
            room.append(guest)
    return room


def entry(person: AanwezigeView, weg: bool = False) -> dict[str, Any]:
    """One person as the row keeps them."""
    return {"soort": person.soort.value, "naam": person.naam, "rol": person.rol,
            "id": str(person.id) if person.id else None, "weg": weg}


def from_entry(raw: dict[str, Any]) -> AanwezigeView:
    """One person back from the row."""
    return AanwezigeView(AanwezigeSoort(raw["soort"]), raw.get("naam", ""), raw.get("rol", ""),
                         uuid.UUID(raw["id"]) if raw.get("id") else None,
                         bool(raw.get("weg")))


def _key(person: AanwezigeView) -> tuple[str, str]:
    return (str(person.id), "") if person.id else ("", person.naam.casefold())


def updated_room(stored: list[dict[str, Any]], room: list[AanwezigeView]) -> list[dict[str, Any]]:
    """Everyone ever present, with ``weg`` set for who is not in ``room`` now."""
    now = {_key(p) for p in room}
    out = [dict(raw, weg=_key(from_entry(raw)) not in now) for raw in stored]
    seen = {_key(from_entry(raw)) for raw in stored}
    out += [entry(p) for p in room if _key(p) not in seen]
    return out


def present(row: Overleg) -> list[AanwezigeView]:
    """Who is in the room now."""
    return [p for p in map(from_entry, row.aanwezigen) if not p.vertrokken]


def consents(session: Session, casus_id: uuid.UUID) -> list[Toestemming]:
    """Every toestemming of the case (the rule decides which still count)."""
    return list(session.exec(select(Toestemming).where(Toestemming.casus_id == casus_id)))


def grondslag(room: list[AanwezigeView], toestemmingen: list[Toestemming],
              today: date) -> list[str]:
    """The ids of the active toestemmingen that let those present (not household) see."""
    ids = {p.id for p in room if p.soort in (AanwezigeSoort.INFORMEEL,
                                             AanwezigeSoort.PROFESSIONEEL)}
    return sorted(str(t.id) for t in toestemmingen
                  if (t.ontvanger_betrokkene_id in ids or t.ontvanger_persoon_id in ids)
                  and toestemming_staat(t, today).covers)


def room_line(room: list[AanwezigeView]) -> str:
    """Who was present, for the audit log: ids and kinds, never names."""
    parts = [f"{p.soort.value} {p.id}" for p in room if p.id is not None]
    guests = sum(1 for p in room if p.id is None)
    if guests:
        parts.append(f"{guests} gast(en)")
    return "; ".join(parts) or "niemand"


def overleg_row(session: Session, overleg_id: uuid.UUID) -> Overleg:
    """The meeting, or one Dutch sentence."""
    row = session.get(Overleg, overleg_id)
    if row is None:
        raise NotFoundError("Dit casus-overleg bestaat niet (meer).")
    return row


def running(row: Overleg) -> Overleg:
    """The meeting if it still runs; a finished record is not changed any more."""
    if row.afgerond_op is not None:
        raise ValidationError("Dit casus-overleg is al afgerond; het verslag verandert niet meer.")
    return row


def newest_content(session: Session, casus_id: uuid.UUID) -> PlanContent | None:
    """The newest version of the case's toekomstplan, or None without a plan."""
    plan = session.exec(select(Toekomstplan).where(Toekomstplan.casus_id == casus_id)).first()
    if plan is None:
        return None
    version = session.exec(select(PlanVersie).where(PlanVersie.plan_id == plan.id)
                           .order_by(col(PlanVersie.nummer).desc())).first()
    return PlanDoc.from_bytes(version.document).content() if version else None


def only_afspraken(content: PlanContent | None, ids: list[str]) -> PlanContent:
    """The plan with only the afspraken made at the meeting (for its record)."""
    plan = content or PlanContent()
    wanted = set(ids)
    return replace(plan, afspraken=tuple(a for a in plan.afspraken if a.id in wanted))


def owner_names(session: Session, casus: Casus) -> dict[str, str]:
    """An afspraak owner's key to a first name (the wall shows first names only)."""
    names = {f"persoon:{p.id}": p.voornaam for p in session.exec(
        select(Persoon).where(Persoon.huishouden_id == casus.huishouden_id))}
    names |= {f"betrokkene:{b.id}": b.naam.split()[0] if b.naam.split() else b.naam
              for b in session.exec(select(Betrokkene).where(Betrokkene.casus_id == casus.id))}
    return names


def overleg_view(session: Session, row: Overleg, today: date) -> OverlegView:
    """The meeting for the consulent's own screen."""
    room = present(row)
    toestemmingen = consents(session, row.casus_id)
    shown = zichtbaar([p.aanwezige for p in room], toestemmingen, today, besloten=row.besloten)
    used = set(row.grondslag)
    basis = tuple(f"{t.ontvanger}: {', '.join(t.categorieen)}" for t in toestemmingen
                  if str(t.id) in used)
    return OverlegView(
        id=row.id, casus_id=row.casus_id, datum=row.datum, gestart_op=row.gestart_op,
        afgerond_op=row.afgerond_op, aanwezigen=tuple(room),
        ooit_aanwezig=tuple(map(from_entry, row.aanwezigen)),
        afwezigen=tuple(map(from_entry, row.afwezigen)), besloten=row.besloten, stap=row.stap,
        conclusies=tuple(row.conclusies), afspraak_ids=tuple(row.afspraken),
        volgende_evaluatie=row.volgende_evaluatie, categorieen=shown, grondslag=basis)
