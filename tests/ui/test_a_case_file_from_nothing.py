"""A whole case file on a NEW vault, by keyboard: the people, consent, care, a plan, signatures.

Issue 11's "done when": on a vault that starts empty (not the demo), a person using only
the keyboard says who they are, registers a young person of 17, adds a mother with
parental authority, a mentor and a wijkteam professional, records consent for the wijkteam
for Wonen and Inkomen only, records a Jeugdwet indicatie that ends at 18 with Wmo after it,
writes an afspraak owned by the mentor, and has the young person, the mother and the wijkteam
professional sign. (Drawing a signature is a pen or a mouse on the pad; everything around it
is keys.)
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from tafel.domain.consent import ToestemmingStaat
from tafel.domain.enums import Gegevenscategorie, NetwerkSoort, Rol, Wetskader
from tafel.domain.plan_content import VersieStatus
from tafel.ui.casus.indicatie_dialog import IndicatieDialog
from tafel.ui.casus.toestemming_dialog import ToestemmingDialog
from tafel.ui.dialogs.nieuwe_casus_dialog import NieuweCasusDialog
from tafel.ui.main_window import MainWindow
from tafel.ui.plan.sign_dialog import SignDialog
from tests.builders import TODAY
from tests.ui.drive import draw, in_modal, key, open_case, open_plan, press, tab, type_here, unlock

SCRIBBLE = [(0.1, 0.6), (0.25, 0.3), (0.4, 0.7), (0.6, 0.35), (0.85, 0.6)]
NOOR = "Noor Bakker"


@pytest.fixture
def demo_path(vault_path: Path) -> Path:
    """A new, empty vault instead of the demo."""
    return vault_path


def _wait_for_dialog(qtbot, holder) -> QDialog:  # type: ignore[no-untyped-def]
    """A non-blocking dialog the section keeps (``holder.dialog``), with the focus in it."""
    qtbot.waitUntil(lambda: getattr(holder, "dialog", None) is not None
                    and holder.dialog.isVisible() and QApplication.focusWidget() is not None
                    and holder.dialog.isAncestorOf(QApplication.focusWidget()))
    dialog: QDialog = holder.dialog
    return dialog


def _save_and_wait(qtbot, dialog: QDialog) -> None:  # type: ignore[no-untyped-def]
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_a_whole_case_file_on_a_new_vault_by_keyboard(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    services = window.controller.services

    # who I am: asked once, on a vault that does not know yet
    qtbot.waitUntil(lambda: getattr(window, "medewerker_dialog", None) is not None
                    and window.medewerker_dialog.isVisible())
    me = window.medewerker_dialog
    me.fields.name_edit.setFocus()
    type_here(qtbot, "Fatima Amrani")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not me.isVisible())
    assert services.medewerker.mijn_gegevens() is not None

    # a young person of 17 (the new-case dialog starts on a birth date 17 years ago)
    def register(dialog: QDialog) -> None:
        assert isinstance(dialog, NieuweCasusDialog)
        dialog.ui.firstNameEdit.setFocus()
        type_here(qtbot, "Noor")
        dialog.ui.lastNameEdit.setFocus()
        type_here(qtbot, "Bakker")
        key(qtbot, Qt.Key.Key_Return)

    window.activateWindow()  # offscreen, closing a dialog leaves no window active
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    in_modal(NieuweCasusDialog, register)
    qtbot.keyClick(window.workspace.case_list.search_edit, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier)
    [summary] = services.casussen.summaries()
    assert summary.leeftijd == 17
    open_case(qtbot, window, NOOR)
    overview = window.workspace.overview

    # the mother, with parental authority
    press(qtbot, overview.household_section.add_button)
    dialog = _wait_for_dialog(qtbot, overview.household_section)
    tab(qtbot)  # Ouder is the first role
    type_here(qtbot, "Sanne")
    tab(qtbot)
    type_here(qtbot, "Bakker")
    tab(qtbot, 5)  # birth date, BSN, phone, e-mail, then the parental authority box
    assert QApplication.focusWidget() is dialog.gezag_box
    key(qtbot, Qt.Key.Key_Space)
    _save_and_wait(qtbot, dialog)

    # a mentor (informal) and the wijkteam professional
    overview = window.workspace.overview
    press(qtbot, overview.network_section.add_informal_button)
    dialog = _wait_for_dialog(qtbot, overview.network_section)
    dialog.name_edit.setFocus()
    type_here(qtbot, "Mo Yilmaz")
    tab(qtbot)
    type_here(qtbot, "mentor")
    _save_and_wait(qtbot, dialog)
    overview = window.workspace.overview
    press(qtbot, overview.network_section.add_professional_button)
    dialog = _wait_for_dialog(qtbot, overview.network_section)
    dialog.name_edit.setFocus()
    type_here(qtbot, "Joyce Tan")
    tab(qtbot)
    type_here(qtbot, "consulent")
    tab(qtbot)
    type_here(qtbot, "Wijkteam Oost")
    _save_and_wait(qtbot, dialog)

    # consent for the wijkteam, for Wonen and Inkomen only
    def consent(dialog: QDialog) -> None:
        assert isinstance(dialog, ToestemmingDialog)
        dialog.recipient_combo.setFocus()
        type_here(qtbot, "Joyce")
        assert dialog.recipient_combo.currentText().startswith("Joyce Tan")
        tab(qtbot)
        type_here(qtbot, "samen werken aan wonen en geld")
        tab(qtbot)
        key(qtbot, Qt.Key.Key_Space)  # Wonen
        tab(qtbot)
        key(qtbot, Qt.Key.Key_Space)  # Inkomen
        key(qtbot, Qt.Key.Key_Return)

    overview = window.workspace.overview
    seen = in_modal(ToestemmingDialog, consent)
    press(qtbot, overview.consent_section.add_button)
    assert seen and seen[0].result() == QDialog.DialogCode.Accepted

    # a Jeugdwet indicatie that ends at 18, with Wmo after it
    eighteen = date(TODAY.year + 1, TODAY.month, 1)  # born on the 1st, 17 years ago

    def care(dialog: QDialog) -> None:
        assert isinstance(dialog, IndicatieDialog)
        assert dialog.law_combo.currentData() == Wetskader.JEUGDWET.value
        dialog.what_edit.setFocus()
        type_here(qtbot, "Ambulante begeleiding")
        tab(qtbot)
        type_here(qtbot, "Jeugdhulp De Brug")
        dialog.end.check.setFocus()
        key(qtbot, Qt.Key.Key_Space)
        tab(qtbot)
        assert QApplication.focusWidget() is dialog.end.edit
        key(qtbot, Qt.Key.Key_End)  # the year: one up
        key(qtbot, Qt.Key.Key_Up)
        key(qtbot, Qt.Key.Key_Home)  # the day: down to the 1st (the month is this month)
        key(qtbot, Qt.Key.Key_Down, TODAY.day - 1)
        dialog.after_combo.setFocus()
        type_here(qtbot, "Wmo")
        assert dialog.after_combo.currentText() == "Wmo"
        key(qtbot, Qt.Key.Key_Return)

    overview = window.workspace.overview
    seen = in_modal(IndicatieDialog, care)
    press(qtbot, overview.care_section.add_button)
    assert seen and seen[0].result() == QDialog.DialogCode.Accepted

    file = services.casussen.open(summary.id)
    people = {p.naam: p for p in file.personen}
    assert people["Sanne Bakker"].rol is Rol.OUDER and people["Sanne Bakker"].gezag
    network = {b.naam: b.soort for b in file.betrokkenen}
    assert network == {"Mo Yilmaz": NetwerkSoort.INFORMEEL,
                       "Joyce Tan": NetwerkSoort.PROFESSIONEEL}
    [given] = file.toestemmingen
    assert given.staat is ToestemmingStaat.ACTIEF and given.gegeven_door == NOOR
    assert given.categorieen == (Gegevenscategorie.WONEN, Gegevenscategorie.INKOMEN)
    [indicatie] = file.indicaties
    assert (indicatie.wetskader, indicatie.einddatum, indicatie.kader_na_18) == (
        Wetskader.JEUGDWET, eighteen, Wetskader.WMO)

    # the plan: an afspraak owned by the mentor
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page = open_plan(qtbot, window, NOOR)
    section = page.afspraken
    page.nav.setCurrentRow(page.sections.index(section))
    press(qtbot, section.add_button)
    qtbot.keyClicks(section.rows[-1].action_edit, "Elke week samen huiswerk plannen")
    row = section.rows[-1]
    row.owner_combo.setFocus()
    type_here(qtbot, "Mo")
    page.flush()
    view = services.plans.for_case(summary.id)
    assert view is not None and view.latest.content.afspraken[0].eigenaar_naam == "Mo Yilmaz"

    # the young person, the mother and the wijkteam professional sign
    page.reload()
    sign = SignDialog(window.controller, page.view, page.version, page)
    sign.show()
    qtbot.waitExposed(sign)
    for name in (NOOR, "Sanne Bakker", "Joyce Tan"):
        person = next(p for p in page.view.case.people if p.naam == name)
        assert sign.select_person(person.sleutel), name
        draw(qtbot, sign.pad, SCRIBBLE)
        qtbot.keyClick(sign.sign_button, Qt.Key.Key_Space)
        assert name in sign.signed_names, sign.error_label.text()
    if sign.isVisible():
        sign.close()
    view = services.plans.for_case(summary.id)
    assert view is not None
    assert view.latest.status is VersieStatus.GETEKEND  # Noor and her mother were expected
    signed = {h.naam for h in view.latest.current_signatures}
    assert signed == {NOOR, "Sanne Bakker", "Joyce Tan"}
