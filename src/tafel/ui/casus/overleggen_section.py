"""The case's casus-overleggen: each meeting with its date, who came and the next evaluation.

Newest first. The latest finished meeting's evaluation day is what the case's signal watches
(:func:`tafel.domain.signals.overleg_signals`), so only that one says when its day has passed;
an older meeting's day was followed by a newer meeting. A meeting still running is marked so.
Each row opens the record (read-only, to print again).
"""

from __future__ import annotations

import uuid
from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tafel.errors import TafelError
from tafel.ui.casus.formatting import fmt_date
from tafel.ui.controller import AppController
from tafel.ui.i18n import fill
from tafel.ui.icons import icon
from tafel.ui.widgets.record_list import clear_grid, muted_note, record_grid, separator
from tafel.ui.widgets.section import Section
from tafel.views.casussen import CasusOverview
from tafel.views.overleg import OverlegView

LATE = "#b25e00"  # the signal's colour


class OverleggenSection(Section):
    """The meetings card; the record dialog it opens is kept in ``dialog`` (tests drive it)."""

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__("network", self.tr("Casus-overleggen"), parent)
        self._controller = controller
        self._today = date.min
        self.dialog: QDialog | None = None
        self.rows: list[OverlegView] = []
        self.lines: dict[uuid.UUID, str] = {}
        self.buttons: dict[tuple[uuid.UUID, str], QPushButton] = {}
        self._list, self._grid = record_grid()
        self.body.addWidget(self._list)

    def show_overview(self, o: CasusOverview, today: date) -> None:
        """Read and show the case's meetings, newest first."""
        self._today = today
        self.buttons.clear()
        self.lines.clear()
        clear_grid(self._grid)
        try:
            self.rows = self._controller.services.overleg.voor_casus(o.casus.id)
        except TafelError as error:
            self.rows = []
            self._grid.addWidget(muted_note(error.message), 0, 0, 1, 2)
            return
        if not self.rows:
            self._grid.addWidget(muted_note(self.tr(
                "No casus-overleg yet. Start one with Casus-overleg… above.")), 0, 0, 1, 2)
            return
        latest = next((m.id for m in self.rows if not m.lopend), None)
        grid_row = 0
        for index, meeting in enumerate(self.rows):
            if index:
                self._grid.addWidget(separator(), grid_row, 0, 1, 2)
                grid_row += 1
            self._add_row(grid_row, meeting, meeting.id == latest)
            grid_row += 1

    def clear(self) -> None:
        """Forget the case (on lock)."""
        self.rows = []
        self.lines.clear()
        self.buttons.clear()
        clear_grid(self._grid)

    def text(self) -> str:
        """Everything the rows say, as plain text (for tests)."""
        return "\n".join(self.lines[m.id] for m in self.rows)

    def _details(self, m: OverlegView, latest: bool) -> tuple[list[str], bool]:
        """The lines beside a meeting, and whether its evaluation day has passed."""
        if m.lopend:
            return [self.tr("Still running (loopt nog)")], False
        lines = [self.tr("%n person(s) present", "", len(m.ooit_aanwezig))]
        if m.afwezigen:
            lines.append(self.tr("%n not present", "", len(m.afwezigen)))
        passed = latest and m.volgende_evaluatie is not None and m.volgende_evaluatie < self._today
        if m.volgende_evaluatie is None:
            lines.append(self.tr("No next evaluation set"))
        elif passed:
            lines.append(fill(self.tr("Next evaluation %1: has passed"),
                              fmt_date(m.volgende_evaluatie)))
        else:
            lines.append(fill(self.tr("Next evaluation %1"), fmt_date(m.volgende_evaluatie)))
        return lines, passed

    def _add_row(self, grid_row: int, m: OverlegView, latest: bool) -> None:
        title = fill(self.tr("Casus-overleg of %1"), fmt_date(m.datum))
        lines, passed = self._details(m, latest)
        self.lines[m.id] = "\n".join([title, *lines])
        left = QLabel(f"<b>{escape(title)}</b>")
        left.setTextFormat(Qt.TextFormat.RichText)
        left.setWordWrap(True)
        left.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        right = QLabel(" · ".join(lines))
        right.setTextFormat(Qt.TextFormat.PlainText)
        right.setWordWrap(True)
        if passed or m.lopend:
            right.setStyleSheet(f"color: {LATE};")
        open_button = QPushButton(self.tr("Open the record"))
        open_button.setAccessibleName(f"{open_button.text()}: {title}")
        open_button.clicked.connect(lambda _=False, i=m.id: self.open_record(i))
        self.buttons[(m.id, "open")] = open_button
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(open_button)
        if not m.lopend:
            print_button = QPushButton(icon("print"), self.tr("Print…"))
            again = self.tr("Print the record")
            print_button.setAccessibleName(f"{again}: {title}")
            print_button.clicked.connect(lambda _=False, i=m.id: self.print_record(i))
            self.buttons[(m.id, "print")] = print_button
            row.addWidget(print_button)
        row.addStretch(1)
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(right)
        column.addLayout(row)
        self._grid.addWidget(left, grid_row, 0, Qt.AlignmentFlag.AlignTop)
        self._grid.addWidget(cell, grid_row, 1)

    def open_record(self, overleg_id: uuid.UUID) -> None:
        """Show one meeting's record, read-only."""
        from tafel.ui.overleg.verslag_dialog import OverlegVerslagDialog

        self.dialog = OverlegVerslagDialog(self._controller, overleg_id, self._today, self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open()

    def print_record(self, overleg_id: uuid.UUID) -> None:
        """Open the record's page to print or save."""
        from tafel.ui.overleg.verslag_preview import OverlegVerslagPreview

        self.dialog = OverlegVerslagPreview(self._controller, overleg_id, self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open()
