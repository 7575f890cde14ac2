"""The calm band above the case list when the last backup is older than the settings say.

A reminder, never a block: the consulent keeps working, and one click makes a new backup.
The rule (a week unless the settings say otherwise or never, none for a demo vault) is the
core's (:meth:`BackupService.herinnering`).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from tafel.domain.dates import dutch_date
from tafel.errors import TafelError
from tafel.services import ChangeSet
from tafel.ui.controller import AppController
from tafel.ui.i18n import fill
from tafel.ui.widgets.notice_band import NoticeBand


class BackupHerinneringBand(NoticeBand):
    """"Your last backup is from 3 December; make a new one." with a button; hidden if fine."""

    backup_requested = Signal()

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__("backupBand", "save", ("#eef4fb", "#b9cde4", "#1f3f66"), parent)
        self._controller = controller
        self.label.setObjectName("backupBandText")
        self.label.setWordWrap(True)
        self.button.setText(self.tr("Make a &backup…"))
        self.button.clicked.connect(self.backup_requested)
        controller.data_changed.connect(self._changed)
        self.hide()

    def refresh(self) -> None:
        """Ask the core again; show the sentence, or hide the band."""
        reminder = None
        if self._controller.is_unlocked:
            try:
                reminder = self._controller.services.backup.herinnering(
                    self._controller.settings.backup_reminder_days)
            except TafelError:
                reminder = None
        if reminder is not None:
            if reminder.laatste is None:
                self.label.setText(self.tr(
                    "You have not made a backup of this vault yet; make one, for example on a "
                    "USB stick you keep apart from the laptop."))
            else:
                self.label.setText(fill(self.tr(
                    "Your last backup is from %1; make a new one."),
                    dutch_date(reminder.laatste)))
        self.setVisible(reminder is not None)

    def _changed(self, changes: ChangeSet) -> None:
        if self.isVisible() or changes.touches("kluis"):
            self.refresh()
