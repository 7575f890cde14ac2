"""Add or edit a legal status: what, for whom, which body, from when until when.

The body starts at whoever usually orders the measure (the kinderrechter; the Raad for a
raadsonderzoek) and the organisation that carries it out is typed, e.g. the GI.
"""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from tafel.domain.enums import Rol
from tafel.domain.juridisch import GEWOONLIJK_DOOR, Instantie, Maatregel
from tafel.services import ChangeSet
from tafel.services.juridisch import NieuweJuridischeStatus
from tafel.ui.casus.form_dialog import FormDialog
from tafel.ui.controller import AppController
from tafel.ui.i18n import fill
from tafel.ui.labels import body_label, measure_label
from tafel.views.casussen import CasusOverview
from tafel.views.juridisch import JuridischeStatusView


class JuridischDialog(FormDialog):
    """One legal status; ``status`` None adds a new one."""

    def __init__(self, controller: AppController, overview: CasusOverview,
                 status: JuridischeStatusView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(
            controller,
            self.tr("Add a legal status") if status is None
            else fill(self.tr("Edit %1"), measure_label(status.soort)),
            self.tr("A measure of the juvenile judge or an investigation by the Raad voor de "
                    "Kinderbescherming, with its dates. It ends by itself at 18 where the law "
                    "says so; tafel only shows that as a signal."),
            parent,
        )
        self._overview, self._status = overview, status
        self.kind_combo = QComboBox()
        for kind in Maatregel:
            self.kind_combo.addItem(measure_label(kind), kind.value)
        self.person_combo = QComboBox()
        today = self.today()
        for person in overview.personen:
            if person.rol is Rol.JONGERE or not person.ended(today):
                self.person_combo.addItem(person.naam, str(person.id))
        self.body_combo = QComboBox()
        for body in Instantie:
            self.body_combo.addItem(body_label(body), body.value)
        self.carried_edit = QLineEdit()
        self.carried_edit.setPlaceholderText(self.tr("e.g. Jeugdbescherming Regio"))
        self.note_edit = QLineEdit()
        self.form.addRow(self.tr("&Measure"), self.kind_combo)
        self.form.addRow(self.tr("&For"), self.person_combo)
        self.form.addRow(self.tr("&Body"), self.body_combo)
        self.form.addRow(self.tr("&Organisation"), self.carried_edit)
        self.start_edit = self.add_date(self.tr("&Start date"))
        self.end_edit = self.add_date(self.tr("En&d date"))
        self.form.addRow(self.tr("&Note"), self.note_edit)
        young = str(overview.jongere.id)
        self.person_combo.setCurrentIndex(max(0, self.person_combo.findData(
            str(status.persoon_id) if status is not None and status.persoon_id else young)))
        if status is not None:
            self.kind_combo.setCurrentIndex(list(Maatregel).index(status.soort))
            self.body_combo.setCurrentIndex(list(Instantie).index(status.instantie))
            self.carried_edit.setText(status.uitgevoerd_door)
            self.start_edit.set_value(status.startdatum)
            self.end_edit.set_value(status.einddatum)
            self.note_edit.setText(status.toelichting)
        self.kind_combo.activated.connect(self._kind_chosen)
        self.kind_combo.setFocus()

    def _kind_chosen(self) -> None:
        """Start from the body that usually orders this measure."""
        usual = GEWOONLIJK_DOOR[Maatregel(self.kind_combo.currentData())]
        self.body_combo.setCurrentIndex(list(Instantie).index(usual))

    def save(self) -> ChangeSet:
        """Add or change the status through JuridischService."""
        person = self.person_combo.currentData()
        new = NieuweJuridischeStatus(
            soort=Maatregel(self.kind_combo.currentData()),
            instantie=Instantie(self.body_combo.currentData()),
            uitgevoerd_door=self.carried_edit.text(),
            startdatum=self.start_edit.value(),
            einddatum=self.end_edit.value(),
            toelichting=self.note_edit.text(),
            persoon_id=uuid.UUID(person) if person else None,
        )
        juridisch = self._controller.services.juridisch
        if self._status is None:
            return juridisch.add(self._overview.casus.id, new, origin=self.origin)
        return juridisch.edit(self._status.id, new, origin=self.origin)
