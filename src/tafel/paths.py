"""Where tafel finds its resources and keeps its settings, in one place.

Resources live in the top-level ``resources/`` folder of a checkout. A wheel carries them as
``tafel/resources`` and a frozen app under ``sys._MEIPASS``; :func:`resource_path` checks those
three places in that order, so the rest of the code never needs to know how tafel was started.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """The folder that holds tafel's resources for this way of running."""
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen:
        candidates.append(Path(frozen) / "tafel" / "resources")
    candidates.append(_PACKAGE_DIR / "resources")  # installed wheel
    candidates.append(_PACKAGE_DIR.parents[1] / "resources")  # checkout: src/tafel -> ../../
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("resources/ not found next to the tafel package")


def resource_path(*parts: str) -> Path:
    """Path of one resource file, for example ``resource_path("i18n", "tafel_nl_NL.qm")``."""
    return resources_dir().joinpath(*parts)


def _home_override() -> Path | None:
    value = os.environ.get("TAFEL_HOME")
    return Path(value) if value else None


def config_dir() -> Path:
    """Folder for settings (never case data). ``TAFEL_HOME`` overrides it, for tests."""
    override = _home_override()
    if override:
        return override / "config"
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config"))
    return base / "tafel"


def data_dir() -> Path:
    """Folder for vaults made without a chosen path, such as the demo vault."""
    override = _home_override()
    if override:
        return override / "data"
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return base / "tafel"


def log_dir() -> Path:
    """Folder for tafel's own error log (never case data), where each system keeps logs.

    Linux: ``$XDG_STATE_HOME/tafel/log`` (``~/.local/state``); macOS: ``~/Library/Logs/tafel``;
    Windows: ``%LOCALAPPDATA%/tafel/Logs``. ``TAFEL_HOME`` overrides it, for tests.
    """
    override = _home_override()
    if override:
        return override / "log"
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
        return base / "tafel" / "Logs"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Logs" / "tafel"
    base = Path(os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state")
    return base / "tafel" / "log"


def demo_vault_path() -> Path:
    """The demo vault, filled with fictional households."""
    return data_dir() / "demo.tafel"
