"""The wall and the mirror as the room and the consulent use them.

The curtain keys, the clicker keys, the calm waiting picture, the gentle time line, the young
person's words first, a note (without categories) when not everything may be shown, the
mirror's strip, and a picture that fits a small beamer without clipping.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel

from tafel.domain.enums import Gegevenscategorie as C
from tafel.domain.overleg import OP_DE_WAND, Aanwezige, AanwezigeSoort, AgendaStap
from tafel.ui.overleg.spiegel_window import SpiegelWindow
from tafel.ui.overleg.wand_parts import TijdLijn
from tafel.ui.overleg.wand_style import AMBER
from tafel.ui.overleg.wand_window import WandWindow, longest_word
from tafel.views.wand import WandView, wand_view
from tests.builders import (
    WAND_CONCLUSIE,
    WAND_DEADLINE,
    WAND_EIGENAAR,
    WAND_JONGERE,
    wand_plan,
)
from tests.ui.drive import widget_texts

CONTENT = wand_plan()[0]
EVERYTHING = OP_DE_WAND


def _view(room: frozenset[C] = EVERYTHING, conclusies: tuple[str, ...] = ()) -> WandView:
    return wand_view(CONTENT, WAND_JONGERE, room, {"persoon:eigenaar": WAND_EIGENAAR},
                     conclusies)


def _text(window) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(widget_texts(window))


@pytest.mark.parametrize("key", [Qt.Key.Key_B, Qt.Key.Key_Period, Qt.Key.Key_F8])
def test_a_curtain_key_blanks_the_wall_at_once_and_lifts_it_again(
    qtbot, wall: WandWindow, key: Qt.Key
) -> None:  # type: ignore[no-untyped-def]
    wall.toon(_view(), AgendaStap.ZELF_DOEN)
    assert "MRKWONENZELF" in _text(wall)
    with qtbot.waitSignal(wall.gordijn_gevraagd) as asked:
        qtbot.keyClick(wall, key)
    assert asked.args == [True] and wall.gordijn_dicht
    assert widget_texts(wall) == ["tafel: casus-overleg", "tafel"]  # the title, the name
    assert not wall.findChildren(QLabel, "wandTitel")  # removed, not covered

    # the room changes behind the curtain: lifting it shows the new room, not the old one
    wall.toon(_view(EVERYTHING - {C.WONEN}), AgendaStap.ZELF_DOEN)
    assert "MRK" not in _text(wall)
    with qtbot.waitSignal(wall.gordijn_gevraagd) as asked:
        qtbot.keyClick(wall, key)
    assert asked.args == [False] and not wall.gordijn_dicht
    shown = _text(wall)
    assert "MRKINKOMENZELF" in shown and "MRKWONENZELF" not in shown


def test_a_clicker_moves_the_agenda_on_and_back(qtbot, wall: WandWindow) -> None:  # type: ignore[no-untyped-def]
    wall.toon(_view(), AgendaStap.NETWERK)
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_Right):
        with qtbot.waitSignal(wall.volgende):
            qtbot.keyClick(wall, key)
    for key in (Qt.Key.Key_PageUp, Qt.Key.Key_Left):
        with qtbot.waitSignal(wall.vorige):
            qtbot.keyClick(wall, key)
    with qtbot.assertNotEmitted(wall.gordijn_gevraagd):
        qtbot.keyClick(wall, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert not wall.gordijn_dicht


def test_an_empty_room_shows_a_calm_waiting_picture_and_nothing_of_the_case(
    wall: WandWindow,
) -> None:
    wall.toon(_view(frozenset(), (WAND_CONCLUSIE,)), AgendaStap.AFSPRAKEN)
    shown = _text(wall)
    assert "Het overleg begint zo" in shown
    assert "MRK" not in shown and "Afspraken" not in shown
    assert wall.tijdlijn is None


def test_the_time_line_fills_gently_and_turns_amber_past_the_box(wall: WandWindow) -> None:
    view = _view()
    wall.toon(view, AgendaStap.DOORBRAAK, verstreken=0.25)
    line = wall.tijdlijn
    title = wall.findChild(QLabel, "wandTitel")
    assert line is not None and line.verstreken == 0.25
    assert line.kleur().name() != AMBER

    wall.toon(view, AgendaStap.DOORBRAAK, verstreken=1.3)  # only the time moved on
    assert wall.tijdlijn is line and wall.findChild(QLabel, "wandTitel") is title
    assert line.verstreken == 1.3 and line.kleur().name() == AMBER
    assert not [w for w in wall.findChildren(QLabel) if w.text().strip().isdigit()
                and w.objectName() != "wandStap"]  # no countdown in the room

    wall.toon(_view(EVERYTHING - {C.INKOMEN}), AgendaStap.DOORBRAAK, verstreken=1.3)
    assert isinstance(wall.tijdlijn, TijdLijn) and wall.tijdlijn is not line  # redrawn


def test_the_young_persons_own_words_come_first_and_afspraken_carry_their_date(
    wall: WandWindow,
) -> None:
    wall.toon(_view(), AgendaStap.PERSPECTIEF)
    labels = [w.text() for w in wall.findChildren(QLabel) if w.property("role")]
    assert labels[0] == "Mijn perspectief" and "MRKPERSPECTIEF" in labels[1]
    assert "Het plan van MRKVOORNAAM" in _text(wall)

    wall.toon(_view(conclusies=(f"Eerst {WAND_CONCLUSIE}",)), AgendaStap.AFSPRAKEN)
    shown = _text(wall)
    months = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
              "september", "oktober", "november", "december")
    deadline = f"{WAND_DEADLINE.day} {months[WAND_DEADLINE.month - 1]} {WAND_DEADLINE.year}"
    assert f"uiterlijk {deadline}" in shown and WAND_EIGENAAR in shown
    assert "Conclusies" in shown and WAND_CONCLUSIE in shown


def test_what_the_room_may_not_see_is_left_out_with_a_gentle_word_and_no_category(
    wall: WandWindow,
) -> None:
    wall.toon(_view(EVERYTHING - {C.INKOMEN}), AgendaStap.ZELF_DOEN)
    shown = _text(wall)
    assert "niet iedereen hier mag alles zien" in shown
    assert "inkomen" not in shown.lower() and "MRKWONENZELF" in shown
    assert not any(ch.isdigit() for ch in shown.split("niet iedereen")[0][-80:])

    wall.toon(_view(), AgendaStap.ZELF_DOEN)
    assert "niet iedereen hier" not in _text(wall)


def _assert_fits(wall: WandWindow, size: tuple[int, int]) -> None:
    assert (wall.width(), wall.height()) == size  # the window did not grow to fit the text
    frame = QRect(QPoint(0, 0), wall.size())
    labels = [label for label in wall.findChildren(QLabel) if label.text()]
    assert labels and all(label.isVisible() for label in labels)
    for label in labels:
        box = QRect(label.mapTo(wall, QPoint(0, 0)), label.size())
        assert frame.contains(box), (label.text(), box, size)
        if label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), label.text()
            assert longest_word(label) <= label.contentsRect().width(), label.text()
        else:
            assert label.width() >= label.sizeHint().width() - 1, label.text()


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768), (1280, 720)])
@pytest.mark.parametrize("stap", [AgendaStap.DOORBRAAK, AgendaStap.AFSPRAKEN,
                                  AgendaStap.PERSPECTIEF])
def test_the_picture_fits_a_beamer_without_clipping(
    wall: WandWindow, size: tuple[int, int], stap: AgendaStap
) -> None:
    wall.resize(*size)
    wall.toon(_view(conclusies=(f"Eerst {WAND_CONCLUSIE}", "Dan de rest")), stap)
    _assert_fits(wall, size)  # at once: a grab right after toon shows the finished picture
    QApplication.sendPostedEvents()  # and once the layout requests of a redraw are handled
    QApplication.processEvents()
    _assert_fits(wall, size)


def test_the_mirror_strip_steers_and_names_people_only_when_the_room_may_see_them(
    qtbot, mirror: SpiegelWindow
) -> None:  # type: ignore[no-untyped-def]
    noor = Aanwezige(AanwezigeSoort.HUISHOUDEN, "MRKNOOR Bakker")
    agent = Aanwezige(AanwezigeSoort.PROFESSIONEEL, "MRKAGENT Jansen")
    mirror.zet_aanwezigen([noor])
    mirror.toon(_view(), AgendaStap.ZELF_DOEN, verstreken=0.5)
    strip = mirror.aanwezigen_button.text()
    assert "MRKNOOR" in strip and "Bakker" not in strip  # first names only
    assert mirror.tijd_label.text() == "2:30 van 5 min"

    # the agent walks in: names wait for the view made for the new room
    mirror.zet_aanwezigen([noor, agent])
    assert "MRK" not in mirror.aanwezigen_button.text()
    mirror.toon(_view(EVERYTHING - {C.PERSOONSGEGEVENS}), AgendaStap.ZELF_DOEN)
    assert mirror.aanwezigen_button.text() == "Aanwezigen (2): 1 huishouden, 1 professional"

    for button, signal in ((mirror.vorige_button, mirror.vorige),
                           (mirror.volgende_button, mirror.volgende),
                           (mirror.aanwezigen_button, mirror.aanwezigen_gevraagd),
                           (mirror.afronden_button, mirror.afronden_gevraagd)):
        with qtbot.waitSignal(signal):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(mirror.gordijn_gevraagd) as asked:
        qtbot.mouseClick(mirror.gordijn_button, Qt.MouseButton.LeftButton)
    assert asked.args == [True] and mirror.gordijn_dicht and mirror.wand.gordijn_dicht
    assert "MRK" not in _text(mirror)

    # a curtain key on a focused strip button works too, and lifts it
    mirror.afronden_button.setFocus()
    with qtbot.waitSignal(mirror.gordijn_gevraagd) as asked:
        qtbot.keyClick(mirror.afronden_button, Qt.Key.Key_B)
    assert asked.args == [False] and not mirror.gordijn_button.isChecked()
    with qtbot.waitSignal(mirror.volgende):
        qtbot.keyClick(mirror.afronden_button, Qt.Key.Key_PageDown)


def test_the_first_and_last_step_cannot_go_further(mirror: SpiegelWindow) -> None:
    mirror.toon(_view(), AgendaStap.SITUATIESCHETS)
    assert not mirror.vorige_button.isEnabled() and mirror.volgende_button.isEnabled()
    mirror.toon(_view(), AgendaStap.VANGNET)
    assert mirror.vorige_button.isEnabled() and not mirror.volgende_button.isEnabled()
