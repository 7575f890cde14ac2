"""The network on the case screen: informal and professional, with add, edit and end.

Support asks at every intake for at least one adult who is always there for the young person;
when the last keukentafelgesprek named one who is not in the network yet, one button puts them
there. Someone whose details were filled in differently on another laptop carries a conflict
mark, which emits ``conflict_requested`` with the point to open the choosing dialog at.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QWidget

from tafel.domain.enums import Antwoord, NetwerkSoort
from tafel.errors import TafelError
from tafel.services.changes import Origin
from tafel.ui.casus.betrokkene_dialog import BetrokkeneDialog
from tafel.ui.casus.einde_dialog import EindeDialog
from tafel.ui.casus.formatting import contact, fmt_date
from tafel.ui.casus.inzage_dialog import InzageDialog
from tafel.ui.casus.people_list import PeopleList, PersonRow, RowMark
from tafel.ui.casus.tekstcorrectie_dialog import TekstcorrectieDialog
from tafel.ui.controller import AppController
from tafel.ui.i18n import fill
from tafel.ui.icons import VERIFIED, WARNING, icon
from tafel.ui.labels import network_kind_label
from tafel.ui.partijen.staat import staat_icoon, staat_tekst
from tafel.ui.style import error_label
from tafel.ui.widgets.section import Section
from tafel.views.casussen import BetrokkeneView, CasusOverview
from tafel.views.gesprekken import GesprekView
from tafel.views.partijen import PartijView


class NetwerkSection(Section):
    """The network card; the dialog it opens is kept in ``dialog`` (tests drive it)."""

    conflict_requested = Signal(str)  # the point: "betrokkene/<id>/"

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__("network", self.tr("Network"), parent)
        self._controller = controller
        self.origin = Origin.screen("casus")
        self._overview: CasusOverview | None = None
        self._intake: GesprekView | None = None
        self.dialog: QDialog | None = None
        self.people = PeopleList(self._edit, self._end, on_conflict=lambda member_id:
                                 self.conflict_requested.emit(f"betrokkene/{member_id}/"),
                                 on_inzage=self._inzage, on_correctie=self._correctie)
        self.body.addWidget(self.people)
        row = QHBoxLayout()
        self.add_informal_button = QPushButton(icon("add"), self.tr("Add &family or friend"))
        self.add_professional_button = QPushButton(icon("add"), self.tr("Add a pr&ofessional"))
        self.add_informal_button.clicked.connect(lambda: self.add(NetwerkSoort.INFORMEEL))
        self.add_professional_button.clicked.connect(
            lambda: self.add(NetwerkSoort.PROFESSIONEEL))
        self.adult_button = QPushButton(icon("heart"), "")
        self.adult_button.clicked.connect(self.add_adult_from_intake)
        self.adult_button.hide()
        row.addWidget(self.add_informal_button)
        row.addWidget(self.add_professional_button)
        row.addStretch(1)
        self.body.addLayout(row)
        adult_row = QHBoxLayout()
        adult_row.addWidget(self.adult_button)
        adult_row.addStretch(1)
        self.body.addLayout(adult_row)
        self.error_label = error_label()
        self.body.addWidget(self.error_label)

    def show_overview(self, o: CasusOverview, today: date,
                      conflicts: Mapping[uuid.UUID, int] | None = None) -> None:
        """Show the network of ``o``: who is involved now first, who ended after them.

        ``conflicts``: how many details wait for a choice, per person.
        """
        self._overview = o
        counts = conflicts or {}
        self.error_label.hide()
        people = sorted(o.betrokkenen, key=lambda b: (b.ended(today), b.soort.value))
        parties: dict[uuid.UUID | None, PartijView] = (
            {p.id: p for p in self._controller.services.partijen.lijst()}
            if any(b.partij_id for b in people) else {})
        self.people.set_rows([self._row(b, today, parties.get(b.partij_id), counts.get(b.id, 0))
                              for b in people],
                             self.tr("No one in the network recorded yet."))
        anchors = [b.naam for b in o.betrokkenen
                   if b.altijd_er_voor_mij and not b.ended(today)]
        if anchors:
            self.set_note(fill(self.tr("♥ Always there for %1: %2"), o.jongere.voornaam,
                               ", ".join(anchors)))
        else:
            self.set_note(fill(self.tr("No adult recorded yet who is always there for %1. "
                                       "Ask about it."), o.jongere.voornaam))
        self._show_intake_adult(o, today)

    def clear(self) -> None:
        """Forget the case (on lock)."""
        self._overview = None
        self._intake = None
        self.people.set_rows([])
        self.adult_button.hide()

    def _show_intake_adult(self, o: CasusOverview, today: date) -> None:
        """Offer the last conversation's "always there" adult, unless already in the network.

        The answer is free text ("Tante Els", "haar moeder Samira"), so someone counts as
        known when a word of it is in the name of someone already marked as always there.
        """
        history = self._controller.services.gesprekken.history(o.casus.id)
        answered = [g for g in history if g.volwassene_altijd_daar is not None]
        latest = answered[-1] if answered else None
        who = latest.volwassene_wie.strip() if latest is not None else ""
        known = {word for b in o.betrokkenen if b.altijd_er_voor_mij and not b.ended(today)
                 for word in _words(b.naam)}
        offer = (latest is not None and latest.volwassene_altijd_daar is Antwoord.JA
                 and bool(who) and not _words(who) & known)
        self._intake = latest if offer else None
        if offer and latest is not None:
            self.adult_button.setText(fill(
                self.tr("Add %1 to the network (always there for %2, from the conversation "
                        "of %3)"), who, o.jongere.voornaam, fmt_date(latest.datum)))
        self.adult_button.setVisible(offer)

    def _row(self, b: BetrokkeneView, today: date, partij: PartijView | None,
             conflicts: int = 0) -> PersonRow:
        name = f"♥ {b.naam}" if b.altijd_er_voor_mij else b.naam
        role = " – ".join(x for x in (b.rol, b.organisatie) if x)
        mark = None
        if partij is not None:  # the party's own name only when it is not this person's
            words = (fill(self.tr("Party · %1"), staat_tekst(partij))
                     if partij.naam.casefold() == b.naam.casefold()
                     else fill(self.tr("Party %1 · %2"), partij.naam, staat_tekst(partij)))
            mark = RowMark(staat_icoon(partij), words,
                           VERIFIED if partij.geverifieerd else WARNING)
        return PersonRow(b.id, name, network_kind_label(b.soort),
                         [role, contact(b.telefoon, b.email), self._commitment(b)],
                         ended=b.ended(today), mark=mark, conflicts=conflicts)

    def _commitment(self, b: BetrokkeneView) -> str:
        parts = []
        if b.uren_per_week is not None:
            parts.append(fill(self.tr("%1 h a week"), f"{b.uren_per_week:g}".replace(".", ",")))
        if b.betaald_door:
            parts.append(fill(self.tr("paid by %1"), b.betaald_door))
        if b.startdatum:
            parts.append(fill(self.tr("since %1"), fmt_date(b.startdatum)))
        if b.einddatum:
            parts.append(fill(self.tr("until %1"), fmt_date(b.einddatum)))
        return " · ".join(parts)

    def _person(self, person_id: uuid.UUID) -> BetrokkeneView | None:
        if self._overview is None:
            return None
        return next((b for b in self._overview.betrokkenen if b.id == person_id), None)

    def _show(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.open()

    def add(self, soort: NetwerkSoort) -> None:
        """Open the form for someone new in the network."""
        if self._overview is not None:
            self._show(BetrokkeneDialog(self._controller, self._overview, None, self, soort))

    def add_adult_from_intake(self) -> None:
        """One step: the adult named at the intake joins the network, marked ♥."""
        if self._intake is None:
            return
        try:
            changes = self._controller.services.netwerk.add_volwassene_uit_gesprek(
                self._intake.id, origin=self.origin)
        except TafelError as error:
            self.error_label.setText(error.message)
            self.error_label.show()
            return
        self._controller.publish(changes)

    def _edit(self, person_id: uuid.UUID) -> None:
        person = self._person(person_id)
        if person is not None and self._overview is not None:
            self._show(BetrokkeneDialog(self._controller, self._overview, person, self))

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
            self._controller, fill(self.tr("End %1's involvement"), person.naam),
            fill(self.tr("From which day is %1 no longer involved? %1 stays in the case's "
                         "history."), person.naam),
            lambda day, origin: netwerk.end_betrokkene(person.id, day, origin=origin), self))


def _words(name: str) -> set[str]:
    """The words of a name that can identify someone (three letters or more)."""
    return {w for w in name.casefold().replace(",", " ").split() if len(w) >= 3}
