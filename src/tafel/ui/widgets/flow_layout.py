"""A layout that places widgets in a row and wraps to the next line, like words.

Used for signal chips, whose number and length vary per case, and for rows of buttons and
fields that fit side by side on a laptop but not at 200% on a full-HD screen (960x540
logical pixels): there they take a second line instead of being squeezed. On each line a
widget that expands sideways (QSizePolicy Expanding) takes the room left over, as in a
QHBoxLayout; ``right=True`` puts a line without one at the right edge. Adapted from Qt's
own "Flow Layout" example.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Left-to-right, wrapping layout with fixed spacing."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6, *,
                 right: bool = False, line_spacing: int | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._line_spacing = spacing if line_spacing is None else line_spacing
        self._right = right
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        """Append an item."""
        self._items.append(item)

    def count(self) -> int:
        """Number of items."""
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        """The item at ``index``."""
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        """Remove and return the item at ``index``."""
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        """It never asks for more space than its rows need."""
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        """Its height depends on the width available."""
        return True

    def heightForWidth(self, width: int) -> int:
        """The height its rows take at ``width``, margins included."""
        margins = self.contentsMargins()
        inner = width - margins.left() - margins.right()
        return self._arrange(QRect(0, 0, inner, 0), move=False) + margins.top() + \
            margins.bottom()

    def setGeometry(self, rect: QRect) -> None:
        """Place the items inside ``rect``, within the margins."""
        super().setGeometry(rect)
        self._arrange(rect.marginsRemoved(self.contentsMargins()), move=True)

    def sizeHint(self) -> QSize:
        """As wide as the widest item."""
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        """The widest item's minimum size, and the margins."""
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size.grownBy(margins)

    def _lines(self, width: int) -> list[list[tuple[QLayoutItem, QSize]]]:
        """The shown items by line, each with its width hint (no wider than ``width``)."""
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = 0
        for item in self._items:
            if item.isEmpty():  # a hidden widget takes no place
                continue
            hint = item.sizeHint()
            hint.setWidth(max(item.minimumSize().width(), min(hint.width(), width)))
            if lines[-1] and x + hint.width() > width:
                lines.append([])
                x = 0
            lines[-1].append((item, hint))
            x += hint.width() + self._spacing
        return [line for line in lines if line]

    def _arrange(self, rect: QRect, move: bool) -> int:
        y = rect.y()
        for number, line in enumerate(self._lines(rect.width())):
            if number:
                y += self._line_spacing
            used = sum(hint.width() for _, hint in line) + self._spacing * (len(line) - 1)
            extra = max(0, rect.width() - used)
            growing = [item for item, _ in line
                       if item.expandingDirections() & Qt.Orientation.Horizontal]
            placed: list[tuple[QLayoutItem, QSize]] = []
            for item, hint in line:
                width = hint.width()
                if item in growing:  # the room left over, shared; the last takes the rest
                    share = extra // len(growing)
                    width += share if item is not growing[-1] else \
                        extra - share * (len(growing) - 1)
                height = max(item.heightForWidth(width), item.minimumSize().height()) \
                    if item.hasHeightForWidth() else hint.height()  # a wrapped text: its lines
                placed.append((item, QSize(width, height)))
            line_height = max(size.height() for _, size in placed)
            x = rect.x() + (extra if self._right and not growing else 0)
            for item, size in placed:
                if move:
                    top = y + (line_height - size.height()) // 2
                    item.setGeometry(QRect(QPoint(x, top), size))
                x += size.width() + self._spacing
            y += line_height
        return y - rect.y()
