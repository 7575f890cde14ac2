"""Demo conversations: keukentafelgesprekken, a snelle check and an unfinished draft.

They follow the stories of the fictional households in :mod:`tafel.demo.households`: Nadia
(El Khatib) and Jaylen (Pinas) show progress over several months; Kevin (Zwanenburg) does
better with money, but his newest conversation scores Huisvesting 1, so his case shows the
acute signal (the only one); Dylan (Koerhuis) has a keukentafelgesprek and a later snelle
check; Jesse (Verhoeckx, at intake) has a keukentafelgesprek that stopped after Inkomen.

Texts in the pillars are the young person's own words ("ik"); ``notitie`` is the
professional's short note. Every write goes through :class:`GesprekService`, and every
date is relative to ``today`` and after the case was registered.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from tafel.domain.dates import add_months
from tafel.domain.enums import Antwoord, GesprekPlaats, GesprekSoort, Pijler
from tafel.services.registry import Services

__all__ = ["fill_demo_gesprekken"]

#: The households in the order ``fill_demo`` returns their case ids.
_ORDER = (
    "Verhoeckx", "Zwanenburg", "El Khatib", "Doornbosch", "Koerhuis", "Pinas", "Hoogeveen-Smit",
)

#: The order of the score pairs in :attr:`_Talk.scores` of a keukentafelgesprek.
_DOMAINS = (
    "huisvesting", "huiselijke_relaties",  # Wonen
    "financien",  # Inkomen
    "geestelijke_gezondheid", "lichamelijke_gezondheid", "middelengebruik", "basale_adl",
    "instrumentele_adl", "justitie",  # Welzijn
    "werk_opleiding", "tijdsbesteding",  # School & Werk
    "sociaal_netwerk", "maatschappelijke_participatie",  # Support
)

_W, _I, _WZ = Pijler.WONEN, Pijler.INKOMEN, Pijler.WELZIJN
_SW, _S = Pijler.SCHOOL_WERK, Pijler.SUPPORT
_P = GesprekPlaats


def _say(
    goed: str = "", zorgen: str = "", wil: str = "", kan: str = "", nodig: str = "",
    notitie: str = "",
) -> dict[str, str]:
    """One pillar's texts: the young person's words, and the professional's own note."""
    return {"wat_gaat_goed": goed, "zorgen": zorgen, "ik_wil": wil, "ik_kan": kan,
            "ik_heb_nodig": nodig, "notitie": notitie}


@dataclass(frozen=True)
class _Talk:
    """One conversation of the demo.

    ``at`` is (months back, then days on): (5, 9) is nine days after five months ago,
    (0, -12) twelve days ago. ``scores`` holds one pair per domain in ``_DOMAINS`` order (in a
    snelle check: per pillar), professional first, then the young person: "24" is 2 and 4,
    "." is no score, "--" is niet besproken. ``stap`` left set means: saved there, not finished.
    """

    household: str
    at: tuple[int, int]
    plaats: GesprekPlaats
    aanwezig: tuple[str, ...]
    scores: str
    rapportcijfer: int | None = None
    samenvatting: str = ""
    bestaande_zorg: str = ""
    volwassene: Antwoord | None = None
    volwassene_wie: str = ""
    pijlers: dict[Pijler, dict[str, str]] = field(default_factory=dict)
    toelichting: dict[str, str] = field(default_factory=dict)
    soort: GesprekSoort = GesprekSoort.KEUKENTAFELGESPREK
    stap: int | None = None


_TALKS: tuple[_Talk, ...] = (
    # -- Zwanenburg: Kevin (21), money gets better; housing is acute in the newest ---------
    _Talk(
        "Zwanenburg", (5, 9), _P.KANTOOR, ("Kevin Zwanenburg", "Bas Oosterwoud"),
        "23 34 24 33 44 44 45 34 55 23 23 34 23", rapportcijfer=4,
        samenvatting="Eerste gesprek met Kevin. Hij slaapt op de bank bij vrienden en heeft "
        "schulden die nog niet in beeld zijn. Kevin vindt dat het met geld wel meevalt; dat "
        "verschil hebben we besproken. Eerst een briefadres, een uitkering en schuldhulp.",
        bestaande_zorg="Nog geen. Kevin wil zich aanmelden voor begeleid wonen.",
        volwassene=Antwoord.JA, volwassene_wie="Tante Els",
        pijlers={
            _W: _say("Ik kan bij vrienden slapen. Er is altijd wel een bank.",
                     "Ik weet nooit hoe lang ik ergens mag blijven.", "Ik wil een eigen kamer.",
                     "Ik kan zelf kamers zoeken op internet.",
                     "Iemand die helpt met inschrijven.",
                     "Slaapt sinds een half jaar op de bank bij vrienden, nu bij Stijn."),
            _I: _say("Ik geef niet veel uit.", "Er komen brieven van incasso. Die maak ik niet "
                     "open.", "Ik wil van mijn schulden af.",
                     "Ik kan alle brieven meenemen naar een afspraak.",
                     "Hulp om mijn schulden op een rij te zetten.",
                     "Kevin schat zijn geldzaken hoger in dan ik. Aanmelding schuldhulp samen "
                     "gedaan."),
            _SW: _say(wil="Ik wil werken, het liefst met mijn handen.",
                      kan="Ik kan goed sleutelen aan fietsen.",
                      nodig="Iemand die mij helpt een werkplek te vinden."),
            _S: _say("Tante Els staat altijd voor me klaar."),
        },
        toelichting={"maatschappelijke_participatie": "Nog geen briefadres; dat regelen we "
                     "eerst, anders kan de uitkering niet worden aangevraagd."},
    ),
    _Talk(
        "Zwanenburg", (0, -12), _P.KEUKENTAFEL,
        ("Kevin Zwanenburg", "Els Zwanenburg", "Bas Oosterwoud"),
        "12 44 34 33 44 44 45 44 55 33 34 44 34", rapportcijfer=5,
        samenvatting="Met geld gaat het beter: de uitkering loopt en schuldhulp heeft de "
        "schulden in beeld. Wonen is nu acuut: Kevin kan niet meer elke nacht bij Stijn "
        "slapen. We vragen deze week een doorbraak aan voor onderdak tot begeleid wonen vrij is.",
        bestaande_zorg="Bijstand. Schuldhulp van de gemeente. Wachtlijst begeleid wonen bij "
        "Stichting Onderdak, al vier maanden.",
        volwassene=Antwoord.JA, volwassene_wie="Tante Els",
        pijlers={
            _W: _say(zorgen="Ik kan niet meer bij Stijn blijven. Ik weet niet waar ik volgende "
                     "week slaap.", wil="Gewoon een plek waar ik mag blijven.",
                     kan="Ik kan een paar nachten bij tante Els.",
                     nodig="Dat iemand iets regelt tot ik bij begeleid wonen kan.",
                     notitie="Afgelopen weken wisselende adressen en twee nachten "
                     "nachtopvang."),
            _I: _say("Mijn uitkering komt op tijd. Ik maak nu elke brief open.",
                     wil="Ik wil over een jaar zonder schulden zijn.",
                     kan="Ik betaal elke maand zelf mijn telefoon.",
                     notitie="Schulden in beeld, aanvraag schuldregeling loopt."),
            _SW: _say("Ik help twee dagen bij een fietsenmaker. Dat gaat goed.",
                      wil="Ik wil daar een opleiding bij doen."),
        },
        toelichting={"huisvesting": "Kevin kan niet meer bij Stijn slapen en sliep de laatste "
                     "weken steeds ergens anders, ook in de nachtopvang. Er is nu onderdak "
                     "nodig. Kevin zelf: 'Ik vind wel een bank.'"},
    ),
    # -- El Khatib: Nadia (19) and Amira, progress over seven months ----------------------
    _Talk(
        "El Khatib", (7, 12), _P.HUISBEZOEK,
        ("Nadia El Khatib", "Samira El Khatib", "Ravi Ramdin"),
        "34 34 23 34 44 55 55 34 -- 23 34 44 34", rapportcijfer=4,
        samenvatting="Nadia is zwanger en woont bij haar moeder. Ze wil haar opleiding afmaken "
        "en eigen geld hebben. We vragen samen een uitkering en toeslagen aan en zoeken "
        "kinderopvang voor na de bevalling.",
        bestaande_zorg="Ambulante begeleiding van Wijkteam Oost is net gestart (Wmo).",
        volwassene=Antwoord.JA, volwassene_wie="Haar moeder Samira",
        pijlers={
            _W: _say("Ik woon bij mijn moeder. Ze helpt me veel.",
                     "Straks met de baby is het te klein.",
                     "Later een eigen huis voor mij en mijn kind."),
            _I: _say(zorgen="Ik heb geen eigen geld. Mijn moeder betaalt alles.",
                     wil="Ik wil mijn eigen geld hebben.", kan="Ik let goed op wat ik uitgeef.",
                     nodig="Hulp bij het aanvragen van een uitkering en toeslagen.",
                     notitie="Nog geen inkomen. Nadia scoort zichzelf hoger dan ik; ze leunt "
                     "nu op haar moeder."),
            _WZ: _say("Ik voel me goed. De zwangerschap gaat goed."),
            _SW: _say("Ik haal goede cijfers als ik er ben.",
                      "Ik mis veel lessen door de controles.",
                      "Ik wil mijn diploma helpende zorg halen.",
                      "Ik kan thuis opdrachten maken.",
                      "Opvang voor mijn kind als ik weer naar school ga."),
        },
        toelichting={"justitie": "Niet besproken: geen aanleiding, en Nadia wilde vandaag over "
                     "school en geld praten."},
    ),
    _Talk(
        "El Khatib", (3, 0), _P.HUISBEZOEK,
        ("Nadia El Khatib", "Samira El Khatib", "Ravi Ramdin"),
        "34 44 34 33 44 55 44 34 55 22 33 45 34", rapportcijfer=6,
        samenvatting="Amira is een maand oud. De uitkering loopt en Nadia betaalt haar eigen "
        "rekeningen. Ze is moe en met verlof van school; ze wil over twee maanden weer "
        "beginnen als er opvang is.",
        bestaande_zorg="Ambulante begeleiding Wijkteam Oost (Wmo). Bijstand. "
        "Jeugdgezondheidszorg voor Amira.",
        volwassene=Antwoord.JA, volwassene_wie="Haar moeder Samira",
        pijlers={
            _I: _say("Mijn uitkering komt elke maand. Ik betaal zelf mijn telefoon.",
                     notitie="Kinderopvangtoeslag aangevraagd."),
            _WZ: _say(zorgen="Ik slaap weinig. Soms ben ik heel moe.",
                      kan="Ik vraag mijn moeder om even op Amira te passen.",
                      nodig="Iemand om mee te praten als het te veel wordt.",
                      notitie="De jeugdverpleegkundige komt regelmatig langs."),
            _SW: _say(zorgen="Ik ben nu met verlof van school.",
                      wil="Ik wil over twee maanden weer naar school.",
                      nodig="Een plek op de kinderopvang voor Amira."),
        },
    ),
    _Talk(
        "El Khatib", (0, -20), _P.KEUKENTAFEL,
        ("Nadia El Khatib", "Samira El Khatib", "Ravi Ramdin"),
        "34 45 44 44 45 55 55 44 55 34 44 45 34", rapportcijfer=7,
        samenvatting="Nadia gaat weer drie dagen naar school en Amira gaat dan naar de "
        "kinderopvang. Met geld gaat het goed. De begeleiding stopt over twee maanden; we "
        "spreken af wie daarna meekijkt.",
        bestaande_zorg="Ambulante begeleiding Wijkteam Oost (Wmo), stopt over twee maanden. "
        "Bijstand. Jeugdgezondheidszorg voor Amira. Trajectbegeleiding ROC.",
        volwassene=Antwoord.JA, volwassene_wie="Haar moeder Samira",
        pijlers={
            _W: _say(wil="Ik wil een eigen huis voor mij en Amira.",
                     kan="Ik sta ingeschreven voor een woning.",
                     nodig="Hulp om te kijken of ik voorrang kan krijgen."),
            _I: _say("Ik houd een potje bij voor de kinderopvang.",
                     "Ik ben bang dat ik toeslag moet terugbetalen.",
                     nodig="Uitleg over hoe toeslagen werken."),
            _SW: _say("Ik ga weer drie dagen naar school. Amira gaat dan naar de opvang.",
                      wil="Ik wil volgend jaar mijn diploma halen."),
            _S: _say("Mijn moeder en Yasmina helpen me. Ik zorg goed voor Amira.",
                     nodig="Dat iemand blijft meekijken als de begeleiding stopt.",
                     notitie="Vraag voor de evaluatie: is dit nog van ons?"),
        },
    ),
    # -- Pinas: Jaylen (17) under an ondertoezichtstelling, calmer at home, back at school -
    _Talk(
        "Pinas", (9, 7), _P.KEUKENTAFEL,
        ("Jaylen Pinas", "Gwendolyn Pinas", "Sander Lindeboom", "Mirjam Wijnbergen"),
        "45 23 34 34 55 34 55 34 45 23 34 44 44", rapportcijfer=5,
        samenvatting="Jaylen en zijn moeder willen allebei minder ruzie thuis. Jaylen spijbelt "
        "veel, maar is elke week op de voetbalclub. Sander helpt thuis met afspraken; Mirjam "
        "voert de ondertoezichtstelling uit.",
        bestaande_zorg="Ondertoezichtstelling (Jeugdbescherming Regio). Gezinscoaching "
        "Wijkteam Oost (Jeugdwet).",
        volwassene=Antwoord.JA, volwassene_wie="Oma Ruth",
        pijlers={
            _W: _say("Ik woon thuis met mijn moeder en mijn broertje.",
                     "We hebben vaak ruzie over hoe laat ik thuis moet zijn.",
                     "Ik wil dat het thuis rustiger is.",
                     "Ik kan even naar oma gaan als het te veel wordt.",
                     "Iemand die helpt om samen afspraken te maken.",
                     "Jaylen en zijn moeder maken met Sander afspraken over thuiskomen."),
            _SW: _say(zorgen="Ik spijbel veel. School is saai.",
                      wil="Ik wil iets met sport doen.",
                      kan="Ik help bij de training van de jongste jeugd.",
                      nodig="Een opleiding waar ik ook buiten ben."),
            _S: _say("Op zondag eet ik bij mijn oma. Mijn trainer let op mij."),
        },
        toelichting={"middelengebruik": "Jaylen blowt in het weekend; hij wil minderen."},
    ),
    _Talk(
        "Pinas", (0, -24), _P.CASUS_OVERLEG,
        ("Jaylen Pinas", "Gwendolyn Pinas", "Ruth Pinas", "Sander Lindeboom",
         "Mirjam Wijnbergen"),
        "45 44 34 44 55 44 55 34 55 34 44 45 44", rapportcijfer=7,
        samenvatting="Evaluatie in het casus-overleg, met Jaylen, zijn moeder en oma. Thuis is "
        "het rustiger en Jaylen gaat weer naar school. De ondertoezichtstelling stopt over vijf "
        "maanden; Jaylen wil dat de hulp na zijn 18e doorloopt.",
        bestaande_zorg="Ondertoezichtstelling tot over vijf maanden. Gezinscoaching Wijkteam "
        "Oost tot zijn 18e, daarna via de Wmo.",
        volwassene=Antwoord.JA, volwassene_wie="Oma Ruth",
        pijlers={
            _W: _say("Het is thuis rustiger. We houden ons aan de afspraken.",
                     wil="Ik wil thuis blijven wonen tot ik klaar ben met school."),
            _SW: _say("Ik ga bijna elke dag naar school. Ik loop stage bij de voetbalclub.",
                      wil="Ik wil sport- en bewegingsleider worden.",
                      kan="Ik kan op tijd komen, mijn trainer rekent op me."),
            _S: _say(nodig="Dat ik na mijn 18e nog iemand heb om mee te praten.",
                     notitie="Overgang gezinscoaching naar de Wmo nog regelen voor zijn 18e."),
        },
    ),
    # -- Koerhuis: Dylan (19, LVB), a keukentafelgesprek and a later snelle check ----------
    _Talk(
        "Koerhuis", (3, 10), _P.HUISBEZOEK, ("Dylan Koerhuis", "Wendy Hellinga"),
        "34 44 24 34 44 34 45 24 34 23 23 33 33", rapportcijfer=5,
        samenvatting="Dylan woont sinds kort op een kamer en wacht op een plek bij Het Anker. "
        "Hij wil werk en rust. Met geld en post heeft hij hulp nodig, al ziet hij dat zelf "
        "anders. Er is nog geen volwassene die er altijd voor hem is.",
        bestaande_zorg="Begeleiding individueel (Wmo) door Stap Verder. Wachtlijst Wlz wonen "
        "met begeleiding bij Het Anker.",
        volwassene=Antwoord.NEE,
        pijlers={
            _W: _say("Ik heb nu een eigen kamer. Ik houd hem netjes.",
                     "Het is er onrustig. Ik wil daar niet lang blijven.",
                     "Een rustige plek waar iemand me helpt.",
                     nodig="Hulp tot er plek is bij Het Anker."),
            _I: _say(zorgen="Ik snap de brieven niet.", wil="Ik wil zelf geld verdienen.",
                     kan="Ik bewaar mijn brieven in een map.",
                     nodig="Iemand die elke week met mij de post doorneemt.",
                     notitie="Geen inkomen; aanvraag loopt. Wendy kijkt wekelijks mee."),
            _SW: _say("Ik werk graag buiten en ik ben sterk.",
                      wil="Ik wil een baan, bijvoorbeeld bij een groenbedrijf.",
                      kan="Ik kom op tijd als ik een wekker zet.",
                      nodig="Iemand die met mij gaat kijken."),
            _S: _say(zorgen="Ik heb niet echt iemand die er altijd is.",
                     wil="Iemand die ik kan bellen als het misgaat.",
                     notitie="Met Dylan uitzoeken wie die volwassene zou kunnen zijn."),
        },
        toelichting={"justitie": "Er loopt een zaak; Dylan komt zijn afspraken na."},
    ),
    _Talk(
        "Koerhuis", (0, -8), _P.HUISBEZOEK, ("Dylan Koerhuis", "Wendy Hellinga"),
        "34 34 34 34 33", rapportcijfer=6, soort=GesprekSoort.SNELLE_CHECK,
        samenvatting="Snelle check bij Dylan thuis. Hij werkt twee dagen op een proefplek bij "
        "een groenbedrijf en zijn uitkering is rond. Nog geen plek bij Het Anker.",
        pijlers={
            _I: _say("Mijn uitkering is rond. Wendy en ik kijken elke week de post."),
            _SW: _say("Ik werk twee dagen bij het groenbedrijf. Dat vind ik leuk.",
                      wil="Ik wil daar blijven werken."),
        },
    ),
    # -- Verhoeckx: Jesse (17, intake), stopped after Inkomen, to be continued -------------
    _Talk(
        "Verhoeckx", (0, -2), _P.KEUKENTAFEL,
        ("Jesse Verhoeckx", "Ingrid Verhoeckx", "Sanne Kalkhoven"),
        "55 43 34 .. .. .. .. .. .. .. .. .. ..", stap=3,
        bestaande_zorg="Ambulante gezinsbegeleiding (Jeugdwet) bij Jeugdhulp De Brug. Stopt "
        "als Jesse 18 wordt; voor daarna is nog niets geregeld.",
        volwassene=Antwoord.JA, volwassene_wie="Oom Ruud",
        pijlers={
            _W: _say("Ik woon thuis met mijn moeder en Fleur. Dat gaat goed.",
                     "Soms botst het met mijn moeder over school.",
                     "Over een paar jaar wil ik op kamers.",
                     "Ik kan koken en mijn eigen was doen.",
                     "Uitleg over hoe je een kamer zoekt."),
            _I: _say("Ik heb een bijbaan bij de supermarkt.",
                     "Ik weet niet wat er verandert als ik 18 word.",
                     "Ik wil mijn eigen geld goed regelen.",
                     "Ik kan sparen, ik heb al wat opzij gezet.",
                     "Iemand die uitlegt wat ik moet regelen als ik 18 word.",
                     "Bij 18: zorgverzekering, zorgtoeslag, DigiD. Samen een lijstje maken."),
        },
    ),
)


def fill_demo_gesprekken(services: Services, today: date, case_ids: Sequence[uuid.UUID]) -> None:
    """Write the demo conversations for the cases ``fill_demo`` made, in its order."""
    by_household = dict(zip(_ORDER, case_ids, strict=True))
    for talk in _TALKS:
        _write(services, by_household[talk.household], talk, today)


def _write(services: Services, case_id: uuid.UUID, talk: _Talk, today: date) -> None:
    months, days = talk.at
    when = min(add_months(today, -months) + timedelta(days=days), today)
    lopend = services.gesprekken.start(case_id, talk.soort).lopend
    content = lopend.content
    content.update(
        datum=when.isoformat(), plaats=talk.plaats.value, aanwezig=list(talk.aanwezig),
        rapportcijfer=talk.rapportcijfer, samenvatting=talk.samenvatting,
        bestaande_zorg=talk.bestaande_zorg, volwassene_wie=talk.volwassene_wie,
        volwassene_altijd_daar=talk.volwassene.value if talk.volwassene else None,
    )
    for pillar, texts in talk.pijlers.items():
        content["pijlers"][pillar.value].update(texts)
    pairs = talk.scores.split()
    if talk.soort is GesprekSoort.SNELLE_CHECK:
        targets = [content["pijlers"][p.value] for p in Pijler]
    else:
        targets = [content["scores"][key] for key in _DOMAINS]
    assert len(pairs) == len(targets), talk
    for target, pair in zip(targets, pairs, strict=True):
        if pair == "--":
            target["niet_besproken"] = True
            continue
        target["professional"], target["jongere"] = (None if c == "." else int(c) for c in pair)
    for key, text in talk.toelichting.items():
        content["scores"][key]["toelichting"] = text
    services.gesprekken.save(lopend.id, content, talk.stap or len(Pijler) + 1)
    if talk.stap is None:
        services.gesprekken.finish(lopend.id)
