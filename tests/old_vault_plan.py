"""The derived values of an old vault's rows: plan documents, audit chain, CRDT shadows.

Plain columns are written out in :mod:`tests.old_vault_rows`; what tafel computed (a plan
version's pycrdt document and hash, a signature's strokes, the audit log's hash chain, the
people's shadow document, the states a bundle carried, a conversation's draft) is made here
with tafel's own domain code, in the form tafel stored it at that revision: before 0012 a
plan version was one pycrdt document (:func:`legacy_document`), from 0012 it is one per part.
"""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from pycrdt import Array, Doc, Map, Text

from tafel.domain.dossier_doc import DossierDoc
from tafel.domain.dossier_velden import BESTAAT, BETROKKENE, FIELDS, HUISHOUDEN, PERSOON
from tafel.domain.enums import GesprekSoort, NetwerkSoort, Pijler, Rol
from tafel.domain.lopend_gesprek import empty_content, normalise
from tafel.domain.models import AuditEvent
from tafel.domain.plan_content import PlanContent, content_from_canonical, content_hash
from tafel.domain.plan_delen import delen_voor
from tafel.domain.plan_doc import PlanDoc
from tafel.domain.plan_register import Stempel
from tafel.paths import resource_path
from tafel.services import audit
from tafel.services.bundel_plan import DELETIONS, part_name
from tafel.services.instruments import load_instrument
from tafel.services.plan_copy import text_hash

Row = dict[str, Any]
Record = Callable[..., Row]

#: A drawn signature's strokes as the pad stored them (fractions of the pad, 4 decimals).
LIJNEN = [[[0.1021, 0.6532], [0.1533, 0.4127], [0.2048, 0.2983], [0.2611, 0.3378],
           [0.3125, 0.5206]], [[0.3551, 0.4412], [0.4873, 0.4409], [0.6126, 0.3871]]]

AFSPRAAK_SCHOOL, AFSPRAAK_COACH, KOSTEN_BEGELEIDING = "a-school-01", "a-coach-02", "k-begel-01"


def is_legacy(revision: str) -> bool:
    """Whether a plan version at ``revision`` is one document (before 0012 split it)."""
    return int(revision) < 12


def plan_contents(noor: uuid.UUID, coach: uuid.UUID) -> dict[str, PlanContent]:
    """Version 1 (signed), version 2 as first signed by the mother, and version 2 now."""
    first: dict[str, Any] = {
        "teksten": {
            "perspectief": "Over een jaar ga ik weer elke dag naar school en weet ik welke "
                           "opleiding ik na de zomer kies.",
            "droom": "Kapper worden, later een eigen salon — met ‘mijn’ naam op het raam.",
            "school_werk.ik_doel": "Elke dag naar school, ook op maandag.",
            "school_werk.zelf_doen": "Ik zet twee wekkers en leg mijn tas 's avonds klaar.",
            "wonen.netwerk": "Oma Ria. Op woensdag eet ik bij haar.\nZe haalt Lina op.",
            "welzijn.ondersteuning": "Sanne komt elke week thuis praten.",
            "vangnet": "Gaat het mis, dan bel ik oma of Sanne (030-1234567).",
        },
        "auteurs": {"perspectief": "jongere:Noor Bakker", "droom": "jongere:Noor Bakker",
                    "school_werk.ik_doel": "jongere:Noor Bakker",
                    "school_werk.zelf_doen": "jongere:Noor Bakker",
                    "wonen.netwerk": "jongere:Noor Bakker",
                    "welzijn.ondersteuning": "professional:Fatima Amrani",
                    "vangnet": "professional:Fatima Amrani"},
        "doelscores": {"school_werk.werk_opleiding": 4, "wonen.huiselijke_relaties": 3},
        "afspraken": [
            {"id": AFSPRAAK_SCHOOL, "actie": "Elke ochtend om 8.15 uur op school",
             "eigenaar": f"persoon:{noor}", "eigenaar_naam": "Noor Bakker",
             "deadline": "2026-06-01", "status": "bezig", "pijler": "school_werk"},
            {"id": AFSPRAAK_COACH, "actie": "Wekelijks gesprek thuis met Noor en Ayşe",
             "eigenaar": f"betrokkene:{coach}", "eigenaar_naam": "Sanne de Wit",
             "deadline": None, "status": "open", "pijler": None},
        ],
        "kosten": [{"id": KOSTEN_BEGELEIDING, "route": "plan",
                    "omschrijving": "Ambulante gezinsbegeleiding", "tarief_cent": 7850,
                    "eenheid": "uur", "aantal": 1.5, "periode": 26, "periode_eenheid": "weken"}],
        "evaluatie_datum": "2026-07-01", "uitzondering_nodig": False, "doorbraak_soort": None,
    }
    second_signed = json.loads(json.dumps(first))
    second_signed["teksten"]["school_werk.ik_doel"] = "Vier dagen naar school en één dag stage."
    second_signed["afspraken"][0]["status"] = "gedaan"
    second_signed["evaluatie_datum"] = "2026-12-01"
    second = json.loads(json.dumps(second_signed))
    second["teksten"]["school_werk.netwerk"] = "Mijn mentor belt als ik er niet ben."
    second["auteurs"]["school_werk.netwerk"] = "professional:Fatima Amrani"
    return {name: content_from_canonical(data) for name, data in
            (("v1", first), ("v2_eerder", second_signed), ("v2", second))}


def legacy_document(content: PlanContent) -> bytes:
    """A version as tafel stored it before 0012: one document with maps and arrays."""
    doc: Doc = Doc()
    with doc.transaction():
        teksten = doc.get("teksten", type=Map)
        auteurs = doc.get("auteurs", type=Map)
        for key, text in content.teksten.items():
            teksten[key] = Text(text)
            auteurs[key] = content.auteurs[key].encode() if key in content.auteurs else ""
        doelscores = doc.get("doelscores", type=Map)
        for key, score in content.doelscores.items():
            doelscores[key] = score
        afspraken = doc.get("afspraken", type=Array)
        for afspraak in content.afspraken:
            afspraken.append(Map({k: v for k, v in afspraak.canonical().items()
                                  if v is not None}))
        kosten = doc.get("kosten", type=Array)
        for post in content.kosten:
            kosten.append(Map(post.canonical() | {"aantal": post.aantal,
                                                  "periode": post.periode}))
        meta = doc.get("meta", type=Map)
        meta["evaluatie_datum"] = content.evaluatie_datum.isoformat() \
            if content.evaluatie_datum else None
        meta["uitzondering_nodig"] = content.uitzondering_nodig
        meta["doorbraak_soort"] = content.doorbraak_soort.value if content.doorbraak_soort \
            else None
    return doc.get_update()


def plan_parts(revision: str, plan: uuid.UUID, versions: tuple[uuid.UUID, uuid.UUID],
               casus: uuid.UUID, referentie: str, people: dict[str, uuid.UUID],
               numbered: Callable[[int], uuid.UUID]) -> dict[str, list[Row]]:
    """The plan of a case: two versions, their signatures, frozen moments and prints."""
    from tests.old_vault_rows import CHANGED, MADE, h, js

    contents = plan_contents(people["noor"], people["coach"])
    hashes = {name: content_hash(c, str(plan), referentie, 2 if name.startswith("v2") else 1)
              for name, c in contents.items()}

    def stored(content: PlanContent) -> bytes:
        return legacy_document(content) if is_legacy(revision) \
            else PlanDoc.from_content(content).to_bytes()

    def record(row_id: uuid.UUID, **values: Any) -> Row:
        return {"id": h(row_id), "aangemaakt_op": MADE, "gewijzigd_op": CHANGED, **values}

    v1, v2 = versions
    versie = [
        record(v1, plan_id=h(plan), nummer=1, status="VERVANGEN", document=stored(contents["v1"]),
               inhoud_hash=hashes["v1"], gemaakt_uit=None, getekend_op="2026-04-02"),
        record(v2, plan_id=h(plan), nummer=2, status="TER_ONDERTEKENING",
               document=stored(contents["v2"]), inhoud_hash=hashes["v2"], gemaakt_uit=1,
               getekend_op=None),
    ]

    def signature(n: int, version: uuid.UUID, moment: str, who: str, naam: str, rol: str,
                  day: str) -> Row:
        return record(numbered(n), versie_id=h(version), inhoud_hash=hashes[moment],
                      ondertekenaar=f"persoon:{people[who]}", naam=naam, rol=rol,
                      plaats="Weidestad", datum=day, lijnen=js(LIJNEN), verhouding=3.0,
                      getypt=0)

    def moment(n: int, version: uuid.UUID, name: str) -> Row:
        return record(numbered(n), versie_id=h(version), inhoud_hash=hashes[name],
                      inhoud=js(contents[name].canonical()))

    def printed(n: int, version: uuid.UUID, name: str, hoe: str) -> Row:
        pages = [f"Toekomstplan van Noor Bakker\n{referentie} · versie {name[1]}\n"
                 f"{contents[name].text('perspectief')}\npagina 1 van 2",
                 f"Code {hashes[name][:16]}\n{hashes[name]}\npagina 2 van 2"]
        return record(numbered(n), versie_id=h(version), inhoud_hash=hashes[name],
                      tekst_hash=text_hash(pages), paginas=js(pages), hoe=hoe,
                      tekst_verwijderd_op=None)

    return {
        "toekomstplan": [record(plan, casus_id=h(casus), evaluatie_ritme_maanden=3,
                                gestart_door="Fatima Amrani", kenmerk=referentie)],
        "planversie": versie,
        "handtekening": [
            signature(60, v1, "v1", "noor", "Noor Bakker", "jongere", "2026-04-02"),
            signature(61, v1, "v1", "ayse", "Ayşe Yılmaz", "moeder", "2026-04-02"),
            signature(62, v2, "v2_eerder", "ayse", "Ayşe Yılmaz", "moeder", "2026-10-01"),
            signature(63, v2, "v2", "noor", "Noor Bakker", "jongere", "2026-10-14"),
        ],
        "planmoment": [moment(64, v1, "v1"), moment(65, v2, "v2_eerder"), moment(66, v2, "v2")],
        "afdruk": [printed(67, v1, "v1", "afgedrukt"),
                   printed(68, v2, "v2", "opgeslagen als pdf")],
    }


def afspraak_ids(versies: list[Row]) -> list[str]:
    """The afspraken a casus-overleg made (their ids in the plan)."""
    assert versies
    return [AFSPRAAK_SCHOOL, AFSPRAAK_COACH]


def sync_states(versies: list[Row]) -> dict[str, str]:
    """What the bundle of version 1 carried: each shared part's state and deletions."""
    first = next(v for v in versies if v["nummer"] == 1)
    doc = PlanDoc.from_bytes(first["document"])
    states = doc.states()
    out: dict[str, str] = {}
    for deel in delen_voor({"school_werk", "toekomstplan", "welzijn"}):
        name = part_name(1, deel)
        out[name] = base64.b64encode(states[deel]).decode("ascii")
        update = doc.delen[deel].doc.get_update(states[deel])
        out[name + DELETIONS] = hashlib.sha256(update).hexdigest()[:32]
    return out


# -- audit log -----------------------------------------------------------------------------

def audit_rows(revision: str, casus: uuid.UUID, jongere: uuid.UUID) -> list[Row]:
    """A hash-chained log: old-form entries, and from 0018 entries with NEN 7513 fields."""
    nen = int(revision) >= 18
    # Before one list of record kinds and actions (between 0005 and 0006) tafel wrote its own
    # words: a draft was a "gesprekconcept", a plan's status change "status <status>".
    words = [("gestart", "gesprekconcept"), ("status ter_ondertekening", "planversie")]
    if int(revision) >= 6:
        words = [("gestart", "lopend_gesprek"), ("status gewijzigd", "planversie")]
    entries = [
        (datetime(2026, 2, 3, 9, 15, tzinfo=UTC), "aangemaakt", "casus", casus, ""),
        (datetime(2026, 2, 3, 9, 16, 30, 123456, tzinfo=UTC), "aangemaakt", "persoon",
         jongere, "rol: jongere"),
        (datetime(2026, 3, 10, 11, 2, 3, tzinfo=UTC), *words[0], casus, ""),
        (datetime(2026, 3, 10, 11, 2, 4, tzinfo=UTC), *words[1], casus, "versie 2"),
        (datetime(2026, 3, 10, 11, 2, 5, tzinfo=UTC), "bekeken", "casus", casus, "BSN"),
        (datetime(2026, 10, 14, 16, 40, 12, 345678, tzinfo=UTC), "gewijzigd", "casus", casus,
         "status: plan"),
        (datetime(2026, 11, 2, 8, 0, tzinfo=UTC), "bekeken", "casuslijst", None, "2 casussen"),
    ]
    rows: list[Row] = []
    previous = audit.GENESIS
    for n, (moment, actie, soort, record_id, details) in enumerate(entries, start=1):
        fields = {"organisatie": "", "rol": "", "namens": "", "werkplek": "", "resultaat": "",
                  "herkomst": "", "grondslag": ""}
        if nen and n > 5:  # written after 0018
            fields = {"organisatie": "Wijkteam Weidestad", "rol": "jongerencoach",
                      "namens": "Fatima Amrani", "werkplek": "5" * 32,
                      "resultaat": audit.GELUKT, "herkomst": "scherm",
                      "grondslag": audit.WETTELIJKE_TAAK}
        event = AuditEvent(
            volgnummer=n, tijdstip=moment, wie="Fatima Amrani", actie=actie, soort=soort,
            record_id=str(record_id) if record_id else "",
            casus_id=str(casus) if soort != "casuslijst" else "", details=details,
            vorige_hash=previous, hash="", **fields)
        event.hash = audit.event_hash(event)
        row = {"volgnummer": n, "tijdstip": f"{moment:%Y-%m-%d %H:%M:%S.%f}",
               "wie": event.wie, "actie": actie, "soort": soort, "record_id": event.record_id,
               "casus_id": event.casus_id, "details": details, "vorige_hash": previous,
               "hash": event.hash}
        if nen:
            row.update(fields)
        rows.append(row)
        previous = event.hash
    return rows


# -- conversations -------------------------------------------------------------------------

INSTRUMENT = resource_path("instruments", "tafel-big5-v1.json")


def scores_of_keukentafelgesprek(gesprek: uuid.UUID, check: uuid.UUID, record: Record,
                                 numbered: Callable[[int], uuid.UUID]
                                 ) -> tuple[list[Row], list[Row]]:
    """Pillar notes of both conversations; domain scores of the keukentafelgesprek."""
    from tests.old_vault_rows import h

    instrument = load_instrument(INSTRUMENT)
    pillars: list[Row] = []
    for n, pillar in enumerate(Pijler):
        pillars.append(record(
            numbered(200 + n), gesprek_id=h(gesprek), pijler=pillar.name,
            wat_gaat_goed=f"Over {pillar.value}: dat gaat goed.", zorgen="Soms ruzie thuis.",
            ik_wil="Ik wil rust in mijn hoofd.", ik_kan="Ik kan goed plannen.",
            ik_heb_nodig="Iemand die meedenkt.", notitie="Eigen notitie van de consulent.",
            score_professional=None, score_jongere=None))
        pillars.append(record(
            numbered(210 + n), gesprek_id=h(check), pijler=pillar.name, wat_gaat_goed="",
            zorgen="Geldzorgen." if pillar is Pijler.INKOMEN else "", ik_wil="", ik_kan="",
            ik_heb_nodig="", notitie="", score_professional=2 + n % 3,
            score_jongere=3 if pillar is not Pijler.WELZIJN else None))
    scores = [record(
        numbered(220 + n), gesprek_id=h(gesprek), pijler=domain.pillar.name, domein=domain.key,
        domein_naam=domain.name, score_professional=None if n == 5 else 1 + n % 5,
        score_jongere=None if n in (5, 7) else 5 - n % 5, niet_besproken=int(n == 5),
        toelichting="Niet over gehad." if n == 5 else f"Toelichting bij {domain.name}.")
        for n, domain in enumerate(instrument.domains)]
    return pillars, scores


def lopend_inhoud() -> dict[str, Any]:
    """A snelle check under way: two pillars scored, one with words."""
    instrument = load_instrument(INSTRUMENT)
    content = empty_content(instrument, GesprekSoort.SNELLE_CHECK, date(2026, 11, 20))
    content["aanwezig"] = ["Noor Bakker", "Fatima Amrani"]
    content["pijlers"]["wonen"].update(wat_gaat_goed="Het is rustiger thuis.", jongere=4,
                                       professional=3)
    content["pijlers"]["school_werk"].update(zorgen="Maandag weer niet geweest.", jongere=2)
    return normalise(content, instrument)


# -- the people's shadow document ----------------------------------------------------------

def casusdocument(rows: dict[str, list[Row]], casus: uuid.UUID) -> bytes:
    """The CRDT shadow of a case's household, members and network, as a bundle left it."""
    from tests.old_vault_rows import KLUIS_ID, h

    case = next(c for c in rows["casus"] if c["id"] == h(casus))
    household = case["huishouden_id"]
    records = [(HUISHOUDEN, r) for r in rows["huishouden"] if r["id"] == household]
    records += [(PERSOON, r) for r in rows["persoon"] if r["huishouden_id"] == household]
    records += [(BETROKKENE, r) for r in rows["betrokkene"] if r["casus_id"] == h(casus)]
    doc = DossierDoc(client_id=4242)
    stempel = Stempel("Fatima Amrani", str(KLUIS_ID), "2026-04-03T10:00:00+00:00")
    for kind, row in records:
        record_id = str(uuid.UUID(row["id"]))
        doc.write(kind, record_id, BESTAAT, True, stempel)
        for name in FIELDS[kind]:
            value = _plain(kind, name, row[name])
            if value not in (None, ""):
                doc.write(kind, record_id, name, value, stempel)
    return doc.to_bytes()


def _plain(kind: str, name: str, raw: Any) -> Any:
    """A raw column value as the shadow holds it (enum values, booleans)."""
    if name == "rol" and kind == PERSOON:
        return Rol[raw].value
    if name == "soort":
        return NetwerkSoort[raw].value
    if name in ("gezag", "altijd_er_voor_mij"):
        return bool(raw)
    return raw
