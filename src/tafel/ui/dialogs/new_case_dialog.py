"""Register a new case: the young person, the household and the casusregisseur."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from tafel.errors import TafelError
from tafel.services.cases import NewCase
from tafel.ui.controller import AppController
from tafel.ui.forms.ui_new_case_dialog import Ui_NewCaseDialog
from tafel.ui.style import set_role


class NewCaseDialog(QDialog):
    """Asks for the few things a case needs; the rest can follow later."""

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.created_case: uuid.UUID | None = None
        self.ui = Ui_NewCaseDialog()
        self.ui.setupUi(self)
        set_role(self.ui.errorLabel, "error")
        self.ui.errorLabel.hide()
        today = controller.services.context.today()
        self.ui.birthDateEdit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.ui.birthDateEdit.setDate(QDate(today.year - 17, today.month, 1))
        self.ui.leadEdit.setText(controller.actor)
        self.ui.lastNameEdit.textEdited.connect(self._suggest_household)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Register"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._household_touched = False
        self.ui.householdEdit.textEdited.connect(self._mark_household_touched)

    @classmethod
    def register_case(
        cls, controller: AppController, parent: QWidget | None = None
    ) -> uuid.UUID | None:
        """Show the dialog; the new case's id, or None when cancelled."""
        dialog = cls(controller, parent)
        dialog.exec()
        return dialog.created_case

    def _mark_household_touched(self, _text: str) -> None:
        self._household_touched = True

    def _suggest_household(self, last_name: str) -> None:
        if not self._household_touched:
            text = self.tr("Household %1").replace("%1", last_name.strip()) if last_name else ""
            self.ui.householdEdit.setText(text)

    def accept(self) -> None:
        """Save through the service; stay open with one sentence when the input is wrong."""
        qdate = self.ui.birthDateEdit.date()
        new = NewCase(
            huishouden=self.ui.householdEdit.text(),
            voornaam=self.ui.firstNameEdit.text(),
            achternaam=self.ui.lastNameEdit.text(),
            geboortedatum=date(qdate.year(), qdate.month(), qdate.day()),
            casusregisseur=self.ui.leadEdit.text(),
            bsn=self.ui.bsnEdit.text(),
            aanleiding=self.ui.reasonEdit.toPlainText(),
            plaats=self.ui.placeEdit.text(),
        )
        try:
            changes = self._controller.services.cases.register(new)
        except TafelError as error:
            self.ui.errorLabel.setText(error.message)
            self.ui.errorLabel.show()
            return
        self.created_case = changes.primary_id
        self._controller.publish(changes)
        super().accept()
