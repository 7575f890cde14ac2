"""Record a toestemming: to whom, why, which data, given by whom, until when.

Who may give it is shown plainly (the domain's rule: the young person from 16, before that a
holder of parental authority); the service refuses anyone else with one Dutch sentence, and
the dialog stays open with that sentence.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from tafel.domain.consent import Gever, wie_geeft_toestemming
from tafel.domain.enums import Gegevenscategorie, Grondslag, Rol
from tafel.domain.signals import age_on
from tafel.errors import TafelError
from tafel.services.changes import Origin
from tafel.services.toestemmingen import NieuweToestemming
from tafel.ui.casus.fields import OptionalDate, to_date
from tafel.ui.controller import AppController
from tafel.ui.i18n import fill
from tafel.ui.labels import basis_label, category_label, role_label
from tafel.ui.style import error_label, set_role
from tafel.views.casussen import CasusOverview


class ToestemmingDialog(QDialog):
    """One new toestemming (or a legal basis) for one case."""

    def __init__(self, controller: AppController, overview: CasusOverview,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record consent"))
        self._controller = controller
        self._overview = overview
        self.origin = Origin.screen("toestemming")
        self.saved = False
        today = controller.services.context.today()
        young = overview.jongere

        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.recipient_combo = QComboBox()
        for b in overview.betrokkenen:
            text = f"{b.naam} ({b.organisatie})" if b.organisatie else b.naam
            self.recipient_combo.addItem(text, ("betrokkene", b.id))
        for p in overview.personen:
            if p.id != young.id:
                self.recipient_combo.addItem(f"{p.naam} ({role_label(p.rol)})", ("persoon", p.id))
        form.addRow(self.tr("&To whom"), self.recipient_combo)
        self.purpose_edit = QLineEdit()
        self.purpose_edit.setPlaceholderText(self.tr("Why is this shared?"))
        form.addRow(self.tr("&Purpose"), self.purpose_edit)

        boxes = QWidget()
        grid = QGridLayout(boxes)
        grid.setContentsMargins(0, 0, 0, 0)
        self.category_boxes: dict[Gegevenscategorie, QCheckBox] = {}
        for index, category in enumerate(Gegevenscategorie):
            box = QCheckBox(category_label(category).replace("&", "&&"))  # no mnemonic
            self.category_boxes[category] = box
            grid.addWidget(box, index // 4, index % 4)
        form.addRow(self.tr("Data"), boxes)

        self.basis_combo = QComboBox()
        for basis in Grondslag:
            self.basis_combo.addItem(basis_label(basis), basis.value)
        self.basis_combo.currentIndexChanged.connect(self._basis_changed)
        form.addRow(self.tr("&Basis"), self.basis_combo)

        self.giver_combo = QComboBox()
        for p in overview.personen:
            self.giver_combo.addItem(f"{p.naam} ({role_label(p.rol)})", p.id)
        form.addRow(self.tr("&Given by"), self.giver_combo)
        self._choose_giver(today)
        self.rule_label = QLabel(self._rule_text(today))
        self.rule_label.setWordWrap(True)
        set_role(self.rule_label, "muted")
        form.addRow("", self.rule_label)

        self.given_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.given_edit.setCalendarPopup(True)
        self.given_edit.setDisplayFormat("d-M-yyyy")
        self.given_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        form.addRow(self.tr("Given &on"), self.given_edit)
        self.expiry = OptionalDate(self.tr("Ends on"), today + timedelta(days=365))
        form.addRow(self.tr("&Expiry"), self.expiry)
        layout.addLayout(form)

        self.error_label = error_label()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        set_role(buttons.button(QDialogButtonBox.StandardButton.Save), "primary")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, self.sizeHint().height())

    def _rule_text(self, today) -> str:  # type: ignore[no-untyped-def]
        young = self._overview.jongere
        age = age_on(young.geboortedatum, today) if young.geboortedatum else None
        if wie_geeft_toestemming(young.geboortedatum, today) is Gever.JONGERE:
            if age is None:
                return fill(self.tr("%1 decides about their own data."), young.voornaam)
            return fill(self.tr("%1 is %2: from 16 the young person gives consent personally."),
                        young.voornaam, str(age))
        holders = [p.naam for p in self._overview.personen
                   if p.gezag and p.rol is not Rol.JONGERE]
        return fill(self.tr("%1 is %2: under 16 a parent or guardian with parental authority "
                            "gives consent (%3)."), young.voornaam, str(age),
                    ", ".join(holders) or self.tr("nobody recorded yet"))

    def _choose_giver(self, today) -> None:  # type: ignore[no-untyped-def]
        """Start on who may give it: the young person from 16, else a gezaghebber."""
        young = self._overview.jongere
        wanted = young.id
        if wie_geeft_toestemming(young.geboortedatum, today) is Gever.GEZAGHEBBER:
            wanted = next((p.id for p in self._overview.personen
                           if p.gezag and p.id != young.id), young.id)
        index = self.giver_combo.findData(wanted)
        if index >= 0:
            self.giver_combo.setCurrentIndex(index)

    def _basis_changed(self, _index: int) -> None:
        consent = self.basis_combo.currentData() == Grondslag.TOESTEMMING.value
        self.giver_combo.setEnabled(consent)
        self.rule_label.setVisible(consent)

    def accept(self) -> None:
        """Save through the service; stay open with one sentence when the input is wrong."""
        kind, recipient_id = self.recipient_combo.currentData() or (None, None)
        basis = Grondslag(self.basis_combo.currentData())
        new = NieuweToestemming(
            ontvanger="" if recipient_id else self.recipient_combo.currentText(),
            doel=self.purpose_edit.text(),
            categorieen=tuple(c for c, box in self.category_boxes.items() if box.isChecked()),
            grondslag=basis,
            gegeven_op=to_date(self.given_edit.date()),
            verloopt_op=self.expiry.value(),
            gegeven_door_id=self.giver_combo.currentData()
            if basis is Grondslag.TOESTEMMING else None,
            ontvanger_betrokkene_id=recipient_id if kind == "betrokkene" else None,
            ontvanger_persoon_id=recipient_id if kind == "persoon" else None,
        )
        try:
            changes = self._controller.services.toestemmingen.add(
                self._overview.casus.id, new, origin=self.origin)
        except TafelError as error:
            self.error_label.setText(error.message)
            self.error_label.show()
            return
        self.saved = True
        self._controller.publish(changes)
        super().accept()
