"""The keukentafelgesprek and the quick scan, driven from the keyboard like at the table."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tafel.domain.enums import GesprekSoort, Pijler
from tafel.ui.gesprek.pillar_step import PillarStep
from tafel.ui.gesprek.snelle_check_dialog import SnelleCheckDialog
from tafel.ui.main_window import MainWindow
from tests.builders import PASSPHRASE, pdf_text
from tests.ui.drive import next_step, open_case, score_pillar, start_talk, tab, type_here, unlock

KTG = GesprekSoort.KEUKENTAFELGESPREK


def test_a_whole_keukentafelgesprek_from_the_keyboard(qtbot, window: MainWindow, tmp_path) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    open_case(qtbot, window, "Thijs Doornbosch")
    page = start_talk(qtbot, window)
    services = window.controller.services
    assert page.current_index == 0
    start = page.steps[0]
    assert QApplication.focusWidget() is start.date_edit
    start.present_list.setFocus()
    start.present_list.setCurrentRow(0)
    qtbot.keyClick(start.present_list, Qt.Key.Key_Space)
    first_person = start.present_list.item(0).data(Qt.ItemDataRole.UserRole)
    assert page.content["aanwezig"] == [first_person]

    for pillar in Pijler:
        next_step(qtbot, page)
        step = page.steps[page.current_index]
        assert isinstance(step, PillarStep) and step.pillar.key is pillar
        score_pillar(qtbot, step, skip="justitie" if pillar is Pijler.WELZIJN else "")

    # leave one domain open on purpose: the last step must list it before finishing
    page.content["scores"]["tijdsbesteding"].update(professional=None, jongere=None)
    page.steps[4].load(page.content)
    next_step(qtbot, page)
    finish = page.finish_step
    assert page.current_index == len(page.steps) - 1
    open_texts = [finish.open_list.item(i).text() for i in range(finish.open_list.count())]
    assert any(text.startswith("Tijdsbesteding") for text in open_texts)
    assert not finish.finish_button.isEnabled()
    assert not any("Justitie" in text for text in open_texts)  # marked, so not open

    page.go_to_pillar(Pijler.SCHOOL_WERK)
    row = next(r for r in page.steps[4].rows if r.domain.key == "tijdsbesteding")
    row.professional.setFocus()
    type_here(qtbot, "2")
    tab(qtbot)
    type_here(qtbot, "2")
    next_step(qtbot, page)
    next_step(qtbot, page)
    assert QApplication.focusWidget() is finish.mark_picker
    type_here(qtbot, "7")
    assert finish.finish_button.isEnabled()
    finish.finish_button.setFocus()
    qtbot.keyClick(finish.finish_button, Qt.Key.Key_Space)

    assert window.workspace.gesprek is None
    case_id = window.workspace.overview.case_id
    [done] = services.gesprekken.history(case_id)
    assert done.rapportcijfer == 7
    assert done.aanwezig == (first_person,)
    assert done.pillar_notes(Pijler.WONEN).wat_gaat_goed == "Ik kan goed koken."
    scored = {s.domain: (s.professional, s.young, s.not_discussed) for s in done.scores}
    assert scored["huisvesting"] == (3, 4, False)
    assert scored["justitie"] == (None, None, True)
    assert scored["tijdsbesteding"] == (2, 2, False)
    assert done.volwassene_altijd_daar.value == "ja" and done.volwassene_wie == "Oma Ria"
    assert services.gesprekken.lopend_gesprek(case_id, KTG) is None
    assert window.workspace.overview.conversations.picture.isVisible()

    # the gespreksverslag for the household comes up at once, to print or save
    qtbot.waitUntil(lambda: window.workspace.verslag_dialog is not None)
    dialog = window.workspace.verslag_dialog
    qtbot.waitUntil(lambda: dialog.ready and bool(dialog.images), timeout=30_000)
    text = pdf_text(dialog.pdf)
    assert "Verslag van ons gesprek Thijs Doornbosch" in text
    assert "Wat goed gaat: Ik kan goed koken." in text
    assert "Wie kun je bellen?" in text
    saved = tmp_path / "verslag.pdf"
    dialog.save_to(saved)
    assert pdf_text(saved.read_bytes()) == text
    dialog.close()
    qtbot.waitUntil(lambda: window.workspace.verslag_dialog is None)
    overview = window.workspace.overview.conversations
    assert overview.verslag_button.isEnabled()  # and it can be shown again later
    qtbot.mouseClick(overview.verslag_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.workspace.verslag_dialog is not None)
    window.workspace.verslag_dialog.close()


def test_the_draft_survives_a_lock_and_continues_where_it_stopped(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    unlock(qtbot, window)
    open_case(qtbot, window, "Thijs Doornbosch")
    page = start_talk(qtbot, window)
    next_step(qtbot, page)
    next_step(qtbot, page)
    step = page.steps[2]
    type_here(qtbot, "Ik heb een bijbaan bij de bakker.")
    step.rows[0].professional.setFocus()
    type_here(qtbot, "2")
    # lock straight away, before the half-second autosave: nothing may be lost
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace is None and not window.controller.is_unlocked

    unlock(qtbot, window, PASSPHRASE)
    open_case(qtbot, window, "Thijs Doornbosch")
    assert "in progress" in window.workspace.overview.conversations.lopend_label.text() or \
        "bezig" in window.workspace.overview.conversations.lopend_label.text()
    page = start_talk(qtbot, window)
    assert page.current_index == 2
    again = page.steps[2]
    assert again.boxes["wat_gaat_goed"].toPlainText() == "Ik heb een bijbaan bij de bakker."
    assert again.rows[0].professional.value() == 2


def test_young_person_view_hides_notes_and_shows_plain_words(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    open_case(qtbot, window, "Thijs Doornbosch")
    page = start_talk(qtbot, window)
    next_step(qtbot, page)
    step = page.steps[1]
    row = step.rows[0]
    row.levels_button.click()
    professional_words = row.level_labels[0].text()
    assert step.note_box.isVisible()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert page.young_button.isChecked()
    assert not step.note_box.isVisible()
    assert row.level_labels[0].text() != professional_words
    assert row.domain.level(1).ik.split()[0] in row.level_labels[0].text()
    assert step.boxes["wat_gaat_goed"].font().pointSizeF() > 13


def test_quick_scan_from_the_keyboard(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    open_case(qtbot, window, "Thijs Doornbosch")
    overview = window.workspace.overview
    started = time.monotonic()

    def fill(dialog: SnelleCheckDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.young["wonen"])
        for score in "43324":  # the young person's five scores
            type_here(qtbot, score)
            tab(qtbot, 2)  # past the professional's picker to the next pillar
        dialog.professional["inkomen"].setFocus()
        type_here(qtbot, "2")
        qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        return dialog.result()

    monkeypatch.setattr(SnelleCheckDialog, "exec", fill)
    button = overview.conversations.quick_button
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert time.monotonic() - started < 120
    [scan] = window.controller.services.gesprekken.history(overview.case_id)
    assert scan.soort is GesprekSoort.SNELLE_CHECK
    assert [scan.pillar_score(p, "young") for p in Pijler] == [4.0, 3.0, 3.0, 2.0, 4.0]
    assert scan.pillar_score(Pijler.INKOMEN, "professional") == 2.0
