"""What tests build on: the test passphrase and date, vault copies, a full plan, a new case.

Test files import from here (and from ``tests/ui/drive.py`` for the screens), never from
each other or from a conftest, so a test module can move or go without breaking another.
"""

from __future__ import annotations

import json
import shutil
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pypdfium2 as pdfium
from sqlmodel import select

from tafel.domain.dates import add_years
from tafel.domain.enums import Gegevenscategorie, Grondslag
from tafel.domain.models import Persoon
from tafel.domain.plan_content import Auteur, PlanContent, Schrijver
from tafel.domain.plan_doc import (
    PlanDoc,
    PlanEdit,
    RemoveAfspraak,
    RemoveKosten,
    SetAfspraak,
    SetKosten,
    SetMeta,
    SetTarget,
    SetText,
)
from tafel.paths import resource_path
from tafel.services import ChangeSet, Services
from tafel.services.casussen import NieuweCasus
from tafel.services.plans import NieuweHandtekening, PlanMerged
from tafel.vault import KdfParams, Vault
from tafel.vault.crypto import kdf_path

CHEAP = KdfParams(memory_kib=8 * 1024, time_cost=1, parallelism=1)


PASSPHRASE = "paarse olifant op de fiets"


TODAY = date(2026, 11, 23)


def copy_vault(source: Path, target_dir: Path) -> Path:
    """Copy a locked vault (database and key file) into ``target_dir``."""
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / source.name
    shutil.copy2(source, target)
    shutil.copy2(kdf_path(source), kdf_path(target))
    return target


def vault_rows(vault: Vault) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, decrypted, by table (to compare a vault before and after)."""
    from sqlalchemy import text

    rows: dict[str, list[tuple[object, ...]]] = {}
    with vault.engine.connect() as connection:
        tables = [row[0] for row in connection.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))]
        for table in tables:
            rows[table] = sorted((tuple(r) for r in connection.execute(
                text(f'SELECT * FROM "{table}"'))), key=repr)
    return rows


def decrypted(vault: Vault) -> str:
    """Every value of every row of every table, decrypted, as one text (to look for words)."""
    return "\n".join(v.decode("utf-8", "replace") if isinstance(v, bytes) else str(v)
                     for rows in vault_rows(vault).values() for row in rows for v in row)


# -- a full plan on a demo case ------------------------------------------------------------

CASE = "T-2026-0003"  # a demo case with conversations (so the Big 5 picture has scores)


PILLAR_GOALS = (
    ("Wonen", "Ik wil een eigen kamer in Almelo."),
    ("Inkomen", "Ik wil weten hoeveel schuld ik heb."),
    ("Welzijn", "Ik wil beter slapen."),
    ("School & Werk", "Ik wil een opleiding tot kok."),
    ("Support", "Ik wil mijn zus elke week zien."),
)


WAVE = [[(0.05 + 0.9 * i / 20, 0.5 + (0.3 if i % 2 else -0.3) * (1 - i / 20)) for i in range(21)]]


@dataclass(frozen=True)
class BuiltPlan:
    """A plan made through the service, and the people in it."""

    case_id: uuid.UUID
    version_id: uuid.UUID
    jongere: str
    professional: str


def build_plan(services: Services, reference: str = CASE) -> BuiltPlan:
    """A full plan on a demo case: every part, afspraken, a doorbraak with costs, a signature."""
    case_id = services.casussen.resolve(reference)
    view = services.plans.start(case_id).view
    old = view.latest.content  # a demo plan may exist already: start from a clean page
    services.plans.edit(
        view.latest.id,
        *[SetText(key, "") for key in old.teksten],
        *[SetTarget(key, None) for key in old.doelscores],
        *[RemoveAfspraak(a.id) for a in old.afspraken],
        *[RemoveKosten(k.id) for k in old.kosten],
    )
    view = services.plans.for_case(case_id)
    assert view is not None
    jongere = view.case.jongere
    professional = next(p for p in view.case.people if p.soort == "professional")
    goals = [SetText(f"{key}.ik_doel", text) for key, (_, text) in zip(
        ("wonen", "inkomen", "welzijn", "school_werk", "support"), PILLAR_GOALS, strict=True)]
    result = services.plans.edit(
        view.latest.id,
        SetText("perspectief", "Over een half jaar woon ik op mezelf en kook ik crème brûlée."),
        SetText("droom", "Later een eigen zaak, een foodtruck met één menu voor € 4,50."),
        *goals,
        SetText("wonen.zelf_doen", "Ik reageer elke week op twee kamers."),
        SetText("inkomen.netwerk", "Mijn oom Anouar helpt met de post."),
        SetText("welzijn.behandeling", "Zes gesprekken bij de praktijkondersteuner."),
        SetText("doorbraak.blokkade", "Zonder adres geen uitkering, zonder uitkering geen kamer."),
        SetText("doorbraak.beslisser", "Teamleider Werk en Inkomen"),
        SetText("waarden.legitimiteit", "Een gift uit het maatwerkbudget mag."),
        SetText("waarden.betrokkenheid", "Zij krijgt een eigen plek en regie."),
        SetText("waarden.rendement", "Een kleine gift tegenover een dure opvang."),
        SetText("vangnet", "Lukt het niet, dan bel ik mijn zus en mag ik daar slapen."),
        SetTarget("wonen.huisvesting", 4),
        SetTarget("inkomen.financien", 3),
        SetMeta("uitzondering_nodig", True),
        SetMeta("doorbraak_soort", "gift"),
        SetAfspraak(None, {"actie": "Inschrijven bij de woningcorporatie",
                           "eigenaar": jongere.sleutel, "eigenaar_naam": jongere.naam,
                           "deadline": "2026-11-15", "pijler": "wonen"}),
        SetAfspraak(None, {"actie": "Schuldenoverzicht maken met de budgetcoach",
                           "eigenaar": professional.sleutel,
                           "eigenaar_naam": professional.naam,
                           "deadline": "2026-12-15", "status": "bezig"}),
        SetKosten(None, {"route": "dreigend", "omschrijving": "Maatschappelijke opvang",
                         "tarief_cent": 9000, "eenheid": "nacht", "aantal": 1, "periode": 180,
                         "periode_eenheid": "nachten"}),
        SetKosten(None, {"route": "plan", "omschrijving": "Gift: huur en borg",
                         "tarief_cent": 170000}),
        schrijver=Schrijver.JONGERE,
    )
    edited = services.plans.edit(
        result.version_id,
        SetText("wonen.ondersteuning", "De jongerencoach helpt met de urgentie-aanvraag."),
    )
    version = edited.view.version_by_id(edited.version_id)
    assert version is not None
    services.plans.sign(edited.version_id, NieuweHandtekening(
        jongere.sleutel, jongere.naam, jongere.rol, "Eikenrode", TODAY, WAVE, 3.0,
    ), version.inhoud_hash)
    return BuiltPlan(case_id, edited.version_id, jongere.naam, professional.naam)


def pdf_text(pdf: bytes) -> str:
    """All text of all pages, whitespace folded to single spaces."""
    document = pdfium.PdfDocument(pdf)
    try:
        pages = [document[i].get_textpage().get_text_range() for i in range(len(document))]
    finally:
        document.close()
    return " ".join(" ".join(pages).split())


def current_hash(services: Services, built: BuiltPlan) -> str:
    view = services.plans.for_case(built.case_id)
    assert view is not None
    version = view.version_by_id(built.version_id)
    assert version is not None
    return version.inhoud_hash


def young_bsn(services: Services, case_id: uuid.UUID) -> str:
    """The young person's BSN, read from the vault."""
    view = services.plans.for_case(case_id)
    assert view is not None
    person_id = uuid.UUID(view.case.jongere.sleutel.partition(":")[2])
    with services.context.vault.transaction() as session:
        bsn = session.exec(select(Persoon.bsn).where(Persoon.id == person_id)).one()
    assert bsn
    return bsn



def sign_all(services: Services, case_id: uuid.UUID) -> None:
    """Every expected signer signs the newest version, as the signing dialog would."""
    view = services.plans.for_case(case_id)
    assert view is not None
    version = view.latest
    for person in view.expected_signers(version.content, TODAY):
        services.plans.sign(version.id, NieuweHandtekening(
            person.sleutel, person.naam, person.rol, "Weidestad", TODAY,
            [[(0.1, 0.5), (0.5, 0.4), (0.9, 0.6)]]), version.inhoud_hash)



# -- a new case, an instrument file ---------------------------------------------------------

def new_case(**changes) -> NieuweCasus:  # type: ignore[no-untyped-def]
    fields = dict(huishouden="Huishouden Bakker", voornaam="Noor", achternaam="Bakker",
                  geboortedatum=add_years(TODAY, -17) - timedelta(days=200),
                  casusregisseur="Fatima Amrani")
    fields.update(changes)
    return NieuweCasus(**fields)



GOOD_INSTRUMENT = resource_path("instruments", "tafel-big5-v1.json")


def good_raw() -> dict:
    return json.loads(GOOD_INSTRUMENT.read_text(encoding="utf-8"))


def write_file(folder: Path, name: str, raw: object) -> Path:
    path = folder / name
    path.write_text(raw if isinstance(raw, str) else json.dumps(raw), encoding="utf-8")
    return path


# -- a finished keukentafelgesprek ---------------------------------------------------------

PRIVATE_NOTE = "Eigen notitie: moeder lijkt uitgeput"  # the professional's, never on paper


def finished_keukentafelgesprek(services: Services, case_id: uuid.UUID) -> uuid.UUID:
    """A keukentafelgesprek with words in every pillar, both scores, a summary; its id."""
    from tafel.domain.enums import Antwoord, GesprekSoort

    lopend = services.gesprekken.start(case_id, GesprekSoort.KEUKENTAFELGESPREK).lopend
    content = lopend.content
    for key, pillar in content["pijlers"].items():
        pillar.update(wat_gaat_goed=f"Over {key}: ik kan goed koken.", zorgen="Soms te veel.",
                      ik_wil="Ik wil rust.", ik_kan="Ik kan vragen stellen.",
                      ik_heb_nodig="Iemand die meedenkt.", notitie=PRIVATE_NOTE)
    for score in content["scores"].values():
        score.update(professional=2, jongere=4, toelichting="Toelichting van de consulent")
    content.update(rapportcijfer=6, samenvatting="We bellen volgende week de woningcorporatie.",
                   volwassene_altijd_daar=Antwoord.JA.value, volwassene_wie="Oma Ria")
    services.gesprekken.save(lopend.id, content, 6)
    changes = services.gesprekken.finish(lopend.id)
    assert changes.primary_id is not None
    return changes.primary_id



def stored_plan(services: Services, case_id: uuid.UUID,
                nummer: int | None = None) -> tuple[PlanDoc, int]:
    """A copy of a stored version (the newest by default), as another laptop would hold it."""
    from tafel.domain.plan_tables import PlanVersie, Toekomstplan

    with services.context.vault.transaction() as session:
        plan = session.exec(select(Toekomstplan).where(Toekomstplan.casus_id == case_id)).one()
        rows = session.exec(select(PlanVersie).where(PlanVersie.plan_id == plan.id)).all()
        row = max(rows, key=lambda r: r.nummer) if nummer is None else \
            next(r for r in rows if r.nummer == nummer)
        return PlanDoc.from_bytes(bytes(row.document), partij="andere-kluis"), row.nummer


def edit_elsewhere(services: Services, case_id: uuid.UUID, *edits: PlanEdit,
                   who: str = "Bas de Vries", nummer: int | None = None) -> PlanMerged:
    """Edits made on another laptop to a copy of this plan, merged in as a bundle would.

    The copy is taken from the stored version now and edited apart (its own CRDT client);
    edits made here after this call and the edits made there meet as between two vaults,
    so the same field set on both sides is a conflict.
    """
    copy, at = stored_plan(services, case_id, nummer)
    before = copy.state()
    for edit in edits:
        copy.apply(edit, Auteur(Schrijver.PROFESSIONAL, who))
    return services.plans.merge(case_id, {at: copy.changes_since(before)})


def apart(services: Services, case_id: uuid.UUID, mine: list[PlanEdit],
          theirs: list[PlanEdit], who: str = "Bas de Vries") -> PlanMerged:
    """``mine`` made here and ``theirs`` on another laptop at the same time, then merged.

    Returns the merge (its ``changes`` to publish, as an import of a bundle would).
    """
    copy, at = stored_plan(services, case_id)
    before = copy.state()
    view = services.plans.for_case(case_id)
    assert view is not None
    if mine:
        services.plans.edit(view.latest.id, *mine)
    for edit in theirs:
        copy.apply(edit, Auteur(Schrijver.PROFESSIONAL, who))
    return services.plans.merge(case_id, {at: copy.changes_since(before)})


# -- a party card from another vault -------------------------------------------------------

def party_card(naam: str = "Sanne de Wit", organisatie: str = "Jeugdhulp Twente",
               rol: str = "ambulant hulpverlener", kluis_id: str | None = None) -> bytes:
    """A ``.tafelkaart`` of an invented other vault, with fresh keys (no vault needed)."""
    from tafel.domain.partijkaart import Partijkaart
    from tafel.domain.sleutels import (
        age_ontvanger,
        nieuwe_age_identiteit,
        nieuwe_tekensleutel,
        tekensleutel_publiek,
    )

    return Partijkaart(kluis_id or str(uuid.uuid4()), naam, organisatie, rol,
                       age_ontvanger(nieuwe_age_identiteit()),
                       tekensleutel_publiek(nieuwe_tekensleutel())).bestand()


def named_vault(path: Path, naam: str, organisatie: str = "", rol: str = "") -> Path:
    """A new vault of its own (so with its own id: another party), named, and locked again."""
    from tafel.vault import Vault

    vault = Vault.create(path, PASSPHRASE, CHEAP)
    try:
        Services(vault).medewerker.vastleggen(naam, organisatie, rol)
    finally:
        vault.lock()
    return path


# -- several laptops, each with its own vault, exchanging bundles ---------------------------


@dataclass
class Laptop:
    """One party's vault, open, with its own services (and its own CRDT client)."""

    services: Services
    vault: Vault
    naam: str

    @property
    def kluis_id(self) -> str:
        return self.services.medewerker.kluis_id()

    def party(self, other: Laptop) -> uuid.UUID:
        """The id of ``other`` as a known party here."""
        found = self.services.partijen.zoek_kluis(other.kluis_id)
        assert found is not None
        return found.id


def laptop(folder: Path, naam: str, organisatie: str, rol: str) -> Laptop:
    """A new vault for one professional, with their details filled in."""
    folder.mkdir(parents=True, exist_ok=True)
    vault = Vault.create(folder / "kluis.tafel", PASSPHRASE, CHEAP)
    services = Services(vault, naam, today=lambda: TODAY)
    services.medewerker.vastleggen(naam, organisatie, rol)
    return Laptop(services, vault, naam)


def introduce(*laptops: Laptop) -> None:
    """Everyone adds everyone's party card and verifies it (face to face)."""
    for one in laptops:
        for other in laptops:
            if one is not other:
                added = one.services.partijen.voeg_toe(other.services.partijen.kaart_bestand())
                one.services.partijen.markeer_geverifieerd(added.partij.id)


def share_with(owner: Laptop, case_id: uuid.UUID, other: Laptop,
               categorieen: tuple[Gegevenscategorie, ...]) -> uuid.UUID:
    """``other`` joins the case's network in ``owner``'s vault, with consent.

    The network entry is linked to ``other``'s party, and the household gives consent for
    ``categorieen``; returns the consent's id.
    """
    from tafel.domain.enums import NetwerkSoort
    from tafel.services.netwerk import NieuweBetrokkene
    from tafel.services.toestemmingen import NieuweToestemming

    services = owner.services
    betrokkene = services.netwerk.add_betrokkene(case_id, NieuweBetrokkene(
        NetwerkSoort.PROFESSIONEEL, other.naam, "professional", "organisatie")).primary_id
    assert betrokkene is not None
    services.partijen.koppel(owner.party(other), betrokkene)
    consent = services.toestemmingen.add(case_id, NieuweToestemming(
        ontvanger="", doel="Samen aan het toekomstplan werken", categorieen=categorieen,
        gegeven_op=TODAY, ontvanger_betrokkene_id=betrokkene))
    assert consent.primary_id is not None
    return consent.primary_id


def send(sender: Laptop, case_id: uuid.UUID, *receivers: Laptop) -> bytes:
    """A bundle from ``sender`` to ``receivers`` (known, verified parties)."""
    return sender.services.bundels.exporteer(
        case_id, partij_ids=[sender.party(r) for r in receivers]).data


# -- the people around a case, as bundles carry them -----------------------------------------

def people_of(services: Services, case_id: uuid.UUID) -> dict[str, dict[str, object]]:
    """The case's household, members and network as the tables hold them, by record."""
    from tafel.domain.dossier_velden import FIELDS
    from tafel.domain.models import Betrokkene, Casus, Huishouden

    with services.context.vault.transaction() as session:
        casus = session.get(Casus, case_id)
        assert casus is not None
        rows: list[tuple[str, object]] = [("huishouden", session.get(Huishouden,
                                                                    casus.huishouden_id))]
        rows += [("persoon", p) for p in session.exec(
            select(Persoon).where(Persoon.huishouden_id == casus.huishouden_id))]
        rows += [("betrokkene", b) for b in session.exec(
            select(Betrokkene).where(Betrokkene.casus_id == case_id))]
        return {f"{kind}/{row.id}": {name: getattr(row, name) for name in FIELDS[kind]}  # type: ignore[attr-defined]
                for kind, row in rows}


def dossier_update_elsewhere(services: Services, case_id: uuid.UUID, values: dict[str, object],
                             who: str = "Bas de Vries") -> bytes:
    """Fields (``persoon/<id>/telefoon``: plain value) set on another laptop, as its update.

    The other laptop holds a copy of this case's people as exported now, and writes apart
    with its own CRDT client, like a party that received a bundle and edited it.
    """
    from tafel.domain.dossier_doc import DossierDoc, parse_field
    from tafel.domain.plan_doc import new_client_id
    from tafel.domain.plan_register import Stempel

    exported = services.dossier.export(case_id)
    copy = DossierDoc(exported.update, client_id=new_client_id())
    for field, value in values.items():
        kind, record_id, name = parse_field(field)
        copy.write(kind, record_id, name, value,
                   Stempel.now(who, "andere-kluis", datetime.now(UTC)))
    return copy.changes_since(exported.state)


def dossier_apart(services: Services, case_id: uuid.UUID, mine: dict[str, object],
                  theirs: dict[str, object], who: str = "Bas de Vries") -> ChangeSet:
    """Fields chosen here and set on ``who``'s laptop at the same time, merged as a bundle.

    The other laptop starts from this case's people as exported now; the values here are
    written after that (as settled on the case screen), so the merge keeps both. Returns
    the merge's changes, to publish as the bundle import does.
    """
    update = dossier_update_elsewhere(services, case_id, theirs, who)
    for field, value in mine.items():
        services.dossier.choose(case_id, field, value)
    return services.dossier.merge(case_id, update).changes


def plan_from_elsewhere(services: Services, folder: Path,
                        categorieen: tuple[Gegevenscategorie, ...]) -> uuid.UUID:
    """A case whose full plan was written on the wijkteam's laptop, read in here by bundle.

    The household consented to share ``categorieen`` with this vault, so the plan arrives
    with only those parts. Every part was filled in at the wijkteam (Inkomen too, with an
    afspraak), so a part left out shows as not shared, never as empty. The case's id.
    """
    from tafel.domain.plan_doc import SetAfspraak, SetTarget, SetText

    wijkteam = laptop(folder, "Marloes Tjeerdsma", "Wijkteam Weidestad", "consulent")
    here = Laptop(services, services.context.vault, services.context.actor)
    try:
        introduce(wijkteam, here)
        case_id = wijkteam.services.casussen.register(new_case()).primary_id
        assert case_id is not None
        share_with(wijkteam, case_id, here, categorieen)
        plan = wijkteam.services.plans.start(case_id).view.latest.id
        wijkteam.services.plans.edit(
            plan, SetText("perspectief", "Over een half jaar woon ik op mezelf in Weidestad."),
            SetText("wonen.ik_doel", "Ik wil een eigen kamer."),
            SetText("inkomen.ik_doel", "Ik wil mijn schuld bij de zorgverzekeraar aflossen."),
            SetText("inkomen.zelf_doen", "Elke maand 50 euro apart zetten."),
            SetText("vangnet", "Als het misgaat, bel ik tante Els."),
            SetTarget("inkomen.financien", 4),
            SetAfspraak(None, {"actie": "Betalingsregeling aanvragen", "pijler": "inkomen"}),
            SetAfspraak(None, {"actie": "Inschrijven bij Woonnet", "pijler": "wonen"}))
        services.bundels.lees_in(send(wijkteam, case_id, here))
    finally:
        wijkteam.vault.lock()
    return case_id


# -- the casus-overleg: a case with a marker in every field ------------------------------------

def marker(key: str) -> str:
    """A unique word for one field, easy to find by search and by OCR: MRK + the key's letters."""
    return "MRK" + "".join(ch for ch in key.upper() if ch.isalpha())


@dataclass(frozen=True)
class MeetingCase:
    """A case for the casus-overleg: who is who, and the marker planted in each field.

    ``markers`` maps a marker to the plan part it belongs to (``tafel.domain.plan_delen``), or
    to ``"nooit"`` for what never reaches the wall (BSN, address, contact details, notes) and
    ``"persoon"`` for names (shown only with persoonsgegevens).
    """

    case_id: uuid.UUID
    jongere_id: uuid.UUID
    moeder_id: uuid.UUID
    oom_id: uuid.UUID
    agent_id: uuid.UUID
    markers: dict[str, str]


def meeting_case(services: Services, agent_may_see: tuple[Gegevenscategorie, ...] = (
        Gegevenscategorie.PERSOONSGEGEVENS, Gegevenscategorie.TOEKOMSTPLAN,
        Gegevenscategorie.WONEN, Gegevenscategorie.WELZIJN, Gegevenscategorie.SCHOOL_WERK,
        Gegevenscategorie.SUPPORT), bsns: tuple[str, str] = ("111222333", "123456782"),
) -> MeetingCase:
    """Noor (17), her mother, her uncle and a wijkagent whose consent leaves out Inkomen.

    The toekomstplan has a marker in every text and an afspraak per pillar.
    """
    from tafel.domain import plan_delen
    from tafel.domain.enums import NetwerkSoort, Pijler, Rol
    from tafel.domain.plan_content import TEXT_KEYS
    from tafel.services.netwerk import NieuweBetrokkene, NieuwePersoon
    from tafel.services.toestemmingen import NieuweToestemming

    markers: dict[str, str] = {}
    case_id = services.casussen.register(new_case(
        voornaam="Noor", achternaam=marker("achternaam"), bsn=bsns[0],
        plaats=marker("plaats"), telefoon="0612345678", email="mrkmail@example.org",
        aanleiding=marker("aanleiding"))).primary_id
    assert case_id is not None
    markers |= {marker("achternaam"): "persoon", marker("plaats"): "nooit",
                bsns[0]: "nooit", "0612345678": "nooit", "mrkmail@example.org": "nooit",
                marker("aanleiding"): "nooit"}
    moeder = services.netwerk.add_person(case_id, NieuwePersoon(
        Rol.OUDER, marker("moeder"), bsn=bsns[1], telefoon="0698765432",
        gezag=True)).primary_id
    oom = services.netwerk.add_betrokkene(case_id, NieuweBetrokkene(
        NetwerkSoort.INFORMEEL, f"{marker('oom')} Bakker", f"oom {marker('rol oom')}")
    ).primary_id
    agent = services.netwerk.add_betrokkene(case_id, NieuweBetrokkene(
        NetwerkSoort.PROFESSIONEEL, f"{marker('agent')} Jansen", "wijkagent",
        f"Politie {marker('organisatie')}", telefoon="0611122233")).primary_id
    assert moeder and oom and agent
    markers |= {marker("moeder"): "persoon", marker("oom"): "persoon",
                marker("agent"): "persoon", marker("rol oom"): "persoon",
                marker("organisatie"): "persoon", bsns[1]: "nooit", "0698765432": "nooit",
                "0611122233": "nooit"}
    if agent_may_see:
        services.toestemmingen.add(case_id, NieuweToestemming(
            "", "Casus-overleg", agent_may_see, ontvanger_betrokkene_id=agent))
    view = services.plans.start(case_id).view
    edits: list[PlanEdit] = [SetText(key, f"Tekst {marker(key)} hier") for key in TEXT_KEYS]
    markers |= {marker(key): plan_delen.deel_van_tekst(key) for key in TEXT_KEYS}
    jongere = view.case.jongere
    for pijler in [*Pijler, None]:
        name = f"afspraak {pijler.value if pijler else 'algemeen'}"
        edits.append(SetAfspraak(None, {
            "actie": f"Doe {marker(name)} nu", "eigenaar": jongere.sleutel,
            "eigenaar_naam": jongere.naam, "deadline": "2027-01-15",
            "pijler": pijler.value if pijler else None}))
        markers[marker(name)] = plan_delen.deel_van_pijler(pijler.value if pijler else None)
    edits.append(SetKosten(None, {"route": "dreigend", "omschrijving": marker("kosten"),
                                  "tarief_cent": 9000, "aantal": 1, "periode": 30}))
    markers[marker("kosten")] = plan_delen.DOORBRAAK
    services.plans.edit(view.latest.id, *edits)
    jongere_id = uuid.UUID(jongere.sleutel.partition(":")[2])
    return MeetingCase(case_id, jongere_id, moeder, oom, agent, markers)


# -- the wall: a plan with a short, OCR-readable word in every field ----------------------------

_WAND_HEADS = {"wonen": "WONEN", "inkomen": "INKOMEN", "welzijn": "WELZIJN",
               "school_werk": "SCHOOLWERK", "support": "SUPPORT", "doorbraak": "DB",
               "waarden": "WD", "afspraak": "AF"}
_WAND_TAILS = {"ik_doel": "DOEL", "zelf_doen": "ZELF", "netwerk": "NETWERK",
               "ondersteuning": "STEUN", "behandeling": "BEHANDEL"}


def wand_marker(key: str) -> str:
    """A marker for one plan field that OCR reads back: one upper-case word, at most 18 letters.

    ``wonen.zelf_doen`` is MRKWONENZELF, ``perspectief`` MRKPERSPECTIEF; an afspraak of a
    pillar ``afspraak.inkomen`` is MRKAFINKOMEN. Markers of different parts differ in
    more than two letters, so a misread letter cannot turn one into another.
    """
    head, _, tail = key.partition(".")
    word = _WAND_HEADS.get(head, head.upper().replace("_", ""))
    if tail:
        word += _WAND_TAILS.get(tail, tail.upper().replace("_", ""))
    return "MRK" + word


def wand_plan() -> tuple[PlanContent, dict[str, str]]:
    """A toekomstplan with a marker in every text and an afspraak per pillar (and one without).

    Returns the content and each marker's plan part (``tafel.domain.plan_delen``). Each
    afspraak's owner is ``persoon:eigenaar`` (name it with :data:`WAND_EIGENAAR`) and has a
    deadline, :data:`WAND_DEADLINE`.
    """
    from tafel.domain import plan_delen
    from tafel.domain.enums import Pijler
    from tafel.domain.plan_content import TEXT_KEYS

    who = Auteur(Schrijver.PROFESSIONAL, "Fatima")
    plan = PlanDoc.new()
    markers: dict[str, str] = {}
    for key in TEXT_KEYS:
        plan.apply(SetText(key, f"Tekst {wand_marker(key)} hier"), who)
        markers[wand_marker(key)] = plan_delen.deel_van_tekst(key)
    for pijler in [*Pijler, None]:
        word = wand_marker(f"afspraak.{pijler.value if pijler else 'algemeen'}")
        plan.apply(SetAfspraak(None, {
            "actie": f"Doe {word} nu", "pijler": pijler.value if pijler else None,
            "eigenaar": "persoon:eigenaar", "deadline": WAND_DEADLINE.isoformat()}), who)
        markers[word] = plan_delen.deel_van_pijler(pijler.value if pijler else None)
    plan.apply(SetKosten(None, {"route": "dreigend", "omschrijving": wand_marker("kosten"),
                                "tarief_cent": 9000, "aantal": 1, "periode": 30}), who)
    markers[wand_marker("kosten")] = plan_delen.DOORBRAAK
    return plan.content(), markers


#: The young person's first name and an afspraak owner's, as markers (shown with persoonsgegevens).
WAND_JONGERE = "MRKVOORNAAM"
WAND_EIGENAAR = "MRKEIGENAAR"
WAND_DEADLINE = TODAY + timedelta(days=40)
#: A conclusion typed in the room: shown to any room that may see something.
WAND_CONCLUSIE = "MRKCONCLUSIE"


@dataclass(frozen=True)
class WandToestemming:
    """A consent as the wall's rule reads it (``tafel.domain.overleg``), without a vault."""

    categorieen: list[str]
    ontvanger_betrokkene_id: uuid.UUID | None = None
    ontvanger_persoon_id: uuid.UUID | None = None
    grondslag: Grondslag = Grondslag.TOESTEMMING
    gegeven_op: date = TODAY - timedelta(days=30)
    verloopt_op: date | None = None
    ingetrokken_op: date | None = None


def wand_markers() -> dict[str, str]:
    """Every wall marker and what it needs: a plan part, ``persoon`` or ``conclusie``."""
    return {**wand_plan()[1], WAND_JONGERE: "persoon", WAND_EIGENAAR: "persoon",
            WAND_CONCLUSIE: "conclusie"}


def wand_allowed(categorieen: frozenset[Gegevenscategorie]) -> set[str]:
    """What a room that may see ``categorieen`` may read: its plan parts, names, conclusions."""
    from tafel.domain import plan_delen

    allowed = set(plan_delen.delen_voor(set(categorieen)))
    if Gegevenscategorie.PERSOONSGEGEVENS in categorieen:
        allowed.add("persoon")
    if categorieen:
        allowed.add("conclusie")
    return allowed


def wand_leaks(texts: list[str], markers: dict[str, str],
               categorieen: frozenset[Gegevenscategorie]) -> set[str]:
    """The markers in ``texts`` that a room seeing ``categorieen`` may not read."""
    allowed = wand_allowed(categorieen)
    joined = "\n".join(texts)
    return {m for m, part in markers.items() if part not in allowed and m in joined}


def finished_snelle_check(services: Services, case_id: uuid.UUID,
                          scores: dict[str, tuple[int, int]], rapportcijfer: int) -> uuid.UUID:
    """A snelle check with (professional, young person's) score per pillar key; its id."""
    from tafel.domain.enums import GesprekSoort

    lopend = services.gesprekken.start(case_id, GesprekSoort.SNELLE_CHECK).lopend
    content = lopend.content
    for key, pillar in content["pijlers"].items():
        pillar["professional"], pillar["jongere"] = scores[key]
    content.update(rapportcijfer=rapportcijfer)
    services.gesprekken.save(lopend.id, content, 1)
    changes = services.gesprekken.finish(lopend.id)
    assert changes.primary_id is not None
    return changes.primary_id


def plan_started_on(services: Services, case_id: uuid.UUID, day: date) -> None:
    """Start the case's toekomstplan, dated ``day`` (a plan made before the tests' today)."""
    from tafel.domain.plan_tables import Toekomstplan

    services.plans.start(case_id)
    with services.context.vault.transaction() as session:
        plan = session.exec(select(Toekomstplan).where(Toekomstplan.casus_id == case_id)).one()
        plan.aangemaakt_op = datetime(day.year, day.month, day.day, 12, tzinfo=UTC)
        session.add(plan)


def many_cases(services: Services) -> None:
    """Enough cases for figures to show: phases, two conversations, closed and reopened, 18.

    28 invented cases beside whatever the vault holds: 7 in intake, 7 in plan, 13 in
    uitvoering (6 with two snelle checks: Wonen +1 and +2, the rapportcijfer +2), and 1
    afgesloten; 6 were closed, 5 of them reopened; 12 turned 18 while their case was open,
    7 of them with a plan begun at 17.
    """
    from tafel.domain.enums import CasusStatus

    def register(i: int, born: date, status: CasusStatus) -> uuid.UUID:
        case = services.casussen.register(new_case(
            voornaam=f"Proef{i}", achternaam="Cijfer", geboortedatum=born,
            aangemeld_op=TODAY - timedelta(days=700)))
        assert case.primary_id is not None
        if status is not CasusStatus.AANMELDING:
            services.casussen.set_status(case.primary_id, status)
        return case.primary_id

    young = add_years(TODAY, -17)
    grown = add_years(TODAY, -18) - timedelta(days=100)  # turned 18 a hundred days ago
    ids = [register(i, grown if i < 12 else young,
                    (CasusStatus.INTAKE, CasusStatus.PLAN, CasusStatus.UITVOERING)[i % 3]
                    if i < 22 else CasusStatus.UITVOERING)
           for i in range(28)]
    for i, case_id in enumerate(ids[:7]):
        plan_started_on(services, case_id, add_years(grown, 17) + timedelta(days=30 + i))
    first = {"wonen": (2, 2), "inkomen": (1, 2), "welzijn": (3, 3), "school_werk": (2, 3),
             "support": (3, 4)}
    later = {"wonen": (3, 4), "inkomen": (3, 3), "welzijn": (3, 2), "school_werk": (4, 4),
             "support": (4, 4)}
    for case_id in ids[22:]:
        finished_snelle_check(services, case_id, first, rapportcijfer=5)
        finished_snelle_check(services, case_id, later, rapportcijfer=7)
    for case_id in ids[16:22]:
        services.casussen.close(case_id)
    for case_id in ids[16:21]:
        services.casussen.reopen(case_id)


def plant_text(services: Services, case_id: uuid.UUID, words: str,
               key: str = "welzijn.ik_doel") -> None:
    """Add ``words`` to a field of the newest plan version, as the young person types.

    A signed version gets a new one first; a test then asks to remove the words.
    """
    from tafel.domain.plan_edits import SetText

    view = services.plans.for_case(case_id)
    assert view is not None, "the case has no plan"
    before = view.latest.content.text(key)
    services.plans.edit(view.latest.id, SetText(key, f"{before} {words}".strip()),
                        schrijver=Schrijver.JONGERE)
