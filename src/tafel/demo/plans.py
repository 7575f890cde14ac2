"""Demo toekomstplannen: one signed, one with a doorbraak, one still a concept.

They follow the stories of the households in :mod:`tafel.demo.households` and the conversations
in :mod:`tafel.demo.gesprekken`:

* Jaylen (Pinas, 17, under an ondertoezichtstelling) has a plan that he, his mother, his
  gezinscoach and his jeugdbeschermer signed; at the evaluation in the casus-overleg it got a
  second version, signed by all four again, so the two versions can be compared.
* Dylan (Koerhuis, 19, LVB) has a doorbraak of the Almelo kind: a gift of € 1.700 for a quiet
  room against about € 56.000 for half a year of detention. The plan is out for signing: Dylan
  signed it, his begeleider's signature is outdated because Dylan changed a sentence after she
  signed.
* Kevin (Zwanenburg, 21, no home) has a concept, half written, with an afspraak past its date.

Jesse (Verhoeckx) has no plan on purpose: his case shows that one must be made before he is 18.
The young person's parts are in their own words (written as the jongere); the support and the
doorbraak parts are written by the consulent, so the plan marks them. Every write goes through
:class:`~tafel.services.plans.PlanService`, on the day it would have happened, so the versions
and signatures carry sensible dates for any ``today``.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from tafel.demo.signatures import PAD_RATIO, signature_strokes
from tafel.domain.dates import add_months, dutch_date
from tafel.domain.enums import Pijler
from tafel.domain.plan_content import AfspraakStatus, DoorbraakSoort, KostenRoute, Schrijver
from tafel.domain.plan_doc import (
    PlanEdit,
    RemoveAfspraak,
    SetAfspraak,
    SetKosten,
    SetMeta,
    SetTarget,
    SetText,
)
from tafel.services.base import ServiceContext
from tafel.services.plans import NieuweHandtekening, PlanService
from tafel.services.registry import Services
from tafel.views.plans import PlanPersoon, PlanView, SignerKind

__all__ = ["fill_demo_plans"]

#: The households in the order ``fill_demo`` returns their case ids.
_ORDER = (
    "Verhoeckx", "Zwanenburg", "El Khatib", "Doornbosch", "Koerhuis", "Pinas", "Hoogeveen-Smit",
)

_JONGERE, _PRO = Schrijver.JONGERE, Schrijver.PROFESSIONAL
_W, _I, _WZ = Pijler.WONEN, Pijler.INKOMEN, Pijler.WELZIJN
_SW, _S = Pijler.SCHOOL_WERK, Pijler.SUPPORT
_OPEN, _BEZIG, _GEDAAN = AfspraakStatus.OPEN, AfspraakStatus.BEZIG, AfspraakStatus.GEDAAN


def fill_demo_plans(services: Services, today: date, case_ids: list[uuid.UUID]) -> None:
    """Write the demo plans for the cases ``fill_demo`` made, in its order."""
    by_household = dict(zip(_ORDER, case_ids, strict=True))
    _pinas(services, today, by_household["Pinas"])
    _koerhuis(services, today, by_household["Koerhuis"])
    _zwanenburg(services, today, by_household["Zwanenburg"])


class _Plan:
    """One demo plan as it is written, day by day, through the plan service."""

    def __init__(self, services: Services, case_id: uuid.UUID, day: date) -> None:
        self._context = services.context
        self._case_id = case_id
        self.day = day
        self._actor = self._context.actor
        self.view: PlanView = self._on(day).start(case_id).view
        self.version_id = self.view.latest.id
        self._actor = self.view.case.casusregisseur  # the professional who writes along

    def _on(self, day: date) -> PlanService:
        """The plan service as it was on ``day``, used by the case's casusregisseur."""
        return PlanService(ServiceContext(self._context.vault, self._actor, lambda: day))

    def person(self, naam: str) -> PlanPersoon:
        """Someone around the case, by full name."""
        return next(p for p in self.view.case.people if p.naam == naam)

    def afspraak(self, actie: str, naam: str, deadline: date, pijler: Pijler,
                 status: AfspraakStatus = _OPEN) -> SetAfspraak:
        """A new afspraak owned by ``naam``."""
        owner = self.person(naam)
        return SetAfspraak(None, {
            "actie": actie, "eigenaar": owner.sleutel, "eigenaar_naam": owner.naam,
            "deadline": deadline, "status": status.value, "pijler": pijler.value,
        })

    def afspraak_id(self, begin: str) -> str:
        """The id of the afspraak whose action starts with ``begin``."""
        content = self.view.version_by_id(self.version_id)
        assert content is not None
        return next(a.id for a in content.content.afspraken if a.actie.startswith(begin))

    def write(self, schrijver: Schrijver, texts: dict[str, str], *edits: PlanEdit) -> None:
        """Type ``texts`` into their parts and apply ``edits``, as ``schrijver``."""
        sets = [SetText(key, text) for key, text in texts.items()]
        result = self._on(self.day).edit(self.version_id, *sets, *edits, schrijver=schrijver)
        self.view, self.version_id = result.view, result.version_id

    def new_version(self, day: date) -> None:
        """Start the next version from the signed one."""
        self.day = day
        result = self._on(day).new_version(self.version_id)
        self.view, self.version_id = result.view, result.version_id

    def sign(self, naam: str, day: date, plaats: str, rol: str = "") -> None:
        """``naam`` reads the current text and signs it on ``day``."""
        self.day = day
        person = self.person(naam)
        if not rol:
            rol = person.rol
            if person.soort == SignerKind.PROFESSIONAL:
                rol = f"{person.rol}, {person.organisatie}"
        version = self.view.version_by_id(self.version_id)
        assert version is not None
        signature = NieuweHandtekening(person.sleutel, person.naam, rol, plaats, day,
                                 signature_strokes(person.naam), PAD_RATIO)
        plans = self._on(day)
        plans.sign(self.version_id, signature, version.inhoud_hash)
        found = plans.for_case(self._case_id)
        assert found is not None
        self.view = found


def _texts(pillar: Pijler, **parts: str) -> dict[str, str]:
    """One pillar's parts, keyed the way the plan stores them (``wonen.zelf_doen``)."""
    return {f"{pillar.value}.{part}": text for part, text in parts.items()}


def _day(moment: date) -> str:
    return dutch_date(moment)


def _kosten(route: KostenRoute, omschrijving: str, euro: int, eenheid: str, aantal: float,
            periode: float, periode_eenheid: str) -> SetKosten:
    return SetKosten(None, {
        "route": route.value, "omschrijving": omschrijving, "tarief_cent": euro * 100,
        "eenheid": eenheid, "aantal": aantal, "periode": periode,
        "periode_eenheid": periode_eenheid,
    })


# -- Pinas: signed, then a second version at the evaluation, signed again ----------------


def _pinas(services: Services, today: date, case_id: uuid.UUID) -> None:
    """Jaylen (17): calmer at home and back at school; the plan was evaluated and re-signed."""
    start = add_months(today, -8)
    plan = _Plan(services, case_id, start)
    plan.write(
        _JONGERE,
        {"perspectief": "Over een half jaar is het thuis rustiger. Ik ga weer elke dag naar "
         "school en ik help bij de training van de jongste jeugd.",
         "droom": "Later wil ik trainer worden, of iets anders met sport. En een eigen huis.",
         "vangnet": "Als het thuis weer misgaat, ga ik naar oma en bellen we Sander. Als ik "
         "weer veel spijbel, praten we er met school over en wachten we niet af."}
        | _texts(_W, ik_doel="Minder ruzie met mijn moeder over hoe laat ik thuis ben.",
                 zelf_doen="Ik app mijn moeder als ik later ben. Als het te veel wordt, ga ik "
                 "even naar oma.",
                 netwerk="Oma Ruth. Op zondag eet ik bij haar en ik kan er altijd heen.")
        | _texts(_WZ, ik_doel="Minder blowen.",
                 zelf_doen="Doordeweeks blow ik niet. In het weekend minder dan nu.")
        | _texts(_SW, ik_doel="Elke dag naar school, ook als het saai is.",
                 zelf_doen="Ik zet mijn wekker en ga samen met Rayan de deur uit.")
        | _texts(_S, ik_doel="Mensen om me heen die me kennen en op me letten.",
                 netwerk="Oma Ruth en mijn trainer Dennis."),
    )
    plan.write(
        _PRO,
        _texts(_W, ondersteuning="Sander Lindeboom (gezinscoach, Wijkteam Oost) komt elke twee "
               "weken thuis voor een gezinsgesprek.")
        | _texts(_WZ, ondersteuning="Sander bespreekt het blowen in de gezinsgesprekken. Lukt "
                 "minderen niet, dan zoeken we samen met Jaylen een jongerenwerker of "
                 "verslavingszorg.")
        | _texts(_SW, ondersteuning="De mentor belt Gwendolyn als Jaylen er niet is. Mirjam "
                 "Wijnbergen (Jeugdbescherming Regio) volgt de schoolgang voor de "
                 "ondertoezichtstelling."),
        SetTarget("wonen.huiselijke_relaties", 4), SetTarget("welzijn.middelengebruik", 4),
        SetTarget("school_werk.werk_opleiding", 4), SetTarget("school_werk.tijdsbesteding", 4),
        plan.afspraak("Elke schooldag naar school. Als ik ziek ben, belt mijn moeder de school.",
                      "Jaylen Pinas", add_months(start, 3), _SW),
        plan.afspraak("De afspraken over thuiskomen samen opschrijven en op de koelkast hangen.",
                      "Gwendolyn Pinas", start + timedelta(days=14), _W),
        plan.afspraak("Elke twee weken een gezinsgesprek bij Jaylen thuis.",
                      "Sander Lindeboom", add_months(start, 3), _W),
        plan.afspraak("De kinderrechter laten weten hoe het gaat, en het verslag eerst met "
                      "Jaylen en zijn moeder lezen.", "Mirjam Wijnbergen", add_months(start, 2),
                      _S),
        plan.afspraak("Jaylen helpt op woensdag bij de training van de jongste jeugd.",
                      "Dennis Kromodimedjo", start + timedelta(days=30), _S),
    )
    signed = start + timedelta(days=9)
    for naam, rol in (("Jaylen Pinas", "jongere"), ("Gwendolyn Pinas", "moeder"),
                      ("Sander Lindeboom", ""), ("Mirjam Wijnbergen", "")):
        plan.sign(naam, signed, "Weidestad", rol)

    evaluation = today - timedelta(days=24)  # the casus-overleg in the demo conversations
    plan.new_version(evaluation)
    plan.write(
        _JONGERE,
        {"perspectief": "Over een half jaar ben ik 18. Dan woon ik nog thuis, ga ik elke dag "
         "naar school en loop ik stage bij de voetbalclub. Ik weet wie me helpt als de "
         "ondertoezichtstelling stopt.",
         "droom": "Sport- en bewegingsleider worden. Later een eigen huis en een auto.",
         "vangnet": "Als het thuis weer misgaat, ga ik naar oma en bellen we Sander. Is de hulp "
         "na mijn 18e niet op tijd geregeld, dan blijft Sander tot het wel zo is."}
        | _texts(_W, ik_doel="Thuis blijven wonen tot ik klaar ben met school. Het is nu "
                 "rustiger en dat wil ik zo houden.")
        | _texts(_SW, ik_doel="Mijn eerste jaar sport en bewegen halen en mijn stage afmaken.",
                 zelf_doen="Ik ga bijna elke dag naar school. Ik kom op tijd, mijn trainer "
                 "rekent op me.")
        | _texts(_S, ik_doel="Dat ik na mijn 18e nog iemand heb om mee te praten."),
    )
    plan.write(
        _PRO,
        _texts(_S, ondersteuning="Sander Lindeboom blijft na Jaylens 18e zijn coach, dan via de "
               "Wmo. Mirjam Wijnbergen rondt de ondertoezichtstelling af."),
        SetAfspraak(plan.afspraak_id("Elke schooldag"), {"status": _GEDAAN.value}),
        SetAfspraak(plan.afspraak_id("Jaylen helpt"), {"status": _GEDAAN.value}),
        RemoveAfspraak(plan.afspraak_id("De afspraken over thuiskomen")),
        RemoveAfspraak(plan.afspraak_id("De kinderrechter")),
        SetAfspraak(plan.afspraak_id("Elke twee weken"), {
            "actie": "Elke maand een gezinsgesprek bij Jaylen thuis.",
            "deadline": add_months(today, 3), "status": _BEZIG.value}),
        plan.afspraak("De gezinscoaching voor Jaylens 18e overzetten naar de Wmo.",
                      "Sander Lindeboom", add_months(today, 3), _S),
        plan.afspraak("Het eindverslag van de ondertoezichtstelling bespreken met Jaylen en "
                      "zijn moeder.", "Mirjam Wijnbergen", add_months(today, 4), _S),
        plan.afspraak("Mijn stage bij de voetbalclub afmaken.", "Jaylen Pinas",
                      add_months(today, 2), _SW, _BEZIG),
        SetTarget("school_werk.werk_opleiding", 5), SetTarget("support.sociaal_netwerk", 4),
        SetMeta("evaluatie_datum", evaluation + timedelta(weeks=6)),
    )
    signed = evaluation + timedelta(days=4)
    for naam, rol in (("Jaylen Pinas", "jongere"), ("Gwendolyn Pinas", "moeder"),
                      ("Sander Lindeboom", ""), ("Mirjam Wijnbergen", "")):
        plan.sign(naam, signed, "Weidestad", rol)


# -- Koerhuis: a doorbraak (a small gift against a large avoided cost), out for signing ---


def _koerhuis(services: Services, today: date, case_id: uuid.UUID) -> None:
    """Dylan (19): a quiet room now, so he stays out of trouble until Het Anker has a place."""
    plan = _Plan(services, case_id, today - timedelta(days=30))
    decided = today - timedelta(days=10)
    plan.write(
        _JONGERE,
        {"perspectief": "Over een half jaar woon ik op een rustige kamer. Ik werk bij het "
         "groenbedrijf en ik heb geen gedoe meer met de politie.",
         "droom": "Een vaste baan buiten. Een eigen huis met een schuur voor mijn gereedschap.",
         "vangnet": "Als het op de nieuwe kamer niet lukt, bel ik Wendy. Dan zoeken we samen "
         "iets anders. Ik ga niet terug naar het oude huis.",
         "doorbraak.blokkade": "Ik moet weg uit het huis waar ik nu woon, daar krijg ik gedoe. "
         "Voor een andere kamer moet ik borg en de eerste huur betalen. Dat geld heb ik niet."}
        | _texts(_W, ik_doel="Weg uit het huis waar ik nu woon. Daar is het onrustig.",
                 zelf_doen="Ik ga de kamer bekijken. Ik houd mijn kamer netjes en betaal de "
                 "huur op tijd.")
        | _texts(_I, ik_doel="Mijn rekeningen op tijd betalen en zelf geld verdienen.",
                 zelf_doen="Ik bewaar alle brieven in mijn map. Die neem ik mee als Wendy komt.")
        | _texts(_WZ, ik_doel="Rust in mijn hoofd. Geen gedoe meer.",
                 zelf_doen="Als ik boos word, loop ik weg en bel ik Rachid.")
        | _texts(_SW, ik_doel="Blijven werken bij het groenbedrijf. Later daar een contract.",
                 zelf_doen="Ik zet twee wekkers. Als ik ziek ben, bel ik zelf mijn baas.")
        | _texts(_S, ik_doel="Iemand die ik kan bellen als het misgaat.",
                 netwerk="Mijn zus Kim. We gaan elke week samen eten."),
    )
    plan.write(
        _PRO,
        _texts(_W, ondersteuning="Wendy Hellinga (ambulant begeleider, Stap Verder) helpt bij de "
               "verhuizing. Rachid Bennaceur (jongerenwerker, Buurtwerk Eikenrode) kent de "
               "hospita en gaat mee naar de kamer.")
        | _texts(_I, ondersteuning="Wendy kijkt elke week met Dylan de post door en zet de "
                 "betalingen klaar.")
        | _texts(_WZ, ondersteuning="De reclassering begeleidt Dylan zolang zijn zaak loopt. "
                 "Dylan weet wat Wendy en de reclassering met elkaar delen.")
        | _texts(_SW, ondersteuning="Rachid houdt contact met het groenbedrijf en helpt als het "
                 "daar niet goed gaat.")
        | _texts(_S, ondersteuning="Samen met Dylan zoeken we een maatje dat er ook in het "
                 "weekend is.")
        | {"doorbraak.regel": "Borg en eerste huur kunnen alleen als lening via de bijzondere "
           "bijstand, en pas als de uitkering drie maanden loopt. Dylans uitkering loopt pas "
           "sinds kort. Zolang hij op de wachtlijst voor de Wlz staat, betaalt de Wmo ook geen "
           "tijdelijke woonplek.",
           "doorbraak.beslisser": "De teamleider van het wijkteam, die het doorbraakbudget "
           "beheert. De wethouder is op de hoogte gebracht.",
           "doorbraak.besluit": f"Akkoord op {_day(decided)}: een gift van € 1.700 uit het "
           "doorbraakbudget voor borg, de eerste maand huur, een bed en een kast. De gemeente "
           "betaalt rechtstreeks aan de hospita. Geen lening en geen beschikking.",
           "doorbraak.onderbouwing": "Dylan wil zelf weg uit het huis waar hij in de problemen "
           "komt. De reclassering schat dat hij een half jaar vast kan komen te zitten als hij "
           "daar blijft: ongeveer € 56.000. Een rustige kamer tot er plek is bij Het Anker kost "
           "eenmalig € 1.700, en de begeleiding loopt gewoon door.",
           "waarden.legitimiteit": "Het mag. Een gift uit het doorbraakbudget past in de regels "
           "van de gemeente. Het is geen inkomen, dus Dylans uitkering blijft gelijk (nagevraagd "
           "bij Werk en Inkomen). Zijn plek op de wachtlijst van Het Anker blijft staan.",
           "waarden.betrokkenheid": "Dylan kiest zelf voor een rustige plek en zocht de kamer "
           "samen met Rachid uit. Hij houdt zijn werk bij het groenbedrijf en krijgt rust.",
           "waarden.rendement": "€ 1.700 nu, tegenover ongeveer € 56.000 voor een half jaar "
           "detentie en de kosten daarna. Het plan kost de samenleving veel minder dan de "
           "dreigende route."},
        SetMeta("uitzondering_nodig", True), SetMeta("doorbraak_soort", DoorbraakSoort.GIFT.value),
        SetTarget("wonen.huisvesting", 4), SetTarget("inkomen.financien", 3),
        SetTarget("welzijn.justitie", 5), SetTarget("school_werk.werk_opleiding", 4),
        SetTarget("support.sociaal_netwerk", 3),
        *_koerhuis_costs(),
        plan.afspraak("Met Rachid de kamer bij de hospita bekijken en het huurcontract tekenen.",
                      "Dylan Koerhuis", today + timedelta(days=6), _W, _BEZIG),
        plan.afspraak("Dylan voorstellen aan de hospita en meegaan naar de kamer.",
                      "Rachid Bennaceur", today + timedelta(days=4), _W, _BEZIG),
        plan.afspraak("Elke week samen de post doornemen en de betalingen klaarzetten.",
                      "Wendy Hellinga", add_months(today, 3), _I, _BEZIG),
        plan.afspraak("Twee dagen per week werken bij het groenbedrijf en op tijd zijn.",
                      "Dylan Koerhuis", add_months(today, 2), _SW, _BEZIG),
        plan.afspraak("Elke week samen eten of bellen.", "Kim Koerhuis",
                      add_months(today, 1), _S),
        plan.afspraak("Bij Het Anker navragen wanneer er plek is en Dylan op de hoogte houden.",
                      "Wendy Hellinga", today + timedelta(days=21), _W),
    )
    plan.sign("Wendy Hellinga", today - timedelta(days=6), "Eikenrode")
    # Dylan read it again and changed his perspectief: Wendy's signature is now outdated.
    plan.write(_JONGERE, {"perspectief": "Over een half jaar woon ik op een rustige kamer. Ik "
                          "werk bij het groenbedrijf en ik heb geen gedoe meer met de politie. "
                          "Elke week zie ik Kim."})
    plan.sign("Dylan Koerhuis", today - timedelta(days=4), "Eikenrode", "jongere")


def _koerhuis_costs() -> list[SetKosten]:
    """The cost comparison: what runs now, what threatens, and what the plan costs."""
    huidig, dreigend, plan = KostenRoute.HUIDIG, KostenRoute.DREIGEND, KostenRoute.PLAN
    return [
        _kosten(huidig, "Ambulante begeleiding Stap Verder (Wmo)", 68, "uur", 3, 26, "weken"),
        _kosten(huidig, "Politie bij meldingen rond het huis (één per maand)", 450, "melding",
                1, 6, "maanden"),
        _kosten(dreigend, "Detentie (schatting van de reclassering: een half jaar)", 308, "dag",
                1, 182, "dagen"),
        _kosten(dreigend, "Reclasseringstoezicht na de detentie", 95, "uur", 2, 26, "weken"),
        _kosten(dreigend, "Begeleiding opnieuw opstarten na vrijlating (Wmo)", 68, "uur", 5, 13,
                "weken"),
        _kosten(plan, "Doorbraak: gift voor borg, eerste huur, bed en kast", 1700, "gift", 1, 1,
                "keer"),
        _kosten(plan, "Ambulante begeleiding Stap Verder (Wmo), loopt door", 68, "uur", 3, 26,
                "weken"),
        _kosten(plan, "Jongerenwerk Buurtwerk Eikenrode: een gesprek per week", 52, "uur", 1, 26,
                "weken"),
    ]


# -- Zwanenburg: a concept, half written, with an afspraak past its date ------------------


def _zwanenburg(services: Services, today: date, case_id: uuid.UUID) -> None:
    """Kevin (21): started at the last keukentafelgesprek; Welzijn and Support still empty."""
    start = today - timedelta(days=12)
    plan = _Plan(services, case_id, start)
    plan.write(
        _JONGERE,
        {"perspectief": "Over een half jaar heb ik een vaste plek om te slapen, het liefst bij "
         "begeleid wonen. Mijn schulden zijn geregeld en ik werk bij de fietsenmaker.",
         "droom": "Een eigen fietsenwerkplaats. En een huis waar niemand me weg kan sturen.",
         "vangnet": "Als ik geen slaapplek heb, bel ik tante Els of ga ik naar de nachtopvang. "
         "De volgende ochtend bel ik Bas."}
        | _texts(_W, ik_doel="Een plek waar ik mag blijven tot ik bij begeleid wonen kan.",
                 zelf_doen="Ik slaap een paar nachten per week bij tante Els. Ik zoek zelf "
                 "ook kamers op internet.",
                 netwerk="Tante Els. Stijn, als het echt niet anders kan.")
        | _texts(_I, ik_doel="Over een jaar zonder schulden.",
                 zelf_doen="Ik maak elke brief open en neem alles mee naar Yvonne. Mijn "
                 "telefoon betaal ik zelf.")
        | _texts(_SW, ik_doel="Een opleiding doen bij de fietsenmaker.",
                 zelf_doen="Ik help daar twee dagen per week. Ik vraag of ik er kan leren."),
    )
    plan.write(
        _PRO,
        _texts(_W, ondersteuning="Bas Oosterwoud (jongerencoach, Jongerenloket) vraagt een "
               "doorbraak aan voor onderdak tot er plek is bij begeleid wonen.")
        | _texts(_I, ondersteuning="Yvonne Vlasblom (Schuldhulp Gemeente) zet de schulden op "
                 "een rij en vraagt een schuldregeling aan.")
        | {"doorbraak.blokkade": "Kevin staat al vier maanden op de wachtlijst voor begeleid "
           "wonen en kan nergens meer blijven. Voor onderdak in de tussentijd is geen regeling: "
           "de nachtopvang is alleen voor een paar nachten."},
        SetTarget("wonen.huisvesting", 3), SetTarget("inkomen.financien", 4),
        SetTarget("school_werk.werk_opleiding", 4),
        plan.afspraak("Alle post van incasso en deurwaarder meenemen naar Yvonne.",
                      "Kevin Zwanenburg", start + timedelta(days=7), _I),
        plan.afspraak("Een schuldregeling aanvragen bij de gemeentelijke kredietbank.",
                      "Yvonne Vlasblom", today + timedelta(days=21), _I, _BEZIG),
        plan.afspraak("Een doorbraak aanvragen voor onderdak tot begeleid wonen vrij is.",
                      "Bas Oosterwoud", today + timedelta(days=2), _W, _BEZIG),
        plan.afspraak("Kevin mag drie nachten per week bij mij slapen tot er onderdak is.",
                      "Els Zwanenburg", today + timedelta(days=30), _W, _BEZIG),
        plan.afspraak("Bij de fietsenmaker vragen of ik daar een opleiding kan doen (bbl).",
                      "Kevin Zwanenburg", today + timedelta(days=14), _SW),
    )

