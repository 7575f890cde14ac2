"""A new passphrase for the open vault: the old one, then the new one twice.

The same strength rules and sentences as a new vault (:class:`PassphraseStrength`); the
vault's own rekey is crash-safe, so the vault opens afterwards with the old or the new
passphrase, never with neither. Nothing changes on a wrong old or a weak new passphrase.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from tafel.errors import TafelError, WeakPassphraseError, WrongPassphraseError
from tafel.ui.controller import AppController
from tafel.ui.dialogs.passphrase_strength import PassphraseStrength, grow_to_fit
from tafel.ui.style import error_label


class WachtwoordzinDialog(QDialog):
    """Change the passphrase of the open vault."""

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.setWindowTitle(self.tr("Change passphrase"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "From now on the vault opens only with the new passphrase. Write it down somewhere "
            "safe: without it nobody can open the vault, not even you."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.old_edit = QLineEdit()
        self.new_edit = QLineEdit()
        self.repeat_edit = QLineEdit()
        for edit in (self.old_edit, self.new_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Current passphrase"), self.old_edit)
        form.addRow(self.tr("New passphrase"), self.new_edit)
        form.addRow(self.tr("Once more"), self.repeat_edit)
        self.show_box = QCheckBox(self.tr("Show new passphrase"))
        self.show_box.toggled.connect(self._show_new)
        form.addRow("", self.show_box)
        path = controller.vault_path
        self.strength = PassphraseStrength(self.new_edit, lambda: str(path or ""), self)
        self.strength.changed.connect(lambda: grow_to_fit(self))
        form.addRow(self.tr("Strength"), self.strength)
        layout.addLayout(form)
        self.error_label = error_label()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Change passphrase"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.strength.update_strength()
        self.old_edit.setFocus()

    def _show_new(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.new_edit.setEchoMode(mode)
        self.repeat_edit.setEchoMode(mode)

    def accept(self) -> None:
        """Re-encrypt under the new passphrase, or say in one sentence why not."""
        if self.new_edit.text() != self.repeat_edit.text():
            self._show_error(self.tr("The two new passphrases are not the same."))
            self.repeat_edit.setFocus()
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._controller.change_passphrase(self.old_edit.text(), self.new_edit.text())
        except WrongPassphraseError:
            self._show_error(self.tr("That is not the current passphrase. Nothing was "
                                     "changed."))
            self.old_edit.selectAll()
            self.old_edit.setFocus()
            return
        except WeakPassphraseError as error:
            self.error_label.hide()
            self.strength.show_refused(error.message)
            self.new_edit.setFocus()
            return
        except TafelError as error:
            self._show_error(error.message)
            return
        finally:
            QApplication.restoreOverrideCursor()
        super().accept()

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        grow_to_fit(self)
