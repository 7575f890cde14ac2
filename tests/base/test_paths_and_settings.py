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
    assert set(json.loads(target.read_text())) == {"idle_minutes", "last_vault", "recent_vaults"}


def test_bad_settings_fall_back_to_defaults(tmp_path: Path) -> None:
    target = tmp_path / "settings.json"
    target.write_text('{"idle_minutes": -3, "unknown": 1}')
    assert Settings.load(target).idle_minutes == 5
    target.write_text("niet eens json")
    assert Settings.load(target) == Settings()
