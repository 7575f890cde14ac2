"""The lock works whatever is open, keeps what a form held, and a damaged vault stays shut.

Before, Ctrl+L did nothing while a dialog was open (case data stayed on screen), the idle lock
threw away a half-filled new-case form, and a damaged vault could open without a word or
stay unlocked behind the unlock page.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tafel.settings import Settings
from tafel.ui.controller import AppController
from tafel.ui.dialogs.nieuwe_casus_dialog import NieuweCasusDialog
from tafel.ui.main_window import MainWindow
from tests.builders import CHEAP, PASSPHRASE, TODAY
from tests.ui.drive import wait_for_unlock


def unlock(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.unlock_page.ui.passphraseEdit.setText(PASSPHRASE)
    window.unlock_page.try_unlock()
    wait_for_unlock(qtbot, window)
    assert window.controller.is_unlocked


def open_new_case_form(window: MainWindow) -> NieuweCasusDialog:
    dialog = NieuweCasusDialog(window.controller, window)
    dialog.open()  # window-modal, as exec() shows it
    dialog.ui.firstNameEdit.setFocus()
    QTest.keyClicks(dialog.ui.firstNameEdit, "Sanne")
    QTest.keyClicks(dialog.ui.lastNameEdit, "Brouwerij")
    dialog.ui.reasonEdit.setPlainText("Schulden en een kamer die ze moet verlaten.")
    return dialog


def offered_form() -> NieuweCasusDialog | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, NieuweCasusDialog) and widget.isVisible():
            return widget
    return None


def test_ctrl_l_locks_while_a_dialog_is_open_and_the_form_comes_back(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    dialog = open_new_case_form(window)
    qtbot.waitExposed(dialog)
    QTest.keyClick(dialog.ui.firstNameEdit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not window.controller.is_unlocked
    assert not dialog.isVisible()
    assert dialog.ui.firstNameEdit.text() != "SanneL"  # the key locked; it typed nothing

    unlock(qtbot, window)
    qtbot.waitUntil(lambda: offered_form() is not None)
    again = offered_form()
    assert again is not None and again is not dialog
    assert again.ui.firstNameEdit.text() == "Sanne"
    assert again.ui.lastNameEdit.text() == "Brouwerij"
    assert again.ui.reasonEdit.toPlainText().startswith("Schulden")
    assert "op slot" in again.ui.errorLabel.text()  # says why it is back
    again.reject()
    assert window.controller.services.forms.take_all().forms == []  # offered once, then gone


def test_the_idle_lock_keeps_a_half_filled_form(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    dialog = open_new_case_form(window)
    window.idle.set_minutes(0.001)  # 60 ms without input
    qtbot.waitUntil(lambda: not window.controller.is_unlocked, timeout=5000)
    assert not dialog.isVisible()
    window.idle.set_minutes(5)
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: offered_form() is not None)
    again = offered_form()
    assert again is not None and again.ui.lastNameEdit.text() == "Brouwerij"
    again.reject()


def test_an_empty_form_is_not_kept(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    dialog = NieuweCasusDialog(window.controller, window)
    dialog.open()
    window.lock_action.trigger()
    unlock(qtbot, window)
    QApplication.processEvents()
    assert offered_form() is None


def test_a_damaged_vault_says_so_and_stays_locked(qtbot, app, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = bytearray(demo_path.read_bytes())
    data[5000] ^= 0x5A  # page 2: the key is right, the data is not
    demo_path.write_bytes(bytes(data))
    controller = AppController(Settings(last_vault=str(demo_path)), "Fatima Amrani", CHEAP,
                               today=lambda: TODAY)
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    window.unlock_page.ui.passphraseEdit.setText(PASSPHRASE)
    window.unlock_page.try_unlock()
    wait_for_unlock(qtbot, window)
    assert not controller.is_unlocked
    assert window.workspace is None
    assert window.pages.currentWidget() is window.unlock_page
    message = window.unlock_page.ui.errorLabel.text()
    assert "beschadigd" in message and "reservekopie" in message
    assert "wachtwoordzin" not in message
    assert controller._vault is None  # no key kept for a vault that did not open


def test_a_signature_under_way_is_offered_again_after_the_lock(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from tafel.ui.plan.sign_dialog import SOMEONE_ELSE, SignDialog

    unlock(qtbot, window)
    workspace = window.workspace
    case_id = next(s.id for s in window.controller.services.casussen.summaries()
                   if s.jongere.startswith("Dylan"))
    workspace.open_plan(case_id)
    page = workspace.plan_page
    dialog = SignDialog(window.controller, page.view, page.version, page)
    dialog.open()
    dialog.select_person(SOMEONE_ELSE)
    QTest.keyClicks(dialog.name_edit, "Mirjam Bakhuis")
    QTest.keyClicks(dialog.role_edit, "buurvrouw")
    QTest.keyClick(dialog.name_edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not window.controller.is_unlocked

    unlock(qtbot, window)

    def offered() -> SignDialog | None:
        return next((w for w in QApplication.topLevelWidgets()
                     if isinstance(w, SignDialog) and w.isVisible()), None)

    qtbot.waitUntil(lambda: offered() is not None)
    again = offered()
    assert again is not None
    assert again.name_edit.text() == "Mirjam Bakhuis"
    assert again.role_edit.text() == "buurvrouw"
    assert again.pad.is_empty()  # the signature itself is drawn again, deliberately
    assert again.error_label.isVisible()
    again.reject()
