"""The Case menu's actions that reach into the workspace: bundles and the casus-overleg.

Make a bundle of the case shown (Ctrl+E), read one in (Ctrl+I, or a file handed to tafel),
the bundles that wait, and start a casus-overleg (Ctrl+Shift+O). A mixin of
:class:`~tafel.ui.main_window.MainWindow`, kept apart so the window stays one readable page;
its sentences keep the window's translation context ("MainWindow").
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMainWindow

from tafel.errors import TafelError

if TYPE_CHECKING:
    from tafel.ui.controller import AppController
    from tafel.ui.workspace import Workspace

translate = QCoreApplication.translate


class CasusActies:
    """Case > Make bundle, Read bundle, Waiting bundles, Start a casus-overleg."""

    controller: AppController
    workspace: Workspace | None
    bundel_melding: Any
    bundel_dialog: Any

    def _window(self) -> QMainWindow:
        assert isinstance(self, QMainWindow)
        return self

    def _flush_pages(self) -> None:
        """What is being typed in a plan or conversation is saved before a bundle is made."""
        if self.workspace is not None:
            for page in (self.workspace.plan_page, self.workspace.gesprek):
                if page is not None:
                    page.flush()

    def make_bundle(self) -> None:
        """Case > Make bundle (Ctrl+E): a bundle of the case shown, for other parties."""
        if not self.controller.is_unlocked or self.workspace is None:
            return
        self._flush_pages()
        if self.workspace.overview.case_id is None:
            self._window().statusBar().showMessage(translate(
                "MainWindow", "Choose a case first, then make its bundle."), 8000)
            return
        self.workspace.overview.make_bundle()

    def read_bundle(self) -> None:
        """Case > Read bundle (Ctrl+I): choose a .tafelbundel file and read it in."""
        from tafel.ui.file_dialogs import choose_file_to_open

        if not self.controller.is_unlocked:
            return
        path = choose_file_to_open(self._window(), translate("MainWindow", "Read bundle"), "",
                                   translate("MainWindow", "tafel bundle (*.tafelbundel)"))
        if path is not None:
            self.read_bundle_file(path)

    def read_bundle_file(self, path: Path) -> None:
        """Preview the bundle in ``path`` (asking its passphrase first if it has one).

        A refusal is one Dutch sentence in a message box (``bundel_melding``); nothing
        was written then.
        """
        from tafel.ui.bundels.inlees_dialog import BundelInleesDialog, lees_bestand
        from tafel.ui.bundels.melding import melding

        if not self.controller.is_unlocked:
            return
        self._flush_pages()
        try:
            dialog = BundelInleesDialog(self.controller, lees_bestand(path), path.name,
                                        self._window())
            dialog.preview()
        except TafelError as error:
            self.bundel_melding = melding(self._window(), error.message, warning=True)
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.failed.connect(self._bundle_refused)
        dialog.open_case_requested.connect(self._open_case_of_bundle)
        self.bundel_dialog = dialog
        dialog.open()

    def _bundle_refused(self, message: str) -> None:
        from tafel.ui.bundels.melding import melding

        self.bundel_melding = melding(self._window(), message, warning=True)

    def _open_case_of_bundle(self, case_id: object) -> None:
        if self.workspace is not None and self.controller.is_unlocked:
            self.workspace.go_to_case(case_id)  # type: ignore[arg-type]

    def start_overleg(self) -> None:
        """Case > Start a casus-overleg (Ctrl+Shift+O): for the case shown."""
        if not self.controller.is_unlocked or self.workspace is None:
            return
        case_id = self.workspace.overview.case_id
        if self.workspace.overleg_page is not None:
            case_id = self.workspace.overleg_page.case_id
        if case_id is None:
            self._window().statusBar().showMessage(translate("MainWindow",
                "Choose a case first, then start its casus-overleg."), 8000)
            return
        self.workspace.request_overleg(case_id)

    def show_waiting_bundles(self) -> None:
        """Case > Waiting bundles: what each waiting bundle waits for."""
        if self.workspace is not None and self.controller.is_unlocked:
            self.workspace.show_waiting_bundles()
