"""Kluis > Back-up maken… and Kluis > Back-up terugzetten….

Making a backup: choose where (a USB stick), write the one file, say where it went and with
which passphrase it opens. Restoring: a backup file, a NEW vault file and the backup's
passphrase; the core refuses an existing file and checks that everything arrived (rows per
table, the audit chain) before the new vault gets its name; then the app offers to open it.
Every refusal is the core's one Dutch sentence, in the dialog itself.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tafel.errors import TafelError
from tafel.services.backup import SUFFIX, Teruggezet, suggested_name
from tafel.services.changes import Origin
from tafel.ui.controller import AppController
from tafel.ui.i18n import fill
from tafel.ui.style import error_label

ORIGIN = Origin.screen("back-up")


def backup_filter() -> str:
    """The file dialogs' filter for backups."""
    return fill(QCoreApplication.translate("BackupDialogs", "tafel backup (*%1)"), SUFFIX)


def make_backup(controller: AppController, parent: QWidget, folder: Path | None = None) -> None:
    """Ask where, write the backup, and say how it went (a message box either way)."""
    from tafel.ui.file_dialogs import choose_file_to_save

    if not controller.is_unlocked or controller.vault_path is None:
        return
    name = suggested_name(controller.vault_path, date.today())
    start = str((folder or Path.home()) / name)
    path = choose_file_to_save(parent, QCoreApplication.translate("BackupDialogs", "Make a backup"),
                               start, backup_filter(), SUFFIX.lstrip("."))
    if path is not None:
        write_backup(controller, parent, path)


def write_backup(controller: AppController, parent: QWidget, path: Path) -> QMessageBox:
    """Write the backup to ``path``; the message box that tells the outcome (already open)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        made = controller.services.backup.maken(path, origin=ORIGIN)
    except TafelError as error:
        QApplication.restoreOverrideCursor()
        return _box(parent, QMessageBox.Icon.Warning,
                    QCoreApplication.translate("BackupDialogs", "No backup made"), error.message)
    QApplication.restoreOverrideCursor()
    controller.publish(made.changes)
    text = fill(QCoreApplication.translate(
        "BackupDialogs", "The backup is saved as %1. It opens with the passphrase this vault "
        "has now. Keep it apart from this laptop, for example on a USB stick in a locked "
        "drawer."), str(made.pad))
    return _box(parent, QMessageBox.Icon.Information,
                QCoreApplication.translate("BackupDialogs", "Backup made"), text)


def _box(parent: QWidget, kind: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    box = QMessageBox(kind, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box


class TerugzetDialog(QDialog):
    """Restore a backup into a new vault file; offer to open it afterwards."""

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.restored: Teruggezet | None = None
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "A backup always becomes a new vault: nothing is written over an existing file. "
            "tafel checks that every record and the whole log arrived. The new vault gets "
            "its own id, like a new laptop: share your new party card with the parties you "
            "exchange bundles with."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.source_edit = QLineEdit()
        self.source_edit.setPlaceholderText(fill(self.tr("The backup file (%1)"), SUFFIX))
        form.addRow(self.tr("Backup"), self._with_button(self.source_edit, self._choose_source))
        self.target_edit = QLineEdit()
        self.target_edit.setPlaceholderText(self.tr("A new vault file (.tafel)"))
        form.addRow(self.tr("New vault"), self._with_button(self.target_edit,
                                                            self._choose_target))
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setPlaceholderText(self.tr(
            "The passphrase the vault had when the backup was made"))
        form.addRow(self.tr("Passphrase"), self.passphrase_edit)
        layout.addLayout(form)
        self.error_label = error_label()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Restore"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _with_button(self, edit: QLineEdit, choose: object) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        button = QPushButton(self.tr("Choose…"))
        button.clicked.connect(choose)
        row.addWidget(button)
        return holder

    def _choose_source(self) -> None:
        from tafel.ui.file_dialogs import choose_file_to_open
        from tafel.ui.start_folders import start_folder

        path = choose_file_to_open(self, self.tr("Choose a backup"), str(
            start_folder("backup") or ""), backup_filter())
        if path is not None:
            self.source_edit.setText(str(path))
            if not self.target_edit.text():
                self.target_edit.setText(str(path.with_name(path.stem + "-teruggezet.tafel")))

    def _choose_target(self) -> None:
        from tafel.ui.file_dialogs import choose_file_to_save

        path = choose_file_to_save(self, self.tr("New vault"), self.target_edit.text(),
                                   self.tr("tafel vault (*.tafel)"), "tafel",
                                   refuse_vaults=False)
        if path is not None:
            self.target_edit.setText(str(path))

    def accept(self) -> None:  # Qt override
        """Restore; on a refusal show the core's sentence and stay open."""
        from tafel.services.backup import terugzetten

        source, target = self.source_edit.text().strip(), self.target_edit.text().strip()
        if not source or not target:
            self._show_error(self.tr("Choose the backup file and a name for the new vault."))
            return
        passphrase = self.passphrase_edit.text()  # empty: a demo backup opens by itself
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.restored = terugzetten(Path(source), Path(target), passphrase, ORIGIN)
        except TafelError as error:
            QApplication.restoreOverrideCursor()
            self._show_error(error.message)
            return
        QApplication.restoreOverrideCursor()
        super().accept()

    def _show_error(self, message: str) -> None:
        from tafel.ui.dialogs.passphrase_strength import grow_to_fit

        self.error_label.setText(message)
        self.error_label.show()
        grow_to_fit(self)  # a sentence over two lines must not squeeze the fields

    def summary(self) -> str:
        """What arrived, for the question whether to open it."""
        done = self.restored
        if done is None:
            return ""
        return fill(self.tr(
            "The backup is restored in %1: %2 cases and %3 log lines. Everything arrived and "
            "the log is intact. Open the restored vault now?"),
            str(done.pad), str(done.casussen), str(done.logregels))


def restore_backup(controller: AppController, parent: QWidget) -> TerugzetDialog:
    """Kluis > Back-up terugzetten: the dialog, then the offer to open the new vault."""
    dialog = TerugzetDialog(controller, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def done() -> None:
        restored = dialog.restored
        if restored is None:
            return
        answer = QMessageBox.question(
            parent, QCoreApplication.translate("TerugzetDialog", "Backup restored"),
            dialog.summary(),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            controller.choose_vault(restored.pad)

    dialog.accepted.connect(done)
    dialog.open()
    return dialog
