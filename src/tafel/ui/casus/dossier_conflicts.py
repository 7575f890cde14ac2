"""The case screen's part in choosing between details of its people filled in apart.

A bundle may bring a phone number, a role or an address that was set differently here:
both are kept and the screen shows the latest. Each time the case is shown, this reads
which details wait for a choice, shows the plan's calm banner with the count, tells the
household and network lists how many points each person has (for their marks), and opens
the choosing dialog, from the banner or at one person's mark.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from tafel.errors import TafelError
from tafel.services.changes import Origin
from tafel.ui.casus.dossier_conflict_dialog import DossierConflictDialog
from tafel.ui.controller import AppController
from tafel.ui.widgets.conflict_marks import ConflictBanner
from tafel.views.casussen import CasusOverview
from tafel.views.dossier import DossierConflictView


class DossierConflicts(QObject):
    """Banner, counts per person and the dialog, for the case overview."""

    def __init__(self, page: QWidget, controller: AppController,
                 overview: Callable[[], CasusOverview | None], origin: Origin) -> None:
        super().__init__(page)
        self.page = page
        self.controller = controller
        self._overview = overview
        self.origin = origin
        self.banner = ConflictBanner()
        self.banner.setProperty("inpage", True)  # a card on the page, not a strip under a bar
        self.banner.open_requested.connect(lambda: self.open())
        self.dialog: DossierConflictDialog | None = None
        self.points: tuple[DossierConflictView, ...] = ()
        self.today = controller.today()

    def show_case(self, o: CasusOverview, today: date) -> None:
        """Read the points of ``o``'s people and show the banner (hidden at none)."""
        self.today = today
        try:
            self.points = self.controller.services.dossier.conflict_views(o.casus.id)
        except TafelError:
            self.points = ()  # the details themselves still show; choosing can wait
        self.banner.show_count(len(self.points))

    def counts(self) -> dict[uuid.UUID, int]:
        """How many points concern each household, member or network entry."""
        return dict(Counter(point.record_id for point in self.points))

    def clear(self) -> None:
        """Forget the case (on lock): no banner, no dialog."""
        self.points = ()
        self.banner.show_count(0)
        if self.dialog is not None:
            self.dialog.reject()

    def open(self, focus: str = "") -> None:
        """The dialog, at the point about ``focus`` (``persoon/<id>/``) if given."""
        o = self._overview()
        if o is None:
            return
        if self.dialog is not None:
            self.dialog.focus_on(focus)
            self.dialog.activateWindow()
            return
        dialog = DossierConflictDialog(self.controller, self._overview, o.casus.id, self.today,
                                       origin=self.origin, parent=self.page)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()
        dialog.activateWindow()
        dialog.focus_on(focus)

    def _closed(self, _result: int) -> None:
        self.dialog = None
