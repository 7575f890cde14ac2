"""The folders chosen in the settings dialog for exports and prints, and for backups.

Kept apart from :mod:`tafel.ui.file_dialogs` (which loads Qt's file dialog and style classes)
so the main window can hand the settings over at start-up without loading those.
"""

from __future__ import annotations

from pathlib import Path

# "" = none chosen; set by the main window from the settings, and again when they change.
_start_folders = {"export": "", "backup": ""}


def set_start_folders(export: str, backup: str) -> None:
    """The settings' folders for exports and prints, and for backups ("" for none)."""
    _start_folders["export"] = export
    _start_folders["backup"] = backup


def start_folder(kind: str = "export") -> Path | None:
    """The chosen folder of that kind, if it is set and still exists (a USB stick may not)."""
    chosen = _start_folders.get(kind, "")
    return Path(chosen) if chosen and Path(chosen).is_dir() else None
