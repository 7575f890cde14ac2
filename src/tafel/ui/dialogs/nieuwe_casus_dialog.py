"""Register a new case: the young person, the household, the casusregisseur and how it came in."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from tafel.errors import TafelError
from tafel.services.casussen import NieuweCasus
from tafel.services.changes import Origin
from tafel.ui.casus.casus_dialog import chosen_route, fill_routes
from tafel.ui.controller import AppController
from tafel.ui.dialogs.kinds import NEW_CASE_FORM
from tafel.ui.forms.ui_new_case_dialog import Ui_NewCaseDialog
from tafel.ui.i18n import fill
from tafel.ui.style import set_role
from tafel.ui.widgets.scroll_page import scroll_the_fields
from tafel.ui.window_state import keep_on_screen


class NieuweCasusDialog(QDialog):
    """Asks for the few things a case needs; the rest can follow later.

    When the vault locks while it is open, what was typed is kept (encrypted, in the vault)
    and the dialog comes back filled in after the unlock (``kept``).
    """

    FORM_KIND = NEW_CASE_FORM
    _TEXT_FIELDS = ("householdEdit", "firstNameEdit", "lastNameEdit", "leadEdit", "bsnEdit",
                    "placeEdit", "referrerEdit")

    def __init__(self, controller: AppController, parent: QWidget | None = None,
                 kept: dict[str, Any] | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.origin = Origin.screen("nieuwe casus")
        self.created_case: uuid.UUID | None = None
        self.ui = Ui_NewCaseDialog()
        self.ui.setupUi(self)
        scroll_the_fields(self.ui.dialogLayout, 2)  # the intro and the fields
        self.ui.firstNameEdit.setFocus()
        keep_on_screen(self)  # 960x540 at 200%: the fields scroll, the buttons stay
        set_role(self.ui.errorLabel, "error")
        self.ui.errorLabel.hide()
        today = controller.services.context.today()
        self.ui.birthDateEdit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.ui.birthDateEdit.setDate(QDate(today.year - 17, today.month, 1))
        self.ui.leadEdit.setText(controller.actor)
        fill_routes(self.ui.routeCombo)
        self.ui.referrerEdit.setPlaceholderText(self.tr("e.g. the name of the GP or the mentor"))
        self.ui.lastNameEdit.textEdited.connect(self._suggest_household)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Register"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._household_touched = False
        self.ui.householdEdit.textEdited.connect(self._mark_household_touched)
        self._untouched = self.kept_state(everything=True)
        if kept:
            self._restore(kept)

    def kept_state(self, everything: bool = False) -> dict[str, Any] | None:
        """The fields as typed, for keeping over a lock; None when nothing was typed."""
        state: dict[str, Any] = {name: getattr(self.ui, name).text()
                                 for name in self._TEXT_FIELDS}
        state["reasonEdit"] = self.ui.reasonEdit.toPlainText()
        state["birthDate"] = self.ui.birthDateEdit.date().toString("yyyy-MM-dd")
        state["route"] = self.ui.routeCombo.currentData()
        if everything:
            return state
        return state if state != self._untouched else None

    def _restore(self, kept: dict[str, Any]) -> None:
        for name in self._TEXT_FIELDS:
            if isinstance(kept.get(name), str):
                getattr(self.ui, name).setText(kept[name])
        if isinstance(kept.get("reasonEdit"), str):
            self.ui.reasonEdit.setPlainText(kept["reasonEdit"])
        birth = QDate.fromString(str(kept.get("birthDate", "")), "yyyy-MM-dd")
        if birth.isValid():
            self.ui.birthDateEdit.setDate(birth)
        if isinstance(kept.get("route"), str):
            self.ui.routeCombo.setCurrentIndex(max(0, self.ui.routeCombo.findData(kept["route"])))
        self._household_touched = True
        set_role(self.ui.errorLabel, "muted")
        self.ui.errorLabel.setText(self.tr(
            "tafel locked itself before this was saved. Here it is again: check it and "
            "register the case, or cancel."))
        self.ui.errorLabel.show()

    @classmethod
    def register_case(
        cls, controller: AppController, parent: QWidget | None = None,
        kept: dict[str, Any] | None = None,
    ) -> uuid.UUID | None:
        """Show the dialog; the new case's id, or None when cancelled."""
        dialog = cls(controller, parent, kept)
        dialog.exec()
        return dialog.created_case

    def _mark_household_touched(self, _text: str) -> None:
        self._household_touched = True

    def _suggest_household(self, last_name: str) -> None:
        if not self._household_touched:
            text = fill(self.tr("Household %1"), last_name.strip()) if last_name else ""
            self.ui.householdEdit.setText(text)

    def accept(self) -> None:
        """Save through the service; stay open with one sentence when the input is wrong."""
        qdate = self.ui.birthDateEdit.date()
        new = NieuweCasus(
            huishouden=self.ui.householdEdit.text(),
            voornaam=self.ui.firstNameEdit.text(),
            achternaam=self.ui.lastNameEdit.text(),
            geboortedatum=date(qdate.year(), qdate.month(), qdate.day()),
            casusregisseur=self.ui.leadEdit.text(),
            bsn=self.ui.bsnEdit.text(),
            aanleiding=self.ui.reasonEdit.toPlainText(),
            plaats=self.ui.placeEdit.text(),
            aangemeld_via=chosen_route(self.ui.routeCombo),
            aangemeld_door=self.ui.referrerEdit.text(),
        )
        try:
            changes = self._controller.services.casussen.register(new, origin=self.origin)
        except TafelError as error:
            set_role(self.ui.errorLabel, "error")
            self.ui.errorLabel.setText(error.message)
            self.ui.errorLabel.show()
            return
        self.created_case = changes.primary_id
        self._controller.publish(changes)
        super().accept()
