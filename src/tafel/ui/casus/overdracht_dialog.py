"""Close a case as handed over (overgedragen): asks to whom, kept with the case and logged.

Beside afgesloten and waakvlam (seed 002 R22). Like them it reopens without a new intake.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QComboBox, QWidget

from tafel.services import ChangeSet
from tafel.services.changes import Origin
from tafel.ui.casus.form_dialog import FormDialog
from tafel.ui.controller import AppController
from tafel.views.casussen import CasusOverview


class OverdrachtDialog(FormDialog):
    """Close the case as handed over: asks to whom (kept with the case and logged)."""

    def __init__(self, controller: AppController, overview: CasusOverview,
                 hand_over: Callable[[str, Origin], ChangeSet],
                 parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(controller, self.tr("Hand over the case"),
                         self.tr("The case closes as handed over. You can reopen it later "
                                 "without a new intake."), parent)
        self._hand_over = hand_over
        self.recipient_combo = QComboBox()
        self.recipient_combo.setEditable(True)
        self.recipient_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.recipient_combo.addItem("")
        day = today or self.today()
        for b in overview.betrokkenen:
            if not b.ended(day) and b.organisatie:
                self.recipient_combo.addItem(f"{b.naam} ({b.organisatie})")
        line = self.recipient_combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(
                self.tr("an organisation and a contact person"))
        self.form.addRow(self.tr("Handed over &to"), self.recipient_combo)
        self.save_button.setText(self.tr("Hand over"))
        self.recipient_combo.setFocus()

    def save(self) -> ChangeSet:
        """Hand the case over through CasusService."""
        return self._hand_over(self.recipient_combo.currentText(), self.origin)
