"""App settings: a small JSON file that never holds case data.

Only preferences live here (idle minutes, the last vault's path). A vault path is not case
data: it is a file name the user chose.

The file is read like any file someone else may have written: only an ordinary file of at
most :data:`SETTINGS_MAX_BYTES`, never a pipe or a device, and each field is checked on its
own. A value that is of the wrong type or out of range falls back to that field's default;
nothing in the file can crash the app at start or make it wait.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from tafel.local_files import loads_bounded, read_regular_file
from tafel.paths import config_dir

# The automatic lock: the menu's dialog and the settings file allow the same range.
IDLE_MINUTES_MIN = 1
IDLE_MINUTES_MAX = 60
DEFAULT_IDLE_MINUTES = 5

SETTINGS_MAX_BYTES = 64 * 1024  # a few hundred bytes in practice
SETTINGS_MAX_DEPTH = 8  # the file is one flat object
LAST_VAULT_MAX_CHARS = 4096  # PATH_MAX on Linux; longer is no path any system opens
RECENT_VAULTS_MAX = 8  # the Vault menu's "Recente kluizen" and the first-run page

# The backup reminder: after this many days without a backup; 0 means never remind.
BACKUP_REMINDER_DAYS_MAX = 90
DEFAULT_BACKUP_REMINDER_DAYS = 7
# The window's place per screen set-up (see ui/window_state.py): a few set-ups at most
# (laptop alone, at the office, at home), each a base64 QWidget.saveGeometry() of ~100 bytes.
WINDOW_PLACES_MAX = 8
WINDOW_KEY_MAX_CHARS = 512
WINDOW_GEOMETRY_MAX_CHARS = 1024
# The text size (ui/zoom.py), as a percentage of the desktop's font size.
ZOOM_STEPS = (80, 90, 100, 110, 125, 150, 175, 200)


@dataclass
class Settings:
    """Preferences kept between runs."""

    idle_minutes: int = DEFAULT_IDLE_MINUTES
    last_vault: str = ""
    # Settings dialog (issue 15): the backup reminder and the folders file dialogs start in.
    backup_reminder_days: int = DEFAULT_BACKUP_REMINDER_DAYS
    export_folder: str = ""
    backup_folder: str = ""
    window_places: dict[str, str] = field(default_factory=dict)
    zoom_percent: int = 100
    # Vaults the user opened, most recent first (not the demo): file names they chose.
    recent_vaults: list[str] = field(default_factory=list)

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        """Read settings; a missing, unreadable or strange file gives the defaults."""
        path = path or settings_path()
        try:
            raw = loads_bounded(read_regular_file(path, SETTINGS_MAX_BYTES), SETTINGS_MAX_DEPTH)
        except (OSError, ValueError):
            return cls()
        if not isinstance(raw, dict):
            return cls()
        return cls(
            idle_minutes=_idle_minutes(raw.get("idle_minutes")),
            last_vault=_last_vault(raw.get("last_vault")),
            backup_reminder_days=_backup_reminder_days(raw.get("backup_reminder_days")),
            export_folder=_last_vault(raw.get("export_folder")),
            backup_folder=_last_vault(raw.get("backup_folder")),
            window_places=_window_places(raw.get("window_places")),
            zoom_percent=_zoom_percent(raw.get("zoom_percent")),
            recent_vaults=_recent_vaults(raw.get("recent_vaults")),
        )

    def remember_vault(self, path: Path | str) -> bool:
        """Put ``path`` first in :attr:`recent_vaults`; True when the list changed."""
        entry = _last_vault(str(path))
        if not entry:
            return False
        recent = [entry] + [p for p in self.recent_vaults if p != entry]
        recent = recent[:RECENT_VAULTS_MAX]
        if recent == self.recent_vaults:
            return False
        self.recent_vaults = recent
        return True

    def save(self, path: Path | None = None) -> bool:
        """Write settings atomically, readable by the user only; False if that failed.

        A preference that cannot be written (a full disk, a folder where the file should
        be) is not worth stopping the work for: the value still holds until tafel closes.
        The temporary file gets a fresh, exclusive name, so a pipe left under an old name
        can never make the save wait.
        """
        path = path or settings_path()
        tmp: str | None = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=path.parent)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:  # mkstemp: user-only
                json.dump(asdict(self), handle, indent=2)
            os.replace(tmp, path)
            tmp = None
            return True
        except OSError:
            return False
        finally:
            if tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)


def idle_minutes_allowed(value: Any) -> bool:
    """Whether ``value`` is a whole number of minutes the dialog would also accept."""
    return type(value) is int and IDLE_MINUTES_MIN <= value <= IDLE_MINUTES_MAX


def _idle_minutes(value: Any) -> int:
    # type() and not isinstance(): True is an int to Python, but not a number of minutes
    return value if idle_minutes_allowed(value) else DEFAULT_IDLE_MINUTES


def _backup_reminder_days(value: Any) -> int:
    """Whole days from 0 (never remind) to :data:`BACKUP_REMINDER_DAYS_MAX`, else the default."""
    if type(value) is int and 0 <= value <= BACKUP_REMINDER_DAYS_MAX:
        return value
    return DEFAULT_BACKUP_REMINDER_DAYS


def _last_vault(value: Any) -> str:
    """A path the operating system can take, or "" (no vault remembered)."""
    if not isinstance(value, str) or not value or len(value) > LAST_VAULT_MAX_CHARS:
        return ""
    if "\x00" in value:
        return ""
    try:
        os.fsencode(value)  # a lone surrogate cannot become a file name
    except UnicodeError:
        return ""
    return value


def _window_places(value: Any) -> dict[str, str]:
    """Screen set-up -> saved geometry; anything odd is left out, not guessed at."""
    if not isinstance(value, dict):
        return {}
    places: dict[str, str] = {}
    for key, geometry in value.items():
        if len(places) >= WINDOW_PLACES_MAX:
            break
        if (isinstance(key, str) and isinstance(geometry, str) and 0 < len(key)
                <= WINDOW_KEY_MAX_CHARS and 0 < len(geometry) <= WINDOW_GEOMETRY_MAX_CHARS):
            places[key] = geometry
    return places


def _zoom_percent(value: Any) -> int:
    return value if type(value) is int and value in ZOOM_STEPS else 100
def _recent_vaults(value: Any) -> list[str]:
    """Each entry checked as :func:`_last_vault`; strange entries and doubles dropped."""
    if not isinstance(value, list):
        return []
    recent: list[str] = []
    for item in value[: RECENT_VAULTS_MAX * 4]:
        entry = _last_vault(item)
        if entry and entry not in recent:
            recent.append(entry)
    return recent[:RECENT_VAULTS_MAX]


def idle_interval_ms(minutes: Any) -> int:
    """The auto-lock time in milliseconds, never more than :data:`IDLE_MINUTES_MAX` minutes.

    Whatever the caller passes: a number that is not finite, not positive or not a number
    at all gives the default, so the vault still locks; more than the maximum gives the
    maximum (Qt's timer takes at most 2**31 - 1 ms, about 24.8 days, and raises beyond
    that). Fractions of a minute stay possible, down to one millisecond, for tests.
    """
    if isinstance(minutes, bool) or not isinstance(minutes, int | float):
        minutes = DEFAULT_IDLE_MINUTES
    elif isinstance(minutes, int) and minutes > IDLE_MINUTES_MAX:
        minutes = IDLE_MINUTES_MAX  # before float(): an int may be too large for one
    elif not math.isfinite(minutes) or minutes <= 0:
        minutes = DEFAULT_IDLE_MINUTES
    minutes = min(float(minutes), float(IDLE_MINUTES_MAX))
    return max(1, round(minutes * 60_000))


def settings_path() -> Path:
    """The settings file."""
    return config_dir() / "settings.json"
