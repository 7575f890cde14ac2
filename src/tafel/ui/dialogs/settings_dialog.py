"""Kluis > Instellingen (Ctrl+,): the preferences of this computer and your own details.

Locking (idle minutes), the backup reminder (after how many days, or never), the folders
exports, prints and backups start in (kept in the settings file, never case data), and your
name, organisation and role (kept in the vault, so only while it is unlocked; the fields are
:class:`MedewerkerFields`, saved by the same audited service as Kluis > Mijn gegevens).
Saving applies everything at once: the window hears :attr:`SettingsDialog.saved`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tafel.errors import TafelError
from tafel.services.changes import Origin
from tafel.settings import (
    BACKUP_REMINDER_DAYS_MAX,
    DEFAULT_BACKUP_REMINDER_DAYS,
    IDLE_MINUTES_MAX,
    IDLE_MINUTES_MIN,
)
from tafel.ui.controller import AppController
from tafel.ui.dialogs.medewerker_dialog import MedewerkerFields
from tafel.ui.style import error_label, set_role


class SettingsDialog(QDialog):
    """All preferences on one page; Save writes them, Cancel leaves them as they were."""

    saved = Signal()

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.origin = Origin.screen("instellingen")
        self.saved_to_disk = True
        settings = controller.settings
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(760)
        layout = QVBoxLayout(self)

        lock_box = QGroupBox(self.tr("Locking"))
        lock_layout = QVBoxLayout(lock_box)
        self.idle_spin = QSpinBox()
        self.idle_spin.setRange(IDLE_MINUTES_MIN, IDLE_MINUTES_MAX)
        self.idle_spin.setValue(settings.idle_minutes)
        self.idle_spin.setSuffix(self.tr(" minutes"))
        lock_layout.addLayout(self._labelled(self.tr("Lock &automatically after"),
                                             self.idle_spin))
        lock_layout.addStretch(1)

        self.me_box = QGroupBox(self.tr("My details (in this vault)"))
        me_layout = QVBoxLayout(self.me_box)
        self.fields = MedewerkerFields(self)
        me_layout.addLayout(self.fields.form)
        self.me_note = QLabel()
        self.me_note.setWordWrap(True)
        set_role(self.me_note, "muted")
        me_layout.addWidget(self.me_note)
        self._original_me = ("", "", "")
        self._fill_me()
        layout.addWidget(self.me_box)

        backup_box = QGroupBox(self.tr("Backup"))
        backup_layout = QVBoxLayout(backup_box)
        self.remind_check = QCheckBox(self.tr("&Remind me to make a backup"))
        self.remind_check.setChecked(settings.backup_reminder_days > 0)
        self.remind_spin = QSpinBox()
        self.remind_spin.setRange(1, BACKUP_REMINDER_DAYS_MAX)
        self.remind_spin.setValue(settings.backup_reminder_days or DEFAULT_BACKUP_REMINDER_DAYS)
        self.remind_spin.setSuffix(self.tr(" days"))
        self.remind_spin.setEnabled(self.remind_check.isChecked())
        self.remind_check.toggled.connect(self.remind_spin.setEnabled)
        backup_layout.addWidget(self.remind_check)
        backup_layout.addLayout(self._labelled(self.tr("when the last one is older than"),
                                               self.remind_spin))
        side_by_side = QHBoxLayout()  # two small groups on one row: the dialog fits 768 high
        side_by_side.addWidget(lock_box, 1)
        side_by_side.addWidget(backup_box, 1)
        layout.insertLayout(0, side_by_side)

        folder_box = QGroupBox(self.tr("Folders"))
        folder_form = QFormLayout(folder_box)
        self.export_edit = self._folder_row(folder_form, self.tr("&Exports and prints"),
                                            settings.export_folder)
        self.backup_edit = self._folder_row(folder_form, self.tr("&Backups"),
                                            settings.backup_folder)
        folder_note = QLabel(self.tr(
            "Where saving a print, bundle, export or backup starts; empty is the usual "
            "place. Keep backups apart from this laptop, on a USB stick for example."))
        folder_note.setWordWrap(True)
        set_role(folder_note, "muted")
        folder_form.addRow(folder_note)
        layout.addWidget(folder_box)

        self.error_label = error_label()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.idle_spin.setFocus()

    @staticmethod
    def _labelled(text: str, field: QWidget) -> QHBoxLayout:
        """A label and its field on one line; the label's mnemonic goes to the field."""
        row = QHBoxLayout()
        label = QLabel(text)
        label.setBuddy(field)
        label.setMinimumWidth(label.sizeHint().width())  # never squeezed by the field
        row.addWidget(label)
        row.addWidget(field)
        row.addStretch(1)
        return row

    def _fill_me(self) -> None:
        unlocked = self._controller.is_unlocked
        self.fields.name_edit.setEnabled(unlocked)
        self.fields.organisation_edit.setEnabled(unlocked)
        self.fields.role_edit.setEnabled(unlocked)
        if not unlocked:
            self.me_note.setText(self.tr(
                "Your name, organisation and role are kept inside the vault: unlock it to "
                "change them."))
            return
        self.me_note.setText(self.tr(
            "They go on every plan you write and in the log of who did what. A change is "
            "noted in the log."))
        current = self._controller.services.medewerker.mijn_gegevens()
        if current is not None:
            self.fields.set_values(current.naam, current.organisatie, current.rol)
            self._original_me = (current.naam, current.organisatie, current.rol)

    def _folder_row(self, form: QFormLayout, label: str, value: str) -> QLineEdit:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        edit = QLineEdit(value)
        edit.setPlaceholderText(self.tr("the usual place"))
        choose = QPushButton(self.tr("Choose…"))
        choose.setAutoDefault(False)
        choose.clicked.connect(lambda: self._choose_folder(edit))
        row.addWidget(edit, 1)
        row.addWidget(choose)
        form.addRow(label, holder)
        caption = form.labelForField(holder)
        if isinstance(caption, QLabel):
            caption.setBuddy(edit)
        return edit

    def _choose_folder(self, edit: QLineEdit) -> None:
        from tafel.ui.file_dialogs import choose_folder

        chosen = choose_folder(self, self.tr("Choose a folder"), edit.text() or str(Path.home()))
        if chosen is not None:
            edit.setText(str(chosen))

    def reminder_days(self) -> int:
        """The days chosen, 0 when the reminder is off."""
        return self.remind_spin.value() if self.remind_check.isChecked() else 0

    def accept(self) -> None:  # Qt override
        """Check the folders, save my details (audited) and the settings; apply them."""
        folders = []
        for edit in (self.export_edit, self.backup_edit):
            text = edit.text().strip()
            if text and not Path(text).expanduser().is_dir():
                self._refuse(self.tr("That folder does not exist: ") + text, edit)
                return
            folders.append(str(Path(text).expanduser()) if text else "")
        if self._controller.is_unlocked and self.fields.values() != self._original_me:
            try:
                changes = self._controller.services.medewerker.vastleggen(
                    *self.fields.values(), origin=self.origin)
            except TafelError as error:
                self._refuse(error.message, self.fields.name_edit)
                return
            self._controller.publish(changes)
        settings = self._controller.settings
        settings.idle_minutes = self.idle_spin.value()
        settings.backup_reminder_days = self.reminder_days()
        settings.export_folder, settings.backup_folder = folders
        self.saved_to_disk = settings.save()
        self.saved.emit()
        super().accept()

    def _refuse(self, message: str, field: QWidget) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        field.setFocus()
