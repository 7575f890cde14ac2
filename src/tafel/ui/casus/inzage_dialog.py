"""Inzage for one person of the case: choose a folder, write the PDF and the JSON file there.

The files hold the person's data in clear (that is the point), so the dialog says so and
writes nothing until the user chose where; afterwards it says exactly where both files are.
The export itself is logged by the service (:mod:`tafel.services.inzage`).
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tafel.errors import TafelError
from tafel.ui.controller import AppController
from tafel.ui.i18n import fill
from tafel.ui.icons import icon


def choose_folder(parent: QWidget | None, caption: str) -> Path | None:
    """An existing folder the user picked, or None when cancelled (tests replace this)."""
    dialog = QFileDialog(parent, caption)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    if not dialog.exec() or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


class InzageDialog(QDialog):
    """Where to write the inzage of ``person_id`` (named ``naam``), then where it went."""

    def __init__(self, controller: AppController, casus_id: uuid.UUID, person_id: uuid.UUID,
                 naam: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._casus_id, self._person_id = casus_id, person_id
        self.folder: Path | None = None
        self.setWindowTitle(fill(self.tr("Inzage for %1"), naam))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        intro = QLabel(fill(self.tr(
            "Everything tafel holds about %1 in this case: personal details, conversations "
            "and scores, plans, signatures, consents, meetings and who looked at what. Two "
            "files: a PDF to read and a JSON file for a computer."), naam))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        warning = QLabel(fill(self.tr(
            "The files are not locked with the vault's passphrase. Choose a place only you "
            "or %1 can reach, such as a USB stick you hand over."), naam))
        warning.setWordWrap(True)
        warning.setStyleSheet("color: #8a4b14;")
        layout.addWidget(warning)
        row = QHBoxLayout()
        self.folder_edit = QLineEdit()
        self.folder_edit.setReadOnly(True)
        self.folder_edit.setPlaceholderText(self.tr("No folder chosen yet"))
        self.folder_edit.setAccessibleName(self.tr("Folder"))
        row.addWidget(self.folder_edit, 1)
        self.choose_button = QPushButton(icon("open-vault"), self.tr("Choose folder…"))
        self.choose_button.clicked.connect(self.choose)
        row.addWidget(self.choose_button)
        layout.addLayout(row)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()
        layout.addWidget(self.result_label)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        buttons = QDialogButtonBox()
        self.write_button = buttons.addButton(self.tr("Write both files"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.write_button.setEnabled(False)
        self.write_button.clicked.connect(self.write)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.choose_button.setDefault(True)
        self.choose_button.setFocus()

    def _fit(self) -> None:
        """As tall as the wrapped texts need at the dialog's width (Qt does not do it)."""
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            self.resize(self.width(), max(self.height(), layout.totalHeightForWidth(self.width())))

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        """Fit the wrapped texts once the dialog has its width."""
        super().showEvent(event)
        self._fit()

    def choose(self) -> None:
        """Ask for the folder."""
        chosen = choose_folder(self, self.tr("Where should the inzage go?"))
        if chosen is not None:
            self.set_folder(chosen)

    def set_folder(self, folder: Path) -> None:
        """Use ``folder`` (from the chooser, or a test)."""
        self.folder = folder
        self.folder_edit.setText(str(folder))
        self.write_button.setEnabled(True)
        self.error_label.hide()

    def write(self) -> None:
        """Write the PDF and the JSON file into the chosen folder, then say where."""
        if self.folder is None:
            return
        try:
            files = self._controller.services.inzage.export(
                self._casus_id, self._person_id, self.folder)
        except TafelError as error:
            self.error_label.setText(error.message)
            self.error_label.show()
            return
        self.error_label.hide()
        self.result_label.setText(fill(
            self.tr("Written in %1:\n• %2 (to read)\n• %3 (for a computer)"),
            str(self.folder), files.pdf.name, files.json.name))
        self.result_label.show()
        self._fit()  # the two file names need room; nothing above may be cut off
        self.close_button.setFocus()  # first: a disabled focused button hands focus on
        self.write_button.setEnabled(False)


