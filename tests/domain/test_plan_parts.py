"""Every written part of the toekomstplan has a name in the one table screen and paper share."""

from __future__ import annotations

from tafel.domain.plan_content import DOORBRAAK_PARTS, PILLAR_PARTS, TEXT_KEYS, WAARDEN
from tafel.domain.plan_parts import (
    DOORBRAAK_NAMES,
    PILLAR_PART_NAMES,
    WAARDEN_NAMES,
    part_name,
)


def test_every_written_part_has_a_name() -> None:
    assert set(PILLAR_PART_NAMES) == set(PILLAR_PARTS)
    assert set(DOORBRAAK_PARTS) | {"uitzondering", "soort"} == set(DOORBRAAK_NAMES)
    assert set(WAARDEN_NAMES) == set(WAARDEN)
    unnamed = [key for key in TEXT_KEYS if part_name(key) == key]
    assert unnamed == []


def test_the_method_s_own_words() -> None:
    assert part_name("wonen.zelf_doen") == "Zelf doen"
    assert part_name("doorbraak.regel") == "Welke regel of werkwijze"
    assert part_name("waarden.rendement") == "Rendement"
    assert part_name("iets.onbekends") == "iets.onbekends"
