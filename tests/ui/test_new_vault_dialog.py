"""The new-vault dialog: a live strength indication with the reason, and a suggestion button."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from tafel.ui.controller import AppController
from tafel.ui.dialogs.new_vault_dialog import NewVaultDialog
from tafel.vault import Vault


def _dialog(qtbot, controller: AppController, folder: Path) -> NewVaultDialog:  # type: ignore[no-untyped-def]
    dialog = NewVaultDialog(controller)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(folder / "casussen.tafel"))
    dialog.name_edit.setText("Fatima Amrani")
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_typing_a_weak_passphrase_shows_why(  # type: ignore[no-untyped-def]
    qtbot, controller: AppController, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, controller, tmp_path)
    qtbot.keyClicks(dialog.passphrase_edit, "Welkom2024!")
    qtbot.waitUntil(lambda: "veelgebruikt" in dialog.strength_label.text())
    assert dialog.strength_label.text().startswith("Te zwak.")
    assert dialog.strength_bar.value() < dialog.strength_bar.maximum()
    dialog.passphrase_edit.clear()
    qtbot.keyClicks(dialog.passphrase_edit, "tafel-demo-kluis")
    qtbot.waitUntil(lambda: "openbaar" in dialog.strength_label.text())
    qtbot.keyClicks(dialog.repeat_edit, "tafel-demo-kluis")
    dialog.accept()
    assert "openbaar" in dialog.strength_label.text()
    assert "Kies vier of vijf losse woorden" in dialog.strength_label.text()
    assert not (tmp_path / "casussen.tafel").exists()
    assert dialog.result() != NewVaultDialog.DialogCode.Accepted


def test_suggest_fills_in_a_visible_strong_passphrase(  # type: ignore[no-untyped-def]
    qtbot, controller: AppController, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, controller, tmp_path)
    assert dialog.suggest_button.text() == "Bedenk er een voor mij"
    qtbot.mouseClick(dialog.suggest_button, Qt.MouseButton.LeftButton)
    suggestion = dialog.passphrase_edit.text()
    assert len(suggestion.split("-")) == 4
    assert dialog.repeat_edit.text() == suggestion
    assert dialog.passphrase_edit.echoMode() == QLineEdit.EchoMode.Normal  # to write it down
    assert dialog.show_box.isChecked()
    qtbot.waitUntil(lambda: dialog.strength_label.text().startswith("Sterk genoeg"))
    assert dialog.strength_bar.value() == dialog.strength_bar.maximum()
    qtbot.mouseClick(dialog.suggest_button, Qt.MouseButton.LeftButton)
    assert dialog.passphrase_edit.text() != suggestion  # a new one each time
    dialog.show_box.setChecked(False)
    assert dialog.passphrase_edit.echoMode() == QLineEdit.EchoMode.Password
    chosen = dialog.passphrase_edit.text()
    dialog.accept()
    assert dialog.result() == NewVaultDialog.DialogCode.Accepted
    assert controller.is_unlocked
    controller.lock()
    Vault.open(tmp_path / "casussen.tafel", chosen).lock()
