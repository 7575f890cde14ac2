"""Record a referral (verwijzing) as a warm handover, and later its contact and follow-up.

To whom is typed or picked from the case's network (then the referral is linked to that
entry); what for and when. Contact made and the follow-up each have their own small form,
since they come in weeks apart.
"""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from tafel.services import ChangeSet
from tafel.services.verwijzingen import NieuweVerwijzing
from tafel.ui.casus.form_dialog import FormDialog
from tafel.ui.controller import AppController
from tafel.ui.i18n import fill
from tafel.views.casussen import CasusOverview
from tafel.views.verwijzingen import VerwijzingView


class VerwijzingDialog(FormDialog):
    """One referral; ``referral`` None adds a new one."""

    def __init__(self, controller: AppController, overview: CasusOverview,
                 referral: VerwijzingView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(
            controller,
            self.tr("Refer to someone") if referral is None
            else fill(self.tr("Edit the referral to %1"), referral.ontvanger),
            fill(self.tr("A warm handover: to whom %1 goes, what for, and whether contact was "
                         "really made. Ask after four weeks how it went."),
                 overview.jongere.voornaam),
            parent,
        )
        self._overview, self._referral = overview, referral
        self.recipient_combo = QComboBox()
        self.recipient_combo.setEditable(True)
        self.recipient_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.recipient_combo.addItem("", None)
        today = self.today()
        for b in overview.betrokkenen:
            if not b.ended(today) or (referral is not None and referral.betrokkene_id == b.id):
                text = f"{b.naam} ({b.organisatie})" if b.organisatie else b.naam
                self.recipient_combo.addItem(text, b.id)
        line = self.recipient_combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(
                self.tr("an organisation or a person, or pick from the network"))
        self.purpose_edit = QLineEdit()
        self.purpose_edit.setPlaceholderText(self.tr("e.g. sorting out debts"))
        self.form.addRow(self.tr("&To whom"), self.recipient_combo)
        self.form.addRow(self.tr("&What for"), self.purpose_edit)
        self.referred_edit = self.add_date(self.tr("&Referred on"), today)
        self.contact_edit = self.add_date(self.tr("&Contact made on"))
        self.contact_edit.setPlaceholderText(self.tr("empty: not yet"))
        self.outcome_edit = QPlainTextEdit()
        self.outcome_edit.setTabChangesFocus(True)
        self.outcome_edit.setFixedHeight(80)
        self.form.addRow(self.tr("&Follow-up"), self.outcome_edit)
        self.outcome_date_edit = self.add_date(self.tr("Follow-up &date"))
        for field in (self.outcome_edit, self.outcome_date_edit):
            self.form.setRowVisible(field, referral is not None)
        if referral is not None:
            self._load(referral)
        self.recipient_combo.setFocus()

    def _load(self, r: VerwijzingView) -> None:
        index = self.recipient_combo.findData(r.betrokkene_id) if r.betrokkene_id else -1
        if index > 0:
            self.recipient_combo.setCurrentIndex(index)
        self.recipient_combo.setEditText(r.ontvanger)
        self.purpose_edit.setText(r.doel)
        self.referred_edit.set_value(r.verwezen_op)
        self.contact_edit.set_value(r.contact_op)
        self.outcome_edit.setPlainText(r.vervolg)
        self.outcome_date_edit.set_value(r.vervolg_op)

    def _linked(self) -> uuid.UUID | None:
        """The network entry whose name is in the field, if the text is still its name."""
        text = self.recipient_combo.currentText().strip()
        index = self.recipient_combo.findText(text)
        data = self.recipient_combo.itemData(index) if index > 0 else None
        return data if isinstance(data, uuid.UUID) else None

    def save(self) -> ChangeSet:
        """Add or correct the referral through VerwijzingService."""
        new = NieuweVerwijzing(
            ontvanger=self.recipient_combo.currentText(),
            doel=self.purpose_edit.text(),
            verwezen_op=self.referred_edit.value(),
            betrokkene_id=self._linked(),
            contact_op=self.contact_edit.value(),
            vervolg=self.outcome_edit.toPlainText() if self._referral else "",
            vervolg_op=self.outcome_date_edit.value() if self._referral else None,
        )
        service = self._controller.services.verwijzingen
        if self._referral is None:
            return service.add(self._overview.casus.id, new, origin=self.origin)
        return service.edit(self._referral.id, new, origin=self.origin)


class ContactDialog(FormDialog):
    """The day contact with the recipient was really made."""

    def __init__(self, controller: AppController, referral: VerwijzingView,
                 parent: QWidget | None = None) -> None:
        super().__init__(controller, fill(self.tr("Contact with %1"), referral.ontvanger),
                         fill(self.tr("On which day was there really contact with %1?"),
                              referral.ontvanger), parent)
        self._referral = referral
        self.date_edit = self.add_date(self.tr("&On"), referral.contact_op or self.today())
        self.date_edit.setFocus()
        self.date_edit.selectAll()

    def save(self) -> ChangeSet:
        """Record the contact through VerwijzingService."""
        return self._controller.services.verwijzingen.record_contact(
            self._referral.id, self.date_edit.value(), origin=self.origin)


class VervolgDialog(FormDialog):
    """What came of the referral, and when that was known."""

    def __init__(self, controller: AppController, referral: VerwijzingView,
                 parent: QWidget | None = None) -> None:
        super().__init__(controller, fill(self.tr("Follow-up of the referral to %1"),
                                          referral.ontvanger),
                         self.tr("What came of it? Write it in plain words, as you would tell "
                                 "the household."), parent)
        self._referral = referral
        self.outcome_edit = QPlainTextEdit(referral.vervolg)
        self.outcome_edit.setTabChangesFocus(True)
        self.outcome_edit.setFixedHeight(90)
        self.form.addRow(self.tr("&What came of it"), self.outcome_edit)
        self.date_edit = self.add_date(self.tr("&On"), referral.vervolg_op or self.today())
        self.outcome_edit.setFocus()

    def save(self) -> ChangeSet:
        """Record the follow-up through VerwijzingService."""
        return self._controller.services.verwijzingen.record_outcome(
            self._referral.id, self.outcome_edit.toPlainText(), self.date_edit.value(),
            origin=self.origin)
