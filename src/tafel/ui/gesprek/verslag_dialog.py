"""The gespreksverslag on screen, to print or save for the household.

Offered when a keukentafelgesprek is finished, and from the case's conversations later: the
verslag is made again from the stored gesprek each time, so every copy says the same.
Printing or saving it is logged (:meth:`GesprekService.record_verslag`).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from tafel.domain.dates import dutch_date
from tafel.domain.records import AuditAction
from tafel.errors import TafelError
from tafel.render.verslag_pdf import render_verslag_pdf
from tafel.services.changes import Origin
from tafel.services.verslag import gather_verslag
from tafel.ui.controller import AppController
from tafel.ui.i18n import fill
from tafel.ui.widgets.pdf_preview import PdfPreviewDialog

ORIGIN = Origin.screen("gespreksverslag")


class VerslagDialog(PdfPreviewDialog):
    """One keukentafelgesprek's verslag: its pages, Print…, Save as PDF… and Close."""

    def __init__(self, controller: AppController, gesprek_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        day, problem = None, ""
        try:
            day = controller.services.gesprekken.gesprek(gesprek_id, shown=True,
                                                        origin=ORIGIN).datum
        except TafelError as error:
            problem = error.message
        super().__init__(
            controller, fill(self.tr("Report of the conversation of %1, for the household"),
                             dutch_date(day)),
            self.tr("Gespreksverslag"),
            self.tr("In plain words, for the young person and the family to keep: their own "
                    "words, both scores, what was agreed and whom to call. Your own notes are "
                    "not in it."),
            self.tr("Save the gespreksverslag as PDF"), parent, problem=problem)
        self.gesprek_id = gesprek_id
        self._name = f"gespreksverslag-{day.isoformat() if day else 'gesprek'}.pdf"
        if not problem:
            self.reload()

    def prepare(self) -> Callable[[], bytes]:
        """The verslag as the vault has it (the preview records nothing)."""
        verslag = gather_verslag(self._controller.services, self.gesprek_id)
        return lambda: render_verslag_pdf(verslag)

    def output(self, how: AuditAction) -> bytes:
        """Log the print or save, then the PDF."""
        changes = self._controller.services.gesprekken.record_verslag(
            self.gesprek_id, how, origin=ORIGIN)
        self._controller.publish(changes)
        return render_verslag_pdf(gather_verslag(self._controller.services, self.gesprek_id))

    def default_name(self) -> str:
        """For example ``gespreksverslag-2026-11-23.pdf``."""
        return self._name
