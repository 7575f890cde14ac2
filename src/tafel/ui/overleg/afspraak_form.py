"""Noting an afspraak in the room: what, who does it, by when, and for which pillar.

One owner per afspraak, chosen from the case's people and network (as in the plan). The
afspraak goes into the toekomstplan and the meeting's record at once
(:meth:`OverlegService.noteer_afspraak`); a refusal is one Dutch sentence beside the form,
and what was typed stays.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from tafel.domain.enums import Pijler
from tafel.ui.icons import icon
from tafel.ui.plan.editor_fields import DateField
from tafel.ui.plan.plan_labels import person_choice_label, person_role_label, pillar_label
from tafel.ui.style import set_role
from tafel.views.plans import PlanView

ACTIE_MAX = 500


class AfspraakForm(QFrame):
    """A compact card; ``genoteerd`` (actie, eigenaar, deadline, pijler) on "Note it"."""

    genoteerd = Signal(str, str, object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plancard")
        grid = QGridLayout(self)
        grid.setContentsMargins(14, 10, 14, 12)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        kop = QLabel(self.tr("Note an afspraak"))
        set_role(kop, "voice")
        self.actie_edit = QLineEdit()
        self.actie_edit.setMaxLength(ACTIE_MAX)
        self.actie_edit.setPlaceholderText(self.tr("What will be done?"))
        self.actie_edit.setAccessibleName(self.tr("Afspraak"))
        self.actie_edit.returnPressed.connect(self.noteer)
        self.eigenaar_combo = QComboBox()
        self.eigenaar_combo.setAccessibleName(self.tr("Who does it"))
        self.deadline_edit = DateField()
        self.deadline_edit.setAccessibleName(self.tr("By when"))
        self.pijler_combo = QComboBox()
        self.pijler_combo.setAccessibleName(self.tr("Pillar"))
        self.pijler_combo.addItem(self.tr("No pillar"), "")
        for pillar in Pijler:
            self.pijler_combo.addItem(pillar_label(pillar), pillar.value)
        self.noteer_button = QPushButton(icon("afspraken"), self.tr("Note it"))
        self.noteer_button.setToolTip(self.tr("Into the toekomstplan and the record of this "
                                              "meeting"))
        self.noteer_button.clicked.connect(self.noteer)
        self.melding = QLabel()
        self.melding.setWordWrap(True)
        set_role(self.melding, "error")
        self.melding.hide()

        self.eigenaar_combo.setToolTip(self.tr("Who does it"))
        self.deadline_edit.setToolTip(self.tr("By when"))
        self.pijler_combo.setToolTip(self.tr("Pillar"))
        self.pijler_combo.setMinimumWidth(125)
        # The longest name and role does not set the card's least width (its words show
        # whole in the list that opens): the card keeps room for "Note it" beside it.
        self.eigenaar_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.eigenaar_combo.setMinimumContentsLength(12)
        grid.addWidget(kop, 0, 0, 1, 3)
        grid.addWidget(self.actie_edit, 1, 0, 1, 3)
        grid.addWidget(self.eigenaar_combo, 2, 0, 1, 2)
        grid.addWidget(self.pijler_combo, 2, 2)
        grid.addWidget(self.deadline_edit, 3, 0)
        grid.addWidget(self.noteer_button, 3, 2)
        grid.addWidget(self.melding, 4, 0, 1, 3)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 2)

    def zet_mensen(self, plan: PlanView, today: date) -> None:
        """Everyone who can own an afspraak now: the young person, family, the network."""
        current = self.eigenaar_combo.currentData()
        self.eigenaar_combo.clear()
        self.eigenaar_combo.addItem(self.tr("Who does it?"), "")
        for person in plan.case.owners_on(today):
            self.eigenaar_combo.addItem(person_choice_label(person), person.sleutel)
            self.eigenaar_combo.setItemData(self.eigenaar_combo.count() - 1,
                                            person_role_label(person),
                                            Qt.ItemDataRole.ToolTipRole)
        self.eigenaar_combo.setCurrentIndex(max(0, self.eigenaar_combo.findData(current)))

    def noteer(self) -> None:
        """Hand the afspraak on (the page writes it and calls :meth:`gelukt` or :meth:`mislukt`)."""
        pijler = self.pijler_combo.currentData()
        self.genoteerd.emit(self.actie_edit.text().strip(),
                            self.eigenaar_combo.currentData() or "",
                            self.deadline_edit.value(), Pijler(pijler) if pijler else None)

    def gelukt(self) -> None:
        """Written: the form is empty again for the next one."""
        self.actie_edit.clear()
        self.deadline_edit.set_value(None)
        self.eigenaar_combo.setCurrentIndex(0)
        self.pijler_combo.setCurrentIndex(0)
        self.melding.hide()
        self.actie_edit.setFocus()

    def mislukt(self, sentence: str) -> None:
        """Refused: say why; what was typed stays."""
        self.melding.setText(sentence)
        self.melding.show()
