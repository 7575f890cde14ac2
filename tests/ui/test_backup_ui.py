"""Backups in the app: the calm reminder band, Kluis > Back-up maken, and the restore dialog.

The band appears when the last backup is more than a week old and never blocks; the restore
dialog shows the core's one Dutch sentence for a wrong passphrase and makes no vault, and
restores into a new file with the right one. Screenshots at 1366x768 go to /work/wt/shots.
"""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox

from tafel.ui.backup.backup_dialogs import TerugzetDialog, write_backup
from tafel.vault.crypto import kdf_path
from tests.builders import PASSPHRASE
from tests.ui.drive import in_modal, unlock

SHOTS = Path(os.environ.get("TAFEL_SHOTS", "/work/wt/shots"))


def _shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    if SHOTS.is_dir():
        widget.grab().save(str(SHOTS / name))


def test_the_band_reminds_when_the_last_backup_is_eight_days_old(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path: Path
) -> None:
    unlock(qtbot, window)
    band = window.workspace.backup_band
    assert not band.isVisible()
    box = write_backup(window.controller, window, tmp_path / "kluis.tafelbackup")
    assert box.icon() == QMessageBox.Icon.Information and "kluis.tafelbackup" in box.text()
    box.close()
    made = window.controller.services.backup.laatste()
    assert made is not None and (tmp_path / "kluis.tafelbackup").is_file()
    context = window.controller.services.context
    context.today = lambda: made.astimezone().date() + timedelta(days=7)
    band.refresh()
    assert not band.isVisible()
    context.today = lambda: made.astimezone().date() + timedelta(days=8)
    band.refresh()
    assert band.isVisible()
    assert band.label.text().startswith("Je laatste back-up is van ")
    assert "maak een nieuwe" in band.label.text()
    assert window.workspace.case_list.isEnabled()  # a reminder, never a block
    _shot(window, "backup_herinnering.png")


def test_a_backup_that_cannot_be_written_says_so_in_dutch(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path: Path
) -> None:
    unlock(qtbot, window)
    box = write_backup(window.controller, window, tmp_path / "weg" / "kluis.tafelbackup")
    assert box.icon() == QMessageBox.Icon.Warning and "map bestaat niet" in box.text()
    box.close()


def test_the_restore_dialog_refuses_a_wrong_passphrase_then_restores(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path: Path
) -> None:
    unlock(qtbot, window)
    backup = tmp_path / "kluis.tafelbackup"
    write_backup(window.controller, window, backup).close()
    dialog = TerugzetDialog(window.controller, window)
    qtbot.addWidget(dialog)
    dialog.resize(700, dialog.sizeHint().height())
    dialog.show()
    target = tmp_path / "terug.tafel"
    dialog.source_edit.setText(str(backup))
    dialog.target_edit.setText(str(target))
    dialog.passphrase_edit.setText("niet de goede wachtwoordzin")
    dialog.accept()
    assert dialog.isVisible() and dialog.restored is None
    assert "opent de back-up niet" in dialog.error_label.text()
    assert not target.exists() and not kdf_path(target).exists()
    for edit in (dialog.source_edit, dialog.target_edit, dialog.passphrase_edit):
        assert edit.height() >= edit.sizeHint().height()  # nothing squeezed by the sentence
    _shot(dialog, "backup_terugzetten.png")
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.accept()
    assert dialog.restored is not None and target.is_file()
    assert "alles" in dialog.summary().lower() or "Alles" in dialog.summary()


def test_the_bands_button_makes_a_backup_where_the_user_chooses(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path: Path
) -> None:
    unlock(qtbot, window)
    assert window.backup_action.isEnabled() and window.restore_action.isEnabled()
    target = tmp_path / "stick.tafelbackup"

    def choose(dialog) -> None:  # type: ignore[no-untyped-def]
        _shot(dialog, "backup_kiezen.png")
        assert dialog.findChild(QLineEdit, "fileNameEdit").text().endswith(".tafelbackup")
        dialog.findChild(QLineEdit, "fileNameEdit").setText(str(target))
        dialog.accept()

    seen = in_modal(QFileDialog, choose)
    window.workspace.backup_band.button.click()
    assert seen and target.is_file()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert "stick.tafelbackup" in box.text()
    box.close()
    window.controller.lock()
    assert not window.backup_action.isEnabled() and window.restore_action.isEnabled()
