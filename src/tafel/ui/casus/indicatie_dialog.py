"""Add or change existing care (an indicatie), and end it with a reason."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from tafel.domain.enums import Wetskader
from tafel.errors import TafelError
from tafel.services.changes import ChangeSet, Origin
from tafel.services.indicaties import NieuweIndicatie
from tafel.ui.casus.fields import OptionalDate, to_date
from tafel.ui.controller import AppController
from tafel.ui.labels import law_label
from tafel.ui.style import error_label, set_role
from tafel.views.casussen import IndicatieView


def _buttons(dialog: QDialog, save: str, cancel: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Save).setText(save)
    set_role(buttons.button(QDialogButtonBox.StandardButton.Save), "primary")  # as elsewhere
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class IndicatieDialog(QDialog):
    """One indicatie: new (``existing`` None, maybe prefilled from the intake) or edited."""

    def __init__(self, controller: AppController, casus_id: uuid.UUID,
                 existing: IndicatieView | None = None, prefill: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Existing care") if existing is None
                            else self.tr("Change existing care"))
        self._controller = controller
        self._casus_id = casus_id
        self._existing = existing
        self.origin = Origin.screen("indicatie")
        self.saved = False
        today = controller.services.context.today()

        layout = QVBoxLayout(self)
        if prefill:
            note = QLabel(self.tr("From the kitchen-table conversation. Choose the law and "
                                  "check the rest."))
            note.setWordWrap(True)
            set_role(note, "muted")
            layout.addWidget(note)
        form = QFormLayout()
        self.law_combo = QComboBox()
        for law in Wetskader:
            self.law_combo.addItem(law_label(law), law.value)
        form.addRow(self.tr("&Law"), self.law_combo)
        self.what_edit = QLineEdit(prefill)
        self.what_edit.setPlaceholderText(self.tr("For example: ambulant support"))
        form.addRow(self.tr("&Care"), self.what_edit)
        self.provider_edit = QLineEdit()
        form.addRow(self.tr("&Provider"), self.provider_edit)
        self.start = OptionalDate(self.tr("Started on"), today)
        form.addRow(self.tr("&Start"), self.start)
        self.end = OptionalDate(self.tr("Ends on"), today)
        form.addRow(self.tr("E&nd"), self.end)
        self.after_combo = QComboBox()
        self.after_combo.addItem(self.tr("nothing arranged yet"), None)
        for law in Wetskader:
            self.after_combo.addItem(law_label(law), law.value)
        form.addRow(self.tr("&After 18"), self.after_combo)
        self.waiting = OptionalDate(self.tr("On a waiting list since"), today)
        form.addRow(self.tr("&Waiting list"), self.waiting)
        layout.addLayout(form)
        self.error_label = error_label()
        layout.addWidget(self.error_label)
        layout.addWidget(_buttons(self, self.tr("Save"), self.tr("Cancel")))
        if existing is not None:
            self._show(existing)
        self.resize(560, self.sizeHint().height())

    def _show(self, i: IndicatieView) -> None:
        self.law_combo.setCurrentIndex(self.law_combo.findData(i.wetskader.value))
        self.what_edit.setText(i.voorziening)
        self.provider_edit.setText(i.aanbieder)
        self.start.set_value(i.startdatum)
        self.end.set_value(i.einddatum)
        self.after_combo.setCurrentIndex(
            self.after_combo.findData(i.kader_na_18.value if i.kader_na_18 else None))
        self.waiting.set_value(i.wachtlijst_sinds if i.wachtlijst else None)
        if i.wachtlijst and i.wachtlijst_sinds is None:
            self.waiting.check.setChecked(True)

    def accept(self) -> None:
        """Save through the service; stay open with one sentence when the input is wrong."""
        after = self.after_combo.currentData()
        new = NieuweIndicatie(
            wetskader=Wetskader(self.law_combo.currentData()),
            voorziening=self.what_edit.text(),
            aanbieder=self.provider_edit.text(),
            startdatum=self.start.value(),
            einddatum=self.end.value(),
            kader_na_18=Wetskader(after) if after else None,
            wachtlijst=self.waiting.check.isChecked(),
            wachtlijst_sinds=self.waiting.value(),
        )
        service = self._controller.services.indicaties
        try:
            if self._existing is None:
                changes = service.add(self._casus_id, new, origin=self.origin)
            else:
                changes = service.edit(self._existing.id, new, origin=self.origin)
        except TafelError as error:
            self.error_label.setText(error.message)
            self.error_label.show()
            return
        _done(self, changes)


class EindeIndicatieDialog(QDialog):
    """End care on a day, with a reason; the record stays."""

    def __init__(self, controller: AppController, indicatie: IndicatieView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("End care"))
        self._controller = controller
        self._indicatie = indicatie
        self.origin = Origin.screen("indicatie einde")
        self.saved = False
        today = controller.services.context.today()
        layout = QVBoxLayout(self)
        intro = QLabel(indicatie.voorziening)
        set_role(intro, "section")
        layout.addWidget(intro)
        form = QFormLayout()
        self.day_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("d-M-yyyy")
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("For example: it goes well without"))
        form.addRow(self.tr("&Reason"), self.reason_edit)
        form.addRow(self.tr("Ended &on"), self.day_edit)
        layout.addLayout(form)
        self.error_label = error_label()
        layout.addWidget(self.error_label)
        layout.addWidget(_buttons(self, self.tr("End care"), self.tr("Cancel")))
        self.resize(480, self.sizeHint().height())

    def accept(self) -> None:
        """End through the service; stay open with one sentence when the input is wrong."""
        try:
            changes = self._controller.services.indicaties.end(
                self._indicatie.id, to_date(self.day_edit.date()), self.reason_edit.text(),
                origin=self.origin)
        except TafelError as error:
            self.error_label.setText(error.message)
            self.error_label.show()
            return
        _done(self, changes)


def _done(dialog: IndicatieDialog | EindeIndicatieDialog, changes: ChangeSet) -> None:
    dialog.saved = True
    dialog._controller.publish(changes)
    QDialog.accept(dialog)

