"""A text removed at a person's request from the case page: found first, asked, then gone.

Driven on the demo with the keyboard: the young person's "Tekst verbeteren of verwijderen…"
opens the dialog, the preview says where the typed words are, the red button asks before it
removes them, and afterwards the plan no longer holds them while its header says a text was
removed on request. A text that is not there leaves the button off; a lock with the dialog
open closes it without a word of what was typed left on screen. With TAFEL_SHOTS set to a
folder, the dialog (found, done) and the plan's note are saved there as PNG.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from tafel.domain.plan_content import VersieStatus
from tafel.domain.tekstcorrectie import CorrectieGrond
from tafel.services import ChangeSet
from tafel.services.tekstcorrectie import Gecorrigeerd, Vindplaats, Vindplaatsen
from tafel.ui.casus.tekstcorrectie_dialog import TekstcorrectieDialog
from tafel.ui.controller import AppController
from tafel.ui.main_window import MainWindow
from tafel.ui.plan.editor_version_bar import PlanHeader
from tests.builders import plant_text
from tests.ui.drive import in_modal, open_case, press, unlock, wait_for_plan

YOUNG = "Jaylen Pinas"
CASE = "T-2026-0006"
MARK = "MRKWEG mijn vader drinkt te veel"


def _shot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("TAFEL_SHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def _open_dialog(qtbot, window: MainWindow) -> TekstcorrectieDialog:  # type: ignore[no-untyped-def]
    """Plant the marker in the plan, open the case and the dialog for the young person."""
    services = window.controller.services
    plant_text(services, services.casussen.resolve(CASE), MARK)
    open_case(qtbot, window, YOUNG)
    household = window.workspace.overview.household_section
    young = next(r for r in household.people.rows if r.title == YOUNG)
    button = household.people.correctie_buttons[young.id]
    assert button.text() == "Tekst verbete&ren of verwijderen…"
    assert window.workspace.overview.network_section.people.correctie_buttons  # there too
    press(qtbot, button)
    dialog = household.dialog
    assert isinstance(dialog, TekstcorrectieDialog)
    qtbot.waitUntil(lambda: dialog.isVisible() and QApplication.focusWidget() is not None
                    and dialog.isAncestorOf(QApplication.focusWidget()))
    assert YOUNG in dialog.windowTitle() and "verwijderen" in dialog.windowTitle()
    assert QApplication.focusWidget() is dialog.text_edit
    return dialog


def test_a_text_is_found_then_removed_and_the_plan_says_so(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    dialog = _open_dialog(qtbot, window)
    assert not dialog.confirm_button.isEnabled()
    qtbot.keyClicks(dialog.text_edit, MARK)
    qtbot.waitUntil(lambda: dialog.found_label.text().startswith("Gevonden in versie"))
    assert "(concept)" in dialog.found_label.text()
    assert dialog.confirm_button.isEnabled() and dialog.confirm_button.text() == "Verwijderen"
    assert dialog.confirm_button.property("role") == "danger"
    _shot(dialog, "correctie_dialoog_gevonden")

    asked: list[str] = []

    def answer(box: QMessageBox) -> None:
        asked.append(box.text())
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
        press(qtbot, box.button(QMessageBox.StandardButton.Yes))

    seen = in_modal(QMessageBox, answer)
    press(qtbot, dialog.confirm_button)
    qtbot.waitUntil(lambda: bool(seen) and dialog.result_label.isVisible())
    assert "niet ongedaan" in asked[0]
    result = dialog.result_label.text()
    assert result.startswith("<b>Verwijderd op 1 plaats.</b>") and "Back-ups" in result
    assert not dialog.confirm_button.isVisible() and not dialog.text_edit.isVisible()
    assert dialog.text_edit.toPlainText() == ""  # the words are gone from the screen too
    _shot(dialog, "correctie_dialoog_gedaan")
    services = window.controller.services
    view = services.plans.for_case(services.casussen.resolve(CASE))
    assert view is not None
    assert all(MARK not in v.content.text("welzijn.ik_doel") for v in view.versions)
    press(qtbot, dialog.close_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    window.activateWindow()  # offscreen, the window is not active again by itself
    press(qtbot, window.workspace.overview.plan.open_button)
    wait_for_plan(qtbot, window)
    page = window.workspace.plan_page
    assert page is not None
    note = page.header.corrections_label
    assert note.isVisible()
    assert "op verzoek van Jaylen Pinas een tekst verwijderd (AVG art. 17)" in note.text()
    assert "MRKWEG" not in note.text()
    _shot(window, "correctie_plan_notitie")


def test_a_text_that_is_not_there_leaves_the_button_off(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    dialog = _open_dialog(qtbot, window)
    qtbot.keyClicks(dialog.text_edit, "MRKNERGENS")
    qtbot.keyClicks(dialog.replace_edit, "iets anders")
    assert dialog.confirm_button.text() == "Verbeteren"
    qtbot.waitUntil(lambda: dialog.found_label.text().startswith("Deze tekst staat nergens"))
    assert not dialog.confirm_button.isEnabled()
    press(qtbot, dialog.confirm_button)  # a disabled button does nothing
    assert not dialog.result_label.isVisible()
    assert window.controller.services.tekstcorrectie.voor_casus(
        window.controller.services.casussen.resolve(CASE)) == ()


def test_a_lock_with_the_dialog_open_closes_it_and_keeps_nothing(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    dialog = _open_dialog(qtbot, window)
    qtbot.keyClicks(dialog.text_edit, MARK)  # the preview's timer is running now
    window.controller.lock()
    assert not window.controller.is_unlocked
    assert not dialog.isVisible()
    assert dialog.text_edit.toPlainText() == "" and dialog.found_label.text() == ""
    dialog.search()  # a late timer or click: nothing is asked of a locked vault
    assert not dialog.confirm_button.isEnabled()


def test_a_lock_while_the_question_is_open_changes_nothing(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    dialog = _open_dialog(qtbot, window)
    qtbot.keyClicks(dialog.text_edit, MARK)
    qtbot.waitUntil(dialog.confirm_button.isEnabled)
    seen = in_modal(QMessageBox, lambda _box: window.controller.lock())  # idle lock, say
    press(qtbot, dialog.confirm_button)
    qtbot.waitUntil(lambda: bool(seen))
    assert not window.controller.is_unlocked and not dialog.isVisible()
    assert dialog.gedaan is None and not dialog.result_label.isVisible()

    unlock(qtbot, window)
    services = window.controller.services
    case_id = services.casussen.resolve(CASE)
    assert services.tekstcorrectie.zoek(case_id, MARK).gevonden  # still there: not asked
    assert services.tekstcorrectie.voor_casus(case_id) == ()


def test_the_sentences_name_every_place_and_what_tafel_could_not_reach(
        qtbot, controller: AppController, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = TekstcorrectieDialog(controller, uuid.uuid4(), uuid.uuid4(), "Sam de Boer")
    qtbot.addWidget(dialog)
    found = Vindplaatsen((Vindplaats(1, VersieStatus.GETEKEND, 2),
                          Vindplaats(2, VersieStatus.CONCEPT, 1)), 1, 1, 0, 2)
    assert dialog.where(found) == (
        "Gevonden in versie 1 (getekend) en versie 2 (concept), in 1 vastgelegde tekst en "
        "1 afdruk. 2 bundels van een andere partij wachten hier nog; tafel kan die niet "
        "veranderen, en als ze later worden ingelezen, blijft de correctie staan.")
    assert dialog.where(Vindplaatsen(formulieren=2)) == \
        "Gevonden in 2 half ingevulde formulieren."
    done = Gecorrigeerd(uuid.uuid4(), CorrectieGrond.VERBETEREN, 6, (), 1,
                        (tmp_path / "kluis.tafel.voor-migratie-0018",), ChangeSet())
    lines = dialog.outcome(done).splitlines()
    assert lines[0] == "Verbeterd op 6 plaatsen."
    assert "Sam de Boer" in lines[1]
    assert "1 oude kopie van de kluis" in lines[2] and "1 bundel van een andere" in lines[3]
    assert lines[-1].startswith("Back-ups die je eerder hebt gemaakt")


def test_the_plan_header_names_the_newest_corrections_and_counts_the_rest(qtbot, app) -> None:  # type: ignore[no-untyped-def]
    header = PlanHeader("Jaylen Pinas")
    qtbot.addWidget(header)
    header.show_corrections([])
    assert header.corrections_label.isHidden()
    header.show_corrections(["Eerste.", "Tweede.", "Derde.", "Vierde."])
    assert not header.corrections_label.isHidden()
    assert header.corrections_label.text().splitlines() == [
        "Derde.", "Vierde.", "En 2 eerdere correcties."]
