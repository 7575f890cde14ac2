"""``tafel show --json``: the household, network, consents, indicaties and signals of a case.

Scripts read a case from it, so it must say what the screen says (the consent's state on
today's date by the one rule, the signals in the same Dutch words) and must never print a
full BSN. Checked on the demo (made for today, so the states are today's) and on a new vault
filled through the services as a consulent would.
"""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from tafel.demo.households import fill_demo
from tafel.domain.consent import toestemming_staat
from tafel.domain.dates import add_years
from tafel.domain.enums import Gegevenscategorie, Grondslag, NetwerkSoort, Rol, Wetskader
from tafel.services import Services
from tafel.services.indicaties import NieuweIndicatie
from tafel.services.netwerk import NieuweBetrokkene, NieuwePersoon
from tafel.services.toestemmingen import NieuweToestemming
from tafel.vault import Vault
from tests.builders import CHEAP, PASSPHRASE, new_case
from tests.cli.invoke import tafel

#: Valid by the elfproef, not test BSNs: a real vault takes them.
YOUNG_BSN = "111222333"
MOTHER_BSN = "123456782"
NINE_DIGITS = re.compile(r"(?<![\w-])\d{9}(?![\w-])")  # not a piece of an id


def _show(vault: Path, case: str) -> dict:
    result = tafel("show", "--vault", str(vault), "--case", case, "--json", passphrase=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    assert NINE_DIGITS.search(result.stdout) is None  # no BSN, not even one of the demo's
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def demo_today(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo as ``tafel demo`` makes it today (cheap key parameters)."""
    path = tmp_path_factory.mktemp("demo") / "demo.tafel"
    vault = Vault.create(path, PASSPHRASE, CHEAP)
    try:
        fill_demo(Services(vault, "Test"), date.today())
    finally:
        vault.lock()
    return path


@pytest.fixture
def new_vault(vault_path: Path) -> tuple[Path, str]:
    """A new vault with one 17-year-old and the people around her, entered through services."""
    today = date.today()
    vault = Vault.open(vault_path, PASSPHRASE)
    services = Services(vault, "Fatima Amrani", today=lambda: today)
    try:
        birth = add_years(today, -17) - timedelta(days=200)
        case_id = services.casussen.register(
            new_case(geboortedatum=birth, bsn=YOUNG_BSN)).primary_id
        assert case_id is not None
        net = services.netwerk
        net.add_person(case_id, NieuwePersoon(Rol.OUDER, "Lotte", "Bakker", date(1980, 3, 4),
                                              bsn=MOTHER_BSN, telefoon="06-12345678",
                                              gezag=True))
        gone = net.add_person(case_id, NieuwePersoon(Rol.PARTNER, "Kees", "Bakker")).primary_id
        assert gone is not None
        net.end_person(gone, today - timedelta(days=3))
        net.add_betrokkene(case_id, NieuweBetrokkene(NetwerkSoort.INFORMEEL, "Wim de Vries",
                                                     rol="mentor", altijd_er_voor_mij=True))
        net.add_betrokkene(case_id, NieuweBetrokkene(
            NetwerkSoort.PROFESSIONEEL, "Sara Jansen", rol="consulent", organisatie="Wijkteam",
            telefoon="010-1234567", uren_per_week=2.5, betaald_door="Gemeente (Wmo)",
            startdatum=today - timedelta(days=30), einddatum=today + timedelta(days=300)))
        consent = [
            NieuweToestemming("Wijkteam", "het toekomstplan",
                              (Gegevenscategorie.WONEN, Gegevenscategorie.INKOMEN)),
            NieuweToestemming("School", "schoolgang", (Gegevenscategorie.SCHOOL_WERK,),
                              gegeven_op=today - timedelta(days=300),
                              verloopt_op=today + timedelta(days=10)),
            NieuweToestemming("Sportclub", "trainingen", (Gegevenscategorie.SUPPORT,),
                              gegeven_op=today - timedelta(days=400),
                              verloopt_op=today - timedelta(days=5)),
            NieuweToestemming("Leerplicht", "leerplicht", (Gegevenscategorie.SCHOOL_WERK,),
                              grondslag=Grondslag.WETTELIJKE_TAAK),
            NieuweToestemming("Buurman", "boodschappen", (Gegevenscategorie.WONEN,)),
        ]
        ids = [services.toestemmingen.add(case_id, c).primary_id for c in consent]
        assert ids[-1] is not None
        services.toestemmingen.withdraw(ids[-1])
        services.indicaties.add(case_id, NieuweIndicatie(
            Wetskader.JEUGDWET, "Ambulante begeleiding", "Jeugdhulp De Brug",
            startdatum=today - timedelta(days=100), einddatum=add_years(birth, 18),
            kader_na_18=Wetskader.WMO))
        reference = services.casussen.summaries()[0].referentie
    finally:
        vault.lock()
    return vault_path, reference


def test_show_json_on_a_new_vault_has_the_people_consents_care_and_signals(new_vault) -> None:  # type: ignore[no-untyped-def]
    path, reference = new_vault
    shown = _show(path, reference)
    members = {m["first_name"]: m for m in shown["household"]["members"]}
    assert members["Noor"]["role"] == "jongere" and members["Noor"]["bsn"] == "•••••333"
    mother = members["Lotte"]
    assert mother == {
        "id": mother["id"], "role": "ouder", "first_name": "Lotte", "last_name": "Bakker",
        "name": "Lotte Bakker", "birth_date": "1980-03-04", "bsn": "•••••782",
        "phone": "06-12345678", "email": "", "gezag": True, "end_date": None, "ended": False,
    }
    assert members["Kees"]["ended"] is True
    assert members["Kees"]["end_date"] == (date.today() - timedelta(days=3)).isoformat()
    network = {b["name"]: b for b in shown["network"]}
    assert network["Wim de Vries"]["kind"] == "informeel"
    assert network["Wim de Vries"]["always_there"] is True
    pro = network["Sara Jansen"]
    assert (pro["kind"], pro["organisation"], pro["role"], pro["phone"]) == (
        "professioneel", "Wijkteam", "consulent", "010-1234567")
    assert (pro["hours_per_week"], pro["paid_by"]) == (2.5, "Gemeente (Wmo)")
    assert pro["start_date"] == (date.today() - timedelta(days=30)).isoformat()
    assert pro["end_date"] == (date.today() + timedelta(days=300)).isoformat()
    states = {c["recipient"]: c["state"] for c in shown["consents"]}
    assert states == {"Wijkteam": "actief", "School": "verloopt_binnenkort",
                      "Sportclub": "verlopen", "Leerplicht": "wettelijke_grondslag",
                      "Buurman": "ingetrokken"}
    wijkteam = next(c for c in shown["consents"] if c["recipient"] == "Wijkteam")
    assert wijkteam["categories"] == ["wonen", "inkomen"] and wijkteam["covers"] is True
    assert wijkteam["basis"] == "toestemming" and wijkteam["given_by"] == "Noor Bakker"
    assert [c["covers"] for c in shown["consents"] if c["recipient"] == "Sportclub"] == [False]
    (care,) = shown["indicaties"]
    assert (care["framework"], care["framework_after_18"], care["provider"]) == (
        "jeugdwet", "wmo", "Jeugdhulp De Brug")
    texts = {s["kind"]: s["text"] for s in shown["signals"]}
    assert texts["wordt_18_zonder_plan"] == ("Wordt binnen een half jaar 18, "
                                             "nog geen toekomstplan")
    assert texts["toestemming_verloopt"] == "Toestemming verloopt binnen een maand"
    school = next(s for s in shown["signals"] if s["kind"] == "toestemming_verloopt")
    assert school["about"] == "School"
    assert school["date"] == (date.today() + timedelta(days=10)).isoformat()


def test_show_text_names_the_people_without_a_full_bsn(new_vault) -> None:  # type: ignore[no-untyped-def]
    path, reference = new_vault
    result = tafel("show", "--vault", str(path), "--case", reference, passphrase=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    assert YOUNG_BSN not in result.stdout and MOTHER_BSN not in result.stdout
    assert "Lotte Bakker" in result.stdout and "Sara Jansen" in result.stdout
    assert "Toestemming verloopt binnen een maand" in result.stdout


def test_show_json_on_the_demo_follows_the_one_consent_rule(demo_today: Path) -> None:
    listed = json.loads(tafel("cases", "--vault", str(demo_today), "--json",
                              passphrase=PASSPHRASE).stdout)
    shown = [_show(demo_today, case["referentie"]) for case in listed]
    states = set()
    for case, summary in zip(shown, listed, strict=True):
        assert case["household"]["members"] and case["network"] and case["consents"]
        for consent in case["consents"]:
            rule = toestemming_staat(_Dates(consent), date.today())
            assert consent["state"] == rule.value, consent
            states.add(consent["state"])
        assert {s["kind"] for s in case["signals"]} == set(summary["signals"])
        assert all(s["text"] for s in case["signals"])
        young = [m for m in case["household"]["members"] if m["role"] == "jongere"]
        assert len(young) == 1
    assert states >= {"actief", "verloopt_binnenkort", "verlopen", "ingetrokken",
                      "wettelijke_grondslag"}
    parents_of_minors = [m for case in shown if case["age"] < 18
                         for m in case["household"]["members"] if m["role"] == "ouder"]
    assert parents_of_minors and all(m["gezag"] for m in parents_of_minors)
    assert any(i["framework_after_18"] for case in shown for i in case["indicaties"])
    assert any(m["bsn"] and m["bsn"].startswith("•") for case in shown
               for m in case["household"]["members"])


class _Dates:
    """A consent's dates and basis read back from JSON, for the domain rule."""

    def __init__(self, consent: dict) -> None:
        self.grondslag = Grondslag(consent["basis"])
        self.gegeven_op = date.fromisoformat(consent["given_on"])
        self.verloopt_op = _day(consent["expires_on"])
        self.ingetrokken_op = _day(consent["withdrawn_on"])


def _day(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def test_show_json_on_the_demo_has_referrals_legal_status_and_the_18_checklist(
    demo_today: Path,
) -> None:
    listed = json.loads(tafel("cases", "--vault", str(demo_today), "--json",
                              passphrase=PASSPHRASE).stdout)
    shown = {case["young_person"].split()[0]: _show(demo_today, case["referentie"])
             for case in listed}
    kevin = shown["Kevin"]
    late = [r for r in kevin["referrals"] if r["without_follow_up"]]
    assert late and all(r["follow_up"] == "" and r["referred_on"] for r in late)
    jaylen = shown["Jaylen"]
    [ots] = jaylen["legal_status"]
    assert ots["measure"] == "ots" and ots["body"] and ots["about"] == "Jaylen"
    checklist = jaylen["checklist_18"]
    assert checklist is not None and len(checklist["items"]) == 5
    assert checklist["open"] == sum(1 for i in checklist["items"] if i["state"] == "open") == 2
    assert shown["Kevin"]["checklist_18"] is None  # 21: no checklist any more
