"""Starting, resuming and finishing a casus-overleg from the case: the flow around the page.

Casus > "Casus-overleg starten…" (or the button on the case) asks who is in the room and
where the wall goes (:class:`~tafel.ui.overleg.start_dialog.StartOverlegDialog`), starts the
meeting and builds the wall, the :class:`~tafel.ui.overleg.sessie.OverlegSessie` and the
control page. A meeting that was not finished (a crash, a lock mid-meeting) is offered first:
"Er loopt nog een casus-overleg van <datum>: verder of afronden".

Finishing goes through :func:`tafel.ui.overleg.afronden.rond_af`.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from tafel.domain.overleg import Aanwezige
from tafel.errors import TafelError
from tafel.services.changes import Origin
from tafel.ui.casus.formatting import fmt_date
from tafel.ui.controller import AppController
from tafel.ui.i18n import fill
from tafel.ui.overleg.scherm import SchermKeuze, maak_muur, toon_muur
from tafel.views.overleg import OverlegView

if TYPE_CHECKING:
    from tafel.ui.overleg.control_page import OverlegPage
    from tafel.ui.overleg.start_dialog import StartOverlegDialog

ORIGIN = Origin.screen("casus_overleg")
translate = QCoreApplication.translate


class OverlegStart(QObject):
    """Asks, starts (or resumes) and hands over the page: ``begonnen`` (an OverlegPage).

    ``fout``: one Dutch sentence; ``afgerond``: a meeting was finished from the question.
    """

    begonnen = Signal(object)
    fout = Signal(str)
    afgerond = Signal(object)

    def __init__(self, controller: AppController, casus_id: uuid.UUID,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self._controller = controller
        self.casus_id = casus_id
        self._parent = parent
        self.vraag_box: QMessageBox | None = None
        self.dialog: StartOverlegDialog | None = None

    def vraag(self) -> None:
        """A running meeting first (go on, or finish it); otherwise who is in the room."""
        if not self._controller.is_unlocked:
            return
        try:
            lopend = self._controller.services.overleg.lopend(self.casus_id)
        except TafelError as error:
            self.fout.emit(error.message)
            return
        if lopend is None:
            self.kies(None)
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Casus-overleg"),
                          fill(self.tr(
                              "A casus-overleg of %1 is still open: go on with it, or "
                              "finish it?"), fmt_date(lopend.datum)), parent=self._parent)
        verder = box.addButton(self.tr("Go on with it"),
                               QMessageBox.ButtonRole.AcceptRole)
        afronden = box.addButton(self.tr("Finish it…"),
                                 QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(verder)

        def chosen(_result: int) -> None:
            self.vraag_box = None
            if box.clickedButton() is verder:
                self.kies(lopend)
            elif box.clickedButton() is afronden:
                from tafel.ui.overleg.afronden import rond_af

                rond_af(self._controller, lopend.id, self._parent, self.afgerond.emit)

        box.finished.connect(chosen)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.vraag_box = box
        box.open()

    def kies(self, lopend: OverlegView | None) -> None:
        """Who is in the room, besloten, which screen (the room as it was, when resuming)."""
        from tafel.ui.overleg.start_dialog import StartOverlegDialog

        services = self._controller.services
        try:
            kandidaten = services.overleg.kandidaten(self.casus_id)
        except TafelError as error:
            self.fout.emit(error.message)
            return
        jongere = kandidaten[0].naam.split(" ")[0] if kandidaten else ""
        dialog = StartOverlegDialog(
            jongere, kandidaten, self._parent,
            aanwezig=lopend.aanwezigen if lopend else None,
            besloten=lopend.besloten if lopend else False)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.begin(dialog.aanwezigen, dialog.besloten,
                                                   dialog.scherm_keuze, lopend))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def begin(self, aanwezigen: Sequence[Aanwezige], besloten: bool, keuze: SchermKeuze,
              lopend: OverlegView | None = None) -> OverlegPage | None:
        """Start (or go on with) the meeting, put the wall up, and hand over the page."""
        from tafel.ui.overleg.control_page import OverlegPage
        from tafel.ui.overleg.sessie import OverlegSessie

        if not self._controller.is_unlocked:
            return None
        services = self._controller.services
        try:
            if lopend is None:
                started = services.overleg.start(self.casus_id, list(aanwezigen),
                                                 besloten=besloten, origin=ORIGIN)
                overleg_id = started.overleg_id
                self._controller.publish(started.changes)
            else:
                overleg_id = lopend.id
                self._controller.publish(services.overleg.zet_aanwezigen(
                    overleg_id, list(aanwezigen), besloten=besloten, origin=ORIGIN))
            overleg = services.overleg.overleg(overleg_id)
            plan = None
            jongere = ""
            if not keuze.gespiegeld:  # the control view: the whole plan, on this screen only
                plan = services.plans.for_case(self.casus_id, shown=True, origin=ORIGIN)
                if plan is None:
                    begun = services.plans.start(self.casus_id, origin=ORIGIN)
                    self._controller.publish(begun.changes)
                    plan = begun.view
                jongere = plan.case.jongere.naam.split(" ")[0] or plan.case.jongere.naam
        except TafelError as error:
            self.fout.emit(error.message)
            return None
        sessie = OverlegSessie(self._controller, overleg)
        muur = maak_muur(keuze)
        sessie.koppel(muur)
        toon_muur(muur, keuze)
        page = OverlegPage(self._controller, sessie, plan, jongere)
        self.begonnen.emit(page)
        return page
