"""A row of numbered buttons to pick a score, made for the keyboard as much as the mouse.

Focus the row and type a digit to choose, Delete or Backspace to clear, arrows to step. One
widget with one focus stop, so Tab moves from voice to voice quickly at the table.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

BUTTON = QSize(34, 32)
BUTTON_LARGE = QSize(44, 42)  # the young person's view


class ScorePicker(QWidget):
    """Pick one whole number from ``low`` to ``high``, or none; emits ``changed``."""

    changed = Signal(object)  # int | None

    def __init__(self, low: int = 1, high: int = 5, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._low, self._high = low, high
        self._value: int | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setProperty("role", "scorepicker")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(3)
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)
        self.buttons: list[QPushButton] = []
        for number in range(low, high + 1):
            button = QPushButton(str(number))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setProperty("role", "score")
            button.setProperty("level", number)
            button.setFixedSize(BUTTON)
            self._group.addButton(button, number)
            layout.addWidget(button)
            self.buttons.append(button)
        self._group.idClicked.connect(self._clicked)

    def set_large(self, on: bool) -> None:
        """Larger buttons for the young person's view.

        Not in the style sheet: its larger minimum fought the fixed size, and the buttons
        were drawn taller than the row and cut off below.
        """
        for button in self.buttons:
            button.setFixedSize(BUTTON_LARGE if on else BUTTON)

    def value(self) -> int | None:
        """The chosen score, or None."""
        return self._value

    def set_value(self, value: int | None, emit: bool = False) -> None:
        """Show ``value`` (None clears); emits ``changed`` only when asked."""
        if value is not None and not self._low <= value <= self._high:
            value = None
        self._value = value
        for button in self.buttons:
            button.setChecked(button.property("level") == value)
        if emit:
            self.changed.emit(value)

    def _clicked(self, number: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.set_value(None if number == self._value else number, emit=True)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        """Digits choose, Delete clears, arrows step; everything else goes on as usual."""
        key = event.key()
        text = event.text()
        if text.isdigit() and self._low <= int(text) <= self._high:
            self.set_value(int(text), emit=True)
        elif text == "0" and self._high >= 10:
            self.set_value(10 if self._value == 1 else 0, emit=True)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_value(None, emit=True)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Up):
            self.set_value(min(self._high, (self._value or self._low - 1) + 1), emit=True)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down):
            self.set_value(max(self._low, (self._value or self._low + 1) - 1), emit=True)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # Qt override
        """Show where the keyboard is."""
        self.setProperty("focused", True)
        self._repolish()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # Qt override
        """Stop showing the keyboard focus."""
        self.setProperty("focused", False)
        self._repolish()
        super().focusOutEvent(event)

    def _repolish(self) -> None:
        self.style().unpolish(self)
        self.style().polish(self)
