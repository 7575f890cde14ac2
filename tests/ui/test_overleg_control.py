"""The casus-overleg from the laptop: the control view drives the wall, and the wall follows.

A real vault (the demo, plus Noor's case from ``meeting_case``: her mother, her uncle and a
wijkagent whose consent leaves out Inkomen), the real main window, offscreen.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tafel.domain.enums import Gegevenscategorie, Pijler
from tafel.domain.overleg import AgendaStap
from tafel.ui.main_window import MainWindow
from tests.builders import MeetingCase, marker, meeting_case
from tests.ui.drive import (
    begin_meeting,
    control_text,
    open_case,
    unlock,
    wall_text,
)

INKOMEN_DOEL = marker("inkomen.ik_doel")  # on the wall at the situatieschets, with consent
WONEN_DOEL = marker("wonen.ik_doel")


@pytest.fixture
def noor(qtbot, window: MainWindow, monkeypatch) -> MeetingCase:  # type: ignore[no-untyped-def]
    """The window unlocked with Noor's case open."""
    unlock(qtbot, window)
    case = meeting_case(window.controller.services)
    window.workspace.reload()
    open_case(qtbot, window, "Noor")
    return case


def _page(window: MainWindow, noor: MeetingCase, present=("Noor", "MRKAGENT"), **kw):  # type: ignore[no-untyped-def]
    return begin_meeting(window, noor.case_id, list(present), **kw)


def test_the_agenda_moves_on_and_back_and_is_saved(qtbot, window, noor) -> None:  # type: ignore[no-untyped-def]
    page = _page(window, noor)
    overleg = window.controller.services.overleg
    wall = page.sessie.muur
    assert page.sessie.stap is AgendaStap.SITUATIESCHETS
    qtbot.mouseClick(page.volgende_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.volgende_button, Qt.MouseButton.LeftButton)
    assert overleg.overleg(page.sessie.overleg_id).stap is AgendaStap.ZELF_DOEN
    assert page.editor.titel.text() == page.agenda.regels[AgendaStap.ZELF_DOEN].naam.text()[3:]
    wall.vorige.emit()  # the clicker's PageUp on the wall
    assert overleg.overleg(page.sessie.overleg_id).stap is AgendaStap.PERSPECTIEF
    assert marker("perspectief") in wall_text(wall)
    page.editor.parts["perspectief"].box.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown,
                   Qt.KeyboardModifier.ControlModifier)
    assert overleg.overleg(page.sessie.overleg_id).stap is AgendaStap.ZELF_DOEN
    qtbot.mouseClick(page.agenda.regels[AgendaStap.VANGNET], Qt.MouseButton.LeftButton)
    assert overleg.overleg(page.sessie.overleg_id).stap is AgendaStap.VANGNET
    assert not page.volgende_button.isEnabled()


def test_the_time_box_shows_gently(qtbot, window, noor) -> None:  # type: ignore[no-untyped-def]
    page = _page(window, noor)
    now = [1000.0]
    page.sessie._klok = lambda: now[0]
    page.sessie._sinds = now[0]
    now[0] += 6 * 60  # the situatieschets has five minutes
    page.sessie.tik.emit()
    row = page.agenda.regels[AgendaStap.SITUATIESCHETS]
    assert row.tijd.text().startswith("6:00")
    assert row.balk.property("over") is True
    assert row.balk.value() == row.balk.maximum()


def test_someone_leaving_brings_a_category_back_at_once(qtbot, window, noor) -> None:  # type: ignore[no-untyped-def]
    page = _page(window, noor)
    wall = page.sessie.muur
    assert Gegevenscategorie.INKOMEN not in page.sessie.view.categorieen
    assert WONEN_DOEL in wall_text(wall) and INKOMEN_DOEL not in wall_text(wall)
    assert "Inkomen niet getoond" in page.preview.regels.text()

    page.lijst.box_voor("MRKAGENT").setChecked(False)  # the wijkagent leaves the room
    assert INKOMEN_DOEL in wall_text(wall)  # in the same turn, no waiting
    assert "Inkomen niet getoond" not in page.preview.regels.text()

    page.lijst.box_voor("MRKAGENT").setChecked(True)  # and comes back
    assert INKOMEN_DOEL not in wall_text(wall)
    names = [p.naam for p in window.controller.services.overleg.overleg(
        page.sessie.overleg_id).aanwezigen]
    assert any(n.startswith("MRKAGENT") for n in names)


def test_a_guest_blanks_the_case_data(qtbot, window, noor) -> None:  # type: ignore[no-untyped-def]
    page = _page(window, noor, present=("Noor",))
    wall = page.sessie.muur
    assert INKOMEN_DOEL in wall_text(wall)
    qtbot.keyClicks(page.lijst.gast_edit, "Stagiair Sem")
    qtbot.keyClick(page.lijst.gast_edit, Qt.Key.Key_Return)
    assert page.sessie.view.categorieen == frozenset()
    assert "MRK" not in wall_text(wall)
    assert "gast" in page.preview.regels.text()
    assert page.lijst.gast_melding.property("role") == "chip"
    overleg = window.controller.services.overleg.overleg(page.sessie.overleg_id)
    assert "Stagiair Sem" in [p.naam for p in overleg.aanwezigen]


def test_f8_on_the_control_view_closes_the_curtain(qtbot, window, noor) -> None:  # type: ignore[no-untyped-def]
    page = _page(window, noor)
    wall = page.sessie.muur
    page.editor.parts[f"{Pijler.WONEN.value}.ik_doel"].box.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F8)
    assert wall.gordijn_dicht and page.sessie.gordijn_dicht
    assert page.muur_staat.text() == "Gordijn dicht"
    assert page.gordijn_button.isChecked()
    assert WONEN_DOEL not in wall_text(wall)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F8)
    assert not wall.gordijn_dicht
    assert WONEN_DOEL in wall_text(wall)


def test_typing_in_the_control_view_reaches_the_wall(qtbot, window, noor) -> None:  # type: ignore[no-untyped-def]
    page = _page(window, noor)
    wall = page.sessie.muur
    page.sessie.ga_naar(AgendaStap.PERSPECTIEF)
    box = page.editor.parts["perspectief"].box
    box.setFocus()
    box.moveCursor(box.textCursor().MoveOperation.End)
    qtbot.keyClicks(box, " en ik wil koken")
    qtbot.waitUntil(lambda: "en ik wil koken" in wall_text(wall), timeout=5000)
    plan = window.controller.services.plans.for_case(noor.case_id)
    assert plan.latest.content.text("perspectief").endswith("en ik wil koken")


def test_conclusions_are_saved_as_typed_and_shown(qtbot, window, noor) -> None:  # type: ignore[no-untyped-def]
    page = _page(window, noor)
    qtbot.keyClicks(page.conclusies.nieuw_edit, "Noor zoekt een kamer")
    qtbot.keyClick(page.conclusies.nieuw_edit, Qt.Key.Key_Return)
    overleg = window.controller.services.overleg
    assert overleg.overleg(page.sessie.overleg_id).conclusies == ("Noor zoekt een kamer",)
    assert "Noor zoekt een kamer" in wall_text(page.sessie.muur)
    row = page.conclusies.rows[0]
    row.edit.moveCursor(row.edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(row.edit, " in Almelo")
    qtbot.waitUntil(lambda: overleg.overleg(page.sessie.overleg_id).conclusies
                    == ("Noor zoekt een kamer in Almelo",), timeout=5000)
    qtbot.mouseClick(row.remove_button, Qt.MouseButton.LeftButton)
    assert overleg.overleg(page.sessie.overleg_id).conclusies == ()


def test_an_afspraak_noted_lands_in_the_plan(qtbot, window, noor) -> None:  # type: ignore[no-untyped-def]
    page = _page(window, noor)
    form = page.afspraak
    qtbot.keyClicks(form.actie_edit, "Bel de woningcorporatie")
    form.eigenaar_combo.setCurrentIndex(form.eigenaar_combo.findText("MRKMOEDER",
                                                                      Qt.MatchFlag.MatchStartsWith))
    today = window.controller.services.context.today()
    form.deadline_edit.set_value(today + timedelta(days=14))
    form.pijler_combo.setCurrentIndex(form.pijler_combo.findData(Pijler.WONEN.value))
    qtbot.keyClick(form.actie_edit, Qt.Key.Key_Return)
    plan = window.controller.services.plans.for_case(noor.case_id)
    noted = [a for a in plan.latest.content.afspraken if a.actie == "Bel de woningcorporatie"]
    assert len(noted) == 1
    assert noted[0].eigenaar == f"persoon:{noor.moeder_id}"
    assert noted[0].deadline == today + timedelta(days=14)
    assert noted[0].pijler is Pijler.WONEN
    overleg = window.controller.services.overleg.overleg(page.sessie.overleg_id)
    assert noted[0].id in overleg.afspraak_ids
    assert form.actie_edit.text() == ""
    page.sessie.ga_naar(AgendaStap.AFSPRAKEN)
    assert "Bel de woningcorporatie" in wall_text(page.sessie.muur)
    qtbot.waitUntil(lambda: "Bel de woningcorporatie" in control_text(page.editor))


def test_an_afspraak_without_an_owner_is_refused_in_words(qtbot, window, noor) -> None:  # type: ignore[no-untyped-def]
    page = _page(window, noor)
    qtbot.keyClicks(page.afspraak.actie_edit, "Iets zonder eigenaar")
    qtbot.keyClick(page.afspraak.actie_edit, Qt.Key.Key_Return)
    assert page.afspraak.melding.isVisible()
    assert page.afspraak.melding.text() == "Kies wie de afspraak op zich neemt."
    assert page.afspraak.actie_edit.text() == "Iets zonder eigenaar"


def test_locking_mid_meeting_closes_the_wall_at_once(qtbot, window, noor) -> None:  # type: ignore[no-untyped-def]
    page = _page(window, noor)
    wall = page.sessie.muur
    assert wall.isVisible()
    closed: list[bool] = []
    window.controller.about_to_lock.connect(lambda: closed.append(not wall.isVisible()))
    qtbot.keyClick(page.editor.parts[f"{Pijler.WONEN.value}.ik_doel"].box, Qt.Key.Key_L,
                   Qt.KeyboardModifier.ControlModifier)
    assert not window.controller.is_unlocked
    assert not wall.isVisible()
    assert window.workspace is None


def test_closing_the_control_view_takes_the_wall_down_and_resumes(qtbot, window, noor) -> None:  # type: ignore[no-untyped-def]
    from tafel.ui.overleg.start_dialog import StartOverlegDialog

    page = _page(window, noor)
    overleg_id = page.sessie.overleg_id
    page.sessie.ga_naar(AgendaStap.DOORBRAAK)
    wall = page.sessie.muur
    qtbot.mouseClick(page.sluit_button, Qt.MouseButton.LeftButton)
    assert not wall.isVisible()
    workspace = window.workspace
    assert workspace.overleg_page is None
    assert workspace.pages.currentWidget() is workspace.browse

    qtbot.mouseClick(workspace.overview.overleg_button, Qt.MouseButton.LeftButton)
    question = workspace.overleg_start.vraag_box
    assert question is not None and "Er loopt nog een casus-overleg van" in question.text()
    qtbot.mouseClick(question.buttons()[0], Qt.MouseButton.LeftButton)  # "Verder"
    dialog = workspace.overleg_start.dialog
    assert isinstance(dialog, StartOverlegDialog)
    assert dialog.lijst.box_voor("MRKAGENT").isChecked()
    dialog.scherm_combo.setCurrentIndex(dialog.scherm_combo.count() - 1)
    dialog.accept()
    resumed = workspace.overleg_page
    assert resumed is not None and resumed.sessie.overleg_id == overleg_id
    assert resumed.sessie.stap is AgendaStap.DOORBRAAK


def test_one_screen_shows_only_the_mirror(qtbot, window, noor) -> None:  # type: ignore[no-untyped-def]
    from tafel.ui.overleg.start_dialog import StartOverlegDialog

    workspace = window.workspace
    qtbot.mouseClick(workspace.overview.overleg_button, Qt.MouseButton.LeftButton)
    dialog = workspace.overleg_start.dialog
    assert isinstance(dialog, StartOverlegDialog)
    assert dialog.scherm_keuze.gespiegeld  # offscreen has one screen: mirrored by default
    dialog.lijst.box_voor("MRKAGENT").setChecked(True)
    dialog.accept()
    page = workspace.overleg_page
    mirror = page.sessie.muur
    assert mirror.isVisible() and mirror.isFullScreen()
    assert page.editor is None  # no control view is built at all
    assert "MRK" not in control_text(window)  # nothing of the case on the laptop's window
    assert "Noor" not in control_text(window)
    assert INKOMEN_DOEL not in wall_text(mirror)
    assert WONEN_DOEL in wall_text(mirror)
    mirror.volgende.emit()
    assert window.controller.services.overleg.overleg(
        page.sessie.overleg_id).stap is AgendaStap.PERSPECTIEF


def test_the_mirror_asks_who_is_here_without_naming_the_absent(qtbot, window, noor) -> None:  # type: ignore[no-untyped-def]
    from tafel.ui.overleg.start_dialog import StartOverlegDialog

    workspace = window.workspace
    qtbot.mouseClick(workspace.overview.overleg_button, Qt.MouseButton.LeftButton)
    dialog = workspace.overleg_start.dialog
    assert isinstance(dialog, StartOverlegDialog)
    qtbot.keyClicks(dialog.lijst.gast_edit, "Tolk Amal")
    qtbot.keyClick(dialog.lijst.gast_edit, Qt.Key.Key_Return)
    dialog.accept()
    page = workspace.overleg_page
    mirror = page.sessie.muur
    assert "MRK" not in wall_text(mirror)  # a guest: no case data
    mirror.aanwezigen_gevraagd.emit()
    asked = page.aanwezigen_dialog
    assert asked is not None and asked.isVisible()
    seen = control_text(asked)
    assert "MRKOOM" not in seen and "MRKAGENT" not in seen  # not in the room: role only
    assert "wijkagent" not in seen and "professional 1" in seen and "Tolk Amal" in seen
    asked.lijst.box_voor("Tolk Amal").setChecked(False)
    asked.accept()
    assert WONEN_DOEL in wall_text(mirror)  # the guest left: the household's own wall


def test_a_pillar_heading_shows_its_ampersand(qtbot, window, noor) -> None:  # type: ignore[no-untyped-def]
    """'School & Werk' above a part with a keyboard buddy, where a lone & is a mnemonic.

    It was shown as 'School _Werk'.
    """
    page = _page(window, noor)
    qtbot.mouseClick(page.volgende_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.volgende_button, Qt.MouseButton.LeftButton)  # Zelf doen: the pillars
    heading = next(part.heading for key, part in page.editor.parts.items()
                   if key.startswith(Pijler.SCHOOL_WERK.value))
    assert heading.buddy() is not None
    assert heading.text() == "School && Werk"  # shown as "School & Werk"
