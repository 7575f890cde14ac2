"""Finishing a casus-overleg: look over the record, set the next evaluation, save, print.

Opened from the control view (and the mirror's strip) through
:func:`tafel.ui.overleg.afronden.rond_af`. It shows the record as it will be printed: who was
there and who not, the conclusions and the afspraken made, built from the
:class:`~tafel.views.overleg.OverlegVerslag` alone. With one screen the dialog appears in
front of the room, so it must show nothing the room may not see; the record is made for
exactly that.

The next evaluation is six weeks ahead (:data:`~tafel.domain.overleg.EVALUATIE_NA`) unless the
room chooses another day. "Save" finishes the meeting (:meth:`OverlegService.rond_af`, which
refuses a day in the past or more than two years ahead in one Dutch sentence, and then
nothing is saved); after that the record's page is offered to print for everyone present.
The dialog closes when that preview does, so whoever opened it sees a finished meeting.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tafel.domain.overleg import EVALUATIE_NA
from tafel.errors import TafelError
from tafel.services.changes import Origin
from tafel.ui.casus.date_line import BadInput, DateLine
from tafel.ui.controller import AppController
from tafel.ui.overleg.verslag_preview import OverlegVerslagPreview
from tafel.ui.overleg.verslag_weergave import VerslagWeergave
from tafel.ui.style import error_label, set_role

ORIGIN = Origin.screen("casus_overleg")


class AfrondenDialog(QDialog):
    """The record to look over, the next evaluation, and Save; then the page to print.

    ``preview`` is the print preview once saved (tests drive it).
    """

    def __init__(self, controller: AppController, overleg_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.overleg_id = overleg_id
        self.preview: OverlegVerslagPreview | None = None
        self.saved = False
        self.setWindowTitle(self.tr("Finish the casus-overleg"))
        self.setMinimumWidth(620)
        self.resize(720, 480)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        title = QLabel(self.tr("Finish the casus-overleg"))
        set_role(title, "section")
        layout.addWidget(title)
        intro = QLabel(self.tr(
            "Check what goes on the record. Everyone who was there gets it on one page, so it "
            "holds only what all of them may see."))
        intro.setWordWrap(True)
        set_role(intro, "muted")
        layout.addWidget(intro)

        self.weergave = VerslagWeergave(met_evaluatie=False)
        self.record_area = QScrollArea()
        self.record_area.setWidgetResizable(True)
        self.record_area.setFrameShape(QScrollArea.Shape.NoFrame)
        holder = QWidget()  # the record as tall as its lines, not as the scroll area
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.weergave)
        column.addStretch(1)
        self.record_area.setWidget(holder)
        layout.addWidget(self.record_area, 1)

        form = QFormLayout()
        form.setHorizontalSpacing(18)
        self.date_line = DateLine()
        self.date_line.setAccessibleName(self.tr("Next evaluation"))
        today = controller.services.context.today()
        self.date_line.set_value(today + EVALUATIE_NA)
        date_label = QLabel(self.tr("&Next evaluation"))
        date_label.setBuddy(self.date_line)
        form.addRow(date_label, self.date_line)
        hint = QLabel(self.tr("Six weeks from today unless you agree on another day. When the "
                              "day has passed, the case shows a signal."))
        hint.setWordWrap(True)
        set_role(hint, "muted")
        form.addRow("", hint)
        layout.addLayout(form)

        self.error_label = error_label()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Finish the meeting, then print the record"))
        set_role(self.save_button, "primary")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._load()

    def _load(self) -> None:
        overleg = self._controller.services.overleg
        try:
            verslag = overleg.verslag(self.overleg_id)
            meeting = overleg.overleg(self.overleg_id)
            were = {p.id for p in meeting.ooit_aanwezig if p.id}
            absent = [f"{p.naam} ({p.rol})" if p.rol else p.naam
                      for p in overleg.kandidaten(meeting.casus_id) if p.id not in were]
        except TafelError as error:
            self._show_error(error.message)
            self.save_button.setEnabled(False)
            return
        if not meeting.lopend:
            self._show_error(self.tr("This casus-overleg has been finished already."))
            self.save_button.setEnabled(False)
        self.weergave.toon(verslag, absent)
        # As tall as the record, up to what a laptop screen holds; longer records scroll.
        tall = self.weergave.heightForWidth(self.width() - 40)
        self.record_area.setMinimumHeight(min(tall if tall > 0 else 240, 380) + 8)
        self.resize(self.width(), self.sizeHint().height())

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def save(self) -> None:
        """Finish the meeting with the chosen evaluation, then offer the record to print."""
        try:
            volgende = self.date_line.value()
        except BadInput as error:
            self._show_error(str(error))
            return
        if volgende is None:
            self._show_error(self.tr("Fill in the day of the next evaluation."))
            return
        try:
            changes = self._controller.services.overleg.rond_af(self.overleg_id, volgende,
                                                                origin=ORIGIN)
        except TafelError as error:
            self._show_error(error.message)
            return
        self.saved = True
        self.error_label.hide()
        self._controller.publish(changes)
        self.hide()
        self.preview = OverlegVerslagPreview(self._controller, self.overleg_id,
                                             self.parentWidget())
        self.preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview.finished.connect(lambda _result: self.accept())
        self.preview.open()
