"""A plan that came in a bundle shows the parts not shared with this vault calmly, as such.

The household decides which parts of the plan each party sees; a plan read in holds only
those. A part not held is not an empty part to fill in: the editor says it was not shared
(and why), shows no fields for it, and offers no way to put an afspraak there. A plan made
in this vault holds every part and looks exactly as before.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel

from tafel.domain.enums import Gegevenscategorie as C
from tafel.domain.enums import Pijler
from tafel.services import Services
from tafel.ui.main_window import MainWindow
from tafel.ui.plan.editor_base import PlanSection
from tafel.ui.plan.editor_pillar import PillarSection
from tafel.ui.plan.plan_page import PlanPage
from tafel.vault import Vault
from tests.builders import PASSPHRASE, TODAY, plan_from_elsewhere
from tests.ui.drive import KEVIN, open_plan, stored, unlock

NOOR = "Noor Bakker"  # the case the wijkteam shares (tests.builders.new_case)
NO_INKOMEN = tuple(c for c in C if c is not C.INKOMEN)
ONLY_WONEN = (C.PERSOONSGEGEVENS, C.WONEN)


def _received(demo_path: Path, tmp_path: Path, categorieen: tuple[C, ...]) -> None:
    """Before unlocking: the wijkteam's plan arrives in the demo vault with these parts."""
    vault = Vault.open(demo_path, PASSPHRASE)
    try:
        plan_from_elsewhere(Services(vault, today=lambda: TODAY), tmp_path / "wijkteam",
                            categorieen)
    finally:
        vault.lock()


def _pillar(page: PlanPage, pijler: Pijler) -> PillarSection:
    return next(p for p in page.pillars if p.pillar.key is pijler)


def _nav_text(page: PlanPage, section: PlanSection) -> str:
    item = page.nav.item(page.sections.index(section))
    assert item is not None
    return item.text()


def _shows_fields(section: PlanSection) -> bool:
    return any(part.isVisibleTo(section) and not part.box.isReadOnly()
               for part in section.parts.values())


def _enabled_pillars(combo) -> set[str]:  # type: ignore[no-untyped-def]
    model = combo.model()
    assert isinstance(model, QStandardItemModel)
    return {combo.itemData(i) for i in range(combo.count())
            if model.item(i).flags() & Qt.ItemFlag.ItemIsEnabled}


def test_a_part_not_shared_is_shown_as_such_and_cannot_be_filled_in(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, demo_path: Path, tmp_path: Path,
) -> None:
    _received(demo_path, tmp_path, NO_INKOMEN)
    unlock(qtbot, window)
    page = open_plan(qtbot, window, NOOR)
    assert "inkomen" not in page.version.delen
    inkomen = _pillar(page, Pijler.INKOMEN)
    page.show_section(inkomen)
    assert inkomen.not_shared.isVisible()
    words = inkomen.not_shared.text()
    assert "Dit deel is niet met jou gedeeld." in words
    assert "huishouden" in words  # why: the household decides who sees what
    assert not _shows_fields(inkomen)
    assert all(part.box.isReadOnly() for part in inkomen.parts.values())
    assert not any(picker.isVisibleTo(inkomen) for picker in inkomen.pickers.values())
    assert page.focusWidget() not in [part.box for part in inkomen.parts.values()]
    assert "niet gedeeld" in _nav_text(page, inkomen)
    assert not page.message.isVisible()  # no refusal: nothing could be typed

    # the parts that were shared are there, as always
    wonen = _pillar(page, Pijler.WONEN)
    page.show_section(wonen)
    assert wonen.not_shared.isHidden() and _shows_fields(wonen)
    assert wonen.parts["wonen.ik_doel"].text() == "Ik wil een eigen kamer."
    assert "niet gedeeld" not in _nav_text(page, wonen)
    assert page.perspective.not_shared.isHidden() and _shows_fields(page.perspective)

    # no afspraak can go to Inkomen: not added there, not moved there
    page.show_section(page.afspraken)
    [row] = page.afspraken.rows
    assert row.action() == "Inschrijven bij Woonnet"
    assert "inkomen" not in _enabled_pillars(row.pillar_combo)
    assert {"", "wonen", "welzijn"} <= _enabled_pillars(row.pillar_combo)
    assert page.afspraken.add_button.isVisible()
    assert "Inkomen" in page.afspraken.not_shared_note.text()
    assert page.afspraken.not_shared_note.isVisible()
    page.afspraken.add()
    [_kept, added] = stored(window, page).content.afspraken
    assert added.pijler is None  # in the perspectief's part, which this vault holds


def test_with_only_wonen_an_afspraak_can_only_go_to_wonen(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, demo_path: Path, tmp_path: Path,
) -> None:
    _received(demo_path, tmp_path, ONLY_WONEN)
    unlock(qtbot, window)
    page = open_plan(qtbot, window, NOOR)
    assert page.version.delen == ("wonen",)
    for section in (page.perspective, page.doorbraak, page.safety,
                    *(p for p in page.pillars if p.pillar.key is not Pijler.WONEN)):
        assert not section.not_shared.isHidden(), section.title_text
        assert not _shows_fields(section), section.title_text
    page.show_section(page.afspraken)
    [row] = page.afspraken.rows
    assert _enabled_pillars(row.pillar_combo) == {"wonen"}
    page.afspraken.add()
    [_kept, added] = stored(window, page).content.afspraken
    assert added.pijler is Pijler.WONEN


def test_a_plan_made_here_holds_every_part_and_looks_as_before(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow,
) -> None:
    unlock(qtbot, window)
    page = open_plan(qtbot, window, KEVIN)
    assert len(page.version.delen) == 8
    for section in page.sections:
        assert section.not_shared.isHidden(), section.title_text
        assert "niet gedeeld" not in _nav_text(page, section)
    for section in (page.perspective, *page.pillars, page.doorbraak, page.safety):
        assert _shows_fields(section), section.title_text
    assert all(picker.isEnabled() for p in page.pillars for picker in p.pickers.values())
    page.show_section(page.afspraken)
    assert not page.afspraken.not_shared_note.isVisible()
    for row in page.afspraken.rows:
        assert _enabled_pillars(row.pillar_combo) == {"", *(p.value for p in Pijler)}
