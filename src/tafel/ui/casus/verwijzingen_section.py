"""Referrals on the case screen: to whom, what for, contact made, and what came of it.

Each referral has its own buttons (Tab to them, Space to press): edit, contact made, follow-up.
One without follow-up after four weeks says so in its row, as the case's signal does.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
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

from tafel.ui.casus.formatting import fmt_date
from tafel.ui.casus.verwijzing_dialog import ContactDialog, VervolgDialog, VerwijzingDialog
from tafel.ui.controller import AppController
from tafel.ui.i18n import fill
from tafel.ui.icons import icon
from tafel.ui.widgets.record_list import clear_grid, muted_note, record_grid, separator
from tafel.ui.widgets.section import Section
from tafel.views.casussen import CasusOverview
from tafel.views.verwijzingen import VerwijzingView


class VerwijzingenSection(Section):
    """The referrals card; the dialog it opens is kept in ``dialog`` (tests drive it)."""

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__("referral", self.tr("Referrals (verwijzingen)"), parent)
        self._controller = controller
        self._overview: CasusOverview | None = None
        self.dialog: QDialog | None = None
        self.rows: list[VerwijzingView] = []
        self.buttons: dict[tuple[uuid.UUID, str], QPushButton] = {}
        self._list, self._grid = record_grid()
        self.body.addWidget(self._list)
        row = QHBoxLayout()
        self.add_button = QPushButton(icon("add"), self.tr("&Refer to someone"))
        self.add_button.clicked.connect(self.add)
        row.addWidget(self.add_button)
        row.addStretch(1)
        self.body.addLayout(row)

    def show_overview(self, o: CasusOverview, today: date) -> None:
        """Show the referrals of ``o``, newest first."""
        self._overview = o
        self.rows = list(o.verwijzingen)
        self.buttons.clear()
        clear_grid(self._grid)
        if not self.rows:
            self._grid.addWidget(muted_note(self.tr("No referrals recorded.")), 0, 0, 1, 2)
            return
        grid_row = 0
        for index, r in enumerate(self.rows):
            if index:
                self._grid.addWidget(separator(), grid_row, 0, 1, 2)
                grid_row += 1
            self._add_row(grid_row, r)
            grid_row += 1

    def clear(self) -> None:
        """Forget the case (on lock)."""
        self._overview = None
        self.rows = []
        self.buttons.clear()
        clear_grid(self._grid)

    def text(self) -> str:
        """Everything the rows say, as plain text (for tests)."""
        return "\n".join("\n".join([r.ontvanger, r.doel, *self._details(r)]) for r in self.rows)

    def _details(self, r: VerwijzingView) -> list[str]:
        lines = [fill(self.tr("Referred on %1"), fmt_date(r.verwezen_op))]
        lines.append(fill(self.tr("Contact made on %1"), fmt_date(r.contact_op)) if r.contact_op
                     else self.tr("No contact made yet"))
        if r.vervolg_op is not None:
            lines.append(fill(self.tr("Follow-up %1: %2"), fmt_date(r.vervolg_op), r.vervolg))
        elif r.zonder_vervolg:
            lines.append(fill(self.tr("No follow-up since %1: ask how it went"),
                              fmt_date(r.vervolg_verwacht_op)))
        else:
            lines.append(fill(self.tr("Ask how it went by %1"), fmt_date(r.vervolg_verwacht_op)))
        return lines

    def _add_row(self, grid_row: int, r: VerwijzingView) -> None:
        left = QLabel(f"<b>{escape(r.ontvanger)}</b>"
                      + (f"<br><span style='color:#5b6770'>{escape(r.doel)}</span>"
                         if r.doel else ""))
        left.setTextFormat(Qt.TextFormat.RichText)
        left.setWordWrap(True)
        left.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        right = QLabel("\n".join(self._details(r)))
        right.setTextFormat(Qt.TextFormat.PlainText)
        right.setWordWrap(True)
        right.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        right.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if r.zonder_vervolg:
            right.setStyleSheet("color: #b25e00;")  # the signal's colour
        buttons = QWidget()
        box = QHBoxLayout(buttons)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(6)
        actions: list[tuple[str, str, Callable[[VerwijzingView], None]]] = [
            ("edit", self.tr("&Edit"), self.edit)]
        if r.contact_op is None:
            actions.append(("contact", self.tr("Contact made"), self.record_contact))
        actions.append(("vervolg", self.tr("&Follow-up"), self.record_outcome))
        for key, text, act in actions:
            button = QPushButton(text)
            button.setAccessibleName(f"{text}: {r.ontvanger}")
            button.clicked.connect(lambda _=False, ref=r, a=act: a(ref))
            box.addWidget(button)
            self.buttons[(r.id, key)] = button
        box.addStretch(1)
        cell = QWidget()  # the buttons under the details: beside them they overflowed at 1366
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(right)
        column.addWidget(buttons)
        self._grid.addWidget(left, grid_row, 0, Qt.AlignmentFlag.AlignTop)
        self._grid.addWidget(cell, grid_row, 1)

    def _show(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.open()

    def add(self) -> None:
        """Open the form for a new referral."""
        if self._overview is not None:
            self._show(VerwijzingDialog(self._controller, self._overview, None, self))

    def edit(self, r: VerwijzingView) -> None:
        """Open the form for one referral."""
        if self._overview is not None:
            self._show(VerwijzingDialog(self._controller, self._overview, r, self))

    def record_contact(self, r: VerwijzingView) -> None:
        """Ask on which day contact was made."""
        self._show(ContactDialog(self._controller, r, self))

    def record_outcome(self, r: VerwijzingView) -> None:
        """Ask what came of it."""
        self._show(VervolgDialog(self._controller, r, self))
