"""Settling a conflict through the plan service: the choice is saved even when the text is not.

While two values are in conflict the plan shows one of them (the latest write). Choosing
exactly that value changes nothing a reader sees, but it does settle the conflict, and that
must be saved and travel like any other edit: otherwise the conflict could never be closed
with the value on the screen, and the plan could never be signed.
"""

from __future__ import annotations

import uuid
from datetime import date

from tafel.domain.plan_doc import ChooseValue, RemoveAfspraak, SetAfspraak, SetTarget
from tafel.domain.plan_register import ConflictSoort
from tafel.services import Services
from tests.builders import apart, new_case, stored_plan


def _plan_case(services: Services) -> uuid.UUID:
    case_id = services.casussen.register(new_case()).primary_id
    assert case_id is not None
    services.plans.start(case_id)
    return case_id


def _latest(services: Services, case_id: uuid.UUID):  # type: ignore[no-untyped-def]
    view = services.plans.for_case(case_id)
    assert view is not None
    return view.latest


def test_choosing_the_value_shown_settles_the_conflict(services: Services) -> None:
    case_id = _plan_case(services)
    apart(services, case_id, [SetTarget("wonen.huisvesting", 3)],
          [SetTarget("wonen.huisvesting", 4)])
    latest = _latest(services, case_id)
    [conflict] = latest.conflicts
    shown = latest.content.doelscores["wonen.huisvesting"]
    result = services.plans.edit(latest.id, ChooseValue(conflict.field, shown))
    assert not result.changes.is_empty  # saved, so it is published and travels
    after = _latest(services, case_id)
    assert after.conflicts == () and after.content.doelscores["wonen.huisvesting"] == shown
    copy, _nummer = stored_plan(services, case_id)  # what a bundle would carry
    assert copy.conflicts() == ()


def test_saving_the_shown_value_of_a_field_in_conflict_settles_it_too(
    services: Services,
) -> None:
    case_id = _plan_case(services)
    latest = _latest(services, case_id)
    afspraak = services.plans.edit(latest.id, SetAfspraak(None, {"actie": "Bellen"})).created_id
    assert afspraak is not None
    apart(services, case_id, [SetAfspraak(afspraak, {"deadline": date(2027, 1, 10)})],
          [SetAfspraak(afspraak, {"deadline": date(2027, 2, 1)})])
    latest = _latest(services, case_id)
    [conflict] = latest.conflicts
    assert conflict.soort is ConflictSoort.WAARDEN
    [shown] = latest.content.afspraken
    services.plans.edit(latest.id, SetAfspraak(afspraak, {"deadline": shown.deadline}))
    assert _latest(services, case_id).conflicts == ()


def test_keeping_an_afspraak_that_was_edited_and_deleted_apart_settles_it(
    services: Services,
) -> None:
    case_id = _plan_case(services)
    latest = _latest(services, case_id)
    afspraak = services.plans.edit(latest.id, SetAfspraak(None, {"actie": "Bellen"})).created_id
    assert afspraak is not None
    apart(services, case_id, [RemoveAfspraak(afspraak)],
          [SetAfspraak(afspraak, {"status": "bezig"})])
    latest = _latest(services, case_id)
    [conflict] = latest.conflicts
    assert conflict.soort is ConflictSoort.BEWERKT_NA_VERWIJDEREN
    services.plans.edit(latest.id, ChooseValue(conflict.field, False))  # keep it
    after = _latest(services, case_id)
    assert after.conflicts == () and [a.id for a in after.content.afspraken] == [afspraak]
