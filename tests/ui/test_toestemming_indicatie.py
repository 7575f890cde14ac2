"""Consent and existing care on a NEW vault, with the keyboard only (qtbot key events).

The case, the mother (with parental authority) and the wijkteam professional are entered
through the services (their dialogs belong to the household and network screens); consent
and care are entered here as a user would, and the signals show up in the case list.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from tafel.domain.consent import ToestemmingStaat
from tafel.domain.enums import Gegevenscategorie, NetwerkSoort, Rol, Wetskader
from tafel.domain.signals import SignaalSoort
from tafel.services.netwerk import NieuweBetrokkene, NieuwePersoon
from tafel.ui.casus.indicatie_dialog import EindeIndicatieDialog, IndicatieDialog
from tafel.ui.casus.toestemming_dialog import ToestemmingDialog
from tafel.ui.main_window import MainWindow
from tests.builders import new_case
from tests.ui.drive import open_case, tab, type_here, unlock


@pytest.fixture
def demo_path(vault_path: Path) -> Path:
    """A new, empty vault instead of the demo, for every test in this file."""
    return vault_path


def _key(qtbot, key: Qt.Key, times: int = 1) -> None:  # type: ignore[no-untyped-def]
    for _ in range(times):
        qtbot.keyClick(QApplication.focusWidget(), key)


def _in_dialog(kind: type[QDialog], steps: Callable[[QDialog], None]) -> list[QDialog]:
    """Run ``steps`` on the dialog of ``kind`` once it is shown (its exec() blocks)."""
    seen: list[QDialog] = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, run)
            return
        focus = QApplication.focusWidget()
        if focus is None or not dialog.isAncestorOf(focus):
            dialog.activateWindow()  # offscreen, a new window is not active by itself
            QTimer.singleShot(20, run)
            return
        seen.append(dialog)
        steps(dialog)

    QTimer.singleShot(0, run)
    return seen


def _press(qtbot, button: QWidget) -> None:  # type: ignore[no-untyped-def]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


@pytest.fixture
def case_window(qtbot, window: MainWindow) -> MainWindow:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    services = window.controller.services
    case_id = services.casussen.register(new_case()).primary_id  # Noor Bakker, 17
    services.netwerk.add_person(case_id, NieuwePersoon(Rol.OUDER, "Sanne", "Bakker",
                                                       gezag=True))
    window.controller.publish(services.netwerk.add_betrokkene(case_id, NieuweBetrokkene(
        NetwerkSoort.PROFESSIONEEL, "Joyce Tan", "consulent", "Wijkteam Oost")))
    open_case(qtbot, window, "Noor")
    return window


def test_consent_for_the_wijkteam_for_wonen_and_inkomen_by_keyboard(
        qtbot, case_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    section = case_window.workspace.overview.consent_section

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ToestemmingDialog)
        assert "Noor is 17" in dialog.rule_label.text()
        # Focus starts on the recipient (the wijkteam); then the purpose and the data.
        tab(qtbot)
        type_here(qtbot, "samen werken aan wonen en geld")
        tab(qtbot)
        _key(qtbot, Qt.Key.Key_Space)  # Wonen
        tab(qtbot)
        _key(qtbot, Qt.Key.Key_Space)  # Inkomen
        _key(qtbot, Qt.Key.Key_Return)

    seen = _in_dialog(ToestemmingDialog, fill)
    _press(qtbot, section.add_button)
    assert seen and seen[0].result() == QDialog.DialogCode.Accepted
    [consent] = case_window.workspace.overview._overview.toestemmingen  # type: ignore[union-attr]
    assert consent.ontvanger == "Joyce Tan (Wijkteam Oost)"
    assert consent.categorieen == (Gegevenscategorie.WONEN, Gegevenscategorie.INKOMEN)
    assert consent.gegeven_door == "Noor Bakker"
    assert consent.staat is ToestemmingStaat.ACTIEF
    assert "Joyce Tan (Wijkteam Oost)" in section.table.text()

    _press(qtbot, section.withdraw_button)
    [consent] = case_window.workspace.overview._overview.toestemmingen  # type: ignore[union-attr]
    assert consent.staat is ToestemmingStaat.INGETROKKEN
    assert "ingetrokken" in section.table.text()


def test_consent_by_the_mother_of_a_17_year_old_is_refused_on_screen(
        qtbot, case_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    section = case_window.workspace.overview.consent_section
    message: list[str] = []

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ToestemmingDialog)
        dialog.purpose_edit.setFocus()
        type_here(qtbot, "verzuim")
        tab(qtbot)
        _key(qtbot, Qt.Key.Key_Space)
        dialog.giver_combo.setFocus()
        type_here(qtbot, "Sanne")  # a combo box finds an item by its first letters
        assert dialog.giver_combo.currentText().startswith("Sanne")
        _key(qtbot, Qt.Key.Key_Return)
        message.append(dialog.error_label.text() if dialog.error_label.isVisible() else "")
        _key(qtbot, Qt.Key.Key_Escape)

    _in_dialog(ToestemmingDialog, fill)
    _press(qtbot, section.add_button)
    assert message == ["Sanne Bakker mag deze toestemming niet geven: Noor is 16 of ouder en "
                       "beslist zelf over zijn of haar gegevens."]
    assert case_window.workspace.overview._overview.toestemmingen == ()  # type: ignore[union-attr]


def test_a_jeugdwet_indicatie_entered_by_keyboard_shows_its_signal_in_the_case_list(
        qtbot, case_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    overview = case_window.workspace.overview
    section = overview.care_section

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, IndicatieDialog)
        # The law starts on Jeugdwet; the care, the provider.
        tab(qtbot)
        type_here(qtbot, "Ambulante begeleiding")
        tab(qtbot)
        type_here(qtbot, "Jeugdhulp De Brug")
        _key(qtbot, Qt.Key.Key_Return)

    seen = _in_dialog(IndicatieDialog, fill)
    _press(qtbot, section.add_button)
    assert seen and seen[0].result() == QDialog.DialogCode.Accepted
    [summary] = case_window.controller.services.casussen.summaries()
    assert SignaalSoort.INDICATIE_STOPT_BIJ_18 in summary.signalen
    assert any("18" in chip for chip in _chips(overview))

    def after_18(dialog: QDialog) -> None:
        assert isinstance(dialog, IndicatieDialog)
        dialog.after_combo.setFocus()
        _key(qtbot, Qt.Key.Key_Down, 2)  # nothing yet -> Jeugdwet -> Wmo
        assert dialog.after_combo.currentText() == "Wmo"
        _key(qtbot, Qt.Key.Key_Return)

    _in_dialog(IndicatieDialog, after_18)
    _press(qtbot, section.edit_button)
    [care] = overview._overview.indicaties  # type: ignore[union-attr]
    assert care.kader_na_18 is Wetskader.WMO
    [summary] = case_window.controller.services.casussen.summaries()
    assert SignaalSoort.INDICATIE_STOPT_BIJ_18 not in summary.signalen

    def end(dialog: QDialog) -> None:
        assert isinstance(dialog, EindeIndicatieDialog)
        type_here(qtbot, "Het gaat goed zonder")
        _key(qtbot, Qt.Key.Key_Return)

    _in_dialog(EindeIndicatieDialog, end)
    _press(qtbot, section.end_button)
    [care] = overview._overview.indicaties  # type: ignore[union-attr]
    assert care.beeindigd_op is not None and care.reden_einde == "Het gaat goed zonder"
    assert not section.end_button.isVisible()


def test_an_end_date_before_the_start_is_refused_in_the_dialog(
        qtbot, case_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    section = case_window.workspace.overview.care_section
    message: list[str] = []

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, IndicatieDialog)
        dialog.what_edit.setFocus()
        type_here(qtbot, "Begeleiding")
        dialog.start.check.setFocus()
        _key(qtbot, Qt.Key.Key_Space)
        dialog.end.check.setFocus()
        _key(qtbot, Qt.Key.Key_Space)
        dialog.end.edit.setFocus()
        _key(qtbot, Qt.Key.Key_Down)  # one day earlier than the start (today)
        _key(qtbot, Qt.Key.Key_Return)
        message.append(dialog.error_label.text() if dialog.error_label.isVisible() else "")
        _key(qtbot, Qt.Key.Key_Escape)

    _in_dialog(IndicatieDialog, fill)
    _press(qtbot, section.add_button)
    assert message == ["De einddatum van de indicatie ligt vóór de begindatum."]
    assert case_window.workspace.overview._overview.indicaties == ()  # type: ignore[union-attr]


def _chips(overview) -> list[str]:  # type: ignore[no-untyped-def]
    row = overview.signals_row
    return [row.itemAt(i).widget().text() for i in range(row.count())]
