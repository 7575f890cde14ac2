"""The household, the network and the case's own details, driven with the keyboard only.

Each dialog is reached from the case screen (a button focused, Space), filled with Tab and
typing, and saved with Enter. Bad input shows the service's Dutch sentence in the dialog,
which stays open, and nothing is written. With TAFEL_SHOTS set to a folder, each dialog and
the filled overview are saved there as PNG at 1366x768, to look at.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QScrollArea, QWidget

from tafel.domain.enums import GesprekSoort
from tafel.ui.casus.casus_overview import CasusOverviewPage
from tafel.ui.main_window import MainWindow
from tests.builders import TODAY, new_case
from tests.ui.drive import open_case, tab, type_here, unlock

YOUNG = "Jesse Verhoeckx"


def _shot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("TAFEL_SHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def _overview(qtbot, window: MainWindow) -> CasusOverviewPage:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    open_case(qtbot, window, YOUNG)
    return window.workspace.overview


def _press(qtbot, button: QPushButton) -> None:  # type: ignore[no-untyped-def]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def _dialog(qtbot, holder) -> QDialog:  # type: ignore[no-untyped-def]
    dialog = holder.dialog if hasattr(holder, "dialog") else holder.case_dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and QApplication.focusWidget() is not None
                    and dialog.isAncestorOf(QApplication.focusWidget()))
    return dialog


def _enter(qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def test_a_mother_with_parental_authority_is_added_with_the_keyboard(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    overview = _overview(qtbot, window)
    section = overview.household_section
    _press(qtbot, section.add_button)
    dialog = _dialog(qtbot, section)
    assert QApplication.focusWidget() is dialog.role_combo  # Ouder is the first role
    tab(qtbot)
    type_here(qtbot, "Samira")
    tab(qtbot)
    type_here(qtbot, "Verhoeckx")
    tab(qtbot)
    type_here(qtbot, "01-05-1981")
    tab(qtbot)
    type_here(qtbot, "123456789")  # fails the elfproef
    tab(qtbot, 3)  # phone, e-mail, then the parental authority box
    assert QApplication.focusWidget() is dialog.gezag_box
    qtbot.keyClick(dialog.gezag_box, Qt.Key.Key_Space)
    _shot(dialog, "persoon_dialog")
    _enter(qtbot)
    assert dialog.isVisible()
    assert "elfproef" in dialog.error_label.text()
    _shot(dialog, "persoon_dialog_fout")
    assert "Samira" not in section.people.text()

    dialog.bsn_edit.setFocus()
    dialog.bsn_edit.selectAll()
    type_here(qtbot, "111222333")
    _enter(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    section = window.workspace.overview.household_section
    assert "Samira Verhoeckx" in section.people.text()
    assert "Heeft het gezag over Jesse" in section.people.text()
    assert "•••••333" in section.people.text()


def test_a_birth_date_in_the_future_or_before_1900_keeps_the_dialog_open(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    overview = _overview(qtbot, window)
    section = overview.household_section
    before = section.people.text()
    _press(qtbot, section.add_button)
    dialog = _dialog(qtbot, section)
    tab(qtbot)
    type_here(qtbot, "Daan")
    tab(qtbot, 2)
    type_here(qtbot, f"01-01-{TODAY.year + 1}")
    _enter(qtbot)
    assert "toekomst" in dialog.error_label.text() and dialog.isVisible()
    dialog.birth_edit.selectAll()
    type_here(qtbot, "31-12-1899")
    _enter(qtbot)
    assert "verleden" in dialog.error_label.text() and dialog.isVisible()
    dialog.birth_edit.selectAll()
    type_here(qtbot, "31-13-2001")
    _enter(qtbot)
    assert "geen datum" in dialog.error_label.text() and dialog.isVisible()
    qtbot.keyClick(dialog.birth_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.workspace.overview.household_section.people.text() == before


def test_a_professional_with_an_end_before_the_start_is_refused_then_added(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    overview = _overview(qtbot, window)
    section = overview.network_section
    _press(qtbot, section.add_professional_button)
    dialog = _dialog(qtbot, section)
    tab(qtbot)
    type_here(qtbot, "Mirjam de Boer")
    tab(qtbot)
    type_here(qtbot, "reclasseringswerker")
    tab(qtbot)
    type_here(qtbot, "Reclassering Nederland")
    tab(qtbot, 3)  # phone, e-mail, hours
    type_here(qtbot, "1,5")
    tab(qtbot)
    type_here(qtbot, "Justitie")
    tab(qtbot)
    type_here(qtbot, "01-10-2026")
    tab(qtbot)
    type_here(qtbot, "01-09-2026")
    _shot(dialog, "betrokkene_dialog")
    _enter(qtbot)
    assert "vóór de begindatum" in dialog.error_label.text() and dialog.isVisible()
    assert "Mirjam" not in section.people.text()
    dialog.end_edit.selectAll()
    type_here(qtbot, "01-10-2027")
    _enter(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    text = window.workspace.overview.network_section.people.text()
    assert "Mirjam de Boer" in text and "reclasseringswerker – Reclassering Nederland" in text
    assert "1,5 uur per week · betaald door Justitie · sinds 01-10-2026 · tot 01-10-2027" in text


def test_ending_someone_in_the_network_keeps_them_greyed_until_that_day(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    overview = _overview(qtbot, window)
    section = overview.network_section
    row = next(r for r in section.people.rows if "Ruud Verhoeckx" in r.title)
    _press(qtbot, section.people.end_buttons[row.id])
    dialog = _dialog(qtbot, section)
    assert QApplication.focusWidget() is dialog.date_edit
    assert dialog.date_edit.text() == TODAY.strftime("%d-%m-%Y")
    _shot(dialog, "einde_dialog")
    _enter(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    section = window.workspace.overview.network_section
    [row] = [r for r in section.people.rows if "Ruud Verhoeckx" in r.title]
    assert row.ended and row.id not in section.people.end_buttons
    assert f"tot {TODAY.strftime('%d-%m-%Y')}" in "\n".join(row.details)


def test_the_case_gets_another_casusregisseur_and_a_new_place(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    overview = _overview(qtbot, window)
    _press(qtbot, overview.edit_button)
    dialog = _dialog(qtbot, overview)
    assert QApplication.focusWidget() is dialog.first_edit
    tab(qtbot, 8)  # last name, birth date, BSN, remove BSN, phone, e-mail, household, place
    assert QApplication.focusWidget() is dialog.place_edit
    dialog.place_edit.selectAll()
    type_here(qtbot, "Eikenrode")
    tab(qtbot)
    assert QApplication.focusWidget() is dialog.lead_combo
    choices = [dialog.lead_combo.itemData(i) for i in range(dialog.lead_combo.count())]
    assert "Fatima Amrani" in choices  # the consulent, and the case's professionals
    professional = next(c for c in choices[1:] if c != "Fatima Amrani")
    while dialog.lead_combo.currentData() != professional:
        qtbot.keyClick(dialog.lead_combo, Qt.Key.Key_Down)
    _shot(dialog, "casus_dialog")
    qtbot.keyClick(dialog.lead_combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    facts = window.workspace.overview.facts_label.text()
    assert "Eikenrode" in facts and f"casusregisseur {professional}" in facts


def test_the_adult_named_at_the_intake_joins_the_network_with_one_button(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    services = window.controller.services
    case_id = services.casussen.register(new_case(voornaam="Noor", achternaam="Bakker")).primary_id
    lopend = services.gesprekken.start(case_id, GesprekSoort.SNELLE_CHECK).lopend
    content = lopend.content
    for pillar in content["pijlers"].values():
        pillar["professional"], pillar["jongere"] = 3, 4
    content["volwassene_altijd_daar"], content["volwassene_wie"] = "ja", "Tante Els"
    services.gesprekken.save(lopend.id, content, 1)
    window.controller.publish(services.gesprekken.finish(lopend.id))
    open_case(qtbot, window, "Noor Bakker")
    section = window.workspace.overview.network_section
    assert section.adult_button.isVisible() and "Tante Els" in section.adult_button.text()
    _press(qtbot, section.adult_button)
    section = window.workspace.overview.network_section
    qtbot.waitUntil(lambda: "♥ Tante Els" in section.people.text())
    assert not section.adult_button.isVisible()
    assert "Tante Els" in section.note.text()


def test_the_demo_adult_already_in_the_network_is_not_offered_again(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    open_case(qtbot, window, "Kevin Zwanenburg")  # his intake said "Tante Els", and
    section = window.workspace.overview.network_section  # Els Zwanenburg is marked ♥
    assert "♥ Els Zwanenburg" in section.people.text()
    assert not section.adult_button.isVisible()


def test_the_filled_overview_at_laptop_size(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    overview = _overview(qtbot, window)
    assert overview.household_section.people.rows and overview.network_section.people.rows
    _shot(window, "overzicht_boven")
    for name, section in (("huishouden", overview.household_section),
                          ("netwerk", overview.network_section)):
        button = section.add_button if name == "huishouden" else section.add_informal_button
        button.setFocus()
        scroll = overview.findChild(QScrollArea)
        scroll.ensureWidgetVisible(button, 50, 50)
        QApplication.processEvents()  # the scrolled page lays out before the grab
        _shot(window, f"overzicht_{name}")
    room = overview.findChild(QScrollArea).viewport().width() - 40  # the page's margins
    for part in (overview.household_section, overview.network_section):
        assert part.minimumSizeHint().width() <= room  # nothing of theirs cut off at the side
