"""The people around a case changed on two laptops: shown calmly, chosen point by point.

A bundle that brings a phone number, a role or an address set differently elsewhere keeps
both; the case screen shows the latest, a banner says how many points wait, a mark sits on
each person or network entry in question, and a dialog (the plan's, in look and words)
shows each value with who filled it in and when. A BSN is only ever shown masked.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtWidgets import QApplication, QLabel, QScrollArea

from tafel.ui.casus.date_line import DateLine
from tafel.ui.casus.dossier_conflict_dialog import DossierConflictDialog
from tafel.ui.main_window import MainWindow
from tests.builders import dossier_apart
from tests.ui.drive import open_case, press, unlock

NADIA = "Nadia El Khatib"  # T-2026-0003: Nadia (with a BSN), her baby Amira, a network of six
OTHER_BSN = "999900018"  # a test BSN nobody in the demo has
THIRD_BSN = "999900031"


def _ids(window: MainWindow) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    """The case, Nadia and Ravi Ramdin (her jongerencoach at Wijkteam Oost)."""
    overview = window.workspace.overview
    case_id = overview.case_id
    assert case_id is not None
    o = window.controller.services.casussen.open(case_id)
    ravi = next(b.id for b in o.betrokkenen if b.naam == "Ravi Ramdin")
    return case_id, o.jongere.id, ravi


def _apart(window: MainWindow, mine: dict[str, object], theirs: dict[str, object]) -> None:
    """Set here and on Bas's laptop at the same time; the merge published as an import."""
    case_id = window.workspace.overview.case_id
    assert case_id is not None
    window.controller.publish(dossier_apart(window.controller.services, case_id, mine, theirs))


def _open_dialog(qtbot, window: MainWindow) -> DossierConflictDialog:  # type: ignore[no-untyped-def]
    conflicts = window.workspace.overview.dossier_conflicts
    press(qtbot, conflicts.banner.button)
    dialog = conflicts.dialog
    assert isinstance(dialog, DossierConflictDialog) and dialog.isVisible()
    return dialog


def _texts(widget) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def test_a_people_conflict_shows_a_calm_banner_and_marks(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    open_case(qtbot, window, NADIA)
    overview = window.workspace.overview
    conflicts = overview.dossier_conflicts
    assert not conflicts.banner.isVisible()
    _case, nadia, ravi = _ids(window)
    _apart(window, {f"persoon/{nadia}/telefoon": "06-11111111",
                    f"betrokkene/{ravi}/rol": "jongerencoach"},
           {f"persoon/{nadia}/telefoon": "06-22222222",
            f"betrokkene/{ravi}/rol": "coach werk en inkomen"})
    assert conflicts.banner.isVisible()
    assert "Er zijn 2 punten waarover jullie verschillende dingen hebben ingevuld" in \
        conflicts.banner.text.text()
    household = overview.household_section.people
    assert set(household.conflict_marks) == {nadia}  # a mark only where a choice waits
    assert not household.conflict_marks[nadia].isHidden()
    assert household.conflict_marks[nadia].text() == "Verschillend ingevuld: kiezen"
    network = overview.network_section.people
    assert set(network.conflict_marks) == {ravi}
    assert not network.conflict_marks[ravi].isHidden()
    assert overview.household_section.household_mark.isHidden()
    # the marks never push the overview wider than its pane
    scroll = overview.findChild(QScrollArea)
    assert scroll is not None
    for _ in range(3):
        QApplication.processEvents()
    assert scroll.widget().minimumSizeHint().width() <= scroll.viewport().width()
    # the table shows one of the two meanwhile: the latest
    assert any(phone in household.text() for phone in ("06-11111111", "06-22222222"))

    # the mark opens the dialog at that point
    press(qtbot, network.conflict_marks[ravi])
    dialog = conflicts.dialog
    assert isinstance(dialog, DossierConflictDialog) and len(dialog.cards) == 2
    assert dialog.count_label.text() == "Nog 2 punten om te kiezen"
    assert [c.point.kind for c in dialog.cards] == ["persoon", "betrokkene"]  # as listed
    card = dialog.card_for(f"betrokkene/{ravi}/")
    assert card is not None and dialog.focusWidget() is card.rows[0].choose_button
    assert card.title_label.text() == "Wijkteam Oost (Ravi Ramdin) — rol"


def test_choosing_a_value_settles_it(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    open_case(qtbot, window, NADIA)
    case_id, nadia, _ravi = _ids(window)
    field = f"persoon/{nadia}/telefoon"
    _apart(window, {field: "06-11111111"}, {field: "06-22222222"})
    dialog = _open_dialog(qtbot, window)
    [card] = dialog.cards
    assert card.title_label.text() == "Nadia El Khatib — telefoonnummer"
    values = {row.value_label.text(): row for row in card.rows}
    assert set(values) == {"06-11111111", "06-22222222"}
    assert values["06-22222222"].who_label.text().startswith("Ingevuld door Bas de Vries · ")
    assert "andere-kluis" not in values["06-22222222"].who_label.text()
    assert values["06-11111111"].who_label.text().startswith("Ingevuld door Fatima Amrani")
    assert sum(not row.now_label.isHidden() for row in card.rows) == 1

    with qtbot.waitSignal(window.controller.data_changed):
        press(qtbot, values["06-22222222"].choose_button)
    services = window.controller.services
    assert services.dossier.conflicts(case_id) == ()
    overview = window.workspace.overview
    assert "06-22222222" in overview.household_section.people.text()
    assert overview.household_section.people.conflict_marks == {}
    assert not overview.dossier_conflicts.banner.isVisible()
    assert dialog.cards == [] and dialog.done_label.isVisible()
    assert dialog.focusWidget() is dialog.close_button
    press(qtbot, dialog.close_button)
    assert overview.dossier_conflicts.dialog is None


def test_something_else_writes_a_new_value(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    open_case(qtbot, window, NADIA)
    case_id, nadia, _ravi = _ids(window)
    field = f"persoon/{nadia}/telefoon"
    _apart(window, {field: "06-11111111"}, {field: "06-22222222"})
    dialog = _open_dialog(qtbot, window)
    [card] = dialog.cards
    press(qtbot, card.other_button)
    assert dialog.focusWidget() is card.editor
    card.editor.clear()  # type: ignore[union-attr]
    qtbot.keyClicks(card.editor, "06-33333333")
    with qtbot.waitSignal(window.controller.data_changed):
        press(qtbot, card.save_button)
    assert window.controller.services.dossier.conflicts(case_id) == ()
    assert "06-33333333" in window.workspace.overview.household_section.people.text()
    assert dialog.cards == []


def test_a_bsn_is_shown_masked_and_chosen_whole(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    open_case(qtbot, window, NADIA)
    case_id, nadia, _ravi = _ids(window)
    field = f"persoon/{nadia}/bsn"
    _apart(window, {field: OTHER_BSN}, {field: THIRD_BSN})
    dialog = _open_dialog(qtbot, window)
    [card] = dialog.cards
    assert card.title_label.text() == "Nadia El Khatib — BSN"
    values = {row.value_label.text(): row for row in card.rows}
    assert set(values) == {"•••••018", "•••••031"}
    shown = _texts(dialog) + _texts(window)
    assert OTHER_BSN not in shown and THIRD_BSN not in shown
    # something else: an empty field, never the number
    press(qtbot, card.other_button)
    assert card.editor is not None and card.editor.text() == ""  # type: ignore[attr-defined]
    card.hide_editor()
    with qtbot.waitSignal(window.controller.data_changed):
        press(qtbot, values["•••••031"].choose_button)
    assert window.controller.services.dossier.conflicts(case_id) == ()
    people = window.workspace.overview.household_section.people.text()
    assert "•••••031" in people and THIRD_BSN not in people


def test_fields_read_as_people_say_them(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    open_case(qtbot, window, NADIA)
    case_id, _nadia, ravi = _ids(window)
    household = window.controller.services.casussen.open(case_id).huishouden.id
    _apart(window, {f"huishouden/{household}/adres": "Lindelaan 4",
                    f"betrokkene/{ravi}/einddatum": "2026-11-30",
                    f"betrokkene/{ravi}/altijd_er_voor_mij": True},
           {f"huishouden/{household}/adres": "Beukenlaan 12",
            f"betrokkene/{ravi}/einddatum": "2027-01-31",
            f"betrokkene/{ravi}/altijd_er_voor_mij": False})
    overview = window.workspace.overview
    assert not overview.household_section.household_mark.isHidden()
    dialog = _open_dialog(qtbot, window)
    titles = {card.title_label.text(): card for card in dialog.cards}
    assert set(titles) == {"Huishouden — adres", "Wijkteam Oost (Ravi Ramdin) — einddatum",
                           "Wijkteam Oost (Ravi Ramdin) — altijd er voor Nadia"}
    end = titles["Wijkteam Oost (Ravi Ramdin) — einddatum"]
    assert {row.value_label.text() for row in end.rows} == {"30-11-2026", "31-01-2027"}
    assert isinstance(end.editor, DateLine)
    always = titles["Wijkteam Oost (Ravi Ramdin) — altijd er voor Nadia"]
    assert {row.value_label.text() for row in always.rows} == {"ja", "nee"}
    # a date typed wrong is one Dutch sentence; the card stays
    press(qtbot, end.other_button)
    end.editor.setText("31-02-2027")
    press(qtbot, end.save_button)
    assert dialog.error_label.isVisible() and "geen datum" in dialog.error_label.text()
    end.editor.setText("15-01-2027")
    with qtbot.waitSignal(window.controller.data_changed):
        press(qtbot, end.save_button)
    o = window.controller.services.casussen.open(case_id)
    assert next(b for b in o.betrokkenen if b.id == ravi).einddatum == date(2027, 1, 15)
    assert len(dialog.cards) == 2 and not dialog.error_label.isVisible()
