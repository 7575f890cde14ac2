"""The casus-overleg service: the room decides what the wall shows; the record is kept.

Real vaults throughout: a case with a marker in every field (tests/builders.py
``meeting_case``), a wijkagent whose consent leaves out Inkomen, and the wall read back as
its view's strings.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlmodel import select

from tafel.domain.enums import Gegevenscategorie as C
from tafel.domain.models import AuditEvent
from tafel.domain.overleg import Aanwezige, AanwezigeSoort, AgendaStap
from tafel.domain.signals import SignaalSoort
from tafel.errors import ValidationError
from tafel.services import Services
from tafel.vault import Vault
from tests.builders import PASSPHRASE, TODAY, MeetingCase, marker, meeting_case


def _on_wall(services: Services, overleg_id) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(services.overleg.wand(overleg_id).teksten())


def _who(case: MeetingCase, *names: str) -> list[Aanwezige]:
    ids = {"jongere": case.jongere_id, "moeder": case.moeder_id, "oom": case.oom_id,
           "agent": case.agent_id}
    return [Aanwezige(AanwezigeSoort.HUISHOUDEN, n, ids[n]) if n in ids
            else Aanwezige(AanwezigeSoort.GAST, n) for n in names]


def _hidden_markers(case: MeetingCase, wall: str) -> set[str]:
    return {m for m, part in case.markers.items() if part in ("nooit",) and m in wall}


@pytest.fixture
def case(services: Services) -> MeetingCase:
    return meeting_case(services)


def test_the_wall_shows_what_everyone_present_may_see_and_redraws_when_someone_leaves(
    services: Services, case: MeetingCase
) -> None:
    started = services.overleg.start(case.case_id, _who(case, "jongere", "moeder", "agent"))
    wall = _on_wall(services, started.overleg_id)
    assert marker("wonen.zelf_doen") in wall and marker("perspectief") in wall
    assert "INKOMEN" not in wall  # no text, no afspraak of Inkomen
    assert _hidden_markers(case, wall) == set()
    assert "Noor" in wall  # the agent may see persoonsgegevens
    assert C.INKOMEN not in services.overleg.overleg(started.overleg_id).categorieen

    services.overleg.zet_aanwezigen(started.overleg_id, _who(case, "jongere", "moeder"),
                                    besloten=False)
    wall = _on_wall(services, started.overleg_id)
    assert marker("inkomen.zelf_doen") in wall and marker("afspraak inkomen") in wall
    assert _hidden_markers(case, wall) == set()  # BSN, address, contact, notes: never


def test_a_guest_in_the_room_hides_every_category(services: Services, case: MeetingCase) -> None:
    started = services.overleg.start(case.case_id, _who(case, "jongere", "Sam van de school"))
    view = services.overleg.wand(started.overleg_id)
    assert view.categorieen == frozenset()
    assert not any("MRK" in t for t in view.teksten())
    assert "Noor" not in view.teksten()


def test_the_private_part_leaves_out_the_professional(services: Services,
                                                      case: MeetingCase) -> None:
    started = services.overleg.start(case.case_id, _who(case, "jongere", "oom", "agent"))
    assert marker("inkomen.netwerk") not in _on_wall(services, started.overleg_id)
    services.overleg.zet_aanwezigen(started.overleg_id, _who(case, "jongere", "oom", "agent"),
                                    besloten=True)
    assert marker("inkomen.netwerk") in _on_wall(services, started.overleg_id)


def test_who_someone_is_comes_from_the_case_not_from_the_screen(
    services: Services, case: MeetingCase
) -> None:
    forged = [Aanwezige(AanwezigeSoort.HUISHOUDEN, "Noor", case.jongere_id),
              Aanwezige(AanwezigeSoort.HUISHOUDEN, "ik hoor erbij", case.agent_id)]
    started = services.overleg.start(case.case_id, forged)
    assert "INKOMEN" not in _on_wall(services, started.overleg_id)
    room = services.overleg.overleg(started.overleg_id).aanwezigen
    assert [p.soort for p in room] == [AanwezigeSoort.HUISHOUDEN, AanwezigeSoort.PROFESSIONEEL]


def test_someone_from_another_case_an_unnamed_guest_and_a_second_meeting_are_refused(
    services: Services, case: MeetingCase
) -> None:
    other = meeting_case(services, (), bsns=("100000009", "100000010"))
    with pytest.raises(ValidationError, match="hoort niet"):
        services.overleg.start(case.case_id, _who(other, "agent"))
    with pytest.raises(ValidationError, match="naam van de gast"):
        services.overleg.start(case.case_id, [Aanwezige(AanwezigeSoort.GAST, "  ")])
    services.overleg.start(case.case_id, _who(case, "jongere"))
    with pytest.raises(ValidationError, match="loopt al"):
        services.overleg.start(case.case_id, _who(case, "jongere"))


def test_an_afspraak_made_in_the_room_lands_in_the_plan_and_on_the_wall(
    services: Services, case: MeetingCase
) -> None:
    started = services.overleg.start(case.case_id, _who(case, "jongere", "agent"))
    changes = services.overleg.noteer_afspraak(
        started.overleg_id, "Noor belt de woningcorporatie", f"persoon:{case.jongere_id}",
        TODAY + timedelta(days=14))
    assert changes.casus_ids == {case.case_id}
    afspraken = services.overleg.wand(started.overleg_id).stap(AgendaStap.AFSPRAKEN).regels
    made = next(r for r in afspraken if r.tekst == "Noor belt de woningcorporatie")
    assert made.kop == "Noor" and made.deadline == TODAY + timedelta(days=14)
    view = services.plans.for_case(case.case_id)
    assert view is not None
    assert "Noor belt de woningcorporatie" in [a.actie for a in view.latest.content.afspraken]
    assert len(services.overleg.overleg(started.overleg_id).afspraak_ids) == 1


def test_an_afspraak_in_a_case_without_a_plan_starts_one(services: Services) -> None:
    from tests.builders import new_case

    case_id = services.casussen.register(new_case()).primary_id
    assert case_id is not None
    young = services.overleg.kandidaten(case_id)[0]
    started = services.overleg.start(case_id, [young.aanwezige])
    services.overleg.noteer_afspraak(started.overleg_id, "Kamer zoeken", f"persoon:{young.id}",
                                     None)
    assert services.plans.for_case(case_id) is not None


def test_conclusions_and_steps_are_kept_as_they_are_made(services: Services,
                                                        case: MeetingCase) -> None:
    started = services.overleg.start(case.case_id, _who(case, "jongere"))
    services.overleg.zet_stap(started.overleg_id, AgendaStap.DOORBRAAK)
    services.overleg.zet_conclusies(started.overleg_id, ["Noor zoekt een kamer", "  ", "Oom helpt"])
    view = services.overleg.overleg(started.overleg_id)
    assert view.stap is AgendaStap.DOORBRAAK
    assert view.conclusies == ("Noor zoekt een kamer", "Oom helpt")
    assert "Oom helpt" in services.overleg.wand(started.overleg_id).conclusies


def test_a_meeting_left_running_is_found_again_after_the_vault_is_reopened(
    vault: Vault, case: MeetingCase
) -> None:
    services = Services(vault, "Fatima Amrani", today=lambda: TODAY)
    started = services.overleg.start(case.case_id, _who(case, "jongere", "agent"))
    services.overleg.zet_conclusies(started.overleg_id, ["Half getypt"])
    path = vault.path
    vault.lock()
    again = Services(Vault.open(path, PASSPHRASE), "Fatima Amrani", today=lambda: TODAY)
    running = again.overleg.lopend(case.case_id)
    assert running is not None and running.id == started.overleg_id
    assert running.conclusies == ("Half getypt",)


def test_finishing_keeps_the_record_with_who_was_there_and_logs_ids_not_names(
    services: Services, case: MeetingCase
) -> None:
    started = services.overleg.start(case.case_id, _who(case, "jongere", "agent"))
    services.overleg.zet_aanwezigen(started.overleg_id, _who(case, "jongere"), besloten=False)
    services.overleg.rond_af(started.overleg_id, TODAY + timedelta(weeks=6))
    record = services.overleg.overleg(started.overleg_id)
    assert not record.lopend and record.volgende_evaluatie == TODAY + timedelta(weeks=6)
    assert {p.id for p in record.ooit_aanwezig} == {case.jongere_id, case.agent_id}
    assert next(p for p in record.ooit_aanwezig if p.id == case.agent_id).vertrokken
    assert {p.id for p in record.afwezigen} == {case.moeder_id, case.oom_id}
    assert record.grondslag and "Casus" not in record.grondslag[0]
    with services.context.vault.transaction() as session:
        events = session.exec(select(AuditEvent).where(AuditEvent.soort == "overleg")).all()
    finished = next(e for e in events if e.actie == "afgerond")
    assert str(case.agent_id) in finished.details and "MRK" not in finished.details
    assert all("MRK" not in e.details for e in events)
    with pytest.raises(ValidationError, match="al afgerond"):
        services.overleg.zet_conclusies(started.overleg_id, ["later"])


@pytest.mark.parametrize("when", [TODAY, TODAY - timedelta(days=1), date(2099, 1, 1)])
def test_an_impossible_evaluation_date_is_refused_and_nothing_changes(
    services: Services, case: MeetingCase, when: date
) -> None:
    started = services.overleg.start(case.case_id, _who(case, "jongere"))
    with pytest.raises(ValidationError):
        services.overleg.rond_af(started.overleg_id, when)
    assert services.overleg.overleg(started.overleg_id).lopend


def test_the_evaluation_becomes_a_signal_when_it_passes_and_a_new_meeting_ends_it(
    vault: Vault, case: MeetingCase
) -> None:
    day = [TODAY]
    services = Services(vault, "Fatima Amrani", today=lambda: day[0])
    first = services.overleg.start(case.case_id, _who(case, "jongere"))
    services.overleg.rond_af(first.overleg_id, TODAY + timedelta(weeks=6))

    def signals() -> set[SignaalSoort]:
        return {s.soort for s in services.casussen.open(case.case_id).signalen}

    def listed() -> tuple[SignaalSoort, ...]:
        return next(s for s in services.casussen.summaries() if s.id == case.case_id).signalen

    assert SignaalSoort.OVERLEG_EVALUATIE_VERSTREKEN not in signals()
    day[0] = TODAY + timedelta(weeks=6, days=1)
    assert SignaalSoort.OVERLEG_EVALUATIE_VERSTREKEN in signals()
    assert SignaalSoort.OVERLEG_EVALUATIE_VERSTREKEN in listed()
    second = services.overleg.start(case.case_id, _who(case, "jongere"))
    services.overleg.rond_af(second.overleg_id, day[0] + timedelta(weeks=6))
    assert SignaalSoort.OVERLEG_EVALUATIE_VERSTREKEN not in signals()


def test_the_record_holds_only_what_everyone_who_was_present_may_see(
    services: Services, case: MeetingCase
) -> None:
    started = services.overleg.start(case.case_id, _who(case, "jongere", "agent"))
    for pijler in ("wonen", "inkomen"):
        services.overleg.noteer_afspraak(started.overleg_id, f"Afspraak {pijler}",
                                         f"persoon:{case.jongere_id}", TODAY + timedelta(7),
                                         pijler)  # type: ignore[arg-type]
    services.overleg.zet_aanwezigen(started.overleg_id, _who(case, "jongere"), besloten=False)
    services.overleg.zet_conclusies(started.overleg_id, ["Noor pakt het op"])
    services.overleg.rond_af(started.overleg_id, TODAY + timedelta(weeks=6))
    verslag = services.overleg.verslag(started.overleg_id)
    assert [r.tekst for r in verslag.afspraken] == ["Afspraak wonen"]
    assert verslag.niet_getoond == 1  # the agent was there for a while: no Inkomen on paper
    assert C.INKOMEN not in verslag.categorieen
    assert verslag.conclusies == ("Noor pakt het op",)
    assert any("wijkagent" in line for line in verslag.aanwezigen)
    assert verslag.afwezigen  # the agent may see persoonsgegevens: absent people are named


def test_without_persoonsgegevens_the_record_names_no_one_of_the_case(services: Services) -> None:
    case = meeting_case(services, (C.TOEKOMSTPLAN, C.WONEN))
    started = services.overleg.start(case.case_id, _who(case, "jongere", "agent"))
    services.overleg.rond_af(started.overleg_id, TODAY + timedelta(weeks=6))
    verslag = services.overleg.verslag(started.overleg_id)
    text = " ".join([verslag.jongere, *verslag.aanwezigen, *verslag.afwezigen])
    assert "Noor" not in text and "MRK" not in text
    assert verslag.jongere == "de jongere" and verslag.afwezigen == ()
