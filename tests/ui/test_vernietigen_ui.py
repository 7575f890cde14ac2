"""Destroying a closed case from its overview: why, the reference typed, then nothing left."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tafel.ui.casus.vernietig_dialog import VernietigDialog
from tafel.ui.main_window import MainWindow
from tests.ui.drive import in_modal, open_case, unlock, widget_texts


def test_a_closed_case_is_destroyed_after_its_reference_is_typed(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    services = window.controller.services
    kevin = next(s for s in services.casussen.summaries() if s.jongere.startswith("Kevin"))
    services.casussen.close(kevin.id)
    window.workspace.reload()
    window.workspace.case_list.status_filter.setCurrentIndex(1)  # every case, closed too
    open_case(qtbot, window, "Kevin")
    overview = window.workspace.overview
    assert overview.destroy_button.isVisible()
    overview.destroy_case()
    dialog = overview.destroy_dialog
    assert isinstance(dialog, VernietigDialog)
    assert not dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.confirm_edit, kevin.referentie)
    assert dialog.save_button.isEnabled()
    dialog.reason_combo.setEditText("Kevin vroeg het zelf")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "geen namen" in dialog.error_label.text()  # refused; nothing destroyed
    assert any(s.id == kevin.id for s in services.casussen.summaries())

    dialog.reason_combo.setCurrentIndex(1)  # a written request of the young person
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not any(s.id == kevin.id for s in services.casussen.summaries())
    assert window.workspace.detail.currentWidget() is window.workspace.empty_state
    assert not any("Zwanenburg" in t for t in widget_texts(window, shown_only=True))
    [record] = services.vernietiging.overzicht()
    assert record.referentie == kevin.referentie and "AVG" in record.reden


def test_the_retention_term_is_set_from_the_vault_menu(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog, QLabel

    unlock(qtbot, window)
    asked: list[tuple[str, int, int, int]] = []

    def answer(dialog: QInputDialog) -> None:
        asked.append((dialog.labelText(), dialog.intValue(), dialog.intMinimum(),
                      dialog.intMaximum()))
        label = dialog.findChild(QLabel)
        assert label is not None and label.wordWrap()  # one line was wider than 960x540
        dialog.setIntValue(15)
        dialog.accept()

    in_modal(QInputDialog, answer)
    assert window.bewaartermijn_action.isEnabled()
    window.bewaartermijn_action.trigger()
    assert asked and asked[0][1:] == (20, 1, 115)  # the Jeugdwet's 20 years until set
    assert "Jeugdwet" in asked[0][0]  # the question says jeugdhulp keeps at least 20
    assert window.controller.services.vernietiging.bewaartermijn() == 15
