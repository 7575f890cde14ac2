"""With one screen, the laptop shows nothing the room may not see: the whole screen, walked.

Mirroring makes the laptop's screen the wall. So every window on it (the mirror with its
strip, the main window behind it, and the dialogs the strip opens: who is here, finishing
the meeting) is walked for every text a widget holds or tells (tests/ui/drive.py
``widget_texts``), while a wijkagent whose consent covers neither Inkomen nor
persoonsgegevens is in the room: right after a guest leaves, and when he joins.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from tafel.domain.enums import Gegevenscategorie as C
from tafel.domain.overleg import Aanwezige, AanwezigeSoort
from tafel.ui.main_window import MainWindow
from tafel.ui.overleg.begin import OverlegStart
from tafel.ui.overleg.scherm import SchermKeuze
from tests.builders import MeetingCase, marker, meeting_case
from tests.ui.drive import open_case, unlock, widget_texts

#: The agent's consent: the plan and four pillars; not Inkomen, not persoonsgegevens.
AGENT_MAY_SEE = (C.TOEKOMSTPLAN, C.WONEN, C.WELZIJN, C.SCHOOL_WERK, C.SUPPORT)


def _on_the_laptop() -> str:
    """Every text of every window on the (mirrored) screen."""
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    return "\n".join(text for window in shown
                     for text in widget_texts(window, shown_only=True))


def _leaks(case: MeetingCase, text: str) -> set[str]:
    forbidden = {m for m, part in case.markers.items() if part in ("nooit", "persoon",
                                                                   "inkomen")}
    found = {m for m in forbidden if m in text}
    return found | ({"Noor"} if "Noor" in text else set())


@pytest.fixture
def case(qtbot, window: MainWindow) -> MeetingCase:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    made = meeting_case(window.controller.services, AGENT_MAY_SEE)
    window.workspace.reload()
    open_case(qtbot, window, "Noor")
    return made


def _mirrored(window: MainWindow, case: MeetingCase, *people: Aanwezige):  # type: ignore[no-untyped-def]
    start = OverlegStart(window.controller, case.case_id, window)
    start.begonnen.connect(window.workspace._show_overleg)
    page = start.begin(list(people), False, SchermKeuze(True))
    assert page is not None
    return page


def test_one_screen_shows_nothing_the_room_may_not_see_when_people_come_and_go(
    qtbot, window: MainWindow, case: MeetingCase  # type: ignore[no-untyped-def]
) -> None:
    noor = Aanwezige(AanwezigeSoort.HUISHOUDEN, "Noor", case.jongere_id)
    agent = Aanwezige(AanwezigeSoort.PROFESSIONEEL, "agent", case.agent_id)
    guest = Aanwezige(AanwezigeSoort.GAST, "Sam")
    page = _mirrored(window, case, noor, agent, guest)
    sessie = page.sessie
    assert _leaks(case, _on_the_laptop()) == set()
    assert marker("wonen.ik_doel") not in _on_the_laptop()  # a guest: nothing of the case

    sessie.zet_aanwezigen([noor, agent], False)  # the guest leaves
    shown = _on_the_laptop()
    assert marker("wonen.ik_doel") in shown  # what the room may see is there at once
    assert _leaks(case, shown) == set()

    sessie.aanwezigen_gevraagd.emit()  # the strip's "who is here": a dialog over the mirror
    dialog = page.aanwezigen_dialog
    assert dialog is not None and dialog.isVisible()
    assert _leaks(case, _on_the_laptop()) == set()
    dialog.reject()

    page.afronden()  # finishing: the record as it will be printed, over the mirror
    finishing = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QDialog) and w.isVisible()]
    assert finishing
    assert _leaks(case, _on_the_laptop()) == set()
    for dialog in finishing:
        dialog.reject()


def test_someone_joining_takes_away_at_once_what_they_may_not_see(
    qtbot, window: MainWindow, case: MeetingCase  # type: ignore[no-untyped-def]
) -> None:
    noor = Aanwezige(AanwezigeSoort.HUISHOUDEN, "Noor", case.jongere_id)
    page = _mirrored(window, case, noor)
    assert marker("inkomen.ik_doel") in _on_the_laptop()  # only Noor: all of her plan
    page.sessie.zet_aanwezigen(
        [noor, Aanwezige(AanwezigeSoort.PROFESSIONEEL, "agent", case.agent_id)], False)
    shown = _on_the_laptop()
    assert _leaks(case, shown) == set()
    assert marker("wonen.ik_doel") in shown
