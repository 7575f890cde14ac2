"""settings.json is read like any file someone else may have written: bounded, never trusted.

Every field is checked on its own: a wrong value falls back to that field's default and the
other fields keep theirs. Nothing in the file may crash the app or make it wait.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tafel.settings import (
    DEFAULT_IDLE_MINUTES,
    IDLE_MINUTES_MAX,
    IDLE_MINUTES_MIN,
    SETTINGS_MAX_BYTES,
    Settings,
)

VAULT = "/home/consulent/kluizen/wijkteam.tafel"


def write(tmp_path: Path, content: str | bytes) -> Path:
    target = tmp_path / "settings.json"
    if isinstance(content, bytes):
        target.write_bytes(content)
    else:
        target.write_text(content, encoding="utf-8")
    return target


def test_the_dialog_and_the_file_share_one_range() -> None:
    assert (IDLE_MINUTES_MIN, IDLE_MINUTES_MAX) == (1, 60)
    assert IDLE_MINUTES_MIN <= DEFAULT_IDLE_MINUTES <= IDLE_MINUTES_MAX


@pytest.mark.parametrize("value", ["35792", "1000", "61", "0", "-3", "true", "false", "5.5",
                                   '"7"', "null", "NaN", "Infinity", "1e400", "[5]", "{}",
                                   "9" * 4000])
def test_an_idle_time_outside_one_to_sixty_minutes_falls_back_to_five(
    tmp_path: Path, value: str
) -> None:
    target = write(tmp_path, f'{{"idle_minutes": {value}, "last_vault": "{VAULT}"}}')
    settings = Settings.load(target)
    assert settings.idle_minutes == DEFAULT_IDLE_MINUTES
    assert settings.last_vault == VAULT  # the other field keeps its own value


@pytest.mark.parametrize("minutes", [1, 17, 60])
def test_an_idle_time_the_dialog_allows_is_kept(tmp_path: Path, minutes: int) -> None:
    assert Settings.load(write(tmp_path, f'{{"idle_minutes": {minutes}}}')).idle_minutes == minutes


@pytest.mark.parametrize("value", ["123", "true", '["a"]', '"' + "x" * 5000 + '"',
                                   r'"/tmp/a\u0000b.tafel"', r'"/tmp/\ud800.tafel"'])
def test_a_last_vault_that_is_no_sane_path_is_forgotten(tmp_path: Path, value: str) -> None:
    target = write(tmp_path, f'{{"idle_minutes": 9, "last_vault": {value}}}')
    settings = Settings.load(target)
    assert settings.last_vault == ""
    assert settings.idle_minutes == 9


@pytest.mark.parametrize("content", ["[]", '"tekst"', "3", "null", "niet eens json", "",
                                     b'{"idle_minutes": 9, "last_vault": "/tmp/\xff.tafel"}',
                                     b"\xef\xbb\xbf\xff\xfe"])
def test_a_file_that_is_no_object_of_text_gives_the_defaults(
    tmp_path: Path, content: str | bytes
) -> None:
    assert Settings.load(write(tmp_path, content)) == Settings()


def test_a_deeply_nested_file_gives_the_defaults(tmp_path: Path) -> None:
    nested = "[" * 100_000 + "]" * 100_000
    target = write(tmp_path, f'{{"idle_minutes": 9, "extra": {nested}}}')
    assert Settings.load(target) == Settings()


def test_a_huge_file_is_not_read(tmp_path: Path) -> None:
    padding = " " * SETTINGS_MAX_BYTES
    target = write(tmp_path, f'{{"idle_minutes": 9,{padding}"last_vault": "{VAULT}"}}')
    assert Settings.load(target) == Settings()


def test_a_folder_at_the_settings_path_gives_the_defaults(tmp_path: Path) -> None:
    folder = tmp_path / "settings.json"
    folder.mkdir()
    assert Settings.load(folder) == Settings()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_named_pipe_at_the_settings_path_does_not_make_tafel_wait(tmp_path: Path) -> None:
    """Opening a FIFO for reading waits for a writer; tafel must not open it that way.

    The load runs in its own process with a short timeout, so a regression fails this test
    instead of hanging the whole suite.
    """
    pipe = tmp_path / "settings.json"
    os.mkfifo(pipe)
    script = (
        "import sys\nfrom pathlib import Path\nfrom tafel.settings import Settings\n"
        "s = Settings.load(Path(sys.argv[1]))\n"
        "print(s.idle_minutes, repr(s.last_vault))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(pipe)], capture_output=True, text=True, timeout=15,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [str(DEFAULT_IDLE_MINUTES), "''"]


def test_saving_over_a_folder_fails_quietly_and_keeps_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "settings.json"
    folder.mkdir()
    assert Settings(idle_minutes=9).save(folder) is False
    assert folder.is_dir()
    assert list(tmp_path.iterdir()) == [folder]  # no temporary file left behind


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_saving_beside_a_named_pipe_does_not_wait(tmp_path: Path) -> None:
    """An old temporary name that is now a FIFO must not make the save wait for a reader."""
    target = tmp_path / "settings.json"
    os.mkfifo(tmp_path / "settings.tmp")
    script = (
        "import sys\nfrom pathlib import Path\nfrom tafel.settings import Settings\n"
        "print(Settings(idle_minutes=9).save(Path(sys.argv[1])))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(target)], capture_output=True, text=True,
        timeout=15, stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(target.read_text(encoding="utf-8"))["idle_minutes"] == 9


@pytest.mark.parametrize("value", ["0", "105", "1000", "true", '"150"', "150.0", "null"])
def test_a_zoom_that_is_no_step_gives_normal_size(tmp_path: Path, value: str) -> None:
    assert Settings.load(write(tmp_path, f'{{"zoom_percent": {value}}}')).zoom_percent == 100


def test_window_places_keep_only_text_and_at_most_eight(tmp_path: Path) -> None:
    places = {f"screen-{n}@0,0,1920x1080": "AdnQywADAAA=" for n in range(12)}
    places["odd"] = 5  # type: ignore[assignment]
    places["x" * 600] = "AdnQywADAAA="
    places["long"] = "A" * 5000
    loaded = Settings.load(write(tmp_path, json.dumps({"window_places": places})))
    assert len(loaded.window_places) == 8
    assert all(value == "AdnQywADAAA=" for value in loaded.window_places.values())
    assert Settings.load(write(tmp_path, '{"window_places": [1, 2]}')).window_places == {}


def test_an_old_settings_file_without_the_window_fields_still_loads(tmp_path: Path) -> None:
    loaded = Settings.load(write(tmp_path, f'{{"idle_minutes": 9, "last_vault": "{VAULT}"}}'))
    assert (loaded.idle_minutes, loaded.window_places, loaded.zoom_percent) == (9, {}, 100)
