"""A calm band across the top of the workspace: an icon, one sentence and one button.

For notices that ask for an action without blocking the work (bundles that wait, a backup
that is due). Each band picks its own colours and icon and fills in its text and button;
this only lays them out the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from tafel.ui.icons import icon


class NoticeBand(QFrame):
    """The band's frame, ``label`` and ``button`` (text set by the band itself)."""

    def __init__(self, name: str, glyph: str, colours: tuple[str, str, str],
                 parent: QWidget | None = None) -> None:
        """``colours``: background, bottom border and text."""
        super().__init__(parent)
        background, border, ink = colours
        self.setObjectName(name)
        self.setStyleSheet(f"QFrame#{name} {{ background: {background}; "
                           f"border-bottom: 1px solid {border}; }}")
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 6, 16, 6)
        row.setSpacing(10)
        picture = QLabel()
        picture.setPixmap(icon(glyph).pixmap(QSize(22, 22)))
        row.addWidget(picture)
        self.label = QLabel()
        self.label.setStyleSheet(f"color: {ink}; font-weight: 600;")
        row.addWidget(self.label, 1)
        self.button = QPushButton()
        row.addWidget(self.button)
