"""Recent vaults: the Vault menu's "Recente kluizen" and the list on the first-run page.

A consulent with a vault per team or per year should not hunt through a file dialog for it.
The settings file keeps the vaults the user opened (not the demo, which has its own button);
what is shown is checked again each time, so a vault moved or deleted since is left out.
The paths are the user's own file names, but a folder may carry a person's name: "Clear
list" forgets them all.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from tafel.settings import Settings
from tafel.ui.controller import AppController, vault_exists
from tafel.ui.style import set_role


def recent_vaults(settings: Settings) -> list[Path]:
    """The remembered vaults that are still there, most recent first."""
    return [Path(entry) for entry in settings.recent_vaults if vault_exists(entry)]


def clear_recent_vaults(settings: Settings) -> None:
    """Forget every remembered vault (the last one opened stays the one to unlock)."""
    settings.recent_vaults = []
    settings.save()


def vault_title(path: Path, folder_chars: int = 48) -> str:
    """What a menu item or button says: the file's name, then its folder (long ones shortened).

    The same file name in two folders (a vault per team) stays two different lines.
    """
    folder = str(path.parent)
    if len(folder) > folder_chars:
        half = (folder_chars - 1) // 2
        folder = folder[:half] + "…" + folder[-half:]
    return f"{path.name}  –  {folder}"


def switch_on_second_start(controller: AppController, wanted: Path) -> bool:
    """``tafel other.tafel`` while tafel runs: show that vault's unlock page, if nothing is open.

    A file opened from the file manager starts tafel again; the running window answers. With
    a vault unlocked it does not switch (the work in it would be locked away unasked): the
    window only says how. True when it switched.
    """
    if controller.is_unlocked or not vault_exists(wanted):
        return False
    controller.choose_vault(wanted)
    return True


class RecentVaultsMenu(QMenu):
    """Vault > Recent vaults: filled each time it opens; choosing one shows its unlock page."""

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("&Recent vaults"))
        self._controller = controller
        self.aboutToShow.connect(self.refill)  # not before: start-up stays quick

    def refill(self) -> None:
        """One item per vault still there, then "Clear list"."""
        self.clear()
        paths = recent_vaults(self._controller.settings)
        for number, path in enumerate(paths, start=1):
            text = vault_title(path).replace("&", "&&")
            action = self.addAction(f"&{number} {text}" if number < 10 else text)
            action.setToolTip(str(path))
            action.setData(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self._choose(p))
        if not paths:
            self.addAction(self.tr("No recent vaults")).setEnabled(False)
        self.addSeparator()
        clear = self.addAction(self.tr("&Clear list"), self._clear)
        clear.setEnabled(bool(self._controller.settings.recent_vaults))

    def _choose(self, path: Path) -> None:
        if vault_exists(path):
            self._controller.choose_vault(path)

    def _clear(self) -> None:
        clear_recent_vaults(self._controller.settings)
        self.refill()


PAGE_MAX = 5  # the first-run page fits a 768-pixel-high laptop screen; the menu has all


class RecentVaultsList(QWidget):
    """The first-run page's list: a button per recent vault, hidden when there are none."""

    chosen = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 6, 0, 0)
        self._layout.setSpacing(4)
        self.title = QLabel(self.tr("Recently opened"))
        set_role(self.title, "muted")
        self._layout.addWidget(self.title)
        self.buttons: list[QPushButton] = []

    def show_paths(self, paths: list[Path]) -> None:
        """Show ``paths`` (most recent first); hide the whole list when there are none."""
        for button in self.buttons:
            self._layout.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        for path in paths[:PAGE_MAX]:
            button = QPushButton(vault_title(path).replace("&", "&&"))
            button.setFlat(True)
            button.setToolTip(str(path))
            button.setAccessibleDescription(str(path))
            button.setStyleSheet("text-align: left; padding: 4px 8px;")
            button.clicked.connect(lambda _checked=False, p=path: self.chosen.emit(p))
            self._layout.addWidget(button)
            self.buttons.append(button)
        self.setVisible(bool(paths))
