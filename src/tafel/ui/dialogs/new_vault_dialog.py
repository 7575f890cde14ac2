"""Create a new vault: who you are, where it goes and its passphrase, typed twice.

The consulent's own name, organisation and role are kept inside the vault: every audit entry,
"geschreven door" and signature uses them (never the computer's login name). While the
passphrase is typed, a bar and one sentence say whether it is strong enough and, if not, why
(the same estimate that :meth:`Vault.create` applies). "Suggest one" fills in four random
words, shown in clear so the user can write them down.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
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

from tafel.errors import TafelError, WeakPassphraseError
from tafel.paths import data_dir
from tafel.services.medewerker import check_medewerker
from tafel.ui.controller import AppController, passphrase_rules
from tafel.ui.dialogs.medewerker_dialog import MedewerkerFields
from tafel.ui.dialogs.passphrase_strength import PassphraseStrength, grow_to_fit
from tafel.ui.file_dialogs import choose_file_to_save
from tafel.ui.style import error_label


class NewVaultDialog(QDialog):
    """Asks who you are, a file and a passphrase, then creates and opens the vault."""

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.setWindowTitle(self.tr("New vault"))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        about = QLabel(self.tr(
            "Your name, organisation and role go on every plan you write and in the log of "
            "who did what. They stay inside the vault; you can change them later under "
            "Vault > My details."
        ))
        about.setWordWrap(True)
        layout.addWidget(about)
        self.medewerker = MedewerkerFields(self)
        self.name_edit = self.medewerker.name_edit
        layout.addLayout(self.medewerker.form)
        layout.addSpacing(6)
        intro = QLabel(self.tr(
            "Choose a passphrase that is hard to guess: four or five loose words work well. "
            "Without it nobody can open the vault, not even you: write it down somewhere safe."
        ))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addSpacing(6)
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
        form.addRow(self.tr("Passphrase"), self.passphrase_edit)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Once more"), self.repeat_edit)
        self.show_box = QCheckBox(self.tr("Show passphrase"))
        self.show_box.toggled.connect(self._show_passphrase)
        self.suggest_button = QPushButton(self.tr("Suggest one"))
        self.suggest_button.setToolTip(self.tr("Four random words; write them down."))
        self.suggest_button.clicked.connect(self.fill_suggestion)
        options_row = QHBoxLayout()
        options_row.addWidget(self.show_box, 1)
        options_row.addWidget(self.suggest_button)
        form.addRow("", options_row)
        self.strength = PassphraseStrength(self.passphrase_edit, self.path_edit.text, self)
        self.strength_bar = self.strength.bar
        self.strength_label = self.strength.label
        self.strength.changed.connect(lambda: grow_to_fit(self))
        form.addRow(self.tr("Strength"), self.strength)
        layout.addLayout(form)
        self.error_label = error_label()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create vault"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.path_edit.textChanged.connect(self.strength.schedule)
        self.strength.update_strength()
        self.name_edit.setFocus()

    @classmethod
    def create_vault(cls, controller: AppController, parent: QWidget | None = None) -> bool:
        """Show the dialog; True when a vault was created and opened."""
        return cls(controller, parent).exec() == QDialog.DialogCode.Accepted

    def fill_suggestion(self) -> None:
        """Put a new random passphrase in both fields, in clear, to be written down."""
        suggestion = passphrase_rules.suggest()
        self.passphrase_edit.setText(suggestion)
        self.repeat_edit.setText(suggestion)
        self.show_box.setChecked(True)
        self.error_label.hide()
        self.update_strength()

    def update_strength(self) -> None:
        """Show how strong the passphrase is and, when it is too weak, why."""
        self.strength.update_strength()

    def _show_passphrase(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase_edit.setEchoMode(mode)
        self.repeat_edit.setEchoMode(mode)

    def _browse(self) -> None:
        chosen = choose_file_to_save(
            self, self.tr("New vault"), self.path_edit.text(), self.tr("tafel vault (*.tafel)"),
            "tafel", refuse_vaults=False,
        )
        if chosen is not None:
            path = str(chosen)
            self.path_edit.setText(path if path.endswith(".tafel") else path + ".tafel")

    def accept(self) -> None:
        """Create the vault, or show one sentence of what is wrong (nothing is made then)."""
        try:
            medewerker = check_medewerker(*self.medewerker.values())
        except TafelError as error:
            self._show_error(error.message)
            self.name_edit.setFocus()
            return
        if self.passphrase_edit.text() != self.repeat_edit.text():
            self._show_error(self.tr("The two passphrases are not the same."))
            return
        try:
            self._controller.create_vault(Path(self.path_edit.text()),
                                          self.passphrase_edit.text(), medewerker)
        except WeakPassphraseError as error:  # said where the strength is shown, not twice
            self.error_label.hide()
            self.strength.show_refused(error.message)
            self.passphrase_edit.setFocus()
            return
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
        grow_to_fit(self)
