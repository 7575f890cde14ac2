"""Settling a conflict through the plan service is a write, even when the text stays the same.

While a field is in conflict the plan shows one of its values (the latest), and an afspraak
edited after another party deleted it is shown until someone chooses. Choosing the value the
plan already shows, or keeping the afspraak, changes no word of the text, yet it settles the
conflict: the service must store it (and publish it) rather than treat it as "nothing changed".
"""

from __future__ import annotations

from tafel.domain.plan_doc import ChooseValue, RemoveAfspraak, SetAfspraak
from tafel.domain.plan_register import winner
from tafel.services import Services
from tests.builders import apart, build_plan


def test_choosing_the_value_the_plan_shows_settles_the_conflict(
        demo_services: Services) -> None:
    built = build_plan(demo_services)
    view = demo_services.plans.for_case(built.case_id)
    assert view is not None
    afspraak = view.latest.content.afspraken[0].id
    apart(demo_services, built.case_id, [SetAfspraak(afspraak, {"deadline": "2026-12-01"})],
          [SetAfspraak(afspraak, {"deadline": "2026-12-20"})])
    view = demo_services.plans.for_case(built.case_id)
    assert view is not None
    [conflict] = view.latest.conflicts
    shown = winner(list(conflict.values)).value
    result = demo_services.plans.edit(view.latest.id, ChooseValue(conflict.field, shown))
    assert not result.changes.is_empty
    latest = result.view.latest
    assert latest.conflicts == ()
    assert latest.content.afspraken[0].deadline.isoformat() == shown  # type: ignore[union-attr]
    assert latest.inhoud_hash == view.latest.inhoud_hash  # the text itself did not move


def test_keeping_an_afspraak_edited_after_its_deletion_settles_it(
        demo_services: Services) -> None:
    built = build_plan(demo_services)
    view = demo_services.plans.for_case(built.case_id)
    assert view is not None
    afspraak = view.latest.content.afspraken[0].id
    apart(demo_services, built.case_id, [RemoveAfspraak(afspraak)],
          [SetAfspraak(afspraak, {"status": "gedaan"})])
    view = demo_services.plans.for_case(built.case_id)
    assert view is not None
    [conflict] = view.latest.conflicts
    result = demo_services.plans.edit(view.latest.id, ChooseValue(conflict.field, False))
    assert result.view.latest.conflicts == ()
    assert afspraak in [a.id for a in result.view.latest.content.afspraken]
