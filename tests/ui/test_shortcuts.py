"""The keyboard habits of a desktop program, pressed on the real window.

Ctrl+F finds, Ctrl+P prints, Ctrl+O opens a vault, Ctrl+W closes the open page (through the
page's own Close, so nothing typed is lost), and Tab leaves the case table instead of walking
its cells (which changed the open case).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from tafel.ui.main_window import MainWindow
from tafel.ui.plan.print_preview import PrintPreviewDialog
from tests.builders import PASSPHRASE, meeting_case
from tests.ui.drive import (
    JESSE,
    KEVIN,
    begin_meeting,
    in_modal,
    open_case,
    open_plan,
    start_talk,
    unlock,
)

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _press(qtbot, window: MainWindow, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+key on whatever has the focus in the window, as a person presses it."""
    qtbot.keyClick(QApplication.focusWidget() or window, key, CTRL)


def test_ctrl_f_puts_the_cursor_in_the_case_search(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    open_case(qtbot, window, KEVIN)
    search = window.workspace.case_list.search_edit
    assert QApplication.focusWidget() is window.workspace.case_list.table
    _press(qtbot, window, Qt.Key.Key_F)
    assert QApplication.focusWidget() is search
    assert search.selectedText() == KEVIN  # typing replaces the last search
    qtbot.keyClicks(search, "Jesse")
    assert search.text() == "Jesse"


def test_tab_leaves_the_case_table_and_keeps_the_case(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    panel = window.workspace.case_list
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    case_id = window.workspace.overview.case_id
    assert case_id is not None
    qtbot.keyClick(panel.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not panel.table
    assert not panel.isAncestorOf(QApplication.focusWidget())  # on to the case view
    assert window.workspace.overview.case_id == case_id
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Backtab, SHIFT)
    assert QApplication.focusWidget() is panel.signal_filter  # back to the filter above
    assert window.workspace.overview.case_id == case_id


def test_ctrl_p_prints_the_open_plan(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    page = open_plan(qtbot, window, KEVIN)
    seen = in_modal(PrintPreviewDialog, lambda dialog: dialog.reject())
    _press(qtbot, window, Qt.Key.Key_P)
    assert seen and seen[0].version_id == page.shown_id
    assert window.workspace.plan_page is page  # still there after the preview


def test_ctrl_p_on_a_case_prints_its_plan_or_says_there_is_none(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    open_case(qtbot, window, KEVIN)
    view = window.controller.services.plans.for_case(window.workspace.overview.case_id)
    assert view is not None
    seen = in_modal(PrintPreviewDialog, lambda dialog: dialog.reject())
    _press(qtbot, window, Qt.Key.Key_P)
    assert seen and seen[0].version_id == view.latest.id
    window.activateWindow()  # (offscreen, the window is not active again by itself)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.workspace.case_list.search_edit.clear()
    open_case(qtbot, window, JESSE)
    _press(qtbot, window, Qt.Key.Key_P)
    assert "toekomstplan" in window.statusBar().currentMessage()
    assert QApplication.activeModalWidget() is None


def test_ctrl_o_opens_a_vault(qtbot, window, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert window.pages.currentWidget() is window.unlock_page

    def choose(dialog: QFileDialog) -> None:
        dialog.findChild(QLineEdit, "fileNameEdit").setText(str(vault_path))
        dialog.accept()

    seen = in_modal(QFileDialog, choose)
    _press(qtbot, window, Qt.Key.Key_O)
    assert seen
    assert window.controller.vault_path == vault_path
    assert window.pages.currentWidget() is window.unlock_page
    assert vault_path.name in window.windowTitle()


def test_ctrl_w_closes_the_plan_and_keeps_what_was_typed(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    page = open_plan(qtbot, window, KEVIN)
    case_id = page.case_id
    box = QApplication.focusWidget()
    qtbot.keyClicks(box, " Met Ctrl+W bewaard.")
    _press(qtbot, window, Qt.Key.Key_W)
    workspace = window.workspace
    assert workspace.plan_page is None and workspace.pages.currentWidget() is workspace.browse
    assert workspace.overview.case_id == case_id
    view = window.controller.services.plans.for_case(case_id)
    assert view is not None
    assert any("Met Ctrl+W bewaard." in text for text in view.latest.content.teksten.values())


def test_ctrl_w_closes_the_conversation_and_keeps_the_draft(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    open_case(qtbot, window, JESSE)
    page = start_talk(qtbot, window)
    case_id = page.lopend.casus_id
    _press(qtbot, window, Qt.Key.Key_W)
    workspace = window.workspace
    assert workspace.gesprek is None and workspace.pages.currentWidget() is workspace.browse
    assert workspace.overview.case_id == case_id
    assert window.controller.services.gesprekken.start(case_id, page.lopend.soort).lopend.id \
        == page.lopend.id  # the draft is still there to continue


def test_ctrl_w_takes_the_casus_overleg_off_the_screen(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    case = meeting_case(window.controller.services)
    window.workspace.reload()
    open_case(qtbot, window, "Noor")
    page = begin_meeting(window, case.case_id, ["Noor"])
    overleg_id = page.sessie.overleg_id
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    _press(qtbot, window, Qt.Key.Key_W)
    workspace = window.workspace
    assert workspace.overleg_page is None and workspace.pages.currentWidget() is workspace.browse
    assert workspace.overview.case_id == case.case_id
    lopend = window.controller.services.overleg.lopend(case.case_id)
    assert lopend is not None and lopend.id == overleg_id  # the meeting stays open


def test_the_keys_do_nothing_while_locked(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert window.pages.currentWidget() is window.unlock_page
    edit = window.unlock_page.ui.passphraseEdit
    edit.setFocus()
    for key in (Qt.Key.Key_F, Qt.Key.Key_P, Qt.Key.Key_W):
        qtbot.keyClick(edit, key, CTRL)
    assert QApplication.activeModalWidget() is None
    assert window.pages.currentWidget() is window.unlock_page
    unlock(qtbot, window, PASSPHRASE)
    assert window.controller.is_unlocked
