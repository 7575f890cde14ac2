"""Kluis > Instellingen (Ctrl+,): idle minutes, my details, the backup reminder, the folders.

What is saved lands in the settings file and takes effect at once: the idle lock's interval,
the backup band above the case list, the folder file dialogs start in. My details go through
the audited service, as Kluis > Mijn gegevens does. Screenshot at 1366x768 to /work/wt/shots.
"""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt

from tafel.settings import Settings
from tafel.ui.file_dialogs import starting_place
from tafel.ui.start_folders import set_start_folders
from tests.ui.drive import unlock

SHOTS = Path(os.environ.get("TAFEL_SHOTS", "/work/wt/shots"))


def _open_settings(qtbot, window):  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.help_actions.settings_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def _save(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.saved):
        dialog.accept()


def test_ctrl_comma_changes_the_idle_minutes_and_they_are_saved(  # type: ignore[no-untyped-def]
    qtbot, window
) -> None:
    dialog = _open_settings(qtbot, window)  # while locked: my details need the vault
    assert dialog.windowTitle() == "Instellingen"
    assert not dialog.fields.name_edit.isEnabled()
    assert dialog.idle_spin.value() == 5
    dialog.idle_spin.selectAll()
    qtbot.keyClicks(dialog.idle_spin, "12")
    _save(qtbot, dialog)
    assert window.controller.settings.idle_minutes == 12
    assert window.idle.interval_ms() == 12 * 60_000
    assert Settings.load().idle_minutes == 12


def test_the_backup_reminder_follows_the_settings(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    window.controller.services.context.today = lambda: date.today() + timedelta(days=20)
    band = window.workspace.backup_band
    band.refresh()
    assert band.isVisible()  # the default: a week
    dialog = _open_settings(qtbot, window)
    assert dialog.remind_check.isChecked() and dialog.remind_spin.value() == 7
    dialog.remind_spin.setValue(30)
    _save(qtbot, dialog)
    assert not band.isVisible()
    assert Settings.load().backup_reminder_days == 30
    dialog = _open_settings(qtbot, window)
    dialog.remind_spin.setValue(10)
    _save(qtbot, dialog)
    assert band.isVisible()
    dialog = _open_settings(qtbot, window)
    qtbot.mouseClick(dialog.remind_check, Qt.MouseButton.LeftButton)
    assert not dialog.remind_spin.isEnabled()
    _save(qtbot, dialog)
    assert not band.isVisible()
    assert Settings.load().backup_reminder_days == 0


def test_my_details_change_through_the_settings(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    dialog = _open_settings(qtbot, window)
    assert dialog.fields.name_edit.isEnabled()
    assert dialog.fields.name_edit.text() == "Fatima Amrani"
    dialog.fields.role_edit.setText("casusregisseur")
    if SHOTS.is_dir():
        dialog.grab().save(str(SHOTS / "i15_help_settings_test.png"))
    _save(qtbot, dialog)
    me = window.controller.services.medewerker.mijn_gegevens()
    assert me is not None and me.rol == "casusregisseur"


def test_exports_start_in_the_chosen_folder_and_a_missing_one_is_refused(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path: Path
) -> None:
    dialog = _open_settings(qtbot, window)
    dialog.export_edit.setText(str(tmp_path / "bestaat-niet"))
    dialog.accept()
    assert dialog.isVisible() and "bestaat niet" in dialog.error_label.text()
    dialog.export_edit.setText(str(tmp_path))
    _save(qtbot, dialog)
    assert Settings.load().export_folder == str(tmp_path)
    try:
        start = starting_place("kengetallen.csv")
        assert start == str(tmp_path / "kengetallen.csv")
        assert starting_place(str(Path.home() / "plan.pdf")) == str(tmp_path / "plan.pdf")
        assert starting_place("/ergens/anders/plan.pdf") == "/ergens/anders/plan.pdf"
        assert starting_place("kluis.tafelbackup", "backup") == "kluis.tafelbackup"  # not set
        usb = tmp_path / "usb"
        usb.mkdir()
        set_start_folders(str(tmp_path), str(usb))
        home_backup = str(Path.home() / "kluis.tafelbackup")
        assert starting_place(home_backup, "backup") == str(usb / "kluis.tafelbackup")
        usb.rmdir()  # the stick is out: the usual place again
        assert starting_place(home_backup, "backup") == home_backup
    finally:
        set_start_folders("", "")
