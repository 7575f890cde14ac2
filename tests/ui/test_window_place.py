"""The main window fits its screen (1920x1080 at 150% too) and opens where it was left.

The placement rules are pure functions of rectangles; a real tafel process on an offscreen
screen of 1920x1080 at 150% scaling shows the whole window, lock button and status bar
included; and a window closed and opened again with the same settings comes back the same.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QWidget

from tafel.settings import Settings
from tafel.ui.controller import AppController
from tafel.ui.main_window import MainWindow
from tafel.ui.window_state import (
    DESIGN_MINIMUM,
    clamp_rect,
    current_signature,
    first_placement,
    fitted_minimum,
    screen_signature,
)
from tests.builders import CHEAP, PASSPHRASE, TODAY
from tests.ui.drive import unlock

ROOT = Path(__file__).resolve().parents[2]
# 1920x1080 at 150%: 1280x720 logical pixels, minus a task bar or panel of 40.
AT_150 = QRect(0, 0, 1280, 680)


def inside(outer: QRect, inner: QRect) -> bool:
    return outer.contains(inner.topLeft()) and outer.contains(inner.bottomRight())


def test_a_small_screen_opens_maximised_a_large_one_centred() -> None:
    for small in (AT_150, QRect(0, 0, 1366, 728), QRect(0, 0, 1280, 760)):
        placement = first_placement(small)
        assert placement.maximised
        assert inside(small, placement.rect)
    large = QRect(0, 0, 2560, 1400)
    placement = first_placement(large)
    assert not placement.maximised
    assert placement.rect.center() == large.center()
    assert placement.rect.width() >= 1366 and placement.rect.height() >= 768
    assert inside(large, placement.rect)


def test_a_place_on_a_monitor_that_is_gone_comes_back_on_screen() -> None:
    on_the_second_monitor = QRect(2200, 150, 1400, 900)
    fitted = clamp_rect(on_the_second_monitor, AT_150)
    assert inside(AT_150, fitted)
    assert fitted.top() >= AT_150.top() + 24  # room for the title bar
    left_of_it = clamp_rect(QRect(-900, -300, 800, 600), AT_150)
    assert inside(AT_150, left_of_it) and left_of_it.size() == QSize(800, 600)


def test_the_minimum_size_never_exceeds_the_screen() -> None:
    minimum = fitted_minimum(AT_150)
    assert minimum.width() <= AT_150.width() and minimum.height() + 40 <= AT_150.height()
    assert fitted_minimum(QRect(0, 0, 2560, 1400)) == DESIGN_MINIMUM


def test_each_screen_set_up_has_its_own_key() -> None:
    laptop = [("eDP-1", QRect(0, 0, 1280, 720))]
    office = [("HDMI-1", QRect(1280, 0, 1920, 1080)), ("eDP-1", QRect(0, 0, 1280, 720))]
    assert screen_signature(laptop) != screen_signature(office)
    assert screen_signature(office) == screen_signature(list(reversed(office)))
    assert screen_signature(laptop) != screen_signature([("eDP-1", QRect(0, 0, 1920, 1080))])


def test_at_1280x680_lock_button_and_status_bar_are_inside(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    unlock(qtbot, window)
    workspace = window.workspace
    assert workspace is not None
    workspace.case_list.select_case(workspace.case_list.model.case_id_at(0))
    window.setMinimumSize(fitted_minimum(AT_150))
    window.resize(AT_150.width(), AT_150.height() - 40)  # the title bar takes the rest
    qtbot.waitUntil(lambda: window.size() == QSize(1280, 640))
    QApplication.processEvents()
    inner = window.rect()
    lock_button = window.toolbar.widgetForAction(window.lock_action)
    parts: list[QWidget] = [lock_button, window.statusBar(), window.vault_label,
                            workspace.overview.name_label]
    for part in parts:
        assert part.isVisible()
        rect = QRect(part.mapTo(window, QPoint(0, 0)), part.size())
        assert inside(inner, rect), part


def _run_on_screen(demo_path: Path, tmp_path: Path, width: int, height: int,
                   scale: str) -> dict[str, object]:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, TAFEL_PASSPHRASE=PASSPHRASE, PYTHONPATH=str(ROOT),
               QT_QPA_PLATFORM=f"offscreen:configfile={config}", QT_SCALE_FACTOR=scale)
    done = subprocess.run(
        [sys.executable, "-m", "tests.drivers.window_on_screen", str(demo_path)],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_a_real_window_at_150_percent_on_1920x1080_is_on_screen(
        demo_path: Path, tmp_path: Path) -> None:
    seen = _run_on_screen(demo_path, tmp_path, 1920, 1080, "1.5")
    available = QRect(*seen["available"])  # type: ignore[misc]
    assert available.size() == QSize(1280, 720)
    assert seen["maximised"]
    assert inside(available, QRect(*seen["frame"]))  # type: ignore[misc]
    assert seen["lock_visible"]
    for part in ("lock_button", "status_bar", "vault_label"):
        assert inside(available, QRect(*seen[part])), part  # type: ignore[misc]
    assert not seen["overview_scrolls_sideways"]


@pytest.mark.parametrize(("width", "height", "scale"), [
    (1366, 768, "1"),  # the common small laptop at 100%
    (1920, 1080, "1.25"),  # Windows' default on a 15" laptop
    (3840, 2160, "2"),  # a 4K screen at 200%
    (1920, 1080, "2"),  # 200% on a full-HD screen: 960x540, smaller than the design
])
def test_a_real_window_fits_at_each_scaling(demo_path: Path, tmp_path: Path, width: int,
                                           height: int, scale: str) -> None:
    seen = _run_on_screen(demo_path, tmp_path, width, height, scale)
    available = QRect(*seen["available"])  # type: ignore[misc]
    # a maximised frame may round to one logical pixel past the screen at 125%
    assert inside(available.adjusted(-1, -1, 1, 1), QRect(*seen["frame"]))  # type: ignore[misc]
    assert seen["lock_visible"]
    for part in ("lock_button", "status_bar", "vault_label"):
        assert inside(available, QRect(*seen[part])), part  # type: ignore[misc]
    assert not seen["overview_scrolls_sideways"]


# On the 800x800 offscreen screen: the minimum is 784 wide there (fitted_minimum).
PLACE = QRect(8, 50, 784, 700)


def _settings_window(qtbot, settings: Settings, demo_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    controller = AppController(settings, "Fatima Amrani", CHEAP, today=lambda: TODAY)
    controller.choose_vault(demo_path)
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.window_place.restore(None)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_size_and_place_are_remembered(qtbot, app, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(last_vault=str(demo_path))
    first = _settings_window(qtbot, settings, demo_path)
    first.showNormal()
    first.setGeometry(PLACE)
    qtbot.waitUntil(lambda: first.geometry() == PLACE)
    first.close()
    assert current_signature() in Settings.load().window_places  # in the settings file

    again = _settings_window(qtbot, Settings.load(), demo_path)
    assert again.geometry() == PLACE
    assert not again.isMaximized()
    again.close()


def test_the_first_start_fits_a_screen_smaller_than_the_design(qtbot, app, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The offscreen screen is 800x800: 1600x900 at 200% is about as small."""
    window = _settings_window(qtbot, Settings(last_vault=str(demo_path)), demo_path)
    available = window.screen().availableGeometry()
    assert inside(available, window.frameGeometry())
    assert window.minimumWidth() <= available.width()
    window.close()


def test_a_lock_saves_the_place_before_the_restart(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The real app replaces its process on a lock (ui/restart.py): the place is saved first."""
    unlock(qtbot, window)
    window.setGeometry(PLACE)
    qtbot.waitUntil(lambda: window.geometry() == PLACE)
    assert current_signature() not in Settings.load().window_places
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not window.controller.is_unlocked
    assert current_signature() in Settings.load().window_places


def test_a_large_dialog_fits_a_small_screen(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Kengetallen is made 1240x720: on a smaller screen (800x800 here) it fits, and shows."""
    unlock(qtbot, window)
    window.kengetallen_action.trigger()
    dialog = window.kengetallen_dialog
    qtbot.waitUntil(dialog.isVisible)
    available = dialog.screen().availableGeometry()
    assert inside(available, dialog.geometry())
    assert dialog.geometry().top() >= available.top() + 24  # the title bar too
    assert dialog.width() >= 700  # still a dialog to work in
    dialog.close()
