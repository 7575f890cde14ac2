"""Reading the log: filtered by case, period, person and kind; lines in plain Dutch."""

from __future__ import annotations

from datetime import timedelta

from tafel.domain.overleg import Aanwezige, AanwezigeSoort
from tafel.services import Services
from tafel.services.changes import Origin
from tafel.views.logboek import LogFilter, LogSoort
from tests.builders import meeting_case, new_case


def test_the_filters_narrow_the_lines_and_keep_them_oldest_first(services: Services) -> None:
    case_id = services.casussen.register(new_case()).primary_id
    other = services.casussen.register(new_case(huishouden="Huishouden Ander")).primary_id
    assert case_id is not None and other is not None
    services.casussen.summaries(shown=True, origin=Origin.screen("casuslijst"))
    services.casussen.open(case_id, origin=Origin.screen("casus"))
    everything = services.logboek.logboek()
    day = everything.regels[-1].lokaal.date()
    numbers = [r.volgnummer for r in everything.regels]
    assert numbers == sorted(numbers) and len(numbers) >= 5

    own = services.logboek.logboek(LogFilter(casus_id=str(case_id))).regels
    assert own and {r.casus_id for r in own} == {str(case_id)}
    assert own[-1].zin.endswith("heeft het dossier bekeken")

    assert services.logboek.logboek(LogFilter(van=day + timedelta(days=1))).leeg
    assert services.logboek.logboek(LogFilter(tot=day - timedelta(days=1))).leeg
    assert len(services.logboek.logboek(LogFilter(van=day, tot=day)).regels) == len(numbers)

    who = everything.personen
    assert who == (everything.regels[-1].wie,)
    assert services.logboek.logboek(LogFilter(wie="Iemand Anders")).leeg

    seen = services.logboek.logboek(LogFilter(soort=LogSoort.GEZIEN)).regels
    assert [(r.soort, r.herkomst) for r in seen] == [("casuslijst", "scherm casuslijst"),
                                                     ("casus", "scherm casus")]
    changed = services.logboek.logboek(LogFilter(soort=LogSoort.GEWIJZIGD)).regels
    assert changed and all(r.casus_id and r.actie != "bekeken" for r in changed)
    assert all(r.kind is LogSoort.KLUIS
               for r in services.logboek.logboek(LogFilter(soort=LogSoort.KLUIS)).regels)


def test_projecting_in_a_casus_overleg_names_the_consent_of_those_present(
        services: Services) -> None:
    case = meeting_case(services)
    room = [Aanwezige(AanwezigeSoort.HUISHOUDEN, "jongere", case.jongere_id),
            Aanwezige(AanwezigeSoort.HUISHOUDEN, "agent", case.agent_id)]
    services.overleg.start(case.case_id, room, origin=Origin.screen("overleg"))
    line = services.logboek.logboek(LogFilter(casus_id=str(case.case_id),
                                              soort=LogSoort.GEDEELD)).regels[-1]
    assert line.zin.endswith("heeft het toekomstplan laten zien in een casus-overleg")
    assert line.grondslag.startswith("toestemming ")
    # Named on screen (recipient and purpose), never in the log itself.
    assert line.grondslag_tekst.startswith("toestemming: ")
    assert line.grondslag_tekst.endswith("Jansen (Politie MRKORGANISATIE) (Casus-overleg)")
    alone = meeting_case(services, (), bsns=("100000009", "100000010"))
    services.overleg.start(alone.case_id, [Aanwezige(AanwezigeSoort.HUISHOUDEN, "jongere",
                                                     alone.jongere_id)])
    own = services.logboek.logboek(LogFilter(casus_id=str(alone.case_id),
                                             soort=LogSoort.GEDEELD)).regels[-1]
    assert own.grondslag == "eigen dossier"  # only the household in the room
