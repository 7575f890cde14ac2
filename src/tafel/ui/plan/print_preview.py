"""Preview, print and save the toekomstplan as PDF (:mod:`tafel.ui.widgets.pdf_preview`).

The pages are the real PDF (:func:`tafel.services.plan_print.plan_pdf`). The preview records
nothing; printing and saving freeze the version's text under its hash, keep the text of every
page of the PDF they hand out and write the audit line, so ``tafel verify`` can compare a copy
with it later. The BSN is on the paper only when asked for.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QWidget

from tafel.domain.records import AuditAction
from tafel.errors import TafelError
from tafel.render.plan_pdf import render_plan_pdf
from tafel.services.changes import Origin
from tafel.services.plan_print import gather, plan_pdf
from tafel.ui.controller import AppController
from tafel.ui.i18n import fill
from tafel.ui.widgets.pdf_preview import (  # noqa: F401 - the names tests and bench use here
    PDF_LOCK,
    WHOLE_PAGE,
    PdfPreviewDialog,
)

ORIGIN = Origin.screen("afdruk")


class PrintPreviewDialog(PdfPreviewDialog):
    """The plan's pages on screen, with Show BSN, Print…, Save as PDF… and Close."""

    def __init__(self, controller: AppController, version_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        referentie, nummer, jongere, problem = "", 0, "", ""
        try:
            view = controller.services.plans.view_of_version(version_id, shown=True,
                                                             origin=ORIGIN)
            version = view.version_by_id(version_id)
            assert version is not None
            referentie, nummer = view.case.referentie, version.nummer
            jongere = view.case.jongere.naam
        except TafelError as error:
            problem = error.message
        super().__init__(
            controller,
            fill(self.tr("Version %1 of the toekomstplan of %2"), str(nummer), jongere),
            self.tr("Print the toekomstplan"),
            self.tr("Printing or saving records this text in the vault, so a paper copy can "
                    "be checked later."),
            self.tr("Save the toekomstplan as PDF"), parent, problem=problem)
        self.version_id = version_id
        self.referentie, self.nummer, self.jongere = referentie, nummer, jongere
        if not problem:
            self.reload()

    def add_options(self, top: QHBoxLayout) -> None:
        """Show BSN: only when the receiver needs it."""
        self.bsn_box = QCheckBox(self.tr("Show &BSN"))
        self.bsn_box.setToolTip(self.tr("Only print the BSN when the receiver needs it."))
        self.bsn_box.toggled.connect(self.reload)
        top.addWidget(self.bsn_box)
        top.addSpacing(12)

    @property
    def include_bsn(self) -> bool:
        """Whether the paper shows the young person's BSN."""
        return self.bsn_box.isChecked()

    def prepare(self) -> Callable[[], bytes]:
        """The plan as it is in the vault now (the preview records nothing)."""
        plan = gather(self._controller.services, self.version_id, include_bsn=self.include_bsn)
        return lambda: render_plan_pdf(plan)

    def output(self, how: AuditAction) -> bytes:
        """Freeze the text, keep the page texts, log the print or save; the PDF."""
        record = "afgedrukt" if how is AuditAction.AFGEDRUKT else "opgeslagen als pdf"
        return plan_pdf(self._controller.services, self.version_id,
                        include_bsn=self.include_bsn, record=record, origin=ORIGIN)

    def default_name(self) -> str:
        """For example ``toekomstplan-T-2026-0001-v2.pdf``."""
        return f"toekomstplan-{self.referentie}-v{self.nummer}.pdf"
