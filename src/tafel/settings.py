"""App settings: a small JSON file that never holds case data.

Only preferences live here (idle minutes, the last vault's path). A vault path is not case
data: it is a file name the user chose.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from tafel.paths import config_dir

DEFAULT_IDLE_MINUTES = 5


@dataclass
class Settings:
    """Preferences kept between runs."""

    idle_minutes: int = DEFAULT_IDLE_MINUTES
    last_vault: str = ""

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        """Read settings; a missing or unreadable file gives the defaults."""
        path = path or settings_path()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in raw.items() if k in known} if isinstance(raw, dict) else {}
        settings = cls(**values)
        if not isinstance(settings.idle_minutes, int) or settings.idle_minutes < 1:
            settings.idle_minutes = DEFAULT_IDLE_MINUTES
        return settings

    def save(self, path: Path | None = None) -> None:
        """Write settings atomically, readable by the user only."""
        path = path or settings_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(asdict(self), handle, indent=2)
        os.replace(tmp, path)


def settings_path() -> Path:
    """The settings file."""
    return config_dir() / "settings.json"
