"""Create a new vault: where it goes and its passphrase, typed twice."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tafel.errors import TafelError
from tafel.paths import data_dir
from tafel.ui.controller import AppController
from tafel.ui.file_dialogs import choose_file_to_save
from tafel.ui.style import set_role


class NewVaultDialog(QDialog):
    """Asks for a file and a passphrase, then creates and opens the vault."""

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.setWindowTitle(self.tr("New vault"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Choose a passphrase of at least 10 characters, for example four loose words. "
            "Without it nobody can open the vault, not even you: write it down somewhere safe."
        ))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.path_edit = QLineEdit(str(data_dir() / "casussen.tafel"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        form.addRow(self.tr("File"), path_row)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Passphrase"), self.passphrase_edit)
        form.addRow(self.tr("Once more"), self.repeat_edit)
        layout.addLayout(form)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        set_role(self.error_label, "error")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create vault"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def create_vault(cls, controller: AppController, parent: QWidget | None = None) -> bool:
        """Show the dialog; True when a vault was created and opened."""
        return cls(controller, parent).exec() == QDialog.DialogCode.Accepted

    def _browse(self) -> None:
        chosen = choose_file_to_save(
            self, self.tr("New vault"), self.path_edit.text(), self.tr("tafel vault (*.tafel)"),
            "tafel", refuse_vaults=False,
        )
        if chosen is not None:
            path = str(chosen)
            self.path_edit.setText(path if path.endswith(".tafel") else path + ".tafel")

    def accept(self) -> None:
        """Create the vault, or show one sentence of what is wrong."""
        if self.passphrase_edit.text() != self.repeat_edit.text():
            self._show_error(self.tr("The two passphrases are not the same."))
            return
        try:
            self._controller.create_vault(Path(self.path_edit.text()), self.passphrase_edit.text())
        except TafelError as error:
            self._show_error(error.message)
            return
        except OSError:
            self._show_error(self.tr("tafel cannot write a vault in that place. Choose another."))
            return
        super().accept()

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
