"""Signing a plan version at the table: who, what, the strokes, and the hash signed under."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from tafel.domain.plan_content import VersieStatus
from tafel.domain.plan_doc import SetAfspraak, SetText
from tafel.ui.controller import AppController
from tafel.ui.plan.sign_dialog import SOMEONE_ELSE, SignDialog
from tafel.views.plans import PlanVersieView, PlanView
from tests.builders import PASSPHRASE, TODAY, new_case
from tests.ui.drive import draw, flat, open_plan, unlock

LEFT = Qt.MouseButton.LeftButton
SCRIBBLE = [(0.1, 0.6), (0.25, 0.3), (0.4, 0.7), (0.6, 0.35), (0.85, 0.6)]


@pytest.fixture
def unlocked(controller: AppController) -> AppController:
    controller.unlock(PASSPHRASE)
    return controller


def plan_for(controller: AppController, first_name: str) -> tuple[PlanView, PlanVersieView]:
    """A plan for a demo case with a perspectief and an afspraak owned by a professional."""
    services = controller.services
    casus_id = next(s.id for s in services.casussen.summaries() if s.jongere.startswith(first_name))
    view = services.plans.start(casus_id).view
    professional = next(p for p in view.case.people if p.soort == "professional")
    result = services.plans.edit(
        view.latest.id, SetText("perspectief", "Over een half jaar woon ik op mezelf."),
        SetAfspraak(None, {"actie": "Bel de woningcorporatie", "eigenaar": professional.sleutel,
                           "eigenaar_naam": professional.naam, "deadline": "2026-12-15"}),
    )
    version = result.view.version_by_id(result.version_id)
    assert version is not None
    return result.view, version


def open_dialog(qtbot, controller: AppController, view: PlanView,  # type: ignore[no-untyped-def]
                version: PlanVersieView) -> SignDialog:
    dialog = SignDialog(controller, view, version)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def signatures_of(controller: AppController, casus_id: uuid.UUID, version_id: uuid.UUID):  # type: ignore[no-untyped-def]
    view = controller.services.plans.for_case(casus_id)
    assert view is not None
    version = view.version_by_id(version_id)
    assert version is not None
    return version


def test_says_what_is_signed_and_starts_with_the_first_signer(qtbot, unlocked) -> None:  # type: ignore[no-untyped-def]
    view, version = plan_for(unlocked, "Jesse")
    dialog = open_dialog(qtbot, unlocked, view, version)
    text = dialog.what_label.text()
    assert f"version {version.nummer}" in text or f"versie {version.nummer}" in text
    assert "Jesse Verhoeckx" in text and f"{version.inhoud_hash[:12]}…" in text
    assert dialog.chosen_key() == view.case.jongere.sleutel
    assert dialog.name_edit.text() == "Jesse Verhoeckx"
    assert dialog.place_edit.text() == "Weidestad"
    assert dialog.date_edit.date().toPython() == TODAY
    assert [p.naam for p in dialog.to_sign] == [
        p.naam for p in view.expected_signers(version.content, TODAY)
    ]
    assert not dialog.sign_button.isEnabled()  # nothing drawn yet
    draw(qtbot, dialog.pad, SCRIBBLE)
    assert dialog.sign_button.isEnabled()
    dialog.name_edit.clear()
    assert not dialog.sign_button.isEnabled()  # no name


def test_everyone_signs_one_after_another_and_the_plan_is_signed(qtbot, unlocked) -> None:  # type: ignore[no-untyped-def]
    view, version = plan_for(unlocked, "Jesse")
    expected = view.expected_signers(version.content, TODAY)
    assert len(expected) == 3  # Jesse, his mother (he is under 18), the professional
    dialog = open_dialog(qtbot, unlocked, view, version)
    dialog.role_edit.setText("Jongere, schrijver van dit plan")
    draw(qtbot, dialog.pad, SCRIBBLE)
    with qtbot.waitSignal(unlocked.data_changed):
        qtbot.mouseClick(dialog.sign_button, LEFT)

    stored = signatures_of(unlocked, view.case.casus_id, version.id)
    assert len(stored.signatures) == 1
    first = stored.signatures[0]
    assert first.sleutel == expected[0].sleutel and first.naam == "Jesse Verhoeckx"
    assert first.rol == "Jongere, schrijver van dit plan" and first.plaats == "Weidestad"
    assert first.datum == TODAY and first.inhoud_hash == version.inhoud_hash and first.current
    assert first.verhouding == pytest.approx(3.0)
    assert flat([list(s) for s in first.lijnen]) == pytest.approx(flat([SCRIBBLE]), abs=0.005)

    # The dialog stays open for the next signer, with a clear pad.
    assert dialog.isVisible() and dialog.pad.is_empty()
    assert dialog.chosen_key() == expected[1].sleutel
    assert dialog.name_edit.text() == expected[1].naam
    assert not dialog.select_person(expected[0].sleutel)  # signed: shown, not choosable

    for _person in expected[1:]:
        draw(qtbot, dialog.pad, SCRIBBLE)
        with qtbot.waitSignal(unlocked.data_changed):
            qtbot.mouseClick(dialog.sign_button, LEFT)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.signed_names == [p.naam for p in expected]
    stored = signatures_of(unlocked, view.case.casus_id, version.id)
    assert stored.status is VersieStatus.GETEKEND
    assert [s.sleutel for s in stored.current_signatures] == [p.sleutel for p in expected]
    assert unlocked.services.plans.verify(version.inhoud_hash).all_signed


def test_someone_else_signs_with_a_typed_name(qtbot, unlocked) -> None:  # type: ignore[no-untyped-def]
    view, version = plan_for(unlocked, "Jesse")
    dialog = open_dialog(qtbot, unlocked, view, version)
    assert dialog.select_person(SOMEONE_ELSE)
    assert dialog.name_edit.text() == "" and dialog.chosen_key() == ""
    draw(qtbot, dialog.pad, SCRIBBLE)
    assert not dialog.sign_button.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "Oma Ria")
    qtbot.keyClicks(dialog.role_edit, "Oma")
    with qtbot.waitSignal(unlocked.data_changed):
        qtbot.mouseClick(dialog.sign_button, LEFT)
    stored = signatures_of(unlocked, view.case.casus_id, version.id)
    assert [(s.naam, s.rol, s.sleutel) for s in stored.signatures] == [("Oma Ria", "Oma", "")]
    # Nobody expected has signed yet, so the dialog goes on with the young person.
    assert dialog.isVisible() and dialog.chosen_key() == view.case.jongere.sleutel


def test_a_plan_changed_meanwhile_is_not_signed_and_the_strokes_stay(qtbot, unlocked) -> None:  # type: ignore[no-untyped-def]
    view, version = plan_for(unlocked, "Jesse")
    dialog = open_dialog(qtbot, unlocked, view, version)
    draw(qtbot, dialog.pad, SCRIBBLE)
    drawn = dialog.pad.strokes()
    # Someone else edits the plan while the young person is signing.
    unlocked.services.plans.edit(version.id, SetText("droom", "Ik wil kok worden."))
    with qtbot.assertNotEmitted(unlocked.data_changed):
        qtbot.mouseClick(dialog.sign_button, LEFT)
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text().startswith("Het plan is net gewijzigd.")
    assert "Traceback" not in dialog.error_label.text()
    assert dialog.pad.strokes() == drawn
    assert dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    stored = signatures_of(unlocked, view.case.casus_id, version.id)
    assert stored.signatures == ()
    # Clearing the pad also clears the message.
    qtbot.mouseClick(dialog.clear_button, LEFT)
    assert dialog.pad.is_empty() and not dialog.error_label.isVisible()


def test_a_minor_without_a_recorded_gezag_holder_is_told_who_records_it(  # type: ignore[no-untyped-def]
        qtbot, window) -> None:
    """Gezag is never guessed from the role: the plan says nobody holds it yet, and how.

    (A vault from before gezag was recorded, migration 0008, has parents without it.)
    """
    unlock(qtbot, window)
    services = window.controller.services
    window.controller.publish(services.casussen.register(new_case(
        voornaam="Mila", achternaam="Zonder-Gezag", huishouden="Huishouden Zonder-Gezag")))
    page = open_plan(qtbot, window, "Mila")
    intro = page.signatures.intro.text()
    assert "Nog niemand in het dossier heeft het gezag over Mila" in intro, intro
    page.close_page()
    window.workspace.case_list.search_edit.clear()
    jaylen = open_plan(qtbot, window, "Jaylen")  # 17, his mother holds gezag in the demo
    assert "Nog niemand" not in jaylen.signatures.intro.text()
