"""The unlock screen: one passphrase field, one clear sentence when it is wrong."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from tafel.errors import TafelError
from tafel.ui.controller import DEMO_PASSPHRASE, AppController
from tafel.ui.forms.ui_unlock import Ui_UnlockPage
from tafel.ui.i18n import fill
from tafel.ui.icons import icon
from tafel.ui.style import set_role


class UnlockPage(QWidget):
    """Asks for the passphrase of the chosen vault."""

    other_vault_requested = Signal()

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.ui = Ui_UnlockPage()
        self.ui.setupUi(self)
        self.ui.lockIconLabel.setPixmap(icon("lock").pixmap(QSize(56, 56)))
        set_role(self.ui.titleLabel, "title")
        set_role(self.ui.vaultLabel, "subtitle")
        set_role(self.ui.errorLabel, "error")
        set_role(self.ui.hintLabel, "muted")
        set_role(self.ui.unlockButton, "primary")
        self.ui.unlockButton.setIcon(icon("unlock"))
        self.ui.errorLabel.hide()
        self.ui.unlockButton.clicked.connect(self.try_unlock)
        self.ui.passphraseEdit.returnPressed.connect(self.try_unlock)
        self.ui.passphraseEdit.textEdited.connect(lambda _text: self.ui.errorLabel.hide())
        self.ui.otherVaultButton.clicked.connect(self.other_vault_requested)

    def prepare(self, path: Path) -> None:
        """Show which vault is locked and clear anything typed before."""
        self.ui.passphraseEdit.clear()
        self.ui.errorLabel.hide()
        self.ui.vaultLabel.setText(fill(self.tr("Vault: %1"), path.name))
        if self._controller.is_demo():
            self.ui.hintLabel.setText(
                fill(self.tr("This is the demo vault. Its passphrase is: %1"), DEMO_PASSPHRASE)
            )
            self.ui.hintLabel.show()
        else:
            self.ui.hintLabel.setText(
                self.tr("tafel locks itself after a few minutes without use.")
            )
        self.ui.passphraseEdit.setFocus()

    def say_locked(self) -> None:
        """After a lock: say so, and that anything half-filled comes back after unlocking."""
        self.ui.hintLabel.setText(self.tr(
            "tafel is locked. What you had not saved yet comes back when you unlock."))
        self.ui.hintLabel.show()

    def try_unlock(self) -> None:
        """Unlock, or show the one Dutch sentence of what went wrong."""
        passphrase = self.ui.passphraseEdit.text()
        if not passphrase:
            self._show_error(self.tr("Type the passphrase first."))
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._controller.unlock(passphrase)
        except TafelError as error:
            self._show_error(error.message)
            self.ui.passphraseEdit.selectAll()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.ui.passphraseEdit.clear()

    def _show_error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.show()
        self.ui.passphraseEdit.setFocus()
