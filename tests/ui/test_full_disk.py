"""A full disk while typing: one calm Dutch sentence, nothing typed lost, saved once there is room.

Two real ways to fill the disk (tests/faults.py): a small tmpfs filled with a file until the
kernel says ENOSPC, and SQLite's page cap on the vault's engine. In both the savers must keep
everything typed (the widgets and the saver), show the sentence, keep the page open, and save
it all when there is room again: by their retry timer, on the next key, or at the lock.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from tafel.domain.enums import GesprekSoort
from tafel.services import Services
from tafel.settings import Settings
from tafel.ui.autosave import RETRY_MS
from tafel.ui.controller import AppController
from tafel.ui.gesprek.gesprek_page import GesprekPage
from tafel.ui.gesprek.snelle_check_dialog import SnelleCheckDialog
from tafel.ui.main_window import MainWindow
from tafel.ui.plan.plan_page import PlanPage
from tafel.vault import Vault
from tests.builders import CHEAP, PASSPHRASE, TODAY, copy_vault
from tests.faults import PageCap, SmallDisk, small_disk
from tests.ui.drive import JESSE, open_case, open_plan, start_talk, stored, unlock

THIJS = "Thijs Doornbosch"
FULL = "De schijf is vol."
SENTENCES = ("Ik wil op mezelf wonen. ", "Met een kamer dicht bij school. ",
             "En een baan in de keuken. ", "Mijn tante helpt mij daarbij. ")


def type_until_blocked(qtbot, box: QPlainTextEdit, banner: QWidget, flush) -> str:  # type: ignore[no-untyped-def]
    """Type sentence after sentence (saving each) until the disk is full; what was typed."""
    typed = ""
    for number in range(400):
        sentence = SENTENCES[number % len(SENTENCES)]
        qtbot.keyClicks(box, sentence)
        typed += sentence
        if not flush():
            break
    assert banner.isVisible(), "the disk never filled up"
    return typed


def engine_of(window: MainWindow):  # type: ignore[no-untyped-def]
    """The open vault's engine (to cap its pages)."""
    return window.controller.services.context.vault.engine


def draft_text(window: MainWindow, step: str = "wonen") -> str:
    """The keukentafelgesprek's "wat gaat goed" of one pillar as the vault holds it."""
    services = window.controller.services
    case_id = window.workspace.gesprek.case_id
    lopend = services.gesprekken.lopend_gesprek(case_id, GesprekSoort.KEUKENTAFELGESPREK)
    return lopend.content["pijlers"][step]["wat_gaat_goed"]


# -- the page cap: SQLITE_FULL without mounting -------------------------------------------


def test_plan_on_a_full_disk_keeps_the_text_and_saves_it_when_there_is_room(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    unlock(qtbot, window)
    page = open_plan(qtbot, window, JESSE)
    box = page.perspective.parts["perspectief"].box
    cap = PageCap(engine_of(window))
    cap.cap()
    typed = type_until_blocked(qtbot, box, page.unsaved, page.flush)
    assert FULL in page.unsaved.text() and "opgeslagen" in page.unsaved.text()
    assert not page.message.isVisible()  # calm: no red error line for a full disk
    assert page.saver.is_dirty and page.saver.is_blocked

    qtbot.keyClicks(box, "Nog meer.")  # typing goes on while the disk is full
    assert not page.flush()
    assert box.toPlainText() == typed + "Nog meer."
    # a choice made now waits with the text; the page cannot be left with unsaved text
    page.show_section(page.pillars[0])
    picker = page.pillars[0].pickers["huisvesting"]
    picker.setFocus()
    qtbot.keyClicks(picker, "4")
    page.close_page()
    assert window.workspace.plan_page is page and page.unsaved.isVisible()

    cap.lift()  # room again: the retry timer saves it all, no key needed
    qtbot.waitUntil(lambda: not page.unsaved.isVisible(), timeout=RETRY_MS + 3000)
    assert not page.saver.is_dirty
    content = stored(window, page).content
    assert content.text("perspectief") == typed + "Nog meer."
    assert content.doelscores.get("wonen.huisvesting") == 4


def test_intake_on_a_full_disk_keeps_the_text_and_saves_on_the_next_key(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    unlock(qtbot, window)
    open_case(qtbot, window, THIJS)
    page = start_talk(qtbot, window)
    page.go(1)
    box = page.steps[1].boxes["wat_gaat_goed"]
    cap = PageCap(engine_of(window))
    cap.cap()
    typed = type_until_blocked(qtbot, box, page.unsaved, page.flush)
    assert FULL in page.unsaved.text()
    page.close_page()  # stays: leaving would lose what is not saved
    assert window.workspace.gesprek is page

    cap.lift()
    qtbot.keyClicks(box, "!")  # the next key tries again (within the autosave's wait)
    qtbot.waitUntil(lambda: not page.unsaved.isVisible(), timeout=3000)
    assert not page.saver.is_dirty
    assert draft_text(window) == typed + "!"
    assert "Bewaard" in page.saved_label.text()


def test_the_lock_tries_once_more_and_saves_what_waited(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    page = open_plan(qtbot, window, JESSE)
    case_id = page.case_id
    box = page.perspective.parts["perspectief"].box
    cap = PageCap(engine_of(window))
    cap.cap()
    typed = type_until_blocked(qtbot, box, page.unsaved, page.flush)
    cap.lift()  # room again, and the consulent locks before the retry came round
    window.controller.lock()
    unlock(qtbot, window, PASSPHRASE)
    view = window.controller.services.plans.for_case(case_id)
    assert view.latest.content.text("perspectief") == typed


def test_quick_scan_on_a_full_disk_stays_open_with_its_note(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    open_case(qtbot, window, THIJS)
    overview = window.controller.services.casussen.open(window.workspace.overview.case_id)
    dialog = SnelleCheckDialog(window.controller, overview, window)
    qtbot.addWidget(dialog)
    dialog.show()
    cap = PageCap(engine_of(window))
    cap.cap()
    note = ""
    for _ in range(400):
        qtbot.keyClicks(dialog.note_edit, "Volgende week bellen. ")
        note += "Volgende week bellen. "
        if not dialog.flush():
            break
    assert dialog.unsaved.isVisible() and FULL in dialog.unsaved.text()
    dialog.reject()  # "later": stays open, the note is not saved yet
    assert dialog.isVisible() and dialog.note_edit.text() == note
    cap.lift()
    assert dialog.flush() and not dialog.unsaved.isVisible()
    lopend = window.controller.services.gesprekken.lopend_gesprek(overview.casus.id,
                                                              GesprekSoort.SNELLE_CHECK)
    assert lopend is not None and lopend.content["samenvatting"] == note


# -- a real full disk: a small tmpfs filled up --------------------------------------------


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[SmallDisk]:
    """A 4 MiB tmpfs, unmounted after the test."""
    with small_disk(tmp_path / "schijf", 4096) as mounted:
        yield mounted


@pytest.fixture
def disk_window(qtbot, app, disk: SmallDisk, demo_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The main window on a copy of the demo vault that lives on the small disk."""
    vault_path = copy_vault(demo_path, disk.path / "kluis")
    controller = AppController(Settings(last_vault=str(vault_path)), "Fatima Amrani", CHEAP,
                               today=lambda: TODAY)
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    yield window
    controller.lock()  # before the disk is unmounted


def reopened(window: MainWindow, read: Callable[[Services], object]) -> object:
    """Lock, open the vault again from its file, check it is whole, and ``read`` from it."""
    window.controller.lock()
    vault = Vault.open(window.controller.vault_path, PASSPHRASE)
    try:
        assert vault.integrity_errors() == []  # nothing half-written
        return read(Services(vault, "Fatima Amrani", today=lambda: TODAY))
    finally:
        vault.lock()


def test_plan_on_a_really_full_disk(qtbot, disk: SmallDisk, disk_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = disk_window
    unlock(qtbot, window)
    page: PlanPage = open_plan(qtbot, window, JESSE)
    box = page.perspective.parts["perspectief"].box
    qtbot.keyClicks(box, "Eerst dit. ")
    assert page.flush()
    disk.fill()
    assert disk.free_bytes() < 64 * 1024
    typed = "Eerst dit. " + type_until_blocked(qtbot, box, page.unsaved, page.flush)
    assert FULL in page.unsaved.text() and not page.message.isVisible()
    qtbot.keyClicks(box, "Nog meer.")
    assert box.toPlainText() == typed + "Nog meer."

    disk.free()
    qtbot.waitUntil(lambda: not page.unsaved.isVisible(), timeout=RETRY_MS + 3000)
    assert stored(window, page).content.text("perspectief") == typed + "Nog meer."
    case_id = page.case_id
    assert reopened(window, lambda services: services.plans.for_case(case_id)
                    .latest.content.text("perspectief")) == typed + "Nog meer."


def test_intake_on_a_really_full_disk(qtbot, disk: SmallDisk, disk_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = disk_window
    unlock(qtbot, window)
    open_case(qtbot, window, THIJS)
    page: GesprekPage = start_talk(qtbot, window)
    page.go(1)
    box = page.steps[1].boxes["wat_gaat_goed"]
    disk.fill()
    typed = type_until_blocked(qtbot, box, page.unsaved, page.flush)
    assert FULL in page.unsaved.text()
    qtbot.keyClicks(box, "Verder.")
    assert box.toPlainText() == typed + "Verder."

    disk.free()
    qtbot.waitUntil(lambda: not page.unsaved.isVisible(), timeout=RETRY_MS + 3000)
    assert draft_text(window) == typed + "Verder."
    case_id = page.case_id
    assert reopened(window, lambda services: services.gesprekken.lopend_gesprek(
        case_id, GesprekSoort.KEUKENTAFELGESPREK).content["pijlers"]["wonen"]["wat_gaat_goed"]
    ) == typed + "Verder."


def test_ctrl_l_with_text_that_cannot_be_saved_asks_first(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    unlock(qtbot, window)
    page = open_plan(qtbot, window, JESSE)
    box = page.perspective.parts["perspectief"].box
    PageCap(engine_of(window)).cap()
    typed = type_until_blocked(qtbot, box, page.unsaved, page.flush)
    asked: list[str] = []

    def answer(role: QMessageBox.ButtonRole) -> None:
        question = next(w for w in QApplication.topLevelWidgets()
                        if isinstance(w, QMessageBox) and w.isVisible())
        asked.append(question.text())
        next(b for b in question.buttons() if question.buttonRole(b) == role).click()

    QTimer.singleShot(0, lambda: answer(QMessageBox.ButtonRole.RejectRole))
    window.request_lock()
    assert asked and "schijf is vol" in asked[0]
    assert window.controller.is_unlocked  # nothing lost: the text is still on screen
    assert box.toPlainText().endswith(typed.rstrip()) or typed.strip() in box.toPlainText()

    QTimer.singleShot(0, lambda: answer(QMessageBox.ButtonRole.DestructiveRole))
    window.request_lock()
    assert not window.controller.is_unlocked
