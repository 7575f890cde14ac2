"""The demo: fictional households that show what tafel is for, written through the services.

Every household, person, organisation and consulent here is invented. The situations follow the
seeds (see ``shared/domain/digests``): a 17-year-old nearing the "harde knip" at 18 without a
toekomstplan (seed 000), a homeless 21-year-old with debts, a young mother, a thuiszitter, a
young person with a mild intellectual disability (LVB) at risk of crime, a household under an
ondertoezichtstelling (seed 003), and a closed case kept on waakvlam.

All dates are relative to ``today``, so the demo shows the same signals whenever it is made.
Every write goes through the services, so the demo also leaves an ordinary audit trail. The BSNs
lie in the 99999xxxx range and pass the elfproef.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from tafel.demo.gesprekken import fill_demo_gesprekken
from tafel.demo.overgang import fill_demo_overgang
from tafel.demo.overleggen import fill_demo_overleggen
from tafel.demo.plans import fill_demo_plans
from tafel.demo.verwijzingen import fill_demo_verwijzingen
from tafel.domain.dates import add_months, add_years
from tafel.domain.enums import (
    AanmeldRoute,
    CasusStatus,
    Gegevenscategorie,
    Grondslag,
    NetwerkSoort,
    Rol,
)
from tafel.domain.enums import Wetskader as W
from tafel.errors import ValidationError
from tafel.services.casussen import NieuweCasus
from tafel.services.indicaties import NieuweIndicatie
from tafel.services.netwerk import NieuweBetrokkene, NieuwePersoon
from tafel.services.registry import Services
from tafel.services.toestemmingen import NieuweToestemming
from tafel.vault.vault import DEMO_PASSPHRASE

__all__ = ["DEMO_PASSPHRASE", "DEMO_SURNAMES", "fill_demo"]

#: The casusregisseurs (fictional consulenten of one wijkteam).
_TJEERDSMA = "Marloes Tjeerdsma"
_OUAZZANI = "Driss Ouazzani"
_WESSELINGH = "Anouk Wesselingh"

#: Every surname in the demo: of the households, their network and the consulenten. They are
#: distinctive on purpose, so tests can search files for them in clear text.
DEMO_SURNAMES: tuple[str, ...] = (
    # households
    "Verhoeckx", "Zwanenburg", "El Khatib", "Doornbosch", "Koerhuis", "Pinas", "Hoogeveen-Smit",
    # consulenten
    "Tjeerdsma", "Ouazzani", "Wesselingh",
    # network
    "Kalkhoven", "Karadag", "Ravenhorst", "Vlasblom", "Oosterwoud", "Tilanus", "Bennaceur",
    "Nieuwhof", "Ramdin", "Sitaldin", "Brandsema", "Hellinga", "Zandvliet", "Kromodimedjo",
    "Lindeboom", "Wijnbergen", "Hamdaoui",
)

_ALL = tuple(Gegevenscategorie)
_PILLARS = tuple(c for c in Gegevenscategorie if c is not Gegevenscategorie.NOTITIES)
_C = Gegevenscategorie


@dataclass(frozen=True)
class _Household:
    """One fictional household: its case, members, network, consents and existing care."""

    case: NieuweCasus
    status: CasusStatus
    members: tuple[NieuwePersoon, ...] = ()
    network: tuple[NieuweBetrokkene, ...] = ()
    consents: tuple[NieuweToestemming, ...] = ()
    withdrawn: tuple[int, ...] = ()  # positions in ``consents`` the household later withdrew
    care: tuple[NieuweIndicatie, ...] = ()
    ended: tuple[tuple[str, date], ...] = ()  # network entries that ended later: name, day


#: The invented consulent who works in the demo vault: name, organisation, role.
DEMO_MEDEWERKER = ("Fatima Amrani", "Wijkteam Weidestad", "jongerencoach")


def fill_demo(services: Services, today: date) -> list[uuid.UUID]:
    """Fill an (empty, unlocked) vault with fictional households; return the case ids.

    ``today`` is the day the demo is built around; it should be the services' own today, since
    consent cannot be given in the future.
    """
    if services.casussen.summaries():
        raise ValidationError("De demo vult alleen een lege kluis.")
    if services.medewerker.mijn_gegevens() is None:  # as a new user fills it in first
        services.medewerker.vastleggen(*DEMO_MEDEWERKER)
    case_ids = []
    for build in _HOUSEHOLDS:
        case_ids.append(_write(services, build(today)))
    fill_demo_gesprekken(services, today, case_ids)
    fill_demo_plans(services, today, case_ids)
    fill_demo_overgang(services, today, case_ids)
    fill_demo_verwijzingen(services, today, case_ids)
    fill_demo_overleggen(services, today, case_ids)
    return case_ids


def _write(services: Services, household: _Household) -> uuid.UUID:
    """One household as a consulent enters it: the case, then the people, then the rest.

    The casusregisseur is a professional in the case's network too (the case screen chooses
    a new one from there, and the plan's afspraken can name her); a professional's involvement
    starts when the case came in unless it says otherwise. No case is handed over here: the
    audit entry of a handover names both leads, which the demo's log is checked to be free of.
    """
    case = household.case
    case_id = services.casussen.register(case).primary_id
    assert case_id is not None
    network = services.netwerk
    for person in household.members:
        network.add_person(case_id, person)
    ids = {}
    for betrokkene in (*household.network, _lead(case.casusregisseur)):
        if betrokkene.soort is NetwerkSoort.PROFESSIONEEL and betrokkene.startdatum is None:
            betrokkene = replace(betrokkene, startdatum=case.aangemeld_op)
        ids[betrokkene.naam] = network.add_betrokkene(case_id, betrokkene).primary_id
    for name, day in household.ended:
        ended = ids[name]
        assert ended is not None
        network.end_betrokkene(ended, day)
    # A consent for an organisation in the network is linked to it, as the consent screen
    # does when the recipient is chosen from the network (the casus-overleg relies on it).
    by_name = {b.organisatie or b.naam: ids[b.naam] for b in household.network}
    consent_ids = [services.toestemmingen.add(case_id, replace(
        c, ontvanger_betrokkene_id=c.ontvanger_betrokkene_id or by_name.get(c.ontvanger))
    ).primary_id for c in household.consents]
    for index in household.withdrawn:
        consent_id = consent_ids[index]
        assert consent_id is not None
        services.toestemmingen.withdraw(consent_id)
    for indicatie in household.care:
        services.indicaties.add(case_id, indicatie)
    if household.status is CasusStatus.WAAKVLAM:
        services.casussen.set_status(case_id, CasusStatus.EVALUATIE)
        services.casussen.close(case_id, waakvlam=True)
    elif household.status is not CasusStatus.AANMELDING:
        services.casussen.set_status(case_id, household.status)
    return case_id


# -- small helpers ----------------------------------------------------------------------


def _born(today: date, years: int, months: int = 0) -> date:
    """Return the birth date of someone ``years`` old whose birthday was ``months`` ago."""
    return add_months(add_years(today, -years), -months)


def _informal(naam: str, rol: str, altijd_er_voor_mij: bool = False) -> NieuweBetrokkene:
    return NieuweBetrokkene(
        NetwerkSoort.INFORMEEL, naam, rol=rol, altijd_er_voor_mij=altijd_er_voor_mij
    )


def _pro(
    naam: str,
    rol: str,
    organisatie: str,
    uren: float | None,
    betaald_door: str,
    einddatum: date | None = None,
) -> NieuweBetrokkene:
    domain = "-".join(re.findall(r"[a-z0-9]+", organisatie.lower()))
    email = f"{naam.split()[0].lower()}@{domain}.example"
    return NieuweBetrokkene(
        NetwerkSoort.PROFESSIONEEL, naam, rol=rol, organisatie=organisatie, email=email,
        telefoon=_phone(naam), uren_per_week=uren, betaald_door=betaald_door,
        einddatum=einddatum,
    )


def _lead(naam: str) -> NieuweBetrokkene:
    """A consulent of the demo's wijkteam, in the network as the case's (new) casusregisseur."""
    return _pro(naam, "casusregisseur", DEMO_MEDEWERKER[1], 2, "Gemeente (Wmo)")


def _phone(naam: str) -> str:
    """An invented work number, the same for the same name (0900-range numbers are fictional)."""
    return f"0900-{sum(map(ord, naam)) * 7919 % 1_000_000:06d}"


# -- the households ---------------------------------------------------------------------


def _verhoeckx(today: date) -> _Household:
    """Seed 000, the harde knip: Jesse (17) turns 18 within about three months.

    He has no toekomstplan yet, and his jeugdhulp stops at 18 with no framework after it
    (kader_na_18 left open), so the 18 and indicatie signals show. One consent expires on his
    birthday.
    """
    birth = _born(today, 17, 9)
    eighteen = add_years(birth, 18)
    return _Household(
        case=NieuweCasus(
            "Verhoeckx", "Jesse", "Verhoeckx", birth, _TJEERDSMA, bsn="999990019",
            plaats="Weidestad", aangemeld_op=add_months(today, -1),
            aangemeld_via=AanmeldRoute.OVERIG, aangemeld_door="Sanne Kalkhoven, Jeugdhulp De Brug",
            aanleiding="Jesse wordt binnenkort 18. Zijn gezinsbegeleiding stopt dan en er is nog "
            "geen toekomstplan; Jesse en zijn moeder willen weten wat er daarna kan.",
        ),
        status=CasusStatus.INTAKE,
        members=(
            NieuwePersoon(Rol.OUDER, "Ingrid", "Verhoeckx", _born(today, 46, 2), gezag=True),
            NieuwePersoon(Rol.BROER_ZUS, "Fleur", "Verhoeckx", _born(today, 13, 5)),
        ),
        network=(
            _informal("Ruud Verhoeckx", "oom, Jesse kan altijd bij hem langs", True),
            _pro("Sanne Kalkhoven", "gezinsbegeleider", "Jeugdhulp De Brug", 3,
                 "Gemeente (Jeugdwet)", eighteen),
            _pro("Mehmet Karadag", "mentor", "Het Baken College", None, "school"),
        ),
        consents=(
            NieuweToestemming(
                "Jeugdhulp De Brug", "afstemmen wat Jesse na zijn 18e nodig heeft",
                (_C.WELZIJN, _C.SCHOOL_WERK, _C.SUPPORT),
                gegeven_op=add_months(today, -5), verloopt_op=eighteen,
            ),
            NieuweToestemming(
                "Het Baken College", "schoolgang en stage bespreken", (_C.SCHOOL_WERK,),
                gegeven_op=add_months(today, -1),
            ),
        ),
        care=(
            NieuweIndicatie(W.JEUGDWET, "Ambulante gezinsbegeleiding", "Jeugdhulp De Brug",
                         startdatum=add_months(today, -14), einddatum=eighteen),
        ),
    )


def _zwanenburg(today: date) -> _Household:
    """Seed 000, Wonen and Inkomen: Kevin (21) has debts and no home.

    He sleeps at a friend's, works with schuldhulp and waits for begeleid wonen. He withdrew
    the consent he gave the housing corporation; schuldhulp shares on a legal basis.
    """
    return _Household(
        case=NieuweCasus(
            "Zwanenburg", "Kevin", "Zwanenburg", _born(today, 21, 5), _OUAZZANI,
            plaats="Weidestad", aangemeld_op=add_months(today, -5),
            aangemeld_via=AanmeldRoute.ZELF,
            aanleiding="Kevin heeft geen eigen woonruimte en slaapt sinds een half jaar bij "
            "vrienden. Hij heeft schulden en wil die samen met schuldhulp op een rij zetten.",
        ),
        status=CasusStatus.UITVOERING,
        network=(
            _informal("Stijn Ravenhorst", "vriend, Kevin slaapt nu bij hem"),
            _informal("Els Zwanenburg", "tante", altijd_er_voor_mij=True),
            _pro("Yvonne Vlasblom", "schuldhulpverlener", "Schuldhulp Gemeente", 2,
                 "Gemeente (Wgs)", add_months(today, 10)),
            _pro("Bas Oosterwoud", "jongerencoach", "Jongerenloket", 4, "Gemeente"),
            _pro("Nicole Tilanus", "woonconsulent", "Woningcorporatie De Sleutel", None,
                 "woningcorporatie"),
        ),
        consents=(
            NieuweToestemming(
                "Schuldhulp Gemeente", "schuldhulpverlening", (_C.INKOMEN, _C.PERSOONSGEGEVENS),
                grondslag=Grondslag.WETTELIJKE_TAAK, gegeven_op=add_months(today, -4),
            ),
            NieuweToestemming(
                "Jongerenloket", "samen werken aan wonen, werk en inkomen", _PILLARS,
                gegeven_op=add_months(today, -4),
            ),
            NieuweToestemming(
                "Woningcorporatie De Sleutel", "zoeken naar een kamer",
                (_C.WONEN, _C.INKOMEN),
                gegeven_op=add_months(today, -3),
            ),
        ),
        withdrawn=(2,),
        care=(
            NieuweIndicatie(W.PARTICIPATIEWET, "Bijstandsuitkering", "Werk en Inkomen Gemeente",
                         startdatum=add_months(today, -3)),
            NieuweIndicatie(W.WMO, "Begeleid wonen", "Stichting Onderdak", wachtlijst=True,
                         wachtlijst_sinds=add_months(today, -4)),
        ),
    )


def _el_khatib(today: date) -> _Household:
    """Seeds 000 and 003, a young mother: Nadia (19) and her baby Amira.

    Nadia wants to finish her mbo. Her begeleiding ends soon, and her consent for school is
    about to expire.
    """
    return _Household(
        case=NieuweCasus(
            "El Khatib", "Nadia", "El Khatib", _born(today, 19, 8), _WESSELINGH,
            bsn="999991115", plaats="Eikenrode", aangemeld_op=add_months(today, -7),
            aanleiding="Nadia is vier maanden geleden moeder geworden van Amira. Ze wil haar "
            "mbo-opleiding afmaken en zoekt hulp bij geldzaken en opvang voor Amira.",
        ),
        status=CasusStatus.UITVOERING,
        members=(NieuwePersoon(Rol.KIND, "Amira", "El Khatib", add_months(today, -4),
                               "999994414"),),
        network=(
            _informal("Samira El Khatib", "moeder van Nadia", altijd_er_voor_mij=True),
            _informal("Yasmina Bennaceur", "vriendin"),
            _pro("Ellen Nieuwhof", "jeugdverpleegkundige", "Jeugdgezondheidszorg", 0.5,
                 "Gemeente (publieke gezondheid)"),
            _pro("Ravi Ramdin", "jongerencoach", "Wijkteam Oost", 2, "Gemeente (Wmo)",
                 add_months(today, 2)),
            _pro("Priya Sitaldin", "trajectbegeleider", "ROC Weidestad", 1, "school",
                 add_months(today, 8)),
        ),
        consents=(
            NieuweToestemming(
                "Wijkteam Oost", "begeleiding en het toekomstplan", _ALL,
                gegeven_op=add_months(today, -7),
            ),
            NieuweToestemming(
                "ROC Weidestad", "opleiding combineren met de zorg voor Amira",
                (_C.SCHOOL_WERK, _C.SUPPORT),
                gegeven_op=add_months(today, -11), verloopt_op=today + timedelta(days=20),
            ),
            NieuweToestemming(
                "Jeugdgezondheidszorg", "zorg voor de gezondheid van Amira", (_C.WELZIJN,),
                grondslag=Grondslag.WETTELIJKE_TAAK, gegeven_op=add_months(today, -4),
            ),
        ),
        care=(
            NieuweIndicatie(W.WMO, "Ambulante begeleiding", "Wijkteam Oost",
                         startdatum=add_months(today, -7), einddatum=add_months(today, 2)),
            NieuweIndicatie(W.PARTICIPATIEWET, "Bijstandsuitkering", "Werk en Inkomen Gemeente",
                         startdatum=add_months(today, -6)),
        ),
    )


def _doornbosch(today: date) -> _Household:
    """Seed 003 (Gouda), a thuiszitter: Thijs (16) does not go to school.

    His parents are in the household. The case is just registered; jeugd-GGZ has a waiting
    list, and leerplicht shares on a legal basis.
    """
    return _Household(
        case=NieuweCasus(
            "Doornbosch", "Thijs", "Doornbosch", _born(today, 16, 3), _TJEERDSMA,
            plaats="Weidestad", aangemeld_op=today - timedelta(days=6),
            aangemeld_via=AanmeldRoute.SCHOOL, aangemeld_door="zijn mentor",
            aanleiding="Thijs gaat al een tijd niet meer naar school. Hij en zijn ouders willen "
            "samen zoeken naar een plek waar hij weer kan leren.",
        ),
        status=CasusStatus.AANMELDING,
        members=(
            NieuwePersoon(Rol.OUDER, "Marco", "Doornbosch", _born(today, 49, 7), gezag=True),
            NieuwePersoon(Rol.OUDER, "Petra", "Doornbosch", _born(today, 47, 1), gezag=True),
        ),
        network=(
            _informal("Henk Doornbosch", "opa, Thijs gaat vaak bij hem klussen", True),
            _pro("Karin Brandsema", "leerplichtambtenaar", "Leerplicht Gemeente", 1, "Gemeente"),
            _pro("Joost Hellinga", "mentor", "Het Baken College", None, "school"),
            _pro("Esra Karadag", "consulent passend onderwijs", "Samenwerkingsverband VO",
                 1, "samenwerkingsverband", add_months(today, 6)),
        ),
        consents=(
            NieuweToestemming(
                "Leerplicht Gemeente", "toezicht op de leerplicht",
                (_C.SCHOOL_WERK, _C.PERSOONSGEGEVENS), grondslag=Grondslag.WETTELIJKE_TAAK,
                gegeven_op=add_months(today, -2),
            ),
            NieuweToestemming(
                "Samenwerkingsverband VO", "een passende onderwijsplek zoeken",
                (_C.SCHOOL_WERK, _C.WELZIJN),
            ),
        ),
        care=(
            NieuweIndicatie(W.JEUGDWET, "Jeugd-GGZ behandeling", "GGZ Jong Weidestad",
                         kader_na_18=W.ZVW, wachtlijst=True,
                         wachtlijst_sinds=add_months(today, -3)),
        ),
    )


def _koerhuis(today: date) -> _Household:
    """Seed 003 (Nijkerk), LVB and crime risk: Dylan (19) has a mild intellectual disability.

    He has no work or daytime activity and waits for Wlz housing; the Veiligheidshuis shares
    under a covenant. No adult who is always there for him has been found yet: that is
    realistic too, and the Support pillar shows it.
    """
    return _Household(
        case=NieuweCasus(
            "Koerhuis", "Dylan", "Koerhuis", _born(today, 19, 2), _OUAZZANI,
            plaats="Eikenrode", aangemeld_op=add_months(today, -3),
            aanleiding="Dylan heeft een licht verstandelijke beperking en woont sinds kort op een "
            "kamer. Hij heeft geen werk of dagbesteding en kwam een paar keer in aanraking met de "
            "politie; hij wil een baan en een rustige plek om te wonen.",
        ),
        status=CasusStatus.PLAN,
        network=(
            _informal("Kim Koerhuis", "zus, ziet Dylan af en toe"),
            _informal("Jordy Zandvliet", "vriend uit de buurt"),
            _pro("Wendy Hellinga", "ambulant begeleider", "Zorgaanbieder Stap Verder", 3,
                 "Gemeente (Wmo)", add_months(today, 8)),
            _pro("Rachid Bennaceur", "jongerenwerker", "Buurtwerk Eikenrode", None, "Gemeente"),
            _pro("Tom Brandsema", "wijkagent", "Politie, basisteam Eikenrode", None, "politie"),
        ),
        consents=(
            NieuweToestemming(
                "Zorgaanbieder Stap Verder", "begeleiding bij wonen, geld en werk", _PILLARS,
                gegeven_op=add_months(today, -3),
            ),
            NieuweToestemming(
                "Veiligheidshuis Regio", "afstemming zorg en veiligheid",
                (_C.PERSOONSGEGEVENS, _C.WELZIJN), grondslag=Grondslag.CONVENANT,
                gegeven_op=add_months(today, -2),
            ),
        ),
        care=(
            NieuweIndicatie(W.WMO, "Begeleiding individueel", "Zorgaanbieder Stap Verder",
                         startdatum=add_months(today, -4), einddatum=add_months(today, 8)),
            NieuweIndicatie(W.WLZ, "Wonen met begeleiding (LVB)", "Stichting Het Anker",
                         wachtlijst=True, wachtlijst_sinds=add_months(today, -7)),
        ),
        ended=(("Jordy Zandvliet", add_months(today, -1)),),
    )


def _pinas(today: date) -> _Household:
    """Seed 003 (Zwolle), a child-protection measure: an ondertoezichtstelling for Jaylen (17).

    The gecertificeerde instelling is in the network and shares on a legal basis, not on
    consent. The OTS stops at 18 with nothing after it; the gezinscoaching moves to the Wmo.
    """
    birth = _born(today, 17, 7)  # turns 18 within half a year, and has a plan
    return _Household(
        case=NieuweCasus(
            "Pinas", "Jaylen", "Pinas", birth, _WESSELINGH, bsn="999993021",
            plaats="Weidestad", aangemeld_op=add_months(today, -10),
            aangemeld_via=AanmeldRoute.GI, aangemeld_door="de jeugdbeschermer",
            aanleiding="De kinderrechter heeft een ondertoezichtstelling uitgesproken voor "
            "Jaylen. Jaylen en zijn moeder willen dat de hulp daarna en na zijn 18e goed "
            "doorloopt.",
        ),
        status=CasusStatus.EVALUATIE,
        members=(
            NieuwePersoon(Rol.OUDER, "Gwendolyn", "Pinas", _born(today, 41, 4), gezag=True),
            NieuwePersoon(Rol.BROER_ZUS, "Rayan", "Pinas", _born(today, 10, 9)),
        ),
        network=(
            _informal("Ruth Pinas", "oma, Jaylen eet elke zondag bij haar", True),
            _informal("Dennis Kromodimedjo", "voetbaltrainer"),
            _pro("Mirjam Wijnbergen", "jeugdbeschermer", "Jeugdbescherming Regio", 2,
                 "Gemeente (Jeugdwet)", add_months(today, 5)),
            _pro("Sander Lindeboom", "gezinscoach", "Wijkteam Oost", 3, "Gemeente (Jeugdwet)",
                 add_years(birth, 18)),
        ),
        consents=(
            NieuweToestemming(
                "Jeugdbescherming Regio", "uitvoering van de ondertoezichtstelling", _ALL,
                grondslag=Grondslag.WETTELIJKE_TAAK, gegeven_op=add_months(today, -10),
            ),
            NieuweToestemming(
                "Wijkteam Oost", "gezinscoaching en het toekomstplan", _PILLARS,
                gegeven_op=add_months(today, -9),
            ),
        ),
        care=(
            NieuweIndicatie(W.JEUGDWET, "Ondertoezichtstelling", "Jeugdbescherming Regio",
                         startdatum=add_months(today, -10), einddatum=add_months(today, 5)),
            NieuweIndicatie(W.JEUGDWET, "Gezinscoaching", "Wijkteam Oost",
                         startdatum=add_months(today, -9), einddatum=add_years(birth, 18),
                         kader_na_18=W.WMO),
        ),
    )


def _hoogeveen_smit(today: date) -> _Household:
    """Seed 000, waakvlam: Romy (23) left a youth-care group home without a home or income.

    She now lives on her own and works. The case is closed but kept on waakvlam.
    """
    return _Household(
        case=NieuweCasus(
            "Hoogeveen-Smit", "Romy", "Hoogeveen-Smit", _born(today, 23, 2), _TJEERDSMA,
            plaats="Eikenrode", aangemeld_op=add_months(today, -26),
            aanleiding="Romy verliet op haar 21e een woongroep en had toen geen woning en geen "
            "inkomen. Ze woont nu zelfstandig en werkt; ze wil ons kunnen bereiken als dat "
            "nodig is.",
        ),
        status=CasusStatus.WAAKVLAM,
        network=(
            _informal("Bram Lindeboom", "partner", altijd_er_voor_mij=True),
            _pro("Fatima Hamdaoui", "consulent", "Wijkteam Oost", 1, "Gemeente (Wmo)",
                 add_months(today, -4)),
            _pro("Lisa Nieuwhof", "praktijkondersteuner GGZ", "Huisartsenpraktijk De Linde",
                 None, "zorgverzekeraar"),
        ),
        consents=(
            NieuweToestemming(
                "Wijkteam Oost", "contact houden op waakvlam", (_C.PERSOONSGEGEVENS, _C.SUPPORT),
                gegeven_op=add_months(today, -2),
                verloopt_op=add_months(today, 10),
            ),
            NieuweToestemming(
                "Huisartsenpraktijk De Linde", "afstemmen met de begeleiding van het wijkteam",
                (_C.WELZIJN,),
                gegeven_op=add_months(today, -20), verloopt_op=add_months(today, -8),
            ),
        ),
        care=(
            NieuweIndicatie(W.WMO, "Ambulante begeleiding", "Wijkteam Oost",
                         startdatum=add_months(today, -24), einddatum=add_months(today, -4)),
            NieuweIndicatie(W.ZVW, "Gesprekken POH-GGZ", "Huisartsenpraktijk De Linde",
                         startdatum=add_months(today, -5)),
        ),
    )


_HOUSEHOLDS: tuple[Callable[[date], _Household], ...] = (
    _verhoeckx, _zwanenburg, _el_khatib, _doornbosch, _koerhuis, _pinas, _hoogeveen_smit,
)
