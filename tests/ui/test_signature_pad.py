"""The signature pad: mouse, pen and finger strokes become points normalised to the pad."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import (
    QColor,
    QInputDevice,
    QPointingDevice,
    QTabletEvent,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tafel.ui.plan.signature_pad import SignaturePad
from tests.ui.drive import LEFT, at, draw, flat, move_with_button


@pytest.fixture
def pad(qtbot, app) -> SignaturePad:  # type: ignore[no-untyped-def]
    widget = SignaturePad()
    qtbot.addWidget(widget)
    widget.resize(606, 204)  # the 3:1 area inside is 600 x 200, 3 px from the left
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.pad_rect().width() == pytest.approx(600)
    assert widget.pad_rect().height() == pytest.approx(200)
    return widget


def test_a_mouse_stroke_is_stored_as_normalised_points(qtbot, pad: SignaturePad) -> None:  # type: ignore[no-untyped-def]
    assert pad.is_empty()
    with qtbot.waitSignal(pad.changed):
        draw(qtbot, pad, [(0.1, 0.5), (0.3, 0.4), (0.6, 0.7), (0.9, 0.5)])
    strokes = pad.strokes()
    assert len(strokes) == 1
    assert flat(strokes) == pytest.approx(
        flat([[(0.1, 0.5), (0.3, 0.4), (0.6, 0.7), (0.9, 0.5)]]), abs=0.005)
    assert not pad.is_empty()


def test_strokes_stay_separate_and_clear_wipes_them(qtbot, pad: SignaturePad) -> None:  # type: ignore[no-untyped-def]
    draw(qtbot, pad, [(0.1, 0.5), (0.4, 0.5)])
    draw(qtbot, pad, [(0.5, 0.2), (0.5, 0.8)])
    assert [len(s) for s in pad.strokes()] == [2, 2]
    with qtbot.waitSignal(pad.changed):
        pad.clear()
    assert pad.is_empty() and pad.strokes() == []


def test_points_outside_the_area_are_kept_on_its_edge(qtbot, pad: SignaturePad) -> None:  # type: ignore[no-untyped-def]
    qtbot.mousePress(pad, LEFT, pos=at(pad, 0.5, 0.5))
    move_with_button(pad, QPoint(pad.width() + 80, -40))
    qtbot.mouseRelease(pad, LEFT, pos=QPoint(pad.width() + 80, -40))
    assert pad.strokes() == [[(0.5, 0.5), (1.0, 0.0)]]


def test_moves_without_a_button_draw_nothing(qtbot, pad: SignaturePad) -> None:  # type: ignore[no-untyped-def]
    QTest.mouseMove(pad, at(pad, 0.2, 0.2))
    QTest.mouseMove(pad, at(pad, 0.8, 0.8))
    assert pad.is_empty()


def test_a_pen_draws_once_through_tablet_events(qtbot, pad: SignaturePad) -> None:  # type: ignore[no-untyped-def]
    pen = QPointingDevice("test pen", 7, QInputDevice.DeviceType.Stylus,
                          QPointingDevice.PointerType.Pen,
                          QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
                          1, 3)

    def send(kind: QEvent.Type, x: float, y: float, buttons: Qt.MouseButton) -> bool:
        point = QPointF(at(pad, x, y))
        event = QTabletEvent(kind, pen, point, QPointF(pad.mapToGlobal(point)), 0.6, 0, 0, 0,
                             0, 0, Qt.KeyboardModifier.NoModifier, LEFT, buttons)
        QApplication.sendEvent(pad, event)
        return event.isAccepted()

    assert send(QEvent.Type.TabletPress, 0.2, 0.6, LEFT)
    assert send(QEvent.Type.TabletMove, 0.5, 0.3, LEFT)
    assert send(QEvent.Type.TabletRelease, 0.8, 0.6, Qt.MouseButton.NoButton)
    assert len(pad.strokes()) == 1
    assert flat(pad.strokes()) == pytest.approx(flat([[(0.2, 0.6), (0.5, 0.3), (0.8, 0.6)]]),
                                                abs=0.005)


def test_a_finger_draws_through_touch_events(qtbot, pad: SignaturePad) -> None:  # type: ignore[no-untyped-def]
    assert pad.testAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
    finger = QTest.createTouchDevice()
    QTest.touchEvent(pad, finger).press(0, at(pad, 0.1, 0.5), pad).commit()
    QTest.touchEvent(pad, finger).move(0, at(pad, 0.5, 0.6), pad).commit()
    QTest.touchEvent(pad, finger).release(0, at(pad, 0.9, 0.5), pad).commit()
    assert len(pad.strokes()) == 1
    assert flat(pad.strokes()) == pytest.approx(flat([[(0.1, 0.5), (0.5, 0.6), (0.9, 0.5)]]),
                                                abs=0.005)


def test_the_aspect_stays_when_the_widget_is_wider(qtbot, pad: SignaturePad) -> None:  # type: ignore[no-untyped-def]
    pad.resize(1000, 204)
    rect = pad.pad_rect()
    assert rect.width() / rect.height() == pytest.approx(3.0)
    assert rect.center().x() == pytest.approx(500)
    draw(qtbot, pad, [(0.0, 0.5), (1.0, 0.5)])
    assert flat(pad.strokes()) == pytest.approx([0.0, 0.5, 1.0, 0.5], abs=0.005)
    assert pad.heightForWidth(900) == 300


def test_a_stored_signature_is_shown_read_only_and_drawn_in_ink(qtbot, pad: SignaturePad) -> None:  # type: ignore[no-untyped-def]
    pad.set_strokes([[(0.1, 0.5), (0.5, 0.5), (0.9, 0.5)]])
    assert pad.is_read_only()
    draw(qtbot, pad, [(0.2, 0.2), (0.3, 0.3)])  # ignored
    assert pad.strokes() == [[(0.1, 0.5), (0.5, 0.5), (0.9, 0.5)]]
    image = pad.grab().toImage()
    ink = image.pixelColor(at(pad, 0.5, 0.5))
    paper = image.pixelColor(at(pad, 0.5, 0.2))
    assert ink.lightness() < 100 < paper.lightness()
    assert paper == QColor("white")
