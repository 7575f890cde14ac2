"""The plan's first section: the perspectief, in the young person's words, and the dream.

The perspectief comes first because every step in the pillars is worked back from it
(Doorbraakmethode: a concrete perspective about six months ahead).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from tafel.domain.plan_delen import PERSPECTIEF
from tafel.ui.i18n import fill
from tafel.ui.plan.editor_base import EditorContext, PlanSection


class PerspectiveSection(PlanSection):
    """Perspectief and droom."""

    icon_name = "perspective"
    deel = PERSPECTIEF

    def __init__(self, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, self.tr("Perspective"),
            fill(self.tr("Where does %1 want to be in about six months? Write it in %1's own "
                         "words, however hard that is. The steps in each pillar are worked "
                         "back from here."), ctx.young_first_name),
            parent,
        )
        self.add_part("perspectief", lines=6)
        self.body.addSpacing(8)
        self.add_part("droom", lines=4)
        self.body.addStretch(1)
