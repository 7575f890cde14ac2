"""Create a new vault: where it goes and its passphrase, typed twice.

While the passphrase is typed, a bar and one sentence say whether it is strong enough and, if
not, why (the same estimate that :meth:`Vault.create` applies). "Suggest one" fills in four
random words, shown in clear so the user can write them down.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tafel.brand import BRAND
from tafel.errors import TafelError, WeakPassphraseError
from tafel.paths import data_dir
from tafel.ui.controller import AppController, passphrase_rules
from tafel.ui.file_dialogs import choose_file_to_save
from tafel.ui.i18n import fill
from tafel.ui.style import set_role

# Typing pauses this long before the estimate runs (it takes up to ~0.1 s on long input).
ESTIMATE_DELAY_MS = 150

_BAR_STYLE = (
    "QProgressBar {{ border: 1px solid #c9d2d4; border-radius: 3px; background: #f3f6f6; }}"
    "QProgressBar::chunk {{ background: {colour}; border-radius: 2px; }}"
)
_WEAK_COLOUR = "#b3261e"
_STRONG_COLOUR = BRAND


class NewVaultDialog(QDialog):
    """Asks for a file and a passphrase, then creates and opens the vault."""

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.setWindowTitle(self.tr("New vault"))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
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
        self.strength_bar = QProgressBar()
        self.strength_bar.setRange(0, 4)
        self.strength_bar.setTextVisible(False)
        self.strength_bar.setFixedHeight(8)
        self.strength_bar.setAccessibleName(self.tr("Strength of the passphrase"))
        self.strength_label = QLabel()
        self.strength_label.setWordWrap(True)
        strength = QVBoxLayout()
        strength.setSpacing(4)
        strength.addWidget(self.strength_bar)
        strength.addWidget(self.strength_label)
        form.addRow(self.tr("Strength"), strength)
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
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(ESTIMATE_DELAY_MS)
        self._timer.timeout.connect(self.update_strength)
        self.passphrase_edit.textChanged.connect(self._timer.start)
        self.path_edit.textChanged.connect(self._timer.start)
        self.update_strength()

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
        self._timer.stop()
        text = self.passphrase_edit.text()
        if not text:
            self._show_strength(0, self.tr("Four or five loose words that do not belong "
                                           "together work well."), "muted", _WEAK_COLOUR)
            return
        context = passphrase_rules.context_for(self.path_edit.text() or "casussen.tafel")
        strength = passphrase_rules.estimate(text, context)
        if strength.acceptable:
            self._show_strength(4, self.tr("Strong enough. Write it down and keep it in a "
                                           "safe place."), "", _STRONG_COLOUR)
        else:
            message = fill(self.tr("Too weak. %1"), strength.reason)
            self._show_strength(min(max(strength.score, 1), 3), message, "error", _WEAK_COLOUR)

    def _show_strength(self, value: int, message: str, role: str, colour: str) -> None:
        self.strength_bar.setValue(value)
        self.strength_bar.setStyleSheet(_BAR_STYLE.format(colour=colour))
        self.strength_label.setText(message)
        set_role(self.strength_label, role)
        self._grow_to_fit()

    def _grow_to_fit(self) -> None:
        """A longer reason wraps onto more lines: grow so no line is cut off (never shrink)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        needed = max(needed, self.minimumSizeHint().height())
        if needed > self.height():
            self.resize(self.width(), needed)

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
        """Create the vault, or show one sentence of what is wrong."""
        if self.passphrase_edit.text() != self.repeat_edit.text():
            self._show_error(self.tr("The two passphrases are not the same."))
            return
        try:
            self._controller.create_vault(Path(self.path_edit.text()), self.passphrase_edit.text())
        except WeakPassphraseError as error:  # said where the strength is shown, not twice
            self.error_label.hide()
            message = fill(self.tr("Too weak. %1"), error.message)
            self._show_strength(1, message, "error", _WEAK_COLOUR)
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
