"""The queries behind an inzage: which rows of the vault are about one person, as records.

Kept apart from :mod:`tafel.services.inzage` (which resolves the person, writes the files and
logs the export) so each stays small. The rule for "about this person" is strict: a row is
theirs when it names their id (they gave or received a consent, signed, own an afspraak,
were invited to an overleg), and the young person also gets their conversations and the
whole plan, which are about them. Nothing of another member is copied in: no other member's
personal details, and for someone other than the young person only their own afspraken.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlmodel import Session, col, select

from tafel.domain.gesprek import Gesprek, GesprekPijler, GesprekScore
from tafel.domain.models import (
    AuditEvent,
    Betrokkene,
    Casus,
    Huishouden,
    Persoon,
    Toestemming,
)
from tafel.domain.overleg_tables import Overleg
from tafel.domain.plan_doc import PlanDoc
from tafel.domain.plan_tables import Handtekening, PlanVersie, Toekomstplan
from tafel.domain.tekstcorrectie import Tekstcorrectie
from tafel.services import audit
from tafel.services.base import aware
from tafel.views.inzage import InzageRecord, InzageVeld


def _text(value: date | datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return aware(value).isoformat(timespec="seconds")
    return value.isoformat()


def _record(soort: str, record_id: uuid.UUID | str, titel: str, datum: str | None,
            velden: Iterable[tuple[str, str, Any]]) -> InzageRecord:
    return InzageRecord(soort, str(record_id), titel, datum,
                        tuple(InzageVeld(k, label, w) for k, label, w in velden))


def persoon_records(session: Session, person: Persoon) -> list[InzageRecord]:
    """A household member's own details, and the household's address they live at."""
    huishouden = session.get(Huishouden, person.huishouden_id)
    return [_record("persoon", person.id, person.naam, _text(person.aangemaakt_op), [
        ("voornaam", "Voornaam", person.voornaam),
        ("achternaam", "Achternaam", person.achternaam),
        ("rol", "Plaats in het huishouden", person.rol.value),
        ("geboortedatum", "Geboortedatum", _text(person.geboortedatum)),
        ("bsn", "BSN", person.bsn),
        ("telefoon", "Telefoon", person.telefoon),
        ("email", "E-mail", person.email),
        ("gezag", "Heeft gezag", person.gezag),
        ("einddatum", "Uit het huishouden op", _text(person.einddatum)),
        ("adres", "Adres", huishouden.adres if huishouden else ""),
        ("plaats", "Woonplaats", huishouden.plaats if huishouden else ""),
        ("vastgelegd_op", "Vastgelegd op", _text(person.aangemaakt_op)),
        ("gewijzigd_op", "Laatst gewijzigd", _text(person.gewijzigd_op)),
    ])]


def betrokkene_records(person: Betrokkene) -> list[InzageRecord]:
    """A network member's own details."""
    return [_record("betrokkene", person.id, person.naam, _text(person.aangemaakt_op), [
        ("naam", "Naam", person.naam),
        ("soort", "Soort netwerk", person.soort.value),
        ("rol", "Rol", person.rol),
        ("organisatie", "Organisatie", person.organisatie),
        ("telefoon", "Telefoon", person.telefoon),
        ("email", "E-mail", person.email),
        ("uren_per_week", "Uren per week", person.uren_per_week),
        ("betaald_door", "Betaald door", person.betaald_door),
        ("altijd_er_voor_mij", "Altijd er voor de jongere", person.altijd_er_voor_mij),
        ("startdatum", "Betrokken sinds", _text(person.startdatum)),
        ("einddatum", "Betrokken tot", _text(person.einddatum)),
        ("vastgelegd_op", "Vastgelegd op", _text(person.aangemaakt_op)),
        ("gewijzigd_op", "Laatst gewijzigd", _text(person.gewijzigd_op)),
    ])]


def gesprek_records(session: Session, casus_id: uuid.UUID) -> list[InzageRecord]:
    """Every finished conversation of the case, with both voices per domain (the young person's)."""
    rows = session.exec(select(Gesprek).where(Gesprek.casus_id == casus_id)
                        .order_by(col(Gesprek.datum), col(Gesprek.afgerond_op))).all()
    records = []
    for row in rows:
        pijlers = session.exec(select(GesprekPijler).where(GesprekPijler.gesprek_id == row.id)
                               .order_by(col(GesprekPijler.pijler))).all()
        scores = session.exec(select(GesprekScore).where(GesprekScore.gesprek_id == row.id)
                              .order_by(col(GesprekScore.pijler), col(GesprekScore.domein))).all()
        records.append(_record("gesprek", row.id, row.soort.value.replace("_", " ").capitalize(),
                               _text(row.datum), [
            ("soort", "Soort gesprek", row.soort.value),
            ("datum", "Datum", _text(row.datum)),
            ("plaats", "Plaats", row.plaats.value.replace("_", " ")),
            ("afgenomen_door", "Gesprek met", row.afgenomen_door),
            ("rapportcijfer", "Rapportcijfer", row.rapportcijfer),
            ("samenvatting", "Wat we afspraken", row.samenvatting),
            ("bestaande_zorg", "Hulp die er al is", row.bestaande_zorg),
            ("instrument", "Instrument", f"{row.instrument_id} versie {row.instrument_versie}"),
            ("pijlers", "Per levensgebied", [{
                "pijler": p.pijler.value, "wat_gaat_goed": p.wat_gaat_goed,
                "zorgen": p.zorgen, "ik_wil": p.ik_wil, "ik_kan": p.ik_kan,
                "ik_heb_nodig": p.ik_heb_nodig, "notitie": p.notitie,
                "score_jongere": p.score_jongere, "score_professional": p.score_professional,
            } for p in pijlers]),
            ("scores", "Cijfers per onderwerp", [{
                "pijler": s.pijler.value, "domein": s.domein, "naam": s.domein_naam,
                "score_jongere": s.score_jongere, "score_professional": s.score_professional,
                "niet_besproken": s.niet_besproken, "toelichting": s.toelichting,
            } for s in scores]),
        ]))
    return records


def _versions(session: Session, casus_id: uuid.UUID) -> list[PlanVersie]:
    plan = session.exec(select(Toekomstplan).where(Toekomstplan.casus_id == casus_id)).first()
    if plan is None:
        return []
    return list(session.exec(select(PlanVersie).where(PlanVersie.plan_id == plan.id)
                             .order_by(col(PlanVersie.nummer))))


def plan_records(session: Session, casus_id: uuid.UUID, owner: str | None) -> list[InzageRecord]:
    """The plan's versions: whole for the young person (``owner`` None), else only their afspraken.

    ``owner`` is the afspraak owner key (``persoon:<id>`` or ``betrokkene:<id>``); a version in
    which they own nothing is left out.
    """
    records = []
    for row in _versions(session, casus_id):
        content = PlanDoc.from_bytes(row.document).content()
        base = [("nummer", "Versie", row.nummer), ("status", "Stand", row.status.value),
                ("getekend_op", "Getekend op", _text(row.getekend_op)),
                ("inhoud_hash", "Code van de tekst", row.inhoud_hash)]
        if owner is None:
            inhoud = content.canonical()
            velden = [*base, ("teksten", "Teksten", inhoud["teksten"]),
                      ("doelscores", "Doelen (scores)", inhoud["doelscores"]),
                      ("afspraken", "Afspraken", inhoud["afspraken"]),
                      ("kosten", "Kosten", inhoud["kosten"]),
                      ("evaluatie_datum", "Evaluatie op", inhoud["evaluatie_datum"])]
        else:
            mine = [a.canonical() for a in content.afspraken if a.eigenaar == owner]
            if not mine:
                continue
            velden = [*base, ("afspraken", "Jouw afspraken", mine)]
        records.append(_record("planversie", row.id, f"Toekomstplan, versie {row.nummer}",
                               _text(row.aangemaakt_op), velden))
    return records


def handtekening_records(session: Session, casus_id: uuid.UUID,
                         signer: str) -> list[InzageRecord]:
    """The signatures ``signer`` (``persoon:<id>``/``betrokkene:<id>``) placed on the plan."""
    nummers = {v.id: v.nummer for v in _versions(session, casus_id)}
    if not nummers:
        return []
    rows = session.exec(select(Handtekening)
                        .where(col(Handtekening.versie_id).in_(list(nummers)))
                        .where(Handtekening.ondertekenaar == signer)
                        .order_by(col(Handtekening.datum))).all()
    return [_record("handtekening", row.id, f"Handtekening onder versie {nummers[row.versie_id]}",
                    _text(row.datum), [
        ("versie", "Versie", nummers[row.versie_id]),
        ("naam", "Naam", row.naam), ("rol", "Als", row.rol), ("plaats", "Plaats", row.plaats),
        ("datum", "Datum", _text(row.datum)),
        ("inhoud_hash", "Onder de tekst met code", row.inhoud_hash),
        ("lijnen", "De getekende lijnen", row.lijnen),
        ("getypt", "Getypt en bevestigd (niet getekend)", "ja" if row.getypt else "nee"),
    ]) for row in rows]


def toestemming_records(session: Session, casus_id: uuid.UUID, person_id: uuid.UUID,
                        today: date) -> list[InzageRecord]:
    """Consents the person gave, or that let data be shared with them."""
    rows = session.exec(select(Toestemming).where(Toestemming.casus_id == casus_id)
                        .order_by(col(Toestemming.gegeven_op))).all()
    records = []
    for row in rows:
        rollen = [label for match, label in (
            (row.gegeven_door_id == person_id, "gegeven"),
            (row.ontvanger_persoon_id == person_id or row.ontvanger_betrokkene_id == person_id,
             "ontvangen"),
        ) if match]
        if not rollen:
            continue
        records.append(_record("toestemming", row.id, f"Toestemming voor {row.ontvanger}",
                               _text(row.gegeven_op), [
            ("jouw_rol", "Jij hebt deze", " en ".join(rollen)),
            ("ontvanger", "Ontvanger", row.ontvanger), ("doel", "Doel", row.doel),
            ("categorieen", "Welke gegevens", list(row.categorieen)),
            ("grondslag", "Grondslag", row.grondslag.value),
            ("gegeven_door", "Gegeven door", row.gegeven_door),
            ("gegeven_op", "Gegeven op", _text(row.gegeven_op)),
            ("verloopt_op", "Verloopt op", _text(row.verloopt_op)),
            ("ingetrokken_op", "Ingetrokken op", _text(row.ingetrokken_op)),
            ("geldig_vandaag", "Geldt vandaag", row.is_active(today)),
        ]))
    return records


def verzoek_records(session: Session, casus_id: uuid.UUID,
                    asker: str) -> list[InzageRecord]:
    """The corrections and removals of a text the person asked for (AVG art. 16/17).

    The record holds no text (the words are gone): when, on which ground, who decided, and
    which versions changed.
    """
    rows = session.exec(select(Tekstcorrectie).where(Tekstcorrectie.casus_id == casus_id)
                        .where(Tekstcorrectie.gevraagd_door == asker)
                        .order_by(col(Tekstcorrectie.aangemaakt_op))).all()
    records = []
    for row in rows:
        versies = sorted({int(c["versie"]) for c in row.codes
                          if isinstance(c, dict) and isinstance(c.get("versie"), int)})
        records.append(_record("tekstcorrectie", row.id,
                               f"Tekst {row.grond.gedaan} op jouw verzoek",
                               _text(row.gecorrigeerd_op), [
            ("grond", "Op grond van", row.grond.artikel),
            ("gedaan", "Wat er gebeurde", f"een tekst is {row.grond.gedaan}, ook uit de "
                                          "eerdere versies, vastgelegde teksten en afdrukken"),
            ("datum", "Datum", _text(row.gecorrigeerd_op)),
            ("besloten_door", "Gedaan door", row.besloten_door),
            ("versies", "In versie", versies),
            ("plaatsen", "Op zoveel plaatsen", row.plaatsen),
        ]))
    return records


def overleg_records(session: Session, casus_id: uuid.UUID, person_id: uuid.UUID,
                    whole: bool) -> list[InzageRecord]:
    """The overleggen the person was in or invited to; ``whole``: with the conclusions."""
    rows = session.exec(select(Overleg).where(Overleg.casus_id == casus_id)
                        .order_by(col(Overleg.datum))).all()
    records = []
    key = str(person_id)
    for row in rows:
        present = [p for p in row.aanwezigen if p.get("id") == key]
        absent = [p for p in row.afwezigen if p.get("id") == key]
        if not (present or absent):
            continue
        velden: list[tuple[str, str, Any]] = [
            ("datum", "Datum", _text(row.datum)),
            ("aanwezig", "Jij was erbij", bool(present)),
            ("jouw_rol", "Als", (present or absent)[0].get("rol", "")),
            ("besloten", "Besloten deel", row.besloten),
            ("afgerond_op", "Afgerond op", _text(row.afgerond_op)),
            ("volgende_evaluatie", "Volgende evaluatie", _text(row.volgende_evaluatie)),
            ("grondslag", "Op grond van toestemmingen", list(row.grondslag)),
        ]
        if whole:
            velden.append(("conclusies", "Conclusies", list(row.conclusies)))
        records.append(_record("overleg", row.id, "Casus-overleg", _text(row.datum), velden))
    return records


def log_records(session: Session, casus: Casus, about: set[str],
                whole: bool) -> list[InzageRecord]:
    """The audit entries about the person: the whole case for the young person (``whole``).

    For anyone else: entries on their own records (``about``) and on the case record itself
    (opening the case shows their details). Read through :func:`audit.events_for_case`, and
    only its fixed columns, so the log can grow fields without changing this.
    """
    events: list[AuditEvent] = audit.events_for_case(session, casus.id)
    casus_key = str(casus.id)
    records = []
    for event in reversed(events):  # chronological
        if not whole and event.record_id not in about and not (
                event.soort == "casus" and event.record_id == casus_key):
            continue
        records.append(_record("logregel", str(event.volgnummer), event.actie,
                               _text(event.tijdstip), [
            ("volgnummer", "Nummer", event.volgnummer),
            ("tijdstip", "Wanneer", _text(event.tijdstip)),
            ("wie", "Wie", event.wie), ("actie", "Wat", event.actie),
            ("soort", "Waaraan", event.soort), ("record_id", "Welk gegeven", event.record_id),
            ("details", "Toelichting", event.details),
        ]))
    return records
