"""GUI fixtures: a controller and main window on a copy of the demo vault, offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tafel.settings import Settings
from tafel.ui.application import create_app
from tafel.ui.controller import AppController
from tafel.ui.main_window import MainWindow
from tests.builders import CHEAP, TODAY


@pytest.fixture
def app(qapp):  # type: ignore[no-untyped-def]
    """The QApplication with Dutch translations and tafel's style."""
    if not qapp.property("tafel_ready"):
        create_app([])
        qapp.setProperty("tafel_ready", True)
    return qapp


@pytest.fixture
def controller(app, demo_path: Path) -> Iterator[AppController]:  # type: ignore[no-untyped-def]
    """A controller that has chosen (not unlocked) a copy of the demo vault."""
    settings = Settings(last_vault=str(demo_path))
    ctrl = AppController(settings, "Fatima Amrani", CHEAP, today=lambda: TODAY)
    yield ctrl
    ctrl.lock()


@pytest.fixture
def window(qtbot, controller: AppController) -> MainWindow:  # type: ignore[no-untyped-def]
    """The main window at a common laptop size, showing the unlock page."""
    win = MainWindow(controller)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def wall(qtbot, app):  # type: ignore[no-untyped-def]
    """The casus-overleg's wall at its design size, shown, with the keyboard's focus."""
    from tafel.ui.overleg.wand_window import WandWindow

    window = WandWindow()
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    window.setFocus()
    return window


@pytest.fixture
def mirror(qtbot, app):  # type: ignore[no-untyped-def]
    """The one-screen mirror (wall and strip) at a laptop's size, shown."""
    from tafel.ui.overleg.spiegel_window import SpiegelWindow

    window = SpiegelWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window

