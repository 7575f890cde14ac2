"""The demo households: every seed situation present, through the services, for any today."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from tafel.demo.households import DEMO_PASSPHRASE, DEMO_SURNAMES, fill_demo
from tafel.domain.bsn import is_test_bsn, is_valid_bsn
from tafel.domain.enums import CasusStatus, Grondslag, NetwerkSoort, Rol, Wetskader
from tafel.domain.signals import SignaalSoort
from tafel.errors import ValidationError
from tafel.services import Services, audit
from tafel.vault import KdfParams, Vault
from tafel.views.casussen import CasusOverview, CasusSummary

TODAY = date(2026, 11, 23)
FAST = KdfParams(memory_kib=8 * 1024, time_cost=1)


def _filled(folder: Path, today: date) -> tuple[Vault, Services, list]:
    vault = Vault.create(folder / "demo.tafel", "zeven gele fietsen in de regen", FAST)
    services = Services(vault, "Demo", today=lambda: today)
    return vault, services, fill_demo(services, today)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):
    """One filled demo vault for the read-only checks of this module."""
    folder = tmp_path_factory.mktemp("demo")
    vault, services, case_ids = _filled(folder, TODAY)
    summaries = {s.id: s for s in services.casussen.summaries()}
    overviews = {case_id: services.casussen.open(case_id) for case_id in case_ids}
    yield vault, services, case_ids, summaries, overviews
    if vault.is_unlocked:
        vault.lock()


def _pairs(demo) -> list[tuple[CasusSummary, CasusOverview]]:
    _, _, case_ids, summaries, overviews = demo
    return [(summaries[case_id], overviews[case_id]) for case_id in case_ids]


def _roles(overview: CasusOverview) -> list[Rol]:
    return [p.rol for p in overview.personen]


def _organisations(overview: CasusOverview) -> str:
    return " ".join(b.organisatie for b in overview.betrokkenen).casefold()


def test_at_least_seven_cases_with_varied_status_and_leads(demo) -> None:
    _, _, case_ids, summaries, _ = demo
    assert len(case_ids) >= 7
    assert set(case_ids) == set(summaries)
    statuses = {s.status for s in summaries.values()}
    assert statuses >= {
        CasusStatus.AANMELDING, CasusStatus.INTAKE, CasusStatus.PLAN,
        CasusStatus.UITVOERING, CasusStatus.EVALUATIE, CasusStatus.WAAKVLAM,
    }
    assert 2 <= len({s.casusregisseur for s in summaries.values()}) <= 3


def test_seventeen_year_old_nearing_eighteen_without_framework_after(demo) -> None:
    matches = [
        (s, o)
        for s, o in _pairs(demo)
        if s.leeftijd == 17 and SignaalSoort.WORDT_18_ZONDER_PLAN in s.signalen
    ]
    assert matches
    summary, overview = matches[0]
    assert summary.geboortedatum is not None
    assert SignaalSoort.INDICATIE_STOPT_BIJ_18 in summary.signalen
    assert any(
        i.wetskader is Wetskader.JEUGDWET and i.kader_na_18 is None for i in overview.indicaties
    )


def test_homeless_twenty_one_year_old_with_schuldhulp(demo) -> None:
    assert any(
        s.leeftijd == 21
        and "schuldhulp" in _organisations(o)
        and any(i.wetskader is Wetskader.PARTICIPATIEWET for i in o.indicaties)
        for s, o in _pairs(demo)
    )


def test_young_mother_with_baby(demo) -> None:
    mothers = [
        o for s, o in _pairs(demo) if s.leeftijd in (19, 20) and Rol.KIND in _roles(o)
    ]
    assert mothers
    baby = next(p for p in mothers[0].personen if p.rol is Rol.KIND)
    assert baby.geboortedatum is not None and (TODAY - baby.geboortedatum).days < 365


def test_thuiszitter_of_sixteen_with_parents(demo) -> None:
    assert any(
        s.leeftijd == 16 and _roles(o).count(Rol.OUDER) == 2 and "leerplicht" in _organisations(o)
        for s, o in _pairs(demo)
    )


def test_lvb_young_person_waiting_for_care(demo) -> None:
    assert any(
        s.leeftijd == 19
        and any(i.wetskader in (Wetskader.WLZ, Wetskader.WMO) and i.wachtlijst
                for i in o.indicaties)
        and SignaalSoort.WACHTLIJST in s.signalen
        for s, o in _pairs(demo)
    )


def test_household_under_child_protection(demo) -> None:
    matches = [
        o for s, o in _pairs(demo)
        if s.leeftijd in (16, 17) and "jeugdbescherming" in _organisations(o)
    ]
    assert matches
    assert any(
        t.grondslag is Grondslag.WETTELIJKE_TAAK and "jeugdbescherming" in t.ontvanger.casefold()
        for t in matches[0].toestemmingen
    )


def test_one_closed_case_on_waakvlam(demo) -> None:
    closed = [(s, o) for s, o in _pairs(demo) if s.status is CasusStatus.WAAKVLAM]
    assert len(closed) == 1
    summary, overview = closed[0]
    assert summary.leeftijd is not None and summary.leeftijd >= 22
    assert overview.casus.afgesloten_op == TODAY
    assert overview.casus.status_voor_afsluiten is not None


def test_network_has_supporting_adults_except_one_household(demo) -> None:
    with_adult = [
        any(b.altijd_er_voor_mij for b in o.betrokkenen) for _, o in _pairs(demo)
    ]
    assert with_adult.count(False) == 1
    for _, overview in _pairs(demo):
        kinds = {b.soort for b in overview.betrokkenen}
        assert kinds == {NetwerkSoort.INFORMEEL, NetwerkSoort.PROFESSIONEEL}
        assert len(overview.betrokkenen) >= 2
        for pro in (b for b in overview.betrokkenen if b.soort is NetwerkSoort.PROFESSIONEEL):
            assert pro.organisatie and pro.rol and pro.betaald_door
    professionals = [b for _, o in _pairs(demo) for b in o.betrokkenen if b.organisatie]
    assert any(b.uren_per_week for b in professionals)
    assert any(b.einddatum for b in professionals)


def test_consents_vary(demo) -> None:
    consents = [t for _, o in _pairs(demo) for t in o.toestemmingen]
    assert all(o.toestemmingen for _, o in _pairs(demo))
    assert any(t.grondslag is not Grondslag.TOESTEMMING for t in consents)
    assert sum(t.ingetrokken_op == TODAY for t in consents) == 1
    assert any(
        t.verloopt_op and TODAY < t.verloopt_op <= TODAY + timedelta(days=60) for t in consents
    )
    assert all(t.gegeven_door for t in consents if t.grondslag is Grondslag.TOESTEMMING)


def test_indicaties_cover_every_framework(demo) -> None:
    care = [i for _, o in _pairs(demo) for i in o.indicaties]
    assert {i.wetskader for i in care} == set(Wetskader)
    assert any(i.aanbieder and i.einddatum for i in care)
    assert any(i.kader_na_18 is not None for i in care)


def test_bsns_are_valid(demo) -> None:
    services = demo[1]
    bsns = [services.casussen.bsn_of(p.id) for _, o in _pairs(demo) for p in o.personen if p.bsn]
    assert len(bsns) >= 2
    assert all(is_valid_bsn(b) for b in bsns)
    assert all(is_test_bsn(b) for b in bsns)  # a demo vault refuses any other BSN


def test_every_surname_is_listed_and_used(demo) -> None:
    names = [p.achternaam for _, o in _pairs(demo) for p in o.personen]
    assert set(names) <= set(DEMO_SURNAMES)
    full_names = [b.naam for _, o in _pairs(demo) for b in o.betrokkenen]
    full_names += [s.casusregisseur for s, _ in _pairs(demo)]
    for name in full_names:
        assert any(name.endswith(" " + surname) for surname in DEMO_SURNAMES), name
    used = " ".join(names + full_names)
    assert [s for s in DEMO_SURNAMES if s not in used] == []


def test_aanleiding_is_plain_and_short(demo) -> None:
    for _, overview in _pairs(demo):
        text = overview.casus.aanleiding
        assert text and len(text) < 400
        assert text.count(".") <= 3


def test_refuses_a_vault_that_is_not_empty(demo) -> None:
    _, services, _, _, _ = demo
    with pytest.raises(ValidationError):
        fill_demo(services, TODAY)


def test_audit_chain_intact(demo) -> None:
    vault = demo[0]
    with vault.transaction() as session:
        assert audit.verify_chain(session).intact


def test_names_not_in_clear_on_disk(tmp_path: Path) -> None:
    vault, _, _ = _filled(tmp_path, TODAY)
    vault.lock()
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert files
    for path in files:
        data = path.read_bytes()
        assert [s for s in DEMO_SURNAMES if s.encode() in data] == [], path.name


def test_demo_passphrase_is_the_published_one() -> None:
    assert DEMO_PASSPHRASE == "tafel-demo-kluis"


def test_demo_module_is_qt_free() -> None:
    code = (
        "import sys, tafel.demo.households\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')]"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@settings(max_examples=3, deadline=None)  # and the two awkward days below
@given(today=st.dates(min_value=date(2024, 1, 1), max_value=date(2035, 12, 31)))
@example(today=date(2028, 2, 29))
@example(today=date(2027, 8, 31))
def test_demo_works_for_any_today(tmp_path_factory: pytest.TempPathFactory, today: date) -> None:
    vault, services, case_ids = _filled(tmp_path_factory.mktemp("any"), today)
    try:
        summaries = services.casussen.summaries()
        assert len(summaries) == len(case_ids) >= 7
        assert any(s.leeftijd == 17 and SignaalSoort.WORDT_18_ZONDER_PLAN in s.signalen
                   for s in summaries)
        assert sum(s.status is CasusStatus.WAAKVLAM for s in summaries) == 1
        ages = sorted(s.leeftijd for s in summaries if s.leeftijd is not None)
        assert ages[0] == 16 and ages[-1] == 23
        with vault.transaction() as session:
            assert audit.verify_chain(session).intact
    finally:
        vault.lock()


def test_the_casusregisseur_is_a_professional_in_the_network(demo) -> None:
    for summary, overview in _pairs(demo):
        leads = [b for b in overview.betrokkenen if b.naam == summary.casusregisseur]
        assert [b.soort for b in leads] == [NetwerkSoort.PROFESSIONEEL], summary.referentie
        assert not leads[0].ended(TODAY) and leads[0].startdatum is not None


def test_professionals_have_contact_and_a_start_and_one_friend_left(demo) -> None:
    pros = [b for _, o in _pairs(demo) for b in o.betrokkenen
            if b.soort is NetwerkSoort.PROFESSIONEEL]
    assert all(b.telefoon and b.email and b.startdatum for b in pros)
    assert any(b.soort is NetwerkSoort.INFORMEEL and b.ended(TODAY)
               for _, o in _pairs(demo) for b in o.betrokkenen)
