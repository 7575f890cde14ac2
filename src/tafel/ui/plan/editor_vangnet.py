"""Safety net and evaluation: what if it does not work out, and when we look again.

The evaluation date follows a rhythm per case (default three months; about six weeks after
a casus-overleg is a good moment too). The rhythm is the plan's, not the version's, so it is
saved through ``set_rhythm``; the date itself is part of the text that is signed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from tafel.domain.dates import add_months
from tafel.domain.plan_content import PlanContent
from tafel.domain.plan_delen import VANGNET
from tafel.domain.plan_doc import SetMeta
from tafel.errors import TafelError
from tafel.services import ChangeSet
from tafel.ui.icons import icon
from tafel.ui.plan.conflict_labels import count_for
from tafel.ui.plan.editor_base import EditorContext, PlanSection
from tafel.ui.plan.editor_fields import DateField
from tafel.ui.style import set_role
from tafel.ui.widgets.conflict_marks import ConflictMark
from tafel.views.plans import PlanVersieView

EVALUATION = "meta/evaluatie_datum"


class SafetySection(PlanSection):
    """Vangnet, evaluation date and rhythm."""

    icon_name = "vangnet"
    deel = VANGNET  # the evaluation date is the perspectief's: both come with one consent
    rhythm_changed = Signal(object)  # ChangeSet
    failed = Signal(str)

    def __init__(self, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, self.tr("Safety net & evaluation"),
            self.tr("A plan can go differently than hoped. Agree now what happens then, and "
                    "when you look at the plan together again."),
            parent,
        )
        self.add_part("vangnet", lines=5)
        self.body.addSpacing(10)
        heading = QLabel(self.tr("Evaluation"))
        set_role(heading, "parthead")
        self.body.addWidget(heading)
        row = QHBoxLayout()
        row.setSpacing(10)
        date_label = QLabel(self.tr("We look at the plan again on"))
        self.date_edit = DateField()
        self.date_edit.setAccessibleName(self.tr("Evaluation date"))
        date_label.setBuddy(self.date_edit)
        self.date_edit.chosen.connect(self._date_chosen)
        row.addWidget(date_label)
        row.addWidget(self.date_edit)
        self.conflict_mark = ConflictMark()
        self.conflict_mark.clicked.connect(lambda: ctx.open_conflicts(EVALUATION))
        row.addWidget(self.conflict_mark)
        row.addStretch(1)
        self.body.addLayout(row)

        rhythm = QHBoxLayout()
        rhythm.setSpacing(10)
        rhythm_label = QLabel(self.tr("Evaluate every (months)"))
        self.rhythm_spin = QSpinBox()
        self.rhythm_spin.setRange(1, 24)
        self.rhythm_spin.setAccessibleName(self.tr("Evaluation rhythm in months"))
        self.rhythm_spin.setMinimumWidth(130)
        rhythm_label.setBuddy(self.rhythm_spin)
        self.rhythm_spin.valueChanged.connect(self._rhythm_set)
        self.apply_button = QPushButton(icon("evaluation"), "")
        self.apply_button.clicked.connect(self._apply_rhythm)
        rhythm.addWidget(rhythm_label)
        rhythm.addWidget(self.rhythm_spin)
        rhythm.addWidget(self.apply_button)
        rhythm.addStretch(1)
        self.body.addLayout(rhythm)
        hint = QLabel(self.tr("About six weeks after a casus-overleg is a good moment too. "
                              "At the evaluation, ask every owner of an afspraak: is this "
                              "still mine to do?"))
        hint.setWordWrap(True)
        set_role(hint, "muted")
        self.body.addWidget(hint)
        self.body.addStretch(1)
        self._quiet = False

    def fill(self, version: PlanVersieView) -> None:
        """The date of this version and the plan's rhythm."""
        self.date_edit.set_value(version.content.evaluatie_datum)
        self._quiet = True
        try:
            self.rhythm_spin.setValue(self.ctx.view.ritme_maanden)
        finally:
            self._quiet = False
        self._label_button()

    def update_from(self, version: PlanVersieView) -> None:
        """A mark when the evaluation date was filled in differently elsewhere."""
        self.conflict_mark.show_count(
            count_for(version.conflicts, EVALUATION) if self.editable else 0)

    def set_editable(self, on: bool) -> None:
        """The date and rhythm follow the text: read-only when it is."""
        super().set_editable(on)
        for widget in (self.date_edit, self.rhythm_spin, self.apply_button):
            widget.setEnabled(on)

    def is_filled(self, content: PlanContent) -> bool:
        """Filled when the vangnet is written (the date is always there)."""
        return bool(content.text("vangnet"))

    def _label_button(self) -> None:
        months = self.rhythm_spin.value()
        self.apply_button.setText(self.tr("Evaluation date: %n month(s) from today", "", months))

    def _date_chosen(self, value: date | None) -> None:
        self.ctx.saver.now(SetMeta("evaluatie_datum", value))

    def _rhythm_set(self, months: int) -> None:
        self._label_button()
        if self._quiet:
            return
        try:
            changes: ChangeSet = self.ctx.saver.plans.set_rhythm(self.ctx.view.plan_id, months)
        except TafelError as error:
            self.failed.emit(error.message)
            return
        self.rhythm_changed.emit(changes)

    def _apply_rhythm(self) -> None:
        day = add_months(self.ctx.today, self.rhythm_spin.value())
        self.date_edit.set_value(day)
        self.ctx.saver.now(SetMeta("evaluatie_datum", day))
