"""Resources are found from a checkout, a wheel and a frozen app; settings hold no case data."""

from __future__ import annotations

import json
import stat
import sys
from pathlib import Path

import pytest

from tafel import paths
from tafel.settings import Settings


def test_resources_from_the_checkout() -> None:
    assert paths.resource_path("i18n", "tafel_nl_NL.qm").is_file()


def test_resources_from_a_frozen_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bundled = tmp_path / "tafel" / "resources"
    bundled.mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resources_dir() == bundled


def test_resources_from_an_installed_wheel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "site-packages" / "tafel"
    (package / "resources").mkdir(parents=True)
    monkeypatch.setattr(paths, "_PACKAGE_DIR", package)
    assert paths.resources_dir() == package / "resources"


def test_settings_round_trip_privately(tmp_path: Path) -> None:
    target = tmp_path / "settings.json"
    Settings(idle_minutes=9, last_vault="/data/a.tafel").save(target)
    assert Settings.load(target) == Settings(idle_minutes=9, last_vault="/data/a.tafel")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert set(json.loads(target.read_text())) == {"idle_minutes", "last_vault",
                                                   "backup_reminder_days", "export_folder",
                                                   "backup_folder", "window_places",
                                                   "zoom_percent", "recent_vaults"}
    places = {"eDP-1@0,0,1280x720": "AdnQywADAAA="}
    Settings(window_places=places, zoom_percent=125).save(target)
    assert Settings.load(target) == Settings(window_places=places, zoom_percent=125)


def test_settings_of_the_settings_dialog_round_trip_and_fall_back(tmp_path: Path) -> None:
    target = tmp_path / "settings.json"
    chosen = Settings(backup_reminder_days=0, export_folder="/data/uit",
                      backup_folder="/media/usb")
    chosen.save(target)
    assert Settings.load(target) == chosen
    target.write_text('{"idle_minutes": 9}')  # a file from before the settings dialog
    assert Settings.load(target) == Settings(idle_minutes=9)
    target.write_text('{"backup_reminder_days": 91, "export_folder": 3, '
                      '"backup_folder": "a\\u0000b"}')
    assert Settings.load(target) == Settings()


def test_bad_settings_fall_back_to_defaults(tmp_path: Path) -> None:
    target = tmp_path / "settings.json"
    target.write_text('{"idle_minutes": -3, "unknown": 1}')
    assert Settings.load(target).idle_minutes == 5
    target.write_text("niet eens json")
    assert Settings.load(target) == Settings()
