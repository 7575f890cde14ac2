"""The doorbraak, tested against the waardendriehoek, with its cost comparison.

The doorbraak is the first step the rest of the plan depends on, and often needs an
exception to a rule or routine (Doorbraakmethode, seed 003). It is written down so it can
be justified: what blocks, which rule, whether an exception is needed, who decides, the
decision and why; then the three corners of the waardendriehoek (legitimiteit,
betrokkenheid, rendement); then the sums that make rendement visible.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QWidget,
)

from tafel.domain.plan_content import DOORBRAAK_PARTS, WAARDEN, DoorbraakSoort, PlanContent
from tafel.domain.plan_delen import DOORBRAAK
from tafel.domain.plan_doc import SetMeta
from tafel.ui.i18n import fill
from tafel.ui.plan.conflict_labels import count_for
from tafel.ui.plan.editor_base import EditorContext, PlanSection
from tafel.ui.plan.editor_costs import CostsPanel
from tafel.ui.plan.editor_fields import TextPart
from tafel.ui.plan.plan_labels import doorbraak_kind_label, value_question
from tafel.ui.style import set_role
from tafel.ui.widgets.conflict_marks import ConflictMark
from tafel.ui.widgets.flow_layout import FlowLayout
from tafel.views.plans import PlanVersieView

NOT_CHOSEN = 9  # a button id of its own (-1 would let Qt pick one)


class DoorbraakSection(PlanSection):
    """Doorbraak parts, the waardendriehoek and the cost comparison on one page."""

    icon_name = "doorbraak"
    deel = DOORBRAAK

    def __init__(self, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, self.tr("Doorbraak & costs"),
            self.tr("The doorbraak is the first step the rest of the plan depends on. It "
                    "often needs an exception to a rule or a way of working. Write it down "
                    "so it can be justified."),
            parent,
        )
        self.add_part("doorbraak.blokkade", 3)
        self.add_part("doorbraak.regel", 2)
        self.conflict_marks: dict[str, ConflictMark] = {}
        self.exception = self._choice(
            self.tr("Is an exception to a rule or routine needed?"),
            [(self.tr("Yes"), 1), (self.tr("No"), 0), (self.tr("Not known yet"), NOT_CHOSEN)],
            self._exception_chosen, "meta/uitzondering_nodig",
        )
        self.add_part("doorbraak.beslisser", 2)
        self.add_part("doorbraak.besluit", 2)
        self.add_part("doorbraak.onderbouwing", 3)
        kinds = list(DoorbraakSoort)
        self.kind = self._choice(
            self.tr("How is it paid?"),
            [(doorbraak_kind_label(k), i) for i, k in enumerate(kinds)]
            + [(self.tr("Not chosen yet"), NOT_CHOSEN)],
            lambda value: self.ctx.saver.now(
                SetMeta("doorbraak_soort", None if value == NOT_CHOSEN else kinds[value].value)),
            "meta/doorbraak_soort",
        )

        self.body.addSpacing(12)
        triangle = QLabel(self.tr("Waardendriehoek"))
        set_role(triangle, "sectionhead")
        self.body.addWidget(triangle)
        explain = QLabel(self.tr("Test the doorbraak against three values. Answer each in "
                                 "a few sentences."))
        explain.setWordWrap(True)
        set_role(explain, "muted")
        self.body.addWidget(explain)
        corners = QGridLayout()
        corners.setHorizontalSpacing(18)
        for column, corner in enumerate(WAARDEN):
            holder = QWidget()
            column_box = QHBoxLayout(holder)
            column_box.setContentsMargins(0, 0, 0, 0)
            part = self.add_part(f"waarden.{corner}", 5, column_box,
                                 question=value_question(corner))
            part.heading.setToolTip(value_question(corner))
            corners.addWidget(holder, 0, column, Qt.AlignmentFlag.AlignTop)
            corners.setColumnStretch(column, 1)
        self.body.addLayout(corners)
        self.rendement_hint = QLabel()
        self.rendement_hint.setWordWrap(True)
        set_role(self.rendement_hint, "muted")
        self.body.addWidget(self.rendement_hint)

        self.body.addSpacing(12)
        costs = QLabel(self.tr("Cost comparison"))
        set_role(costs, "sectionhead")
        self.body.addWidget(costs)
        costs_explain = QLabel(self.tr("Every cost as a visible sum: tariff per unit × "
                                       "quantity × period. Type amounts like 1.700,00."))
        costs_explain.setWordWrap(True)
        set_role(costs_explain, "muted")
        self.body.addWidget(costs_explain)
        self.costs = CostsPanel(ctx)
        self.body.addWidget(self.costs)
        self.body.addStretch(1)

    def _choice(self, question: str, options: list[tuple[str, int]],
                chosen: Callable[[int], object], field: str) -> QButtonGroup:
        label = QLabel(question)
        label.setWordWrap(True)
        set_role(label, "parthead")
        self.body.addWidget(label)
        row = FlowLayout(None, 18, line_spacing=6)  # wraps where the page is narrow
        group = QButtonGroup(self)
        for text, value in options:
            button = QRadioButton(text)
            group.addButton(button, value)
            row.addWidget(button)
        mark = ConflictMark()
        mark.clicked.connect(lambda: self.ctx.open_conflicts(field))
        self.conflict_marks[field] = mark
        row.addWidget(mark)
        self.body.addLayout(row)
        group.idClicked.connect(chosen)
        return group

    def _exception_chosen(self, value: int) -> None:
        self.ctx.saver.now(SetMeta("uitzondering_nodig",
                                   None if value == NOT_CHOSEN else bool(value)))

    # -- showing ------------------------------------------------------------------------

    def fill(self, version: PlanVersieView) -> None:
        """The choices and cost lines of this version."""
        for _step in self.fill_steps(version):
            pass

    def fill_steps(self, version: PlanVersieView) -> Iterator[None]:
        """:meth:`fill`, the cost lines a route per step."""
        content = version.content
        nodig = content.uitzondering_nodig
        _check(self.exception, NOT_CHOSEN if nodig is None else int(nodig))
        kinds = list(DoorbraakSoort)
        soort = content.doorbraak_soort
        _check(self.kind, kinds.index(soort) if soort is not None else NOT_CHOSEN)
        yield from self.costs.show_version_steps(version, full=True)

    def update_from(self, version: PlanVersieView) -> None:
        """New or removed cost lines; the rendement hint; marks where a choice waits."""
        self.costs.show_version(version, full=False)
        self._show_rendement_hint()
        for field, mark in self.conflict_marks.items():
            mark.show_count(count_for(version.conflicts, field) if self.editable else 0)

    def _show_rendement_hint(self) -> None:
        self.rendement_hint.setText(
            fill(self.tr("Rendement in numbers (the cost comparison below): %1"),
                 self.costs.summary.text())
        )

    def set_editable(self, on: bool) -> None:
        """Read-only for a signed or older version."""
        super().set_editable(on)
        for group in (self.exception, self.kind):
            for button in group.buttons():
                button.setEnabled(on)
        self.costs.set_editable(on)

    def is_filled(self, content: PlanContent) -> bool:
        """Whether any part of the doorbraak or its costs was filled in."""
        return bool(content.has_doorbraak())

    def parts_in_order(self) -> list[TextPart]:
        """The written parts, top to bottom (for tests and the keyboard)."""
        return [self.parts[f"doorbraak.{p}"] for p in DOORBRAAK_PARTS] + [
            self.parts[f"waarden.{w}"] for w in WAARDEN
        ]


def _check(group: QButtonGroup, value: int) -> None:
    button = group.button(value)
    if button is not None:
        button.setChecked(True)
