"""Destroy a closed case: after its retention term, or earlier on a written request.

Everything about the case goes and cannot come back; only a record without personal data
stays (reference, date, who decided, why). So the dialog says plainly what happens, asks
why (a reason that stays: no names), warns that backups made before still hold the case,
and asks to type the case's reference before the button works.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from tafel.services import ChangeSet
from tafel.ui.casus.form_dialog import FormDialog
from tafel.ui.controller import AppController
from tafel.ui.dialogs.passphrase_strength import grow_to_fit
from tafel.ui.i18n import fill
from tafel.ui.style import set_role
from tafel.views.casussen import CasusOverview


class VernietigDialog(FormDialog):
    """Ask why, ask for the reference, then destroy the case through VernietigingService."""

    def __init__(self, controller: AppController, overview: CasusOverview,
                 parent: QWidget | None = None) -> None:
        super().__init__(controller, self.tr("Destroy the case"), self.tr(
            "Everything about this case is removed from the vault for good: the people, the "
            "conversations, every version of the toekomstplan and its history, consents, "
            "prints and meetings. Only a record stays: the reference, the date, who decided "
            "and why. This cannot be undone."), parent)
        self.setMinimumWidth(600)
        self.case_id = overview.casus.id
        self.referentie = overview.casus.referentie
        self.reason_combo = QComboBox()
        self.reason_combo.setEditable(True)
        for reason in (self.tr("Retention term has passed"),
                       self.tr("Written request of the young person (AVG art. 17)"),
                       self.tr("Written request of a parent or guardian (AVG art. 17)")):
            self.reason_combo.addItem(reason)
        self.form.addRow(self.tr("&Why"), self.reason_combo)
        no_names = QLabel(self.tr("The reason stays after the case is gone: write no names "
                                  "or numbers from the case in it."))
        no_names.setWordWrap(True)
        set_role(no_names, "muted")
        self.form.addRow(no_names)
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setPlaceholderText(self.referentie)
        self.confirm_edit.setAccessibleName(self.tr("Type the reference to confirm"))
        self.form.addRow(fill(self.tr("Type &%1 to confirm"), self.referentie),
                         self.confirm_edit)
        backups = QLabel(self.tr("Backups you made earlier still hold this case. Replace them "
                                 "with a new backup after destroying it."))
        backups.setWordWrap(True)
        set_role(backups, "muted")
        self.form.addRow(backups)
        self.save_button.setText(self.tr("Destroy for good"))
        set_role(self.save_button, "danger")
        self.save_button.setEnabled(False)
        self.confirm_edit.textChanged.connect(
            lambda typed: self.save_button.setEnabled(typed.strip() == self.referentie))
        self.confirm_edit.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        """Tall enough for every wrapped line (the hints wrap at this width)."""
        super().showEvent(event)
        grow_to_fit(self)

    def save(self) -> ChangeSet:
        """Destroy the case (one Dutch sentence when the reason holds a name)."""
        done = self._controller.services.vernietiging.vernietig(
            self.case_id, self.reason_combo.currentText(), origin=self.origin)
        return done.changes
