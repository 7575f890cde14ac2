"""The Help menu (Handleiding F1, Over tafel) and Kluis > Instellingen (Ctrl+,).

Installed by the main window with two calls (the actions, then the menu), so the window
keeps only a line each. F1 opens the guide at the chapter about the page in front: the
toekomstplan, a keukentafelgesprek, a casus-overleg, the case list, or the first steps while
no vault is open (:meth:`HelpActions.context_topic`). The settings are applied as soon as
they are saved: the idle lock's minutes, the backup band and the folders file dialogs start in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QStackedWidget

from tafel.ui.start_folders import set_start_folders

if TYPE_CHECKING:
    from tafel.ui.controller import AppController
    from tafel.ui.dialogs.settings_dialog import SettingsDialog
    from tafel.ui.help.about_dialog import AboutDialog
    from tafel.ui.help.guide_window import GuideWindow
    from tafel.ui.idle import IdleWatcher
    from tafel.ui.workspace import Workspace


class HostWindow(Protocol):
    """What this needs of the main window (named here, so neither imports the other)."""

    controller: AppController
    workspace: Workspace | None
    pages: QStackedWidget
    idle: IdleWatcher


class HelpActions(QObject):
    """The guide, About and the settings dialog of one main window."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.guide: GuideWindow | None = None
        self.about: AboutDialog | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.guide_action = QAction(self.tr("&User guide"), window)
        self.guide_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.guide_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.guide_action.triggered.connect(self.open_guide)
        self.about_action = QAction(self.tr("&About tafel"), window)
        self.about_action.triggered.connect(self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)  # macOS: the app menu
        self.settings_action = QAction(self.tr("&Settings…"), window)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.settings_action.triggered.connect(self.show_settings)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        window.addAction(self.guide_action)
        window.addAction(self.settings_action)
        settings = cast(HostWindow, window).controller.settings
        set_start_folders(settings.export_folder, settings.backup_folder)

    # The window is this object's Qt parent, never a Python attribute: the window keeps
    # this object, and a reference back would make a cycle the garbage collector must
    # break after Qt has already deleted both.
    @property
    def window(self) -> QMainWindow:
        """The main window this belongs to."""
        return cast(QMainWindow, self.parent())

    @property
    def host(self) -> HostWindow:
        """The same window, as what this needs of it."""
        return cast(HostWindow, self.parent())

    def add_help_menu(self) -> None:
        """The Help menu, last in the menu bar."""
        menu = self.window.menuBar().addMenu(self.tr("&Help"))
        menu.addAction(self.guide_action)
        menu.addSeparator()
        menu.addAction(self.about_action)

    # -- the guide ----------------------------------------------------------------------

    def context_topic(self) -> str:
        """The guide's chapter about what is in front now."""
        host = self.host
        workspace = host.workspace
        if workspace is None or host.pages.currentWidget() is not workspace:
            return "eerste-keer" if host.controller.vault_path is None else "vergrendelen"
        current = workspace.pages.currentWidget()
        if current is not None and current is workspace.plan_page:
            return "toekomstplan"
        if current is not None and current is workspace.gesprek:
            return "gesprek"
        if current is not None and current is workspace.overleg_page:
            return "overleg"
        return "casus"

    def open_guide(self, topic: str | None = None) -> None:
        """F1 or Help > Handleiding: the guide, at the chapter about the page in front."""
        from tafel.ui.help.guide_window import GuideWindow

        wanted = topic if isinstance(topic, str) else None  # a QAction passes its checked
        if self.guide is not None and self.guide.isActiveWindow() and wanted is None:
            return  # F1 while reading the guide: stay on the chapter being read
        if self.guide is None:
            self.guide = GuideWindow(self.window)
            self.guide.destroyed.connect(self._guide_gone)
            self.guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.guide.show_topic(wanted or self.context_topic())
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()

    def _guide_gone(self) -> None:
        self.guide = None

    # -- about and settings -------------------------------------------------------------

    def show_about(self) -> None:
        """Help > Over tafel."""
        from tafel.ui.help.about_dialog import AboutDialog

        self.about = AboutDialog(self.host.controller.vault_path, self.window)
        self.about.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.about.open()

    def show_settings(self) -> None:
        """Kluis > Instellingen (Ctrl+,): open while locked too (only my details need a vault)."""
        from tafel.ui.dialogs.settings_dialog import SettingsDialog

        if self.settings_dialog is not None and self.settings_dialog.isVisible():
            self.settings_dialog.raise_()
            return
        dialog = SettingsDialog(self.host.controller, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.apply_settings)
        self.settings_dialog = dialog
        dialog.open()

    def apply_settings(self) -> None:
        """What the saved settings change at once."""
        host, window = self.host, self.window
        settings = host.controller.settings
        host.idle.set_minutes(settings.idle_minutes)
        set_start_folders(settings.export_folder, settings.backup_folder)
        if host.workspace is not None:
            host.workspace.backup_band.refresh()
        if self.settings_dialog is not None and not self.settings_dialog.saved_to_disk:
            window.statusBar().showMessage(QCoreApplication.translate(
                "MainWindow", "This holds until tafel closes: the setting could not be saved."),
                8000)
