"""The household on the case screen: who lives with the young person, with add, edit and end.

The young person's own row opens the case form (name, birth date, place, casusregisseur); the
others open the person form. Someone who left stays on the list, greyed, "until <date>". A
member whose details were filled in differently on another laptop carries a conflict mark,
and so does the household itself (its name, address or place); each emits
``conflict_requested`` with the point to open the choosing dialog at.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QWidget

from tafel.domain.enums import Rol
from tafel.domain.signals import age_on
from tafel.ui.casus.casus_dialog import CasusDialog
from tafel.ui.casus.einde_dialog import EindeDialog
from tafel.ui.casus.formatting import fmt_date
from tafel.ui.casus.inzage_dialog import InzageDialog
from tafel.ui.casus.people_list import PeopleList, PersonRow
from tafel.ui.casus.persoon_dialog import PersoonDialog
from tafel.ui.casus.tekstcorrectie_dialog import TekstcorrectieDialog
from tafel.ui.controller import AppController
from tafel.ui.i18n import fill
from tafel.ui.icons import icon
from tafel.ui.labels import role_label
from tafel.ui.widgets.conflict_marks import ConflictMark
from tafel.ui.widgets.section import Section
from tafel.views.casussen import CasusOverview, PersoonView


class HuishoudenSection(Section):
    """The household card; the dialog it opens is kept in ``dialog`` (tests drive it)."""

    conflict_requested = Signal(str)  # the point: "persoon/<id>/" or "huishouden/<id>/"

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__("household", self.tr("Household"), parent)
        self._controller = controller
        self._overview: CasusOverview | None = None
        self.dialog: QDialog | None = None
        self.household_mark = ConflictMark()
        self.household_mark.clicked.connect(self._household_conflict)
        self.body.addWidget(self.household_mark, 0, Qt.AlignmentFlag.AlignLeft)
        self.people = PeopleList(self._edit, self._end, on_conflict=lambda person_id:
                                 self.conflict_requested.emit(f"persoon/{person_id}/"),
                                 on_inzage=self._inzage, on_correctie=self._correctie)
        self.body.addWidget(self.people)
        row = QHBoxLayout()
        self.add_button = QPushButton(icon("add"), self.tr("Add someone to the &household"))
        self.add_button.clicked.connect(self.add_person)
        row.addWidget(self.add_button)
        row.addStretch(1)
        self.body.addLayout(row)

    def show_overview(self, o: CasusOverview, today: date,
                      conflicts: Mapping[uuid.UUID, int] | None = None) -> None:
        """Show the household of ``o``: members first, those who left after them.

        ``conflicts``: how many details wait for a choice, per person or the household.
        """
        self._overview = o
        counts = conflicts or {}
        self.household_mark.show_count(counts.get(o.huishouden.id, 0))
        if counts.get(o.huishouden.id):
            self.household_mark.setText(self.tr("Household filled in differently: choose"))
        people = sorted(o.personen, key=lambda p: (p.ended(today), p.rol is not Rol.JONGERE))
        self.people.set_rows([self._row(p, o, today, counts.get(p.id, 0)) for p in people])

    def clear(self) -> None:
        """Forget the case (on lock)."""
        self._overview = None
        self.household_mark.show_count(0)
        self.people.set_rows([])

    def _household_conflict(self) -> None:
        if self._overview is not None:
            self.conflict_requested.emit(f"huishouden/{self._overview.huishouden.id}/")

    def _row(self, p: PersoonView, o: CasusOverview, today: date,
             conflicts: int = 0) -> PersonRow:
        born = fmt_date(p.geboortedatum)
        if p.geboortedatum:
            born += " (" + self.tr("%n year(s)", "", age_on(p.geboortedatum, today)) + ")"
        details = [fill(self.tr("BSN %1"), p.bsn) if p.bsn else "", p.telefoon, p.email]
        if p.gezag and o.leeftijd is not None and o.leeftijd < 18:
            details.insert(0, fill(self.tr("Has parental authority over %1"),
                                   o.jongere.voornaam))
        if p.einddatum:
            details.insert(0, fill(self.tr("until %1"), fmt_date(p.einddatum)))
        return PersonRow(p.id, p.naam, f"{role_label(p.rol)} · {born}", details,
                         ended=p.ended(today), can_end=p.rol is not Rol.JONGERE,
                         conflicts=conflicts)

    def _person(self, person_id: uuid.UUID) -> PersoonView | None:
        if self._overview is None:
            return None
        return next((p for p in self._overview.personen if p.id == person_id), None)

    def _show(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.open()

    def add_person(self) -> None:
        """Open the form for a new household member."""
        if self._overview is not None:
            self._show(PersoonDialog(self._controller, self._overview, None, self))

    def _edit(self, person_id: uuid.UUID) -> None:
        person = self._person(person_id)
        if person is None or self._overview is None:
            return
        if person.id == self._overview.jongere.id:
            self._show(CasusDialog(self._controller, self._overview, self))
        else:
            self._show(PersoonDialog(self._controller, self._overview, person, self))

    def _inzage(self, person_id: uuid.UUID) -> None:
        person = self._person(person_id)
        if person is not None and self._overview is not None:
            self._show(InzageDialog(self._controller, self._overview.casus.id, person.id,
                                    person.naam, self))

    def _correctie(self, person_id: uuid.UUID) -> None:
        person = self._person(person_id)
        if person is not None and self._overview is not None:
            self._show(TekstcorrectieDialog(self._controller, self._overview.casus.id,
                                            person.id, person.naam, self))

    def _end(self, person_id: uuid.UUID) -> None:
        person = self._person(person_id)
        if person is None:
            return
        netwerk = self._controller.services.netwerk
        self._show(EindeDialog(
            self._controller, fill(self.tr("%1 leaves the household"), person.naam),
            fill(self.tr("From which day is %1 no longer part of the household? %1 stays in "
                         "the case's history."), person.voornaam),
            lambda day, origin: netwerk.end_person(person.id, day, origin=origin), self))
