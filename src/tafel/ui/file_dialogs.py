"""File dialogs that never list, peek into or overwrite a vault's own files.

SQLite's locks on an open vault belong to the process and vanish when *any* descriptor of
the process on those files closes. Qt's file dialog guesses each listed file's type by
reading its first bytes, so merely showing the vault's folder opened and closed the
``-wal`` and ``-shm`` files and dropped the app's locks. These dialogs therefore use Qt's own
dialog (the platform's would do the same in another process we cannot steer) with an icon
provider that judges by name only, and hide every file that belongs to a vault: journals,
key file, lock and backups always, and the vault itself when saving an export.

Where a dialog starts: a caller that suggests only a name (or the home or documents folder,
the generic places) starts in the folder chosen in the settings dialog for exports and
prints, and a backup starts in the one for backups (:mod:`tafel.ui.start_folders`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QFileInfo,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    QStandardPaths,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QFileIconProvider, QStyle, QWidget

from tafel.ui.controller import is_vault_companion, is_vault_file
from tafel.ui.start_folders import start_folder

_ModelIndex = QModelIndex | QPersistentModelIndex


def _generic(folder: Path) -> bool:
    """No folder, the home folder or the documents folder: places nobody chose."""
    if str(folder) in ("", "."):
        return True
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return folder in (Path.home(), Path(documents)) if documents else folder == Path.home()


def starting_place(suggested: str, kind: str = "export") -> str:
    """``suggested`` (a file name, a folder or a path), moved into the chosen folder if generic."""
    chosen = start_folder(kind)
    if chosen is None:
        return suggested
    if not suggested:
        return str(chosen)
    path = Path(suggested)
    if Path(suggested).is_dir():
        return str(chosen) if _generic(path) else suggested
    return str(chosen / path.name) if _generic(path.parent) else suggested


class NameOnlyIcons(QFileIconProvider):
    """Icons and type names from the file name alone: no file is opened to guess its type."""

    def __init__(self) -> None:
        super().__init__()
        style = QApplication.style()
        self._folder = style.standardIcon(QStyle.StandardPixmap.SP_DirIcon)
        self._file = style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)

    def icon(self, what: object) -> QIcon:  # Qt override (both overloads)
        """A folder or a file icon; never the file's own content."""
        if isinstance(what, QFileInfo):
            return self._folder if what.isDir() else self._file
        return self._file

    def type(self, info: QFileInfo) -> str:  # Qt override
        """"Map", or the extension: what the type column shows."""
        if info.isDir():
            return QApplication.translate("NameOnlyIcons", "Folder")
        suffix = info.suffix()
        return suffix.upper() if suffix else QApplication.translate("NameOnlyIcons", "File")


class HideVaultFiles(QSortFilterProxyModel):
    """Leaves out a vault's companion files, and (when saving) vaults themselves."""

    def __init__(self, hide_vaults: bool) -> None:
        super().__init__()
        self._hide_vaults = hide_vaults

    def filterAcceptsRow(self, row: int, parent: _ModelIndex) -> bool:  # Qt override
        """Folders always; files unless they belong to a vault."""
        model = self.sourceModel()
        index = model.index(row, 0, parent)
        name = str(model.data(index))
        if model.hasChildren(index) or not name:
            return True
        hidden = is_vault_file if self._hide_vaults else is_vault_companion
        return not hidden(name)


def _dialog(parent: QWidget | None, caption: str, folder: str, name_filter: str,
            saving: bool) -> QFileDialog:
    dialog = QFileDialog(parent, caption, folder, name_filter)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    # The dialog keeps only pointers to these: Python must keep them alive with it.
    dialog.name_only_icons = NameOnlyIcons()  # type: ignore[attr-defined]
    dialog.vault_filter = HideVaultFiles(hide_vaults=saving)  # type: ignore[attr-defined]
    dialog.setIconProvider(dialog.name_only_icons)  # type: ignore[attr-defined]
    dialog.setProxyModel(dialog.vault_filter)  # type: ignore[attr-defined]
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if saving
                         else QFileDialog.AcceptMode.AcceptOpen)
    if not saving:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return dialog


def choose_file_to_open(parent: QWidget | None, caption: str, folder: str,
                        name_filter: str) -> Path | None:
    """An existing file the user picked, or None (cancelled, or a vault's companion file)."""
    dialog = _dialog(parent, caption, starting_place(folder), name_filter, saving=False)
    if not dialog.exec() or not dialog.selectedFiles():
        return None
    chosen = Path(dialog.selectedFiles()[0])
    return None if is_vault_companion(chosen) else chosen


def choose_file_to_save(parent: QWidget | None, caption: str, suggested: str,
                        name_filter: str, suffix: str, refuse_vaults: bool = True) -> Path | None:
    """Where to save, or None when cancelled. ``suffix`` is added when the name lacks it.

    A name that belongs to a vault is refused by the caller's writer (one Dutch sentence);
    ``refuse_vaults`` False is for creating a vault, where ``*.tafel`` is the point.
    """
    if refuse_vaults:  # not when creating a vault: that is no export
        suggested = starting_place(suggested, "backup" if suffix == "tafelbackup" else "export")
    dialog = _dialog(parent, caption, suggested, name_filter, saving=refuse_vaults)
    dialog.setDefaultSuffix(suffix)
    if not dialog.exec() or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def choose_folder(parent: QWidget | None, caption: str, folder: str) -> Path | None:
    """A folder the user picked, or None; only folders are listed, so no file is opened."""
    dialog = QFileDialog(parent, caption, folder)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.name_only_icons = NameOnlyIcons()  # type: ignore[attr-defined]
    dialog.setIconProvider(dialog.name_only_icons)  # type: ignore[attr-defined]
    if not dialog.exec() or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])
