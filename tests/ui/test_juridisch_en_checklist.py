"""The legal status and the 18-/18+ checklist, driven from the case screen with the keyboard.

A legal status is added (a wrong end date is refused first), shows as an age signal, and is
ended; a checklist item is set with the keyboard and the open count follows; the checklist is
reachable from the plan and hidden for someone past 18.5. With TAFEL_SHOTS set to a folder,
the dialogs and the overview are saved there at 1366x768.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QScrollArea, QWidget

from tafel.domain.checklist18 import PuntStaat
from tafel.ui.casus.casus_overview import CasusOverviewPage
from tafel.ui.casus.checklist18_section import Checklist18Section, Checklist18Window
from tafel.ui.casus.juridisch_section import JuridischSection
from tafel.ui.main_window import MainWindow
from tests.ui.drive import open_case, open_plan, tab, type_here, unlock

JESSE, JAYLEN, NADIA = "Jesse Verhoeckx", "Jaylen Pinas", "Nadia El Khatib"


def _shot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("TAFEL_SHOTS")
    if folder:
        for _ in range(3):  # let a refreshed page lay itself out before the picture
            QApplication.processEvents()
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def _overview(qtbot, window: MainWindow, name: str) -> CasusOverviewPage:  # type: ignore[no-untyped-def]
    window.resize(1366, 768)
    unlock(qtbot, window)
    open_case(qtbot, window, name)
    return window.workspace.overview


def _section(overview: CasusOverviewPage, kind: type) -> QWidget:
    return next(s for s in overview.extra_sections if isinstance(s, kind))


def _press(qtbot, button: QPushButton) -> None:  # type: ignore[no-untyped-def]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def _dialog(qtbot, holder) -> QDialog:  # type: ignore[no-untyped-def]
    dialog = holder.dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible()
                    and QApplication.focusWidget() is not None
                    and dialog.isAncestorOf(QApplication.focusWidget()))
    return dialog


def _enter(qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def _chips(overview: CasusOverviewPage) -> str:
    row = overview.signals_row
    return " | ".join(row.itemAt(i).widget().text() for i in range(row.count()))


def _no_horizontal_scrollbar(overview: CasusOverviewPage) -> None:
    """These sections fit the case pane at 1366x768 (page margins 20 + 20)."""
    scroll = overview.findChild(QScrollArea)
    assert scroll is not None
    for section in overview.extra_sections:
        assert section.minimumSizeHint().width() + 40 <= scroll.viewport().width()


def test_an_ots_is_added_with_the_keyboard_refused_first_then_ended(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    overview = _overview(qtbot, window, JESSE)
    section = _section(overview, JuridischSection)
    assert "Stopt bij 18" not in _chips(overview) and "maatregel" not in _chips(overview)
    _press(qtbot, section.add_button)
    dialog = _dialog(qtbot, section)
    assert QApplication.focusWidget() is dialog.kind_combo  # the OTS is the first measure
    tab(qtbot, 3)  # for whom, by which body, then the organisation
    type_here(qtbot, "Jeugdbescherming Regio")
    tab(qtbot)
    type_here(qtbot, "01-03-2026")
    tab(qtbot)
    type_here(qtbot, "01-02-2026")
    _shot(dialog, "juridisch_dialog")
    _enter(qtbot)
    assert dialog.isVisible()
    assert "einddatum van de maatregel ligt vóór de begindatum" in dialog.error_label.text()
    _shot(dialog, "juridisch_dialog_fout")
    assert section.statuses == ()
    dialog.end_edit.selectAll()
    qtbot.keyClick(dialog.end_edit, Qt.Key.Key_Delete)
    _enter(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    section = _section(window.workspace.overview, JuridischSection)
    text = section.people.text()
    assert "OTS (ondertoezichtstelling)" in text and "Jeugdbescherming Regio" in text
    assert "kinderrechter" in text and "Stopt vanzelf als Jesse 18 wordt" in text
    assert "Wordt 18: maatregel stopt – OTS" in _chips(window.workspace.overview)
    _no_horizontal_scrollbar(window.workspace.overview)
    _shot(window, "juridisch_overzicht")

    [status] = section.statuses
    _press(qtbot, section.people.end_buttons[status.id])
    ending = _dialog(qtbot, section)
    ending.date_edit.selectAll()
    type_here(qtbot, "01-11-2026")
    _shot(ending, "juridisch_einde")
    _enter(qtbot)
    qtbot.waitUntil(lambda: not ending.isVisible())
    section = _section(window.workspace.overview, JuridischSection)
    assert section.statuses[0].einddatum is not None
    assert status.id not in section.people.end_buttons  # ended: greyed, no end button
    assert "maatregel stopt" not in _chips(window.workspace.overview)


def test_a_checklist_item_set_with_the_keyboard_lowers_the_open_count(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    overview = _overview(qtbot, window, JAYLEN)
    section = _section(overview, Checklist18Section)
    assert section.isVisible()
    assert "Nog open: 2 van 5" in section.note.text()
    assert "Sander Lindeboom" in section.items.text()
    _no_horizontal_scrollbar(overview)
    section.ensurePolished()
    overview.findChild(QScrollArea).ensureWidgetVisible(section)  # type: ignore[union-attr]
    _shot(window, "checklist18_overzicht")
    money = next(p for p in section.view.punten if p.item.sleutel == "financien")  # type: ignore[union-attr]
    row = next(i for i, p in enumerate(section.view.punten) if p is money)  # type: ignore[union-attr]
    _press(qtbot, list(section.items.edit_buttons.values())[row])
    dialog = _dialog(qtbot, section)
    assert QApplication.focusWidget() is dialog.state_combo
    qtbot.keyClick(dialog.state_combo, Qt.Key.Key_Down)  # open -> geregeld
    tab(qtbot)
    assert QApplication.focusWidget() is dialog.who_combo
    _shot(dialog, "checklist18_punt_dialog")
    _enter(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    section = _section(window.workspace.overview, Checklist18Section)
    qtbot.waitUntil(lambda: "Nog open: 1 van 5" in section.note.text())
    money = next(p for p in section.view.punten if p.item.sleutel == "financien")  # type: ignore[union-attr]
    assert money.staat is PuntStaat.GEREGELD and money.wie == "Sander Lindeboom"


def test_the_checklist_is_reachable_from_the_plan(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.resize(1366, 768)
    unlock(qtbot, window)
    page = open_plan(qtbot, window, JAYLEN)
    button = page.checklist18_button
    assert button.isVisible() and button.text() == "C&hecklist 18-/18+…"
    _shot(window, "plan_met_checklist18_knop")
    _press(qtbot, button)
    qtbot.waitUntil(lambda: isinstance(button.property("window"), Checklist18Window)
                    and button.property("window").isVisible())
    shown = button.property("window")
    assert "Nog open: 2 van 5" in shown.section.note.text()
    _shot(shown, "checklist18_venster")
    shown.reject()


def test_no_checklist_on_the_case_of_someone_past_eighteen_and_a_half(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    overview = _overview(qtbot, window, NADIA)
    assert not _section(overview, Checklist18Section).isVisible()


def test_a_municipality_file_that_does_not_fit_is_named_on_the_case(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from tafel.paths import data_dir

    data_dir().mkdir(parents=True, exist_ok=True)
    (data_dir() / "checklist-18.json").write_text('{"format": "tafel-checklist-18"',
                                                  encoding="utf-8")
    overview = _overview(qtbot, window, JAYLEN)
    section = _section(overview, Checklist18Section)
    assert "geen geldige JSON" in section.problem_label.text()
    assert "eigen checklist" in section.problem_label.text()
    assert "Nog open: 2 van 5" in section.note.text()  # tafel's own list, still usable
