"""Files on the disk that the app reads at start or at the table never crash or stall it.

settings.json with an idle time the dialog would refuse, and instrument files that are
broken or copy tafel's own: the app starts, the auto-lock stays within the hour, and the
consulent sees in plain words which instrument file was left out.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tafel.paths import resource_path
from tafel.settings import Settings, settings_path
from tafel.ui.controller import AppController
from tafel.ui.idle import IdleWatcher
from tafel.ui.main_window import MainWindow
from tests.builders import CHEAP, TODAY
from tests.ui.drive import open_case, start_talk, unlock, wait_for_plan

FIVE_MINUTES = 5 * 60_000
AN_HOUR = 60 * 60_000


def write_settings(content: dict[str, object]) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(content), encoding="utf-8")


def test_the_app_starts_with_an_idle_time_too_large_for_a_timer(tmp_path: Path) -> None:
    """35792 minutes in milliseconds no longer fits Qt's timer: it used to stop the start."""
    config = tmp_path / "config"
    config.mkdir()
    (config / "settings.json").write_text('{"idle_minutes": 35792}', encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TAFEL_HOME=str(tmp_path),
               TAFEL_EXIT_AFTER_START="1")
    result = subprocess.run(
        [sys.executable, "-m", "tafel"], capture_output=True, text=True, env=env, timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stderr
    assert "tafel-started" in result.stdout
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("minutes", [35792, 1000, 0, -1, True])
def test_the_auto_lock_from_settings_stays_within_the_dialogs_range(  # type: ignore[no-untyped-def]
    qtbot, app, demo_path: Path, minutes: object
) -> None:
    write_settings({"idle_minutes": minutes, "last_vault": str(demo_path)})
    controller = AppController(Settings.load(), "Fatima Amrani", CHEAP, today=lambda: TODAY)
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    assert window.pages.currentWidget() is window.unlock_page  # last_vault was kept
    unlock(qtbot, window)
    assert window.idle.is_watching()
    assert window.idle.interval_ms() == FIVE_MINUTES
    controller.lock()


@pytest.mark.parametrize(("minutes", "expected"), [
    (10**6, AN_HOUR), (35792, AN_HOUR), (61, AN_HOUR), (60, AN_HOUR), (1, 60_000),
    (0.002, 120), (math.nan, FIVE_MINUTES), (math.inf, FIVE_MINUTES),
    (-math.inf, FIVE_MINUTES), (0, FIVE_MINUTES), (-3, FIVE_MINUTES), (1e-9, 1),
])
def test_the_idle_watcher_bounds_what_it_is_given(app, minutes: float, expected: int) -> None:  # type: ignore[no-untyped-def]
    watcher = IdleWatcher(minutes)
    assert watcher.interval_ms() == expected
    watcher.set_minutes(5)
    watcher.set_minutes(minutes)
    assert watcher.interval_ms() == expected


def user_instruments() -> Path:
    folder = Path(os.environ["TAFEL_HOME"]) / "data" / "instrumenten"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def put_bad_instruments() -> None:
    folder = user_instruments()
    (folder / "diep.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    copy = json.loads(resource_path("instruments", "tafel-big5-v1.json").read_text("utf-8"))
    copy["pillars"][0]["domains"][0]["name"] = "Woonruimte"
    (folder / "eigen-big5.json").write_text(json.dumps(copy), encoding="utf-8")
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "pijp.json")


def test_bad_instrument_files_are_named_where_the_conversation_starts(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    put_bad_instruments()
    unlock(qtbot, window)
    open_case(qtbot, window, "Thijs Doornbosch")
    notice = window.workspace.overview.conversations.instrument_notice
    assert notice.isVisible()
    text = notice.text()
    assert "diep.json" in text and "eigen-big5.json" in text
    assert "tafel-big5-v1.json" not in text  # tafel's own file is fine: not named
    assert "beschadigd" in text  # the deep file, in plain words
    assert "zelfde naam en versie" in text  # the copy of tafel's own instrument
    if hasattr(os, "mkfifo"):
        assert "pijp.json" in text and "geen gewoon bestand" in text
    for jargon in ("JSON", "UTF", "schema", "pillars", "Recursion"):
        assert jargon not in text

    page = start_talk(qtbot, window)  # the conversation still opens, on tafel's own texts
    assert page.steps[1].rows[0].domain.name == "Huisvesting"
    window.workspace.close_gesprek()

    section = window.workspace.overview.plan
    button = section.start_button if section.start_button.isVisible() else section.open_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_for_plan(qtbot, window)
    assert window.workspace.plan_page is not None  # and so does the toekomstplan


def test_no_notice_when_every_instrument_file_is_fine(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    user_instruments()  # the folder exists, but holds nothing wrong
    unlock(qtbot, window)
    open_case(qtbot, window, "Thijs Doornbosch")
    assert not window.workspace.overview.conversations.instrument_notice.isVisible()


def test_an_idle_time_that_cannot_be_saved_still_holds_and_says_so(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, monkeypatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    settings_path().mkdir(parents=True)  # a folder where the file should be
    asked: list[tuple[int, int]] = []

    def answer(*args, **_kwargs):  # type: ignore[no-untyped-def]
        asked.append((args[4], args[5]))
        return 10, True

    monkeypatch.setattr(QInputDialog, "getInt", answer)
    window.choose_idle_minutes()
    assert asked == [(1, 60)]
    assert window.idle.interval_ms() == 10 * 60_000
    assert "niet worden bewaard" in window.statusBar().currentMessage()
    assert settings_path().is_dir()
