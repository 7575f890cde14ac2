"""A party's verified state as an icon and words, the same everywhere it is shown.

Never colour alone: the green check and the amber warning each come with their sentence
("Geverifieerd op 30-11-2026", "Nog niet geverifieerd"), so it reads on a grey projector
and for someone who does not tell green from amber.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from tafel.domain.dates import short_date
from tafel.ui.i18n import fill
from tafel.ui.icons import VERIFIED, WARNING, icon
from tafel.views.partijen import PartijView


def staat_tekst(partij: PartijView) -> str:
    """``Verified on 30-11-2026`` or ``Not verified yet``, translated."""
    if partij.geverifieerd_op is not None:
        return fill(QCoreApplication.translate("PartijStaat", "Verified on %1"),
                    short_date(partij.geverifieerd_op))
    return QCoreApplication.translate("PartijStaat", "Not verified yet")


def staat_icoon(partij: PartijView) -> str:
    """The icon's logical name for the state."""
    return "party-verified" if partij.geverifieerd else "party-unverified"


class StaatLabel(QWidget):
    """Icon and sentence side by side; ``text()`` gives the sentence (for tests)."""

    def __init__(self, partij: PartijView, prefix: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.glyph = QLabel()
        self.glyph.setPixmap(icon(staat_icoon(partij)).pixmap(QSize(18, 18)))
        self.glyph.setFixedSize(QSize(18, 18))
        self.label = QLabel(prefix + staat_tekst(partij))
        colour = VERIFIED if partij.geverifieerd else WARNING
        self.label.setStyleSheet(f"color: {colour}; font-weight: 600;")
        self.label.setWordWrap(True)
        row.addWidget(self.glyph)
        row.addWidget(self.label, 1)
        self.setAccessibleName(self.label.text())

    def text(self) -> str:
        """The sentence shown."""
        return self.label.text()
