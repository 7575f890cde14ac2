"""The unlock screen: one passphrase field, one clear sentence when it is wrong.

Unlocking takes a second or two (the key is derived on purpose slowly), so it runs in the
background: the field and the button wait, a moving bar and a sentence appear after half a
second, and the window keeps repainting.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QWidget

from tafel.ui.background import Job, explain
from tafel.ui.controller import DEMO_PASSPHRASE, AppController
from tafel.ui.forms.ui_unlock import Ui_UnlockPage
from tafel.ui.i18n import fill
from tafel.ui.icons import icon
from tafel.ui.style import set_role


class UnlockPage(QWidget):
    """Asks for the passphrase of the chosen vault."""

    other_vault_requested = Signal()
    # The key is being derived in the background: a good moment to prepare the workspace.
    unlock_started = Signal()

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
        self._job: Job[Any] | None = None
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # moving, without a percentage
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(8)
        self.busy_label = QLabel(self.tr("Opening the vault…"))
        set_role(self.busy_label, "muted")
        index = self.ui.cardLayout.indexOf(self.ui.unlockButton) + 1
        self.ui.cardLayout.insertWidget(index, self.busy_bar)
        self.ui.cardLayout.insertWidget(index + 1, self.busy_label)
        self.stop()
        self.ui.unlockButton.clicked.connect(self.try_unlock)
        self.ui.passphraseEdit.returnPressed.connect(self.try_unlock)
        self.ui.passphraseEdit.textEdited.connect(lambda _text: self.ui.errorLabel.hide())
        self.ui.otherVaultButton.clicked.connect(self.other_vault_requested)
        controller.unlocked.connect(self._unlocked)

    def prepare(self, path: Path) -> None:
        """Show which vault is locked and clear anything typed before.

        Also after a lock or another choice of vault, which cancelled an unlock under way.
        """
        self._job = None
        self._set_waiting(False)
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

    @property
    def unlocking(self) -> bool:
        """Whether an unlock is under way."""
        return self._job is not None and self._job.running

    def try_unlock(self) -> None:
        """Unlock in the background, or show the one Dutch sentence of what went wrong."""
        if self.unlocking:
            return  # Enter pressed again while the key is being derived
        passphrase = self.ui.passphraseEdit.text()
        if not passphrase:
            self._show_error(self.tr("Type the passphrase first."))
            return
        self.ui.errorLabel.hide()
        self._set_waiting(True)
        self._job = self._controller.unlock_in_background(passphrase, self._failed, busy=self)
        self.unlock_started.emit()

    def _unlocked(self) -> None:
        """The vault is open (the workspace replaces this page): forget what was typed."""
        self._job = None
        self._set_waiting(False)
        self.ui.passphraseEdit.clear()

    def _failed(self, error: BaseException) -> None:
        self._job = None
        self._set_waiting(False)
        self._show_error(explain(error))
        self.ui.passphraseEdit.selectAll()

    def _set_waiting(self, waiting: bool) -> None:
        self.ui.passphraseEdit.setEnabled(not waiting)
        self.ui.unlockButton.setEnabled(not waiting)
        self.ui.otherVaultButton.setEnabled(not waiting)
        if not waiting:
            self.stop()
            self.ui.passphraseEdit.setFocus()

    # -- the busy indicator (see tafel.ui.background.Busy) ---------------------------------

    def start(self) -> None:
        """The unlock takes a while: show the moving bar and say what happens."""
        self.busy_bar.show()
        self.busy_label.show()

    def stop(self) -> None:
        """Hide the bar again."""
        self.busy_bar.hide()
        self.busy_label.hide()

    def _show_error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.show()
        self.ui.passphraseEdit.setFocus()
