"""Placeholders (%1, %2, ...) are filled in one pass: a value that contains "%3" stays as typed.

Chained ``.replace("%1", a).replace("%2", b)`` lets a value's own "%2" be filled by the next
replace, so a household called "Huishouden 100%3 Jansen" came out as "Huishouden 100Fatima
Jansen" on the case overview.
"""

from __future__ import annotations

import re
from pathlib import Path

from tafel.services.casussen import NieuweCasus
from tafel.ui import i18n
from tafel.ui.main_window import MainWindow
from tests.ui.drive import unlock

SRC = Path(__file__).resolve().parents[2] / "src" / "tafel"


def test_fill_puts_each_value_in_its_place_once() -> None:
    assert i18n.fill("%1 · %2 · %3", "100%3", "b%1", "c") == "100%3 · b%1 · c"
    assert i18n.fill("%2 before %1", "one", "two") == "two before one"
    assert i18n.fill("%1 and %1", "same") == "same and same"


def test_fill_leaves_a_placeholder_without_a_value_and_other_percent_signs_alone() -> None:
    assert i18n.fill("%1 of %2", "3") == "3 of %2"
    assert i18n.fill("100% sure, %1", "ja") == "100% sure, ja"
    assert i18n.fill("%1", "\\1 and \\g<0>") == "\\1 and \\g<0>"  # no regex escapes in values


def test_a_household_name_with_a_placeholder_shows_as_typed(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    services = window.controller.services
    case_id = services.casussen.register(NieuweCasus(
        huishouden="Huishouden 100%3 Jansen", voornaam="Sem", achternaam="Jansen",
        geboortedatum=None, casusregisseur="Fatima Amrani",
    )).primary_id
    assert case_id is not None
    overview = window.workspace.overview
    overview.show_case(case_id)
    facts = overview.facts_label.text()
    assert "Huishouden 100%3 Jansen" in facts
    assert "casusregisseur Fatima Amrani" in facts


def test_no_chained_placeholder_replaces_are_left() -> None:
    chained = re.compile(r"""\.replace\(\s*["']%[1-9]["']""")
    left = [f"{path.relative_to(SRC)}:{number}"
            for path in sorted(SRC.rglob("*.py"))
            for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1)
            if chained.search(line)]
    assert left == []
