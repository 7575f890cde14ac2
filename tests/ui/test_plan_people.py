"""The plan with the real people, by keyboard.

Owners from the network, a new owner from the afspraak itself, and signing by everyone
expected (and anyone else) in the case.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from tafel.domain.dates import add_years
from tafel.domain.enums import NetwerkSoort, Rol
from tafel.domain.plan_content import VersieStatus
from tafel.services.netwerk import NieuweBetrokkene, NieuwePersoon
from tafel.ui.main_window import MainWindow
from tafel.ui.plan.owner_dialog import NewOwnerDialog
from tafel.ui.plan.plan_page import PlanPage
from tafel.ui.plan.sign_dialog import SignDialog
from tests.builders import TODAY, new_case
from tests.ui.drive import draw, open_plan, stored, unlock

SCRIBBLE = [(0.1, 0.6), (0.25, 0.3), (0.4, 0.7), (0.6, 0.35), (0.85, 0.6)]
NOOR = "Noor Bakker"


def _register(window: MainWindow) -> None:
    """Noor (17) with her mother (gezag), a mentor, and a coach who left last month."""
    services = window.controller.services
    changes = services.casussen.register(
        new_case(geboortedatum=add_years(TODAY, -17) - timedelta(days=20)))
    case_id = changes.primary_id
    assert case_id is not None
    window.controller.publish(changes)
    services.netwerk.add_person(case_id, NieuwePersoon(Rol.OUDER, "Ria", "Bakker", gezag=True))
    services.netwerk.add_betrokkene(case_id, NieuweBetrokkene(
        NetwerkSoort.INFORMEEL, "Mo Mentor", "mentor"))
    services.netwerk.add_betrokkene(case_id, NieuweBetrokkene(
        NetwerkSoort.PROFESSIONEEL, "Oud Coach", "coach", "Jongerenloket",
        einddatum=TODAY - timedelta(days=30)))


def _add_afspraak(qtbot, page: PlanPage, text: str) -> None:  # type: ignore[no-untyped-def]
    section = page.afspraken
    page.nav.setCurrentRow(page.sections.index(section))
    section.add_button.setFocus()
    qtbot.keyClick(section.add_button, Qt.Key.Key_Space)
    qtbot.keyClicks(section.rows[-1].action_edit, text)
    page.flush()


def _answer_new_owner(qtbot, name: str, role: str, organisation: str) -> None:  # type: ignore[no-untyped-def]
    """Fill the "new person" form by keyboard as soon as it is open."""
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, NewOwnerDialog):
            QTimer.singleShot(20, fill)
            return
        qtbot.keyClicks(dialog.name_edit, name)
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Tab)
        qtbot.keyClick(dialog.kind_combo, Qt.Key.Key_Down)  # professional
        qtbot.keyClick(dialog.kind_combo, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.role_edit, role)
        qtbot.keyClicks(dialog.org_edit, organisation)
        qtbot.keyClick(dialog.org_edit, Qt.Key.Key_Return)

    QTimer.singleShot(0, fill)


def _sign(qtbot, window: MainWindow, page: PlanPage, *names: str) -> SignDialog:  # type: ignore[no-untyped-def]
    """Sign one after another in one dialog, as the people at the table do."""
    page.reload()
    dialog = SignDialog(window.controller, page.view, page.version, page)
    dialog.show()
    qtbot.waitExposed(dialog)
    for name in names:
        person = next(p for p in page.view.case.people if p.naam == name)
        assert dialog.select_person(person.sleutel), name
        draw(qtbot, dialog.pad, SCRIBBLE)
        qtbot.keyClick(dialog.sign_button, Qt.Key.Key_Space)
        assert name in dialog.signed_names, dialog.error_label.text()
    if dialog.isVisible():
        qtbot.keyClick(dialog.close_button, Qt.Key.Key_Space)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page.reload()
    return dialog


def _case_says(qtbot, window: MainWindow, page: PlanPage) -> str:  # type: ignore[no-untyped-def]
    """What the case overview says about signing (after going back to the case)."""
    page.close_page()
    qtbot.waitUntil(lambda: window.workspace.pages.currentWidget() is not page)
    text = window.workspace.overview.plan.details.text()
    return text


def test_mentor_owns_a_professional_is_added_and_everyone_in_the_case_can_sign(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow,
) -> None:
    unlock(qtbot, window)
    _register(window)
    page = open_plan(qtbot, window, NOOR)

    # the owner picker offers the household and the network, not the coach who left
    _add_afspraak(qtbot, page, "Samen een kamer zoeken")
    row = page.afspraken.rows[-1]
    choices = [row.owner_combo.itemText(i) for i in range(row.owner_combo.count())]
    assert any("Ria Bakker" in c for c in choices) and any("Mo Mentor" in c for c in choices)
    assert not any("Oud Coach" in c for c in choices)
    row.owner_combo.setFocus()
    qtbot.keyClicks(row.owner_combo, "Mo")
    assert stored(window, page).content.afspraken[0].eigenaar_naam == "Mo Mentor"

    # a professional who is not in the case yet, added from the afspraak itself
    _add_afspraak(qtbot, page, "Aanvraag huurtoeslag")
    row = page.afspraken.rows[-1]
    row.owner_combo.setFocus()
    _answer_new_owner(qtbot, "Wim Wijk", "wijkteam", "Wijkteam Noord")
    qtbot.keyClick(row.owner_combo, Qt.Key.Key_End)  # "New person…" is the last choice
    latest = stored(window, page)
    assert latest.content.afspraken[1].eigenaar_naam == "Wim Wijk"
    assert page.afspraken.rows[-1].owner_combo.currentText().startswith("Wim Wijk")
    assert [p.naam for p in page.view.expected_signers(latest.content, TODAY)] == [
        NOOR, "Ria Bakker", "Wim Wijk"]

    # the young person signs: the mother and the professional still have to
    _sign(qtbot, window, page, NOOR)
    assert page.version.status is VersieStatus.TER_ONDERTEKENING
    assert dict(page.signatures.states) == {
        NOOR: "signed", "Ria Bakker": "to-sign", "Wim Wijk": "to-sign"}
    assert not page.header.sign_button.isHidden()
    says = _case_says(qtbot, window, page)
    assert "Ria Bakker" in says and "Wim Wijk" in says and "iedereen" not in says

    page = open_plan(qtbot, window, NOOR)
    _sign(qtbot, window, page, "Ria Bakker")
    assert "iedereen" not in _case_says(qtbot, window, page)

    page = open_plan(qtbot, window, NOOR)
    dialog = _sign(qtbot, window, page, "Wim Wijk")
    assert not dialog.isVisible()  # nobody expected is left: it closed by itself
    assert page.version.status is VersieStatus.GETEKEND
    assert "Door iedereen getekend" in _case_says(qtbot, window, page)

    # the mentor is not expected but can still sign the signed plan
    page = open_plan(qtbot, window, NOOR)
    assert not page.header.sign_button.isHidden()
    _sign(qtbot, window, page, "Mo Mentor")
    assert page.version.status is VersieStatus.GETEKEND and page.version.nummer == 1
    assert ("Mo Mentor", "signed") in page.signatures.states


def test_an_owner_who_left_is_refused_and_an_existing_one_is_marked(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow,
) -> None:
    unlock(qtbot, window)
    _register(window)
    page = open_plan(qtbot, window, NOOR)
    errors: list[str] = []
    page.saver.failed.connect(errors.append)
    _add_afspraak(qtbot, page, "Gesprek met school")
    row = page.afspraken.rows[-1]
    coach = next(p for p in page.view.case.people if p.naam == "Oud Coach")
    row.set_owner(coach.sleutel, coach.naam)  # as if chosen: the coach left last month
    assert errors[-1] == ("Oud Coach is niet meer betrokken bij deze casus; kies iemand "
                          "anders als eigenaar.")
    assert row.owner_combo.currentData() == ""
    assert stored(window, page).content.afspraken[0].eigenaar == ""

    # the mentor owns it; on a day after the mentor left, the afspraak still names them
    mentor = next(p for p in page.view.case.people if p.naam == "Mo Mentor")
    row.owner_combo.setFocus()
    qtbot.keyClicks(row.owner_combo, "Mo")
    assert stored(window, page).content.afspraken[0].eigenaar == mentor.sleutel
    later = replace(mentor, einddatum=TODAY)
    case = replace(page.view.case, people=tuple(
        later if p.sleutel == mentor.sleutel else p for p in page.view.case.people))
    page.view = replace(page.view, case=case)
    page.ctx.today = TODAY + timedelta(days=1)
    page._load()  # show the same plan on that later day
    row = page.afspraken.rows[-1]
    assert row.owner_combo.currentText() == "Mo Mentor (niet meer betrokken)"
    choices = [row.owner_combo.itemText(i) for i in range(row.owner_combo.count())]
    assert choices.count("Mo Mentor (niet meer betrokken)") == 1
