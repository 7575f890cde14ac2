"""One write path: every write returns a ChangeSet with its origin, every change is logged.

Recording a change on a write also writes its audit event, so no record a write changed can
lack its entry.

The test walks the services themselves: a public method marked neither ``@reads`` nor
``@writes`` fails, and so does a write method without a scenario here, so a new write
cannot slip past.
"""

from __future__ import annotations

import inspect
import tempfile
import uuid
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from tafel.domain.checklist18 import PuntStaat
from tafel.domain.enums import (
    Antwoord,
    Gegevenscategorie,
    GesprekSoort,
    NetwerkSoort,
    Rol,
    Wetskader,
)
from tafel.domain.juridisch import Maatregel
from tafel.domain.models import AuditEvent, Casus
from tafel.domain.overleg import AgendaStap
from tafel.domain.plan_content import Auteur, Schrijver, VersieStatus
from tafel.domain.plan_doc import PlanDoc, SetTarget, SetText
from tafel.services import ChangeSet, Services
from tafel.services.base import Service
from tafel.services.casussen import CasusWijziging, NieuweCasus
from tafel.services.changes import Origin
from tafel.services.indicaties import NieuweIndicatie
from tafel.services.juridisch import NieuweJuridischeStatus
from tafel.services.netwerk import NieuweBetrokkene, NieuwePersoon
from tafel.services.plans import NieuweHandtekening
from tafel.services.toestemmingen import NieuweToestemming
from tafel.services.verwijzingen import NieuweVerwijzing
from tests.builders import (
    TODAY,
    WAVE,
    build_plan,
    dossier_update_elsewhere,
    finished_keukentafelgesprek,
    party_card,
)

KTG = GesprekSoort.KEUKENTAFELGESPREK


def service_classes(services: Services) -> list[type[Service]]:
    return sorted({type(v) for v in vars(services).values() if isinstance(v, Service)},
                  key=lambda c: c.__name__)


def public_methods(cls: type[Service]) -> dict[str, Callable[..., object]]:
    return {name: fn for name, fn in vars(cls).items()
            if not name.startswith("_") and inspect.isfunction(fn)}


def write_methods(services: Services) -> set[str]:
    return {f"{cls.__name__}.{name}" for cls in service_classes(services)
            for name, fn in public_methods(cls).items() if getattr(fn, "__tafel_writes__", False)}


def _case(services: Services) -> uuid.UUID:
    return services.casussen.resolve("T-2026-0001")


def _lopend(services: Services) -> uuid.UUID:
    return services.gesprekken.start(_case(services), KTG).lopend.id


def _finishable_draft(services: Services) -> uuid.UUID:
    lopend = services.gesprekken.start(_case(services), GesprekSoort.SNELLE_CHECK).lopend
    content = lopend.content
    for pillar in content["pijlers"].values():
        pillar["professional"], pillar["jongere"] = 3, 4
    services.gesprekken.save(lopend.id, content, 1)
    return lopend.id


def _signed_version(services: Services) -> uuid.UUID:
    built = build_plan(services)
    view = services.plans.for_case(built.case_id)
    assert view is not None
    for person in view.expected_signers(view.latest.content, TODAY):
        current = services.plans.for_case(built.case_id)
        assert current is not None
        if any(s.sleutel == person.sleutel for s in current.latest.current_signatures):
            continue
        services.plans.sign(current.latest.id, NieuweHandtekening(
            person.sleutel, person.naam, person.rol, "Eikenrode", TODAY, WAVE, 3.0,
        ), current.latest.inhoud_hash)
    return view.latest.id


def _person(services: Services) -> uuid.UUID:
    return services.netwerk.add_person(_case(services), NieuwePersoon(Rol.OUDER, "Kees")).primary_id


def _betrokkene(services: Services) -> uuid.UUID:
    return services.netwerk.add_betrokkene(
        _case(services), NieuweBetrokkene(NetwerkSoort.INFORMEEL, "Buurvrouw Ans")).primary_id


def _partij(services: Services) -> uuid.UUID:
    return services.partijen.voeg_toe(party_card()).partij.id


def _verified_partij(services: Services) -> uuid.UUID:
    partij = _partij(services)
    services.partijen.markeer_geverifieerd(partij)
    return partij


def _linked_professional(services: Services) -> uuid.UUID:
    person = services.netwerk.add_betrokkene(_case(services), NieuweBetrokkene(
        NetwerkSoort.PROFESSIONEEL, "Sanne de Wit", "ambulant hulpverlener")).primary_id
    assert person is not None
    services.partijen.koppel(_partij(services), person)
    return person


def _gesprek_with_a_new_adult(services: Services) -> uuid.UUID:
    """A finished demo intake whose "always there" adult is not marked in the network yet."""
    for summary in services.casussen.summaries():
        anchors = {b.naam for b in services.casussen.open(summary.id).betrokkenen
                   if b.altijd_er_voor_mij}
        for gesprek in services.gesprekken.history(summary.id):
            if (gesprek.volwassene_altijd_daar is Antwoord.JA and gesprek.volwassene_wie
                    and gesprek.volwassene_wie not in anchors):
                return gesprek.id
    raise AssertionError("the demo has no intake that names a new adult")


def _verwijzing(services: Services) -> uuid.UUID:
    return services.verwijzingen.add(_case(services), NieuweVerwijzing(
        "Jongerenloket", "Werk zoeken", TODAY)).primary_id


def _version(services: Services) -> uuid.UUID:
    return services.plans.start(_case(services)).view.latest.id


def _foreign_update() -> bytes:
    """Another laptop's edit of version 1: a target score (no new texts, so no clash)."""
    other = PlanDoc(partij="andere-kluis")
    other.apply(SetTarget("wonen.huisvesting", 4), Auteur(Schrijver.PROFESSIONAL, "Bas"))
    return other.changes_since()


def _consented_case(services: Services) -> uuid.UUID:
    """A demo case with an active consent for Wonen (so a passphrase bundle may carry it)."""
    from tafel.domain.models import Toestemming

    with services.context.vault.transaction() as session:
        rows = session.exec(select(Toestemming)).all()
        return next(r.casus_id for r in rows if "wonen" in r.categorieen and r.is_active(TODAY))


def _bundle_from_elsewhere(services: Services) -> bytes:
    """A passphrase bundle made in another vault, about a case new to ``services``."""
    import tempfile
    from pathlib import Path

    from tests.builders import laptop

    with tempfile.TemporaryDirectory() as folder:
        other = laptop(Path(folder), "Sanne de Wit", "Jeugdhulp Twente", "hulpverlener")
        try:
            case_id = other.services.casussen.register(NieuweCasus(
                huishouden="Huishouden Sterk", voornaam="Sem", achternaam="Sterk",
                geboortedatum=date(2008, 5, 1), casusregisseur="Sanne de Wit")).primary_id
            assert case_id is not None
            other.services.toestemmingen.add(case_id, NieuweToestemming(
                ontvanger="Wijkteam", doel="Samenwerken", categorieen=(
                    Gegevenscategorie.WONEN,), gegeven_op=TODAY))
            return other.services.bundels.exporteer(
                case_id, wachtwoordzin=BUNDLE_PASSPHRASE,
                categorieen=[Gegevenscategorie.WONEN]).data
        finally:
            other.vault.lock()


BUNDLE_PASSPHRASE = "een lange zin voor een bundel"


def _sign(services: Services, origin: Origin) -> object:
    view = services.plans.start(_case(services)).view
    young = view.case.jongere
    return services.plans.sign(view.latest.id, NieuweHandtekening(
        young.sleutel, young.naam, young.rol, "Weidestad", TODAY, WAVE, 3.0,
    ), view.latest.inhoud_hash, origin=origin)


def _young_phone(services: Services) -> str:
    """The register of the young person's phone in the first demo case's dossier."""
    with services.context.vault.transaction() as session:
        casus = session.get(Casus, _case(services))
        assert casus is not None
        return f"persoon/{casus.jongere_id}/telefoon"


def _phone_apart(services: Services) -> tuple[str, str]:
    """The young person's phone set apart on two other laptops; its field and one write."""
    case_id, field = _case(services), _young_phone(services)
    one = dossier_update_elsewhere(services, case_id, {field: "06-11111111"})
    two = dossier_update_elsewhere(services, case_id, {field: "06-22222222"}, "Sanne de Wit")
    services.dossier.merge(case_id, one)
    services.dossier.merge(case_id, two)
    [point] = services.dossier.conflict_views(case_id)
    return field, point.values[0].write_id


def _arriving_case() -> dict[str, str]:
    """The record of a case another party holds, not (yet) in this vault."""
    return {"id": str(uuid.uuid4()), "referentie": "T-2026-0001", "status": "intake",
            "aangemeld_op": "2026-10-01", "huishouden_id": str(uuid.uuid4()),
            "jongere_id": str(uuid.uuid4()), "casusregisseur": "Bas de Vries",
            "casusregisseur_organisatie": "Wijkteam Oost"}


def _withdrawn_elsewhere(services: Services) -> list[dict[str, object]]:
    """The first demo case's active consents, as a bundle brings them after a withdrawal."""
    records = services.dossier.consents(_case(services), lambda t: t.ingetrokken_op is None)
    return [dict(r, ingetrokken_op=TODAY.isoformat()) for r in records]


def _meeting(services: Services) -> uuid.UUID:
    young = services.overleg.kandidaten(_case(services))[0]
    return services.overleg.start(_case(services), [young.aanwezige]).overleg_id


def _corrected(services: Services, origin: Origin) -> object:
    """A text in the plan, then removed on the young person's request."""
    version = _version(services)
    services.plans.edit(version, SetText("droom", "Een eigen zaak, zegt MRKFOUT."))
    young = services.overleg.kandidaten(_case(services))[0].id
    return services.tekstcorrectie.corrigeer(_case(services), ", zegt MRKFOUT", "",
                                             gevraagd_door=young, origin=origin)


def _young_owner(services: Services) -> str:
    return f"persoon:{services.overleg.kandidaten(_case(services))[0].id}"


SCENARIOS: dict[str, Callable[[Services, Origin], object]] = {
    "TekstcorrectieService.corrigeer": _corrected,
    "VernietigingService.zet_bewaartermijn": lambda s, o: s.vernietiging.zet_bewaartermijn(
        15, origin=o),
    "VernietigingService.vernietig": lambda s, o: s.vernietiging.vernietig(
        _case(s), "Bewaartermijn verstreken", origin=o),
    "OverlegService.start": lambda s, o: s.overleg.start(
        _case(s), [s.overleg.kandidaten(_case(s))[0].aanwezige], origin=o),
    "OverlegService.zet_aanwezigen": lambda s, o: s.overleg.zet_aanwezigen(
        _meeting(s), [s.overleg.kandidaten(_case(s))[0].aanwezige], besloten=True, origin=o),
    "OverlegService.zet_stap": lambda s, o: s.overleg.zet_stap(
        _meeting(s), AgendaStap.DOORBRAAK, origin=o),
    "OverlegService.zet_conclusies": lambda s, o: s.overleg.zet_conclusies(
        _meeting(s), ["Noor zoekt zelf een kamer"], origin=o),
    "OverlegService.noteer_afspraak": lambda s, o: s.overleg.noteer_afspraak(
        _meeting(s), "Bel de woningcorporatie", _young_owner(s), TODAY + timedelta(days=7),
        origin=o),
    "OverlegService.rond_af": lambda s, o: s.overleg.rond_af(
        _meeting(s), TODAY + timedelta(weeks=6), origin=o),
    "OverlegService.verslag_pdf": lambda s, o: s.overleg.verslag_pdf(_meeting(s), origin=o),
    "CasusService.register": lambda s, o: s.casussen.register(NieuweCasus(
        "Huishouden Proef", "Sam", "Proef", date(2009, 3, 1), "Fatima Amrani"), origin=o),
    "CasusService.set_status": lambda s, o: s.casussen.set_status(
        _case(s), next(st for st in type(s.casussen.open(_case(s)).casus.status)
                       if not st.is_closed and st != s.casussen.open(_case(s)).casus.status),
        origin=o),
    "CasusService.close": lambda s, o: s.casussen.close(_case(s), origin=o),
    "CasusService.reopen": lambda s, o: (s.casussen.close(_case(s)),
                                        s.casussen.reopen(_case(s), origin=o))[1],
    "CasusService.hand_over": lambda s, o: s.casussen.hand_over(
        _case(s), "Wijkteam Oost", origin=o),
    "VerwijzingService.add": lambda s, o: s.verwijzingen.add(
        _case(s), NieuweVerwijzing("Schuldhulp", "Schulden", TODAY), origin=o),
    "VerwijzingService.edit": lambda s, o: s.verwijzingen.edit(
        _verwijzing(s), NieuweVerwijzing("Jongerenloket Oost", "Werk", TODAY), origin=o),
    "VerwijzingService.record_contact": lambda s, o: s.verwijzingen.record_contact(
        _verwijzing(s), TODAY, origin=o),
    "VerwijzingService.record_outcome": lambda s, o: s.verwijzingen.record_outcome(
        _verwijzing(s), "Aan het werk.", TODAY, origin=o),
    "CasusService.set_casusregisseur": lambda s, o: s.casussen.set_casusregisseur(
        _case(s), "Driss Ouazzani", origin=o),
    "NetwerkService.add_person": lambda s, o: s.netwerk.add_person(
        _case(s), NieuwePersoon(Rol.BROER_ZUS, "Lotte", "Proef"), origin=o),
    "NetwerkService.add_betrokkene": lambda s, o: s.netwerk.add_betrokkene(
        _case(s), NieuweBetrokkene(NetwerkSoort.INFORMEEL, "Henk Proef", "buurman"), origin=o),
    "NetwerkService.edit_person": lambda s, o: s.netwerk.edit_person(
        _person(s), NieuwePersoon(Rol.OUDER, "Kees", "Proef", gezag=True), origin=o),
    "NetwerkService.end_person": lambda s, o: s.netwerk.end_person(_person(s), origin=o),
    "NetwerkService.edit_betrokkene": lambda s, o: s.netwerk.edit_betrokkene(
        _betrokkene(s), NieuweBetrokkene(NetwerkSoort.INFORMEEL, "Ans", "buurvrouw"), origin=o),
    "NetwerkService.end_betrokkene": lambda s, o: s.netwerk.end_betrokkene(
        _betrokkene(s), origin=o),
    "NetwerkService.add_volwassene_uit_gesprek": lambda s, o: (
        s.netwerk.add_volwassene_uit_gesprek(_gesprek_with_a_new_adult(s), origin=o)),
    "CasusService.edit": lambda s, o: s.casussen.edit(_case(s), CasusWijziging(
        "Sam", "Proef", date(2009, 3, 1), "Huishouden Proef", "Weidestad", "Driss Ouazzani"),
        origin=o),
    "ToestemmingService.add": lambda s, o: s.toestemmingen.add(
        _case(s), NieuweToestemming("Wijkteam", "Samen plannen", (Gegevenscategorie.WONEN,)),
        origin=o),
    "ToestemmingService.withdraw": lambda s, o: s.toestemmingen.withdraw(
        s.toestemmingen.add(_case(s), NieuweToestemming(
            "School", "Verzuim", (Gegevenscategorie.SCHOOL_WERK,))).primary_id, origin=o),
    "ToestemmingService.print_overzicht": lambda s, o: s.toestemmingen.print_overzicht(
        _case(s), origin=o),
    "LogboekService.afdruk": lambda s, o: s.logboek.afdruk(_case(s), origin=o),
    "IndicatieService.add": lambda s, o: s.indicaties.add(
        _case(s), NieuweIndicatie(Wetskader.JEUGDWET, "Ambulante begeleiding"), origin=o),
    "IndicatieService.edit": lambda s, o: s.indicaties.edit(
        s.indicaties.add(_case(s), NieuweIndicatie(Wetskader.WMO, "Begeleiding")).primary_id,
        NieuweIndicatie(Wetskader.WMO, "Begeleiding", "Wijkteam Oost"), origin=o),
    "IndicatieService.end": lambda s, o: s.indicaties.end(
        s.indicaties.add(_case(s), NieuweIndicatie(Wetskader.WMO, "Begeleiding")).primary_id,
        reden="Het gaat goed zonder", origin=o),
    "JuridischService.add": lambda s, o: s.juridisch.add(
        _case(s), NieuweJuridischeStatus(Maatregel.OTS), origin=o),
    "JuridischService.edit": lambda s, o: s.juridisch.edit(
        s.juridisch.add(_case(s), NieuweJuridischeStatus(Maatregel.OTS)).primary_id,
        NieuweJuridischeStatus(Maatregel.VOOGDIJ), origin=o),
    "JuridischService.end": lambda s, o: s.juridisch.end(
        s.juridisch.add(_case(s), NieuweJuridischeStatus(Maatregel.OTS)).primary_id,
        origin=o),
    "Checklist18Service.set_punt": lambda s, o: s.checklist18.set_punt(
        _case(s), "wonen", PuntStaat.GEREGELD, "Kamer", "Sam", origin=o),
    "GesprekService.start": lambda s, o: s.gesprekken.start(_case(s), KTG, origin=o),
    "GesprekService.save": lambda s, o: s.gesprekken.save(
        _lopend(s), s.gesprekken.start(_case(s), KTG).lopend.content, 1, origin=o),
    "GesprekService.discard": lambda s, o: s.gesprekken.discard(_lopend(s), origin=o),
    "GesprekService.finish": lambda s, o: s.gesprekken.finish(_finishable_draft(s),
                                                                  origin=o),
    "KengetallenService.exporteer": lambda s, o: s.kengetallen.exporteer(
        Path(tempfile.mkdtemp()) / "kengetallen.csv", origin=o),
    "GesprekService.record_verslag": lambda s, o: s.gesprekken.record_verslag(
        finished_keukentafelgesprek(s, _case(s)), origin=o),
    "PlanService.start": lambda s, o: s.plans.start(s.casussen.register(NieuweCasus(
        "Huishouden Nieuw", "Noor", "Nieuw", date(2008, 1, 1), "Fatima Amrani")).primary_id,
        origin=o),
    "PlanService.edit": lambda s, o: s.plans.edit(_version(s), SetText("droom", "Kok."),
                                                  origin=o),
    "PlanService.merge": lambda s, o: s.plans.merge(_case(s), {1: _foreign_update()}, origin=o),
    "PlanService.new_version": lambda s, o: s.plans.new_version(_signed_version(s), origin=o),
    "PlanService.set_status": lambda s, o: s.plans.set_status(
        _version(s), VersieStatus.TER_ONDERTEKENING, origin=o),
    "PlanService.set_rhythm": lambda s, o: s.plans.set_rhythm(
        s.plans.start(_case(s)).view.plan_id, 6, origin=o),
    "PlanService.sign": _sign,
    "PlanService.record_print": lambda s, o: s.plans.record_print(_version(s), origin=o),
    "MedewerkerService.vastleggen": lambda s, o: s.medewerker.vastleggen(
        "Anna de Vries", "Wijkteam Noord", "consulent", origin=o),
    "PartijService.sleutels_aanmaken": lambda s, o: s.partijen.sleutels_aanmaken(origin=o),
    "PartijService.voeg_toe": lambda s, o: s.partijen.voeg_toe(party_card(), origin=o),
    "PartijService.markeer_geverifieerd": lambda s, o: s.partijen.markeer_geverifieerd(
        _partij(s), origin=o),
    "PartijService.verificatie_intrekken": lambda s, o: s.partijen.verificatie_intrekken(
        _verified_partij(s), origin=o),
    "PartijService.koppel": lambda s, o: s.partijen.koppel(_partij(s), s.netwerk.add_betrokkene(
        _case(s), NieuweBetrokkene(NetwerkSoort.PROFESSIONEEL, "Sanne de Wit")).primary_id,
        origin=o),
    "PartijService.ontkoppel": lambda s, o: s.partijen.ontkoppel(_linked_professional(s),
                                                                 origin=o),
    "BundelService.exporteer": lambda s, o: (s.medewerker.vastleggen("Fatima Amrani"),
                                             s.bundels.exporteer(
        _consented_case(s), wachtwoordzin=BUNDLE_PASSPHRASE,
        categorieen=[Gegevenscategorie.WONEN], origin=o))[1],
    "BundelService.lees_in": lambda s, o: s.bundels.lees_in(
        _bundle_from_elsewhere(s), wachtwoordzin=BUNDLE_PASSPHRASE, onbekende_afzender=True,
        origin=o),
    "DossierService.receive_case": lambda s, o: s.dossier.receive_case(_arriving_case(),
                                                                       origin=o),
    "DossierService.export": lambda s, o: s.dossier.export(_case(s), origin=o),
    "DossierService.merge": lambda s, o: s.dossier.merge(_case(s), dossier_update_elsewhere(
        s, _case(s), {_young_phone(s): "06-98765432"}), origin=o),
    "DossierService.choose": lambda s, o: s.dossier.choose(
        _case(s), _young_phone(s), "06-12345678", origin=o),
    "DossierService.choose_written": lambda s, o: s.dossier.choose_written(
        _case(s), *_phone_apart(s), origin=o),
    "DossierService.apply_consents": lambda s, o: s.dossier.apply_consents(
        _case(s), _withdrawn_elsewhere(s), origin=o),
    "KeptFormService.keep": lambda s, o: s.forms.keep("nieuwe_casus", {"voornaam": "x"},
                                                      origin=o),
    "KeptFormService.take_all": lambda s, o: (s.forms.keep("nieuwe_casus", {"a": "b"}),
                                              s.forms.take_all(origin=o))[1],
    "BackupService.maken": lambda s, o: s.backup.maken(
        s.context.vault.path.with_name("b.tafelbackup"), origin=o),
}


def test_every_public_service_method_says_whether_it_reads_or_writes(
    services: Services,
) -> None:
    unmarked = [f"{cls.__name__}.{name}" for cls in service_classes(services)
                for name, fn in public_methods(cls).items()
                if not (getattr(fn, "__tafel_writes__", False)
                        or getattr(fn, "__tafel_reads__", False))]
    assert unmarked == []


def test_every_write_takes_an_origin(services: Services) -> None:
    missing = [name for name in write_methods(services)
               if "origin" not in inspect.signature(
                   getattr(getattr(services, _attribute(services, name)),
                           name.split(".")[1])).parameters]
    assert missing == []


def test_every_write_method_has_a_scenario(services: Services) -> None:
    assert write_methods(services) == set(SCENARIOS)


def _attribute(services: Services, qualified: str) -> str:
    cls_name = qualified.split(".")[0]
    return next(k for k, v in vars(services).items() if type(v).__name__ == cls_name)


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_a_write_returns_its_changes_with_their_origin_and_logs_each(
    name: str, demo_services: Services
) -> None:
    with demo_services.context.vault.transaction() as session:
        before = max((e.volgnummer or 0 for e in session.exec(select(AuditEvent))), default=0)
    origin = Origin.screen("test")
    result = SCENARIOS[name](demo_services, origin)
    changes = result if isinstance(result, ChangeSet) else getattr(result, "changes", None)
    assert isinstance(changes, ChangeSet), f"{name} returned {type(result).__name__}"
    assert changes.origin == origin and changes.came_from(origin)
    with demo_services.context.vault.transaction() as session:
        events = session.exec(select(AuditEvent).where(AuditEvent.volgnummer > before)).all()
    logged = {e.record_id for e in events}
    unlogged = {str(i) for i in changes.ids} - logged
    assert unlogged == set(), f"{name}: changed without an audit event"
    assert all(e.soort for e in events)
