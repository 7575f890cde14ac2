"""Signing with the keyboard only: Tab to the typed name, type it, Space to confirm, Enter.

For someone who cannot draw on the pad. The signature counts, is stored marked as typed and
has no strokes; what was drawn before the confirmation is wiped, never mixed in.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tafel.domain.plan_doc import SetText
from tafel.ui.controller import AppController
from tafel.ui.plan.sign_dialog import SignDialog
from tafel.views.plans import PlanVersieView, PlanView
from tests.builders import PASSPHRASE
from tests.ui.drive import draw, tab, type_here


@pytest.fixture
def unlocked(controller: AppController) -> AppController:
    controller.unlock(PASSPHRASE)
    return controller


def _plan(controller: AppController) -> tuple[PlanView, PlanVersieView]:
    services = controller.services
    casus_id = next(s.id for s in services.casussen.summaries() if s.jongere.startswith("Jesse"))
    view = services.plans.start(casus_id).view
    result = services.plans.edit(
        view.latest.id, SetText("perspectief", "Over een half jaar woon ik op mezelf."))
    version = result.view.version_by_id(result.version_id)
    assert version is not None
    return result.view, version


def _dialog(qtbot, controller: AppController) -> SignDialog:  # type: ignore[no-untyped-def]
    view, version = _plan(controller)
    dialog = SignDialog(controller, view, version)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.pad)
    return dialog


def test_signing_with_the_keyboard_only(qtbot, unlocked) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, unlocked)
    first = dialog.name_edit.text()
    assert first == "Jesse Verhoeckx"
    tab(qtbot)  # from the pad to the typed name
    assert QApplication.focusWidget() is dialog.typed_edit
    type_here(qtbot, "jesse  verhoeckx")  # the same name; case and spaces do not matter
    assert not dialog.sign_button.isEnabled()  # not confirmed yet
    tab(qtbot)
    assert QApplication.focusWidget() is dialog.confirm_box
    qtbot.keyClick(dialog.confirm_box, Qt.Key.Key_Space)
    assert dialog.confirm_box.isChecked() and dialog.sign_button.isEnabled()
    qtbot.keyClick(dialog.confirm_box, Qt.Key.Key_Return)  # the dialog's default: Sign
    assert dialog.signed_names == [first]
    signature = next(s for s in dialog.version.current_signatures if s.naam == first)
    assert signature.getypt and signature.lijnen == ()
    # the next person starts clean: nothing typed, nothing confirmed
    assert dialog.typed_edit.text() == "" and not dialog.confirm_box.isChecked()
    assert dialog.name_edit.text() != first


def test_a_typed_name_must_be_the_signers_and_replaces_the_drawing(qtbot, unlocked) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, unlocked)
    draw(qtbot, dialog.pad, [(0.1, 0.5), (0.5, 0.3), (0.9, 0.6)])
    dialog.typed_edit.setFocus()
    type_here(qtbot, "Iemand anders")
    qtbot.keyClick(dialog.confirm_box, Qt.Key.Key_Space)
    assert dialog.pad.is_empty() and dialog.pad.is_read_only()  # confirmed: the pad is off
    assert not dialog.sign_button.isEnabled()  # another name than the signer's
    assert not dialog.sign()
    dialog.typed_edit.setText(dialog.name_edit.text())
    assert dialog.sign_button.isEnabled()
    qtbot.keyClick(dialog.confirm_box, Qt.Key.Key_Space)  # unticked: back to drawing
    assert not dialog.pad.is_read_only() and not dialog.sign_button.isEnabled()


def test_the_plan_page_says_a_signature_was_typed(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    from tests.ui.drive import KEVIN, in_modal, open_plan, unlock

    unlock(qtbot, window)
    page = open_plan(qtbot, window, KEVIN)

    def sign_typed(dialog: SignDialog) -> None:
        dialog.typed_edit.setText(dialog.name_edit.text())
        dialog.confirm_box.setChecked(True)
        assert dialog.sign()
        dialog.close_button.click()

    seen = in_modal(SignDialog, sign_typed)
    qtbot.mouseClick(page.header.sign_button, Qt.MouseButton.LeftButton)
    assert seen
    shown = [label.text() for label in page.findChildren(QLabel)]
    assert any(text.startswith("Getypt en bevestigd op 23-11-2026") for text in shown), shown


def test_the_confirmation_reads_in_full(qtbot, unlocked) -> None:  # type: ignore[no-untyped-def]
    """Its sentence is what the signer agrees to: none of it may be cut off."""
    dialog = _dialog(qtbot, unlocked)
    box = dialog.confirm_box
    assert "handtekening" in box.text()  # the Dutch sentence
    assert box.width() >= box.sizeHint().width()
    assert box.geometry().right() <= box.parentWidget().rect().right()
