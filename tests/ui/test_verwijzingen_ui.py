"""Referrals, the aanmelding and handing over, driven from the case screen with the keyboard.

With TAFEL_SHOTS set to a folder, each dialog and the overview are saved there as PNG at
1366x768, to look at.
"""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QScrollArea, QWidget

from tafel.domain.dates import short_date
from tafel.domain.enums import AanmeldRoute, CasusStatus
from tafel.ui.casus.casus_overview import CasusOverviewPage
from tafel.ui.dialogs.nieuwe_casus_dialog import NieuweCasusDialog
from tafel.ui.main_window import MainWindow
from tests.builders import TODAY
from tests.ui.drive import open_case, tab, type_here, unlock

YOUNG = "Jesse Verhoeckx"


def _shot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("TAFEL_SHOTS")
    if folder:
        QApplication.processEvents()  # a sentence just shown lays out before the grab
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def _overview(qtbot, window: MainWindow) -> CasusOverviewPage:  # type: ignore[no-untyped-def]
    window.resize(1366, 768)
    unlock(qtbot, window)
    open_case(qtbot, window, YOUNG)
    return window.workspace.overview


def _press(qtbot, button: QPushButton) -> None:  # type: ignore[no-untyped-def]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def _wait(qtbot, dialog: QDialog) -> QDialog:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: dialog.isVisible() and QApplication.focusWidget() is not None
                    and dialog.isAncestorOf(QApplication.focusWidget()))
    return dialog


def _enter(qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def _chips(overview: CasusOverviewPage) -> str:
    return " ".join(w.text() for w in overview.signals_box.findChildren(QWidget)
                    if hasattr(w, "text") and callable(w.text))


def test_a_referral_is_made_signalled_and_followed_up_with_the_keyboard(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    overview = _overview(qtbot, window)
    section = overview.referrals_section
    before = section.text()
    _press(qtbot, section.add_button)
    dialog = _wait(qtbot, section.dialog)
    _enter(qtbot)  # nobody to refer to yet
    assert dialog.isVisible() and "naar wie" in dialog.error_label.text()
    assert section.text() == before
    type_here(qtbot, "Leerwerkloket Weidestad")
    tab(qtbot)
    type_here(qtbot, "Werk of een opleiding zoeken")
    tab(qtbot)
    referred = TODAY - timedelta(days=40)
    type_here(qtbot, short_date(referred))  # Tab selected the prefilled date: typing replaces
    tab(qtbot)
    type_here(qtbot, short_date(referred - timedelta(days=1)))
    _shot(dialog, "verwijzing_dialog")
    _enter(qtbot)
    assert dialog.isVisible() and "vóór de verwijzing" in dialog.error_label.text()
    _shot(dialog, "verwijzing_dialog_fout")
    assert section.text() == before
    dialog.contact_edit.selectAll()
    type_here(qtbot, short_date(referred + timedelta(days=2)))
    _enter(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    overview = window.workspace.overview
    section = overview.referrals_section
    assert "Leerwerkloket Weidestad" in section.text()
    assert "ask how it went" in section.text() or "vraag hoe het ging" in section.text()
    assert "Leerwerkloket Weidestad" in _chips(overview)  # the case's signal names it
    _shot(overview, "overzicht_met_verwijzingen")
    [ref] = [r for r in section.rows if r.ontvanger == "Leerwerkloket Weidestad"]
    assert ref.zonder_vervolg and ref.contact_op == referred + timedelta(days=2)

    _press(qtbot, section.buttons[(ref.id, "vervolg")])
    dialog = _wait(qtbot, section.dialog)
    _shot(dialog, "vervolg_dialog")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    dialog.outcome_edit.setFocus()
    type_here(qtbot, "Jesse heeft een plek bij de opleiding kok.")
    tab(qtbot)
    _enter(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    overview = window.workspace.overview
    [ref] = [r for r in overview.referrals_section.rows
             if r.ontvanger == "Leerwerkloket Weidestad"]
    assert ref.vervolg == "Jesse heeft een plek bij de opleiding kok." and not ref.zonder_vervolg
    assert "Leerwerkloket Weidestad" not in _chips(overview)


def test_the_case_is_handed_over_with_a_recipient_and_reopened(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    overview = _overview(qtbot, window)
    _press(qtbot, overview.hand_over_button)
    dialog = _wait(qtbot, overview.hand_over_dialog)
    _enter(qtbot)
    assert dialog.isVisible() and "aan wie" in dialog.error_label.text()
    type_here(qtbot, "Wijkteam Oost, Karin de Boer")
    _shot(dialog, "overdracht_dialog")
    _enter(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    overview = window.workspace.overview
    qtbot.waitUntil(lambda: "Karin de Boer" in overview.status_label.text())
    assert overview.reopen_button.isVisible() and not overview.hand_over_button.isVisible()
    assert window.controller.services.casussen.open(
        overview.case_id).casus.status is CasusStatus.OVERGEDRAGEN
    _press(qtbot, overview.reopen_button)
    qtbot.waitUntil(lambda: not window.workspace.overview.reopen_button.isVisible())


def test_the_aanmelding_is_chosen_when_registering_and_shown_in_the_header(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    dialog = NieuweCasusDialog(window.controller, window)
    dialog.open()
    _wait(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.ui.firstNameEdit
    type_here(qtbot, "Mila")
    tab(qtbot)
    type_here(qtbot, "Kuipers")
    dialog.ui.reasonEdit.setFocus()  # (Tab walks the date's day, month and year first)
    type_here(qtbot, "Veel verzuim op school.")
    tab(qtbot)
    assert QApplication.focusWidget() is dialog.ui.routeCombo
    for _ in range(2):  # not recorded -> themselves -> GP
        qtbot.keyClick(dialog.ui.routeCombo, Qt.Key.Key_Down)
    tab(qtbot)
    type_here(qtbot, "dokter Bakker")
    _shot(dialog, "nieuwe_casus_dialog")
    _enter(qtbot)
    assert dialog.created_case is not None, dialog.ui.errorLabel.text()
    casus = window.controller.services.casussen.open(dialog.created_case).casus
    assert (casus.aangemeld_via, casus.aangemeld_door) == (AanmeldRoute.HUISARTS,
                                                           "dokter Bakker")
    open_case(qtbot, window, "Mila Kuipers")
    facts = window.workspace.overview.facts_label.text().casefold()
    assert "dokter bakker" in facts and ("huisarts" in facts or "gp" in facts)


def test_the_referrals_and_the_closing_buttons_fit_the_overview_at_1366(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Nothing of this branch's is cut off at the side (the conversations card is not ours)."""
    overview = _overview(qtbot, window)
    window.show()
    section = overview.referrals_section
    assert section.rows  # the demo has referrals, one of them without follow-up
    scroll = overview.findChild(QScrollArea)
    QApplication.processEvents()
    scroll.ensureWidgetVisible(section.add_button, 50, 30)
    QApplication.processEvents()
    _shot(window, "overzicht_verwijzingen")
    room = scroll.viewport().width() - 40  # the page's margins
    assert section.minimumSizeHint().width() <= room
    closing = overview.close_button.parentWidget().layout()
    assert overview.hand_over_button.isVisible()
    buttons = [overview.hand_over_button, overview.waakvlam_button, overview.close_button]
    assert sum(b.sizeHint().width() + 12 for b in buttons) <= room
    assert closing is not None
