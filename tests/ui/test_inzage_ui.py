"""Inzage from the case page: each person's "Inzage…" writes both files where the user chose.

Driven with the keyboard on the demo: the button opens the dialog, nothing can be written
before a folder is chosen, and afterwards the dialog names the folder and both files, which
hold that person (and not another member). With TAFEL_SHOTS set to a folder, the case page
and the dialog are saved there as PNG at 1366x768, to look at.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QScrollArea, QWidget

from tafel.ui.casus import inzage_dialog
from tafel.ui.casus.inzage_dialog import InzageDialog
from tafel.ui.main_window import MainWindow
from tests.ui.drive import open_case, unlock

YOUNG = "Jaylen Pinas"


def _shot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("TAFEL_SHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def _press(qtbot, button: QPushButton) -> None:  # type: ignore[no-untyped-def]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def test_inzage_for_a_household_member_writes_both_files_where_chosen(  # type: ignore[no-untyped-def]
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    window.resize(1366, 768)
    unlock(qtbot, window)
    open_case(qtbot, window, YOUNG)
    overview = window.workspace.overview
    household = overview.household_section
    mother = next(r for r in household.people.rows if r.title.startswith("Gwendolyn"))
    button = household.people.inzage_buttons[mother.id]
    assert button.text() == "&Inzage…"
    assert overview.network_section.people.inzage_buttons  # the network has it too
    qtbot.waitUntil(lambda: button.isVisible() and button.height() >= button.sizeHint().height())
    scroll = overview.findChild(QScrollArea)
    if scroll is not None:
        qtbot.waitUntil(lambda: scroll.widget().height() >= scroll.widget().sizeHint().height())
        scroll.verticalScrollBar().setValue(household.mapTo(scroll.widget(), QPoint()).y())
    _shot(window, "inzage_case_page")

    _press(qtbot, button)
    dialog = household.dialog
    assert isinstance(dialog, InzageDialog)
    qtbot.waitUntil(lambda: dialog.isVisible() and QApplication.focusWidget() is not None
                    and dialog.isAncestorOf(QApplication.focusWidget()))
    assert QApplication.focusWidget() is dialog.choose_button  # the first thing to do
    assert not dialog.write_button.isEnabled()  # nothing is written anywhere by itself
    _shot(dialog, "inzage_dialog_choose")

    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(inzage_dialog, "choose_folder", lambda *_: usb)
    _press(qtbot, dialog.choose_button)
    assert dialog.folder_edit.text() == str(usb)
    _press(qtbot, dialog.write_button)
    qtbot.waitUntil(dialog.result_label.isVisible)
    files = sorted(usb.iterdir())
    assert [f.suffix for f in files] == [".json", ".pdf"]
    text = dialog.result_label.text()
    assert str(usb) in text and all(f.name in text for f in files)
    data = json.loads(files[0].read_text("utf-8"))
    assert data["persoon"]["id"] == str(mother.id)
    assert data["persoon"]["naam"] == mother.title
    assert QApplication.focusWidget() is dialog.close_button
    _shot(dialog, "inzage_dialog_done")
