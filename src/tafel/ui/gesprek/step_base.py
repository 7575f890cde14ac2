"""What every step of the conversation shares: the draft it edits and the two views.

A step writes straight into the draft's content dict (owned by the conversation page) and
emits ``edited``; the page saves. ``load`` fills the widgets without emitting anything, so
reopening a draft never counts as an edit.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from tafel.ui.style import set_role


class Step(QWidget):
    """One step of the keukentafelgesprek."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content: dict[str, Any] = {}
        self._loading = False
        self.young_view = False

    def load(self, content: dict[str, Any]) -> None:
        """Show ``content`` (the draft's dict, edited in place from now on)."""
        self.content = content
        self._loading = True
        try:
            self.fill()
        finally:
            self._loading = False

    def fill(self) -> None:
        """Put the content into the widgets (subclasses)."""

    def set_young_view(self, on: bool) -> None:
        """Larger words, plain wording, no professional notes (subclasses add to this)."""
        self.young_view = on

    def first_field(self) -> QWidget | None:
        """Where the keyboard goes when the step opens."""
        return None

    def changed(self) -> None:
        """Call after writing into ``content``."""
        if not self._loading:
            self.edited.emit()


def text_box(placeholder: str, lines: int = 3) -> QPlainTextEdit:
    """A multi-line field where Tab moves on (the keyboard never gets stuck in it)."""
    box = QPlainTextEdit()
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    metrics = box.fontMetrics()
    box.setMinimumHeight(int(metrics.lineSpacing() * lines + 18))
    box.setMaximumHeight(int(metrics.lineSpacing() * (lines + 3) + 18))
    return box


def caption(text: str, role: str = "fieldcaption") -> QLabel:
    """A label above a field."""
    label = QLabel(text)
    label.setWordWrap(True)
    set_role(label, role)
    return label


def set_text_quietly(box: QPlainTextEdit, text: str) -> None:
    """Replace a box's text only when it differs, so the cursor is not reset needlessly."""
    if box.toPlainText() != text:
        box.blockSignals(True)
        box.setPlainText(text)
        box.blockSignals(False)
