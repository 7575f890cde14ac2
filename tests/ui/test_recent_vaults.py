"""Recent vaults on the first-run page and in Vault > Recent vaults; a .tafel opened again."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from tafel.app import app_arguments
from tafel.paths import demo_vault_path
from tafel.settings import Settings
from tafel.ui.controller import AppController
from tafel.ui.main_window import MainWindow
from tests.builders import CHEAP, TODAY, copy_vault
from tests.ui.drive import unlock


def make_window(qtbot, settings: Settings) -> MainWindow:  # type: ignore[no-untyped-def]
    controller = AppController(settings, "Fatima Amrani", CHEAP, today=lambda: TODAY)
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def menu_texts(window: MainWindow) -> list[str]:
    window.recent_menu.aboutToShow.emit()  # what opening the menu does
    return [action.text() for action in window.recent_menu.actions() if action.text()]


def test_an_opened_vault_is_offered_again_in_the_menu(qtbot, app, vault_path: Path,  # type: ignore[no-untyped-def]
                                                      tmp_path: Path) -> None:
    other = copy_vault(vault_path, tmp_path / "team-b")
    window = make_window(qtbot, Settings())
    assert menu_texts(window) == ["Geen recente kluizen", "Lijst &wissen"]
    window.controller.choose_vault(vault_path)
    window.controller.choose_vault(other)
    texts = menu_texts(window)
    assert texts[0].startswith("&1 leeg.tafel  –  ") and texts[0].endswith("team-b")
    assert texts[1].startswith("&2 leeg.tafel  –  ") and texts[1].endswith("kluis")
    tips = [action.toolTip() for action in window.recent_menu.actions()[:2]]
    assert tips == [str(other), str(vault_path)]
    assert Settings.load().recent_vaults == [str(other), str(vault_path)]  # saved at once
    window.recent_menu.actions()[1].trigger()
    assert window.pages.currentWidget() is window.unlock_page
    assert window.controller.vault_path == vault_path
    unlock(qtbot, window)
    assert window.controller.is_unlocked


def test_clear_list_forgets_every_vault(qtbot, app, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, Settings())
    window.controller.choose_vault(vault_path)
    menu_texts(window)
    clear = next(a for a in window.recent_menu.actions() if a.text() == "Lijst &wissen")
    clear.trigger()
    assert Settings.load().recent_vaults == []
    assert menu_texts(window) == ["Geen recente kluizen", "Lijst &wissen"]


def test_the_first_run_page_lists_vaults_still_there(qtbot, app, vault_path: Path,  # type: ignore[no-untyped-def]
                                                     tmp_path: Path) -> None:
    gone = copy_vault(vault_path, tmp_path / "weg")
    settings = Settings(recent_vaults=[str(gone), str(vault_path)])
    shutil.rmtree(gone.parent)
    window = make_window(qtbot, settings)
    assert window.pages.currentWidget() is window.first_run
    recent = window.first_run.recent
    assert recent.isVisible()
    assert [b.toolTip() for b in recent.buttons] == [str(vault_path)]
    qtbot.mouseClick(recent.buttons[0], Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.unlock_page
    assert window.unlock_page.ui.vaultLabel.text().endswith("leeg.tafel")
    window.unlock_page.ui.otherVaultButton.click()  # back: the list is still there
    assert window.pages.currentWidget() is window.first_run
    assert [b.toolTip() for b in recent.buttons] == [str(vault_path)]


def test_no_list_without_recent_vaults_and_the_demo_is_not_one(qtbot, app, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, Settings())
    assert not window.first_run.recent.isVisible()
    demo = copy_vault(demo_path, demo_vault_path().parent)  # where "Open the demo" makes it
    assert demo == demo_vault_path()
    window.controller.choose_vault(demo)  # the demo has its own button
    window.controller.choose_vault(demo.parent / "verkeerd getypt.tafel")  # not there
    assert Settings.load().recent_vaults == []
    window.unlock_page.ui.otherVaultButton.click()
    assert not window.first_run.recent.isVisible()


def test_a_tafel_file_on_the_command_line_opens_its_unlock_page() -> None:
    assert app_arguments(["/home/fatima/team.tafel"]) == (Path("/home/fatima/team.tafel"), False)
    assert app_arguments(["--vault", "team.tafel"]) == (Path("team.tafel"), False)
    assert app_arguments(["verify"]) is None  # a command still goes to the parser
    assert app_arguments(["--oops.tafel"]) is None


def test_a_second_start_for_another_vault_switches_while_locked(qtbot, app, vault_path: Path,  # type: ignore[no-untyped-def]
                                                                tmp_path: Path) -> None:
    other = copy_vault(vault_path, tmp_path / "ander")
    window = make_window(qtbot, Settings())
    assert window.pages.currentWidget() is window.first_run
    window.bring_forward(vault_path)  # what the running tafel hears from `tafel kluis.tafel`
    assert window.pages.currentWidget() is window.unlock_page
    assert window.controller.vault_path == vault_path
    window.bring_forward(other)  # on the unlock page: switch too
    assert window.controller.vault_path == other
    unlock(qtbot, window)
    window.bring_forward(vault_path)  # unlocked: never locked away unasked
    assert window.controller.is_unlocked
    assert window.controller.vault_path == other
    assert "Vergrendel" in window.statusBar().currentMessage()


def test_the_app_started_on_a_tafel_file_opens_that_vault(vault_path: Path,
                                                         tmp_path: Path) -> None:
    """What the file manager runs (``tafel %f``): the real app, on that vault's unlock page."""
    home = tmp_path / "thuis"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TAFEL_HOME=str(home),
               TAFEL_EXIT_AFTER_START="1")
    done = subprocess.run([sys.executable, "-m", "tafel", str(vault_path)], env=env,
                          capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "tafel-started" in done.stdout
    settings = Settings.load(home / "config" / "settings.json")  # config_dir() there
    assert settings.last_vault == str(vault_path)
    assert settings.recent_vaults == [str(vault_path)]


def test_a_tafel_file_opened_from_the_finder_opens_that_vault(vault_path: Path,
                                                              tmp_path: Path) -> None:
    """macOS: the Finder sends the running app a file-open event instead of an argument."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TAFEL_HOME=str(tmp_path / "thuis"))
    done = subprocess.run([sys.executable, "-m", "tests.drivers.finder_opens_file",
                           str(vault_path)], env=env, capture_output=True, text=True,
                          timeout=120, cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr[-2000:]
    assert f"opened {vault_path} True" in done.stdout
