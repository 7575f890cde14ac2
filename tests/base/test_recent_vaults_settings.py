"""The recent vaults in the settings file: most recent first, at most eight, checked on read."""

from __future__ import annotations

import json
from pathlib import Path

from tafel.settings import RECENT_VAULTS_MAX, Settings


def test_the_last_opened_vault_comes_first_once(tmp_path: Path) -> None:
    settings = Settings()
    assert settings.remember_vault("/data/a.tafel")
    assert settings.remember_vault("/data/b.tafel")
    assert settings.remember_vault("/data/a.tafel")
    assert not settings.remember_vault("/data/a.tafel")  # already first: nothing to save
    assert settings.recent_vaults == ["/data/a.tafel", "/data/b.tafel"]
    target = tmp_path / "settings.json"
    settings.save(target)
    assert Settings.load(target).recent_vaults == ["/data/a.tafel", "/data/b.tafel"]


def test_at_most_eight_are_kept(tmp_path: Path) -> None:
    settings = Settings()
    for n in range(RECENT_VAULTS_MAX + 3):
        settings.remember_vault(f"/data/{n}.tafel")
    assert len(settings.recent_vaults) == RECENT_VAULTS_MAX
    assert settings.recent_vaults[0] == f"/data/{RECENT_VAULTS_MAX + 2}.tafel"


def test_an_old_settings_file_without_the_list_still_reads(tmp_path: Path) -> None:
    target = tmp_path / "settings.json"
    target.write_text('{"idle_minutes": 7, "last_vault": "/data/a.tafel"}')
    settings = Settings.load(target)
    assert (settings.idle_minutes, settings.recent_vaults) == (7, [])


def test_strange_entries_are_dropped_on_read(tmp_path: Path) -> None:
    target = tmp_path / "settings.json"
    entries = ["/data/a.tafel", 3, "", "/data/a.tafel", "nul\u0000.tafel", "x" * 5000,
               "/data/b.tafel"] + [f"/data/{n}.tafel" for n in range(20)]
    target.write_text(json.dumps({"recent_vaults": entries}))
    recent = Settings.load(target).recent_vaults
    assert recent[:2] == ["/data/a.tafel", "/data/b.tafel"]
    assert len(recent) == RECENT_VAULTS_MAX
    target.write_text('{"recent_vaults": "/data/a.tafel"}')
    assert Settings.load(target).recent_vaults == []
