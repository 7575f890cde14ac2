"""The casus-overleg's record on paper: its one page on screen, to print or save.

Offered right after the meeting is finished, and from the case's list of meetings later. The
page is made again from the stored meeting each time (:meth:`OverlegService.verslag`, which
logs nothing); printing or saving goes through :meth:`OverlegService.verslag_pdf`, which
writes the audit line.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from tafel.domain.records import AuditAction
from tafel.errors import TafelError
from tafel.render.overleg_pdf import overleg_pdf
from tafel.services.changes import Origin
from tafel.ui.casus.formatting import fmt_date
from tafel.ui.controller import AppController
from tafel.ui.i18n import fill
from tafel.ui.widgets.pdf_preview import WHOLE_PAGE, PdfPreviewDialog

ORIGIN = Origin.screen("casus_overleg")


class OverlegVerslagPreview(PdfPreviewDialog):
    """One meeting's record: its page, Print…, Save as PDF… and Close."""

    def __init__(self, controller: AppController, overleg_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        day, referentie, problem = None, "", ""
        try:
            verslag = controller.services.overleg.verslag(overleg_id)
            day, referentie = verslag.datum, verslag.casus_referentie
        except TafelError as error:
            problem = error.message
        super().__init__(
            controller, fill(self.tr("Record of the casus-overleg of %1"), fmt_date(day)),
            self.tr("Record of the casus-overleg"),
            self.tr("One page for everyone who was there. It holds only what all of them may "
                    "see; printing or saving it is logged."),
            self.tr("Save the record as PDF"), parent, problem=problem)
        self.overleg_id = overleg_id
        self.zoom_combo.setCurrentIndex(self.zoom_combo.findData(WHOLE_PAGE))  # one page
        self._name = (f"casus-overleg-{referentie}-{day.isoformat()}.pdf" if day
                      else "casus-overleg.pdf")
        if not problem:
            self.reload()

    def prepare(self) -> Callable[[], bytes]:
        """The record as the vault has it (the preview records nothing)."""
        verslag = self._controller.services.overleg.verslag(self.overleg_id)
        return lambda: overleg_pdf(verslag)

    def output(self, how: AuditAction) -> bytes:
        """Log the print or save; the PDF."""
        afdruk = self._controller.services.overleg.verslag_pdf(self.overleg_id, how,
                                                               origin=ORIGIN)
        self._controller.publish(afdruk.changes)
        return afdruk.pdf

    def default_name(self) -> str:
        """For example ``casus-overleg-T-2026-0003-2026-11-23.pdf``."""
        return self._name
