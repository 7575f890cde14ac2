"""The keyboard habits of a desktop program: Ctrl+F, Ctrl+P, Ctrl+O and Ctrl+W.

Installed on the main window with one call. Each key does what a consulent who knows other
programs expects, and only through what the screens already do:

- Ctrl+F puts the cursor in the case list's search field (from the case overview; on a
  plan or conversation page the status bar says how to get back first).
- Ctrl+P prints the open plan (its print preview), or the plan of the case on screen.
- Ctrl+O opens a vault (Vault > Open vault…); Ctrl+Shift+O stays the casus-overleg.
- Ctrl+W closes the open page through that page's own Close, so what was typed is saved
  first, and a page whose text cannot be saved yet (a full disk) stays open.

F1 (help) and Ctrl+, (settings) are installed with the help and settings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from tafel.errors import TafelError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu, QStatusBar, QWidget

    from tafel.ui.controller import AppController
    from tafel.ui.workspace import Workspace


class ShortcutWindow(Protocol):
    """What the shortcuts use of the main window (which imports this module)."""

    controller: AppController
    workspace: Workspace | None
    open_vault_action: QAction

    def addAction(self, action: QAction, /) -> None: ...

    def statusBar(self) -> QStatusBar: ...

    def window(self) -> QWidget: ...

FIND = QKeySequence("Ctrl+F")
PRINT = QKeySequence("Ctrl+P")
OPEN = QKeySequence("Ctrl+O")
CLOSE_PAGE = QKeySequence("Ctrl+W")


class WindowShortcuts(QObject):
    """The window's find, print and close-page actions (open vault is the menu's own)."""

    def __init__(self, window: ShortcutWindow, menu: QMenu) -> None:
        super().__init__(menu)  # lives as long as the window's menu
        self._window = window
        self.find_action = self._action(self.tr("&Find a case"), FIND, self.find)
        self.print_action = self._action(self.tr("&Print the plan…"), PRINT, self.print_plan)
        self.close_action = self._action(self.tr("C&lose this page"), CLOSE_PAGE,
                                         self.close_page)
        menu.addSeparator()
        for action in (self.find_action, self.print_action, self.close_action):
            menu.addAction(action)
        self.set_unlocked(False)
        window.controller.unlocked.connect(lambda: self.set_unlocked(True))
        window.controller.locked.connect(lambda: self.set_unlocked(False))

    def _action(self, text: str, keys: QKeySequence, slot: object) -> QAction:
        action = QAction(text, self)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self._window.addAction(action)  # works with the menu bar hidden or closed too
        return action

    def set_unlocked(self, unlocked: bool) -> None:
        """Nothing to find, print or close while the vault is locked."""
        for action in (self.find_action, self.print_action, self.close_action):
            action.setEnabled(unlocked)

    def _workspace(self) -> Workspace | None:
        return self._window.workspace if self._window.controller.is_unlocked else None

    def _say(self, message: str) -> None:
        self._window.statusBar().showMessage(message, 8000)

    # -- the keys -----------------------------------------------------------------------

    def find(self) -> None:
        """Ctrl+F: the cursor in the case search, its text selected to type over."""
        workspace = self._workspace()
        if workspace is None:
            return
        if workspace.pages.currentWidget() is not workspace.browse:
            self._say(self.tr("Close this page first (Ctrl+W) to search the cases."))
            return
        search = workspace.case_list.search_edit
        search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        search.selectAll()

    def print_plan(self) -> None:
        """Ctrl+P: the open plan's print preview, or that of the case on screen."""
        workspace = self._workspace()
        if workspace is None:
            return
        page = workspace.pages.currentWidget()
        if workspace.plan_page is not None and page is workspace.plan_page:
            workspace.plan_page.print_plan()
            return
        case_id = workspace.overview.case_id
        if page is not workspace.browse or case_id is None:
            self._say(self.tr("Open a case or its toekomstplan to print it."))
            return
        try:
            view = self._window.controller.services.plans.for_case(case_id)
        except TafelError as error:
            self._say(error.message)
            return
        if view is None:
            self._say(self.tr("This case has no toekomstplan to print yet."))
            return
        from tafel.ui.plan.print_preview import PrintPreviewDialog  # loaded on first use

        PrintPreviewDialog(self._window.controller, view.latest.id, self._window.window()).exec()

    def close_page(self) -> None:
        """Ctrl+W: the open plan, conversation or casus-overleg closes as its Close does."""
        workspace = self._workspace()
        if workspace is None:
            return
        page = workspace.pages.currentWidget()
        for open_page in (workspace.plan_page, workspace.gesprek, workspace.overleg_page):
            if open_page is not None and page is open_page:
                open_page.close_page()
                return


def install_shortcuts(window: ShortcutWindow, menu: QMenu) -> WindowShortcuts:
    """Give the window Ctrl+F, Ctrl+P, Ctrl+W (in ``menu``) and Ctrl+O (its Open vault)."""
    shortcuts = WindowShortcuts(window, menu)
    window.open_vault_action.setShortcut(OPEN)
    return shortcuts
