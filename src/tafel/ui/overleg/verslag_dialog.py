"""One past casus-overleg, read-only: its record, on whose consent it ran, and print it again.

Opened from the case's list of meetings (:mod:`tafel.ui.casus.overleggen_section`). It shows
the record as the printed page has it (:class:`~tafel.ui.overleg.verslag_weergave.VerslagWeergave`),
plus what only the consulent needs: on whose consent the wall ran. A meeting still running is
said so and cannot be printed yet: its record is not finished.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tafel.errors import TafelError
from tafel.ui.casus.formatting import fmt_date
from tafel.ui.controller import AppController
from tafel.ui.i18n import fill
from tafel.ui.icons import icon
from tafel.ui.labels import category_label
from tafel.ui.overleg.verslag_preview import OverlegVerslagPreview
from tafel.ui.overleg.verslag_weergave import VerslagWeergave
from tafel.ui.style import error_label, set_role


class OverlegVerslagDialog(QDialog):
    """A meeting's record with Print… and Close; ``preview`` is the print preview once opened."""

    def __init__(self, controller: AppController, overleg_id: uuid.UUID, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.overleg_id = overleg_id
        self.preview: OverlegVerslagPreview | None = None
        self.setWindowTitle(self.tr("Casus-overleg"))
        self.setMinimumWidth(620)
        self.resize(720, 420)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        self.title = QLabel()
        set_role(self.title, "section")
        layout.addWidget(self.title)
        self.status = QLabel()
        self.status.setWordWrap(True)
        set_role(self.status, "muted")
        layout.addWidget(self.status)
        self.weergave = VerslagWeergave()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        holder = QWidget()  # the record as tall as its lines, not as the scroll area
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.weergave)
        column.addStretch(1)
        scroll.setWidget(holder)
        layout.addWidget(scroll, 1)
        self.record_area = scroll
        self.grondslag = QLabel()
        self.grondslag.setWordWrap(True)
        set_role(self.grondslag, "muted")
        layout.addWidget(self.grondslag)
        self.error_label = error_label()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.print_button = QPushButton(icon("print"), self.tr("&Print the record…"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.print_record)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._load(today)

    def _load(self, today: date) -> None:
        overleg = self._controller.services.overleg
        try:
            meeting = overleg.overleg(self.overleg_id)
            verslag = overleg.verslag(self.overleg_id)
        except TafelError as error:
            self.error_label.setText(error.message)
            self.error_label.show()
            self.print_button.setEnabled(False)
            return
        self.title.setText(fill(self.tr("Casus-overleg of %1"), fmt_date(meeting.datum)))
        if meeting.lopend:
            self.status.setText(self.tr(
                "This meeting is still running: finish it from the casus-overleg to print "
                "its record."))
            self.print_button.setEnabled(False)
        else:
            self.status.setText(fill(self.tr("Finished on %1."),
                                     fmt_date(meeting.afgerond_op.date()
                                              if meeting.afgerond_op else None)))
        self.weergave.toon(verslag, [p.naam for p in meeting.afwezigen], today)
        tall = self.weergave.heightForWidth(self.width() - 40)
        self.record_area.setMinimumHeight(min(tall if tall > 0 else 240, 380) + 8)
        self.resize(self.width(), self.sizeHint().height())
        self.grondslag.setText(fill(self.tr("The wall showed what the household agreed to "
                                            "share: %1"),
                                    "; ".join(_basis(line) for line in meeting.grondslag))
                               if meeting.grondslag else "")
        self.grondslag.setVisible(bool(meeting.grondslag))

    def print_record(self) -> None:
        """Open the record's page to print or save."""
        self.preview = OverlegVerslagPreview(self._controller, self.overleg_id, self)
        self.preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview.open()


def _basis(line: str) -> str:
    """"Jeugdhulp De Brug: welzijn, school_werk" with the categories as the screen names them."""
    who, _, raw = line.rpartition(": ")
    names = []
    for value in (v.strip() for v in raw.split(",")):
        try:
            names.append(category_label(value))
        except ValueError:
            names.append(value)
    return f"{who}: {', '.join(names)}" if who else line
