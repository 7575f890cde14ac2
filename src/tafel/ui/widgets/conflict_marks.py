"""Signs of a choice to make: a calm banner, and a mark on each point in question.

When two parties filled in the same thing differently on their own laptops, both values are
kept and someone has to choose. That is ordinary work, not an error: the banner is quiet
(no red), says how many points there are in plain words and offers to look at them. Each
point in question (an afspraak, a target score in the plan; a person or a network entry on
the case screen) carries a small mark with an icon and words (never colour alone) that opens
the choosing dialog at that point. The plan page and the case screen share these, so both
look and speak the same.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from tafel.ui.icons import icon
from tafel.ui.style import set_role


class ConflictBanner(QFrame):
    """"There are 2 points …; choose for each what it will be." with one button."""

    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictBanner")
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 16, 8)
        row.setSpacing(10)
        self.glyph = QLabel()
        self.glyph.setPixmap(icon("conflict").pixmap(QSize(24, 24)))
        self.text = QLabel()
        self.text.setWordWrap(True)
        set_role(self.text, "conflicttext")
        self.button = QPushButton(icon("conflict"), self.tr("&Look and choose"))
        self.button.clicked.connect(self.open_requested)
        row.addWidget(self.glyph)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        self.hide()

    def show_count(self, count: int) -> None:
        """Show the number of points still to choose; hidden at none."""
        if count <= 0:
            self.hide()
            return
        self.text.setText(self.tr(
            "There are %n point(s) on which you filled in different things. Choose for each "
            "what it will be.", "", count))
        self.button.setAccessibleDescription(self.text.text())
        self.show()


class ConflictMark(QPushButton):
    """A small flat button on a point in question: icon and words, opens the dialog there."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(icon("conflict"), "", parent)
        set_role(self, "conflictmark")
        self.setIconSize(QSize(18, 18))
        self.hide()

    def show_count(self, count: int) -> None:
        """Show the mark for ``count`` choices here (hidden at none)."""
        if count <= 0:
            self.hide()
            return
        self.setText(self.tr("Filled in differently: choose") if count == 1 else
                     self.tr("%n things filled in differently: choose", "", count))
        self.setToolTip(self.tr("Someone else filled this in differently on their laptop. "
                                "Both are kept until you choose."))
        self.show()
