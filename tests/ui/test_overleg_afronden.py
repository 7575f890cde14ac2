"""Finishing a casus-overleg and finding it again on the case: the record, the date, the print.

A real vault (the demo plus Noor's case from ``meeting_case``), the real main window,
offscreen. The date moves by the controller's ``today``, as the services read it.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from tafel.domain.dates import short_date
from tafel.domain.enums import Pijler
from tafel.domain.overleg import EVALUATIE_NA, Aanwezige, AanwezigeSoort
from tafel.ui.main_window import MainWindow
from tafel.ui.overleg.afronden_dialog import AfrondenDialog
from tafel.ui.overleg.verslag_dialog import OverlegVerslagDialog
from tafel.ui.overleg.verslag_preview import OverlegVerslagPreview
from tests.builders import TODAY, MeetingCase, marker, meeting_case, pdf_text
from tests.ui.drive import begin_meeting, control_text, open_case, unlock

SIX_WEEKS = TODAY + EVALUATIE_NA
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def day() -> list[date]:
    """The day the services see; a test moves it."""
    return [TODAY]


@pytest.fixture
def noor(qtbot, window: MainWindow, day: list[date]) -> MeetingCase:  # type: ignore[no-untyped-def]
    """The window unlocked (on a movable day) with Noor's case open."""
    window.controller.today = lambda: day[0]
    unlock(qtbot, window)
    case = meeting_case(window.controller.services)
    window.workspace.reload()
    open_case(qtbot, window, "Noor")
    return case


def _meeting(window: MainWindow, noor: MeetingCase):  # type: ignore[no-untyped-def]
    """A meeting with Noor and the wijkagent, a conclusion and an afspraak about wonen."""
    page = begin_meeting(window, noor.case_id, ["Noor", "MRKAGENT"])
    overleg = window.controller.services.overleg
    overleg_id = page.sessie.overleg_id
    overleg.zet_conclusies(overleg_id, ["Noor zoekt zelf een kamer"])
    overleg.noteer_afspraak(overleg_id, "Twee kamers bekijken", f"persoon:{noor.jongere_id}",
                            TODAY + timedelta(days=14), Pijler.WONEN)
    return page


def _chips(overview) -> list[str]:  # type: ignore[no-untyped-def]
    """The signal chips the case shows."""
    return [label.text() for label in overview.signals_box.findChildren(QLabel)
            if label.isVisibleTo(overview)]


def _finish_dialog(qtbot, window: MainWindow, page) -> AfrondenDialog:  # type: ignore[no-untyped-def]
    page.afronden()
    qtbot.waitUntil(lambda: any(isinstance(w, AfrondenDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()))
    return next(w for w in QApplication.topLevelWidgets()
                if isinstance(w, AfrondenDialog) and w.isVisible())


def test_finishing_saves_the_record_six_weeks_ahead_and_offers_its_page(  # type: ignore[no-untyped-def]
        qtbot, window, noor) -> None:
    page = _meeting(window, noor)
    overleg_id = page.sessie.overleg_id
    dialog = _finish_dialog(qtbot, window, page)
    shown = dialog.weergave.text()
    assert "Noor zoekt zelf een kamer" in shown
    assert "Twee kamers bekijken" in shown
    assert "wijkagent" in shown  # who was there
    absent = shown.split(f"MRKAGENT Jansen (wijkagent, Politie {marker('organisatie')})")[1]
    absent = absent.split("•")[0]
    assert marker("moeder") in absent and marker("oom") in absent  # the room may see names
    assert dialog.date_line.text() == short_date(SIX_WEEKS)
    assert dialog.save_button.text() == "Opslaan"

    qtbot.mouseClick(dialog.save_button, LEFT)
    record = window.controller.services.overleg.overleg(overleg_id)
    assert not record.lopend and record.volgende_evaluatie == SIX_WEEKS
    preview = dialog.preview
    assert isinstance(preview, OverlegVerslagPreview)
    qtbot.waitUntil(lambda: preview.ready and bool(preview.images))
    assert len(preview.images) == 1
    text = pdf_text(preview.pdf)
    assert "Noor zoekt zelf een kamer" in text and "Twee kamers bekijken" in text
    preview.accept()
    qtbot.waitUntil(lambda: window.workspace.overleg_page is None)  # back on the case


def test_with_a_guest_in_the_room_the_dialog_names_no_one_who_was_not_there(  # type: ignore[no-untyped-def]
        qtbot, window, noor) -> None:
    overleg = window.controller.services.overleg
    young = overleg.kandidaten(noor.case_id)[0].aanwezige
    started = overleg.start(noor.case_id, [young, Aanwezige(AanwezigeSoort.GAST, "Sam")])
    overleg.zet_conclusies(started.overleg_id, ["Sam denkt mee"])
    dialog = AfrondenDialog(window.controller, started.overleg_id, window)
    qtbot.addWidget(dialog)
    shown = dialog.weergave.text()
    assert "Sam (gast)" in shown
    assert "Sam denkt mee" not in shown  # with no category for all, not on wall or paper
    assert "Geen op het verslag: niet iedereen die erbij was" in shown
    assert "3 personen uit het huishouden en netwerk (zonder naam" in shown
    assert "MRK" not in shown and "Noor" not in shown  # a guest may see no one's details


@pytest.mark.parametrize(("typed", "sentence"), [
    (short_date(TODAY - timedelta(days=3)), "De volgende evaluatie moet na vandaag liggen."),
    (short_date(TODAY + timedelta(days=3 * 365)), "Kies een evaluatiedatum binnen twee jaar."),
    ("31-02-2027", "'31-02-2027' is geen datum"),
    ("", "Vul de dag van de volgende evaluatie in."),
])
def test_an_impossible_date_gets_one_dutch_sentence_and_saves_nothing(  # type: ignore[no-untyped-def]
        qtbot, window, noor, typed: str, sentence: str) -> None:
    page = _meeting(window, noor)
    dialog = _finish_dialog(qtbot, window, page)
    dialog.date_line.setText(typed)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text().startswith(sentence)
    assert dialog.error_label.text().count(".") == 1  # one sentence
    assert dialog.preview is None and dialog.isVisible()
    assert window.controller.services.overleg.overleg(page.sessie.overleg_id).lopend
    dialog.reject()
    assert window.workspace.overleg_page is page  # cancelling leaves the meeting running


def test_the_case_lists_its_meetings_newest_first_and_reopens_the_record(  # type: ignore[no-untyped-def]
        qtbot, window, noor) -> None:
    section = window.workspace.overview.overleggen_section
    assert "Nog geen casus-overleg" in control_text(section)
    page = _meeting(window, noor)
    first = page.sessie.overleg_id
    overleg = window.controller.services.overleg
    overleg.rond_af(first, SIX_WEEKS)
    page.close_page()
    second = begin_meeting(window, noor.case_id, ["Noor"]).sessie.overleg_id
    second_page = window.workspace.overleg_page
    second_page.close_page()  # still running: the meeting stays open
    qtbot.waitUntil(lambda: len(section.rows) == 2)

    assert [m.id for m in section.rows] == [second, first]
    lines = section.text().splitlines()
    assert lines[0] == f"Casus-overleg van {short_date(TODAY)}" and lines[1] == "Loopt nog"
    assert "2 personen aanwezig" in section.text()
    assert f"Volgende evaluatie {short_date(SIX_WEEKS)}" in section.text()
    assert (second, "print") not in section.buttons  # a running one has no record to print

    qtbot.mouseClick(section.buttons[(first, "open")], LEFT)
    dialog = section.dialog
    assert isinstance(dialog, OverlegVerslagDialog)
    assert "Noor zoekt zelf een kamer" in dialog.weergave.text()
    assert short_date(SIX_WEEKS) in dialog.weergave.text()
    qtbot.mouseClick(dialog.print_button, LEFT)
    preview = dialog.preview
    assert preview is not None
    qtbot.waitUntil(lambda: preview.ready and bool(preview.images))
    assert "Verslag casus-overleg" in pdf_text(preview.pdf)
    preview.accept()
    dialog.reject()

    qtbot.mouseClick(section.buttons[(second, "open")], LEFT)
    assert not section.dialog.print_button.isEnabled()
    assert "loopt nog" in section.dialog.status.text()


def test_the_signal_shows_on_the_case_once_the_evaluation_has_passed(  # type: ignore[no-untyped-def]
        qtbot, window, noor, day: list[date]) -> None:
    page = _meeting(window, noor)
    dialog = _finish_dialog(qtbot, window, page)
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: dialog.preview is not None)
    assert dialog.preview is not None
    dialog.preview.accept()
    qtbot.waitUntil(lambda: window.workspace.overleg_page is None)
    overview = window.workspace.overview
    chip = f"Evaluatie na het casus-overleg is voorbij ({short_date(SIX_WEEKS)})"
    assert overview.case_id == noor.case_id
    qtbot.waitUntil(lambda: any(c.startswith("Wordt 18") for c in _chips(overview)))
    assert chip not in _chips(overview)

    day[0] = SIX_WEEKS + timedelta(days=1)
    overview.show_case(noor.case_id)
    qtbot.waitUntil(lambda: chip in _chips(overview))
    assert (f"Volgende evaluatie {short_date(SIX_WEEKS)}: is voorbij"
            in overview.overleggen_section.text())
