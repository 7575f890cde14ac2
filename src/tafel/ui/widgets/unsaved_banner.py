"""The calm line that says typed text is not in the vault yet, and why, until it is.

Shown by the toekomstplan, the keukentafelgesprek and the snelle check while their saver is
blocked (:mod:`tafel.ui.autosave`): amber, not red, because nothing is lost yet and nothing is
asked of the young person. A second, smaller line tells the consulent the one thing that would
lose the text: locking or closing tafel before the line is gone.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from tafel.ui.icons import icon
from tafel.ui.style import set_role


class UnsavedBanner(QFrame):
    """One sentence while saving is blocked; hidden otherwise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unsavedBanner")
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 16, 8)
        row.setSpacing(10)
        glyph = QLabel()
        glyph.setPixmap(icon("unsaved").pixmap(QSize(24, 24)))
        row.addWidget(glyph)
        lines = QVBoxLayout()
        lines.setSpacing(2)
        self.sentence = QLabel()
        self.sentence.setWordWrap(True)
        set_role(self.sentence, "unsavedtext")
        self.hint = QLabel(self.tr("Do not lock or close tafel until this message is gone: "
                                   "what is not saved yet would be lost."))
        self.hint.setWordWrap(True)
        set_role(self.hint, "unsavedhint")
        lines.addWidget(self.sentence)
        lines.addWidget(self.hint)
        row.addLayout(lines, 1)
        self.setAccessibleName(self.tr("Not saved yet"))
        self.hide()

    def show_problem(self, sentence: str) -> None:
        """Show ``sentence``; an empty one hides the banner (everything is saved)."""
        self.sentence.setText(sentence)
        self.setAccessibleDescription(sentence)
        self.setVisible(bool(sentence))

    def text(self) -> str:
        """The sentence shown (empty when hidden)."""
        return self.sentence.text()
