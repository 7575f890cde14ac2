"""The rows a consulent's vault holds at an older schema revision: two households, two cases.

:func:`old_rows` gives, for a revision R, every row of every table that exists at R, as tafel
of that time stored it (raw SQL values: UUIDs as 32 hex digits, enums by NAME, dates and
times as text, JSON as text). A row names every column the table has today; the columns that
came later are left out when the row is written at R (:mod:`tests.old_vaults`). Values that
tafel of that time could not have stored are chosen by revision (a case handed over exists
from 0011, a plan's kenmerk from 0015, an audit entry with NEN 7513 fields from 0018).

Household Bakker-Yılmaz: Noor (17, the young person of the first case, with a plan signed
and a new version out for signing), her mother Ayşe (gezag), her father Mark (left the
household), her sister Lina. Household De Jong: Daan (22), whose case was closed (handed
over from 0011). The plan documents, audit entries and other derived values are made in
:mod:`tests.old_vault_plan`.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from tafel.domain.sleutels import (
    age_ontvanger,
    nieuwe_age_identiteit,
    nieuwe_tekensleutel,
    tekensleutel_publiek,
)
from tests.old_vault_plan import (
    LIJNEN,
    audit_rows,
    casusdocument,
    lopend_inhoud,
    plan_parts,
    scores_of_keukentafelgesprek,
)

Row = dict[str, Any]


def at(revision: str, since: str) -> bool:
    """Whether a vault at ``revision`` has what migration ``since`` brought."""
    return int(revision) >= int(since)


def uid(n: int) -> uuid.UUID:
    """A readable fixed id: ``0000a1fe-...-<n>``."""
    return uuid.UUID(int=(0xA1FE << 96) | n)


def h(value: uuid.UUID) -> str:
    """A UUID as SQLAlchemy's Uuid type stores it in SQLite."""
    return value.hex


def js(value: Any) -> str:
    """A JSON column's text, as SQLAlchemy writes it."""
    return json.dumps(value)


# -- the ids everything refers to ----------------------------------------------------------

HH_BAKKER, HH_DE_JONG = uid(1), uid(2)
NOOR, AYSE, MARK, LINA, DAAN = uid(11), uid(12), uid(13), uid(14), uid(15)
CASE_NOOR, CASE_DAAN = uid(21), uid(22)
OMA, COACH, BUDGETCOACH = uid(31), uid(32), uid(33)
T_COACH, T_MOEDER, T_SCHULD = uid(41), uid(42), uid(43)
I_NOOR, I_DAAN = uid(51), uid(52)
GESPREK_NOOR, CHECK_DAAN, LOPEND_NOOR = uid(61), uid(62), uid(63)
PLAN, V1, V2 = uid(71), uid(72), uid(73)
PARTIJ, PARTIJ_KLUIS, KLUIS_ID = uid(81), uid(82), uid(83)  # KLUIS_ID: in stamps
OVERLEG = uid(91)

REF_NOOR, REF_DAAN = "T-2026-0042", "T-2025-0107"
MADE = "2026-02-03 09:15:00.000000"
CHANGED = "2026-10-14 16:40:12.345678"


def _record(row_id: uuid.UUID, **values: Any) -> Row:
    return {"id": h(row_id), "aangemaakt_op": MADE, "gewijzigd_op": CHANGED, **values}


def _numbered(n: int) -> uuid.UUID:
    return uid(1000 + n)


def old_rows(revision: str) -> dict[str, list[Row]]:
    """Every row of every table at ``revision`` (tables by today's name)."""
    r = revision
    rows: dict[str, list[Row]] = {
        "huishouden": [
            _record(HH_BAKKER, naam="Huishouden Bakker-Yılmaz", adres="Lindelaan 12",
                    plaats="Weidestad"),
            _record(HH_DE_JONG, naam="Huishouden De Jong", adres="Stationsweg 3b",
                    plaats="Eikenrode"),
        ],
        "persoon": _people(),
        "casus": _cases(r),
        "betrokkene": _network(r),
        "toestemming": _consents(),
        "indicatie": _care(),
        "auditevent": audit_rows(r, CASE_NOOR, NOOR),
    }
    if at(r, "0002"):
        rows["vaultmeta"] = _vaultmeta(r, rows["auditevent"][-1]["hash"])
    if at(r, "0003"):
        rows.update(_gesprekken())
    if at(r, "0004"):
        rows.update(plan_parts(r, PLAN, (V1, V2), CASE_NOOR, REF_NOOR,
                               {"noor": NOOR, "ayse": AYSE, "coach": COACH}, _numbered))
        if not at(r, "0005"):
            rows.pop("afdruk")
    if at(r, "0005"):
        rows["bewaardformulier"] = _kept_forms()
    if at(r, "0010"):
        rows.update(_juridisch_en_checklist())
    if at(r, "0011"):
        rows["verwijzing"] = _verwijzingen()
    if at(r, "0013"):
        rows["partij"] = [_partij()]
    if at(r, "0014"):
        rows["casusdocument"] = [_record(
            _numbered(140), casus_id=h(CASE_NOOR), deel="personen",
            document=casusdocument(rows, CASE_NOOR))]
    if at(r, "0015"):
        rows.update(_bundels(rows["planversie"]))
    if at(r, "0016"):
        rows["overleg"] = [_overleg(rows["planversie"])]
    if at(r, "0017"):
        rows["vernietiging"] = [_record(
            _numbered(170), referentie="T-2019-0003", vernietigd_op="2026-10-01",
            besloten_door="Fatima Amrani", reden="De bewaartermijn van twintig jaar is om.")]
    if at(r, "0019"):
        rows["tekstcorrectie"] = [_correctie(rows["planversie"])]
    return rows


def _people() -> list[Row]:
    def person(row_id: uuid.UUID, household: uuid.UUID, rol: str, voornaam: str,
               achternaam: str, geboren: str | None, **rest: Any) -> Row:
        values = {"bsn": None, "telefoon": "", "email": "", "gezag": 0, "einddatum": None}
        values.update(rest)
        return _record(row_id, huishouden_id=h(household), rol=rol, voornaam=voornaam,
                       achternaam=achternaam, geboortedatum=geboren, **values)

    return [
        person(NOOR, HH_BAKKER, "JONGERE", "Noor", "Bakker", "2009-05-02", bsn="111222333",
               telefoon="06-12345678", email="noor.bakker@example.nl"),
        person(AYSE, HH_BAKKER, "OUDER", "Ayşe", "Yılmaz", "1981-01-30",
               telefoon="06-87654321", gezag=1),
        person(MARK, HH_BAKKER, "OUDER", "Mark", "Bakker", "1978-09-12", gezag=1,
               einddatum="2026-05-01"),
        person(LINA, HH_BAKKER, "KIND", "Lina", "Bakker", "2015-12-24"),
        person(DAAN, HH_DE_JONG, "JONGERE", "Daan", "de Jong", "2004-08-19",
               bsn="123456782", email="daan@example.nl"),
    ]


def _cases(r: str) -> list[Row]:
    handed_over = at(r, "0011")  # before 0011 a case could only be closed
    return [
        _record(CASE_NOOR, huishouden_id=h(HH_BAKKER), jongere_id=h(NOOR), referentie=REF_NOOR,
                status="PLAN", status_voor_afsluiten=None, casusregisseur="Fatima Amrani",
                aangemeld_op="2026-02-03", afgesloten_op=None,
                aanleiding="Noor gaat sinds de herfstvakantie bijna niet meer naar school.",
                aangemeld_via="SCHOOL", aangemeld_door="Mentor, Het Baken College",
                overgedragen_aan=""),
        _record(CASE_DAAN, huishouden_id=h(HH_DE_JONG), jongere_id=h(DAAN), referentie=REF_DAAN,
                status="OVERGEDRAGEN" if handed_over else "AFGESLOTEN",
                status_voor_afsluiten="UITVOERING", casusregisseur="Fatima Amrani",
                aangemeld_op="2025-09-15", afgesloten_op="2026-06-30",
                aanleiding="Daan heeft schulden en dreigt zijn kamer kwijt te raken.",
                aangemeld_via="ZELF", aangemeld_door="",
                overgedragen_aan="Jongerenloket Eikenrode" if handed_over else ""),
    ]


def _network(r: str) -> list[Row]:
    def member(row_id: uuid.UUID, casus: uuid.UUID, soort: str, naam: str, rol: str,
               **rest: Any) -> Row:
        values = {"organisatie": "", "telefoon": "", "email": "", "uren_per_week": None,
                  "betaald_door": "", "einddatum": None, "altijd_er_voor_mij": 0,
                  "startdatum": None, "partij_id": None}
        values.update(rest)
        return _record(row_id, casus_id=h(casus), soort=soort, naam=naam, rol=rol, **values)

    return [
        member(OMA, CASE_NOOR, "INFORMEEL", "Ria Bakker", "oma", telefoon="0570-123456",
               uren_per_week=3.5, altijd_er_voor_mij=1, startdatum="2025-09-01"),
        member(COACH, CASE_NOOR, "PROFESSIONEEL", "Sanne de Wit", "jeugdcoach",
               organisatie="Jeugdhulp De Brug", telefoon="030-1234567",
               email="sanne@debrug.example", uren_per_week=2.0,
               betaald_door="gemeente (Jeugdwet)", startdatum="2026-03-01",
               partij_id=h(PARTIJ) if at(r, "0013") else None),
        member(BUDGETCOACH, CASE_DAAN, "PROFESSIONEEL", "Joost Mulder", "budgetcoach",
               organisatie="Schuldhulp Eikenrode", betaald_door="gemeente",
               einddatum="2026-06-30", startdatum="2025-10-01"),
    ]


def _consents() -> list[Row]:
    def consent(row_id: uuid.UUID, casus: uuid.UUID, ontvanger: str, doel: str,
                categorieen: list[str], **rest: Any) -> Row:
        values = {"grondslag": "TOESTEMMING", "gegeven_door": "", "gegeven_op": "2026-03-01",
                  "verloopt_op": None, "ingetrokken_op": None, "gegeven_door_id": None,
                  "ontvanger_betrokkene_id": None, "ontvanger_persoon_id": None}
        values.update(rest)
        return _record(row_id, casus_id=h(casus), ontvanger=ontvanger, doel=doel,
                       categorieen=js(categorieen), **values)

    return [
        consent(T_COACH, CASE_NOOR, "Sanne de Wit (Jeugdhulp De Brug)",
                "Samen aan het toekomstplan werken", ["welzijn", "school_werk", "toekomstplan"],
                gegeven_door="Noor Bakker", verloopt_op="2027-03-01",
                gegeven_door_id=h(NOOR), ontvanger_betrokkene_id=h(COACH)),
        consent(T_MOEDER, CASE_NOOR, "Ayşe Yılmaz", "Mijn moeder mag mijn plan lezen",
                ["toekomstplan", "persoonsgegevens"], gegeven_door="Noor Bakker",
                gegeven_op="2026-03-10", ingetrokken_op="2026-09-15",
                gegeven_door_id=h(NOOR), ontvanger_persoon_id=h(AYSE)),
        consent(T_SCHULD, CASE_DAAN, "Schuldhulp Eikenrode", "Schuldregeling",
                ["inkomen", "persoonsgegevens"], grondslag="WETTELIJKE_TAAK",
                gegeven_op="2025-10-01"),
    ]


def _care() -> list[Row]:
    return [
        _record(I_NOOR, casus_id=h(CASE_NOOR), persoon_id=h(NOOR), wetskader="JEUGDWET",
                voorziening="Ambulante gezinsbegeleiding", aanbieder="Jeugdhulp De Brug",
                startdatum="2026-03-01", einddatum="2027-03-01", kader_na_18="WMO",
                wachtlijst=0, wachtlijst_sinds=None, beeindigd_op=None, reden_einde=""),
        _record(I_DAAN, casus_id=h(CASE_DAAN), persoon_id=h(DAAN), wetskader="PARTICIPATIEWET",
                voorziening="Beschermingsbewind", aanbieder="Bewindvoering Oost",
                startdatum=None, einddatum=None, kader_na_18=None, wachtlijst=1,
                wachtlijst_sinds="2025-11-01", beeindigd_op="2026-06-30",
                reden_einde="Daan heeft werk en lost zelf af."),
    ]


def _vaultmeta(r: str, audit_head: str) -> list[Row]:
    rows = [{"sleutel": "audit_head", "waarde": audit_head}]  # (0005 made 'kluis_id')
    if at(r, "0006"):
        rows += [{"sleutel": "medewerker_naam", "waarde": "Fatima Amrani"},
                 {"sleutel": "medewerker_organisatie", "waarde": "Wijkteam Weidestad"},
                 {"sleutel": "medewerker_rol", "waarde": "jongerencoach"}]
    if at(r, "0013"):
        rows += [{"sleutel": "partij_age_identiteit", "waarde": nieuwe_age_identiteit()},
                 {"sleutel": "partij_tekensleutel", "waarde": nieuwe_tekensleutel()}]
    return rows


def _gesprekken() -> dict[str, list[Row]]:
    finished = "2026-03-10 11:02:03.000000"
    gesprekken = [
        _record(GESPREK_NOOR, casus_id=h(CASE_NOOR), soort="KEUKENTAFELGESPREK",
                datum="2026-03-10", plaats="KEUKENTAFEL",
                aanwezig=js(["Noor Bakker", "Ayşe Yılmaz", "Fatima Amrani"]),
                instrument_id="tafel-big5", instrument_versie=1, rapportcijfer=6,
                samenvatting="Noor wil terug naar school; thuis is het onrustig sinds haar "
                             "vader vertrok.",
                bestaande_zorg="Nog geen.", volwassene_altijd_daar="JA",
                volwassene_wie="Oma Ria", afgenomen_door="Fatima Amrani",
                afgerond_op=finished),
        _record(CHECK_DAAN, casus_id=h(CASE_DAAN), soort="SNELLE_CHECK", datum="2026-05-12",
                plaats="TELEFOON", aanwezig=js(["Daan de Jong"]), instrument_id="tafel-big5",
                instrument_versie=1, rapportcijfer=None, samenvatting="Kort gebeld.",
                bestaande_zorg="Bewindvoering", volwassene_altijd_daar=None,
                volwassene_wie="", afgenomen_door="Fatima Amrani",
                afgerond_op="2026-05-12 14:00:00.000000"),
    ]
    pillars, scores = scores_of_keukentafelgesprek(GESPREK_NOOR, CHECK_DAAN, _record, _numbered)
    lopend = _record(LOPEND_NOOR, casus_id=h(CASE_NOOR), soort="SNELLE_CHECK",
                     instrument_id="tafel-big5", instrument_versie=1, stap=2,
                     inhoud=js(lopend_inhoud()), gestart_door="Fatima Amrani")
    return {"gesprek": gesprekken, "gesprekpijler": pillars, "gesprekscore": scores,
            "lopendgesprek": [lopend]}


def _kept_forms() -> list[Row]:
    return [
        _record(_numbered(50), soort="handtekening", casus_id=h(CASE_NOOR), inhoud=js({
            "wie": f"persoon:{AYSE}", "naam": "Ayşe Yılmaz", "rol": "moeder",
            "plaats": "Weidestad", "versie": str(V2)})),
        _record(_numbered(51), soort="nieuwe_casus", casus_id=None, inhoud=js({
            "householdEdit": "Huishouden El Amrani", "firstNameEdit": "Yusuf",
            "lastNameEdit": "El Amrani", "leadEdit": "Fatima Amrani", "bsnEdit": "",
            "placeEdit": "Weidestad", "referrerEdit": "huisarts", "reasonEdit": "Slaapt slecht",
            "birthDate": "2008-04-04", "route": "huisarts"})),
    ]


def _juridisch_en_checklist() -> dict[str, list[Row]]:
    return {
        "juridischestatus": [_record(
            _numbered(100), casus_id=h(CASE_NOOR), persoon_id=h(NOOR), soort="OTS",
            instantie="KINDERRECHTER", uitgevoerd_door="Jeugdbescherming Regio",
            startdatum="2026-01-15", einddatum="2027-01-15",
            toelichting="Jeugdbeschermer Mirjam Wijnbergen volgt de schoolgang.")],
        "checklistpunt": [
            _record(_numbered(101), casus_id=h(CASE_NOOR), sleutel="wonen", staat="GEREGELD",
                    notitie="Noor blijft thuis wonen.", wie="Ayşe Yılmaz"),
            _record(_numbered(102), casus_id=h(CASE_NOOR), sleutel="financien", staat="OPEN",
                    notitie="", wie=""),
        ],
    }


def _verwijzingen() -> list[Row]:
    return [
        _record(_numbered(110), casus_id=h(CASE_NOOR), betrokkene_id=h(COACH),
                ontvanger="Jeugdhulp De Brug", doel="Gezinsbegeleiding thuis",
                verwezen_op="2026-02-20", contact_op="2026-02-27",
                vervolg="Intake gehad; Sanne komt elke week.", vervolg_op="2026-03-05"),
        _record(_numbered(111), casus_id=h(CASE_DAAN), betrokkene_id=None,
                ontvanger="Jongerenloket Eikenrode", doel="Werk zoeken",
                verwezen_op="2026-06-01", contact_op=None, vervolg="", vervolg_op=None),
    ]


def _partij() -> Row:
    return _record(PARTIJ, kluis_id=h(PARTIJ_KLUIS), naam="Sanne de Wit",
                   organisatie="Jeugdhulp De Brug", rol="jeugdcoach",
                   age_ontvanger=age_ontvanger(nieuwe_age_identiteit()),
                   tekensleutel=tekensleutel_publiek(nieuwe_tekensleutel()),
                   geverifieerd_op="2026-03-02", toegevoegd_op="2026-03-01")


def _bundels(versies: list[Row]) -> dict[str, list[Row]]:
    from tests.old_vault_plan import sync_states

    ontvanger = str(PARTIJ_KLUIS)
    return {
        "bundel": [
            _record(_numbered(150), bundel_id=h(_numbered(151)), richting="UIT",
                    casus_id=h(CASE_NOOR), referentie=REF_NOOR, partij=ontvanger,
                    afzender="Fatima Amrani", volgnummer=1, bouwt_op=None,
                    gemaakt_op="2026-04-03 10:00:00.000000", status="VERSTUURD",
                    categorieen=js(["school_werk", "toekomstplan", "welzijn"]), ontbreekt="",
                    inhoud=None),
            _record(_numbered(152), bundel_id=h(_numbered(153)), richting="IN", casus_id=None,
                    referentie=REF_NOOR, partij=ontvanger, afzender="Sanne de Wit",
                    volgnummer=3, bouwt_op=2, gemaakt_op="2026-05-20 08:30:00.000000",
                    status="WACHT", categorieen=js(["toekomstplan"]),
                    ontbreekt="bundel 2 van Sanne de Wit",
                    inhoud=b"age-encryption.org/v1\n-> X25519 oude bundel\n" + bytes(range(256))),
        ],
        "syncstand": [_record(_numbered(154), casus_id=h(CASE_NOOR), ontvangers=ontvanger,
                              volgnummer=1, standen=js(sync_states(versies)))],
    }


def _overleg(versies: list[Row]) -> Row:
    from tests.old_vault_plan import afspraak_ids

    def who(soort: str, naam: str, rol: str, row_id: uuid.UUID, weg: bool = False) -> dict:
        return {"soort": soort, "naam": naam, "rol": rol, "id": str(row_id), "weg": weg}

    return _record(
        OVERLEG, casus_id=h(CASE_NOOR), datum="2026-06-01",
        gestart_op="2026-06-01 13:00:00.000000", afgerond_op="2026-06-01 14:10:00.000000",
        aanwezigen=js([who("huishouden", "Noor Bakker", "jongere", NOOR),
                       who("huishouden", "Ayşe Yılmaz", "ouder", AYSE),
                       who("professioneel", "Sanne de Wit", "jeugdcoach, Jeugdhulp De Brug",
                           COACH, weg=True)]),
        afwezigen=js([who("informeel", "Ria Bakker", "oma", OMA)]),
        besloten=0, stap="AFSPRAKEN",
        conclusies=js(["Noor gaat vier dagen naar school.", "Oma haalt Lina op."]),
        afspraken=js(afspraak_ids(versies)), grondslag=js([str(T_COACH)]),
        volgende_evaluatie="2026-09-01")


def _correctie(versies: list[Row]) -> Row:
    first = next(v for v in versies if v["nummer"] == 1)
    return _record(_numbered(190), casus_id=h(CASE_NOOR), grond="VERBETEREN",
                   gevraagd_door=f"persoon:{NOOR}", gevraagd_door_naam="Noor Bakker",
                   besloten_door="Fatima Amrani", gecorrigeerd_op="2026-10-10", plaatsen=2,
                   codes=js([{"versie": 1, "voor": "9" * 64, "na": first["inhoud_hash"]}]),
                   herkomst="")


__all__ = ["LIJNEN", "old_rows"]
