"""Reading the log: filtered by case, period, person and kind; lines in plain Dutch."""

from __future__ import annotations

from datetime import timedelta

from tafel.services import Services
from tafel.services.changes import Origin
from tafel.views.logboek import LogFilter, LogSoort
from tests.builders import new_case


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
