"""A part of the plan that was not shared with this vault, said calmly instead of left blank.

A plan that came in a bundle holds only the parts the household consented to share with
this party (:attr:`~tafel.views.plans.PlanVersieView.delen`). A part it lacks is not empty:
someone else may have written plenty there. Showing its fields empty would invite typing
into something the domain must refuse, and would suggest nothing was written. So such a
part says it was not shared, and why (the household decides what each party sees), with
no fields to fill in.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from tafel.domain.plan_delen import DELEN
from tafel.ui.icons import icon
from tafel.ui.style import set_role
from tafel.views.plans import PlanVersieView


def holds(version: PlanVersieView, deel: str | None) -> bool:
    """Whether this vault holds ``deel`` of ``version`` (None: a section of every part).

    A view made without its parts (as before the plan was split) holds them all.
    """
    return deel is None or not version.delen or deel in version.delen


def held_parts(version: PlanVersieView) -> tuple[str, ...]:
    """The parts this vault holds of ``version``, in reading order."""
    return tuple(d for d in DELEN if holds(version, d))


class NotSharedNotice(QFrame):
    """A quiet card: "This part is not shared with you.", and why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notShared")
        row = QHBoxLayout(self)
        row.setContentsMargins(18, 14, 18, 16)
        row.setSpacing(14)
        glyph = QLabel()
        glyph.setPixmap(icon("not-shared").pixmap(QSize(28, 28)))
        row.addWidget(glyph, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.setSpacing(4)
        self.heading = QLabel(self.tr("This part is not shared with you."))
        self.heading.setWordWrap(True)
        set_role(self.heading, "parthead")
        self.why = QLabel(self.tr(
            "The household decides what each party sees of the plan. This part was not "
            "shared with you, so you cannot read or fill it in here. What others wrote in it "
            "stays with them."))
        self.why.setWordWrap(True)
        set_role(self.why, "planintro")
        words.addWidget(self.heading)
        words.addWidget(self.why)
        row.addLayout(words, 1)
        self.hide()

    def text(self) -> str:
        """Everything it says (for tests and screen readers)."""
        return f"{self.heading.text()} {self.why.text()}"
