"""The case's existing care (indicaties): add, change, end, or take over the intake's answer."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QWidget

from tafel.errors import TafelError
from tafel.services.indicaties import voorziening_from_intake
from tafel.ui.casus.fields import fit_combo
from tafel.ui.casus.formatting import fmt_date
from tafel.ui.controller import AppController
from tafel.ui.i18n import fill
from tafel.ui.icons import icon
from tafel.ui.labels import law_label
from tafel.ui.widgets.record_list import Record, RecordList
from tafel.ui.widgets.section import Section
from tafel.views.casussen import CasusOverview, IndicatieView


class IndicatieSection(Section):
    """Existing care (indicaties) with its buttons."""

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__("care", self.tr("Existing care (indicaties)"), parent)
        self._controller = controller
        self._overview: CasusOverview | None = None
        self._intake = ""
        self.table = RecordList()
        self.body.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = QPushButton(icon("add"), self.tr("Add c&are…"))
        self.add_button.clicked.connect(lambda: self.add())
        self.intake_button = QPushButton(self.tr("&Take over from the conversation…"))
        self.intake_button.clicked.connect(lambda: self.add(self._intake))
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Care to change or end"))
        self.edit_button = QPushButton(self.tr("C&hange…"))
        self.edit_button.clicked.connect(self.edit)
        self.end_button = QPushButton(self.tr("En&d…"))
        self.end_button.clicked.connect(self.end)
        row.addWidget(self.add_button)
        row.addWidget(self.intake_button)
        row.addStretch(1)
        self.body.addLayout(row)
        second = QHBoxLayout()  # two rows: the case panel is narrow beside the case list
        fit_combo(self.choice)
        second.addWidget(self.choice, 1)
        second.addWidget(self.edit_button)
        second.addWidget(self.end_button)
        self.body.addLayout(second)

    def show_case(self, o: CasusOverview) -> None:
        """Fill in one case's care, and whether the intake's answer can be taken over."""
        self._overview = o
        records = []
        self.choice.clear()
        for i in o.indicaties:
            records.append(Record(i.voorziening, self._subtitle(i), self._details(i)))
            if i.beeindigd_op is None:
                self.choice.addItem(f"{i.voorziening} ({law_label(i.wetskader)})", i.id)
        self.table.set_records(records, self.tr("No existing care recorded."))
        self.choice.setVisible(self.choice.count() > 0)
        self.edit_button.setVisible(self.choice.count() > 0)
        self.end_button.setVisible(self.choice.count() > 0)
        try:
            self._intake = self._controller.services.indicaties.intake_text(o.casus.id)
        except TafelError:
            self._intake = ""
        self.intake_button.setVisible(bool(self._intake))
        self.set_note(fill(self.tr("In the conversation: “%1”"), self._intake)
                      if self._intake else "")

    def clear(self) -> None:
        """Drop the case (on lock)."""
        self._overview = None
        self._intake = ""
        self.table.set_records([])
        self.choice.clear()
        self.set_note("")

    def _subtitle(self, i: IndicatieView) -> str:
        subtitle = " · ".join(x for x in (law_label(i.wetskader), i.aanbieder) if x)
        if i.beeindigd_op is not None:
            subtitle += " · " + fill(self.tr("ended %1"), fmt_date(i.beeindigd_op))
        return subtitle

    def _details(self, i: IndicatieView) -> list[str]:
        if i.beeindigd_op is not None:
            return [i.reden_einde]
        details = [
            fill(self.tr("from %1"), fmt_date(i.startdatum)) if i.startdatum else "",
            fill(self.tr("until %1"), fmt_date(i.einddatum)) if i.einddatum else "",
            fill(self.tr("After 18: %1"), law_label(i.kader_na_18)),
        ]
        if i.wachtlijst:
            details.append(fill(self.tr("On the waiting list since %1"),
                                fmt_date(i.wachtlijst_sinds)))
        return details

    def _chosen(self) -> IndicatieView | None:
        chosen = self.choice.currentData()
        if self._overview is None or chosen is None:
            return None
        return next((i for i in self._overview.indicaties if i.id == chosen), None)

    # -- acting -------------------------------------------------------------------------

    def add(self, intake: str = "") -> None:
        """A new indicatie; from the intake, its answer is filled in."""
        from tafel.ui.casus.indicatie_dialog import IndicatieDialog

        if self._overview is not None:
            IndicatieDialog(self._controller, self._overview.casus.id,
                            prefill=voorziening_from_intake(intake), parent=self).exec()

    def edit(self) -> None:
        """Change the indicatie chosen beside the button."""
        from tafel.ui.casus.indicatie_dialog import IndicatieDialog

        chosen = self._chosen()
        if chosen is not None and self._overview is not None:
            IndicatieDialog(self._controller, self._overview.casus.id, chosen,
                            parent=self).exec()

    def end(self) -> None:
        """End the indicatie chosen beside the button."""
        from tafel.ui.casus.indicatie_dialog import EindeIndicatieDialog

        chosen = self._chosen()
        if chosen is not None:
            EindeIndicatieDialog(self._controller, chosen, self).exec()
