"""Text size follows the desktop with a zoom on top; the menu bar is readable on a dark desktop.

Ctrl++ / Ctrl+- / Ctrl+0 change every text of the app together and are remembered. A dark
desktop gives Qt a dark palette: tafel keeps its own light look everywhere, so the menu bar
does not show the sheet's dark text on the desktop's dark bar.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from tafel.settings import Settings
from tafel.ui.main_window import MainWindow
from tafel.ui.style import apply_style
from tafel.ui.zoom import current_zoom, next_step, set_zoom


@pytest.fixture
def normal_size(app) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The app is shared by the tests: back to normal size afterwards, whatever happened."""
    yield
    set_zoom(100)


def test_zoom_steps_stay_between_80_and_200_percent() -> None:
    assert next_step(100, +1) == 110
    assert next_step(200, +1) == 200
    assert next_step(80, -1) == 80
    assert next_step(150, 0) == 100
    assert next_step(137, +1) == 110  # an unknown value counts as normal


def test_ctrl_plus_enlarges_ctrl_0_restores_it_is_saved(qtbot, window, normal_size) -> None:  # type: ignore[no-untyped-def]
    label = window.vault_label
    title = window.unlock_page.ui.titleLabel
    before, title_before = label.font().pointSizeF(), title.font().pointSizeF()
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(window, Qt.Key.Key_Plus, ctrl)
    qtbot.keyClick(window, Qt.Key.Key_Equal, ctrl)
    assert current_zoom() == 125
    qtbot.waitUntil(lambda: label.font().pointSizeF() > before)
    assert label.font().pointSizeF() == pytest.approx(before * 1.25, abs=0.1)
    assert title.font().pointSizeF() == pytest.approx(title_before * 1.25, abs=0.1)
    assert Settings.load().zoom_percent == 125  # in the settings file
    qtbot.keyClick(window, Qt.Key.Key_Minus, ctrl)
    assert current_zoom() == 110
    qtbot.keyClick(window, Qt.Key.Key_0, ctrl)
    qtbot.waitUntil(lambda: label.font().pointSizeF() == before)
    assert title.font().pointSizeF() == title_before
    assert Settings.load().zoom_percent == 100


def test_the_view_menu_has_the_zoom_in_dutch(window: MainWindow) -> None:
    titles = [action.text() for action in window.menuBar().actions()]
    assert "&Beeld" in titles
    menu = window.menuBar().actions()[titles.index("&Beeld")].menu()
    texts = [action.text() for action in menu.actions()]
    assert texts == ["Tekst &groter", "Tekst &kleiner", "&Normale grootte"]


def test_a_remembered_zoom_is_applied_at_start(qtbot, controller, normal_size) -> None:  # type: ignore[no-untyped-def]
    controller.settings.zoom_percent = 150
    base = QApplication.font().pointSizeF()
    window = MainWindow(controller)
    qtbot.addWidget(window)
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.5, abs=0.1)


def _luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green())
            + 0.0722 * channel(colour.blue()))


def contrast(one: QColor, other: QColor) -> float:
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def dark_desktop_palette() -> QPalette:
    """What a dark desktop (KDE Breeze Dark, GNOME dark, Windows 11 dark) gives Qt."""
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#2a2e32"),
                         (QPalette.ColorRole.WindowText, "#fcfcfc"),
                         (QPalette.ColorRole.Base, "#1b1e20"),
                         (QPalette.ColorRole.Text, "#fcfcfc"),
                         (QPalette.ColorRole.Button, "#31363b"),
                         (QPalette.ColorRole.ButtonText, "#fcfcfc"),
                         (QPalette.ColorRole.Highlight, "#3daee9"),
                         (QPalette.ColorRole.ToolTipBase, "#31363b"),
                         (QPalette.ColorRole.ToolTipText, "#fcfcfc")):
        palette.setColor(role, QColor(colour))
    return palette


def _pixels(widget: QWidget, width: int) -> Counter[int]:
    image = widget.grab().toImage()
    return Counter(image.pixel(x, y) for x in range(min(width, image.width()))
                   for y in range(image.height()))


def background(widget: QWidget) -> QColor:
    """The colour most of the widget's pixels have."""
    return QColor.fromRgb(_pixels(widget, widget.width()).most_common(1)[0][0])


def pixel_contrast(widget: QWidget, width: int = 200) -> float:
    """Contrast between a widget's background and its text, from its pixels."""
    counts = _pixels(widget, width)
    most = QColor.fromRgb(counts.most_common(1)[0][0])
    return max(contrast(most, QColor.fromRgb(pixel)) for pixel in counts)


def test_on_a_dark_desktop_the_menu_bar_is_readable(qtbot, window: MainWindow, normal_size) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        app.setPalette(dark_desktop_palette())  # the desktop's scheme, as at start
        QToolTip.setPalette(dark_desktop_palette())
        apply_style(app)
        window.menuBar().update()
        assert contrast(window.menuBar().palette().color(QPalette.ColorRole.Window),
                        window.menuBar().palette().color(QPalette.ColorRole.WindowText)) >= 4.5
        assert pixel_contrast(window.menuBar()) >= 4.5
        QToolTip.showText(window.mapToGlobal(window.rect().center()), "Vergrendelen", window)
        tip = next(widget for widget in QApplication.topLevelWidgets()
                   if widget.metaObject().className() == "QTipLabel")
        qtbot.waitUntil(tip.isVisible)
        assert pixel_contrast(tip, tip.width()) >= 4.5
        assert background(tip).lightness() > 230  # one look: light like the rest of tafel
        QToolTip.hideText()
    finally:
        apply_style(app)
