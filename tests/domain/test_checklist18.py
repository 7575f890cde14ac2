"""The checklist file's content: every wrong place is named, in Dutch."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from tafel.domain.checklist18 import (
    ChecklistProblem,
    checklist_from_json,
    checklist_relevant,
)
from tafel.domain.dates import add_months, add_years
from tafel.paths import resource_path

TODAY = date(2026, 11, 23)


def default_raw() -> dict:
    path = resource_path("checklists", "checklist-18.json")
    return json.loads(path.read_text(encoding="utf-8"))


def test_tafels_own_checklist_has_the_five_things_to_arrange_before_18() -> None:
    checklist = checklist_from_json(default_raw())
    assert [i.sleutel for i in checklist.items] == [
        "wonen", "school_werk", "volwassene", "financien", "zorg_na_18"]
    assert "bewindvoerder" in checklist.item("financien").titel  # type: ignore[union-attr]


@pytest.mark.parametrize(("change", "place"), [
    (lambda raw: raw.update(format="iets anders"), "format"),
    (lambda raw: raw.update(version=0), "version"),
    (lambda raw: raw.update(items=[]), "items"),
    (lambda raw: raw["items"][2].update(key="Hoofdletter"), "items[2].key"),
    (lambda raw: raw["items"][3].update(key="wonen"), "items[3].key"),
    (lambda raw: raw["items"][1].update(title=""), "items[1].title"),
    (lambda raw: raw["items"][1].pop("title"), "items[1].title"),
    (lambda raw: raw["items"][0].update(pillar="geluk"), "items[0].pillar"),
    (lambda raw: raw["items"][4].update(kleur="rood"), "items[4].kleur"),
])
def test_a_wrong_place_is_named(change, place: str) -> None:  # type: ignore[no-untyped-def]
    raw = default_raw()
    change(raw)
    with pytest.raises(ChecklistProblem) as caught:
        checklist_from_json(raw)
    assert caught.value.place == place


def test_the_checklist_shows_for_minors_and_until_eighteen_and_a_half() -> None:
    eighteen = add_years(date(2008, 5, 15), 18)
    assert checklist_relevant(date(2008, 5, 15), eighteen - timedelta(days=400))
    assert checklist_relevant(date(2008, 5, 15), add_months(eighteen, 6) - timedelta(days=1))
    assert not checklist_relevant(date(2008, 5, 15), add_months(eighteen, 6))
    assert not checklist_relevant(None, TODAY)
