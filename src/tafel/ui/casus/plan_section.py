"""The case's toekomstplan at a glance: start it, or see where it stands and open it.

Shows the newest version's number and status, the evaluation date, who still has to sign
and how many afspraken are past their date, so the case view answers "where are we with
the plan?" without opening it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from tafel.ui.casus.formatting import fmt_date
from tafel.ui.i18n import fill
from tafel.ui.icons import icon
from tafel.ui.plan.plan_labels import version_status_label
from tafel.ui.style import set_role
from tafel.ui.widgets.section import Section
from tafel.views.plans import PlanView, signing_state


class PlanSummarySection(Section):
    """Start or open the toekomstplan; emits ``plan_requested`` either way."""

    plan_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("plan", self.tr("Toekomstplan"), parent)
        top = QHBoxLayout()
        self.status_chip = QLabel()
        set_role(self.status_chip, "status")
        self.version_label = QLabel()
        set_role(self.version_label, "domain")
        top.addWidget(self.version_label)
        top.addWidget(self.status_chip)
        top.addStretch(1)
        self.open_button = QPushButton(icon("plan"), self.tr("Open the &plan"))
        self.open_button.clicked.connect(self.plan_requested)
        top.addWidget(self.open_button)
        self.body.addLayout(top)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.body.addWidget(self.details)
        self.overdue_label = QLabel()
        self.overdue_label.setWordWrap(True)
        set_role(self.overdue_label, "overdue")
        self.body.addWidget(self.overdue_label)
        self.start_button = QPushButton(icon("plan", "white"), self.tr("Start the toekomstplan"))
        set_role(self.start_button, "primary")
        self.start_button.clicked.connect(self.plan_requested)
        start_row = QHBoxLayout()
        start_row.addWidget(self.start_button)
        start_row.addStretch(1)
        self.body.addLayout(start_row)

    def show_plan(self, view: PlanView | None, young_name: str, today: date) -> None:
        """Show where the case's plan stands (``None``: not started yet)."""
        started = view is not None
        for widget in (self.version_label, self.status_chip, self.open_button, self.details):
            widget.setVisible(started)
        self.start_button.setVisible(not started)
        self.overdue_label.hide()
        if view is None:
            self.set_note(fill(self.tr("No toekomstplan yet. %1 writes it, with your help, in "
                                       "their own words."), young_name))
            return
        self.set_note("")
        latest = view.latest
        self.version_label.setText(fill(self.tr("Version %1"), str(latest.nummer)))
        self.status_chip.setText(version_status_label(latest.status))
        lines = [fill(self.tr("Evaluation on %1"), fmt_date(latest.content.evaluatie_datum))]
        state = signing_state(view.expected_signers(latest.content, today), latest.signatures)
        missing = [p.naam for p, signature in state if signature is None]
        if missing:
            lines.append(fill(self.tr("Still to sign: %1"), ", ".join(missing)))
        elif latest.getekend_op is not None:
            lines.append(fill(self.tr("Signed by everyone on %1"), fmt_date(latest.getekend_op)))
        self.details.setText("\n".join(lines))
        late = sum(1 for a in latest.content.afspraken if a.is_overdue(today))
        if late:
            self.overdue_label.setText(self.tr("%n afspraak(en) past the date", "", late))
            self.overdue_label.show()

    def clear(self) -> None:
        """Forget the shown plan (on lock)."""
        self.details.clear()
        self.version_label.clear()
        self.status_chip.clear()
