"""Add or edit someone in the network, informal or professional.

Informal: family, friends, a mentor, a neighbour. Professional: organisation, role, contact,
hours a week, who pays, start and end date.

The professional's own rows are hidden for the informal network, so a grandmother is not
asked who pays for her. A professional can be linked to a known party (a vault whose card
was imported, Vault > Parties); saving then also links or unlinks, in one change set.
"""

from __future__ import annotations

import uuid
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from tafel.domain.enums import NetwerkSoort
from tafel.services import ChangeSet
from tafel.services.netwerk import NieuweBetrokkene
from tafel.ui.casus.date_line import BadInput
from tafel.ui.casus.form_dialog import FormDialog
from tafel.ui.controller import AppController
from tafel.ui.i18n import fill
from tafel.ui.icons import VERIFIED, WARNING, icon
from tafel.ui.labels import network_kind_label
from tafel.ui.partijen.staat import staat_icoon, staat_tekst
from tafel.ui.style import set_role
from tafel.views.casussen import BetrokkeneView, CasusOverview


class BetrokkeneDialog(FormDialog):
    """One person in the network; ``person`` None adds a new one."""

    def __init__(self, controller: AppController, overview: CasusOverview,
                 person: BetrokkeneView | None = None, parent: QWidget | None = None,
                 soort: NetwerkSoort = NetwerkSoort.INFORMEEL) -> None:
        young = overview.jongere.voornaam
        super().__init__(
            controller,
            self.tr("Add someone to the network") if person is None
            else fill(self.tr("Edit %1"), person.naam),
            fill(self.tr("Family, friends, a mentor or a neighbour around %1, or a "
                         "professional who helps."), young),
            parent,
        )
        self._overview, self._person = overview, person
        self.kind_combo = QComboBox()
        for kind in NetwerkSoort:
            self.kind_combo.addItem(network_kind_label(kind), kind.value)
        self.name_edit = QLineEdit()
        self.role_edit = QComboBox()
        self.role_edit.setEditable(True)
        self.organisation_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.hours_edit = QLineEdit()
        self.hours_edit.setMaximumWidth(120)
        self.hours_edit.setPlaceholderText(self.tr("e.g. 2,5"))
        self.paid_edit = QLineEdit()
        self.paid_edit.setPlaceholderText(self.tr("e.g. municipality (Wmo)"))
        self.anchor_box = QCheckBox(fill(self.tr("Always there for %1"), young))
        self.parties = controller.services.partijen.lijst()
        self.party_combo = QComboBox()
        self.party_combo.addItem(self.tr("Not linked"), None)
        for partij in self.parties:
            who = " – ".join(x for x in (partij.naam, partij.organisatie) if x)
            self.party_combo.addItem(icon(staat_icoon(partij)), who, str(partij.id))
            self.party_combo.setItemData(self.party_combo.count() - 1, partij.regel,
                                         Qt.ItemDataRole.ToolTipRole)
        if self.parties:
            self.setMinimumWidth(600)  # room for a name and an organisation in the combo
        self.party_combo.setToolTip(self.tr(
            "A professional who works in tafel too: link them to their card, so the plan can "
            "go to them as an encrypted file. Add cards under Vault > Parties."))
        self.party_state = QLabel()  # the chosen party's state, in words beside the icon
        self.party_state.setWordWrap(True)
        self.party_combo.currentIndexChanged.connect(self._show_party_state)
        self.party_note = QLabel(self.tr("No known parties yet: add cards under Vault > "
                                         "Parties."))
        set_role(self.party_note, "muted")
        self.party_note.setWordWrap(True)
        self.form.addRow(self.tr("&Kind"), self.kind_combo)
        self.form.addRow(self.tr("&Name"), self.name_edit)
        self.form.addRow(self.tr("&Role"), self.role_edit)
        self.form.addRow(self.tr("&Organisation"), self.organisation_edit)
        self.form.addRow(self.tr("&Phone"), self.phone_edit)
        self.form.addRow(self.tr("&E-mail"), self.email_edit)
        self.form.addRow(self.tr("&Hours a week"), self.hours_edit)
        self.form.addRow(self.tr("&Paid by"), self.paid_edit)
        self.start_edit = self.add_date(self.tr("&Start date"))
        self.end_edit = self.add_date(self.tr("En&d date"))
        self.form.addRow("", self.anchor_box)
        self.form.addRow(self.tr("P&arty"), self.party_combo if self.parties else self.party_note)
        self.form.addRow("", self.party_state)
        self.kind_combo.setCurrentIndex(list(NetwerkSoort).index(
            person.soort if person is not None else soort))
        if person is not None:
            self._load(person)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.kind_combo.setFocus()

    def _load(self, person: BetrokkeneView) -> None:
        self.name_edit.setText(person.naam)
        self.role_edit.setEditText(person.rol)
        self.organisation_edit.setText(person.organisatie)
        self.phone_edit.setText(person.telefoon)
        self.email_edit.setText(person.email)
        if person.uren_per_week is not None:
            self.hours_edit.setText(f"{person.uren_per_week:g}".replace(".", ","))
        self.paid_edit.setText(person.betaald_door)
        self.start_edit.set_value(person.startdatum)
        self.end_edit.set_value(person.einddatum)
        self.anchor_box.setChecked(person.altijd_er_voor_mij)
        if person.partij_id is not None:  # Qt compares strings, not Python uuids
            self.party_combo.setCurrentIndex(max(0, self.party_combo.findData(
                str(person.partij_id))))

    def _show_party_state(self) -> None:
        """Verified or not, in words (the combo's icon alone would be colour and shape only)."""
        chosen = self.party_combo.currentData()
        partij = next((p for p in self.parties if str(p.id) == chosen), None)
        if partij is not None:
            self.party_state.setText(staat_tekst(partij))
            self.party_state.setStyleSheet(
                f"color: {VERIFIED if partij.geverifieerd else WARNING}; font-weight: 600;")
        self.form.setRowVisible(self.party_state, partij is not None
                                and self._kind() is NetwerkSoort.PROFESSIONEEL)

    def _kind(self) -> NetwerkSoort:
        return NetwerkSoort(self.kind_combo.currentData())

    def _kind_changed(self) -> None:
        professional = self._kind() is NetwerkSoort.PROFESSIONEEL
        party_field = self.party_combo if self.parties else self.party_note
        for field in (self.organisation_edit, self.hours_edit, self.paid_edit, party_field):
            self.form.setRowVisible(field, professional)
        self._show_party_state()
        self.form.setRowVisible(self.anchor_box, not professional)
        role = self.role_edit.currentText()
        self.role_edit.clear()
        self.role_edit.addItems(
            [self.tr("youth coach"), self.tr("wijkteam worker"), self.tr("probation officer"),
             self.tr("debt counsellor"), self.tr("teacher or mentor at school")]
            if professional else
            [self.tr("mentor"), self.tr("aunt"), self.tr("uncle"), self.tr("grandmother"),
             self.tr("grandfather"), self.tr("friend"), self.tr("neighbour"),
             self.tr("coach at the sports club")])
        self.role_edit.setEditText(role)

    def _hours(self) -> float | None:
        text = self.hours_edit.text().strip().replace(",", ".")
        if not text:
            return None
        try:
            return float(text)
        except ValueError:
            raise BadInput(self.tr("Write the hours a week as a number, for example 2,5.")) \
                from None

    def save(self) -> ChangeSet:
        """Add or change the entry through NetwerkService."""
        professional = self._kind() is NetwerkSoort.PROFESSIONEEL
        new = NieuweBetrokkene(
            soort=self._kind(),
            naam=self.name_edit.text(),
            rol=self.role_edit.currentText(),
            organisatie=self.organisation_edit.text() if professional else "",
            telefoon=self.phone_edit.text(),
            email=self.email_edit.text(),
            uren_per_week=self._hours() if professional else None,
            betaald_door=self.paid_edit.text() if professional else "",
            startdatum=self.start_edit.value(),
            einddatum=self.end_edit.value(),
            altijd_er_voor_mij=self.anchor_box.isChecked() and not professional,
        )
        netwerk = self._controller.services.netwerk
        if self._person is None:
            saved = netwerk.add_betrokkene(self._overview.casus.id, new, origin=self.origin)
        else:
            saved = netwerk.edit_betrokkene(self._person.id, new, origin=self.origin)
        return _both(saved, self._link(saved.primary_id, professional))

    def _link(self, person_id: uuid.UUID | None, professional: bool) -> ChangeSet | None:
        """Link to the chosen party, or undo a link (an informal contact has none)."""
        chosen = self.party_combo.currentData() if professional else None
        wanted = uuid.UUID(chosen) if chosen else None
        current = self._person.partij_id if self._person is not None else None
        if person_id is None or wanted == current:
            return None
        partijen = self._controller.services.partijen
        if wanted is None:
            return partijen.ontkoppel(person_id, origin=self.origin)
        return partijen.koppel(wanted, person_id, origin=self.origin)


def _both(saved: ChangeSet, linked: ChangeSet | None) -> ChangeSet:
    """One change set for the save and the link, so the screens refresh once."""
    if linked is None:
        return saved
    return replace(saved, kinds=saved.kinds | linked.kinds, ids=saved.ids | linked.ids,
                   casus_ids=saved.casus_ids | linked.casus_ids)
