"""The legal status on the case screen: OTS, voogdij, gesloten machtiging or raadsonderzoek.

Each with its dates and the body that ordered or carries it, in plain words, with edit and
end. A measure that ended stays on the list, greyed: ending is never erasing.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from tafel.domain.dates import add_years
from tafel.services.changes import Origin
from tafel.ui.casus.einde_dialog import EindeDialog
from tafel.ui.casus.formatting import fmt_date
from tafel.ui.casus.juridisch_dialog import JuridischDialog
from tafel.ui.casus.people_list import PeopleList, PersonRow
from tafel.ui.controller import AppController
from tafel.ui.i18n import fill
from tafel.ui.icons import icon
from tafel.ui.labels import body_label, measure_label
from tafel.ui.widgets.section import Section
from tafel.views.casussen import CasusOverview
from tafel.views.juridisch import JuridischeStatusView


class JuridischSection(Section):
    """The legal status card; the dialog it opens is kept in ``dialog`` (tests drive it)."""

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__("case", self.tr("Legal status"), parent)
        self._controller = controller
        self.origin = Origin.screen("casus")
        self._overview: CasusOverview | None = None
        self.statuses: tuple[JuridischeStatusView, ...] = ()
        self.dialog: QDialog | None = None
        self.people = PeopleList(self._edit, self._end)
        self.body.addWidget(self.people)
        row = QHBoxLayout()
        self.add_button = QPushButton(icon("add"), self.tr("Add a &legal status"))
        self.add_button.clicked.connect(self.add)
        row.addWidget(self.add_button)
        row.addStretch(1)
        self.body.addLayout(row)

    def show_overview(self, o: CasusOverview, today: date) -> None:
        """Show the legal statuses of ``o``'s case: running first, ended after them."""
        self._overview = o
        self.statuses = self._controller.services.juridisch.for_case(o.casus.id)
        self.people.set_rows([self._row(s, o, today) for s in self.statuses],
                             self.tr("No legal measure or investigation recorded."))

    def clear(self) -> None:
        """Forget the case (on lock)."""
        self._overview = None
        self.statuses = ()
        self.people.set_rows([])

    def _row(self, s: JuridischeStatusView, o: CasusOverview, today: date) -> PersonRow:
        dates = []
        if s.startdatum:
            dates.append(fill(self.tr("since %1"), fmt_date(s.startdatum)))
        if s.einddatum:
            dates.append(fill(self.tr("until %1"), fmt_date(s.einddatum)))
        who = fill(self.tr("for %1"), s.persoon) if s.persoon else ""
        details = [fill(self.tr("By: %1"), body_label(s.instantie))]
        if s.uitgevoerd_door:
            details.append(fill(self.tr("Carried out by %1"), s.uitgevoerd_door))
        birth = o.jongere.geboortedatum
        if (s.soort.stopt_bij_18 and birth is not None and s.persoon_id == o.jongere.id
                and not s.ended(today) and today < add_years(birth, 18)):
            details.append(fill(self.tr("Ends by law when %1 turns 18 (%2)"),
                                o.jongere.voornaam, fmt_date(add_years(birth, 18))))
        details.append(s.toelichting)
        return PersonRow(s.id, measure_label(s.soort),
                         " · ".join(x for x in (who, *dates) if x), details,
                         ended=s.ended(today))

    def _find(self, status_id: uuid.UUID) -> JuridischeStatusView | None:
        return next((s for s in self.statuses if s.id == status_id), None)

    def _show(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.open()

    def add(self) -> None:
        """Open the form for a new legal status."""
        if self._overview is not None:
            self._show(JuridischDialog(self._controller, self._overview, None, self))

    def _edit(self, status_id: uuid.UUID) -> None:
        status = self._find(status_id)
        if status is not None and self._overview is not None:
            self._show(JuridischDialog(self._controller, self._overview, status, self))

    def _end(self, status_id: uuid.UUID) -> None:
        status = self._find(status_id)
        if status is None:
            return
        juridisch = self._controller.services.juridisch
        name = measure_label(status.soort)
        dialog = EindeDialog(
            self._controller, fill(self.tr("End %1"), name),
            self.tr("On which day does it end (its last day)? It stays in the case's history."),
            lambda day, origin: juridisch.end(status.id, day, origin=origin), self)
        label = dialog.form.labelForField(dialog.date_edit)
        if isinstance(label, QLabel):
            label.setText(self.tr("&Last day"))  # the order runs through this day
        self._show(dialog)
