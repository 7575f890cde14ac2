"""The app as a consulent uses it: unlock, search, filter, open a case, lock."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tafel.domain.enums import CasusStatus
from tafel.ui.controller import AppController
from tafel.ui.main_window import MainWindow
from tafel.ui.models.casus_list_model import SignalFilter, StatusFilter
from tests.ui.drive import unlock


def test_opens_on_the_unlock_page_in_dutch(window: MainWindow) -> None:
    assert window.pages.currentWidget() is window.unlock_page
    assert window.unlock_page.ui.titleLabel.text() == "De kluis is vergrendeld"
    assert window.unlock_page.ui.unlockButton.text() == "&Ontgrendelen"


def test_wrong_passphrase_shows_one_sentence_and_stays_locked(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window, "helemaal verkeerd")
    error = window.unlock_page.ui.errorLabel
    assert error.isVisible()
    assert error.text().startswith("Deze wachtwoordzin opent de kluis niet")
    assert not window.controller.is_unlocked
    assert window.workspace is None


def test_unlock_shows_the_case_list(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    assert window.workspace is not None
    assert window.pages.currentWidget() is window.workspace
    model = window.workspace.case_list.model
    assert model.rowCount() == 7  # every demo case, waakvlam included among the open ones
    assert window.workspace.case_list.count_label.text() == "7 van 7 casussen getoond"


def test_search_as_you_type_and_filters(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    panel = window.workspace.case_list
    qtbot.keyClicks(panel.search_edit, "verh")
    assert [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())] == [
        "Jesse Verhoeckx"
    ]
    panel.search_edit.clear()
    panel.status_filter.setCurrentIndex(panel.status_filter.findData(CasusStatus.WAAKVLAM.value))
    assert panel.model.rowCount() == 1
    panel.status_filter.setCurrentIndex(panel.status_filter.findData(StatusFilter.ALL))
    panel.signal_filter.setCurrentIndex(panel.signal_filter.findData(SignalFilter.AGE))
    rows = [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())]
    assert "Jesse Verhoeckx" in rows and "Kevin Zwanenburg" not in rows
    panel.signal_filter.setCurrentIndex(panel.signal_filter.findData(SignalFilter.NONE))
    assert [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())] == [
        "Romy Hoogeveen-Smit"
    ]


def test_open_a_case_shows_its_overview(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    panel = window.workspace.case_list
    qtbot.keyClicks(panel.search_edit, "Verhoeckx")
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    overview = window.workspace.overview
    assert window.workspace.detail.currentWidget() is overview
    assert overview.name_label.text() == "Jesse Verhoeckx, 17 jaar"
    assert overview.status_label.text() == "Intake"
    chips = overview.signals_box.findChildren(type(overview.name_label))
    texts = [chip.text() for chip in chips]
    assert any("Wordt binnen een half jaar 18, nog geen toekomstplan" in t for t in texts)
    assert any("Evaluatie na het casus-overleg is voorbij" in t for t in texts)
    assert "Ruud Verhoeckx" in overview.network_section.people.text()
    assert "Ouder" in overview.household_section.people.text()


def test_close_and_reopen_a_case_from_the_overview(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    panel = window.workspace.case_list
    qtbot.keyClicks(panel.search_edit, "Koerhuis")
    panel.select_case(panel.model.case_id_at(0))
    overview = window.workspace.overview
    monkeypatch.setattr(overview, "confirm", lambda _question: True)
    qtbot.mouseClick(overview.close_button, Qt.MouseButton.LeftButton)
    assert overview.status_label.text() == "Afgesloten"
    assert overview.reopen_button.isVisibleTo(overview)
    assert panel.model.rowCount() == 0  # closed cases leave the "open cases" list
    qtbot.mouseClick(overview.reopen_button, Qt.MouseButton.LeftButton)
    assert overview.status_label.text() == "Plan"
    assert panel.model.rowCount() == 1


def test_ctrl_l_locks_and_clears_every_view(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    workspace = window.workspace
    workspace.case_list.select_case(workspace.case_list.model.case_id_at(0))
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not window.controller.is_unlocked
    assert window.workspace is None
    assert window.pages.currentWidget() is window.unlock_page
    assert workspace.case_list.model.rowCount() == 0
    assert workspace.overview.case_id is None
    assert window.unlock_page.ui.passphraseEdit.text() == ""


def test_auto_lock_after_idle_time(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert not window.idle.is_watching()  # locked: nothing to protect, input not watched
    unlock(qtbot, window)
    assert window.idle.is_watching()
    assert window.idle.interval_ms() == 5 * 60_000  # the default: five minutes
    window.idle.set_minutes(0.002)  # about a tenth of a second
    qtbot.waitUntil(lambda: not window.controller.is_unlocked, timeout=5000)
    assert not window.idle.is_watching()
    assert window.workspace is None
    assert window.pages.currentWidget() is window.unlock_page


def test_register_a_new_case_from_the_keyboard(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from tafel.ui.dialogs.nieuwe_casus_dialog import NieuweCasusDialog

    unlock(qtbot, window)

    def fill_and_save(dialog: NieuweCasusDialog) -> int:
        qtbot.keyClicks(dialog.ui.firstNameEdit, "Lotte")
        qtbot.keyClicks(dialog.ui.lastNameEdit, "Vermeulen")
        assert dialog.ui.householdEdit.text() == "Huishouden Vermeulen"
        qtbot.keyClicks(dialog.ui.bsnEdit, "123456789")
        dialog.accept()
        assert dialog.ui.errorLabel.isVisibleTo(dialog)
        assert "elfproef" in dialog.ui.errorLabel.text()
        dialog.ui.bsnEdit.clear()
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(NieuweCasusDialog, "exec", fill_and_save)
    window.new_case_action.trigger()
    overview = window.workspace.overview
    assert overview.name_label.text().startswith("Lotte Vermeulen")
    assert window.workspace.case_list.model.total_count() == 8


def test_first_run_without_a_vault(qtbot, app, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tafel.settings import Settings
    from tests.builders import CHEAP

    controller = AppController(Settings(), "Fatima", CHEAP)
    window = MainWindow(controller)
    qtbot.addWidget(window)
    assert window.pages.currentWidget() is window.first_run
    assert window.first_run.ui.demoButton.text() == "Rondkijken in de &demo"
    qtbot.mouseClick(window.first_run.ui.demoButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.unlock_page, timeout=30_000)
    assert "tafel-demo-kluis" in window.unlock_page.ui.hintLabel.text()
